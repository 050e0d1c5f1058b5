import {
  type CapacitySnapshot,
  GPU,
  GPU_PRODUCT_LABEL,
  migResource,
  type NodeCapacity,
  type Resources,
  type TaintEffect,
} from './capacity.js';

export interface Toleration {
  key?: string;
  operator?: 'Exists' | 'Equal';
  value?: string;
  effect?: TaintEffect;
}

/** One kind of pod: `replicas` copies of the same resources and scheduling constraints. */
export interface PodShape {
  /** Shown in reasons and reports, e.g. `canary`. */
  name?: string;
  replicas: number;
  /** Whole GPUs (`nvidia.com/gpu`). */
  gpus?: number;
  /** Required `nvidia.com/gpu.product` label value, e.g. `NVIDIA-H100-80GB-HBM3`. */
  gpuProduct?: string;
  /** One MIG device of this profile (`nvidia.com/mig-<profile>`, mixed strategy), e.g. `3g.40gb`. */
  mig?: string;
  /** Cores. */
  cpu?: number;
  /** Bytes. */
  memory?: number;
  /** Any other requests, e.g. `{ 'nvidia.com/gpu.shared': 1 }`. */
  resources?: Resources;
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
  /** Spread: at most this many pods of this shape on one node. */
  maxPerNode?: number;
}

export interface PlacementRequest {
  shapes: PodShape[];
}

/** Why a node is out before resources are compared; in the scheduler's filter order. */
export type StaticVeto =
  | { kind: 'notReady' }
  | { kind: 'cordoned' }
  | { kind: 'taint'; key: string; value: string }
  | { kind: 'selector' };

/**
 * The request and the snapshot as flat arrays: resource dimensions, integer amounts (cpu in millicores),
 * pods expanded from shapes in order (shape 0's replicas first).
 */
export interface Model {
  dims: string[];
  nodes: NodeCapacity[];
  shapes: PodShape[];
  /** nodes × dims, row-major. */
  alloc: Float64Array;
  free: Float64Array;
  /** shapes × dims. */
  demand: Float64Array;
  /** Per pod: its shape. */
  podShape: Int32Array;
  /** Per shape × node: passes the non-resource filters (ready, schedulable, taints, selector). */
  eligible: Uint8Array[];
  /** Per shape × node: eligible and allocatable large enough for one pod when the node is empty. */
  candidate: Uint8Array[];
  veto: (StaticVeto | undefined)[][];
  maxPerNode: number[];
  /** Per shape: dimension of its accelerator (GPU or MIG device), -1 for none. */
  primary: number[];
  /** Largest allocatable per dim over all nodes (for normalising). */
  maxAlloc: Float64Array;
}

export function scale(dim: string, amount: number): number {
  return dim === 'cpu' ? Math.round(amount * 1000) : Math.ceil(amount - 1e-9);
}

/** Allocatable amount of a resource; a node that does not report `pods` is not limited by it. */
function allocatableOf(node: NodeCapacity, dim: string): number {
  const v = node.allocatable[dim];
  if (v === undefined) return dim === 'pods' ? Number.POSITIVE_INFINITY : 0;
  return scale(dim, v);
}

export function shapeRequests(shape: PodShape): Resources {
  const r: Resources = { pods: 1, ...(shape.resources ?? {}) };
  if (shape.gpus) r[GPU] = shape.gpus;
  if (shape.mig) r[migResource(shape.mig)] = 1;
  if (shape.cpu) r.cpu = shape.cpu;
  if (shape.memory) r.memory = shape.memory;
  return r;
}

export function shapeSelector(shape: PodShape): Record<string, string> {
  return {
    ...(shape.nodeSelector ?? {}),
    ...(shape.gpuProduct ? { [GPU_PRODUCT_LABEL]: shape.gpuProduct } : {}),
  };
}

/** Kubernetes toleration matching (k8s.io/api/core/v1 Toleration.ToleratesTaint). */
export function tolerates(
  t: Toleration,
  taint: { key: string; value?: string; effect: TaintEffect },
): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  const op = t.operator ?? 'Equal';
  if (t.key === undefined || t.key === '') return op === 'Exists';
  if (t.key !== taint.key) return false;
  return op === 'Exists' || (t.value ?? '') === (taint.value ?? '');
}

const NOT_READY: StaticVeto = { kind: 'notReady' };
const CORDONED: StaticVeto = { kind: 'cordoned' };
const SELECTOR: StaticVeto = { kind: 'selector' };

/** The first non-resource filter a node fails for a shape; `selector` defaults to the shape's. */
export function staticVeto(
  node: NodeCapacity,
  shape: PodShape,
  selector: [string, string][] = Object.entries(shapeSelector(shape)),
): StaticVeto | undefined {
  if (!node.ready) return NOT_READY;
  if (node.cordoned) return CORDONED;
  const tolerations = shape.tolerations ?? [];
  for (const taint of node.taints) {
    if (taint.effect === 'PreferNoSchedule') continue;
    if (!tolerations.some((t) => tolerates(t, taint)))
      return { kind: 'taint', key: taint.key, value: taint.value ?? '' };
  }
  for (const [k, v] of selector) if (node.labels[k] !== v) return SELECTOR;
  return undefined;
}

export function buildModel(snapshot: CapacitySnapshot, request: PlacementRequest): Model {
  const { shapes } = request;
  const dimSet = new Set<string>(['pods']);
  for (const s of shapes) for (const k of Object.keys(shapeRequests(s))) dimSet.add(k);
  const dims = [...dimSet];
  const D = dims.length;
  const nodes = snapshot.nodes;
  const N = nodes.length;
  const alloc = new Float64Array(N * D);
  const free = new Float64Array(N * D);
  const maxAlloc = new Float64Array(D);
  nodes.forEach((node, n) => {
    dims.forEach((dim, d) => {
      const a = allocatableOf(node, dim);
      alloc[n * D + d] = a;
      free[n * D + d] = a - scale(dim, node.requested[dim] ?? 0);
      if (a > maxAlloc[d]!) maxAlloc[d] = a;
    });
  });
  const demand = new Float64Array(shapes.length * D);
  shapes.forEach((shape, s) => {
    const r = shapeRequests(shape);
    dims.forEach((dim, d) => {
      demand[s * D + d] = scale(dim, r[dim] ?? 0);
    });
  });
  const total = shapes.reduce((a, s) => a + s.replicas, 0);
  const podShape = new Int32Array(total);
  let p = 0;
  shapes.forEach((shape, s) => {
    for (let i = 0; i < shape.replicas; i++) podShape[p++] = s;
  });
  const veto = shapes.map((shape) => {
    const selector = Object.entries(shapeSelector(shape));
    return nodes.map((node) => staticVeto(node, shape, selector));
  });
  const eligible = veto.map((row) => Uint8Array.from(row, (v) => (v ? 0 : 1)));
  const candidate = shapes.map((_, s) =>
    Uint8Array.from(nodes, (_n, n) => {
      if (!eligible[s]![n]) return 0;
      for (let d = 0; d < D; d++) if (alloc[n * D + d]! < demand[s * D + d]!) return 0;
      return 1;
    }),
  );
  const primary = shapes.map((shape) => {
    const dim = shape.gpus ? GPU : shape.mig ? migResource(shape.mig) : undefined;
    return dim ? dims.indexOf(dim) : -1;
  });
  return {
    dims,
    nodes,
    shapes,
    alloc,
    free,
    demand,
    podShape,
    eligible,
    candidate,
    veto,
    maxPerNode: shapes.map((s) =>
      s.maxPerNode && s.maxPerNode > 0 ? s.maxPerNode : Number.POSITIVE_INFINITY,
    ),
    primary,
    maxAlloc,
  };
}

/** Does one more pod of shape `s` fit on node `n` given `free` (nodes × dims)? */
export function fits(model: Model, free: Float64Array, s: number, n: number): boolean {
  const D = model.dims.length;
  const { demand } = model;
  for (let d = 0; d < D; d++) if (free[n * D + d]! < demand[s * D + d]!) return false;
  return true;
}

export function take(model: Model, free: Float64Array, s: number, n: number, sign: 1 | -1): void {
  const D = model.dims.length;
  for (let d = 0; d < D; d++) free[n * D + d] = free[n * D + d]! - sign * model.demand[s * D + d]!;
}

/** Reference shape for stranding: the one with the most GPUs (or MIG devices); -1 when none asks for any. */
export function referenceShape(model: Model): number {
  let best = -1;
  let bestAmount = 0;
  model.shapes.forEach((_, s) => {
    const d = model.primary[s]!;
    if (d < 0) return;
    const amount = model.demand[s * model.dims.length + d]! / Math.max(1, model.maxAlloc[d]!);
    if (amount > bestAmount) {
      bestAmount = amount;
      best = s;
    }
  });
  return best;
}

/**
 * Stranded GPUs: free accelerator units (GPUs, or MIG devices of the reference profile) on nodes that could
 * host a pod of the reference shape (the request's largest, by its accelerator) when empty — the pod is
 * allowed there and the node's allocatable is large enough — but can no longer host one with what is
 * requested on them now. Nodes that are simply too small or not allowed never count.
 */
export function strandedGpus(model: Model, free: Float64Array): number {
  const ref = referenceShape(model);
  if (ref < 0) return 0;
  const D = model.dims.length;
  const d = model.primary[ref]!;
  const cand = model.candidate[ref]!;
  let total = 0;
  for (let n = 0; n < model.nodes.length; n++) {
    if (!cand[n]) continue;
    if (fits(model, free, ref, n)) continue;
    total += Math.max(0, free[n * D + d]!);
  }
  return total;
}
