import { describe, expect, it } from 'vitest';
import { deploySection } from '../../src/config/sections/deploy.js';
import { inferenceService, predictorImage, predictorPatch } from '../../src/rollout/kserve-manifest.js';
import { deployment, modelObjects, promotePatch, versionOf } from '../../src/rollout/manifests.js';
import { httpRoute } from '../../src/rollout/traffic.js';
import { canaryReplicasFor, podShare } from '../../src/rollout/weights.js';

const objects = (over: Record<string, unknown> = {}) =>
  modelObjects(
    deploySection.parse({
      replicas: 4,
      resources: { gpus: 2, 'gpu-product': 'NVIDIA-H100-80GB-HBM3', cpu: '4', memory: '32Gi' },
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
      probes: { 'startup-deadline': '10m', period: '10s' },
      traffic: { router: 'gateway-api', gateway: 'public' },
      ...over,
    }),
    { name: 'llm', version: '2.1' },
  );

describe('manifests', () => {
  it('labels, GPU resources, scheduling and probes sized for model loading', () => {
    const d = deployment(objects(), 'canary', 'reg/llm@sha256:abcdef0123456789', 1, { a: 'b' });
    expect(d.metadata?.name).toBe('llm-canary');
    expect(d.metadata?.labels).toEqual({
      'app.kubernetes.io/name': 'llm',
      'app.kubernetes.io/instance': 'llm',
      'app.kubernetes.io/managed-by': 'model-deploy',
      'app.kubernetes.io/version': '2.1',
      track: 'canary',
    });
    expect(d.spec?.selector.matchLabels).toEqual({
      'app.kubernetes.io/name': 'llm',
      'app.kubernetes.io/instance': 'llm',
      track: 'canary',
    });
    const pod = d.spec!.template.spec!;
    const c = pod.containers[0]!;
    expect(c.resources).toEqual({
      limits: { 'nvidia.com/gpu': '2', memory: String(32 * 2 ** 30) },
      requests: { cpu: '4000m', memory: String(32 * 2 ** 30) },
    });
    expect(pod.nodeSelector).toEqual({ 'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3' });
    expect(pod.tolerations).toEqual([{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }]);
    expect(c.startupProbe!.failureThreshold! * c.startupProbe!.periodSeconds!).toBeGreaterThanOrEqual(600);
    expect(c.readinessProbe?.httpGet?.path).toBe('/healthz');
    expect(d.spec?.strategy?.rollingUpdate).toEqual({ maxSurge: 1, maxUnavailable: 0 });
  });

  it('MIG slice as its own resource', () => {
    const d = deployment(objects({ resources: { mig: '1g.10gb' } }), 'stable', 'reg/llm:v1', 1, {});
    expect(d.spec?.template.spec?.containers[0]?.resources?.limits).toEqual({
      'nvidia.com/mig-1g.10gb': '1',
    });
  });

  it('promotion patches only the model container image, with surge and no unavailability', () => {
    const current = deployment(objects(), 'stable', 'reg/llm:v1', 4, {});
    current.spec!.template.spec!.containers.push({ name: 'sidecar', image: 'envoy:1' });
    const patch = promotePatch(current, objects(), 'reg/llm:v2', {
      maxSurge: 2,
      maxUnavailable: 0,
      replicas: 4,
      revision: 7,
    });
    expect(patch.spec.template.spec.containers.map((c) => c.image)).toEqual(['reg/llm:v2', 'envoy:1']);
    expect(patch.spec.strategy.rollingUpdate).toEqual({ maxSurge: 2, maxUnavailable: 0 });
    expect(patch.metadata.annotations).toEqual({ 'model-deploy.io/revision': '7' });
  });

  it('version label from the tag or digest when the model has no version', () => {
    expect(versionOf('reg:5000/llm:v1.2+build', undefined)).toBe('v1.2-build');
    expect(versionOf('reg/llm@sha256:0123456789abcdef', undefined)).toBe('0123456789ab');
  });
});

describe('traffic', () => {
  it('gateway-api: backendRef weights to <svc>-stable and <svc>-canary', () => {
    const route = httpRoute(objects(), 'llm', 'public', 30);
    expect(route.spec).toEqual({
      parentRefs: [{ name: 'public' }],
      rules: [
        {
          backendRefs: [
            { group: '', kind: 'Service', name: 'llm-stable', port: 8080, weight: 70 },
            { group: '', kind: 'Service', name: 'llm-canary', port: 8080, weight: 30 },
          ],
        },
      ],
    });
    expect(httpRoute(objects(), 'llm', undefined, 0).spec.rules[0]!.backendRefs).toHaveLength(1);
  });

  it('kserve: the image and canaryTrafficPercent change in one patch, for a custom container or a modelcar', () => {
    const custom = {
      containers: [
        { name: 'sidecar', image: 'proxy:1' },
        { name: 'kserve-container', image: 'reg/llm:v1', env: [{ name: 'A', value: '1' }] },
      ],
    };
    expect(predictorImage(custom)).toBe('reg/llm:v1');
    expect(predictorPatch(custom, 'reg/llm:v2', 0)).toEqual({
      spec: {
        predictor: {
          canaryTrafficPercent: 0,
          containers: [
            { name: 'sidecar', image: 'proxy:1' },
            { name: 'kserve-container', image: 'reg/llm:v2', env: [{ name: 'A', value: '1' }] },
          ],
        },
      },
    });
    const modelcar = { model: { modelFormat: { name: 'huggingface' }, storageUri: 'oci://reg/llm:v1' } };
    expect(predictorImage(modelcar)).toBe('reg/llm:v1');
    expect(predictorPatch(modelcar, 'reg/llm:v2', null)).toEqual({
      spec: { predictor: { canaryTrafficPercent: null, model: { storageUri: 'oci://reg/llm:v2' } } },
    });
    expect(predictorImage({ model: { storageUri: 's3://bucket/llm' } })).toBeUndefined();
    const isvc = inferenceService(objects({ replicas: 3 }), 'reg/llm:v1', 3);
    expect(isvc.spec.predictor.minReplicas).toBe(3);
    expect(isvc.spec.predictor.containers[0]).toMatchObject({
      name: 'kserve-container',
      image: 'reg/llm:v1',
      ports: [{ containerPort: 8080, protocol: 'TCP' }],
    });
  });

  it.each([
    ['replicas', 20, 4, 1, 20],
    ['replicas', 50, 4, 4, 50],
    ['replicas', 100, 4, 4, 50],
    ['replicas', 10, 2, 1, 33.3],
    ['replicas', 41, 10, 7, 41.2],
    ['gateway-api', 10, 4, 1, undefined],
    ['gateway-api', 50, 4, 2, undefined],
    ['gateway-api', 100, 4, 4, undefined],
  ] as const)(
    '%s router, weight %d, stable %d: %d canary pods (real share %s%%)',
    (router, weight, stable, pods, share) => {
      const n = canaryReplicasFor(router, weight, stable);
      expect(n).toBe(pods);
      if (share !== undefined) expect(Math.round(podShare(n, stable) * 10) / 10).toBe(share);
    },
  );

  it('setCanaryScale overrides the weight-derived count', () => {
    expect(canaryReplicasFor('replicas', 20, 4, { replicas: 3 })).toBe(3);
    expect(canaryReplicasFor('replicas', 20, 4, { weight: 50 })).toBe(2);
  });
});
