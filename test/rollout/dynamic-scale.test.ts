import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kube } from '../../src/cluster/kube.js';
import deploy from '../../src/commands/deploy.js';
import type { TestSim } from '../support/sim.js';
import { captureLog, cluster, context, workspace } from './harness.js';

const ROUTE = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' } as const;

const CONFIG = `replicas: 4
resources: {gpus: 2}
probes: {startup-deadline: 5s, period: 1s}
analysis: {interval: 1s}
lease: 3s
traffic: {router: gateway-api}
dynamic-stable-scale: true
steps:
  - setWeight: 25
  - pause: 1s
  - setWeight: 50
  - pause: 1s
  - setWeight: 100
  - pause: 1s`;

/** Requests the route sent to a backend without a ready pod (503), over the backends matching `labels`. */
async function unservedRequests(sim: TestSim, labels: Record<string, string>): Promise<number> {
  const routed = await sim.cluster.traffic.registry.getSingleMetric('model_route_requests_total')!.get();
  return routed.values
    .filter((v) => v.labels.code === '503' && Object.entries(labels).every(([k, x]) => v.labels[k] === x))
    .reduce((n, v) => n + v.value, 0);
}

/** Every change of the route's weights, and the GPUs the model's scheduled pods hold, every 50 ms. */
function watch(kube: Kube, model: string) {
  const weights: string[] = [];
  const gpusInUse: number[] = [];
  /** Ready pods of each track, as `canary/stable`, on every change. */
  const pods: string[] = [];
  let on = true;
  const loop = (async () => {
    for (let last = false; !last; ) {
      last = !on;
      const route = (await kube.custom
        .getNamespacedCustomObject({ ...ROUTE, namespace: 'default', name: model })
        .catch(() => undefined)) as
        | { spec: { rules: { backendRefs: { name: string; weight: number }[] }[] } }
        | undefined;
      const w = route?.spec.rules[0]?.backendRefs
        .map((b) => `${b.name.replace(`${model}-`, '')}=${b.weight}`)
        .join(',');
      if (w && weights.at(-1) !== w) weights.push(w);
      const list = await kube.core.listNamespacedPod({
        namespace: 'default',
        labelSelector: `app.kubernetes.io/instance=${model}`,
      });
      gpusInUse.push(
        2 * list.items.filter((p) => p.spec?.nodeName && p.status?.phase !== 'Succeeded').length,
      );
      const ready = (track: string) =>
        list.items.filter(
          (p) =>
            p.metadata?.labels?.track === track &&
            p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
        ).length;
      const now = `${ready('canary')}/${ready('stable')}`;
      if (pods.at(-1) !== now) pods.push(now);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    weights,
    gpusInUse,
    pods,
    async stop() {
      on = false;
      await loop;
    },
  };
}

describe('dynamic-stable-scale in a cluster with no spare GPUs', () => {
  let sim: TestSim;
  let kube: Kube;
  beforeEach(async () => {
    // 8 GPUs: the 4 stable pods of 2 GPUs fill the cluster.
    ({ sim, kube } = await cluster({
      nodePools: [{ name: 'gpu', count: 1, gpus: 8 }],
      traffic: { rps: 200 },
      faultProfiles: [{ name: 'late-crash', match: { image: 'reg/*:late-crash' }, crashAfter: '2500ms' }],
    }));
  });
  afterEach(async () => {
    await sim?.close();
  });

  it('scales stable down in step with the canary weight, then swaps the pods back without routing to an empty backend', async () => {
    const model = 'tight';
    const ws = workspace(CONFIG, model);
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
    const first = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []);
    expect(first.failed, cap.lines.join('\n')).toBeUndefined();

    const unserved = () => unservedRequests(sim, { route: model });
    // The route exists before the first deploy's pods are ready: count only what the rollout does.
    const before = await unserved();
    const w = watch(kube, model);
    const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v2` }, []);
    await w.stop();
    expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('promoted');
    expect(cap.lines.some((l) => l.includes('dynamic-stable-scale: stable 4 → 3'))).toBe(true);
    expect(Math.max(...w.gpusInUse)).toBeLessThanOrEqual(8);
    // Each step's weight is reached, with the pod-by-pod handovers between them; then stable takes it back.
    const steps = ['stable=100', 'stable=75,canary=25', 'stable=50,canary=50', 'stable=0,canary=100'];
    expect(steps.map((x) => w.weights.indexOf(x))).toEqual(
      [...steps.map((x) => w.weights.indexOf(x))].sort((a, b) => a - b),
    );
    expect(
      steps.every((x) => w.weights.includes(x)),
      w.weights.join(' | '),
    ).toBe(true);
    expect(w.weights.at(-1)).toBe('stable=100');
    expect((await unserved()) - before, 'requests routed to a backend with no ready pod').toBe(0);

    const stable = await kube.apps.readNamespacedDeployment({ name: model, namespace: 'default' });
    expect(stable.spec?.replicas).toBe(4);
    expect(stable.status?.readyReplicas).toBe(4);
    expect(stable.spec?.template.spec?.containers[0]?.image).toBe(`reg/${model}:v2`);
    const canary = await kube.apps
      .readNamespacedDeployment({ name: `${model}-canary`, namespace: 'default' })
      .catch(() => undefined);
    expect(canary).toBeUndefined();
    ws.dispose();
  });

  it('with the replicas router the pods are the weight: stable shrinks as the canary grows, up to 100%', async () => {
    const model = 'tightr';
    const ws = workspace(
      CONFIG.replace('traffic: {router: gateway-api}', 'traffic: {router: replicas}'),
      model,
    );
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
    const first = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []);
    expect(first.failed, cap.lines.join('\n')).toBeUndefined();
    const w = watch(kube, model);
    const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v2` }, []);
    await w.stop();
    expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('promoted');
    expect(Math.max(...w.gpusInUse)).toBeLessThanOrEqual(8);
    // The reported weight is the ready pod share, and each step reaches its weight exactly.
    for (const step of [
      'weight 25% | canary 1/1 ready | stable 3 ready',
      'weight 50% | canary 2/2 ready | stable 2 ready',
      'weight 100% | canary 4/4 ready | stable 0 ready',
    ])
      expect(
        cap.lines.some((l) => l.includes(step)),
        `${step}\n${w.pods.join(' ')}`,
      ).toBe(true);
    // With no free GPU a handover costs at most one pod of capacity.
    const total = w.pods.slice(1).map((p) =>
      p
        .split('/')
        .map(Number)
        .reduce((a, b) => a + b, 0),
    );
    expect(Math.min(...total), w.pods.join(' ')).toBeGreaterThanOrEqual(3);
    const stable = await kube.apps.readNamespacedDeployment({ name: model, namespace: 'default' });
    expect(stable.status?.readyReplicas).toBe(4);
    expect(stable.spec?.template.spec?.containers[0]?.image).toBe(`reg/${model}:v2`);
    ws.dispose();
  });

  it('a canary failing at full weight is rolled back pod by pod: stable is never routed beyond its ready pods', async () => {
    const model = 'tightfail';
    // Full weight is held long enough for the canary pods to crash there.
    const ws = workspace(CONFIG.replace(/pause: 1s$/, 'pause: 10s'), model);
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
    const first = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []);
    expect(first.failed, cap.lines.join('\n')).toBeUndefined();
    const stableUnserved = () => unservedRequests(sim, { backend: `${model}-stable` });
    const before = await stableUnserved();
    const w = watch(kube, model);
    const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:late-crash` }, []);
    await w.stop();
    expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('rolled-back');
    expect(r.failed).toMatch(/canary pods unhealthy/);
    expect((await stableUnserved()) - before, `${w.weights.join(' | ')}\n${w.pods.join(' ')}`).toBe(0);
    expect(Math.max(...w.gpusInUse)).toBeLessThanOrEqual(8);
    const stable = await kube.apps.readNamespacedDeployment({ name: model, namespace: 'default' });
    expect(stable.spec?.replicas).toBe(4);
    expect(stable.status?.readyReplicas).toBe(4);
    expect(stable.spec?.template.spec?.containers[0]?.image).toBe(`reg/${model}:v1`);
    expect(w.weights.at(-1)).toBe('stable=100');
    ws.dispose();
  });
});
