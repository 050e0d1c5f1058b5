import type { Router } from './engine-types.js';
import type { CanaryScale } from './state.js';

/**
 * Canary pods for a traffic weight. With the replicas router the weight IS the pod share
 * (canary / (stable + canary)), so pick the count whose share is closest, rounding up on ties,
 * capped at the stable count (stable is never scaled down). With a weighted router the canary
 * gets ceil(replicas × weight) pods (at least one while it takes traffic).
 */
export function canaryReplicasFor(
  router: Router,
  weight: number,
  stableReplicas: number,
  scale?: CanaryScale,
  dynamic = false,
): number {
  // A KServe revision runs its minReplicas from the start, whatever its share of traffic.
  if (router === 'kserve') return stableReplicas;
  if (scale?.replicas !== undefined) return scale.replicas;
  const w = scale?.weight ?? weight;
  if (w <= 0) return 0;
  if (router !== 'replicas' || scale?.weight !== undefined) {
    return Math.min(stableReplicas, Math.max(1, Math.ceil((stableReplicas * w) / 100)));
  }
  if (dynamic) {
    // Stable keeps the rest of the replicas, so the pod share is the weight.
    return Math.min(stableReplicas, Math.max(1, Math.round((stableReplicas * w) / 100)));
  }
  let best = 1;
  let bestDelta = Number.POSITIVE_INFINITY;
  for (let c = 1; c <= stableReplicas; c++) {
    const delta = Math.abs((100 * c) / (stableReplicas + c) - w);
    if (delta <= bestDelta + 1e-9) {
      best = c;
      bestDelta = Math.min(bestDelta, delta);
    }
  }
  return best;
}

/** The share of traffic the canary really gets with the replicas router: ready canary pods over all ready pods. */
export function podShare(canaryReady: number, stableReady: number): number {
  const total = canaryReady + stableReady;
  return total === 0 ? 0 : (100 * canaryReady) / total;
}
