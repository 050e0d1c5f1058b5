/**
 * dynamicStableScale (Argo Rollouts' idea) for a fixed GPU pool: when the cluster has no room for the canary
 * pods a step needs, free it by scaling the stable ReplicaSet down — but never below what the stable's
 * remaining share of traffic needs.
 *
 * Assumes canary and stable pods have the same shape and constraints (the same model server with a new
 * image or model), so every stable pod removed frees exactly the room of one canary pod. If the canary asks
 * for more (more GPUs, another product), compute `room` with `maxAdditionalPods` on a snapshot without the
 * stable pods you plan to remove instead.
 */
export interface StableScaleInput {
  /** Replicas of the Deployment at 100 % (deploy.replicas). */
  replicas: number;
  /** Canary traffic weight of the next step, 0–100. */
  weight: number;
  /** Canary pods running now. */
  canaryNow: number;
  /** Stable pods running now. */
  stableNow: number;
  /** More canary pods the cluster can take right now: maxAdditionalPods(snapshot, canaryShape). */
  room: number;
  /** deploy.dynamic-stable-scale: may stable be scaled down to make room? */
  dynamic: boolean;
}

export interface StableScale {
  /** Canary replicas for this weight: ceil(replicas × weight / 100), at least 1 when weight > 0. */
  canary: number;
  /** Stable replicas to run during this step. */
  stable: number;
  /** stableNow − stable: pods to remove before the canary pods are created. */
  scaleStableDownBy: number;
  /** The fewest stable pods that still carry (100 − weight) % of the traffic at the per-pod load of 100 %. */
  minStable: number;
  feasible: boolean;
  /** What happens, or why it cannot, in words. */
  reason: string;
}

export function canaryReplicas(replicas: number, weight: number): number {
  if (weight <= 0) return 0;
  return Math.min(replicas, Math.max(1, Math.ceil((replicas * weight) / 100)));
}

export function stableScaleForWeight(input: StableScaleInput): StableScale {
  const { replicas, weight, canaryNow, stableNow, room, dynamic } = input;
  const canary = canaryReplicas(replicas, weight);
  const minStable = Math.min(stableNow, Math.ceil((replicas * (100 - weight)) / 100));
  const needed = Math.max(0, canary - canaryNow);
  const base = { canary, minStable };
  if (needed <= room) {
    return {
      ...base,
      stable: stableNow,
      scaleStableDownBy: 0,
      feasible: true,
      reason: `${needed} more canary pod(s) fit as they are (room for ${room})`,
    };
  }
  const short = needed - room;
  if (!dynamic) {
    return {
      ...base,
      stable: stableNow,
      scaleStableDownBy: 0,
      feasible: false,
      reason: `weight ${weight}% needs ${needed} more canary pod(s) but the cluster has room for ${room}; set deploy.dynamic-stable-scale: true to make room by scaling stable down, or add capacity`,
    };
  }
  const spare = stableNow - minStable;
  if (short > spare) {
    return {
      ...base,
      stable: minStable,
      scaleStableDownBy: stableNow - minStable,
      feasible: false,
      reason: `weight ${weight}% needs ${needed} more canary pod(s); the cluster has room for ${room} and stable can give up only ${spare} (it must keep ${minStable} for ${100 - weight}% of the traffic): short by ${short - spare}`,
    };
  }
  return {
    ...base,
    stable: stableNow - short,
    scaleStableDownBy: short,
    feasible: true,
    reason: `scale stable down by ${short} (to ${stableNow - short}, at least ${minStable} needed for ${100 - weight}% of the traffic) to make room for ${needed} canary pod(s)`,
  };
}
