import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppsV1Api, CoreV1Api, KubeConfig, type V1Deployment, type V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sim/clock.js';
import { startSim, type TestSim } from '../support/sim.js';

let sim: TestSim;
let core: CoreV1Api;
let apps: AppsV1Api;
let layout: string;

beforeAll(async () => {
  // an OCI image layout holding only registry.local/models/m:v1 and :v2
  layout = mkdtempSync(join(tmpdir(), 'sim-layout-'));
  mkdirSync(join(layout, 'blobs', 'sha256'), { recursive: true });
  writeFileSync(join(layout, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  writeFileSync(
    join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: ['v1', 'v2', 'crashy', 'oom', 'unready'].map((tag, i) => ({
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        digest: `sha256:${String(i).repeat(64)}`,
        size: 100,
        annotations: { 'org.opencontainers.image.ref.name': tag },
      })),
    }),
  );
  sim = await startSim(
    {
      ociLayout: layout,
      faultProfiles: [
        {
          name: 'crash',
          match: { image: 'registry.local/models/m:crashy' },
          crashAfter: '1s',
          crashExitCode: 3,
        },
        { name: 'oom', match: { image: '**/m:oom' }, oomAfter: '2s' },
        { name: 'unready', match: { annotation: 'never-ready' }, readinessFailure: true },
      ],
    },
    { clock: new ManualClock() },
  );
  const kc = new KubeConfig();
  kc.loadFromFile(sim.kubeconfigPath);
  core = kc.makeApiClient(CoreV1Api);
  apps = kc.makeApiClient(AppsV1Api);
});
afterAll(async () => {
  await sim?.close();
  rmSync(layout, { recursive: true, force: true });
});

function deployment(
  name: string,
  image: string,
  replicas = 1,
  extra: Partial<V1Deployment['spec']> = {},
  annotations?: Record<string, string>,
): V1Deployment {
  return {
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name }, ...(annotations ? { annotations } : {}) },
        spec: { containers: [{ name: 'model', image, resources: { limits: { 'nvidia.com/gpu': '1' } } }] },
      },
      ...extra,
    },
  };
}

async function pods(app: string): Promise<V1Pod[]> {
  return (await core.listNamespacedPod({ namespace: 'default', labelSelector: `app=${app}` })).items;
}

/** Waits for the image lookups (async file reads) the kubelets started. */
async function settle(ms: number): Promise<void> {
  for (let t = 0; t < ms; t += 50) {
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setTimeout(r, 2));
    sim.cluster.advance(50);
  }
}

describe('deployment controller and kubelets', () => {
  it('rolls a Deployment to a new ReplicaSet within maxSurge/maxUnavailable and reports status like a real one', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment('web', 'registry.local/models/m:v1', 4, {
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      }),
    });
    await settle(1000);
    let d = await apps.readNamespacedDeployment({ name: 'web', namespace: 'default' });
    expect(d.status).toMatchObject({
      replicas: 4,
      updatedReplicas: 4,
      readyReplicas: 4,
      availableReplicas: 4,
      observedGeneration: 1,
    });
    expect(d.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'True',
      reason: 'NewReplicaSetAvailable',
    });
    expect(d.status?.conditions?.find((c) => c.type === 'Available')).toMatchObject({
      status: 'True',
      reason: 'MinimumReplicasAvailable',
    });
    const first = (await apps.listNamespacedReplicaSet({ namespace: 'default', labelSelector: 'app=web' }))
      .items;
    expect(first).toHaveLength(1);
    const hash = first[0]!.metadata?.labels?.['pod-template-hash'];
    expect(first[0]!.metadata?.name).toBe(`web-${hash}`);
    expect(first[0]!.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe('1');

    d.spec!.template.spec!.containers[0]!.image = 'registry.local/models/m:v2';
    await apps.replaceNamespacedDeployment({ name: 'web', namespace: 'default', body: d });
    let maxPods = 0;
    let minReady = 4;
    for (let i = 0; i < 60; i++) {
      await settle(50);
      const all = (await pods('web')).filter((p) => !p.metadata?.deletionTimestamp);
      maxPods = Math.max(maxPods, all.length);
      minReady = Math.min(
        minReady,
        all.filter((p) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))
          .length,
      );
    }
    expect(maxPods).toBe(5);
    expect(minReady).toBeGreaterThanOrEqual(4);
    d = await apps.readNamespacedDeployment({ name: 'web', namespace: 'default' });
    expect(d.metadata?.generation).toBe(2);
    expect(d.status).toMatchObject({
      observedGeneration: 2,
      replicas: 4,
      updatedReplicas: 4,
      availableReplicas: 4,
    });
    const sets = (await apps.listNamespacedReplicaSet({ namespace: 'default', labelSelector: 'app=web' }))
      .items;
    expect(sets).toHaveLength(2);
    const newer = sets.find((s) => s.metadata?.annotations?.['deployment.kubernetes.io/revision'] === '2')!;
    expect(newer.spec?.replicas).toBe(4);
    expect(sets.find((s) => s !== newer)?.spec?.replicas).toBe(0);
    const images = (await pods('web')).map((p) => p.spec?.containers[0]?.image);
    expect(images).toEqual(Array(4).fill('registry.local/models/m:v2'));
    expect(
      (await pods('web')).every((p) => p.metadata?.ownerReferences?.[0]?.name === newer.metadata?.name),
    ).toBe(true);
  });

  it('crash-loops a container per its fault profile with back-off, restart counts and lastState', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment('crashy', 'registry.local/models/m:crashy'),
    });
    await settle(1500);
    let [p] = await pods('crashy');
    let cs = p!.status!.containerStatuses![0]!;
    expect(cs.restartCount).toBe(1);
    expect(cs.lastState?.terminated).toMatchObject({ exitCode: 3, reason: 'Error' });
    await settle(1500);
    [p] = await pods('crashy');
    cs = p!.status!.containerStatuses![0]!;
    expect(cs.state?.waiting?.reason).toBe('CrashLoopBackOff');
    expect(cs.state?.waiting?.message).toMatch(/^back-off 1s restarting failed container=model pod=crashy-/);
    const before = cs.restartCount;
    await settle(4000);
    [p] = await pods('crashy');
    expect(p!.status!.containerStatuses![0]!.restartCount).toBeGreaterThan(before);
    expect(p!.status?.phase).toBe('Running');
    const events = await core.listNamespacedEvent({
      namespace: 'default',
      fieldSelector: `involvedObject.name=${p!.metadata!.name},reason=BackOff`,
    });
    expect(events.items[0]?.message).toBe(
      `Back-off restarting failed container model in pod ${p!.metadata!.name}_default(${p!.metadata!.uid})`,
    );
    const previous = await core.readNamespacedPodLog({
      name: p!.metadata!.name!,
      namespace: 'default',
      previous: true,
    });
    expect(previous).toContain('model server exited with code 3');
  });

  it('does not restart a crashed container of a restartPolicy Never pod: the pod fails', async () => {
    await core.createNamespacedPod({
      namespace: 'default',
      body: {
        metadata: { name: 'one-shot' },
        spec: {
          restartPolicy: 'Never',
          containers: [{ name: 'job', image: 'registry.local/models/m:crashy' }],
        },
      },
    });
    await settle(2500);
    const p = await core.readNamespacedPod({ name: 'one-shot', namespace: 'default' });
    expect(p.status?.phase).toBe('Failed');
    expect(p.status?.containerStatuses?.[0]).toMatchObject({
      restartCount: 0,
      state: { terminated: { exitCode: 3, reason: 'Error' } },
    });
  });

  it('OOM-kills a container after the profile time with exit code 137', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment('oomy', 'registry.local/models/m:oom'),
    });
    await settle(1500);
    let [p] = await pods('oomy');
    expect(p!.status!.containerStatuses![0]!.ready).toBe(true);
    expect(p!.status!.containerStatuses![0]!.restartCount).toBe(0);
    await settle(1500);
    [p] = await pods('oomy');
    const cs = p!.status!.containerStatuses![0]!;
    expect(cs.restartCount).toBe(1);
    expect(cs.lastState?.terminated).toMatchObject({ exitCode: 137, reason: 'OOMKilled' });
  });

  it('reports ErrImagePull then ImagePullBackOff for an image missing from the OCI layout', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment('ghost', 'registry.local/models/m:does-not-exist'),
    });
    const reasons = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await settle(100);
      const [p] = await pods('ghost');
      const r = p?.status?.containerStatuses?.[0]?.state?.waiting?.reason;
      if (r) reasons.add(r);
    }
    expect(reasons).toContain('ErrImagePull');
    expect(reasons).toContain('ImagePullBackOff');
    const [p] = await pods('ghost');
    const events = await core.listNamespacedEvent({
      namespace: 'default',
      fieldSelector: `involvedObject.name=${p!.metadata!.name}`,
    });
    expect(events.items.map((e) => e.message)).toContain('Error: ErrImagePull');
    expect(events.items.map((e) => e.message)).toContain(
      'Back-off pulling image "registry.local/models/m:does-not-exist"',
    );
    const d = await apps.readNamespacedDeployment({ name: 'ghost', namespace: 'default' });
    expect(d.status?.availableReplicas ?? 0).toBe(0);
  });

  it('keeps a pod running but never Ready under a readiness-failure profile chosen by annotation', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment(
        'unready',
        'registry.local/models/m:unready',
        1,
        {},
        { 'sim.model-deploy.io/fault-profile': 'never-ready' },
      ),
    });
    await settle(2000);
    const [p] = await pods('unready');
    expect(p!.status?.phase).toBe('Running');
    expect(p!.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'False',
      reason: 'ContainersNotReady',
      message: 'containers with unready status: [model]',
    });
  });

  it('marks a Deployment whose pods cannot be scheduled as ProgressDeadlineExceeded', async () => {
    const body = deployment('stuck', 'registry.local/models/m:v1', 1, { progressDeadlineSeconds: 3 });
    body.spec!.template.spec!.containers[0]!.resources = { limits: { 'nvidia.com/gpu': '64' } };
    await apps.createNamespacedDeployment({ namespace: 'default', body });
    await settle(1000);
    let d = await apps.readNamespacedDeployment({ name: 'stuck', namespace: 'default' });
    expect(d.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'True',
      reason: 'ReplicaSetUpdated',
    });
    await settle(3000);
    d = await apps.readNamespacedDeployment({ name: 'stuck', namespace: 'default' });
    expect(d.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: `ReplicaSet "stuck-${(await apps.listNamespacedReplicaSet({ namespace: 'default', labelSelector: 'app=stuck' })).items[0]?.metadata?.labels?.['pod-template-hash']}" has timed out progressing.`,
    });
    const [p] = await pods('stuck');
    expect(p!.status?.phase).toBe('Pending');
    expect(p!.status?.conditions?.find((c) => c.type === 'PodScheduled')?.reason).toBe('Unschedulable');
  });

  it('replaces pods all at once with the Recreate strategy', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment('batch', 'registry.local/models/m:v1', 2, { strategy: { type: 'Recreate' } }),
    });
    await settle(1000);
    const d = await apps.readNamespacedDeployment({ name: 'batch', namespace: 'default' });
    d.spec!.template.spec!.containers[0]!.image = 'registry.local/models/m:v2';
    await apps.replaceNamespacedDeployment({ name: 'batch', namespace: 'default', body: d });
    let mixed = false;
    for (let i = 0; i < 30; i++) {
      await settle(50);
      const imgs = new Set((await pods('batch')).map((p) => p.spec?.containers[0]?.image));
      if (imgs.size > 1) mixed = true;
    }
    expect(mixed).toBe(false);
    expect((await pods('batch')).map((p) => p.spec?.containers[0]?.image)).toEqual([
      'registry.local/models/m:v2',
      'registry.local/models/m:v2',
    ]);
  });
});
