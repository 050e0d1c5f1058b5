import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commands } from '../src/commands/index.js';
import { runCli } from './support/cli.js';

function workdir(config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'md-cli-'));
  if (config !== undefined) writeFileSync(join(dir, 'model-deploy.yml'), config);
  return dir;
}

describe('model-deploy CLI (child process)', () => {
  test('--help lists every command', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const c of commands) expect(stdout).toContain(c.name);
  });

  test('each command has --help with its options and the exit codes', async () => {
    const { code, stdout } = await runCli(['validate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: model-deploy validate');
    expect(stdout).toContain('--format');
    expect(stdout).toContain('Exit codes: 0 ok, 1 a gate said no, 2 bad input or configuration.');
  });

  test('unknown command and unknown option exit 2 with a hint', async () => {
    const a = await runCli(['valdate']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('did you mean "validate"?');
    const b = await runCli(['validate', '--formt', 'json']);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain('unknown option --formt');
    expect(b.stderr).toContain('did you mean --format?');
  });

  test('validate prints the normalized config as JSON', async () => {
    const dir = workdir(
      'model:\n  name: demo\n  artifacts: [w.bin]\ndeploy:\n  steps:\n    - setWeight: 100\n',
    );
    const { code, stdout } = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.valid).toBe(true);
    expect(out.config.deploy.steps).toEqual([{ kind: 'setWeight', weight: 100 }]);
  });

  test('a malformed config exits 2, reports file:line:col on stderr and writes nothing', async () => {
    const dir = workdir('model:\n  name: demo\n  artifacts: [w.bin]\nimage:\n  mdoe: model\n');
    const outputs = join(dir, 'outputs');
    writeFileSync(outputs, '');
    const { code, stdout, stderr } = await runCli(['validate'], {
      cwd: dir,
      env: { GITHUB_OUTPUT: outputs },
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('model-deploy.yml:5:3: image.mdoe: unknown key "mdoe" (did you mean "mode"?)');
    expect(readFileSync(outputs, 'utf8')).toBe('');
  });

  test('validate --format json reports errors as JSON on stdout with exit 2', async () => {
    const dir = workdir('model:\n  name: demo\n  artifacts: 7\n');
    const { code, stdout } = await runCli(['validate', '--format', 'json'], { cwd: dir });
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toMatchObject({
      valid: false,
      errors: [{ path: 'model.artifacts', line: 3, col: 3, file: 'model-deploy.yml' }],
    });
  });

  test('a missing config file exits 2 and says what to do', async () => {
    const { code, stderr } = await runCli(['validate', '--config', 'nope.yml'], { cwd: workdir() });
    expect(code).toBe(2);
    expect(stderr).toContain('config file nope.yml not found');
  });
});
