import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kube } from '../../src/cluster/kube.js';
import deploy from '../../src/commands/deploy.js';
import type { StoreEvent } from '../../src/sim/store.js';
import type { TestSim } from '../support/sim.js';
import { captureLog, cluster, context, waitFor, workspace } from './harness.js';

const ISVC = { group: 'serving.kserve.io', version: 'v1beta1', plural: 'inferenceservices' } as const;
const NAMESPACE = 'default';

const CONFIG = (isvc: string, pause: string) => `replicas: 2
resources: {gpus: 1}
probes: {startup-deadline: 5s, period: 1s}
analysis: {interval: 1s}
lease: 2s
traffic: {router: kserve, inference-service: ${isvc}}
steps:
  - setWeight: 25
  - pause: ${pause}
  - setWeight: 100`;

/** What the API server saw, in order: the InferenceService's canaryTrafficPercent and the canary's deletion. */
function record(sim: TestSim, isvc: string, canary: string, initial: number | undefined) {
  const seen: string[] = [`weight=${initial ?? 'none'}`];
  const off = sim.cluster.api.store.subscribe((e: StoreEvent) => {
    const name = e.object.metadata.name;
    if (e.resource.kind === 'InferenceService' && name === isvc) {
      const w = `weight=${e.object.spec?.predictor?.canaryTrafficPercent ?? 'none'}`;
      if (seen.filter((s) => s.startsWith('weight=')).at(-1) !== w) seen.push(w);
    }
    if (e.resource.kind === 'Deployment' && name === canary && e.type === 'DELETED')
      seen.push('canary deleted');
  });
  return { seen, stop: off };
}

describe('kserve router against the simulator', () => {
  let sim: TestSim;
  let kube: Kube;
  beforeAll(async () => {
    ({ sim, kube } = await cluster({
      nodePools: [{ name: 'gpu', count: 2, gpus: 8 }],
      faultProfiles: [{ name: 'crash', match: { image: 'reg/*:crash' }, crashAfter: '1s' }],
    }));
  });
  afterAll(async () => {
    await sim?.close();
  });

  async function createIsvc(name: string) {
    await kube.custom.createNamespacedCustomObject({
      ...ISVC,
      namespace: NAMESPACE,
      body: {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata: { name, annotations: { 'sim.model-deploy.io/rps': '400' } },
        spec: { predictor: { model: { modelFormat: { name: 'huggingface' }, storageUri: 'oci://reg/x' } } },
      },
    });
  }

  const readIsvc = async (name: string) =>
    (await kube.custom.getNamespacedCustomObject({ ...ISVC, namespace: NAMESPACE, name })) as {
      spec: { predictor: { canaryTrafficPercent?: number } };
      status?: {
        components?: {
          predictor?: { traffic?: { revisionName: string; percent: number; latestRevision: boolean }[] };
        };
      };
    };

  it('moves canaryTrafficPercent 0 → 25 → 100 → 0 and the simulated requests follow it', async () => {
    const model = 'kserved';
    await createIsvc('kserved-isvc');
    const ws = workspace(CONFIG('kserved-isvc', '3s'), model);
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
    const first = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []);
    expect(first.failed, cap.lines.join('\n')).toBeUndefined();
    const before = await waitFor('the predictor status', async () => {
      const traffic = (await readIsvc('kserved-isvc')).status?.components?.predictor?.traffic;
      return traffic?.length === 2 || traffic?.[0]?.percent === 100 ? traffic : undefined;
    });
    expect(before).toEqual([
      { revisionName: expect.stringMatching(/^kserved-isvc-predictor-/), percent: 100, latestRevision: true },
    ]);

    const rec = record(
      sim,
      'kserved-isvc',
      `${model}-canary`,
      (await readIsvc('kserved-isvc')).spec.predictor.canaryTrafficPercent,
    );
    const run = deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v2` }, []);
    const split = await waitFor(
      'a 75/25 split in the status',
      async () => {
        const traffic = (await readIsvc('kserved-isvc')).status?.components?.predictor?.traffic;
        return traffic?.some((t) => t.latestRevision && t.percent === 25) ? traffic : undefined;
      },
      30_000,
    );
    expect(split.map((t) => `${t.percent}:${t.latestRevision}`)).toEqual(['75:false', '25:true']);
    // Let the traffic generator send a full window of requests at this split.
    await new Promise((r) => setTimeout(r, 1500));
    const now = sim.cluster.clock.now();
    const canary = sim.cluster.traffic.stats.window(NAMESPACE, 'canary', 1000, now).requests;
    const stable = sim.cluster.traffic.stats.window(NAMESPACE, 'stable', 1000, now).requests;
    expect(canary + stable).toBeGreaterThan(200);
    expect(canary / (canary + stable)).toBeGreaterThan(0.15);
    expect(canary / (canary + stable)).toBeLessThan(0.35);

    const r = await run;
    rec.stop();
    expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('promoted');
    expect(rec.seen).toEqual(['weight=0', 'weight=25', 'weight=100', 'weight=0', 'canary deleted']);
    const stableD = await kube.apps.readNamespacedDeployment({ name: model, namespace: NAMESPACE });
    expect(stableD.spec?.template.spec?.containers[0]?.image).toBe(`reg/${model}:v2`);
    ws.dispose();
  });

  it('a failed canary sets canaryTrafficPercent back to 0 before the canary is removed', async () => {
    const model = 'kfail';
    await createIsvc('kfail');
    const ws = workspace(CONFIG('kfail', '20s'), model);
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
    const first = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []);
    expect(first.failed, cap.lines.join('\n')).toBeUndefined();
    const rec = record(
      sim,
      'kfail',
      `${model}-canary`,
      (await readIsvc('kfail')).spec.predictor.canaryTrafficPercent,
    );
    const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:crash` }, []);
    rec.stop();
    expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('rolled-back');
    expect(r.failed).toMatch(/canary pods unhealthy/);
    expect(rec.seen).toEqual(['weight=0', 'weight=25', 'weight=0', 'canary deleted']);
    expect((await readIsvc('kfail')).spec.predictor.canaryTrafficPercent).toBe(0);
    ws.dispose();
  });

  it('a missing InferenceService is an input error before anything is created', async () => {
    const model = 'knone';
    const ws = workspace(CONFIG('does-not-exist', '1s'), model);
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
    await expect(
      deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []),
    ).rejects.toThrow(/InferenceService default\/does-not-exist not found/);
    const d = await kube.apps
      .readNamespacedDeployment({ name: model, namespace: NAMESPACE })
      .catch(() => undefined);
    expect(d).toBeUndefined();
    ws.dispose();
  });
});
