import { CoreV1Api, KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sim/clock.js';
import { startSim, type TestSim } from '../support/sim.js';

let sim: TestSim;
let core: CoreV1Api;

beforeAll(async () => {
  sim = await startSim(
    {
      nodePools: [
        { name: 'a100', count: 2, gpus: 8, product: 'NVIDIA-A100-SXM4-80GB' },
        {
          name: 'h100',
          count: 1,
          gpus: 8,
          product: 'NVIDIA-H100-80GB-HBM3',
          taints: [{ key: 'dedicated', value: 'llm', effect: 'NoSchedule' }],
        },
        { name: 'mig', count: 1, gpus: 0, mig: { '1g.10gb': 7 }, labels: { pool: 'mig' } },
      ],
    },
    { clock: new ManualClock() },
  );
  const kc = new KubeConfig();
  kc.loadFromFile(sim.kubeconfigPath);
  core = kc.makeApiClient(CoreV1Api);
});
afterAll(async () => {
  await sim?.close();
});

function pod(name: string, limits: Record<string, string>, spec: Partial<V1Pod['spec']> = {}): V1Pod {
  return {
    metadata: { name },
    spec: { containers: [{ name: 'm', image: 'registry.local/m:v1', resources: { limits } }], ...spec },
  };
}

async function place(p: V1Pod): Promise<V1Pod> {
  await core.createNamespacedPod({ namespace: 'default', body: p });
  sim.cluster.advance(100);
  return core.readNamespacedPod({ name: p.metadata!.name!, namespace: 'default' });
}

async function failedScheduling(name: string): Promise<string[]> {
  const events = await core.listNamespacedEvent({
    namespace: 'default',
    fieldSelector: `involvedObject.name=${name},reason=FailedScheduling`,
  });
  return events.items.map((e) => e.message ?? '');
}

describe('scheduler', () => {
  it('binds GPU pods to untainted GPU nodes and honours nodeSelector on the product label', async () => {
    const p = await place(
      pod(
        'gpu-4',
        { 'nvidia.com/gpu': '4' },
        { nodeSelector: { 'nvidia.com/gpu.product': 'NVIDIA-A100-SXM4-80GB' } },
      ),
    );
    expect(p.spec?.nodeName).toMatch(/^a100-[12]$/);
    expect(p.status?.conditions?.find((c) => c.type === 'PodScheduled')?.status).toBe('True');
  });

  it('places MIG slices only where the MIG resource exists', async () => {
    const p = await place(pod('mig-slice', { 'nvidia.com/mig-1g.10gb': '2' }));
    expect(p.spec?.nodeName).toBe('mig-1');
    const tooMany = await place(pod('mig-too-many', { 'nvidia.com/mig-1g.10gb': '6' }));
    expect(tooMany.spec?.nodeName).toBeUndefined();
    expect(await failedScheduling('mig-too-many')).toEqual([
      '0/4 nodes are available: 1 node(s) had untolerated taint {dedicated: llm}, 3 Insufficient nvidia.com/mig-1g.10gb. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
    ]);
  });

  it('keeps pods off tainted nodes unless they tolerate the taint', async () => {
    const tolerant = await place(
      pod(
        'llm',
        { 'nvidia.com/gpu': '8' },
        {
          nodeSelector: { 'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3' },
          tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'llm', effect: 'NoSchedule' }],
        },
      ),
    );
    expect(tolerant.spec?.nodeName).toBe('h100-1');
    const intolerant = await place(
      pod(
        'no-toleration',
        { 'nvidia.com/gpu': '1' },
        { nodeSelector: { 'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3' } },
      ),
    );
    expect(intolerant.spec?.nodeName).toBeUndefined();
    const cond = intolerant.status?.conditions?.find((c) => c.type === 'PodScheduled');
    expect(cond).toMatchObject({ status: 'False', reason: 'Unschedulable' });
    expect(cond?.message).toBe(
      "0/4 nodes are available: 1 node(s) had untolerated taint {dedicated: llm}, 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.",
    );
  });

  it('leaves a pod Pending with a FailedScheduling event when no node has enough GPUs', async () => {
    const p = await place(pod('too-big', { 'nvidia.com/gpu': '9' }));
    expect(p.status?.phase).toBe('Pending');
    expect(await failedScheduling('too-big')).toEqual([
      '0/4 nodes are available: 1 node(s) had untolerated taint {dedicated: llm}, 3 Insufficient nvidia.com/gpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
    ]);
  });

  it('counts GPUs already in use and skips cordoned nodes', async () => {
    // a100-1/2 have 8 each; gpu-4 took 4 on one of them
    const a = await place(pod('fill-a', { 'nvidia.com/gpu': '8' }));
    expect(a.spec?.nodeName).toMatch(/^a100-[12]$/);
    const b = await place(pod('fill-b', { 'nvidia.com/gpu': '5' }));
    expect(b.spec?.nodeName).toBeUndefined();
    const node = await core.readNode({ name: 'mig-1' });
    await core.replaceNode({ name: 'mig-1', body: { ...node, spec: { ...node.spec, unschedulable: true } } });
    const c = await place(pod('cordoned', { 'nvidia.com/mig-1g.10gb': '1' }));
    expect(c.spec?.nodeName).toBeUndefined();
    expect((await failedScheduling('cordoned'))[0]).toContain('1 node(s) were unschedulable');
  });
});
