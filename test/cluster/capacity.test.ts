import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type CapacitySnapshot, snapshotFromFiles, snapshotFromLists } from '../../src/cluster/capacity.js';
import { InputError } from '../../src/errors.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/cluster');
const GI = 2 ** 30;
const MI = 2 ** 20;
const KI = 1024;

const snapshot: CapacitySnapshot = snapshotFromFiles('nodes.json', 'pods.json', FIXTURES);
const node = (name: string) => {
  const n = snapshot.nodes.find((x) => x.name === name);
  if (!n) throw new Error(`no node ${name} in the fixture`);
  return n;
};

const H1 = 'gke-inference-a3-pool-6f2c1a90-x7k2';
const H2 = 'gke-inference-a3-pool-6f2c1a90-q9vd';
const H3 = 'gke-inference-a3-pool-6f2c1a90-m3tp';
const AKS0 = 'aks-gpunp-27431915-vmss000000';
const AKS1 = 'aks-gpunp-27431915-vmss000001';
const DGX = 'dgx-a100-07';
const T4 = 'dev-t4-shared-01';
const FLUENT = { cpu: 0.1, memory: 200 * MI };

describe('capacity snapshot from kubectl NodeList/PodList JSON', () => {
  test.each([
    // node, ready, cordoned, allocatable GPUs, requested GPUs, requested cpu, requested memory
    [H1, true, false, 8, undefined, FLUENT.cpu, FLUENT.memory], // its Succeeded and Failed 8-GPU jobs do not count
    // init container (32 cpu, 64Gi) runs before the sidecar: max(32, 24+1) cpu; memory sum 200Gi+512Mi wins
    [H2, true, false, 8, 4, 32 + FLUENT.cpu, 200 * GI + 512 * MI + FLUENT.memory],
    [H3, true, true, 8, 2, 8 + FLUENT.cpu, 64 * GI + FLUENT.memory],
    [AKS0, true, false, 8, 3, 6 + 4 + FLUENT.cpu, 48 * GI + 32 * GI + FLUENT.memory],
    [AKS1, false, false, 8, undefined, FLUENT.cpu, FLUENT.memory],
    // kata overhead 250m/160Mi on top of 4+2+8 cpu
    [DGX, true, false, 2, 1, 4 + 0.25 + 2 + 8 + FLUENT.cpu, (16 + 8 + 64) * GI + 160 * MI + FLUENT.memory],
    [T4, true, false, undefined, undefined, 2 + FLUENT.cpu, 8 * GI + FLUENT.memory],
  ])(
    '%s: ready=%s cordoned=%s gpus %s requested %s cpu %s memory %s',
    (name, ready, cordoned, gpus, usedGpus, cpu, memory) => {
      const n = node(name);
      expect(n.ready).toBe(ready);
      expect(n.cordoned).toBe(cordoned);
      expect(n.allocatable['nvidia.com/gpu']).toBe(gpus);
      expect(n.requested['nvidia.com/gpu']).toBe(usedGpus);
      expect(n.requested.cpu).toBeCloseTo(cpu, 9);
      expect(n.requested.memory).toBe(memory);
    },
  );

  test('GKE GPU nodes carry nvidia.com/gpu=present:NoSchedule; the cordoned one also the unschedulable taint', () => {
    expect(node(H1).taints).toEqual([{ key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' }]);
    expect(node(H3).taints).toContainEqual({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' });
  });

  test('AKS GPU pool carries sku=gpu:NoSchedule; the NotReady node also unreachable taints', () => {
    expect(node(AKS0).taints).toEqual([{ key: 'sku', value: 'gpu', effect: 'NoSchedule' }]);
    expect(node(AKS1).taints.map((t) => `${t.key}:${t.effect}`)).toEqual([
      'sku:NoSchedule',
      'node.kubernetes.io/unreachable:NoSchedule',
      'node.kubernetes.io/unreachable:NoExecute',
    ]);
  });

  test('GPU feature discovery labels: product, memory (MiB), count, MIG strategy, sharing', () => {
    expect(node(H1).gpu).toEqual({
      product: 'NVIDIA-H100-80GB-HBM3',
      memoryMiB: 81559,
      count: 8,
      migStrategy: 'single',
      sharing: 'none',
    });
    expect(node(DGX).gpu).toMatchObject({ product: 'NVIDIA-A100-SXM4-80GB', migStrategy: 'mixed', count: 8 });
    expect(node(T4).gpu).toMatchObject({ product: 'Tesla-T4', sharing: 'time-slicing' });
    expect(node('gke-inference-default-pool-1c9e7f52-5lzb').gpu).toBeUndefined();
  });

  test('MIG mixed strategy: each profile is its own resource, allocatable and requested', () => {
    const n = node(DGX);
    expect(n.allocatable).toMatchObject({
      'nvidia.com/mig-1g.10gb': 14,
      'nvidia.com/mig-3g.40gb': 4,
      'nvidia.com/mig-7g.80gb': 2,
      'nvidia.com/gpu': 2,
      pods: 250,
    });
    expect(n.requested).toMatchObject({ 'nvidia.com/mig-1g.10gb': 2, 'nvidia.com/mig-3g.40gb': 1, pods: 5 });
  });

  test('time-slicing with renameByDefault: nvidia.com/gpu.shared', () => {
    expect(node(T4).allocatable['nvidia.com/gpu.shared']).toBe(4);
    expect(node(T4).requested['nvidia.com/gpu.shared']).toBe(1);
  });

  test('quantities in Ki and milli-cores', () => {
    expect(node(H1).allocatable.memory).toBe(1816514928 * KI);
    expect(node(H1).allocatable.cpu).toBeCloseTo(207.68, 9);
  });

  test('a pod with DRA resourceClaims is listed as not understood, not guessed; Pending pods are counted apart', () => {
    expect(snapshot.notUnderstood).toEqual([
      expect.objectContaining({
        namespace: 'ml',
        name: 'dra-trainer-0',
        node: AKS0,
        reason: expect.stringMatching(/DRA resourceClaims \(gpu\)/),
      }),
    ]);
    expect(snapshot.pendingPods).toBe(1);
  });

  test('scored requests use 100m / 200Mi for containers without requests (the device plugin pod)', () => {
    // fluentbit 100m + device plugin 100m default
    expect(node(H1).scored.cpu).toBeCloseTo(0.2, 9);
    expect(node(H1).scored.memory).toBe(200 * MI + 200 * MI);
  });
});

describe('pod requests as the scheduler computes them', () => {
  const nodes = {
    kind: 'NodeList',
    items: [{ metadata: { name: 'n' }, status: { allocatable: { cpu: '10' } } }],
  };
  const withPod = (spec: Record<string, unknown>) =>
    snapshotFromLists(nodes, { items: [{ metadata: { name: 'p' }, spec: { nodeName: 'n', ...spec } }] })
      .nodes[0]!.requested;
  const c = (cpu: string, extra: Record<string, unknown> = {}) => ({
    name: cpu,
    resources: { requests: { cpu } },
    ...extra,
  });

  test.each([
    ['containers add up', { containers: [c('1'), c('2')] }, 3],
    [
      'an init container larger than the containers wins',
      { initContainers: [c('5')], containers: [c('1'), c('2')] },
      5,
    ],
    ['init containers run one at a time', { initContainers: [c('4'), c('4')], containers: [c('1')] }, 4],
    [
      'a sidecar adds to the containers',
      { initContainers: [c('1', { restartPolicy: 'Always' })], containers: [c('2')] },
      3,
    ],
    [
      'an init container after a sidecar runs beside it',
      { initContainers: [c('2', { restartPolicy: 'Always' }), c('4')], containers: [c('1')] },
      6,
    ],
    ['overhead is added', { containers: [c('1')], overhead: { cpu: '250m' } }, 1.25],
    ['limits stand in for missing requests', { containers: [{ resources: { limits: { cpu: '3' } } }] }, 3],
    [
      'pod-level resources replace container cpu',
      { containers: [c('1')], resources: { requests: { cpu: '6' } } },
      6,
    ],
  ])('%s', (_, spec, cpu) => {
    expect(withPod(spec).cpu).toBeCloseTo(cpu, 9);
  });
});

describe('bad input names the file, the item and what to do', () => {
  const dir = mkdtempSync(join(tmpdir(), 'place-capacity-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return name;
  };
  const nodesText = readFileSync(join(FIXTURES, 'nodes.json'), 'utf8');
  const podsText = readFileSync(join(FIXTURES, 'pods.json'), 'utf8');

  test.each([
    [
      'missing file',
      () => snapshotFromFiles('nope.json', undefined, dir),
      /--nodes nope\.json: cannot read \(ENOENT\).*kubectl get nodes -o json/,
    ],
    [
      'not JSON',
      () => snapshotFromFiles(write('yaml.json', 'items:\n- a'), undefined, dir),
      /--nodes yaml\.json: not JSON/,
    ],
    [
      'files swapped',
      () => snapshotFromFiles(write('p.json', podsText), write('n.json', nodesText), dir),
      /p\.json: items\[0\] is a Pod, expected a Node.*swapped/,
    ],
    [
      'bad quantity',
      () =>
        snapshotFromFiles(
          write('bad.json', nodesText.replaceAll('"nvidia.com/gpu": "8"', '"nvidia.com/gpu": "eight"')),
          undefined,
          dir,
        ),
      /bad\.json: items\[0\]\.status\.(allocatable|capacity)\.nvidia\.com\/gpu: invalid quantity "eight"/,
    ],
    [
      'no items',
      () => snapshotFromFiles(write('obj.json', '{"kind":"Node"}'), undefined, dir),
      /obj\.json: not a NodeList/,
    ],
  ])('%s', (_, run, message) => {
    expect(run).toThrow(InputError);
    expect(run).toThrow(message);
  });
});
