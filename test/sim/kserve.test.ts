import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sim/clock.js';
import type { SimConfigInput } from '../../src/sim/config.js';
import { REVISION_LABEL } from '../../src/sim/kserve-controller.js';
import { podReady } from '../../src/sim/replicaset-controller.js';
import { resourceByKind } from '../../src/sim/resources.js';
import type { KubeObject } from '../../src/sim/types.js';
import { startSim, type TestSim } from '../support/sim.js';

const ISVC = resourceByKind('InferenceService')!;
const DEPLOY = resourceByKind('Deployment')!;
const POD = resourceByKind('Pod')!;

let sim: TestSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function start(config: SimConfigInput = {}): Promise<TestSim> {
  sim = await startSim({ traffic: { rps: 1000 }, ...config }, { clock: new ManualClock() });
  return sim;
}

const container = (image: string) => ({
  name: 'kserve-container',
  image,
  ports: [{ containerPort: 8080, protocol: 'TCP' }],
  readinessProbe: { httpGet: { path: '/v2/health/ready', port: 8080 } },
});

function create(s: TestSim, predictor: object, labels?: Record<string, string>): void {
  s.cluster.api.create(ISVC, 'default', {
    metadata: { name: 'm', ...(labels ? { labels } : {}) },
    spec: { predictor },
  });
}

/** JSON merge patch of the InferenceService `m`; `null` removes a field. */
function patch(s: TestSim, body: object): void {
  s.cluster.api.patch(ISVC, 'default', 'm', 'merge', JSON.stringify(body));
}

const isvc = (s: TestSim) => s.cluster.api.store.peek(ISVC, 'default', 'm')!;
const status = (s: TestSim) => isvc(s).status.components.predictor;
const revision = (n: number) => `m-predictor-${String(n).padStart(5, '0')}`;
const deployment = (s: TestSim, n: number) =>
  s.cluster.api.store.peek(DEPLOY, 'default', `${revision(n)}-deployment`);
const revisions = (s: TestSim) => s.cluster.api.store.peekAll(DEPLOY, 'default').map((d) => d.metadata.name);
const podsOf = (s: TestSim, n: number): readonly KubeObject[] =>
  s.cluster.api.store
    .peekAll(POD, 'default')
    .filter((p) => p.metadata.labels?.[REVISION_LABEL] === revision(n));
const condition = (s: TestSim, type: string) =>
  isvc(s).status.conditions.find((c: { type: string }) => c.type === type);

/** The only target when no canaryTrafficPercent splits the traffic. */
const latest = (n: number) => ({ latestRevision: true, percent: 100, revisionName: revision(n) });
const canaryTargets = (latestN: number, prevN: number, percent: number) => [
  { latestRevision: true, percent, revisionName: revision(latestN), tag: 'latest' },
  { latestRevision: false, percent: 100 - percent, revisionName: revision(prevN), tag: 'prev' },
];

/** Requests served per Deployment while the clock moves `ms`. */
async function requestsDuring(s: TestSim, ms: number): Promise<Record<string, number>> {
  const count = async () => {
    const metric = await s.cluster.traffic.registry.getSingleMetric('model_requests_total')!.get();
    const out: Record<string, number> = {};
    for (const v of metric.values) {
      const key = String(v.labels.deployment);
      out[key] = (out[key] ?? 0) + v.value;
    }
    return out;
  };
  const before = await count();
  s.cluster.advance(ms);
  const after = await count();
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(after)) if (v - (before[k] ?? 0) > 0) out[k] = v - (before[k] ?? 0);
  return out;
}

describe('simulated KServe serverless InferenceService', () => {
  it('runs revision 00001 as a Deployment owned by the InferenceService and routes it 100%', async () => {
    const s = await start();
    create(
      s,
      { containers: [container('reg/m:v1')], nodeSelector: { 'kubernetes.io/os': 'linux' } },
      {
        team: 'ml',
      },
    );
    s.cluster.tick();
    const d = deployment(s, 1)!;
    const labels = {
      team: 'ml',
      'serving.kserve.io/inferenceservice': 'm',
      'serving.knative.dev/revision': 'm-predictor-00001',
      'serving.knative.dev/configurationGeneration': '1',
      component: 'predictor',
    };
    expect(d.metadata.labels).toEqual(labels);
    expect(d.spec.template.metadata.labels).toEqual(labels);
    expect(d.spec.selector).toEqual({ matchLabels: { 'serving.knative.dev/revision': 'm-predictor-00001' } });
    expect(d.spec.replicas).toBe(1);
    expect(d.spec.template.spec.nodeSelector).toEqual({ 'kubernetes.io/os': 'linux' });
    expect(d.spec.template.spec.containers[0]).toMatchObject(container('reg/m:v1'));
    expect(d.metadata.ownerReferences).toEqual([
      expect.objectContaining({
        kind: 'InferenceService',
        name: 'm',
        uid: isvc(s).metadata.uid,
        controller: true,
      }),
    ]);
    expect(status(s).traffic).toEqual([]);
    expect(condition(s, 'Ready')).toMatchObject({ status: 'False', reason: 'RevisionMissing' });

    s.cluster.advance(2000);
    expect(podsOf(s, 1).filter(podReady)).toHaveLength(1);
    expect(status(s)).toEqual({
      latestCreatedRevision: revision(1),
      latestReadyRevision: revision(1),
      latestRolledoutRevision: revision(1),
      traffic: [latest(1)],
    });
    expect(isvc(s).status).toMatchObject({ observedGeneration: 1, url: 'http://m.default.example.com' });
    for (const type of ['LatestDeploymentReady', 'PredictorReady', 'Ready', 'RoutesReady'])
      expect(condition(s, type)).toEqual({ type, status: 'True' });
    expect(Object.keys(await requestsDuring(s, 1000))).toEqual([`${revision(1)}-deployment`]);

    s.cluster.api.delete(ISVC, 'default', 'm');
    s.cluster.advance(200);
    expect(revisions(s)).toEqual([]);
    expect(podsOf(s, 1)).toEqual([]);
  });

  it('splits by canaryTrafficPercent only once the new revision is ready, then promotes it', async () => {
    const s = await start({ faultProfiles: [{ name: 'slow', match: { image: 'reg/m:v2' }, startup: '5s' }] });
    create(s, { minReplicas: 2, containers: [container('reg/m:v1')] });
    s.cluster.advance(2000);

    patch(s, { spec: { predictor: { canaryTrafficPercent: 10, containers: [container('reg/m:v2')] } } });
    s.cluster.advance(1000);
    expect(revisions(s)).toEqual([`${revision(1)}-deployment`, `${revision(2)}-deployment`]);
    expect(deployment(s, 2)!.spec.replicas).toBe(2);
    expect(podsOf(s, 2)).toHaveLength(2);
    expect(status(s)).toMatchObject({
      latestCreatedRevision: revision(2),
      latestReadyRevision: revision(1),
      traffic: [latest(1)],
    });
    expect(condition(s, 'LatestDeploymentReady')).toEqual({
      type: 'LatestDeploymentReady',
      status: 'False',
      reason: 'RevisionMissing',
      message: 'revision m-predictor-00002 is not ready: 0/2 pods ready',
    });
    expect(condition(s, 'Ready').status).toBe('True');
    expect(Object.keys(await requestsDuring(s, 2000))).toEqual([`${revision(1)}-deployment`]);

    s.cluster.advance(4000);
    expect(status(s)).toEqual({
      latestCreatedRevision: revision(2),
      latestReadyRevision: revision(2),
      latestRolledoutRevision: revision(1),
      traffic: canaryTargets(2, 1, 10),
    });
    const split = await requestsDuring(s, 10_000);
    const canary = split[`${revision(2)}-deployment`] ?? 0;
    const stable = split[`${revision(1)}-deployment`] ?? 0;
    expect(canary + stable).toBeGreaterThan(9_900);
    expect(canary / (canary + stable)).toBeCloseTo(0.1, 2);

    patch(s, { spec: { predictor: { canaryTrafficPercent: 0 } } });
    s.cluster.advance(200);
    expect(status(s).traffic).toEqual(canaryTargets(2, 1, 0));
    expect(Object.keys(await requestsDuring(s, 2000))).toEqual([`${revision(1)}-deployment`]);

    patch(s, { spec: { predictor: { canaryTrafficPercent: null } } });
    s.cluster.advance(200);
    expect(revisions(s)).toHaveLength(2);
    expect(status(s)).toEqual({
      latestCreatedRevision: revision(2),
      latestReadyRevision: revision(2),
      latestRolledoutRevision: revision(2),
      previousRolledoutRevision: revision(1),
      traffic: [latest(2)],
    });
    expect(deployment(s, 1)!.spec.replicas).toBe(0);
    expect(deployment(s, 2)!.spec.replicas).toBe(2);
    s.cluster.advance(1000);
    expect(podsOf(s, 1)).toEqual([]);
    expect(Object.keys(await requestsDuring(s, 1000))).toEqual([`${revision(2)}-deployment`]);
  });

  it('never routes to a crash-looping revision: latestRevision resolves to the latest ready one', async () => {
    const s = await start({
      faultProfiles: [{ name: 'crash', match: { image: 'reg/m:crash' }, startup: '1s', crashAfter: '100ms' }],
    });
    create(s, { containers: [container('reg/m:v1')] });
    s.cluster.advance(2000);
    patch(s, { spec: { predictor: { canaryTrafficPercent: 25, containers: [container('reg/m:crash')] } } });
    const requests = await requestsDuring(s, 20_000);
    expect(podsOf(s, 2)[0]!.status.containerStatuses[0].restartCount).toBeGreaterThan(1);
    expect(requests).toEqual({ [`${revision(1)}-deployment`]: expect.any(Number) });
    expect(status(s)).toMatchObject({ latestReadyRevision: revision(1), traffic: [latest(1)] });

    patch(s, { spec: { predictor: { canaryTrafficPercent: null } } });
    s.cluster.advance(5000);
    expect(status(s)).toMatchObject({
      latestCreatedRevision: revision(2),
      latestReadyRevision: revision(1),
      latestRolledoutRevision: revision(1),
      traffic: [latest(1)],
    });
    expect(condition(s, 'LatestDeploymentReady').status).toBe('False');
    expect(condition(s, 'Ready').status).toBe('True');
  });

  it('keeps latestReadyRevision on a revision that was ready once and then crashed', async () => {
    const s = await start({
      faultProfiles: [{ name: 'late-crash', match: { image: 'reg/m:v2' }, crashAfter: '1s' }],
    });
    create(s, { containers: [container('reg/m:v1')] });
    s.cluster.advance(2000);
    patch(s, { spec: { predictor: { canaryTrafficPercent: 10, containers: [container('reg/m:v2')] } } });
    s.cluster.advance(600);
    expect(status(s).traffic).toEqual(canaryTargets(2, 1, 10));
    for (let i = 0; i < 40 && podsOf(s, 2).some(podReady); i++) s.cluster.advance(50);
    expect(podsOf(s, 2).some(podReady)).toBe(false);
    expect(status(s)).toMatchObject({ latestReadyRevision: revision(2), traffic: canaryTargets(2, 1, 10) });
    expect(condition(s, 'LatestDeploymentReady').status).toBe('True');
  });

  it('runs a modelcar predictor from its oci:// storageUri and other models on the format server', async () => {
    const s = await start();
    create(s, { model: { modelFormat: { name: 'huggingface' }, storageUri: 'oci://reg/m:v3' } });
    s.cluster.advance(2000);
    const [pod] = podsOf(s, 1);
    expect(pod!.spec.containers).toEqual([
      expect.objectContaining({
        name: 'kserve-container',
        image: 'reg/m:v3',
        ports: [{ containerPort: 8080, protocol: 'TCP' }],
      }),
    ]);
    expect(status(s).traffic).toEqual([latest(1)]);

    patch(s, {
      spec: { predictor: { model: { modelFormat: { name: 'sklearn' }, storageUri: 's3://b/m' } } },
    });
    s.cluster.advance(200);
    expect(deployment(s, 2)!.spec.template.spec.containers[0].image).toBe('kserve/sklearn-server:sim');
  });

  it('makes a revision for an InferenceService label change, not for canaryTrafficPercent alone', async () => {
    const s = await start();
    create(s, { containers: [container('reg/m:v1')] });
    s.cluster.advance(2000);
    patch(s, { spec: { predictor: { canaryTrafficPercent: 50 } } });
    patch(s, { metadata: { annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}' } } });
    s.cluster.advance(1000);
    expect(revisions(s)).toEqual([`${revision(1)}-deployment`]);
    expect(status(s).traffic).toEqual([latest(1)]);

    patch(s, { metadata: { labels: { release: 'b' } } });
    s.cluster.advance(200);
    expect(revisions(s)).toHaveLength(2);
    expect(deployment(s, 2)!.spec.template.metadata.labels).toMatchObject({
      release: 'b',
      'serving.knative.dev/configurationGeneration': '2',
    });
  });

  it('restores the rolled-out model as a new revision and keeps traffic on it until that is ready', async () => {
    const s = await start({
      faultProfiles: [
        { name: 'slow-v1', match: { image: 'reg/m:v1' }, startup: '3s' },
        { name: 'bad', match: { image: 'reg/m:v2' }, errorRate: '50%' },
      ],
    });
    create(s, { containers: [container('reg/m:v1')] });
    s.cluster.advance(4000);
    patch(s, { spec: { predictor: { canaryTrafficPercent: 0, containers: [container('reg/m:v2')] } } });
    s.cluster.advance(1000);
    expect(status(s).traffic).toEqual(canaryTargets(2, 1, 0));

    patch(s, { spec: { predictor: { containers: [container('reg/m:v1')] } } });
    s.cluster.advance(1000);
    expect(status(s)).toMatchObject({ latestCreatedRevision: revision(3), latestReadyRevision: revision(2) });
    expect(status(s).traffic).toEqual(canaryTargets(2, 1, 0));
    expect(Object.keys(await requestsDuring(s, 1000))).toEqual([`${revision(1)}-deployment`]);

    s.cluster.advance(3000);
    expect(status(s)).toMatchObject({ latestReadyRevision: revision(3), traffic: canaryTargets(3, 1, 0) });
    expect(deployment(s, 2)!.spec.replicas).toBe(0);

    patch(s, { spec: { predictor: { canaryTrafficPercent: null } } });
    s.cluster.advance(1000);
    expect(status(s)).toEqual({
      latestCreatedRevision: revision(3),
      latestReadyRevision: revision(3),
      latestRolledoutRevision: revision(3),
      previousRolledoutRevision: revision(1),
      traffic: [latest(3)],
    });
    expect([1, 2, 3].map((n) => deployment(s, n)!.spec.replicas)).toEqual([0, 0, 1]);
    expect(Object.keys(await requestsDuring(s, 1000))).toEqual([`${revision(3)}-deployment`]);
  });
});
