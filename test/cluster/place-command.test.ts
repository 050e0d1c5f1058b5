import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { snapshotFromCluster } from '../../src/cluster/capacity.js';
import type { CommandContext, CommandResult } from '../../src/commands/command.js';
import placeCommand from '../../src/commands/place.js';
import { InputError } from '../../src/errors.js';
import { parseInvocation } from '../../src/run-command.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/cluster');
const NODES = join(FIXTURES, 'nodes.json');
const PODS = join(FIXTURES, 'pods.json');
const logged: string[] = [];

function context(cwd: string, extra: Partial<CommandContext> = {}): CommandContext {
  const log = {
    info: (m: string) => logged.push(`info ${m}`),
    warning: (m: string) => logged.push(`warning ${m}`),
    error: (m: string) => logged.push(`error ${m}`),
    debug: () => {},
    group: <T>(_t: string, fn: () => Promise<T>) => fn(),
    secret: () => {},
  };
  return {
    cwd,
    env: {},
    log,
    dryRun: false,
    action: false,
    signal: new AbortController().signal,
    now: () => new Date(0),
    ...extra,
  };
}

async function run(
  args: string[],
  ctx = context(mkdtempSync(join(tmpdir(), 'place-cmd-'))),
): Promise<CommandResult> {
  const { options, positionals } = parseInvocation(placeCommand, args);
  return placeCommand.run(ctx, options, positionals);
}

const H100 = ['--gpu-product', 'NVIDIA-H100-80GB-HBM3', '--toleration', 'nvidia.com/gpu=present:NoSchedule'];

describe('model-deploy place', () => {
  test('fits: the JSON the issue specifies, outputs and a markdown summary', async () => {
    const result = await run([
      '--nodes',
      NODES,
      '--pods',
      PODS,
      '--replicas',
      '2',
      '--gpus',
      '4',
      ...H100,
      '--cpu',
      '24',
      '--memory',
      '200Gi',
    ]);
    expect(result.failed).toBeUndefined();
    const json = JSON.parse(result.stdout!);
    expect(json).toMatchObject({
      feasible: true,
      assignments: [
        { pod: 0, node: 'gke-inference-a3-pool-6f2c1a90-x7k2' },
        { pod: 1, node: 'gke-inference-a3-pool-6f2c1a90-x7k2' },
      ],
      nodesUsed: 1,
      lowerBound: 1,
      strandedGpus: 0,
      unplaced: [],
      spread: { nodesUsed: 1, strandedGpus: 0 },
    });
    expect(json.spread.assignments).toBeUndefined();
    expect(result.outputs).toMatchObject({ feasible: 'true', 'nodes-used': '1', 'stranded-gpus': '0' });
    expect(result.summary).toMatch(/^### GPU placement preflight/);
    expect(logged.some((l) => l.startsWith('warning ml/dra-trainer-0: requests devices through DRA'))).toBe(
      true,
    );
  });

  test('does not fit: failed with the reason (exit 1), still reports the placement', async () => {
    const result = await run([
      '--nodes',
      NODES,
      '--pods',
      PODS,
      '--replicas',
      '3',
      '--gpus',
      '8',
      ...H100,
      '--format',
      'markdown',
    ]);
    expect(result.failed).toMatch(
      /^2 of 3 pod\(s\) do not fit: needs 8 × NVIDIA-H100-80GB-HBM3 on one node; the largest free block is 4 on gke-inference-a3-pool-6f2c1a90-q9vd\./,
    );
    expect(result.exitCode).toBeUndefined();
    expect(result.stdout).toMatch(/❌ \*\*Does not fit\*\*/);
    expect(result.outputs?.feasible).toBe('false');
  });

  test('MIG profile and max per node from flags', async () => {
    const mig = JSON.parse(
      (await run(['--nodes', NODES, '--pods', PODS, '--replicas', '3', '--mig', '3g.40gb'])).stdout!,
    );
    expect(mig.assignments.map((a: { node: string }) => a.node)).toEqual([
      'dgx-a100-07',
      'dgx-a100-07',
      'dgx-a100-07',
    ]);
    const spread = JSON.parse(
      (
        await run([
          '--nodes',
          NODES,
          '--pods',
          PODS,
          '--replicas',
          '2',
          '--gpus',
          '2',
          ...H100,
          '--max-per-node',
          '1',
        ])
      ).stdout!,
    );
    expect(spread.nodesUsed).toBe(2);
  });

  test('the pod shape comes from deploy.* in model-deploy.yml; flags win', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'place-config-'));
    writeFileSync(
      join(dir, 'model-deploy.yml'),
      [
        'model:',
        '  name: llama',
        '  artifacts: [model.safetensors]',
        'deploy:',
        '  replicas: 2',
        '  resources:',
        '    gpus: 4',
        '    gpu-product: NVIDIA-A100-SXM4-40GB',
        '    cpu: 4',
        '    memory: 32Gi',
        '  tolerations:',
        '    - key: sku',
        '      operator: Equal',
        '      value: gpu',
        '      effect: NoSchedule',
        '',
      ].join('\n'),
    );
    const fromConfig = await run(['--nodes', NODES, '--pods', PODS], context(dir));
    // two 4-GPU pods need 8 free A100s; the Ready AKS node has 5
    expect(fromConfig.failed).toMatch(
      /1 of 2 pod\(s\) do not fit: needs 4 × NVIDIA-A100-SXM4-40GB, 4 cpu, 32Gi memory on one node; the largest free block is 1/,
    );
    const overridden = await run(['--nodes', NODES, '--pods', PODS, '--replicas', '1'], context(dir));
    expect(JSON.parse(overridden.stdout!).assignments).toEqual([
      { pod: 0, node: 'aks-gpunp-27431915-vmss000000' },
    ]);
  });

  test.each([
    [['--nodes', NODES, '--replicas', 'two'], /--replicas must be a whole number ≥ 1, got "two"/],
    [
      ['--nodes', NODES, '--replicas', '1', '--cpu', 'lots'],
      /--cpu "lots" is not a Kubernetes quantity; use e\.g\. 8 or 500m/,
    ],
    [
      ['--nodes', NODES, '--replicas', '1', '--toleration', 'a=b:Sometimes'],
      /--toleration "a=b:Sometimes": use key=value:Effect/,
    ],
    [
      ['--nodes', NODES, '--replicas', '1', '--node-selector', 'pool'],
      /--node-selector "pool": use key=value/,
    ],
    [['--nodes', NODES, '--replicas', '1', '--gpus', '1', '--mig', '1g.10gb'], /not both/],
    [['--nodes', NODES, '--replicas', '1', '--mig', 'big'], /--mig "big": use a MIG profile like 1g\.10gb/],
    [['--replicas', '1'], /no cluster to check: pass --nodes nodes\.json/],
    [['--pods', PODS, '--replicas', '1'], /--pods needs --nodes/],
    [['--nodes', NODES], /--replicas is required \(or set deploy\.replicas in model-deploy\.yml\)/],
    [['--nodes', NODES, '--replicas', '1', '--format', 'xml'], /--format must be json or markdown/],
  ])('bad input %j', async (args, message) => {
    await expect(run(args)).rejects.toThrow(InputError);
    await expect(run(args)).rejects.toThrow(message);
  });
});

describe('snapshot from the Kubernetes API (@kubernetes/client-node against an HTTP server)', () => {
  let server: Server;
  let kubeconfig: string;
  const seen: string[] = [];
  const nodes = JSON.parse(readFileSync(NODES, 'utf8')).items as unknown[];
  const pods = JSON.parse(readFileSync(PODS, 'utf8')).items as unknown[];

  /** Serves a list in pages of 4 with continue tokens, as the API server does for ?limit. */
  function page(kind: string, items: unknown[], url: URL) {
    const from = Number(url.searchParams.get('continue') ?? 0);
    const next = from + 4 < items.length ? String(from + 4) : undefined;
    return {
      kind: `${kind}List`,
      apiVersion: 'v1',
      metadata: { resourceVersion: '4810001', ...(next ? { continue: next } : {}) },
      items: items.slice(from, from + 4),
    };
  }

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      seen.push(
        `${req.method} ${url.pathname}?${url.searchParams.toString()} ${req.headers.authorization ?? ''}`,
      );
      const body =
        url.pathname === '/api/v1/nodes'
          ? page('Node', nodes, url)
          : url.pathname === '/api/v1/pods'
            ? page('Pod', pods, url)
            : undefined;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? { kind: 'Status', status: 'Failure', code: 404, reason: 'NotFound' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const dir = mkdtempSync(join(tmpdir(), 'place-kube-'));
    kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        `- name: test\n  cluster:\n    server: http://127.0.0.1:${port}\n    insecure-skip-tls-verify: true`,
        'users:',
        '- name: ci\n  user:\n    token: secret-token',
        'contexts:',
        '- name: test\n  context:\n    cluster: test\n    user: ci',
        'current-context: test',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('pages through nodes and non-terminated pods and gives the same snapshot as the files', async () => {
    const snapshot = await snapshotFromCluster(kubeconfig);
    expect(snapshot.nodes.map((n) => n.name)).toEqual(
      nodes.map((n) => (n as { metadata: { name: string } }).metadata.name),
    );
    const h2 = snapshot.nodes.find((n) => n.name === 'gke-inference-a3-pool-6f2c1a90-q9vd')!;
    expect(h2.requested['nvidia.com/gpu']).toBe(4);
    expect(snapshot.notUnderstood.map((p) => p.name)).toEqual(['dra-trainer-0']);
    const podCalls = seen.filter((s) => s.startsWith('GET /api/v1/pods'));
    expect(podCalls.length).toBe(Math.ceil(pods.length / 4));
    expect(podCalls[0]).toContain('fieldSelector=status.phase%21%3DSucceeded%2Cstatus.phase%21%3DFailed');
    expect(podCalls[1]).toContain('continue=4');
    expect(seen[0]).toContain('Bearer secret-token');
  });

  test('the command reads the cluster from --kubeconfig or the context', async () => {
    const args = ['--replicas', '1', '--gpus', '8', ...H100];
    const viaFlag = JSON.parse((await run([...args, '--kubeconfig', kubeconfig])).stdout!);
    expect(viaFlag.assignments).toEqual([{ pod: 0, node: 'gke-inference-a3-pool-6f2c1a90-x7k2' }]);
    const viaContext = await run(args, context(tmpdir(), { kubeconfigPath: kubeconfig }));
    expect(JSON.parse(viaContext.stdout!).feasible).toBe(true);
  });

  test('a missing kubeconfig is bad input naming the file', async () => {
    await expect(snapshotFromCluster('/nonexistent/kubeconfig')).rejects.toThrow(InputError);
    await expect(snapshotFromCluster('/nonexistent/kubeconfig')).rejects.toThrow(
      /^kubeconfig \/nonexistent\/kubeconfig: /,
    );
  });

  test('an unreachable cluster is a clear error naming the server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'place-kube-down-'));
    const bad = join(dir, 'kubeconfig');
    writeFileSync(bad, readFileSync(kubeconfig, 'utf8').replace(/127\.0\.0\.1:\d+/, '127.0.0.1:9'));
    await expect(snapshotFromCluster(bad)).rejects.toThrow(/cannot list nodes from http:\/\/127\.0\.0\.1:9/);
  });
});
