import { DEFAULT_SCORED_CPU, DEFAULT_SCORED_MEMORY } from './capacity.js';
import type { Model } from './placement-model.js';

const MAX_NODE_SCORE = 100;

/** NodeResourcesFit LeastAllocated for one resource: (allocatable − requested) × 100 / allocatable, integer. */
function leastAllocated(requested: number, allocatable: number): number {
  if (allocatable <= 0 || requested > allocatable) return 0;
  return Math.floor(((allocatable - requested) * MAX_NODE_SCORE) / allocatable);
}

/**
 * What the default kube-scheduler would do with the request, pod by pod in creation order: filter (taints,
 * selector, resources including GPUs) and pick the node with the best LeastAllocated score over cpu and
 * memory (weights 1:1, requests counted as the scheduler scores them: 100m / 200Mi when a pod sets none).
 * GPUs are not scored by the default configuration, which is why it spreads GPU pods. Ties go to the first
 * node in the list (the real scheduler picks one of the tied nodes at random). Not simulated: other score
 * plugins (BalancedAllocation, TaintToleration for PreferNoSchedule, affinity preferences) and
 * percentageOfNodesToScore, which on large clusters scores only a sample of the feasible nodes.
 */
export function simulateSpread(model: Model): { node: Int32Array; free: Float64Array } {
  const N = model.nodes.length;
  const D = model.dims.length;
  const { demand } = model;
  const free = Float64Array.from(model.free);
  const node = new Int32Array(model.podShape.length).fill(-1);
  const count = new Int32Array(model.shapes.length * N);
  const cpuAlloc = Float64Array.from(model.nodes, (n) => Math.round((n.allocatable.cpu ?? 0) * 1000));
  const memAlloc = Float64Array.from(model.nodes, (n) => n.allocatable.memory ?? 0);
  const cpuScored = Float64Array.from(model.nodes, (n) => Math.round(n.scored.cpu * 1000));
  const memScored = Float64Array.from(model.nodes, (n) => n.scored.memory);
  const podCpu = model.shapes.map((s) => Math.round((s.cpu || DEFAULT_SCORED_CPU) * 1000));
  const podMem = model.shapes.map((s) => s.memory || DEFAULT_SCORED_MEMORY);
  const score = (s: number, n: number) =>
    Math.floor(
      (leastAllocated(cpuScored[n]! + podCpu[s]!, cpuAlloc[n]!) +
        leastAllocated(memScored[n]! + podMem[s]!, memAlloc[n]!)) /
        2,
    );
  const feasible = (s: number, n: number) => {
    if (!model.candidate[s]![n] || count[s * N + n]! >= model.maxPerNode[s]!) return false;
    for (let d = 0; d < D; d++) if (free[n * D + d]! < demand[s * D + d]!) return false;
    return true;
  };
  // Nodes the request has not touched keep their score and their free resources, so per shape they are
  // ranked once (score, then node order) and the first untouched one is the best of them.
  const untouched = model.shapes.map((_, s) => {
    const list: number[] = [];
    for (let n = 0; n < N; n++) if (feasible(s, n)) list.push(n);
    const scores = Float64Array.from({ length: N }, (_, n) => (model.candidate[s]![n] ? score(s, n) : -1));
    return Int32Array.from(list).sort((a, b) => scores[b]! - scores[a]! || a - b);
  });
  const start = new Int32Array(model.shapes.length);
  const touched: number[] = [];
  const isTouched = new Uint8Array(N);
  model.podShape.forEach((s, p) => {
    let best = -1;
    let bestScore = -1;
    const list = untouched[s]!;
    while (start[s]! < list.length && isTouched[list[start[s]!]!]) start[s]!++;
    if (start[s]! < list.length) {
      best = list[start[s]!]!;
      bestScore = score(s, best);
    }
    for (const n of touched) {
      if (!feasible(s, n)) continue;
      const sc = score(s, n);
      if (sc > bestScore || (sc === bestScore && n < best)) {
        bestScore = sc;
        best = n;
      }
    }
    if (best < 0) return;
    node[p] = best;
    for (let d = 0; d < D; d++) free[best * D + d] = free[best * D + d]! - demand[s * D + d]!;
    count[s * N + best]!++;
    cpuScored[best] = cpuScored[best]! + podCpu[s]!;
    memScored[best] = memScored[best]! + podMem[s]!;
    if (!isTouched[best]) {
      isTouched[best] = 1;
      touched.push(best);
    }
  });
  return { node, free };
}
