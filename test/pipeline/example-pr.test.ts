import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { examplesDir } from '../../src/demo/workspace.js';
import { PINNED_TRIVY, trivyAsset } from '../../src/scan/trivy-install.js';
import { runCli } from '../support/cli.js';
import { python } from '../support/components.js';

const NO_CI: NodeJS.ProcessEnv = {
  GITHUB_ACTIONS: '',
  GITHUB_EVENT_NAME: '',
  GITLAB_CI: '',
  JENKINS_URL: '',
  BUILD_TAG: '',
  CHANGE_ID: '',
  KUBECONFIG: '',
  MODEL_DEPLOY_TAG: '',
};

/**
 * The shipped example through the pull-request flow, as `model-pr.yml` runs it. No network here:
 * a local mirror serves a tampered Trivy tarball, which the built-in pin refuses.
 */
describe.skipIf(!python().available)('examples/model-deploy.yml on a pull request', () => {
  let ws: string;
  let cache: string;
  let mirror: Server;
  let mirrorUrl = '';
  const requested: string[] = [];

  beforeAll(async () => {
    ws = mkdtempSync(join(tmpdir(), 'md-example-'));
    cache = mkdtempSync(join(tmpdir(), 'md-example-cache-'));
    cpSync(examplesDir(), ws, { recursive: true });
    const tampered = gzipSync(Buffer.from('not the Trivy release'));
    mirror = createServer((req, res) => {
      requested.push(req.url ?? '');
      res.writeHead(200).end(tampered);
    });
    await new Promise<void>((r) => mirror.listen(0, '127.0.0.1', r));
    mirrorUrl = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((r) => mirror.close(r));
    rmSync(ws, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });

  const pullRequest = () =>
    runCli(['pipeline'], {
      cwd: ws,
      env: {
        ...NO_CI,
        MODEL_DEPLOY_EVENT: 'pull_request',
        MODEL_DEPLOY_TRIVY_RELEASES: mirrorUrl,
        RUNNER_TOOL_CACHE: cache,
      },
    });

  const row = (stdout: string, step: string) =>
    stdout.split('\n').find((line) => line.startsWith(`| ${step} |`)) ?? `(no row for ${step})`;

  test('needs no sha256 in the config: the built-in pin is checked, and the other steps still run and report', async () => {
    const asset = trivyAsset('0.69.3');
    const pinned = PINNED_TRIVY['0.69.3']![asset]!;
    const out = await pullRequest();
    expect(out.stderr).not.toContain('required to install Trivy');
    expect(requested).toContain(`/v0.69.3/${asset}`);
    expect(row(out.stdout, 'scan (model files and image)')).toContain('❌ failed');
    expect(out.stdout).toContain(`but ${pinned} is pinned; refusing to run it`);
    expect(row(out.stdout, 'evaluation')).toContain('✅ passed');
    expect(row(out.stdout, 'plan the pipeline tasks')).toContain('✅ passed');
    expect(out.stdout).toContain('### Pipeline plan');
    expect(out.code).toBe(1);
  });

  test('bad input to one step (a Trivy version without a pin) stops that step only: exit 2, every other step reported', async () => {
    const config = readFileSync(join(examplesDir(), 'model-deploy.yml'), 'utf8').replace(
      '    ignore-unfixed: true\n',
      '    ignore-unfixed: true\n    trivy: { version: 0.70.0 }\n',
    );
    expect(config).toContain('version: 0.70.0');
    writeFileSync(join(ws, 'model-deploy.yml'), config);
    const out = await pullRequest();
    expect(out.code).toBe(2);
    expect(row(out.stdout, 'scan (model files and image)')).toContain(
      'scan.vulnerabilities.trivy.sha256: required to install Trivy 0.70.0',
    );
    expect(row(out.stdout, 'build the image into the local OCI layout')).toContain('✅ passed');
    expect(row(out.stdout, 'evaluation')).toContain('✅ passed');
    expect(row(out.stdout, 'plan the pipeline tasks')).toContain('✅ passed');
  });
});
