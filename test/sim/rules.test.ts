import { describe, expect, it, test } from 'vitest';
import { resolveFenceposts, templateHash } from '../../src/sim/deployment-controller.js';
import { parseImageRef } from '../../src/sim/images.js';
import { resourceByKind } from '../../src/sim/resources.js';
import { schedule } from '../../src/sim/scheduler.js';
import { matchesRequirements, parseLabelSelector } from '../../src/sim/selectors.js';
import { humanAge, podDisplayStatus } from '../../src/sim/table.js';
import type { KubeObject } from '../../src/sim/types.js';
import { validateSchema } from '../../src/sim/validate.js';

test.each([
  ['a=b', { a: 'b' }, true],
  ['a==b', { a: 'c' }, false],
  ['a!=b', {}, true],
  ['a in (x, y)', { a: 'y' }, true],
  ['a notin (x)', { a: 'x' }, false],
  ['a,!b', { a: '1' }, true],
  ['a,!b', { a: '1', b: '2' }, false],
  ['app.kubernetes.io/name=m, track in (canary)', { 'app.kubernetes.io/name': 'm', track: 'canary' }, true],
])('label selector %s on %j is %s', (selector, labels, expected) => {
  expect(matchesRequirements(labels, parseLabelSelector(selector))).toBe(expected);
});

test.each([
  [{ replicas: 10 }, { maxSurge: 3, maxUnavailable: 2 }],
  [
    { replicas: 4, strategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } } },
    { maxSurge: 1, maxUnavailable: 0 },
  ],
  [
    { replicas: 3, strategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: '10%' } } },
    { maxSurge: 0, maxUnavailable: 1 },
  ],
  [
    { replicas: 3, strategy: { type: 'Recreate' } },
    { maxSurge: 0, maxUnavailable: 3 },
  ],
])('fenceposts of %j are %j (surge rounds up, unavailable down)', (spec, expected) => {
  expect(resolveFenceposts(spec)).toEqual(expected);
});

test.each([
  ['registry.local:5000/team/model:v1', { repository: 'team/model', tag: 'v1' }],
  ['model', { repository: 'model', tag: 'latest' }],
  ['ghcr.io/o/m@sha256:abc', { repository: 'o/m', digest: 'sha256:abc' }],
  ['localhost/m:1', { repository: 'm', tag: '1' }],
])('image reference %s', (ref, expected) => {
  expect(parseImageRef(ref)).toEqual(expected);
});

test.each([
  [45_000, '45s'],
  [150_000, '2m30s'],
  [3 * 3_600_000, '3h'],
  [50 * 3_600_000, '2d2h'],
])('kubectl age of %d ms is %s', (ms, text) => {
  expect(humanAge(ms)).toBe(text);
});

describe('pod template hash', () => {
  it('is stable for equal templates regardless of key order and changes with the template', () => {
    const a = templateHash({
      metadata: { labels: { app: 'x' } },
      spec: { containers: [{ name: 'm', image: 'i:1' }] },
    });
    const b = templateHash({
      spec: { containers: [{ image: 'i:1', name: 'm' }] },
      metadata: { labels: { app: 'x' } },
    });
    const c = templateHash({
      metadata: { labels: { app: 'x' } },
      spec: { containers: [{ name: 'm', image: 'i:2' }] },
    });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
  });
});

describe('scheduler filters', () => {
  const node = (name: string, extra: Partial<KubeObject> = {}): KubeObject => ({
    kind: 'Node',
    metadata: { name, labels: {} },
    spec: {},
    status: { allocatable: { cpu: '8', memory: '32Gi', pods: '110', 'nvidia.com/gpu': '2' } },
    ...extra,
  });
  const pod = (spec: object): KubeObject => ({
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: { containers: [{ name: 'c' }], ...spec },
  });

  it('treats an Exists toleration without key as tolerating everything and NoExecute like NoSchedule', () => {
    const tainted = node('n', { spec: { taints: [{ key: 'x', effect: 'NoExecute' }] } });
    expect(schedule(pod({}), [tainted], []).message).toContain('1 node(s) had untolerated taint {x: }');
    expect(schedule(pod({ tolerations: [{ operator: 'Exists' }] }), [tainted], []).node).toBe('n');
  });

  it('counts cpu and memory requests and prefers the least allocated node', () => {
    const busy: KubeObject = {
      kind: 'Pod',
      metadata: { name: 'busy' },
      spec: {
        nodeName: 'a',
        containers: [{ name: 'c', resources: { requests: { cpu: '6', memory: '8Gi' } } }],
      },
      status: { phase: 'Running' },
    };
    const want = pod({ containers: [{ name: 'c', resources: { requests: { cpu: '3' } } }] });
    expect(schedule(want, [node('a'), node('b')], [busy]).node).toBe('b');
    expect(schedule(want, [node('a')], [busy]).message).toBe(
      '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    );
  });

  it('honours required node affinity terms', () => {
    const labelled = node('gpu', {
      metadata: { name: 'gpu', labels: { 'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3' } },
    });
    const affinity = {
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            {
              matchExpressions: [
                { key: 'nvidia.com/gpu.product', operator: 'In', values: ['NVIDIA-H100-80GB-HBM3'] },
              ],
            },
          ],
        },
      },
    };
    expect(schedule(pod({ affinity }), [node('plain'), labelled], []).node).toBe('gpu');
  });
});

describe('schema validation', () => {
  it('checks CRD patterns, enums and limits on HTTPRoutes', () => {
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'r' },
      spec: {
        hostnames: ['Not_A_Host'],
        rules: [
          {
            matches: [{ path: { type: 'Glob', value: '/' } }],
            backendRefs: [{ name: 's', port: 80, weight: -1 }],
          },
        ],
      },
    };
    const { causes } = validateSchema(resourceByKind('HTTPRoute')!, route);
    const fields = causes.map((c) => `${c.field} ${c.reason}`);
    expect(fields).toContain('spec.hostnames[0] FieldValueInvalid');
    expect(fields).toContain('spec.rules[0].matches[0].path.type FieldValueNotSupported');
    expect(fields).toContain('spec.rules[0].backendRefs[0].weight FieldValueInvalid');
  });

  it('checks quantities and int-or-string fields on Deployments and reports unknown fields', () => {
    const d = {
      metadata: { name: 'd' },
      spec: {
        selector: { matchLabels: { a: 'b' } },
        strategy: { rollingUpdate: { maxSurge: true } },
        template: {
          spec: {
            containers: [{ name: 'c', image: 'i', resources: { limits: { cpu: 'lots' } }, colour: 'red' }],
          },
        },
      },
    };
    const { causes, unknownFields } = validateSchema(resourceByKind('Deployment')!, d);
    expect(causes.map((c) => c.field)).toEqual([
      'spec.strategy.rollingUpdate.maxSurge',
      'spec.template.spec.containers[0].resources.limits[cpu]',
    ]);
    expect(unknownFields).toEqual(['spec.template.spec.containers[0].colour']);
  });
});

describe('kubectl status column', () => {
  it('shows the waiting or terminated reason of a container', () => {
    const pod = (state: object): KubeObject => ({
      metadata: { name: 'p' },
      status: { phase: 'Running', containerStatuses: [{ name: 'c', state }] },
    });
    expect(podDisplayStatus(pod({ waiting: { reason: 'CrashLoopBackOff' } }))).toBe('CrashLoopBackOff');
    expect(podDisplayStatus(pod({ terminated: { reason: 'OOMKilled' } }))).toBe('OOMKilled');
    expect(podDisplayStatus(pod({ running: {} }))).toBe('Running');
  });
});
