/**
 * GPU placement preflight: will a release fit, and where, before anything is created.
 *
 * For the rollout (canary + surge pods of the Deployment's shape, on top of what runs now):
 *
 *     const snapshot = await snapshotFromCluster(kubeconfigPath);
 *     const shape = podShapeFromDeploy(deploy, canaryReplicas(deploy.replicas, weight) - canaryNow + surge, 'canary');
 *     const result = preflight(snapshot, { shapes: [shape] });
 *     if (!result.feasible) stop with result.unplaced[*].reason (exit 1)
 *
 * When it does not fit and deploy.dynamic-stable-scale is on, `stableScaleForWeight` (placement-scale.ts) with
 * `room = maxAdditionalPods(snapshot, shape)` says how many stable pods to remove first.
 */
import { InputError } from '../errors.js';
import { type CapacitySnapshot, GPU, type NotUnderstoodPod } from './capacity.js';
import { explainUnplaced } from './placement-explain.js';
import {
  buildModel,
  type Model,
  type PlacementRequest,
  type PodShape,
  referenceShape,
  strandedGpus,
} from './placement-model.js';
import { nodesUsed, type PackOptions, pack, unplacedCount } from './placement-pack.js';
import { simulateSpread } from './placement-spread.js';

export { podShapeFromDeploy } from './placement-deploy.js';
export type { PlacementRequest, PodShape, Toleration } from './placement-model.js';
export {
  canaryReplicas,
  type StableScale,
  type StableScaleInput,
  stableScaleForWeight,
} from './placement-scale.js';

export interface PlacementResult {
  /** Every pod of the request has a node. */
  feasible: boolean;
  /** Pods are numbered from 0 in request order: shape 0's replicas first. `shape` names the shape when there are several. */
  assignments: { pod: number; node: string; shape?: string }[];
  /** Nodes that receive at least one pod of the request. */
  nodesUsed: number;
  /** Per node used: the pods it gets and the GPUs (or MIG devices of the largest shape) left free after. */
  nodes: { name: string; pods: number[]; product?: string; freeAfter: number }[];
  /**
   * No placement of every pod that fits somewhere on its own can use fewer nodes than this. It is the largest
   * of: per resource, the fewest nodes whose free amounts add up to the demand; the number of pods that cannot
   * share a node with any other pod of the request; replicas ÷ max-per-node. When the placement is proven
   * optimal (method `exact`) with every pod placed, it is that optimum (equal to nodesUsed).
   */
  lowerBound: number;
  /** See strandedGpus in placement-model.ts: free GPUs that can no longer host a pod of the largest shape. */
  strandedGpus: number;
  unplaced: { pod: number; reason: string }[];
  /** What the default scheduler (LeastAllocated on cpu/memory) would do with the same pods. */
  spread: {
    nodesUsed: number;
    strandedGpus: number;
    unplaced: number;
    assignments: { pod: number; node: string }[];
  };
  /**
   * `exact`: proven optimal (branch and bound finished, or the packing reached the lower bound);
   * `heuristic`: first-fit-decreasing plus improvement, not proven.
   */
  method: 'exact' | 'heuristic';
  /** Pods the snapshot could not account for (DRA claims): free capacity may be overstated where they run. */
  notUnderstood: NotUnderstoodPod[];
}

export interface PlaceOptions extends PackOptions {
  /** Skip the default-scheduler simulation (it costs pods × nodes). */
  skipSpread?: boolean;
}

function checkShape(shape: PodShape, i: number): void {
  const where = shape.name ? `pod shape "${shape.name}"` : `pod shape ${i}`;
  const int = (v: number | undefined, field: string) => {
    if (v !== undefined && (!Number.isInteger(v) || v < 0))
      throw new InputError(`${where}: ${field} must be a whole number ≥ 0, got ${v}`);
  };
  int(shape.replicas, 'replicas');
  int(shape.gpus, 'gpus');
  int(shape.maxPerNode, 'maxPerNode');
  if (shape.gpus && shape.mig)
    throw new InputError(`${where}: ask for whole GPUs or a MIG profile, not both`);
  if (shape.mig && !/^\d+g\.\d+gb$/.test(shape.mig))
    throw new InputError(`${where}: MIG profile "${shape.mig}" is not like 1g.10gb or 3g.40gb`);
  for (const [k, v] of Object.entries({ cpu: shape.cpu, memory: shape.memory, ...(shape.resources ?? {}) })) {
    if (v !== undefined && (!Number.isFinite(v) || v < 0))
      throw new InputError(`${where}: ${k} must be ≥ 0, got ${v}`);
  }
}

/** How many pods of shape s fit on top of what runs now, ignoring the rest of the request (exact: nodes are independent). */
function roomFor(model: Model, s: number): number {
  const D = model.dims.length;
  let total = 0;
  for (let n = 0; n < model.nodes.length; n++) {
    if (!model.candidate[s]![n]) continue;
    let k = model.maxPerNode[s]!;
    for (let d = 0; d < D; d++) {
      const need = model.demand[s * D + d]!;
      if (need > 0) k = Math.min(k, Math.floor(Math.max(0, model.free[n * D + d]!) / need));
    }
    total += k;
  }
  return total;
}

function lowerBound(model: Model): number {
  const D = model.dims.length;
  const N = model.nodes.length;
  const S = model.shapes.length;
  // Each shape counts only the replicas that fit on their own (all of them when the request is feasible).
  const replicas = model.shapes.map((sh, s) => Math.min(sh.replicas, roomFor(model, s)));
  const union: number[] = [];
  for (let n = 0; n < N; n++) if (model.candidate.some((c) => c[n])) union.push(n);
  let bound = 0;
  for (let d = 0; d < D; d++) {
    let demand = 0;
    for (let s = 0; s < S; s++) demand += replicas[s]! * model.demand[s * D + d]!;
    if (demand <= 0) continue;
    const free = union.map((n) => Math.max(0, model.free[n * D + d]!)).sort((a, b) => b - a);
    let k = 0;
    let sum = 0;
    while (k < free.length && sum < demand) sum += free[k++]!;
    bound = Math.max(bound, k);
  }
  let big = 0;
  for (let s = 0; s < S; s++) {
    if (!replicas[s]) continue;
    const maxFree = new Float64Array(D);
    for (let n = 0; n < N; n++) {
      if (!model.candidate[s]![n]) continue;
      for (let d = 0; d < D; d++) maxFree[d] = Math.max(maxFree[d]!, model.free[n * D + d]!);
    }
    let alone = false;
    for (let d = 0; d < D && !alone; d++) {
      let minOther = Number.POSITIVE_INFINITY;
      for (let t = 0; t < S; t++) {
        if (replicas[t]! > (t === s ? 1 : 0)) minOther = Math.min(minOther, model.demand[t * D + d]!);
      }
      if (minOther !== Number.POSITIVE_INFINITY && model.demand[s * D + d]! + minOther > maxFree[d]!)
        alone = true;
    }
    if (alone) big += replicas[s]!;
    if (Number.isFinite(model.maxPerNode[s]!))
      bound = Math.max(bound, Math.ceil(replicas[s]! / model.maxPerNode[s]!));
  }
  return Math.max(bound, big);
}

/**
 * Where the request's pods go: packed onto as few nodes as possible (first-fit-decreasing with best fit, then
 * an improvement pass; branch and bound for small requests), with reasons for what does not fit and the
 * default scheduler's spreading for comparison. Pure: the snapshot is not changed.
 */
export function place(
  snapshot: CapacitySnapshot,
  request: PlacementRequest,
  options: PlaceOptions = {},
): PlacementResult {
  request.shapes.forEach(checkShape);
  const model = buildModel(snapshot, request);
  const bound = lowerBound(model);
  const packing = pack(model, options, bound);
  const several = request.shapes.length > 1;
  const shapeName = (s: number) => request.shapes[s]!.name ?? `shape ${s}`;
  const assignments: PlacementResult['assignments'] = [];
  const N = model.nodes.length;
  const count = new Int32Array(model.shapes.length * N);
  packing.node.forEach((n, p) => {
    if (n < 0) return;
    const s = model.podShape[p]!;
    count[s * N + n]!++;
    assignments.push({ pod: p, node: model.nodes[n]!.name, ...(several ? { shape: shapeName(s) } : {}) });
  });
  // The reason depends only on the shape and the final free resources: one explanation per shape.
  const reasons = new Map<number, string>();
  const reasonFor = (s: number) => {
    let reason = reasons.get(s);
    if (reason === undefined) {
      reason = explainUnplaced(model, packing.free, count, s);
      if (several) reason = `${shapeName(s)}: ${reason}`;
      reasons.set(s, reason);
    }
    return reason;
  };
  const unplaced = [...packing.node.keys()]
    .filter((p) => packing.node[p]! < 0)
    .map((p) => ({ pod: p, reason: reasonFor(model.podShape[p]!) }));
  const used = nodesUsed(packing.node);
  const ref = referenceShape(model);
  const refDim = ref >= 0 ? model.primary[ref]! : model.dims.indexOf(GPU);
  const D = model.dims.length;
  const perNode = new Map<number, number[]>();
  packing.node.forEach((n, p) => {
    if (n < 0) return;
    const list = perNode.get(n);
    if (list) list.push(p);
    else perNode.set(n, [p]);
  });
  const nodes = [...perNode.entries()].map(([n, pods]) => {
    const node = model.nodes[n]!;
    return {
      name: node.name,
      pods,
      ...(node.gpu?.product ? { product: node.gpu.product } : {}),
      freeAfter: refDim >= 0 ? packing.free[n * D + refDim]! : 0,
    };
  });
  const spread = options.skipSpread ? undefined : simulateSpread(model);
  return {
    feasible: unplaced.length === 0,
    assignments,
    nodesUsed: used,
    nodes,
    lowerBound: packing.optimal && unplaced.length === 0 ? used : bound,
    strandedGpus: strandedGpus(model, packing.free),
    unplaced,
    spread: spread
      ? {
          nodesUsed: nodesUsed(spread.node),
          strandedGpus: strandedGpus(model, spread.free),
          unplaced: unplacedCount(spread.node),
          assignments: [...spread.node.entries()]
            .filter(([, n]) => n >= 0)
            .map(([pod, n]) => ({ pod, node: model.nodes[n]!.name })),
        }
      : { nodesUsed: 0, strandedGpus: 0, unplaced: 0, assignments: [] },
    method: packing.method,
    notUnderstood: snapshot.notUnderstood,
  };
}

/**
 * Preflight for the rollout: do `request`'s pods (the canary plus surge pods of the Deployment's shape) fit
 * on top of what runs now? Same as `place`; `feasible: false` means stop before creating anything.
 */
export function preflight(snapshot: CapacitySnapshot, request: PlacementRequest): PlacementResult {
  return place(snapshot, request);
}

/** How many more pods of one shape fit right now (exact: nodes are independent for a single shape). */
export function maxAdditionalPods(snapshot: CapacitySnapshot, shape: Omit<PodShape, 'replicas'>): number {
  const s = { ...shape, replicas: 0 };
  checkShape(s, 0);
  return roomFor(buildModel(snapshot, { shapes: [s] }), 0);
}
