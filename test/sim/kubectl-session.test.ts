import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { component } from '../support/components.js';
import { startSim, type TestSim } from '../support/sim.js';

// One simulated cluster and one kubectl session, the way a user rehearses: every command's exit
// code and the field it changed. kubectl runs as a child process, so it is executed asynchronously.
const kubectl = component('kubectl', 'kubernetes-client');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web, team: ml}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: model
        image: registry.local/web:v1
        ports: [{containerPort: 8080}]
        env: [{name: A, value: "1"}, {name: B, value: "2"}]
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}]
`;

const job = (name: string, image: string, extra = '') => `apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:
  completions: 2
  parallelism: 2
${extra}  template:
    spec:
      restartPolicy: Never
      containers: [{name: work, image: ${image}}]
`;

describe.skipIf(!kubectl.available)('a kubectl session against the simulated cluster', () => {
  let sim: TestSim;
  let dir: string;
  const k = (...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        kubectl.path,
        ['--kubeconfig', sim.kubeconfigPath, ...args],
        { encoding: 'utf8', timeout: 60_000 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    });
  /** A command that must succeed; returns stdout. */
  const ok = async (...args: string[]): Promise<string> => {
    const r = await k(...args);
    if (r.code !== 0) throw new Error(`kubectl ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
    return r.stdout;
  };
  const field = (target: string, path: string, ...more: string[]) =>
    ok('get', target, ...more, '-o', `jsonpath={${path}}`);
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  beforeAll(async () => {
    sim = await startSim({
      nodePools: [{ name: 'gpu', count: 2, gpus: 8, product: 'NVIDIA-H100-80GB-HBM3' }],
      faultProfiles: [
        // a job container that fails before it could finish
        { name: 'fails', match: { image: 'registry.local/fails:*' }, startup: '5s', crashAfter: '100ms' },
      ],
    });
    dir = mkdtempSync(join(tmpdir(), 'kubectl-session-'));
  });
  afterAll(async () => {
    await sim?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a version kubectl accepts without a skew warning', async () => {
    const r = await k('version');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Server Version: v1\.33\.0-model-deploy-sim/);
    expect(r.stderr).not.toContain('WARNING');
  });

  it('apply, diff, server dry run, rollout status, set image, rollout history and undo', async () => {
    const d = file('web.yaml', DEPLOYMENT);
    expect(await ok('apply', '-f', d)).toBe('deployment.apps/web created\n');
    expect(await ok('rollout', 'status', 'deployment/web', '--timeout=60s')).toContain(
      'successfully rolled out',
    );

    const v2 = file('web-v2.yaml', DEPLOYMENT.replace('web:v1', 'web:v2'));
    const diff = await k('diff', '-f', v2);
    expect(diff.code).toBe(1); // kubectl diff: 1 = differences found
    expect(diff.stdout).toMatch(/-\s+image: registry\.local\/web:v1\n\+\s+image: registry\.local\/web:v2/);
    expect(await ok('apply', '-f', v2, '--dry-run=server')).toBe(
      'deployment.apps/web configured (server dry run)\n',
    );
    expect(await field('deployment/web', '.spec.template.spec.containers[0].image')).toBe(
      'registry.local/web:v1',
    );

    expect(await ok('set', 'image', 'deployment/web', 'model=registry.local/web:v2')).toBe(
      'deployment.apps/web image updated\n',
    );
    await ok('rollout', 'status', 'deployment/web', '--timeout=60s');
    expect(await ok('rollout', 'history', 'deployment/web')).toMatch(/1\s+<none>\n2\s+<none>/);
    expect(await ok('rollout', 'undo', 'deployment/web')).toBe('deployment.apps/web rolled back\n');
    await ok('rollout', 'status', 'deployment/web', '--timeout=60s');
    expect(await field('deployment/web', '.spec.template.spec.containers[0].image')).toBe(
      'registry.local/web:v1',
    );
  });

  it('scale, wait, logs, events and -o wide for deployments, pods and nodes', async () => {
    expect(await ok('scale', 'deployment/web', '--replicas=3')).toBe('deployment.apps/web scaled\n');
    expect(await ok('wait', '--for=condition=available', 'deployment/web', '--timeout=60s')).toBe(
      'deployment.apps/web condition met\n',
    );
    const deploy = await ok('get', 'deployment', 'web', '-o', 'wide');
    expect(deploy).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\s+CONTAINERS\s+IMAGES\s+SELECTOR\n/);
    expect(deploy).toMatch(/\nweb\s+3\/3\s+3\s+3\s+\S+\s+model\s+registry\.local\/web:v1\s+app=web\n/);
    const pods = await ok('get', 'pods', '-l', 'app=web', '-o', 'wide');
    expect(pods).toMatch(
      /^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES\n/,
    );
    expect(pods).toMatch(
      /\nweb-\S+\s+1\/1\s+Running\s+0\s+\S+\s+10\.244\.\d+\.\d+\s+gpu-[12]\s+<none>\s+<none>\n/,
    );
    const nodes = await ok('get', 'nodes', '-o', 'wide');
    expect(nodes).toMatch(
      /^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\s+INTERNAL-IP\s+EXTERNAL-IP\s+OS-IMAGE\s+KERNEL-VERSION\s+CONTAINER-RUNTIME\n/,
    );
    expect(nodes).toMatch(
      /\ngpu-1\s+Ready\s+<none>\s+\S+\s+v1\.33\.0-sim\s+10\.0\.0\.1\s+<none>\s+model-deploy simulated node\s+6\.8\.0\s+containerd:\/\/2\.1\.0\n/,
    );

    const pod = (await ok('get', 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}')).trim();
    expect(await ok('logs', pod)).toContain('starting model server for registry.local/web:v1');
    const events = await ok('get', 'events', '--field-selector', `involvedObject.name=${pod}`);
    expect(events).toMatch(/Normal\s+Scheduled\s+pod\/web-/);
    expect(events).toMatch(/Normal\s+Started\s+pod\/web-/);
  });

  it('patches of every type change the field they name', async () => {
    expect(
      await ok(
        'patch',
        'deployment/web',
        '--type=merge',
        '-p',
        '{"metadata":{"labels":{"patched":"merge"}}}',
      ),
    ).toBe('deployment.apps/web patched\n');
    await ok(
      'patch',
      'deployment/web',
      '-p',
      '{"spec":{"template":{"spec":{"containers":[{"name":"model","env":[{"name":"C","value":"3"}]}]}}}}',
    );
    await ok(
      'patch',
      'deployment/web',
      '--type=json',
      '-p',
      '[{"op":"replace","path":"/spec/replicas","value":2}]',
    );
    expect(
      await field(
        'deployment/web',
        '.metadata.labels.patched} {.spec.template.spec.containers[0].env[*].name} {.spec.replicas',
      ),
    ).toBe('merge A B C 2');
    const failed = await k(
      'patch',
      'deployment/web',
      '--type=json',
      '-p',
      '[{"op":"test","path":"/spec/replicas","value":9}]',
    );
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('test failed');
  });

  it('server-side apply: dropped fields are removed, conflicts are 409 unless forced, and client-side apply migrates', async () => {
    // the Deployment was applied client-side: server-side apply takes its fields over (kubectl's migration)
    const d = file('ssa.yaml', DEPLOYMENT);
    expect(await ok('apply', '--server-side', '-f', d)).toBe('deployment.apps/web serverside-applied\n');
    const managers = JSON.parse(await field('deployment/web', '.metadata.managedFields')) as {
      manager: string;
      operation: string;
    }[];
    expect(managers).toContainEqual(expect.objectContaining({ manager: 'kubectl', operation: 'Apply' }));
    expect(managers.map((m) => m.manager)).not.toContain('kubectl-client-side-apply');

    // stop applying the label `team` and env B: both are removed; the merge-patched label stays (another manager owns it)
    const dropped = file(
      'ssa-dropped.yaml',
      DEPLOYMENT.replace('labels: {app: web, team: ml}', 'labels: {app: web}').replace(
        ', {name: B, value: "2"}',
        '',
      ),
    );
    expect(await ok('apply', '--server-side', '-f', dropped)).toBe(
      'deployment.apps/web serverside-applied\n',
    );
    expect(
      await field('deployment/web', '.metadata.labels} {.spec.template.spec.containers[0].env[*].name'),
    ).toBe('{"app":"web","patched":"merge"} A C');
    // the same apply again is still fine (it used to break the object for good)
    expect((await k('apply', '--server-side', '-f', dropped)).code).toBe(0);

    // another manager changing a field kubectl applied: 409 conflict, then forced
    const other = file('ssa-other.yaml', DEPLOYMENT.replace('replicas: 2', 'replicas: 4'));
    const conflict = await k('apply', '--server-side', '--field-manager=ci', '-f', other);
    expect(conflict.code).toBe(1);
    // kubectl's apply and the earlier `kubectl patch --type=json` both own .spec.replicas
    expect(conflict.stderr).toContain(
      'Apply failed with 2 conflicts: conflicts with "kubectl"\n- .spec.replicas\nconflicts with "kubectl-patch" using apps/v1\n- .spec.replicas',
    );
    expect(await field('deployment/web', '.spec.replicas')).toBe('2');
    expect(
      (await k('apply', '--server-side', '--field-manager=ci', '--force-conflicts', '-f', other)).code,
    ).toBe(0);
    const forced = JSON.parse(await ok('get', 'deployment/web', '-o', 'json', '--show-managed-fields')) as {
      spec: { replicas: number };
      metadata: { managedFields: { manager: string; fieldsV1: { 'f:spec'?: Record<string, unknown> } }[] };
    };
    expect(forced.spec.replicas).toBe(4);
    const owners = forced.metadata.managedFields;
    expect(owners.find((m) => m.manager === 'ci')?.fieldsV1['f:spec']).toHaveProperty('f:replicas');
    expect(owners.find((m) => m.manager === 'kubectl')?.fieldsV1['f:spec']).not.toHaveProperty('f:replicas');
  });

  it('Services get Endpoints and EndpointSlices from their ready pods; container ports default to TCP', async () => {
    expect(await ok('apply', '-f', file('svc.yaml', SERVICE))).toBe('service/web created\n');
    expect(await field('deployment/web', '.spec.template.spec.containers[0].ports[0].protocol')).toBe('TCP');
    await ok('rollout', 'status', 'deployment/web', '--timeout=60s');
    const ips = (await field('pods', '.items[*].status.podIP', '-l', 'app=web')).split(' ').sort();
    expect(ips).toHaveLength(4);
    let endpoints = '';
    for (let i = 0; i < 50 && endpoints.split(' ').length !== 4; i++) {
      endpoints = await field('endpoints/web', '.subsets[0].addresses[*].ip');
    }
    expect(endpoints.split(' ').sort()).toEqual(ips);
    // describe reads the EndpointSlices (it crashed on a port without a name)
    expect(await ok('describe', 'service', 'web')).toMatch(/Endpoints:\s+10\.244\.\d+\.\d+:8080,/);
    const deprecated = await k('get', 'endpoints', 'web');
    expect(deprecated.stderr).toContain(
      'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice',
    );
    expect(await field('endpoints/web', '.subsets[0].ports[0].port')).toBe('8080');
    const slice = await ok('get', 'endpointslices', '-l', 'kubernetes.io/service-name=web', '-o', 'json');
    const items = (
      JSON.parse(slice) as {
        items: {
          addressType: string;
          endpoints: { addresses: string[]; conditions: { ready: boolean } }[];
        }[];
      }
    ).items;
    expect(items).toHaveLength(1);
    expect(items[0]!.addressType).toBe('IPv4');
    expect(items[0]!.endpoints.flatMap((e) => e.addresses).sort()).toEqual(ips);
    expect(items[0]!.endpoints.every((e) => e.conditions.ready)).toBe(true);
  });

  it('Jobs run to completion or fail after backoffLimit, and kubectl wait sees it', async () => {
    expect(await ok('apply', '-f', file('job.yaml', job('train', 'registry.local/train:v1')))).toBe(
      'job.batch/train created\n',
    );
    expect(await ok('wait', '--for=condition=complete', 'job/train', '--timeout=60s')).toBe(
      'job.batch/train condition met\n',
    );
    expect(await ok('get', 'job', 'train')).toMatch(
      /^NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE\ntrain\s+Complete\s+2\/2\s+/,
    );
    expect(await field('pods', '.items[*].status.phase', '-l', 'job-name=train')).toBe('Succeeded Succeeded');

    await ok(
      'apply',
      '-f',
      file('bad-job.yaml', job('broken', 'registry.local/fails:v1', '  backoffLimit: 1\n')),
    );
    expect(await ok('wait', '--for=condition=failed', 'job/broken', '--timeout=60s')).toBe(
      'job.batch/broken condition met\n',
    );
    expect(await field('job/broken', '.status.conditions[?(@.type=="Failed")].reason')).toBe(
      'BackoffLimitExceeded',
    );

    const invalid = await k(
      'apply',
      '-f',
      file('always.yaml', job('always', 'x:v1').replace('Never', 'Always')),
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('spec.template.spec.restartPolicy: Unsupported value: "Always"');
  });

  it('Secrets and ConfigMaps: stringData becomes base64 data; kubectl create secret|configmap work', async () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata: {name: token}\nstringData: {token: s3cr3t}\n';
    expect(await ok('apply', '-f', file('secret.yaml', secret))).toBe('secret/token created\n');
    const stored = JSON.parse(await ok('get', 'secret/token', '-o', 'json')) as Record<string, unknown>;
    expect(stored).toMatchObject({
      type: 'Opaque',
      data: { token: Buffer.from('s3cr3t').toString('base64') },
    });
    expect(stored).not.toHaveProperty('stringData');

    expect(await ok('create', 'secret', 'generic', 'db', '--from-literal=password=hunter2')).toBe(
      'secret/db created\n',
    );
    expect(await field('secret/db', '.data.password')).toBe(Buffer.from('hunter2').toString('base64'));
    expect(
      await ok('create', 'configmap', 'settings', '--from-literal=batch=32', '--from-literal=lr=0.1'),
    ).toBe('configmap/settings created\n');
    expect(await field('configmap/settings', '.data')).toBe('{"batch":"32","lr":"0.1"}');
    expect(await ok('get', 'secret', 'db')).toMatch(/^NAME\s+TYPE\s+DATA\s+AGE\ndb\s+Opaque\s+1\s+/);
    // a generator whose protobuf body is not decoded says so and what to do
    const generated = await k('create', 'job', 'once', '--image=registry.local/train:v1');
    expect(generated.code).toBe(1);
    expect(generated.stderr).toContain('this batch/v1 Job was sent as protobuf');
    expect(generated.stderr).toContain('send it as JSON or YAML, e.g. kubectl apply -f');
  });

  it('auth can-i answers yes, nodes renew Leases in kube-node-lease, /openapi/v2 protobuf is 406', async () => {
    const canI = await k('auth', 'can-i', 'create', 'deployments');
    expect(canI.code).toBe(0);
    expect(canI.stdout.trim()).toBe('yes');
    expect(await field('leases', '.items[*].spec.holderIdentity', '-n', 'kube-node-lease')).toBe(
      'gpu-1 gpu-2',
    );

    const proto = await fetch(`${sim.url}/openapi/v2`, {
      headers: { Accept: 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf' },
    });
    expect(proto.status).toBe(406);
    const json = await fetch(`${sim.url}/openapi/v2`, { headers: { Accept: 'application/json' } });
    expect(json.status).toBe(200);
  });

  it('QoS class as the apiserver computes it: GPU-only limits are BestEffort', async () => {
    const pod = (name: string, resources: string) =>
      `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers:\n  - name: c\n    image: registry.local/web:v1\n    resources: ${resources}\n`;
    const pods = [
      pod('gpu-only', '{limits: {nvidia.com/gpu: 1}}'),
      pod('guaranteed', '{limits: {cpu: 500m, memory: 1Gi, nvidia.com/gpu: 1}}'),
      pod('burstable', '{requests: {cpu: 100m}, limits: {nvidia.com/gpu: 1}}'),
    ];
    await ok('apply', '-f', file('qos.yaml', pods.join('---\n')));
    expect(await field('pods', '.items[*].status.qosClass', 'gpu-only', 'guaranteed', 'burstable')).toBe(
      'BestEffort Guaranteed Burstable',
    );
  });

  it('HTTPRoute status from the gateway controller, and FailedScheduling for a pod no node fits', async () => {
    const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web}
spec:
  parentRefs: [{name: gateway}]
  rules:
  - backendRefs: [{name: web, port: 80}, {name: missing, port: 80}]
`;
    expect(await ok('apply', '-f', file('route.yaml', route))).toBe(
      'httproute.gateway.networking.k8s.io/web created\n',
    );
    await ok(
      'wait',
      '--for=jsonpath={.status.parents[0].conditions[?(@.type=="ResolvedRefs")].reason}=BackendNotFound',
      'httproute/web',
      '--timeout=30s',
    );
    expect(await field('httproute/web', '.status.parents[0].conditions[?(@.type=="Accepted")].status')).toBe(
      'True',
    );

    const big = `apiVersion: v1\nkind: Pod\nmetadata: {name: huge}\nspec:\n  containers:\n  - name: c\n    image: registry.local/web:v1\n    resources: {limits: {nvidia.com/gpu: 16}}\n`;
    await ok('apply', '-f', file('huge.yaml', big));
    await ok('wait', '--for=condition=PodScheduled=False', 'pod/huge', '--timeout=30s');
    const events = await ok(
      'get',
      'events',
      '--field-selector',
      'involvedObject.name=huge,reason=FailedScheduling',
    );
    expect(events).toContain('0/2 nodes are available: 2 Insufficient nvidia.com/gpu.');
  });
});
