// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are shell and config text with ${VAR} in them
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run } from '../src/main.js';
import { runCli } from './support/cli.js';

// A valid git ref (git check-ref-format accepts it) that runs `touch PWNED` when spliced into shell text.
const HOSTILE_BRANCH = 'x";touch${IFS}PWNED;echo"';

function workdir(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'md-secrets-'));
  writeFileSync(join(dir, 'model-deploy.yml'), config);
  writeFileSync(join(dir, 'w.bin'), 'weights');
  return dir;
}

describe('values from the environment never become shell text (CLI)', () => {
  test('pipeline.tasks[].run gets ${VAR} from the environment: a hostile branch name does not run', async () => {
    const dir = workdir(
      [
        'model: { name: demo, artifacts: [w.bin] }',
        'pipeline:',
        '  tasks:',
        '    - id: echo',
        '      run: printf "%s" "${BRANCH}" > seen.txt; printf "$${HOME:+x}" > dollar.txt',
        '',
      ].join('\n'),
    );
    const { code, stderr } = await runCli(['pipeline', 'run', '--no-cache'], {
      cwd: dir,
      env: { BRANCH: HOSTILE_BRANCH },
    });
    expect(stderr).not.toContain('unexpected');
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'seen.txt'), 'utf8')).toBe(HOSTILE_BRANCH);
    // `$$` is still a literal `$` for the shell, as in files written for earlier versions
    expect(readFileSync(join(dir, 'dollar.txt'), 'utf8')).toBe('x');
  });

  test('the values a task refers to are part of its cache key', async () => {
    const dir = workdir(
      [
        'model: { name: demo, artifacts: [w.bin] }',
        'pipeline:',
        '  tasks:',
        '    - id: train',
        '      run: echo "lr ${LR}" >> runs.txt',
        '',
      ].join('\n'),
    );
    const { readFileSync } = await import('node:fs');
    for (const lr of ['0.1', '0.1', '0.2']) {
      const { code } = await runCli(['pipeline', 'run'], { cwd: dir, env: { LR: lr } });
      expect(code).toBe(0);
    }
    // the second run had the same input hash and was skipped; a new LR ran again
    expect(readFileSync(join(dir, 'runs.txt'), 'utf8')).toBe('lr 0.1\nlr 0.2\n');
  });

  test('evaluate.command gets ${VAR} from the environment: a hostile branch name does not run', async () => {
    const dir = workdir(
      [
        'model: { name: demo, artifacts: [w.bin] }',
        'evaluate:',
        `  command: 'printf "%s" "\${BRANCH}" > seen.txt; printf "{\\"accuracy\\": 0.9}" > "$EVAL_OUTPUT/metrics.json"'`,
        '  baseline: { store: none }',
        '  gates: [{ metric: accuracy, min: 0.5, test: none }]',
        '',
      ].join('\n'),
    );
    const { code, stderr } = await runCli(['evaluate', '--format', 'json'], {
      cwd: dir,
      env: { BRANCH: HOSTILE_BRANCH },
    });
    expect(stderr).not.toContain('unexpected');
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(dir, 'seen.txt'), 'utf8')).toBe(HOSTILE_BRANCH);
  });
});

describe('secrets in image labels and in what validate prints (CLI)', () => {
  test('a secret-looking variable in image.labels is refused with exit 2 naming the label', async () => {
    const dir = workdir(
      'model: { name: demo, artifacts: [w.bin] }\nimage:\n  labels:\n    built-by: "${REGISTRY_PASSWORD}"\n',
    );
    const { code, stdout, stderr } = await runCli(['validate', '--format', 'json'], {
      cwd: dir,
      env: { REGISTRY_PASSWORD: 'hunter2-pw' },
    });
    expect(code).toBe(2);
    expect(stdout + stderr).not.toContain('hunter2-pw');
    expect(stdout).toContain('image.labels.built-by');
    expect(stdout).toContain('looks like a secret');
    const json = JSON.parse(stdout) as { errors: { path: string; line: number }[] };
    expect(json.errors[0]).toMatchObject({ path: 'image.labels.built-by', line: 4 });
  });

  test('validate masks secret-looking values and the credentials it was given', async () => {
    const dir = workdir(
      [
        'model: { name: demo, artifacts: [w.bin], description: "token ${API_TOKEN}; registry ${REG}" }',
        '',
      ].join('\n'),
    );
    for (const format of ['json', 'yaml']) {
      const { code, stdout, stderr } = await runCli(['validate', '--format', format], {
        cwd: dir,
        env: {
          API_TOKEN: 'tok-abc123',
          REG: 'regpw-xyz',
          REGISTRY_USERNAME: 'u',
          REGISTRY_PASSWORD: 'regpw-xyz',
        },
      });
      expect(code).toBe(0);
      expect(stdout + stderr).not.toContain('tok-abc123');
      expect(stdout + stderr).not.toContain('regpw-xyz');
      expect(stdout).toContain('token ***; registry ***');
    }
  });
});

test('validate masks secret values quoted in its error messages too', async () => {
  const dir = workdir('model: { name: demo, artifacts: [w.bin] }\nimage:\n  concurrency: "${DB_PASSWORD}"\n');
  const { code, stdout, stderr } = await runCli(['validate', '--format', 'json'], {
    cwd: dir,
    env: { DB_PASSWORD: 'pw-"q"-123' },
  });
  expect(code).toBe(2);
  expect(stdout).toContain('image.concurrency');
  expect(stdout + stderr).not.toContain('pw-');
});

describe('base64 kubeconfig input (action entry, INPUT_*)', () => {
  const saved = { ...process.env };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'md-secrets-action-'));
    for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
    writeFileSync(join(dir, 'out'), '');
    Object.assign(process.env, {
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'out'),
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
    });
  });
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  test('the decoded token, password and client key are masked, not only the base64 blob', async () => {
    const kubeconfig = [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{ name: c, cluster: { server: "https://k8s.example:6443", certificate-authority-data: Q0EK } }]',
      'users:',
      '  - name: a',
      '    user:',
      '      token: "sa-token-0123456789"',
      '  - name: b',
      '    user: { username: admin, password: "pw-9876543210" }',
      '  - name: c',
      '    user:',
      '      client-certificate-data: Q0VSVAo=',
      '      client-key-data: S0VZLWRhdGEtc2VjcmV0',
      'contexts: [{ name: c, context: { cluster: c, user: a } }]',
      'current-context: c',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'model-deploy.yml'), 'model: { name: demo, artifacts: [w.bin] }\n');
    process.env.INPUT_COMMAND = 'validate';
    process.env.INPUT_KUBECONFIG = Buffer.from(kubeconfig).toString('base64');
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
    const log = lines.join('');
    for (const secret of ['sa-token-0123456789', 'pw-9876543210', 'S0VZLWRhdGEtc2VjcmV0'])
      expect(log).toContain(`::add-mask::${secret}\n`);
    // the kubeconfig written for the step is gone
    expect(readdirSync(dir).filter((f) => f.startsWith('model-deploy-kube-'))).toEqual([]);
  });
});
