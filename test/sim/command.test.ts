import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext, Log } from '../../src/commands/command.js';
import simCommand from '../../src/commands/sim.js';
import { ConfigError, InputError } from '../../src/errors.js';
import { loadSimConfig } from '../../src/sim/config.js';
import { startSim } from '../support/sim.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sim-cmd-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function context(signal: AbortSignal, lines: string[]): CommandContext {
  const log: Log = {
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: () => {},
    group: (_t, fn) => fn(),
    secret: () => {},
  };
  return { cwd: dir, env: {}, log, dryRun: false, action: false, signal, now: () => new Date() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(fn: () => T | undefined, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const v = fn();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

describe('model-deploy sim', () => {
  it('starts the configured cluster, writes the kubeconfig, serves client-node and stops on abort', async () => {
    writeFileSync(
      join(dir, 'sim.yaml'),
      [
        'tick: 50ms',
        'nodePools:',
        '  - name: l4',
        '    count: 3',
        '    gpus: 2',
        '    product: NVIDIA-L4',
        '    taints: [{key: nvidia.com/gpu, value: present, effect: NoSchedule}]',
        'faultProfiles:',
        '  - name: broken',
        '    match: {image: "registry.local/*:bad"}',
        '    crashAfter: 2s',
      ].join('\n'),
    );
    const abort = new AbortController();
    const lines: string[] = [];
    const running = simCommand.run(
      context(abort.signal, lines),
      { config: 'sim.yaml', kubeconfig: 'kc/config' },
      [],
    );
    const kubeconfig = join(dir, 'kc/config');
    await until(() => (existsSync(kubeconfig) ? true : undefined));
    const kc = new KubeConfig();
    kc.loadFromFile(kubeconfig);
    expect(kc.getCurrentCluster()?.skipTLSVerify).toBe(true);
    const nodes = await kc.makeApiClient(CoreV1Api).listNode();
    expect(nodes.items.map((n) => n.metadata?.name)).toEqual(['l4-1', 'l4-2', 'l4-3']);
    expect(nodes.items[0]?.metadata?.labels?.['nvidia.com/gpu.product']).toBe('NVIDIA-L4');
    expect(nodes.items[0]?.spec?.taints).toEqual([
      { key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' },
    ]);
    expect(lines.join('\n')).toContain(`kubeconfig: ${kubeconfig}`);
    abort.abort();
    const result = await running;
    expect(result.outputs?.kubeconfig).toBe(kubeconfig);
    expect(result.outputs?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('rejects a bad config with file:line:col and a bad port', async () => {
    writeFileSync(join(dir, 'sim.yaml'), 'nodePools:\n  - name: a\n    gpus: many\nfaultProfiles: []\n');
    expect(() => loadSimConfig('sim.yaml', dir)).toThrow(ConfigError);
    try {
      loadSimConfig('sim.yaml', dir);
    } catch (error) {
      const issue = (error as ConfigError).issues[0]!;
      expect(issue).toMatchObject({ path: 'nodePools[0].gpus', file: 'sim.yaml', line: 3, col: 5 });
    }
    writeFileSync(join(dir, 'typo.yaml'), 'nodePool: []\n');
    expect(() => loadSimConfig('typo.yaml', dir)).toThrow(
      /unknown key "nodePool" \(did you mean "nodePools"\?\)/,
    );
    const abort = new AbortController();
    await expect(simCommand.run(context(abort.signal, []), { port: '99999' }, [])).rejects.toThrow(
      InputError,
    );
  });

  it('copies nodes and running pod usage from another cluster with --from-kubeconfig', async () => {
    const source = await startSim({
      nodePools: [{ name: 'prod', count: 2, gpus: 8, labels: { zone: 'a' } }],
    });
    try {
      const kc = new KubeConfig();
      kc.loadFromFile(source.kubeconfigPath);
      const core = kc.makeApiClient(CoreV1Api);
      await core.createNamespacedPod({
        namespace: 'default',
        body: {
          metadata: { name: 'busy' },
          spec: {
            containers: [
              { name: 'm', image: 'registry.local/m:v1', resources: { limits: { 'nvidia.com/gpu': '6' } } },
            ],
          },
        },
      });
      await sleep(300);
      const abort = new AbortController();
      const running = simCommand.run(
        context(abort.signal, []),
        { 'from-kubeconfig': source.kubeconfigPath, kubeconfig: 'copy' },
        [],
      );
      await until(() => (existsSync(join(dir, 'copy')) ? true : undefined));
      const copy = new KubeConfig();
      copy.loadFromFile(join(dir, 'copy'));
      const copyCore = copy.makeApiClient(CoreV1Api);
      const nodes = await copyCore.listNode();
      expect(nodes.items.map((n) => [n.metadata?.name, n.metadata?.labels?.zone])).toEqual([
        ['prod-1', 'a'],
        ['prod-2', 'a'],
      ]);
      const busy = await copyCore.readNamespacedPod({ name: 'busy', namespace: 'default' });
      const busyNode = busy.spec?.nodeName;
      expect(busyNode).toMatch(/^prod-[12]$/);
      // the copied usage counts: 3 more GPUs do not fit next to it, 2 do
      await copyCore.createNamespacedPod({
        namespace: 'default',
        body: {
          metadata: { name: 'probe' },
          spec: {
            nodeSelector: { 'kubernetes.io/hostname': busyNode! },
            containers: [
              { name: 'm', image: 'registry.local/m:v1', resources: { limits: { 'nvidia.com/gpu': '3' } } },
            ],
          },
        },
      });
      await sleep(1000);
      const probe = await copyCore.readNamespacedPod({ name: 'probe', namespace: 'default' });
      expect(probe.spec?.nodeName).toBeUndefined();
      expect(probe.status?.conditions?.find((c) => c.type === 'PodScheduled')?.message).toContain(
        '1 Insufficient nvidia.com/gpu',
      );
      abort.abort();
      await running;
    } finally {
      await source.close();
    }
  });
});
