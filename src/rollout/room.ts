import type { CapacitySnapshot } from '../cluster/capacity.js';
import { maxAdditionalPods } from '../cluster/placement.js';
import { type PodShape, shapeRequests, staticVeto } from '../cluster/placement-model.js';
import type { DeployConfig } from '../config/sections/deploy.js';

export function podShape(deploy: DeployConfig, name: string): PodShape {
  const r = deploy.resources;
  return {
    name,
    replicas: 1,
    ...(r.gpus > 0 ? { gpus: r.gpus } : {}),
    ...(r['gpu-product'] ? { gpuProduct: r['gpu-product'] } : {}),
    ...(r.mig ? { mig: r.mig } : {}),
    ...(r.cpu !== undefined ? { cpu: r.cpu } : {}),
    ...(r.memory !== undefined ? { memory: r.memory } : {}),
    nodeSelector: deploy['node-selector'],
    tolerations: deploy.tolerations,
  };
}

/**
 * How many more pods of this shape fit now, node by node (a pod fits on one node or not at all):
 * the scheduler's filters (ready, cordon, taints, selector) then free = allocatable − requested
 * for every resource the pod asks for.
 */
export function room(snapshot: CapacitySnapshot, shape: PodShape): { pods: number; detail: string } {
  const requests = shapeRequests(shape);
  let pods = 0;
  const excluded = new Map<string, number>();
  const perNode: string[] = [];
  for (const node of snapshot.nodes) {
    const veto = staticVeto(node, shape);
    if (veto) {
      const why =
        veto.kind === 'taint'
          ? `untolerated taint ${veto.key}${veto.value ? `=${veto.value}` : ''}`
          : veto.kind === 'selector'
            ? 'node selector / GPU product'
            : veto.kind;
      excluded.set(why, (excluded.get(why) ?? 0) + 1);
      continue;
    }
    let fit = Number.POSITIVE_INFINITY;
    let short = '';
    for (const [resource, amount] of Object.entries(requests)) {
      if (amount <= 0) continue;
      const free = (node.allocatable[resource] ?? 0) - (node.requested[resource] ?? 0);
      const n = Math.max(0, Math.floor(free / amount + 1e-9));
      if (n < fit) {
        fit = n;
        short = `${resource} ${Math.max(0, free)} free of ${node.allocatable[resource] ?? 0}, ${amount} per pod`;
      }
    }
    if (!Number.isFinite(fit)) fit = 0;
    pods += fit;
    perNode.push(`${node.name}: ${fit} (${short})`);
  }
  const parts = [
    perNode.length
      ? `eligible nodes ${perNode.slice(0, 6).join('; ')}${perNode.length > 6 ? '; …' : ''}`
      : 'no eligible node',
    ...[...excluded].map(([why, n]) => `${n} node(s) excluded: ${why}`),
  ];
  // The placement module's count is the authority; the per-node lines above explain it.
  return { pods: Math.min(pods, maxAdditionalPods(snapshot, shape)), detail: parts.join('; ') };
}
