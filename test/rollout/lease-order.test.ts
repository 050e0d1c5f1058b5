import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kube } from '../../src/cluster/kube.js';
import { QUEUE_ANNOTATION } from '../../src/cluster/lease.js';
import { runCli } from '../support/cli.js';
import type { TestSim } from '../support/sim.js';
import { cluster, exited, spawnDeploy, waitFor, workspace } from './harness.js';

const DEPLOY = (pause: string) => `replicas: 1
resources: {gpus: 1}
probes: {startup-deadline: 5s, period: 1s}
analysis: {interval: 1s}
lease: 60s
steps:
  - setWeight: 50
  - pause: ${pause}
  - setWeight: 100`;

describe('concurrent deploys of one model (CLI processes against the simulator)', () => {
  let sim: TestSim;
  let kube: Kube;
  beforeAll(async () => {
    ({ sim, kube } = await cluster({ nodePools: [{ name: 'gpu', count: 2, gpus: 8 }] }));
  });
  afterAll(async () => {
    await sim?.close();
  });

  const queue = async (model: string): Promise<string[]> => {
    const lease = await kube.coordination
      .readNamespacedLease({ name: `${model}-model-deploy`, namespace: 'default' })
      .catch(() => undefined);
    const text = lease?.metadata?.annotations?.[QUEUE_ANNOTATION];
    return text ? (JSON.parse(text) as { holder: string }[]).map((e) => e.holder) : [];
  };

  it('run in order of arrival: the deploy started last ends stable, and each says whom it waited for', async () => {
    const model = 'order';
    const ws = workspace(DEPLOY('1s'), model);
    // The rollout the others queue behind: it pauses until the test stops it (SIGTERM: rolled back, lease freed).
    // lease: 60s lets each wait up to 2 min (twice the lease), for slow machines.
    const long = workspace(DEPLOY('10m'), model);
    try {
      const first = spawnDeploy(ws.dir, sim.kubeconfigPath, `reg/${model}:v1`, 'runner-1');
      expect((await exited(first)).code, first.output.join('')).toBe(0);

      const running = spawnDeploy(long.dir, sim.kubeconfigPath, `reg/${model}:v2`, 'runner-2');
      await waitFor(
        'runner-2 to hold the lease',
        async () =>
          (
            await kube.coordination
              .readNamespacedLease({ name: `${model}-model-deploy`, namespace: 'default' })
              .catch(() => undefined)
          )?.spec?.holderIdentity === 'runner-2' || undefined,
        30_000,
      );
      const waiters = [];
      for (const [i, version] of [
        [3, 'v3'],
        [4, 'v4'],
        [5, 'v5'],
      ] as const) {
        const child = spawnDeploy(ws.dir, sim.kubeconfigPath, `reg/${model}:${version}`, `runner-${i}`);
        waiters.push(child);
        // The next one starts once this one is waiting in line.
        await waitFor(
          `runner-${i} to queue`,
          async () => (await queue(model)).includes(`runner-${i}`) || undefined,
          60_000,
        ).catch((error: unknown) => {
          throw new Error(
            `${(error as Error).message}; it printed:\n${child.output.join('')}\nrunner-2 printed:\n${running.output.join('')}`,
          );
        });
      }
      expect(await queue(model)).toEqual(['runner-3', 'runner-4', 'runner-5']);
      running.kill('SIGTERM');
      expect((await exited(running)).code, running.output.join('')).toBe(1);
      for (const child of waiters) expect((await exited(child)).code, child.output.join('')).toBe(0);

      // One abort listener per wait, not one per poll (Node warns past 10 on the cancel signal).
      for (const child of waiters) expect(child.output.join('')).not.toContain('MaxListenersExceededWarning');
      const last = waiters[2]!.output.join('');
      expect(last).toContain('arrived earlier and go first (runner-3, runner-4)');
      expect(last).toMatch(
        /Waited for the Lease behind `runner-2`, `runner-3`, `runner-4`: rollouts of this model run one at a time, in order of arrival/,
      );
      const stable = await kube.apps.readNamespacedDeployment({ name: model, namespace: 'default' });
      expect(stable.spec?.template.spec?.containers[0]?.image).toBe(`reg/${model}:v5`);
      // Revision 2 (stopped, rolled back) first, then the waiters in the order they arrived.
      const st = await runCli(['status', '--format', 'json', '--kubeconfig', sim.kubeconfigPath], {
        cwd: ws.dir,
      });
      expect(
        (JSON.parse(st.stdout) as { history: { revision: number; image: string }[] }).history.map(
          (h) => `${h.revision}:${h.image}`,
        ),
      ).toEqual([1, 2, 3, 4, 5].map((n) => `${n}:reg/${model}:v${n}`));
      expect(await queue(model)).toEqual([]);
    } finally {
      ws.dispose();
      long.dispose();
    }
  }, 300_000);
});
