import { type Model, referenceShape, take } from './placement-model.js';

/** Where each pod went (-1: not placed) and what is left free on every node. */
export interface Packing {
  node: Int32Array;
  free: Float64Array;
  method: 'exact' | 'heuristic';
  /** Proven: no assignment places more pods, or as many on fewer nodes (search finished or bound reached). */
  optimal: boolean;
}

export interface PackOptions {
  /** Use the exact search up to this many pods (default 14). */
  exactPods?: number;
  /** Search steps before the exact search gives up and keeps the best found (default 250,000). */
  exactBudget?: number;
}

class State {
  readonly free: Float64Array;
  readonly node: Int32Array;
  /** shapes × nodes: pods of the request per node and shape. */
  readonly count: Int32Array;
  /** Pods of the request per node. */
  readonly load: Int32Array;
  constructor(readonly model: Model) {
    this.free = Float64Array.from(model.free);
    this.node = new Int32Array(model.podShape.length).fill(-1);
    this.count = new Int32Array(model.shapes.length * model.nodes.length);
    this.load = new Int32Array(model.nodes.length);
  }
  canPlace(s: number, n: number): boolean {
    const m = this.model;
    if (m.candidate[s]![n] !== 1 || this.count[s * m.nodes.length + n]! >= m.maxPerNode[s]!) return false;
    const D = m.dims.length;
    const { free } = this;
    const { demand } = m;
    for (let d = 0; d < D; d++) if (free[n * D + d]! < demand[s * D + d]!) return false;
    return true;
  }
  place(p: number, n: number): void {
    const s = this.model.podShape[p]!;
    take(this.model, this.free, s, n, 1);
    this.count[s * this.model.nodes.length + n]!++;
    this.load[n]!++;
    this.node[p] = n;
  }
  unplace(p: number): void {
    const n = this.node[p]!;
    const s = this.model.podShape[p]!;
    take(this.model, this.free, s, n, -1);
    this.count[s * this.model.nodes.length + n]!--;
    this.load[n]!--;
    this.node[p] = -1;
  }
}

/** Normalised share of the largest node per dimension; the shape's accelerator weighs most. */
function share(model: Model, s: number, d: number): number {
  const max = model.maxAlloc[d]!;
  return max > 0 ? model.demand[s * model.dims.length + d]! / max : 0;
}

/** Pods biggest first: accelerator share, then the rest (first-fit-decreasing order). Same shapes stay together. */
export function packingOrder(model: Model): Int32Array {
  const D = model.dims.length;
  const pods = model.dims.indexOf('pods');
  const keys = model.shapes.map((_, s) => {
    const primary = model.primary[s]!;
    let rest = 0;
    for (let d = 0; d < D; d++) if (d !== primary && d !== pods) rest += share(model, s, d);
    return [primary >= 0 ? share(model, s, primary) : 0, rest] as const;
  });
  return Int32Array.from(model.podShape.keys()).sort((a, b) => {
    const sa = model.podShape[a]!;
    const sb = model.podShape[b]!;
    const ka = keys[sa]!;
    const kb = keys[sb]!;
    return kb[0] - ka[0] || kb[1] - ka[1] || sa - sb || a - b;
  });
}

/** Weighted room left on a node after placing shape s (smaller = tighter fit). */
function slackAfter(model: Model, free: Float64Array, s: number, n: number): number {
  const D = model.dims.length;
  const primary = model.primary[s]!;
  let slack = 0;
  for (let d = 0; d < D; d++) {
    const max = model.maxAlloc[d]!;
    if (max <= 0 || model.dims[d] === 'pods') continue;
    slack += ((free[n * D + d]! - model.demand[s * D + d]!) / max) * (d === primary ? 16 : 1);
  }
  return slack;
}

/**
 * Order in which a shape opens nodes not yet used by the request: most free accelerator first (room for the
 * pods still to come), then nodes that already run something (keep empty nodes empty), then most free rest.
 */
function openingOrder(model: Model, s: number): Int32Array {
  const D = model.dims.length;
  const primary = model.primary[s]!;
  const podsDim = model.dims.indexOf('pods');
  const cand: number[] = [];
  const primaryFree: number[] = [];
  const used: number[] = [];
  const rest: number[] = [];
  model.nodes.forEach((node, n) => {
    primaryFree[n] = primary >= 0 ? model.free[n * D + primary]! : 0;
    // Already runs accelerator work (or, for shapes without one, any pod): fill it before an idle node.
    const busy =
      primary >= 0
        ? model.free[n * D + primary]! < model.alloc[n * D + primary]!
        : (node.requested.pods ?? 0) > 0;
    used[n] = busy ? 1 : 0;
    let r = 0;
    for (let d = 0; d < D; d++)
      if (d !== primary && d !== podsDim && model.maxAlloc[d]! > 0)
        r += model.free[n * D + d]! / model.maxAlloc[d]!;
    rest[n] = r;
    if (model.candidate[s]![n]) cand.push(n);
  });
  return Int32Array.from(cand).sort(
    (a, b) => primaryFree[b]! - primaryFree[a]! || used[b]! - used[a]! || rest[b]! - rest[a]! || a - b,
  );
}

/** First-fit-decreasing with best fit among the nodes already used by the request. */
function firstFitDecreasing(state: State, order: Int32Array): void {
  const model = state.model;
  // Per shape, the used nodes that can still take one: free resources only shrink here, so a node that
  // cannot take a shape now never will, and leaves that shape's list.
  const touched = model.shapes.map(() => [] as number[]);
  const isTouched = new Uint8Array(model.nodes.length);
  const opening = model.shapes.map((_, s) => openingOrder(model, s));
  const start = new Int32Array(model.shapes.length);
  for (const p of order) {
    const s = model.podShape[p]!;
    let best = -1;
    let bestSlack = Number.POSITIVE_INFINITY;
    const list = touched[s]!;
    for (let i = 0; i < list.length; ) {
      const n = list[i]!;
      if (!state.canPlace(s, n)) {
        list[i] = list[list.length - 1]!;
        list.pop();
        continue;
      }
      const slack = slackAfter(model, state.free, s, n);
      if (slack < bestSlack || (slack === bestSlack && n < best)) {
        bestSlack = slack;
        best = n;
      }
      i++;
    }
    if (best < 0) {
      const list = opening[s]!;
      while (start[s]! < list.length && isTouched[list[start[s]!]!]) start[s]!++;
      for (let i = start[s]!; i < list.length; i++) {
        const n = list[i]!;
        if (!isTouched[n] && state.canPlace(s, n)) {
          best = n;
          for (const t of touched) t.push(n);
          isTouched[n] = 1;
          break;
        }
      }
    }
    if (best >= 0) state.place(p, best);
  }
}

function podsByNode(state: State): Map<number, number[]> {
  const byNode = new Map<number, number[]>();
  state.node.forEach((n, p) => {
    if (n < 0) return;
    const list = byNode.get(n);
    if (list) list.push(p);
    else byNode.set(n, [p]);
  });
  return byNode;
}

/** Improvement: empty a used node by moving its pods onto the other used nodes (best fit), lightest first. */
function closeNodes(state: State): void {
  const model = state.model;
  const byNode = podsByNode(state);
  const nodes = [...byNode.keys()].sort((a, b) => byNode.get(a)!.length - byNode.get(b)!.length || a - b);
  const open = new Set(nodes);
  const D = model.dims.length;
  // Free resources summed over the used nodes: a node whose load exceeds what the others have left stays.
  const openFree = new Float64Array(D);
  for (const n of nodes) for (let d = 0; d < D; d++) openFree[d] = openFree[d]! + state.free[n * D + d]!;
  for (const t of nodes) {
    const pods = byNode.get(t)!;
    const load = new Float64Array(D);
    for (const p of pods) {
      const s = model.podShape[p]!;
      for (let d = 0; d < D; d++) load[d] = load[d]! + model.demand[s * D + d]!;
    }
    let hopeless = false;
    for (let d = 0; d < D; d++) if (openFree[d]! - state.free[t * D + d]! < load[d]!) hopeless = true;
    if (hopeless) continue;
    const tFree = Float64Array.from(state.free.subarray(t * D, t * D + D));
    const moved: [number, number][] = [];
    let ok = true;
    for (const p of pods) {
      const s = model.podShape[p]!;
      state.unplace(p);
      let best = -1;
      let bestSlack = Number.POSITIVE_INFINITY;
      for (const n of open) {
        if (n === t || !state.canPlace(s, n)) continue;
        const slack = slackAfter(model, state.free, s, n);
        if (slack < bestSlack) {
          bestSlack = slack;
          best = n;
        }
      }
      if (best < 0) {
        state.place(p, t);
        ok = false;
        break;
      }
      state.place(p, best);
      moved.push([p, best]);
    }
    if (ok) {
      for (let d = 0; d < D; d++) openFree[d] = openFree[d]! - tFree[d]! - load[d]!;
      open.delete(t);
      for (const [p, n] of moved) byNode.get(n)!.push(p);
      byNode.delete(t);
    } else {
      for (const [p] of moved) {
        state.unplace(p);
        state.place(p, t);
      }
    }
  }
}

/**
 * Improvement: move all the request's pods of a used node to one unused node when that strands fewer GPUs
 * (e.g. fill the hole of a partly used node instead of breaking an empty one), or strands as many but keeps a
 * node whose accelerators were all free whole. Node count is unchanged.
 */
function rehome(state: State): void {
  const model = state.model;
  const ref = referenceShape(model);
  if (ref < 0) return;
  const D = model.dims.length;
  const N = model.nodes.length;
  const refDim = model.primary[ref]!;
  const refCand = model.candidate[ref]!;
  const contrib = (free: Float64Array, n: number, delta?: Float64Array, sign = 0): number => {
    if (!refCand[n]) return 0;
    let ok = true;
    for (let d = 0; d < D; d++) {
      const f = free[n * D + d]! + (delta ? sign * delta[d]! : 0);
      if (f < model.demand[ref * D + d]!) ok = false;
    }
    return ok ? 0 : Math.max(0, free[n * D + refDim]! + (delta ? sign * delta[refDim]! : 0));
  };
  const emptyBefore = (n: number) => model.free[n * D + refDim] === model.alloc[n * D + refDim];
  const byNode = podsByNode(state);
  const inUse = new Uint8Array(N);
  for (const n of byNode.keys()) inUse[n] = 1;
  // Most free accelerators first, so the scan stops at the first node too small for the load.
  const all = Int32Array.from({ length: N }, (_, n) => n).sort(
    (a, b) => state.free[b * D + refDim]! - state.free[a * D + refDim]! || a - b,
  );
  // Unless the moved pods strand GPUs where they are, only a node that strands GPUs now can gain.
  const stranding = all.filter((u) => !inUse[u] && contrib(state.free, u) > 0);
  for (const [t, pods] of [...byNode.entries()]) {
    const load = new Float64Array(D);
    const perShape = new Map<number, number>();
    for (const p of pods) {
      const s = model.podShape[p]!;
      perShape.set(s, (perShape.get(s) ?? 0) + 1);
      for (let d = 0; d < D; d++) load[d] = load[d]! + model.demand[s * D + d]!;
    }
    const shapes = [...perShape.entries()]
      .filter(([s, k]) => k <= model.maxPerNode[s]!)
      .map(([s]) => model.candidate[s]!);
    if (shapes.length < perShape.size) continue;
    const before = contrib(state.free, t);
    const tAfter = contrib(state.free, t, load, 1);
    let best = -1;
    let bestGain = 0;
    let bestKeep = 0;
    let bestLeft = Number.POSITIVE_INFINITY;
    const { free } = state;
    const tEmpty = emptyBefore(t);
    const scanAll = before - tAfter > 0 || (tEmpty && load[refDim]! < model.alloc[t * D + refDim]!);
    outer: for (const u of scanAll ? all : stranding) {
      if (inUse[u]) continue;
      if (free[u * D + refDim]! < load[refDim]!) break;
      for (let d = 0; d < D; d++) if (free[u * D + d]! < load[d]!) continue outer;
      for (const cand of shapes) if (!cand[u]) continue outer;
      const gain = before + contrib(free, u) - tAfter - contrib(free, u, load, -1);
      // Second: keep a node whose accelerators were all free whole, rather than one already in use.
      const keep = (tEmpty ? 1 : 0) - (emptyBefore(u) ? 1 : 0);
      const left = free[u * D + refDim]! - load[refDim]!;
      if (gain < bestGain || (gain === 0 && keep <= 0)) continue;
      if (gain > bestGain || keep > bestKeep || (keep === bestKeep && left < bestLeft)) {
        bestGain = gain;
        bestKeep = keep;
        bestLeft = left;
        best = u;
      }
    }
    if (best >= 0) {
      for (const p of pods) {
        state.unplace(p);
        state.place(p, best);
      }
      inUse[t] = 0;
      inUse[best] = 1;
    }
  }
}

function nodesUsed(node: Int32Array): number {
  const set = new Set<number>();
  for (const n of node) if (n >= 0) set.add(n);
  return set.size;
}

function unplacedCount(node: Int32Array): number {
  let k = 0;
  for (const n of node) if (n < 0) k++;
  return k;
}

class BudgetExceeded extends Error {}

/** Beyond this many kinds of node (by free resources and eligibility) the exact search is not tried. */
const MAX_CLASSES = 256;

/**
 * Branch and bound over (pods not placed, nodes used), lexicographically. Pods biggest first; identical pods
 * take nodes in non-decreasing order of first use; unused nodes with the same free resources and the same
 * eligibility are interchangeable, so one of each kind is tried.
 */
function exactSearch(
  state: State,
  order: Int32Array,
  seed: Int32Array,
  budget: number,
): { node: Int32Array; optimal: boolean } {
  const model = state.model;
  const D = model.dims.length;
  const N = model.nodes.length;
  const S = model.shapes.length;
  const P = order.length;
  const classes = new Map<string, number[]>();
  for (let n = 0; n < N; n++) {
    let bits = '';
    let any = false;
    for (let s = 0; s < S; s++) {
      bits += model.candidate[s]![n] ? '1' : '0';
      any ||= model.candidate[s]![n] === 1;
    }
    if (!any) continue;
    const key = `${bits}|${Array.from(model.free.subarray(n * D, n * D + D)).join(',')}`;
    const list = classes.get(key);
    if (list) list.push(n);
    else classes.set(key, [n]);
  }
  const classList = [...classes.values()];
  if (classList.length > MAX_CLASSES) return { node: seed, optimal: false };
  const classNext = new Int32Array(classList.length);
  // Lower bound on further nodes: per dimension, demand beyond what used nodes have free must come from the
  // largest free nodes (all candidates, a superset of the unused ones, so the bound stays valid).
  const sortedFree: Float64Array[] = [];
  const prefix: Float64Array[] = [];
  const allCand = classList.flat();
  for (let d = 0; d < D; d++) {
    const f = Float64Array.from(allCand, (n) => Math.max(0, model.free[n * D + d]!))
      .sort()
      .reverse();
    sortedFree.push(f);
    const pre = new Float64Array(f.length + 1);
    for (let i = 0; i < f.length; i++) pre[i + 1] = pre[i]! + f[i]!;
    prefix.push(pre);
  }
  const suffix = new Float64Array((P + 1) * D);
  for (let i = P - 1; i >= 0; i--) {
    const s = model.podShape[order[i]!]!;
    for (let d = 0; d < D; d++) suffix[i * D + d] = suffix[(i + 1) * D + d]! + model.demand[s * D + d]!;
  }
  const byRank: number[] = [];
  const extraNodes = (i: number): number => {
    let need = 0;
    for (let d = 0; d < D; d++) {
      let excess = suffix[i * D + d]!;
      for (const n of byRank) excess -= Math.max(0, state.free[n * D + d]!);
      if (excess <= 0) continue;
      const pre = prefix[d]!;
      if (pre[pre.length - 1]! < excess) return Number.POSITIVE_INFINITY;
      let lo = 0;
      let hi = pre.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pre[mid]! >= excess) hi = mid;
        else lo = mid + 1;
      }
      const k = lo;
      if (k > need) need = k;
    }
    return need;
  };
  let best = { node: Int32Array.from(seed), unplaced: unplacedCount(seed), used: nodesUsed(seed) };
  let steps = budget;
  const rec = (i: number, unplaced: number, used: number, prevRank: number): void => {
    steps -= 1 + byRank.length + classList.length;
    if (steps < 0) throw new BudgetExceeded();
    if (unplaced > best.unplaced) return;
    if (i === P) {
      if (unplaced < best.unplaced || used < best.used)
        best = { node: Int32Array.from(state.node), unplaced, used };
      return;
    }
    if (unplaced === best.unplaced && used + extraNodes(i) >= best.used) return;
    const p = order[i]!;
    const s = model.podShape[p]!;
    const minRank = i > 0 && model.podShape[order[i - 1]!] === s ? prevRank : 0;
    if (minRank !== Number.POSITIVE_INFINITY) {
      for (let r = minRank; r < byRank.length; r++) {
        const n = byRank[r]!;
        if (!state.canPlace(s, n)) continue;
        state.place(p, n);
        rec(i + 1, unplaced, used, r);
        state.unplace(p);
      }
      for (let c = 0; c < classList.length; c++) {
        const members = classList[c]!;
        const n = members[classNext[c]!];
        if (n === undefined || !state.canPlace(s, n)) continue;
        classNext[c]!++;
        byRank.push(n);
        state.place(p, n);
        rec(i + 1, unplaced, used + 1, byRank.length - 1);
        state.unplace(p);
        byRank.pop();
        classNext[c]!--;
      }
    }
    rec(i + 1, unplaced + 1, used, Number.POSITIVE_INFINITY);
  };
  for (let p = 0; p < P; p++) if (state.node[p]! >= 0) state.unplace(p);
  try {
    rec(0, 0, 0, 0);
    return { node: best.node, optimal: true };
  } catch (error) {
    if (!(error instanceof BudgetExceeded)) throw error;
    return { node: best.node, optimal: false };
  }
}

/**
 * Packs the request's pods onto as few nodes as it can; exact for small requests. `lowerBound` (nodes any
 * placement of every pod needs) proves the heuristic optimal when it reaches it.
 */
export function pack(model: Model, options: PackOptions = {}, lowerBound = 0): Packing {
  const order = packingOrder(model);
  const state = new State(model);
  firstFitDecreasing(state, order);
  closeNodes(state);
  let method: Packing['method'] = 'heuristic';
  let optimal = false;
  if (unplacedCount(state.node) === 0 && nodesUsed(state.node) <= lowerBound) {
    method = 'exact';
    optimal = true;
  } else if (order.length <= (options.exactPods ?? 14)) {
    const seed = Int32Array.from(state.node);
    const result = exactSearch(state, order, seed, options.exactBudget ?? 250_000);
    for (let p = 0; p < order.length; p++) if (state.node[p]! >= 0) state.unplace(p);
    result.node.forEach((n, p) => {
      if (n >= 0) state.place(p, n);
    });
    method = result.optimal ? 'exact' : 'heuristic';
    optimal = result.optimal;
  }
  rehome(state);
  return { node: state.node, free: state.free, method, optimal };
}

export { nodesUsed, unplacedCount };
