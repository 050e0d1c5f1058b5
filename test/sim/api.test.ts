import {
  ApiException,
  AppsV1Api,
  CoordinationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  setHeaderOptions,
  type V1Deployment,
  Watch,
} from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/sim/clock.js';
import { startSim, type TestSim } from '../support/sim.js';

let sim: TestSim;
let kc: KubeConfig;
let core: CoreV1Api;
let apps: AppsV1Api;

function deployment(name: string, extra: Partial<V1Deployment['spec']> = {}): V1Deployment {
  return {
    metadata: { name, labels: { app: name } },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'model', image: 'registry.local/models/m:v1' }] },
      },
      ...extra,
    },
  };
}

async function failure(
  p: Promise<unknown>,
): Promise<{ code: number; status: Record<string, unknown>; headers: Record<string, string> }> {
  try {
    await p;
  } catch (error) {
    if (!(error instanceof ApiException)) throw error;
    return { code: error.code, status: JSON.parse(error.body as string), headers: error.headers };
  }
  throw new Error('expected the call to fail');
}

beforeAll(async () => {
  sim = await startSim({}, { clock: new ManualClock() });
  kc = new KubeConfig();
  kc.loadFromFile(sim.kubeconfigPath);
  core = kc.makeApiClient(CoreV1Api);
  apps = kc.makeApiClient(AppsV1Api);
});
afterAll(async () => {
  await sim?.close();
});

describe('simulated apiserver through @kubernetes/client-node', () => {
  it('creates, reads, lists, replaces and deletes ConfigMaps', async () => {
    const created = await core.createNamespacedConfigMap({
      namespace: 'default',
      body: { metadata: { name: 'settings', labels: { tier: 'a' } }, data: { k: 'v' } },
    });
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata?.resourceVersion).toMatch(/^\d+$/);
    const read = await core.readNamespacedConfigMap({ name: 'settings', namespace: 'default' });
    expect(read.data).toEqual({ k: 'v' });
    read.data = { k: 'w' };
    const replaced = await core.replaceNamespacedConfigMap({
      name: 'settings',
      namespace: 'default',
      body: read,
    });
    expect(Number(replaced.metadata?.resourceVersion)).toBeGreaterThan(
      Number(created.metadata?.resourceVersion),
    );
    const list = await core.listNamespacedConfigMap({ namespace: 'default' });
    expect(list.items.map((c) => c.metadata?.name)).toContain('settings');
    await core.deleteNamespacedConfigMap({ name: 'settings', namespace: 'default' });
    const gone = await failure(core.readNamespacedConfigMap({ name: 'settings', namespace: 'default' }));
    expect(gone.code).toBe(404);
    expect(gone.status).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'NotFound',
      message: 'configmaps "settings" not found',
      details: { name: 'settings', kind: 'configmaps' },
      code: 404,
    });
  });

  it('answers a stale resourceVersion with 409 Conflict and a duplicate create with AlreadyExists', async () => {
    const a = await core.createNamespacedConfigMap({
      namespace: 'default',
      body: { metadata: { name: 'race' }, data: { n: '0' } },
    });
    await core.replaceNamespacedConfigMap({
      name: 'race',
      namespace: 'default',
      body: { ...a, data: { n: '1' } },
    });
    const stale = await failure(
      core.replaceNamespacedConfigMap({
        name: 'race',
        namespace: 'default',
        body: { ...a, data: { n: '2' } },
      }),
    );
    expect(stale.code).toBe(409);
    expect(stale.status).toMatchObject({
      reason: 'Conflict',
      message:
        'Operation cannot be fulfilled on configmaps "race": the object has been modified; please apply your changes to the latest version and try again',
    });
    const dup = await failure(
      core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'race' } } }),
    );
    expect(dup.code).toBe(409);
    expect(dup.status.reason).toBe('AlreadyExists');
  });

  it('names objects from generateName', async () => {
    const cm = await core.createNamespacedConfigMap({
      namespace: 'default',
      body: { metadata: { generateName: 'gen-' } },
    });
    expect(cm.metadata?.name).toMatch(/^gen-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('filters lists by label selector (=, !=, in, notin, exists, !) and field selector', async () => {
    const mk = (name: string, labels: Record<string, string>) =>
      core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name, labels } } });
    await mk('sel-a', { tier: 'web', env: 'prod' });
    await mk('sel-b', { tier: 'web', env: 'dev' });
    await mk('sel-c', { tier: 'db' });
    const names = async (labelSelector?: string, fieldSelector?: string) =>
      (await core.listNamespacedConfigMap({ namespace: 'default', labelSelector, fieldSelector })).items
        .map((c) => c.metadata?.name)
        .filter((n) => n?.startsWith('sel-'));
    expect(await names('tier=web')).toEqual(['sel-a', 'sel-b']);
    expect(await names('tier!=web')).toEqual(['sel-c']);
    expect(await names('env in (prod,staging)')).toEqual(['sel-a']);
    expect(await names('tier,env notin (prod)')).toEqual(['sel-b', 'sel-c']);
    expect(await names('tier=web,env notin (prod)')).toEqual(['sel-b']);
    expect(await names('!env')).toEqual(['sel-c']);
    expect(await names(undefined, 'metadata.name=sel-b')).toEqual(['sel-b']);
    expect(await names('tier=web', 'metadata.name!=sel-a')).toEqual(['sel-b']);
    const bad = await failure(
      core.listNamespacedConfigMap({ namespace: 'default', fieldSelector: 'spec.bogus=1' }),
    );
    expect(bad.code).toBe(400);
  });

  it('applies merge, strategic merge, JSON and server-side apply patches', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment('patchy', {
        template: {
          metadata: { labels: { app: 'patchy' } },
          spec: {
            containers: [
              { name: 'model', image: 'registry.local/models/m:v1', env: [{ name: 'A', value: '1' }] },
              { name: 'sidecar', image: 'registry.local/tools/proxy:v1' },
            ],
          },
        },
      }),
    });
    const patch = (body: object, type: string) =>
      apps.patchNamespacedDeployment(
        { name: 'patchy', namespace: 'default', body },
        setHeaderOptions('Content-Type', type),
      );

    // strategic merge: containers merge by name, env by name
    const smp = await patch(
      {
        spec: {
          template: {
            spec: {
              containers: [
                { name: 'model', image: 'registry.local/models/m:v2', env: [{ name: 'B', value: '2' }] },
              ],
            },
          },
        },
      },
      PatchStrategy.StrategicMergePatch,
    );
    const containers = smp.spec?.template.spec?.containers ?? [];
    expect(containers.map((c) => c.name)).toEqual(['model', 'sidecar']);
    expect(containers[0]?.image).toBe('registry.local/models/m:v2');
    expect(containers[0]?.env?.map((e) => e.name)).toEqual(['A', 'B']);

    // merge patch: lists are replaced whole, null deletes
    const mp = await patch(
      {
        metadata: { labels: { stage: 'canary' } },
        spec: { template: { spec: { containers: [{ name: 'only', image: 'registry.local/m:v3' }] } } },
      },
      PatchStrategy.MergePatch,
    );
    expect(mp.spec?.template.spec?.containers.map((c) => c.name)).toEqual(['only']);
    expect(mp.metadata?.labels).toEqual({ app: 'patchy', stage: 'canary' });
    const removed = await patch({ metadata: { labels: { stage: null } } }, PatchStrategy.MergePatch);
    expect(removed.metadata?.labels).toEqual({ app: 'patchy' });

    // JSON patch, including a failing test op
    const jp = await patch(
      [
        { op: 'replace', path: '/spec/replicas', value: 3 },
        { op: 'add', path: '/metadata/annotations', value: { 'a/b': 'c' } },
      ] as unknown as object,
      PatchStrategy.JsonPatch,
    );
    expect(jp.spec?.replicas).toBe(3);
    expect(jp.metadata?.annotations).toEqual({ 'a/b': 'c' });
    const testFails = await failure(
      patch([{ op: 'test', path: '/spec/replicas', value: 9 }] as unknown as object, PatchStrategy.JsonPatch),
    );
    expect(testFails.code).toBe(422);

    // server-side apply creates and updates, recording the field manager
    const applied = await apps.patchNamespacedDeployment(
      {
        name: 'applied',
        namespace: 'default',
        fieldManager: 'model-deploy',
        body: { apiVersion: 'apps/v1', kind: 'Deployment', ...deployment('applied') },
      },
      setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
    );
    expect(applied.metadata?.managedFields?.[0]).toMatchObject({
      manager: 'model-deploy',
      operation: 'Apply',
    });
    const reapplied = await apps.patchNamespacedDeployment(
      {
        name: 'applied',
        namespace: 'default',
        fieldManager: 'model-deploy',
        body: { apiVersion: 'apps/v1', kind: 'Deployment', ...deployment('applied', { replicas: 4 }) },
      },
      setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
    );
    expect(reapplied.spec?.replicas).toBe(4);
    expect(reapplied.metadata?.uid).toBe(applied.metadata?.uid);
    expect(reapplied.metadata?.generation).toBe(2);
  });

  it('removes what a field manager stops applying with server-side apply, and keeps what others set', async () => {
    const apply = (labels: Record<string, string>, env: { name: string; value: string }[]) =>
      apps.patchNamespacedDeployment(
        {
          name: 'ssa',
          namespace: 'default',
          fieldManager: 'model-deploy',
          force: true,
          body: {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            metadata: { name: 'ssa', labels },
            spec: {
              selector: { matchLabels: { app: 'ssa' } },
              template: {
                metadata: { labels: { app: 'ssa' } },
                spec: { containers: [{ name: 'm', image: 'registry.local/m:v1', env }] },
              },
            },
          },
        },
        setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply),
      );
    await apply({ a: '1', b: '2' }, [
      { name: 'X', value: '1' },
      { name: 'Y', value: '2' },
    ]);
    await apps.patchNamespacedDeployment(
      { name: 'ssa', namespace: 'default', body: { metadata: { labels: { other: 'kept' } } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    const out = await apply({ a: '1' }, [{ name: 'X', value: '1' }]);
    expect(out.metadata?.labels).toEqual({ a: '1', other: 'kept' });
    expect(out.spec?.template.spec?.containers[0]?.env).toEqual([{ name: 'X', value: '1' }]);
  });

  it('rejects an invalid Deployment with 422 and field causes', async () => {
    const noContainers = deployment('broken');
    noContainers.spec!.template.spec!.containers = [];
    const r1 = await failure(apps.createNamespacedDeployment({ namespace: 'default', body: noContainers }));
    expect(r1.code).toBe(422);
    expect(r1.status).toMatchObject({
      reason: 'Invalid',
      message: 'Deployment.apps "broken" is invalid: spec.template.spec.containers: Required value',
      details: {
        name: 'broken',
        group: 'apps',
        kind: 'Deployment',
        causes: [
          { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.template.spec.containers' },
        ],
      },
    });
    const wrong = deployment('broken') as unknown as {
      spec: { replicas: unknown; template: { spec: { containers: { image?: string }[] } } };
    };
    wrong.spec.replicas = 'three';
    delete wrong.spec.template.spec.containers[0]!.image;
    const r2 = await failure(
      apps.createNamespacedDeployment({ namespace: 'default', body: wrong as V1Deployment }),
    );
    expect(r2.code).toBe(422);
    const causes = (r2.status.details as { causes: { field: string; reason: string }[] }).causes;
    expect(causes).toContainEqual(
      expect.objectContaining({ field: 'spec.replicas', reason: 'FieldValueTypeInvalid' }),
    );
    expect(causes).toContainEqual({
      field: 'spec.template.spec.containers[0].image',
      reason: 'FieldValueRequired',
      message: 'Required value',
    });
    const mismatch = deployment('broken');
    mismatch.spec!.template.metadata!.labels = { app: 'other' };
    const r3 = await failure(apps.createNamespacedDeployment({ namespace: 'default', body: mismatch }));
    expect(r3.status.message).toContain(
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`',
    );
  });

  it('warns about unknown fields by default and rejects them with fieldValidation=Strict', async () => {
    const objects = KubernetesObjectApi.makeApiClient(kc);
    const body = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'unknown', namespace: 'default' },
      data: {},
      bogus: 1,
    };
    const res = await fetch(`${sim.url}/api/v1/namespaces/default/configmaps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('warning')).toBe('299 - "unknown field \\"bogus\\""');
    const strict = await fetch(`${sim.url}/api/v1/namespaces/default/configmaps?fieldValidation=Strict`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, metadata: { name: 'unknown2' } }),
    });
    expect(strict.status).toBe(400);
    expect(await strict.json()).toMatchObject({
      reason: 'BadRequest',
      message:
        'ConfigMap in version "v1" cannot be handled as a ConfigMap: strict decoding error: unknown field "bogus"',
    });
    expect(
      (
        await objects.read({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          metadata: { name: 'unknown', namespace: 'default' },
        })
      ).metadata?.name,
    ).toBe('unknown');
  });

  it('answers unknown paths with 404 and unsupported verbs with 405 Status objects', async () => {
    const r404 = await fetch(`${sim.url}/apis/apps/v1/namespaces/default/statefulsets`);
    expect(r404.status).toBe(404);
    expect(await r404.json()).toMatchObject({ kind: 'Status', reason: 'NotFound', code: 404 });
    const r405 = await fetch(`${sim.url}/api/v1/namespaces/default/configmaps`, {
      method: 'PUT',
      body: '{}',
    });
    expect(r405.status).toBe(405);
    expect(await r405.json()).toMatchObject({ kind: 'Status', reason: 'MethodNotAllowed', code: 405 });
  });

  it('serves the scale subresource and leases and HTTPRoutes', async () => {
    await apps.createNamespacedDeployment({ namespace: 'default', body: deployment('scaled') });
    const scale = await apps.replaceNamespacedDeploymentScale({
      name: 'scaled',
      namespace: 'default',
      body: { metadata: { name: 'scaled', namespace: 'default' }, spec: { replicas: 5 } },
    });
    expect(scale.spec?.replicas).toBe(5);
    expect(
      (await apps.readNamespacedDeployment({ name: 'scaled', namespace: 'default' })).spec?.replicas,
    ).toBe(5);

    const leases = kc.makeApiClient(CoordinationV1Api);
    const lease = await leases.createNamespacedLease({
      namespace: 'default',
      body: {
        metadata: { name: 'model-deploy-lock' },
        spec: { holderIdentity: 'run-1', leaseDurationSeconds: 30 },
      },
    });
    expect(lease.spec?.holderIdentity).toBe('run-1');

    const custom = kc.makeApiClient(CustomObjectsApi);
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'web' },
      spec: {
        parentRefs: [{ name: 'gw' }],
        rules: [
          {
            backendRefs: [
              { name: 'web-stable', port: 80, weight: 90 },
              { name: 'web-canary', port: 80, weight: 10 },
            ],
          },
        ],
      },
    };
    await custom.createNamespacedCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      namespace: 'default',
      plural: 'httproutes',
      body: route,
    });
    sim.cluster.advance(100);
    const accepted = (await custom.getNamespacedCustomObject({
      group: 'gateway.networking.k8s.io',
      version: 'v1',
      namespace: 'default',
      plural: 'httproutes',
      name: 'web',
    })) as { status: { parents: { conditions: { type: string; status: string; reason: string }[] }[] } };
    expect(accepted.status.parents[0]?.conditions.map((c) => `${c.type}=${c.status}/${c.reason}`)).toEqual([
      'Accepted=True/Accepted',
      'ResolvedRefs=False/BackendNotFound',
    ]);
    const bad = structuredClone(route) as {
      metadata: { name: string };
      spec: { rules: { backendRefs: { weight: unknown }[] }[] };
    };
    bad.metadata.name = 'bad-route';
    bad.spec.rules[0]!.backendRefs[0]!.weight = 2_000_000;
    const r = await failure(
      custom.createNamespacedCustomObject({
        group: 'gateway.networking.k8s.io',
        version: 'v1',
        namespace: 'default',
        plural: 'httproutes',
        body: bad,
      }),
    );
    expect(r.code).toBe(422);
    expect(r.status.message).toContain('spec.rules[0].backendRefs[0].weight');
  });

  it('garbage-collects ReplicaSets and Pods when their Deployment is deleted', async () => {
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment('doomed', { replicas: 2 }),
    });
    sim.cluster.advance(500);
    const rs = await apps.listNamespacedReplicaSet({ namespace: 'default', labelSelector: 'app=doomed' });
    expect(rs.items).toHaveLength(1);
    expect(
      (await core.listNamespacedPod({ namespace: 'default', labelSelector: 'app=doomed' })).items,
    ).toHaveLength(2);
    await apps.deleteNamespacedDeployment({ name: 'doomed', namespace: 'default' });
    sim.cluster.advance(100);
    expect(
      (await apps.listNamespacedReplicaSet({ namespace: 'default', labelSelector: 'app=doomed' })).items,
    ).toHaveLength(0);
    expect(
      (await core.listNamespacedPod({ namespace: 'default', labelSelector: 'app=doomed' })).items,
    ).toHaveLength(0);
  });

  it('turns relabelling into ADDED/DELETED on a label-selector watch', async () => {
    const seen: string[] = [];
    const watch = new Watch(kc);
    let resolveDone: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      resolveDone = resolve;
    });
    const ctl = await watch.watch(
      '/api/v1/namespaces/default/configmaps',
      { labelSelector: 'watch=me' },
      (type, obj) => {
        seen.push(`${type} ${obj.metadata.labels?.watch ?? '-'}`);
        if (seen.length === 3) resolveDone();
      },
      () => resolveDone(),
    );
    await new Promise((r) => setTimeout(r, 100));
    const cm = await core.createNamespacedConfigMap({
      namespace: 'default',
      body: { metadata: { name: 'relabel', labels: { watch: 'me' } } },
    });
    const off = await core.replaceNamespacedConfigMap({
      name: 'relabel',
      namespace: 'default',
      body: { ...cm, metadata: { ...cm.metadata, labels: { watch: 'not-me' } } },
    });
    await core.replaceNamespacedConfigMap({
      name: 'relabel',
      namespace: 'default',
      body: { ...off, metadata: { ...off.metadata, labels: { watch: 'me' } } },
    });
    await done;
    ctl.abort();
    expect(seen).toEqual(['ADDED me', 'DELETED not-me', 'ADDED me']);
  });

  it('streams watch events from a resourceVersion', async () => {
    const list = await core.listNamespacedConfigMap({ namespace: 'default' });
    const seen: string[] = [];
    const watch = new Watch(kc);
    const done = new Promise<void>((resolve) => {
      void watch
        .watch(
          '/api/v1/namespaces/default/configmaps',
          { resourceVersion: list.metadata?.resourceVersion },
          (type, obj) => {
            seen.push(`${type} ${obj.metadata.name}`);
            if (seen.length === 3) resolve();
          },
          () => resolve(),
        )
        .then((ctl) => {
          void done.then(() => ctl.abort());
        });
    });
    await new Promise((r) => setTimeout(r, 100));
    const cm = await core.createNamespacedConfigMap({
      namespace: 'default',
      body: { metadata: { name: 'watched' } },
    });
    await core.replaceNamespacedConfigMap({
      name: 'watched',
      namespace: 'default',
      body: { ...cm, data: { x: 'y' } },
    });
    await core.deleteNamespacedConfigMap({ name: 'watched', namespace: 'default' });
    await done;
    expect(seen).toEqual(['ADDED watched', 'MODIFIED watched', 'DELETED watched']);
  });
});
