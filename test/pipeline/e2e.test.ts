import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import build from '../../src/commands/build.js';
import deploy from '../../src/commands/deploy.js';
import pipeline from '../../src/commands/pipeline.js';
import { examplesDir } from '../../src/demo/workspace.js';
import { describeError, exitCodeOf } from '../../src/errors.js';
import { parseReference, type RegistryRef } from '../../src/oci/reference.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { openRecordStore } from '../../src/pipeline/records.js';
import { python } from '../support/components.js';
import { testContext } from '../support/context.js';
import { type GitHubDouble, startGitHubDouble } from '../support/github-double.js';
import { prometheusComponent, startPrometheus, type TestPrometheus } from '../support/prometheus.js';
import { type RunningRegistry, registryBinary, startRegistry, tempDir } from '../support/registry.js';
import { startSim, type TestSim } from '../support/sim.js';

const ready = registryBinary.available && prometheusComponent().available && python().available;

function config(registry: string, prometheus: string): string {
  return `model:
  name: tiny-classifier
  artifacts: [model/*]
image:
  repository: ${registry}/models/tiny-classifier
scan:
  vulnerabilities: { enabled: false }
evaluate:
  command: python3 eval/evaluate.py
  samples: samples.jsonl
  baseline: { store: dir, path: .baseline }
  gates:
    - { metric: accuracy, min: 0.85, max-drop: 1% }
pipeline:
  runners: { cpu: 2 }
  tasks:
    - { id: build, uses: build, duration: 1m }
    - { id: evaluate, uses: evaluate, needs: [build], duration: 3m }
deploy:
  namespace: default
  replicas: 2
  resources: { gpus: 1 }
  probes: { startup-deadline: 20s, period: 1s }
  steps:
    - setWeight: 50
    - pause: 1s
    - analysis: { duration: 8s }
    - setWeight: 100
  analysis:
    interval: 1s
    prometheus: ${prometheus}
    metrics:
      - name: error-rate
        prometheus:
          query: (sum(rate(model_requests_total{namespace="{{namespace}}",track="canary",code=~"5.."}[5s])) or vector(0)) / sum(rate(model_requests_total{namespace="{{namespace}}",track="canary"}[5s]))
        success-condition: result < 0.05
        no-data: inconclusive
        inconclusive-limit: 6
`;
}

describe.skipIf(!ready)(
  'pipeline end to end: a pull request, then a release (registry, Prometheus, sim, GitHub double)',
  () => {
    let registry: RunningRegistry;
    let prom: TestPrometheus;
    let sim: TestSim;
    let gh: GitHubDouble;
    let ws: string;

    beforeAll(async () => {
      registry = await startRegistry();
      sim = await startSim({ traffic: { rps: 100 } });
      prom = await startPrometheus([new URL(sim.url).host]);
      gh = await startGitHubDouble();
      ws = tempDir('md-e2e-');
      cpSync(join(examplesDir(), 'model'), join(ws, 'model'), { recursive: true });
      mkdirSync(join(ws, 'eval'));
      cpSync(join(examplesDir(), 'eval', 'evaluate.py'), join(ws, 'eval', 'evaluate.py'));
      writeFileSync(join(ws, 'model-deploy.yml'), config(registry.host, prom.url));
    }, 120_000);

    afterAll(async () => {
      await Promise.allSettled([registry?.close(), prom?.close(), sim?.close(), gh?.close()]);
      if (ws) rmSync(ws, { recursive: true, force: true });
    });

    const githubEnv = (event: string, payload: unknown, ref: string): NodeJS.ProcessEnv => {
      const path = join(ws, `${event}-event.json`);
      writeFileSync(path, JSON.stringify(payload));
      return {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: path,
        GITHUB_REPOSITORY: 'acme/models',
        GITHUB_REF: ref,
        GITHUB_SHA: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
        GITHUB_RUN_ID: '77',
        GITHUB_API_URL: gh.url,
        GITHUB_SERVER_URL: 'https://github.com',
      };
    };

    const prPayload = {
      pull_request: {
        number: 12,
        head: { ref: 'better-model', sha: 'a1b2c3d', repo: { full_name: 'acme/models' } },
        base: { ref: 'main', repo: { full_name: 'acme/models' } },
      },
      repository: { full_name: 'acme/models', default_branch: 'main' },
    };

    test('pull request: one comment with every section, created then updated in place', async () => {
      const env = githubEnv('pull_request', prPayload, 'refs/pull/12/merge');
      const ctx = testContext(ws, { env, githubToken: 'ghs_test', kubeconfigPath: sim.kubeconfigPath });
      const first = await pipeline.run(ctx, { config: 'model-deploy.yml' }, []);
      expect(first.outputs?.trigger).toBe('pull_request');
      expect(first.outputs?.image).toMatch(new RegExp(`^${registry.host}/models/tiny-classifier@sha256:`));
      const comments = gh.comments('acme', 'models', 12);
      expect(comments).toHaveLength(1);
      const body = String(comments[0]!.body);
      for (const section of ['scan', 'evaluation', 'plan', 'placement'])
        expect(body).toContain(`model-deploy:section:${section}`);

      // A new push to the pull request: the same comment is updated, not a second one created.
      writeFileSync(join(ws, 'model', 'config.json'), JSON.stringify({ quality: 0.92, labels: ['a'] }));
      await pipeline.run(ctx, { config: 'model-deploy.yml' }, []);
      expect(gh.comments('acme', 'models', 12)).toHaveLength(1);
      expect(gh.requests.some((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toBe(
        true,
      );
      expect(gh.violations).toEqual([]);
    });

    test('release tag: gates recorded on the digest, rollout done, deployment statuses sent', async () => {
      const env = githubEnv(
        'push',
        { ref: 'refs/tags/v1.0.0', repository: { full_name: 'acme/models' } },
        'refs/tags/v1.0.0',
      );
      const ctx = testContext(ws, { env, githubToken: 'ghs_test', kubeconfigPath: sim.kubeconfigPath });
      const result = await pipeline.run(ctx, { config: 'model-deploy.yml' }, []);
      expect(result.failed).toBeUndefined();
      expect(result.outputs?.trigger).toBe('release');
      const digest = result.outputs!.digest!;
      const ref = parseReference(`${registry.host}/models/tiny-classifier`) as RegistryRef;
      const client = new RegistryClient(ref.registry, ref.scheme);
      const referrers = await client.listReferrers(ref.repository, digest as `sha256:${string}`);
      expect(referrers.map((r) => r.artifactType).sort()).toEqual([
        'application/vnd.model-deploy.gate.evaluation.v1+json',
        'application/vnd.model-deploy.gate.scan.v1+json',
      ]);
      const deployments = gh.deployments('acme', 'models');
      expect(deployments.length).toBeGreaterThan(0);
      const states = gh.deploymentStatuses(Number(deployments.at(-1)!.id)).map((s) => s.state);
      expect(states).toContain('in_progress');
      expect(states.at(-1)).toBe('success');

      // The next release goes through the canary steps, analysed with PromQL against the real Prometheus.
      writeFileSync(join(ws, 'model', 'config.json'), JSON.stringify({ quality: 0.93, labels: ['a'] }));
      const next = await pipeline.run(
        testContext(ws, {
          env: githubEnv('push', { ref: 'refs/tags/v1.1.0' }, 'refs/tags/v1.1.0'),
          githubToken: 'ghs_test',
          kubeconfigPath: sim.kubeconfigPath,
        }),
        { config: 'model-deploy.yml' },
        [],
      );
      expect(next.failed).toBeUndefined();
      // Prometheus needs a few scrapes before rate() has data: early measurements are inconclusive, later ones pass.
      expect(next.summary).toMatch(/\| error-rate \| Successful \|.*Successful 0/);
      expect(next.outputs?.digest).not.toBe(digest);
      expect(gh.violations).toEqual([]);
    });

    test('deploy refuses a digest without passing gate records (exit 1, naming the record)', async () => {
      writeFileSync(join(ws, 'model', 'config.json'), JSON.stringify({ quality: 0.5, labels: ['tampered'] }));
      const ctx = testContext(ws, { env: { PATH: process.env.PATH }, kubeconfigPath: sim.kubeconfigPath });
      const built = await build.run(ctx, { config: 'model-deploy.yml' }, []);
      const image = built.outputs!.image!;
      const deployIt = () =>
        deploy.run(ctx, { config: 'model-deploy.yml', image, 'require-gates': 'true' }, []);
      const noRecords = await deployIt().catch((e: unknown) => e);
      expect(exitCodeOf(noRecords)).toBe(1);
      expect(describeError(noRecords)).toContain('no scan record is attached');

      const { store, digest, close } = openRecordStore(ctx, image);
      await store.attach({
        kind: 'scan',
        subject: digest,
        passed: true,
        reason: 'ok',
        createdAt: '2026-11-28T00:00:00Z',
      });
      await store.attach({
        kind: 'evaluation',
        subject: digest,
        passed: false,
        reason: 'accuracy dropped 42%',
        createdAt: '2026-11-28T00:00:01Z',
      });
      close();
      const failing = await deployIt().catch((e: unknown) => e);
      expect(exitCodeOf(failing)).toBe(1);
      expect(describeError(failing)).toContain('the evaluation record of');
      expect(describeError(failing)).toContain('accuracy dropped 42%');
      // Nothing changed in the cluster: stable still runs the last promoted release.
      const status = await fetch(
        `${sim.url}/apis/apps/v1/namespaces/default/deployments/tiny-classifier`,
      ).then(
        (r) => r.json() as Promise<{ spec: { template: { spec: { containers: { image: string }[] } } } }>,
      );
      expect(status.spec.template.spec.containers[0]!.image).not.toContain(digest);
    });
  },
);
