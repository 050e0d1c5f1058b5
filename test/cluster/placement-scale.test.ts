import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { snapshotFromFiles } from '../../src/cluster/capacity.js';
import { maxAdditionalPods } from '../../src/cluster/placement.js';
import { canaryReplicas, stableScaleForWeight } from '../../src/cluster/placement-scale.js';

describe('dynamicStableScale: how far to scale stable down for a canary weight', () => {
  test.each([
    // replicas, weight, canary
    [10, 0, 0],
    [10, 10, 1],
    [10, 41, 5],
    [4, 1, 1],
    [4, 100, 4],
  ])('canaryReplicas(%i, %i%%) = %i', (replicas, weight, canary) => {
    expect(canaryReplicas(replicas, weight)).toBe(canary);
  });

  test.each([
    {
      name: 'room enough: stable untouched',
      input: { replicas: 4, weight: 25, canaryNow: 0, stableNow: 4, room: 1, dynamic: true },
      want: { canary: 1, stable: 4, scaleStableDownBy: 0, feasible: true },
    },
    {
      name: 'no room: one stable pod makes way for the canary',
      input: { replicas: 4, weight: 25, canaryNow: 0, stableNow: 4, room: 0, dynamic: true },
      want: { canary: 1, stable: 3, scaleStableDownBy: 1, minStable: 3, feasible: true },
    },
    {
      name: 'next step: 50% needs one more canary, stable may drop to 2',
      input: { replicas: 4, weight: 50, canaryNow: 1, stableNow: 3, room: 0, dynamic: true },
      want: { canary: 2, stable: 2, scaleStableDownBy: 1, minStable: 2, feasible: true },
    },
    {
      name: 'stable goes down to exactly its share of traffic',
      input: { replicas: 4, weight: 50, canaryNow: 0, stableNow: 4, room: 0, dynamic: true },
      want: { canary: 2, stable: 2, scaleStableDownBy: 2, feasible: true },
    },
    {
      name: '75%: room for one, stable gives two and stays above its floor of one',
      input: { replicas: 4, weight: 75, canaryNow: 0, stableNow: 4, room: 1, dynamic: true },
      want: { canary: 3, stable: 2, minStable: 1, feasible: true, scaleStableDownBy: 2 },
    },
    {
      name: 'short and dynamic scaling off: say how to fix it',
      input: { replicas: 4, weight: 25, canaryNow: 0, stableNow: 4, room: 0, dynamic: false },
      want: { canary: 1, stable: 4, scaleStableDownBy: 0, feasible: false },
    },
    {
      name: 'short by more than stable can give',
      input: { replicas: 4, weight: 50, canaryNow: 0, stableNow: 3, room: 0, dynamic: true },
      want: { canary: 2, stable: 2, minStable: 2, scaleStableDownBy: 1, feasible: false },
    },
  ])('$name', ({ input, want }) => {
    expect(stableScaleForWeight(input)).toMatchObject(want);
  });

  test('reasons say what happens and why', () => {
    expect(
      stableScaleForWeight({ replicas: 4, weight: 25, canaryNow: 0, stableNow: 4, room: 0, dynamic: false })
        .reason,
    ).toMatch(/set deploy\.dynamic-stable-scale: true/);
    expect(
      stableScaleForWeight({ replicas: 4, weight: 50, canaryNow: 0, stableNow: 3, room: 0, dynamic: true })
        .reason,
    ).toBe(
      'weight 50% needs 2 more canary pod(s); the cluster has room for 0 and stable can give up only 1 (it must keep 2 for 50% of the traffic): short by 1',
    );
  });

  test('with the room the cluster reports: one more 8×H100 pod fits, a second needs a stable pod gone', () => {
    const snapshot = snapshotFromFiles(
      'nodes.json',
      'pods.json',
      join(import.meta.dirname, '../fixtures/cluster'),
    );
    const room = maxAdditionalPods(snapshot, {
      gpus: 8,
      gpuProduct: 'NVIDIA-H100-80GB-HBM3',
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists' }],
    });
    expect(room).toBe(1);
    const step = stableScaleForWeight({
      replicas: 4,
      weight: 50,
      canaryNow: 0,
      stableNow: 4,
      room,
      dynamic: true,
    });
    expect(step).toMatchObject({ canary: 2, stable: 3, scaleStableDownBy: 1, feasible: true });
  });
});
