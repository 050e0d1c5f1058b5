import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { examplesDir } from '../../src/demo/workspace.js';
import { run as runAction } from '../../src/main.js';
import { runCli } from '../support/cli.js';
import { startSim, type TestSim } from '../support/sim.js';

const CONFIG = `model:
  name: tiny-classifier
  artifacts: [model/*]
scan:
  vulnerabilities: { enabled: false }
deploy:
  namespace: default
  replicas: 1
  steps:
    - setWeight: 100
`;

/** No CI system but the one a test names (the suite itself may run in GitHub Actions). */
const NO_CI: NodeJS.ProcessEnv = {
  GITHUB_ACTIONS: '',
  GITHUB_EVENT_NAME: '',
  GITLAB_CI: '',
  JENKINS_URL: '',
  BUILD_TAG: '',
  CHANGE_ID: '',
  KUBECONFIG: '',
  MODEL_DEPLOY_TAG: '',
  MODEL_DEPLOY_EVENT: '',
};

let ws: string;
const layout = () => join(ws, '.model-deploy', 'oci');

beforeAll(() => {
  ws = mkdtempSync(join(tmpdir(), 'md-refuse-'));
  cpSync(join(examplesDir(), 'model'), join(ws, 'model'), { recursive: true });
  writeFileSync(join(ws, 'model-deploy.yml'), CONFIG);
});
afterAll(() => rmSync(ws, { recursive: true, force: true }));

describe('a release with a deploy: section and no cluster credentials stops before building (exit 2)', () => {
  test.each([
    ['GitLab', { GITLAB_CI: 'true', CI_COMMIT_TAG: 'v1.0.0', CI_PROJECT_PATH: 'acme/models' }],
    ['Jenkins', { JENKINS_URL: 'https://ci.example/', TAG_NAME: 'v1.0.0', JOB_NAME: 'models' }],
    ['a local tag', { MODEL_DEPLOY_TAG: 'v1.0.0' }],
  ])('%s', async (_ci, env) => {
    const out = await runCli(['pipeline'], { cwd: ws, env: { ...NO_CI, ...env } });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('release v1.0.0: model-deploy.yml has a deploy: section');
    expect(out.stderr).toContain('set KUBECONFIG');
    expect(existsSync(layout())).toBe(false);
  });

  test('GitHub tag through the action entry names the kubeconfig input', async () => {
    const saved = { ...process.env };
    const summary = join(ws, 'summary');
    writeFileSync(summary, '');
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    Object.assign(process.env, NO_CI, {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1.0.0',
      GITHUB_REPOSITORY: 'acme/models',
      GITHUB_WORKSPACE: ws,
      RUNNER_TEMP: ws,
      GITHUB_OUTPUT: join(ws, 'output'),
      GITHUB_STEP_SUMMARY: summary,
      INPUT_COMMAND: 'pipeline',
      INPUT_CONFIG: 'model-deploy.yml',
      'INPUT_WORKING-DIRECTORY': '.',
      INPUT_KUBECONFIG: '',
    });
    process.stdout.write = ((chunk: string) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await runAction()).toBe(2);
    } finally {
      process.stdout.write = write;
      process.env = saved;
      process.exitCode = undefined;
    }
    expect(lines.join('')).toMatch(/::error::release v1\.0\.0: .*give the action its `kubeconfig` input/);
    expect(existsSync(layout())).toBe(false);
  });
});

describe('an oci: layout reference goes only to the simulator given that layout (exit 2 naming image.repository)', () => {
  let plain: TestSim;
  let withLayout: TestSim;
  beforeAll(async () => {
    [plain, withLayout] = await Promise.all([startSim(), startSim({ ociLayout: layout() })]);
  });
  afterAll(async () => {
    await Promise.allSettled([plain?.close(), withLayout?.close()]);
  });

  const image = () => `oci:${layout()}@sha256:${'ab'.repeat(32)}`;
  const deployments = async (sim: TestSim) =>
    ((await fetch(`${sim.url}/apis/apps/v1/deployments`).then((r) => r.json())) as { items: unknown[] })
      .items;

  test('a release without image.repository to a cluster that is not the simulator with that layout: refused before building', async () => {
    const out = await runCli(['pipeline'], {
      cwd: ws,
      env: { ...NO_CI, GITLAB_CI: 'true', CI_COMMIT_TAG: 'v1.0.0', KUBECONFIG: plain.kubeconfigPath },
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('image.repository is not set in model-deploy.yml');
    expect(out.stderr).toContain(`which the cluster at ${plain.url} cannot pull`);
    expect(existsSync(layout())).toBe(false);
    expect(await deployments(plain)).toEqual([]);
  });

  test('deploy --image oci:… to the simulator without a layout is refused, nothing written', async () => {
    const out = await runCli(['deploy', '--image', image(), '--require-gates', 'false'], {
      cwd: ws,
      env: { ...NO_CI, KUBECONFIG: plain.kubeconfigPath },
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(`image ${image()} is a local OCI layout reference`);
    expect(out.stderr).toContain('set image.repository');
    expect(await deployments(plain)).toEqual([]);
  });

  test('the simulator started with the layout accepts it; with another layout it does not', async () => {
    const ok = await runCli(['deploy', '--dry-run', '--image', image(), '--require-gates', 'false'], {
      cwd: ws,
      env: { ...NO_CI, KUBECONFIG: withLayout.kubeconfigPath },
    });
    expect(ok.stderr).not.toContain('local OCI layout');
    expect(ok.code).toBe(0);
    const other = `oci:${join(ws, 'elsewhere')}@sha256:${'ab'.repeat(32)}`;
    const refused = await runCli(['deploy', '--image', other, '--require-gates', 'false'], {
      cwd: ws,
      env: { ...NO_CI, KUBECONFIG: withLayout.kubeconfigPath },
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('set image.repository');
  });
});
