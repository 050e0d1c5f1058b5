import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

const created: string[] = [];

export function tempDir(prefix = 'fed-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

/** For afterAll: removes every directory tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
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

/** Writes a safetensors file from raw parts so tests can corrupt any of them. */
export function writeRaw(
  path: string,
  header: Record<string, unknown> | string,
  data: Uint8Array,
  options: { length?: bigint; trailing?: Uint8Array } = {},
): void {
  const text = Buffer.from(typeof header === 'string' ? header : JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(options.length ?? BigInt(text.length));
  writeFileSync(path, Buffer.concat([len, text, data, options.trailing ?? new Uint8Array(0)]));
}

/** A valid F32 checkpoint with tensors `w` [3, 2] and `b` [4]; `edit` changes its header entries. */
export function writeF32(
  path: string,
  options: { seed?: number; samples?: string; edit?: (header: Record<string, unknown>) => void } = {},
): void {
  const w = Float32Array.from({ length: 6 }, (_, i) => Math.sin(i + (options.seed ?? 0)));
  const b = Float32Array.from({ length: 4 }, (_, i) => Math.cos(i * (options.seed ?? 1)));
  const header: Record<string, unknown> = {
    ...(options.samples === undefined ? {} : { __metadata__: { num_samples: options.samples } }),
    w: { dtype: 'F32', shape: [3, 2], data_offsets: [0, 24] },
    b: { dtype: 'F32', shape: [4], data_offsets: [24, 40] },
  };
  options.edit?.(header);
  writeRaw(path, header, Buffer.concat([Buffer.from(w.buffer), Buffer.from(b.buffer)]));
}
