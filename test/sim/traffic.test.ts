import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sim/clock.js';
import { resourceByKind } from '../../src/sim/resources.js';
import { startSim, type TestSim } from '../support/sim.js';

const DEPLOY = resourceByKind('Deployment')!;
const SVC = resourceByKind('Service')!;
const ROUTE = resourceByKind('HTTPRoute')!;
const ISVC = resourceByKind('InferenceService')!;
const POD = resourceByKind('Pod')!;

let sim: TestSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function deployment(name: string, track: string, image: string, replicas: number) {
  return {
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'm', track } },
      template: {
        metadata: { labels: { app: 'm', track } },
        spec: { containers: [{ name: 'model', image, resources: { limits: { 'nvidia.com/gpu': '2' } } }] },
      },
    },
  };
}

function service(name: string, selector: Record<string, string>) {
  return { metadata: { name }, spec: { selector, ports: [{ port: 80 }] } };
}

async function requestsBy(s: TestSim, label: 'track' | 'pod' | 'code'): Promise<Record<string, number>> {
  const metric = await s.cluster.traffic.registry.getSingleMetric('model_requests_total')!.get();
  const out: Record<string, number> = {};
  for (const v of metric.values) {
    const key = String(v.labels[label]);
    out[key] = (out[key] ?? 0) + v.value;
  }
  return out;
}

describe('traffic generator', () => {
  it('splits an HTTPRoute by backendRef weight and labels series by deployment and track', async () => {
    sim = await startSim({ traffic: { rps: 1000 } }, { clock: new ManualClock() });
    const api = sim.cluster.api;
    api.create(DEPLOY, 'default', deployment('m', 'stable', 'registry.local/m:v1', 3));
    api.create(DEPLOY, 'default', deployment('m-canary', 'canary', 'registry.local/m:v2', 1));
    api.create(SVC, 'default', service('m-stable', { app: 'm', track: 'stable' }));
    api.create(SVC, 'default', service('m-canary', { app: 'm', track: 'canary' }));
    api.create(ROUTE, 'default', {
      metadata: { name: 'm' },
      spec: {
        parentRefs: [{ name: 'gateway' }],
        rules: [
          {
            backendRefs: [
              { name: 'm-stable', port: 80, weight: 80 },
              { name: 'm-canary', port: 80, weight: 20 },
            ],
          },
        ],
      },
    });
    sim.cluster.advance(1000);
    const before = await requestsBy(sim, 'track');
    sim.cluster.advance(10_000);
    const after = await requestsBy(sim, 'track');
    const stable = (after.stable ?? 0) - (before.stable ?? 0);
    const canary = (after.canary ?? 0) - (before.canary ?? 0);
    expect(stable + canary).toBeGreaterThan(9_900);
    expect(stable + canary).toBeLessThanOrEqual(10_003); // fractions carried over from the first second
    expect(canary / (stable + canary)).toBeCloseTo(0.2, 2);

    const metric = await sim.cluster.traffic.registry.getSingleMetric('model_requests_total')!.get();
    const labels = metric.values.map((v) => v.labels);
    expect(
      labels
        .filter((l) => l.track === 'canary')
        .every((l) => l.deployment === 'm-canary' && l.namespace === 'default'),
    ).toBe(true);
    expect(new Set(labels.filter((l) => l.track === 'stable').map((l) => l.pod)).size).toBe(3);
    const gpus = await sim.cluster.traffic.registry.getSingleMetric('DCGM_FI_DEV_FB_USED')!.get();
    expect(gpus.values.filter((v) => v.labels.deployment === 'm-canary').map((v) => v.labels.gpu)).toEqual([
      '0',
      '1',
    ]);
  });

  it('splits an InferenceService by canaryTrafficPercent between revisions, evenly over their ready pods', async () => {
    sim = await startSim({ traffic: { rps: 1000 } }, { clock: new ManualClock() });
    const api = sim.cluster.api;
    const predictor = (image: string) => ({
      minReplicas: 2,
      containers: [{ name: 'kserve-container', image }],
    });
    api.create(ISVC, 'default', {
      metadata: { name: 'm' },
      spec: { predictor: predictor('registry.local/m:v1') },
    });
    sim.cluster.advance(2000);
    const patch = (p: object) =>
      api.patch(ISVC, 'default', 'm', 'merge', JSON.stringify({ spec: { predictor: p } }));
    patch({ ...predictor('registry.local/m:v2'), canaryTrafficPercent: 10 });
    sim.cluster.advance(2000);
    const split = async (ms: number) => {
      const before = await requestsBy(sim!, 'pod');
      sim!.cluster.advance(ms);
      const after = await requestsBy(sim!, 'pod');
      const byRevision: Record<string, number[]> = {};
      for (const pod of api.store.peekAll(POD, 'default')) {
        const revision = pod.metadata.labels?.['serving.knative.dev/revision'] ?? '';
        const n = (after[pod.metadata.name!] ?? 0) - (before[pod.metadata.name!] ?? 0);
        byRevision[revision] = [...(byRevision[revision] ?? []), n];
      }
      return byRevision;
    };
    const sum = (xs: number[] = []) => xs.reduce((a, b) => a + b, 0);
    const ten = await split(10_000);
    const latest = sum(ten['m-predictor-00002']);
    const total = latest + sum(ten['m-predictor-00001']);
    expect(total).toBeGreaterThan(9_900);
    expect(latest / total).toBeCloseTo(0.1, 2);
    for (const pods of Object.values(ten)) {
      expect(pods).toHaveLength(2);
      expect(Math.abs(pods[0]! - pods[1]!)).toBeLessThanOrEqual(1);
    }
    expect(() => patch({ canaryTrafficPercent: 150 })).toThrow(/spec.predictor.canaryTrafficPercent/);
    patch({ canaryTrafficPercent: 0 });
    sim.cluster.advance(200);
    expect(sum((await split(5_000))['m-predictor-00002'])).toBe(0);

    patch({ canaryTrafficPercent: null });
    sim.cluster.advance(1000);
    expect(Object.keys(await split(5_000))).toEqual(['m-predictor-00002']);
  });

  it('answers the fault profile error rate and sends nothing to pods that are not Ready', async () => {
    sim = await startSim(
      {
        seed: 3,
        traffic: { rps: 500 },
        faultProfiles: [
          { name: 'flaky', match: { image: 'registry.local/m:v2' }, errorRate: '30%' },
          { name: 'cold', match: { image: 'registry.local/m:cold' }, readinessFailure: true },
        ],
      },
      { clock: new ManualClock() },
    );
    const api = sim.cluster.api;
    api.create(DEPLOY, 'default', deployment('flaky', 'canary', 'registry.local/m:v2', 1));
    api.create(DEPLOY, 'default', deployment('cold', 'cold', 'registry.local/m:cold', 1));
    api.create(SVC, 'default', service('all', { app: 'm' }));
    sim.cluster.advance(20_000);
    const byCode = await requestsBy(sim, 'code');
    const total = (byCode['200'] ?? 0) + (byCode['500'] ?? 0);
    expect(total).toBeGreaterThan(9_000);
    expect((byCode['500'] ?? 0) / total).toBeGreaterThan(0.27);
    expect((byCode['500'] ?? 0) / total).toBeLessThan(0.33);
    expect(Object.keys(await requestsBy(sim, 'track'))).toEqual(['canary']);
  });

  it('drops the series of a deleted pod', async () => {
    sim = await startSim({ traffic: { rps: 100 } }, { clock: new ManualClock() });
    const api = sim.cluster.api;
    api.create(DEPLOY, 'default', deployment('gone', 'stable', 'registry.local/m:v1', 1));
    api.create(SVC, 'default', service('gone', { app: 'm' }));
    sim.cluster.advance(2000);
    expect(Object.keys(await requestsBy(sim, 'pod'))).toHaveLength(1);
    api.delete(DEPLOY, 'default', 'gone');
    sim.cluster.advance(200);
    expect(await requestsBy(sim, 'pod')).toEqual({});
  });
});
