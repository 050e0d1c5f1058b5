// The committed action bundle (dist/index.js), run as the runner runs it: a child process with
// INPUT_* and the GITHUB_* files. The in-process tests cover the same points from src/; these prove
// the shipped bundle holds them too.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { examplesDir } from '../src/demo/workspace.js';
import { repoRoot } from './support/cli.js';

const bundle = join(repoRoot, 'dist', 'index.js');

interface ActionRun {
  code: number;
  stdout: string;
  outputs: string;
}

/** Runs dist/index.js in `dir` with only the variables a runner sets for this step. */
function runBundle(dir: string, env: NodeJS.ProcessEnv): Promise<ActionRun> {
  const outputs = join(dir, 'github-output');
  writeFileSync(outputs, '');
  writeFileSync(join(dir, 'summary'), '');
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, CI: 'true' };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bundle],
      {
        cwd: dir,
        env: {
          ...base,
          GITHUB_ACTIONS: 'true',
          GITHUB_REPOSITORY: 'org/repo',
          GITHUB_SHA: 'b'.repeat(40),
          GITHUB_WORKSPACE: dir,
          RUNNER_TEMP: dir,
          GITHUB_OUTPUT: outputs,
          GITHUB_STEP_SUMMARY: join(dir, 'summary'),
          INPUT_CONFIG: 'model-deploy.yml',
          'INPUT_WORKING-DIRECTORY': '.',
          ...env,
        },
        timeout: 120_000,
        maxBuffer: 64 << 20,
      },
      (error, stdout) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, outputs: readFileSync(outputs, 'utf8') });
      },
    );
  });
}

function workspace(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'md-dist-'));
  cpSync(join(examplesDir(), 'model'), join(dir, 'model'), { recursive: true });
  writeFileSync(join(dir, 'model-deploy.yml'), config);
  return dir;
}

describe('the shipped action bundle (dist/index.js with INPUT_*)', () => {
  test('a base64 kubeconfig: the decoded token, password and client key are masked', async () => {
    const dir = workspace('model: { name: demo, artifacts: [model/*] }\n');
    const kubeconfig = [
      'apiVersion: v1',
      'kind: Config',
      'clusters: [{ name: c, cluster: { server: "https://k8s.example:6443" } }]',
      'users:',
      '  - { name: a, user: { token: "sa-token-dist-0123456789" } }',
      '  - { name: b, user: { username: admin, password: "pw-dist-9876543210" } }',
      '  - { name: c, user: { client-key-data: S0VZLWRpc3Qtc2VjcmV0 } }',
      'contexts: [{ name: c, context: { cluster: c, user: a } }]',
      'current-context: c',
      '',
    ].join('\n');
    const out = await runBundle(dir, {
      INPUT_COMMAND: 'validate',
      INPUT_KUBECONFIG: Buffer.from(kubeconfig).toString('base64'),
    });
    expect(out.code, out.stdout).toBe(0);
    for (const secret of ['sa-token-dist-0123456789', 'pw-dist-9876543210', 'S0VZLWRpc3Qtc2VjcmV0']) {
      const mask = out.stdout.indexOf(`::add-mask::${secret}\n`);
      expect(mask, secret).toBeGreaterThanOrEqual(0);
      // masked before it could be printed anywhere else
      expect(out.stdout.indexOf(secret)).toBe(mask + '::add-mask::'.length);
    }
  });

  test('pull_request_target is refused with exit 2 and the evaluation never runs', async () => {
    const dir = workspace(`model: { name: demo, artifacts: [model/*] }
evaluate:
  command: touch RAN
  gates: [{ metric: accuracy, min: 0.5, test: none }]
`);
    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 7,
          head: { ref: 'x', sha: 'a'.repeat(40), repo: { full_name: 'attacker/fork' } },
          base: { ref: 'main', repo: { full_name: 'org/repo' } },
        },
      }),
    );
    const out = await runBundle(dir, {
      INPUT_COMMAND: 'pipeline',
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: event,
      GITHUB_REF: 'refs/heads/main',
    });
    expect(out.code, out.stdout).toBe(2);
    expect(out.stdout).toContain('::error::refusing to run on pull_request_target');
    expect(existsSync(join(dir, 'RAN'))).toBe(false);
  });

  test('a tag with a deploy: section and no kubeconfig input stops before building (exit 2)', async () => {
    const dir = workspace(`model: { name: demo, artifacts: [model/*] }
scan:
  vulnerabilities: { enabled: false }
deploy:
  namespace: default
  replicas: 1
  steps:
    - setWeight: 100
`);
    const out = await runBundle(dir, {
      INPUT_COMMAND: 'pipeline',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1.0.0',
      INPUT_KUBECONFIG: '',
    });
    expect(out.code, out.stdout).toBe(2);
    expect(out.stdout).toMatch(/::error::release v1\.0\.0: .*give the action its `kubeconfig` input/);
    expect(existsSync(join(dir, '.model-deploy', 'oci'))).toBe(false);
    // no output claims success
    expect(out.outputs).not.toMatch(/passed<<[^\n]*\ntrue\n/);
  });
});
