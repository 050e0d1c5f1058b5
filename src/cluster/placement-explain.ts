import { GPU } from './capacity.js';
import type { Model } from './placement-model.js';

const BINARY: [string, number][] = [
  ['Ti', 2 ** 40],
  ['Gi', 2 ** 30],
  ['Mi', 2 ** 20],
  ['Ki', 2 ** 10],
];

/** A model amount (cpu in millicores, memory in bytes, others as counts) as a Kubernetes quantity. */
export function formatAmount(dim: string, amount: number): string {
  if (dim === 'cpu') return amount % 1000 === 0 ? String(amount / 1000) : `${amount}m`;
  if (dim === 'memory') {
    if (amount === 0) return '0';
    for (const [unit, size] of BINARY) if (amount % size === 0) return `${amount / size}${unit}`;
    return `${(amount / 2 ** 30).toFixed(1)}Gi`;
  }
  return String(amount);
}

/** `8 × NVIDIA-H100-80GB-HBM3`, `2 GPUs`, `1 × nvidia.com/mig-3g.40gb`, `4 cpu, 16Gi memory`. */
export function describeShape(model: Model, s: number): string {
  const shape = model.shapes[s]!;
  const D = model.dims.length;
  const parts: string[] = [];
  if (shape.gpus)
    parts.push(
      shape.gpuProduct
        ? `${shape.gpus} × ${shape.gpuProduct}`
        : `${shape.gpus} GPU${shape.gpus === 1 ? '' : 's'}`,
    );
  if (shape.mig) parts.push(`1 × nvidia.com/mig-${shape.mig}`);
  model.dims.forEach((dim, d) => {
    const v = model.demand[s * D + d]!;
    if (dim === 'pods' || d === model.primary[s] || v === 0) return;
    parts.push(`${formatAmount(dim, v)} ${dim}`);
  });
  return parts.join(', ') || 'a pod';
}

function resourceName(dim: string): string {
  return dim === GPU ? 'GPUs' : dim;
}

/**
 * Why one more pod of shape `s` cannot go anywhere, given what is free now: a sentence about the closest
 * miss, then the scheduler's summary (`0/12 nodes are available: …`), counting each node once by the first
 * filter it fails, in the scheduler's order (unschedulable, taints, selector, resources).
 */
export function explainUnplaced(model: Model, free: Float64Array, count: Int32Array, s: number): string {
  const D = model.dims.length;
  const N = model.nodes.length;
  const reasons = new Map<string, number>();
  const bump = (r: string) => reasons.set(r, (reasons.get(r) ?? 0) + 1);
  const primary = model.primary[s]!;
  let largest = -1;
  let largestNode = '';
  let eligibleCount = 0;
  let closest: { n: number; shortDims: number } | undefined;
  let limited = 0;
  for (let n = 0; n < N; n++) {
    const veto = model.veto[s]![n];
    if (veto) {
      if (veto.kind === 'notReady') bump('node(s) were not ready');
      else if (veto.kind === 'cordoned') bump('node(s) were unschedulable');
      else if (veto.kind === 'taint') bump(`node(s) had untolerated taint {${veto.key}: ${veto.value}}`);
      else bump("node(s) didn't match Pod's node affinity/selector");
      continue;
    }
    eligibleCount++;
    const name = model.nodes[n]!.name;
    if (primary >= 0 && free[n * D + primary]! > largest) {
      largest = free[n * D + primary]!;
      largestNode = name;
    }
    let shortDims = 0;
    for (let d = 0; d < D; d++) {
      if (free[n * D + d]! < model.demand[s * D + d]!) {
        shortDims++;
        bump(model.dims[d] === 'pods' ? 'Too many pods' : `Insufficient ${model.dims[d]}`);
      }
    }
    if (shortDims === 0 && count[s * N + n]! >= model.maxPerNode[s]!) {
      limited++;
      bump(`node(s) already run ${model.maxPerNode[s]} of these pods (max per node)`);
      continue;
    }
    if (shortDims > 0 && (closest === undefined || shortDims < closest.shortDims)) closest = { n, shortDims };
  }
  const shortOf = (n: number) => {
    const short: string[] = [];
    for (let d = 0; d < D; d++) {
      const need = model.demand[s * D + d]!;
      const dim = model.dims[d]!;
      if (free[n * D + d]! < need) {
        short.push(
          `${resourceName(dim)} (${formatAmount(dim, Math.max(0, free[n * D + d]!))} free, needs ${formatAmount(dim, need)})`,
        );
      }
    }
    return short.join(' and ');
  };
  const summary = `0/${N} nodes are available: ${[...reasons.entries()]
    .map(([r, k]) => `${k} ${r}`)
    .sort()
    .join(', ')}.`;
  const needs = `needs ${describeShape(model, s)} on one node`;
  let lead: string;
  if (eligibleCount === 0) lead = `${needs}; no node accepts it (taints, selector, cordon or readiness)`;
  else if (primary >= 0 && largest < model.demand[s * D + primary]!) {
    lead =
      largest > 0
        ? `${needs}; the largest free block is ${largest} on ${largestNode}`
        : `${needs}; none of the ${eligibleCount} eligible nodes has a free ${model.dims[primary] === GPU ? 'GPU' : model.dims[primary]}`;
  } else if (closest)
    lead = `${needs}; the closest, ${model.nodes[closest.n]!.name}, is short of ${shortOf(closest.n)}`;
  else if (limited > 0)
    lead = `${needs}; at most ${model.maxPerNode[s]} per node and every node that fits has that many`;
  else lead = needs;
  return `${lead}. ${summary}`;
}
