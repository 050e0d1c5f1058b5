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
  // Per shape, a max-heap of (score, then lower node index) over the nodes that may take it. A node's score
  // changes only when it gets a pod: then a fresh entry is pushed and the old one is dropped when it surfaces
  // (its version is stale). Free resources only shrink, so a node found unable to take a shape is dropped.
  const version = new Int32Array(N);
  const heaps = model.shapes.map((_, s) => {
    const heap = new Heap();
    for (let n = 0; n < N; n++) if (feasible(s, n)) heap.push(score(s, n) * N + (N - 1 - n), n, 0);
    return heap;
  });
  model.podShape.forEach((s, p) => {
    const heap = heaps[s]!;
    let best = -1;
    while (heap.size > 0) {
      const n = heap.topNode();
      if (heap.topVersion() === version[n] && feasible(s, n)) {
        best = n;
        break;
      }
      heap.pop();
    }
    if (best < 0) return;
    node[p] = best;
    for (let d = 0; d < D; d++) free[best * D + d] = free[best * D + d]! - demand[s * D + d]!;
    count[s * N + best]!++;
    cpuScored[best] = cpuScored[best]! + podCpu[s]!;
    memScored[best] = memScored[best]! + podMem[s]!;
    version[best]!++;
    heaps.forEach((h, t) => {
      if (feasible(t, best)) h.push(score(t, best) * N + (N - 1 - best), best, version[best]!);
    });
  });
  return { node, free };
}

/** Binary max-heap of (key, node, version). */
class Heap {
  private keys: number[] = [];
  private nodes: number[] = [];
  private versions: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  topNode(): number {
    return this.nodes[0]!;
  }
  topVersion(): number {
    return this.versions[0]!;
  }
  push(key: number, node: number, version: number): void {
    let i = this.keys.length;
    this.keys.push(key);
    this.nodes.push(node);
    this.versions.push(version);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! >= key) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): void {
    const last = this.keys.length - 1;
    this.swap(0, last);
    this.keys.pop();
    this.nodes.pop();
    this.versions.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < last && this.keys[l]! > this.keys[m]!) m = l;
      if (r < last && this.keys[r]! > this.keys[m]!) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  private swap(a: number, b: number): void {
    const { keys, nodes, versions } = this;
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
    [nodes[a], nodes[b]] = [nodes[b]!, nodes[a]!];
    [versions[a], versions[b]] = [versions[b]!, versions[a]!];
  }
}
