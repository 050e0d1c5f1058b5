import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type CapacitySnapshot, type NodeCapacity, snapshotFromLists } from '../../src/cluster/capacity.js';
import { type PlacementResult, type PodShape, place, type Toleration } from '../../src/cluster/placement.js';

// Instances are written as NodeList/PodList JSON and read back through the real parser. Checks below use
// only NodeCapacity and PodShape, never the packing model, so they are an independent statement of the rules.

const TAINTS = [
  { key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' },
  { key: 'sku', value: 'gpu', effect: 'NoSchedule' },
  { key: 'dedicated', value: 'training', effect: 'NoExecute' },
  { key: 'spot', value: 'true', effect: 'PreferNoSchedule' },
] as const;
const TOLERATIONS: Toleration[] = [
  { key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'sku', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
  { key: 'sku', operator: 'Equal', value: 'cpu', effect: 'NoSchedule' },
  { key: 'dedicated', operator: 'Exists' },
  { operator: 'Exists' },
];
const PRODUCTS = ['NVIDIA-H100-80GB-HBM3', 'NVIDIA-L4'];
const POOLS = ['a', 'b'];
const GI = 2 ** 30;

interface NodeSpec {
  gpus: number;
  usedGpus: number;
  cpu: number;
  usedCpu: number;
  memGi: number;
  mig: number;
  product: number;
  pool: number;
  taints: number[];
  cordoned: boolean;
  ready: boolean;
  maxPods: number;
}

const nodeSpec: fc.Arbitrary<NodeSpec> = fc
  .record({
    gpus: fc.constantFrom(0, 2, 3, 4, 5, 6, 8),
    usedFrac: fc.double({ min: 0, max: 1, noNaN: true }),
    cpu: fc.integer({ min: 4, max: 64 }),
    usedCpu: fc.integer({ min: 0, max: 8 }),
    memGi: fc.integer({ min: 16, max: 512 }),
    mig: fc.constantFrom(0, 0, 3),
    product: fc.integer({ min: 0, max: 1 }),
    pool: fc.integer({ min: 0, max: 1 }),
    taints: fc.subarray([0, 1, 2, 3], { maxLength: 1 }),
    cordoned: fc.constantFrom(false, false, false, true),
    ready: fc.constantFrom(true, true, true, false),
    maxPods: fc.constantFrom(3, 110),
  })
  .map(({ usedFrac, ...n }) => ({ ...n, usedGpus: Math.floor(usedFrac * (n.gpus + 1)) % (n.gpus + 1) }));

const shapeSpec: fc.Arbitrary<PodShape> = fc
  .record({
    replicas: fc.integer({ min: 1, max: 4 }),
    kind: fc.constantFrom('gpu', 'gpu', 'gpu', 'mig', 'cpu'),
    gpus: fc.constantFrom(1, 2, 3, 4, 5, 8),
    cpu: fc.integer({ min: 1, max: 24 }),
    memGi: fc.integer({ min: 1, max: 128 }),
    product: fc.option(fc.integer({ min: 0, max: 1 }), { freq: 3 }),
    pool: fc.option(fc.integer({ min: 0, max: 1 }), { freq: 3 }),
    tolerations: fc.subarray([0, 1, 2, 3, 4], { maxLength: 2 }),
    maxPerNode: fc.option(fc.integer({ min: 1, max: 2 }), { freq: 3 }),
  })
  .map((s) => ({
    replicas: s.replicas,
    ...(s.kind === 'gpu' ? { gpus: s.gpus } : s.kind === 'mig' ? { mig: '3g.40gb' } : {}),
    cpu: s.cpu,
    memory: s.memGi * GI,
    ...(s.product !== null && s.kind === 'gpu' ? { gpuProduct: PRODUCTS[s.product]! } : {}),
    ...(s.pool !== null ? { nodeSelector: { pool: POOLS[s.pool]! } } : {}),
    tolerations: s.tolerations.map((i) => TOLERATIONS[i]!),
    ...(s.maxPerNode !== null ? { maxPerNode: s.maxPerNode } : {}),
  }));

function snapshotOf(specs: NodeSpec[]): CapacitySnapshot {
  const nodes = specs.map((n, i) => ({
    kind: 'Node',
    metadata: {
      name: `node-${i}`,
      labels: { pool: POOLS[n.pool]!, ...(n.gpus ? { 'nvidia.com/gpu.product': PRODUCTS[n.product]! } : {}) },
    },
    spec: { unschedulable: n.cordoned, taints: n.taints.map((t) => TAINTS[t]!) },
    status: {
      allocatable: {
        cpu: String(n.cpu),
        memory: `${n.memGi}Gi`,
        pods: String(n.maxPods),
        ...(n.gpus ? { 'nvidia.com/gpu': String(n.gpus) } : {}),
        ...(n.mig ? { 'nvidia.com/mig-3g.40gb': String(n.mig) } : {}),
      },
      conditions: [{ type: 'Ready', status: n.ready ? 'True' : 'False' }],
    },
  }));
  const pods = specs.map((n, i) => ({
    kind: 'Pod',
    metadata: { name: `running-${i}`, namespace: 'default' },
    spec: {
      nodeName: `node-${i}`,
      containers: [
        {
          resources: {
            requests: { cpu: String(Math.min(n.usedCpu, n.cpu)), memory: '1Gi' },
            ...(n.usedGpus ? { limits: { 'nvidia.com/gpu': String(n.usedGpus) } } : {}),
          },
        },
      ],
    },
    status: { phase: 'Running' },
  }));
  return snapshotFromLists({ items: nodes }, { items: pods });
}

function requestsOf(shape: PodShape): Record<string, number> {
  return {
    pods: 1,
    ...(shape.gpus ? { 'nvidia.com/gpu': shape.gpus } : {}),
    ...(shape.mig ? { [`nvidia.com/mig-${shape.mig}`]: 1 } : {}),
    ...(shape.cpu ? { cpu: shape.cpu } : {}),
    ...(shape.memory ? { memory: shape.memory } : {}),
  };
}

function tolerated(node: NodeCapacity, shape: PodShape): boolean {
  return node.taints.every(
    (t) =>
      t.effect === 'PreferNoSchedule' ||
      (shape.tolerations ?? []).some(
        (tol) =>
          (!tol.effect || tol.effect === t.effect) &&
          (tol.key === undefined
            ? tol.operator === 'Exists'
            : tol.key === t.key && (tol.operator === 'Exists' || (tol.value ?? '') === (t.value ?? ''))),
      ),
  );
}

function allowed(node: NodeCapacity, shape: PodShape): boolean {
  if (!node.ready || node.cordoned || !tolerated(node, shape)) return false;
  const selector = {
    ...(shape.nodeSelector ?? {}),
    ...(shape.gpuProduct ? { 'nvidia.com/gpu.product': shape.gpuProduct } : {}),
  };
  return Object.entries(selector).every(([k, v]) => node.labels[k] === v);
}

function podShapes(shapes: PodShape[]): number[] {
  return shapes.flatMap((s, i) => Array.from({ length: s.replicas }, () => i));
}

/** Every node holds what is assigned to it, and every pod is allowed where it is. */
function assignmentIsValid(
  snapshot: CapacitySnapshot,
  shapes: PodShape[],
  assignment: (number | undefined)[],
): boolean {
  const pods = podShapes(shapes);
  const load = snapshot.nodes.map(() => ({}) as Record<string, number>);
  const perShape = snapshot.nodes.map(() => shapes.map(() => 0));
  for (let p = 0; p < pods.length; p++) {
    const n = assignment[p];
    if (n === undefined) continue;
    const shape = shapes[pods[p]!]!;
    if (!allowed(snapshot.nodes[n]!, shape)) return false;
    if (++perShape[n]![pods[p]!]! > (shape.maxPerNode ?? Number.POSITIVE_INFINITY)) return false;
    for (const [k, v] of Object.entries(requestsOf(shape))) load[n]![k] = (load[n]![k] ?? 0) + v;
  }
  return snapshot.nodes.every((node, n) =>
    Object.entries(load[n]!).every(
      ([k, v]) => (node.requested[k] ?? 0) + v <= (node.allocatable[k] ?? 0) + 1e-9,
    ),
  );
}

function indexed(
  snapshot: CapacitySnapshot,
  result: { assignments: { pod: number; node: string }[] },
  pods: number,
) {
  const a: (number | undefined)[] = Array.from({ length: pods }, () => undefined);
  for (const x of result.assignments) a[x.pod] = snapshot.nodes.findIndex((n) => n.name === x.node);
  return a;
}

/** Lexicographic optimum (fewest pods left out, then fewest nodes) by trying every assignment. */
function bruteForce(snapshot: CapacitySnapshot, shapes: PodShape[]): { unplaced: number; nodes: number } {
  const P = podShapes(shapes).length;
  const N = snapshot.nodes.length;
  let best = { unplaced: P, nodes: 0 };
  const a: (number | undefined)[] = Array.from({ length: P }, () => undefined);
  const rec = (p: number) => {
    if (p === P) {
      if (!assignmentIsValid(snapshot, shapes, a)) return;
      const unplaced = a.filter((x) => x === undefined).length;
      const nodes = new Set(a.filter((x) => x !== undefined)).size;
      if (unplaced < best.unplaced || (unplaced === best.unplaced && nodes < best.nodes))
        best = { unplaced, nodes };
      return;
    }
    for (let n = -1; n < N; n++) {
      a[p] = n < 0 ? undefined : n;
      // prune early: a partial assignment that is already invalid stays invalid
      if (n >= 0 && !assignmentIsValid(snapshot, shapes, a.slice(0, p + 1))) continue;
      rec(p + 1);
    }
    a[p] = undefined;
  };
  rec(0);
  return best;
}

/** The default scheduler's choice, scanned over every node for every pod (no shortcuts). */
function naiveSpread(snapshot: CapacitySnapshot, shapes: PodShape[]): (number | undefined)[] {
  const pods = podShapes(shapes);
  const a: (number | undefined)[] = [];
  const scoredCpu = snapshot.nodes.map((n) => Math.round(n.scored.cpu * 1000));
  const scoredMem = snapshot.nodes.map((n) => n.scored.memory);
  const la = (req: number, alloc: number) =>
    alloc <= 0 || req > alloc ? 0 : Math.floor(((alloc - req) * 100) / alloc);
  for (let p = 0; p < pods.length; p++) {
    const shape = shapes[pods[p]!]!;
    let best: number | undefined;
    let bestScore = -1;
    snapshot.nodes.forEach((node, n) => {
      a[p] = n;
      if (!assignmentIsValid(snapshot, shapes, a)) return;
      const cpu = la(
        scoredCpu[n]! + Math.round((shape.cpu || 0.1) * 1000),
        Math.round((node.allocatable.cpu ?? 0) * 1000),
      );
      const mem = la(scoredMem[n]! + (shape.memory || 200 * 2 ** 20), node.allocatable.memory ?? 0);
      const score = Math.floor((cpu + mem) / 2);
      if (score > bestScore) {
        bestScore = score;
        best = n;
      }
    });
    a[p] = best;
    if (best !== undefined) {
      scoredCpu[best] = scoredCpu[best]! + Math.round((shape.cpu || 0.1) * 1000);
      scoredMem[best] = scoredMem[best]! + (shape.memory || 200 * 2 ** 20);
    }
  }
  return a;
}

const small = fc.record({
  nodes: fc.array(nodeSpec, { minLength: 1, maxLength: 5 }),
  shapes: fc
    .array(shapeSpec, { minLength: 1, maxLength: 3 })
    .filter((s) => s.reduce((a, x) => a + x.replicas, 0) <= 7),
});
const larger = fc.record({
  nodes: fc.array(nodeSpec, { minLength: 1, maxLength: 30 }),
  shapes: fc.array(
    shapeSpec.chain((s) => fc.integer({ min: 1, max: 12 }).map((replicas) => ({ ...s, replicas }))),
    { minLength: 1, maxLength: 4 },
  ),
});

function checkResult(snapshot: CapacitySnapshot, shapes: PodShape[], result: PlacementResult): void {
  const P = podShapes(shapes).length;
  expect(result.assignments.length + result.unplaced.length).toBe(P);
  expect(new Set([...result.assignments.map((a) => a.pod), ...result.unplaced.map((u) => u.pod)]).size).toBe(
    P,
  );
  expect(assignmentIsValid(snapshot, shapes, indexed(snapshot, result, P))).toBe(true);
  expect(assignmentIsValid(snapshot, shapes, indexed(snapshot, result.spread, P))).toBe(true);
  expect(result.nodesUsed).toBe(new Set(result.assignments.map((a) => a.node)).size);
  if (result.feasible) expect(result.lowerBound).toBeLessThanOrEqual(result.nodesUsed);
  for (const u of result.unplaced)
    expect(u.reason).toMatch(/^(.*: )?needs .* on one node.*0\/\d+ nodes are available: /);
}

describe('placement properties (fast-check)', () => {
  test('small instances: as few pods left out and as few nodes as a brute-force search', () => {
    fc.assert(
      fc.property(small, ({ nodes, shapes }) => {
        const snapshot = snapshotOf(nodes);
        const result = place(snapshot, { shapes });
        const best = bruteForce(snapshot, shapes);
        checkResult(snapshot, shapes, result);
        expect(result.method).toBe('exact');
        expect(result.unplaced.length).toBe(best.unplaced);
        expect(result.nodesUsed).toBe(best.nodes);
        if (best.unplaced === 0) expect(result.lowerBound).toBe(best.nodes);
      }),
      { numRuns: 300 },
    );
  });

  test('small instances: the heuristic alone never leaves out more or breaks a rule', () => {
    fc.assert(
      fc.property(small, ({ nodes, shapes }) => {
        const snapshot = snapshotOf(nodes);
        const result = place(snapshot, { shapes }, { exactPods: 0 });
        checkResult(snapshot, shapes, result);
        const best = bruteForce(snapshot, shapes);
        // without the search, only reaching the lower bound proves a packing optimal
        expect(result.method).toBe(
          result.feasible && result.nodesUsed === result.lowerBound ? 'exact' : 'heuristic',
        );
        expect(result.unplaced.length).toBeGreaterThanOrEqual(best.unplaced);
        if (result.unplaced.length === best.unplaced)
          expect(result.nodesUsed).toBeGreaterThanOrEqual(best.nodes);
        // the lower bound is valid against the true optimum
        if (best.unplaced === 0) expect(result.lowerBound).toBeLessThanOrEqual(best.nodes);
      }),
      { numRuns: 200 },
    );
  });

  test('all instances: every assignment respects capacities, selectors, taints, cordons, readiness and max per node', () => {
    fc.assert(
      fc.property(larger, ({ nodes, shapes }) => {
        const snapshot = snapshotOf(nodes);
        checkResult(snapshot, shapes, place(snapshot, { shapes }));
      }),
      { numRuns: 150 },
    );
  });

  test('the scheduler simulation picks what a full LeastAllocated scan picks', () => {
    fc.assert(
      fc.property(larger, ({ nodes, shapes }) => {
        const snapshot = snapshotOf(nodes);
        const P = podShapes(shapes).length;
        const result = place(snapshot, { shapes }, { exactPods: 0 });
        expect(indexed(snapshot, result.spread, P)).toEqual(naiveSpread(snapshot, shapes));
      }),
      { numRuns: 100 },
    );
  });
});
