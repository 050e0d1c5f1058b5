import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { component } from '../support/components.js';
import { startSim, type TestSim } from '../support/sim.js';

const kubectl = component('kubectl', 'kubernetes-client');
const run = promisify(execFile);

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: llm
  labels: {app: llm}
spec:
  replicas: 3
  selector:
    matchLabels: {app: llm}
  template:
    metadata:
      labels: {app: llm, track: stable}
    spec:
      containers:
      - name: model
        image: registry.local/llm:v1
        ports: [{containerPort: 8080}]
        resources:
          limits: {nvidia.com/gpu: 1}
`;

// kubectl runs as a child process, so the in-process server must keep serving: exec asynchronously.
describe.skipIf(!kubectl.available)('kubectl against the simulated cluster', () => {
  let sim: TestSim;
  let dir: string;
  const k = async (...args: string[]) => {
    try {
      const { stdout } = await run(kubectl.path, ['--kubeconfig', sim.kubeconfigPath, ...args], {
        encoding: 'utf8',
      });
      return stdout;
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string; message: string };
      throw new Error(`kubectl ${args.join(' ')} failed: ${e.stderr || e.message}`);
    }
  };

  beforeAll(async () => {
    sim = await startSim({
      nodePools: [{ name: 'gpu', count: 2, gpus: 8, product: 'NVIDIA-H100-80GB-HBM3' }],
      faultProfiles: [{ name: 'slow-start', match: { image: 'registry.local/llm:*' }, startup: '500ms' }],
    });
    dir = mkdtempSync(join(tmpdir(), 'kubectl-'));
    writeFileSync(join(dir, 'deployment.yaml'), DEPLOYMENT);
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists nodes with their GPU labels', async () => {
    const out = await k('get', 'nodes', '-L', 'nvidia.com/gpu.product');
    expect(out).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\s+GPU\.PRODUCT/);
    expect(out).toMatch(/gpu-1\s+Ready\s+<none>\s+\S+\s+v1\.33\.0-sim\s+NVIDIA-H100-80GB-HBM3/);
    expect(out).toMatch(/gpu-2\s+Ready/);
  });

  it('applies a Deployment, waits for rollout status, lists pods and reads logs', async () => {
    expect(await k('apply', '-f', join(dir, 'deployment.yaml'))).toBe('deployment.apps/llm created\n');
    const status = await k('rollout', 'status', 'deployment/llm', '--timeout=60s');
    expect(status).toContain('deployment "llm" successfully rolled out');
    const pods = await k('get', 'pods', '-A');
    const rows = pods.trim().split('\n');
    expect(rows[0]).toMatch(/^NAMESPACE\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(
      rows.filter((r) => /^default\s+llm-[a-z0-9]+-[a-z0-9]{5}\s+1\/1\s+Running\s+0\s/.test(r)),
    ).toHaveLength(3);
    const name = (await k('get', 'pods', '-l', 'app=llm', '-o', 'jsonpath={.items[0].metadata.name}')).trim();
    const logs = await k('logs', name);
    expect(logs).toContain('starting model server for registry.local/llm:v1');
    expect(logs).toContain('serving on :8080');
  });

  it('re-applies a changed image as a rolling update to a new ReplicaSet', async () => {
    writeFileSync(
      join(dir, 'deployment.yaml'),
      DEPLOYMENT.replace('registry.local/llm:v1', 'registry.local/llm:v2'),
    );
    expect(await k('apply', '-f', join(dir, 'deployment.yaml'))).toBe('deployment.apps/llm configured\n');
    const status = await k('rollout', 'status', 'deployment/llm', '--timeout=60s');
    expect(status).toContain('deployment "llm" successfully rolled out');
    const rs = await k(
      'get',
      'rs',
      '-l',
      'app=llm',
      '-o',
      'jsonpath={range .items[*]}{.spec.replicas} {.metadata.annotations.deployment\\.kubernetes\\.io/revision}{"\\n"}{end}',
    );
    expect(rs.trim().split('\n').sort()).toEqual(['0 1', '3 2']);
    const history = await k('rollout', 'history', 'deployment/llm');
    expect(history).toMatch(/REVISION\s+CHANGE-CAUSE\n1\s+<none>\n2\s+<none>/);
  });

  it('rolls back with rollout undo by reusing the old ReplicaSet', async () => {
    expect(await k('rollout', 'undo', 'deployment/llm')).toBe('deployment.apps/llm rolled back\n');
    await k('rollout', 'status', 'deployment/llm', '--timeout=60s');
    expect(
      await k('get', 'deployment', 'llm', '-o', 'jsonpath={.spec.template.spec.containers[0].image}'),
    ).toBe('registry.local/llm:v1');
    const history = await k('rollout', 'history', 'deployment/llm');
    expect(history).toMatch(/REVISION\s+CHANGE-CAUSE\n2\s+<none>\n3\s+<none>/);
    const rs = await k('get', 'rs', '-l', 'app=llm', '-o', 'name');
    expect(rs.trim().split('\n')).toHaveLength(2);
  });

  it('watches with get -w and prints table rows', async () => {
    const out = await run(kubectl.path, ['--kubeconfig', sim.kubeconfigPath, 'get', 'deployments', '-w'], {
      encoding: 'utf8',
      timeout: 2000,
    }).then(
      (r) => r.stdout,
      (e: { stdout?: string }) => e.stdout ?? '',
    );
    expect(out).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nllm\s+3\/3\s+3\s+3\s+/);
  });

  it('applies an HTTPRoute (a CRD: merge patch, no strategic merge) and prints its columns', async () => {
    const route = [
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: HTTPRoute',
      'metadata: {name: llm}',
      'spec:',
      '  parentRefs: [{name: gateway}]',
      '  hostnames: [llm.example.com]',
      '  rules:',
      '  - backendRefs:',
      '    - {name: llm-stable, port: 80, weight: 90}',
      '    - {name: llm-canary, port: 80, weight: 10}',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'route.yaml'), route);
    expect(await k('apply', '-f', join(dir, 'route.yaml'))).toBe(
      'httproute.gateway.networking.k8s.io/llm created\n',
    );
    writeFileSync(
      join(dir, 'route.yaml'),
      route.replace('weight: 90', 'weight: 50').replace('weight: 10', 'weight: 50'),
    );
    expect(await k('apply', '-f', join(dir, 'route.yaml'))).toBe(
      'httproute.gateway.networking.k8s.io/llm configured\n',
    );
    expect(await k('get', 'httproute', 'llm', '-o', 'jsonpath={.spec.rules[0].backendRefs[*].weight}')).toBe(
      '50 50',
    );
    expect(await k('get', 'httproutes')).toMatch(
      /^NAME\s+HOSTNAMES\s+AGE\nllm\s+llm\.example\.com\s+\d+s\n$/,
    );
  });

  it('rejects unknown fields because kubectl asks for strict field validation', async () => {
    writeFileSync(
      join(dir, 'typo.yaml'),
      DEPLOYMENT.replace('name: llm\n  labels', 'name: typo\n  labels').replace('ports:', 'portz:'),
    );
    await expect(k('apply', '-f', join(dir, 'typo.yaml'))).rejects.toThrow(
      'Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.template.spec.containers[0].portz"',
    );
  });

  it('rejects an invalid manifest with the apiserver message', async () => {
    writeFileSync(
      join(dir, 'bad.yaml'),
      DEPLOYMENT.replace('name: llm\n  labels', 'name: bad\n  labels').replace(
        / {6}- name: model\n {8}image: registry.local\/llm:v1\n/,
        '      - name: model\n',
      ),
    );
    await expect(k('apply', '-f', join(dir, 'bad.yaml'))).rejects.toThrow(
      'The Deployment "bad" is invalid: spec.template.spec.containers[0].image: Required value',
    );
  });
});
