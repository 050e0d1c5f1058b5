import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kube } from '../../src/cluster/kube.js';
import abort from '../../src/commands/abort.js';
import deploy from '../../src/commands/deploy.js';
import rollback from '../../src/commands/rollback.js';
import status from '../../src/commands/status.js';
import { deploySection } from '../../src/config/sections/deploy.js';
import { ExitCode, exitCodeOf } from '../../src/errors.js';
import { readHistory } from '../../src/rollout/history.js';
import { modelObjects } from '../../src/rollout/manifests.js';
import { readState } from '../../src/rollout/state.js';
import { REVISION_LABEL } from '../../src/sim/kserve-controller.js';
import { podReady } from '../../src/sim/replicaset-controller.js';
import { resourceByKind } from '../../src/sim/resources.js';
import type { StoreEvent } from '../../src/sim/store.js';
import { prometheusComponent, startPrometheus, type TestPrometheus } from '../support/prometheus.js';
import type { TestSim } from '../support/sim.js';
import { captureLog, cluster, context, exited, spawnDeploy, waitFor, workspace } from './harness.js';

const ISVC = { group: 'serving.kserve.io', version: 'v1beta1', plural: 'inferenceservices' } as const;
const NAMESPACE = 'default';
// {{revision}} is the predictor revision of the track measured; Knative names its pods after it.
const PODS = 'namespace="{{namespace}}",pod=~"{{revision}}-deployment-.*"';
const ERROR_RATE = `(sum(rate(model_requests_total{${PODS},code=~"5.."}[2s])) or vector(0)) / sum(rate(model_requests_total{${PODS}}[2s]))`;

const CONFIG = (prometheus: string, pause = '3s', extra = '') => `replicas: 2
resources: {gpus: 1}
probes: {startup-deadline: 5s, period: 1s}
lease: 3s
traffic: {router: kserve}
steps:
  - setWeight: 25
  - pause: ${pause}
  - analysis: {}
  - setWeight: 100
analysis:
  interval: 1s
  prometheus: ${prometheus}
  metrics:
    - name: error-rate
      prometheus:
        query: '${ERROR_RATE}'
      success-condition: result < 0.05
      initial-delay: 2s
      count: 2
      no-data: inconclusive
      inconclusive-limit: 3
    - name: health
      kubernetes: {}
      count: 1
${extra}`;

interface Isvc {
  spec: {
    predictor: {
      canaryTrafficPercent?: number;
      minReplicas?: number;
      containers?: { name: string; image: string }[];
      model?: { storageUri?: string };
    };
  };
  status?: {
    components?: {
      predictor?: {
        latestCreatedRevision?: string;
        latestReadyRevision?: string;
        latestRolledoutRevision?: string;
        traffic?: { revisionName: string; percent: number; latestRevision: boolean }[];
      };
    };
  };
}

const predictorImage = (i: Isvc) =>
  i.spec.predictor.containers?.[0]?.image ?? i.spec.predictor.model?.storageUri ?? '';

/**
 * What the API server saw of one InferenceService, in order: each change of canaryTrafficPercent
 * and of the predictor image, and the canary ConfigMap's deletion.
 */
function record(sim: TestSim, isvc: string, canary: string) {
  const seen: string[] = [];
  let last = '';
  const off = sim.cluster.api.store.subscribe((e: StoreEvent) => {
    const name = e.object.metadata.name;
    if (e.resource.kind === 'InferenceService' && name === isvc) {
      const i = e.object as unknown as Isvc;
      const now = `weight=${i.spec.predictor.canaryTrafficPercent ?? 'none'} image=${predictorImage(i)}`;
      if (now !== last) seen.push(now);
      last = now;
    }
    if (e.resource.kind === 'ConfigMap' && name === canary && e.type === 'DELETED')
      seen.push('canary deleted');
  });
  return { seen, stop: off };
}

/** Ready pods of the rolled-out revision, sampled while a rollout runs: stable must never shrink. */
function watchRolledOut(sim: TestSim, isvc: string) {
  const seen: number[] = [];
  const timer = setInterval(() => {
    const i = sim.cluster.api.store.peek(resourceByKind('InferenceService')!, NAMESPACE, isvc) as unknown as
      | Isvc
      | undefined;
    const revision = i?.status?.components?.predictor?.latestRolledoutRevision;
    const pods = sim.cluster.api.store
      .peekAll(resourceByKind('Pod')!, NAMESPACE)
      .filter((p) => p.metadata.labels?.[REVISION_LABEL] === revision && podReady(p));
    seen.push(pods.length);
  }, 100);
  return {
    stop: () => clearInterval(timer),
    min: () => Math.min(...seen),
    samples: () => seen.length,
  };
}

describe.skipIf(!prometheusComponent().available)(
  'kserve: the canary is the InferenceService revision',
  () => {
    let sim: TestSim;
    let kube: Kube;
    let prom: TestPrometheus;
    beforeAll(async () => {
      ({ sim, kube } = await cluster({
        traffic: { rps: 400 },
        nodePools: [{ name: 'gpu', count: 2, gpus: 8 }],
        faultProfiles: [
          { name: 'errors', match: { image: 'reg/*:errors' }, errorRate: 0.5 },
          { name: 'pull', match: { image: 'reg/*:pull' }, pullError: true },
        ],
      }));
      prom = await startPrometheus([new URL(sim.url).host], { scrapeInterval: '500ms' });
    });
    afterAll(async () => {
      await prom?.close();
      await sim?.close();
    });

    const readIsvc = async (name: string) =>
      (await kube.custom.getNamespacedCustomObject({ ...ISVC, namespace: NAMESPACE, name })) as Isvc;
    const revisionReplicas = async (revision: string) =>
      (await kube.apps.readNamespacedDeployment({ name: `${revision}-deployment`, namespace: NAMESPACE }))
        .spec?.replicas;
    const canaryConfigMap = (model: string) =>
      kube.core
        .readNamespacedConfigMap({ name: `${model}-canary`, namespace: NAMESPACE })
        .catch(() => undefined);
    const history = (model: string) =>
      readHistory(
        kube,
        modelObjects(deploySection.parse({ traffic: { router: 'kserve' } }), { name: model }),
      );

    async function firstDeploy(model: string, deployYaml: string) {
      const ws = workspace(deployYaml, model);
      const cap = captureLog();
      const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
      const first = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []);
      expect(first.failed, cap.lines.join('\n')).toBeUndefined();
      expect(first.outputs?.verdict).toBe('promoted');
      return { ws, cap, ctx };
    }

    it('creates the InferenceService, rolls the next revision 0 → 25 → 100 and promotes it; the old revision scales to zero', async () => {
      const model = 'kgood';
      const { ws, cap, ctx } = await firstDeploy(model, CONFIG(prom.url));
      const v1 = await readIsvc(model);
      expect(predictorImage(v1)).toBe('reg/kgood:v1');
      expect(v1.spec.predictor.minReplicas).toBe(2);
      expect(v1.status?.components?.predictor?.latestRolledoutRevision).toBe('kgood-predictor-00001');

      const rec = record(sim, model, `${model}-canary`);
      const watch = watchRolledOut(sim, model);
      const run = deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v2` }, []);
      await waitFor(
        'a 75/25 split between the two revisions',
        async () => {
          const traffic = (await readIsvc(model)).status?.components?.predictor?.traffic;
          return (
            traffic?.some((t) => t.revisionName === 'kgood-predictor-00002' && t.percent === 25) || undefined
          );
        },
        30_000,
      );
      const requests = async () => {
        const metric = await sim.cluster.traffic.registry.getSingleMetric('model_requests_total')!.get();
        const by: Record<string, number> = {};
        for (const v of metric.values) {
          const d = String(v.labels.deployment);
          by[d] = (by[d] ?? 0) + v.value;
        }
        return by;
      };
      const before = await requests();
      await new Promise((r) => setTimeout(r, 1500));
      const after = await requests();
      const delta = (d: string) => (after[d] ?? 0) - (before[d] ?? 0);
      const canary = delta('kgood-predictor-00002-deployment');
      const stable = delta('kgood-predictor-00001-deployment');
      expect(canary + stable).toBeGreaterThan(200);
      expect(canary / (canary + stable)).toBeGreaterThan(0.15);
      expect(canary / (canary + stable)).toBeLessThan(0.35);

      const r = await run;
      watch.stop();
      rec.stop();
      expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('promoted');
      expect(rec.seen).toEqual([
        'weight=0 image=reg/kgood:v2',
        'weight=25 image=reg/kgood:v2',
        'weight=100 image=reg/kgood:v2',
        'weight=none image=reg/kgood:v2',
        'canary deleted',
      ]);
      expect(watch.samples()).toBeGreaterThan(10);
      expect(watch.min(), 'ready pods of the rolled-out revision dropped').toBeGreaterThanOrEqual(2);
      const after2 = await readIsvc(model);
      expect(after2.status?.components?.predictor?.latestRolledoutRevision).toBe('kgood-predictor-00002');
      await waitFor('the old revision to scale to zero', async () =>
        (await revisionReplicas('kgood-predictor-00001')) === 0 ? true : undefined,
      );
      expect(await canaryConfigMap(model)).toBeUndefined();
      expect((await history(model)).map((h) => `${h.revision}:${h.verdict}:${h.image}`)).toEqual([
        '1:promoted:reg/kgood:v1',
        '2:promoted:reg/kgood:v2',
      ]);

      // rollback --to 1: no steps, the old image becomes the next revision and takes 100% once ready.
      const back = await rollback.run(ctx, { config: 'model-deploy.yml', to: '1' }, []);
      expect(back.outputs?.verdict, cap.lines.join('\n')).toBe('promoted');
      expect(predictorImage(await readIsvc(model))).toBe('reg/kgood:v1');
      await waitFor('revision 3 to be rolled out', async () =>
        (await readIsvc(model)).status?.components?.predictor?.latestRolledoutRevision ===
        'kgood-predictor-00003'
          ? true
          : undefined,
      );
      expect((await history(model)).at(-1)).toMatchObject({
        revision: 3,
        verdict: 'promoted',
        image: 'reg/kgood:v1',
      });
      ws.dispose();
    });

    it('a release with a higher error rate: one write restores the old image pinned at 0%, and its new revision takes 100% once ready', async () => {
      const model = 'kerr';
      const { ws, cap, ctx } = await firstDeploy(model, CONFIG(prom.url, '1s'));
      const rec = record(sim, model, `${model}-canary`);
      const watch = watchRolledOut(sim, model);
      const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:errors` }, []);
      watch.stop();
      rec.stop();
      expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('rolled-back');
      expect(r.exitCode).toBe(ExitCode.Gate);
      expect(r.failed).toMatch(/metric "error-rate" Failed/);
      expect(rec.seen).toEqual([
        'weight=0 image=reg/kerr:errors',
        'weight=25 image=reg/kerr:errors',
        'weight=0 image=reg/kerr:v1',
        'weight=none image=reg/kerr:v1',
        'canary deleted',
      ]);
      expect(watch.min(), 'ready pods of the rolled-out revision dropped').toBeGreaterThanOrEqual(2);
      const p = await waitFor('the restored revision to take 100%', async () => {
        const predictor = (await readIsvc(model)).status?.components?.predictor;
        return predictor?.latestRolledoutRevision === 'kerr-predictor-00003' ? predictor : undefined;
      });
      expect(p?.traffic).toEqual([
        expect.objectContaining({ revisionName: 'kerr-predictor-00003', percent: 100 }),
      ]);
      await waitFor('the bad and the old revision to scale to zero', async () =>
        (await revisionReplicas('kerr-predictor-00002')) === 0 &&
        (await revisionReplicas('kerr-predictor-00001')) === 0
          ? true
          : undefined,
      );
      expect(await canaryConfigMap(model)).toBeUndefined();
      expect((await history(model)).map((h) => `${h.revision}:${h.verdict}:${h.image}`)).toEqual([
        '1:promoted:reg/kerr:v1',
        '2:rolled-back:reg/kerr:errors',
      ]);
      expect(r.summary).toMatch(/error-rate/);
      ws.dispose();
    });

    it('a revision that never gets ready never gets traffic (KServe routes to the latest READY revision) and is rolled back', async () => {
      const model = 'kpull';
      const { ws, cap, ctx } = await firstDeploy(model, CONFIG(prom.url, '1s'));
      const rec = record(sim, model, `${model}-canary`);
      const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:pull` }, []);
      rec.stop();
      expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('rolled-back');
      expect(r.failed).toMatch(
        /canary pods unhealthy: kpull-predictor-00002-deployment-\S+: (ErrImagePull|ImagePullBackOff)/,
      );
      expect(rec.seen[0]).toBe('weight=0 image=reg/kpull:pull');
      expect(rec.seen).not.toContain('weight=25 image=reg/kpull:pull');
      expect(rec.seen.slice(-2)).toEqual(['weight=none image=reg/kpull:v1', 'canary deleted']);
      const p = (await readIsvc(model)).status?.components?.predictor;
      expect(p?.latestReadyRevision).toBe('kpull-predictor-00003');
      expect(r.summary).toMatch(/ErrImagePull|ImagePullBackOff/);
      ws.dispose();
    });

    it('adopts an InferenceService whose model ships as an OCI modelcar and rolls the storageUri', async () => {
      const model = 'kcar';
      await kube.custom.createNamespacedCustomObject({
        ...ISVC,
        namespace: NAMESPACE,
        body: {
          apiVersion: 'serving.kserve.io/v1beta1',
          kind: 'InferenceService',
          metadata: { name: 'kcar-isvc' },
          spec: {
            predictor: {
              minReplicas: 2,
              model: {
                modelFormat: { name: 'huggingface' },
                storageUri: 'oci://reg/kcar:v1',
                resources: { limits: { 'nvidia.com/gpu': '1' } },
              },
            },
          },
        },
      });
      await waitFor(
        'the adopted InferenceService to roll out',
        async () => (await readIsvc('kcar-isvc')).status?.components?.predictor?.latestRolledoutRevision,
      );
      const ws = workspace(
        CONFIG(prom.url, '1s').replace(
          'traffic: {router: kserve}',
          'traffic: {router: kserve, inference-service: kcar-isvc}',
        ),
        model,
      );
      const cap = captureLog();
      const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
      const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: 'reg/kcar:v2' }, []);
      expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('promoted');
      const isvc = await readIsvc('kcar-isvc');
      expect(isvc.spec.predictor.model?.storageUri).toBe('oci://reg/kcar:v2');
      expect(isvc.spec.predictor.canaryTrafficPercent).toBeUndefined();
      expect(isvc.status?.components?.predictor?.latestRolledoutRevision).toBe('kcar-isvc-predictor-00002');
      ws.dispose();
    });

    it('an InferenceService whose model is not an image is an input error, and nothing is changed', async () => {
      await kube.custom.createNamespacedCustomObject({
        ...ISVC,
        namespace: NAMESPACE,
        body: {
          apiVersion: 'serving.kserve.io/v1beta1',
          kind: 'InferenceService',
          metadata: { name: 'ks3' },
          spec: {
            predictor: { model: { modelFormat: { name: 'sklearn' }, storageUri: 's3://models/iris' } },
          },
        },
      });
      const ws = workspace(CONFIG(prom.url), 'ks3');
      const cap = captureLog();
      const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
      const error = await deploy
        .run(ctx, { config: 'model-deploy.yml', image: 'reg/ks3:v2' }, [])
        .catch((e) => e);
      expect(exitCodeOf(error)).toBe(ExitCode.Usage);
      expect(String(error.message)).toMatch(
        /ks3: spec.predictor has no container image and no oci:\/\/ storageUri/,
      );
      expect((await readIsvc('ks3')).spec.predictor.model?.storageUri).toBe('s3://models/iris');
      expect(await canaryConfigMap('ks3')).toBeUndefined();
      ws.dispose();
    });

    it('an InferenceService in RawDeployment mode is refused (KServe would ignore canaryTrafficPercent)', async () => {
      await kube.custom.createNamespacedCustomObject({
        ...ISVC,
        namespace: NAMESPACE,
        body: {
          apiVersion: 'serving.kserve.io/v1beta1',
          kind: 'InferenceService',
          metadata: { name: 'kraw', annotations: { 'serving.kserve.io/deploymentMode': 'RawDeployment' } },
          spec: { predictor: { containers: [{ name: 'kserve-container', image: 'reg/kraw:v1' }] } },
        },
      });
      const ws = workspace(CONFIG(prom.url), 'kraw');
      const cap = captureLog();
      const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
      const error = await deploy
        .run(ctx, { config: 'model-deploy.yml', image: 'reg/kraw:v2' }, [])
        .catch((e) => e);
      expect(exitCodeOf(error)).toBe(ExitCode.Usage);
      expect(String(error.message)).toMatch(
        /runs in RawDeployment mode, where KServe ignores canaryTrafficPercent/,
      );
      expect(predictorImage(await readIsvc('kraw'))).toBe('reg/kraw:v1');
      expect(await canaryConfigMap('kraw')).toBeUndefined();
      ws.dispose();
    });

    it("kill -9 mid-step: status shows the two revisions, and the action's abort step restores the old one", async () => {
      const model = 'kkill';
      const { ws } = await firstDeploy(model, CONFIG(prom.url, '30s'));
      const child = spawnDeploy(ws.dir, sim.kubeconfigPath, `reg/${model}:v2`, 'job-9');
      const gone = exited(child);
      await waitFor(
        'the pause step',
        async () => {
          const cm = await canaryConfigMap(model);
          const state = readState(cm?.metadata?.annotations);
          return (state.ok && state.state.step === 1) || undefined;
        },
        20_000,
      ).catch((error: Error) => {
        throw new Error(`${error.message}; deploy printed:\n${child.output.join('')}`);
      });
      child.kill('SIGKILL');
      expect((await gone).signal).toBe('SIGKILL');

      const cap = captureLog();
      const ctx = context(ws.dir, cap.log, {
        kubeconfigPath: sim.kubeconfigPath,
        env: { MODEL_DEPLOY_HOLDER: 'job-9' },
      });
      const shown = await status.run(ctx, { config: 'model-deploy.yml', format: 'json' }, []);
      const report = JSON.parse(shown.stdout ?? '{}');
      expect(report.stable).toMatchObject({ image: 'reg/kkill:v1', ready: 2 });
      expect(report.canary).toMatchObject({ image: 'reg/kkill:v2', ready: 2 });
      expect(report.rollout).toMatchObject({ phase: 'progressing', revision: 2, weight: 25 });
      expect(shown.outputs?.['rollout-in-progress']).toBe('true');

      const r = await abort.run(ctx, { config: 'model-deploy.yml' }, []);
      expect(r.failed, cap.lines.join('\n')).toBeUndefined();
      expect(r.outputs?.verdict).toBe('rolled-back');
      const isvc = await readIsvc(model);
      expect(predictorImage(isvc)).toBe('reg/kkill:v1');
      expect(isvc.spec.predictor.canaryTrafficPercent).toBeUndefined();
      expect(await canaryConfigMap(model)).toBeUndefined();
      const after = await status.run(ctx, { config: 'model-deploy.yml', format: 'json' }, []);
      expect(JSON.parse(after.stdout ?? '{}')).toMatchObject({
        stable: { image: 'reg/kkill:v1' },
        canary: null,
        rollout: null,
      });
      ws.dispose();
    });
  },
);
