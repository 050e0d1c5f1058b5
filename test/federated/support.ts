import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext } from '../../src/commands/command.js';
import { python } from '../support/components.js';

const SCRIPT = new URL('./numpy_reference.py', import.meta.url).pathname;

export const py = python();

export interface GenSpec {
  dir: string;
  dtype: 'F32' | 'F16' | 'BF16' | 'F64';
  clients: number;
  tensors: Record<string, number[]>;
  weights?: number[];
  base?: boolean;
  deltas?: boolean;
  poison?: number;
  nan?: number;
  scales?: number[];
  seed?: number;
  format?: string;
}

export interface CheckSpec extends GenSpec {
  out: string;
  method: string;
  use_clients: number[];
  use_weights: number[];
}

export interface CheckResult {
  metadata: Record<string, string>;
  tensors: Record<
    string,
    { dtype: string; max_err_over_half_ulp: number; size: number; ref_vs_client0: number }
  >;
}

export function reference<T>(mode: 'gen' | 'check' | 'poison', spec: object): T {
  return JSON.parse(execFileSync(py.path, [SCRIPT, mode, JSON.stringify(spec)], { encoding: 'utf8' })) as T;
}

export function tempDir(prefix = 'fed-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const TENSORS: Record<string, number[]> = {
  'layer1.weight': [7, 13],
  'layer1.bias': [13],
  'head.weight': [300],
  scale: [],
  empty: [0, 4],
};

export interface FakeContext extends CommandContext {
  messages: string[];
}

export function fakeContext(cwd: string): FakeContext {
  const messages: string[] = [];
  return {
    cwd,
    env: {},
    dryRun: false,
    action: false,
    signal: new AbortController().signal,
    now: () => new Date(0),
    messages,
    log: {
      info: (m) => messages.push(m),
      warning: (m) => messages.push(`warning: ${m}`),
      error: (m) => messages.push(`error: ${m}`),
      debug: () => undefined,
      group: (_title, fn) => fn(),
      secret: () => undefined,
    },
  };
}
