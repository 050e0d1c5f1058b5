import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/sim/clock.js';
import { type SimCluster, startSimCluster } from '../../src/sim/cluster.js';
import type { SimConfigInput } from '../../src/sim/config.js';

export interface TestSim {
  url: string;
  kubeconfigPath: string;
  cluster: SimCluster;
  close(): Promise<void>;
}

/** Fast defaults for tests: 50 ms ticks, 200 ms model load, 100 ms pulls, 1 s back-off base. */
export const FAST: SimConfigInput = {
  tick: '50ms',
  kubelet: { startup: '200ms', pull: '100ms', backoffBase: '1s', backoffMax: '4s' },
};

/**
 * Starts an in-process simulated cluster on a free port with a kubeconfig in a temp dir.
 * `config` is merged over FAST; pass a ManualClock to drive time with cluster.advance().
 */
export async function startSim(
  config: SimConfigInput = {},
  options: { clock?: Clock } = {},
): Promise<TestSim> {
  const dir = mkdtempSync(join(tmpdir(), 'sim-'));
  const kubeconfigPath = join(dir, 'kubeconfig');
  const cluster = await startSimCluster({
    config: {
      ...FAST,
      ...config,
      kubelet: { ...FAST.kubelet, ...config.kubelet } as SimConfigInput['kubelet'],
    },
    kubeconfigPath,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    url: cluster.url,
    kubeconfigPath,
    cluster,
    /** Stops the server; fails when a background tick threw, so controller bugs cannot hide. */
    async close() {
      await cluster.close();
      rmSync(dir, { recursive: true, force: true });
      if (cluster.errors.length) throw new Error(`simulated cluster tick failed:\n${cluster.errors[0]}`);
    },
  };
}
