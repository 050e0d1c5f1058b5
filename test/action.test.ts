import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { splitArgs } from '../src/inputs.js';
import { materializeKubeconfig } from '../src/kubeconfig-input.js';
import { run } from '../src/main.js';

const saved = { ...process.env };
let dir: string;
let outputFile: string;
let summaryFile: string;

function setInputs(inputs: Record<string, string>): void {
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

function outputs(): Record<string, string> {
  const text = readFileSync(outputFile, 'utf8');
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'md-action-'));
  outputFile = join(dir, 'github_output');
  summaryFile = join(dir, 'step_summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
  Object.assign(process.env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
  });
  process.exitCode = undefined;
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('action entry (INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY)', () => {
  test('validate sets the valid output and exits 0', async () => {
    writeFileSync(join(dir, 'model-deploy.yml'), 'model:\n  name: demo\n  artifacts: [w.bin]\n');
    setInputs({ command: 'validate', config: 'model-deploy.yml', 'working-directory': '.' });
    expect(await run()).toBe(0);
    expect(outputs()).toEqual({ valid: 'true' });
  });

  test('a bad config fails the step with exit code 2 and the file:line:col', async () => {
    writeFileSync(
      join(dir, 'model-deploy.yml'),
      'model:\n  name: demo\n  artifacts: [w.bin]\nscan:\n  paths: 3\n',
    );
    setInputs({ command: 'validate' });
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await run()).toBe(2);
    } finally {
      process.stdout.write = write;
    }
    expect(process.exitCode).toBe(2);
    expect(lines.join('')).toContain('::error::model-deploy.yml:5:3: scan.paths: expected array');
    expect(outputs()).toEqual({});
  });

  test('working-directory and args are honoured', async () => {
    const sub = join(dir, 'models', 'a');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'md.yml'), 'model:\n  name: a\n  artifacts: [w]\n');
    setInputs({
      command: 'validate',
      config: 'md.yml',
      'working-directory': 'models/a',
      args: '--format json',
    });
    expect(await run()).toBe(0);
    expect(outputs().valid).toBe('true');
  });

  test('an unknown command names the valid ones and exits 2', async () => {
    setInputs({ command: 'deplyo' });
    expect(await run()).toBe(2);
  });

  test('abort after a job that never reached a rollout says so in one line and succeeds', async () => {
    writeFileSync(join(dir, 'model-deploy.yml'), 'model:\n  name: demo\n  artifacts: [w.bin]\n');
    setInputs({ command: 'abort' });
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await run()).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(lines.join('')).toContain('abort: nothing to abort (the config has no deploy: section)');
  });

  test('secrets are masked before anything is logged', async () => {
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      setInputs({ command: 'nope', 'registry-password': 's3cret-pw', 'github-token': 'ghs_token123' });
      await run();
    } finally {
      process.stdout.write = write;
    }
    const log = lines.join('');
    expect(log).toContain('::add-mask::s3cret-pw');
    expect(log).toContain('::add-mask::ghs_token123');
    expect(log.indexOf('::add-mask::s3cret-pw')).toBeLessThan(log.indexOf('::error::'));
  });
});

describe('kubeconfig input', () => {
  test('contents are written 0600 under RUNNER_TEMP and removed by dispose', () => {
    const file = materializeKubeconfig('apiVersion: v1\nkind: Config\n', dir, { RUNNER_TEMP: dir });
    expect(file).toBeDefined();
    expect(file!.path.startsWith(dir)).toBe(true);
    expect(statSync(file!.path).mode & 0o777).toBe(0o600);
    file!.dispose();
    expect(existsSync(file!.path)).toBe(false);
  });

  test('base64 contents are decoded; a path is used as is', () => {
    const b64 = Buffer.from('apiVersion: v1\nkind: Config\n').toString('base64');
    const file = materializeKubeconfig(b64, dir, { RUNNER_TEMP: dir })!;
    expect(readFileSync(file.path, 'utf8')).toContain('kind: Config');
    file.dispose();
    const existing = join(dir, 'kc');
    writeFileSync(existing, 'x');
    const same = materializeKubeconfig('kc', dir, { RUNNER_TEMP: dir })!;
    expect(same.path).toBe(existing);
    same.dispose();
    expect(existsSync(existing)).toBe(true);
  });
});

describe('args input', () => {
  test.each([
    ['--format json', ['--format', 'json']],
    ['--changed "a b.txt" c', ['--changed', 'a b.txt', 'c']],
    ["--x 'y z'\n--w", ['--x', 'y z', '--w']],
    ['', []],
  ])('splitArgs(%j)', (text, want) => {
    expect(splitArgs(text)).toEqual(want);
  });
});
