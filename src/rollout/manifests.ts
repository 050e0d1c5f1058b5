import type { V1Container, V1Deployment, V1PodTemplateSpec, V1Service } from '@kubernetes/client-node';
import type { DeployConfig } from '../config/sections/deploy.js';
import { ANNOTATION, LABEL, MANAGER } from './state.js';

export type TrackName = 'stable' | 'canary';

/** Names and settings of one model's objects, resolved from the config once. */
export interface ModelObjects {
  namespace: string;
  /** Stable Deployment; the canary is `<name>-canary`. */
  name: string;
  canaryName: string;
  service: string;
  model: string;
  version?: string;
  port: number;
  deploy: DeployConfig;
}

export function modelObjects(deploy: DeployConfig, model: { name: string; version?: string }): ModelObjects {
  const name = deploy.name ?? model.name;
  return {
    namespace: deploy.namespace,
    name,
    canaryName: `${name}-canary`,
    service: deploy.service ?? name,
    model: model.name,
    ...(model.version ? { version: model.version } : {}),
    port: deploy.port,
    deploy,
  };
}

/** A label value (63 chars of [A-Za-z0-9._-], alphanumeric at both ends) from an image tag or version. */
export function labelValue(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9._-]/g, '-')
    .slice(0, 63)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return cleaned || 'unknown';
}

export function versionOf(image: string, version: string | undefined): string {
  if (version) return labelValue(version);
  const at = image.indexOf('@');
  if (at >= 0)
    return labelValue(
      image
        .slice(at + 1)
        .replace(/^sha256:/, '')
        .slice(0, 12),
    );
  const colon = image.lastIndexOf(':');
  return labelValue(colon > image.lastIndexOf('/') ? image.slice(colon + 1) : 'latest');
}

/** Labels every object and pod of the model carries; `track` tells stable from canary. */
export function labels(o: ModelObjects, track?: TrackName, image?: string): Record<string, string> {
  return {
    [LABEL.name]: o.model,
    [LABEL.instance]: o.name,
    [LABEL.managedBy]: MANAGER,
    ...(image ? { [LABEL.version]: versionOf(image, o.version) } : {}),
    ...(track ? { [LABEL.track]: track } : {}),
  };
}

/** Pods of both tracks: what the Service of the replicas router selects. */
export function modelSelector(o: ModelObjects): Record<string, string> {
  return { [LABEL.name]: o.model, [LABEL.instance]: o.name };
}

export function trackSelector(o: ModelObjects, track: TrackName): Record<string, string> {
  return { ...modelSelector(o), [LABEL.track]: track };
}

export function selectorString(selector: Record<string, string>): string {
  return Object.entries(selector)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

/** GPU, MIG, cpu and memory as requests and limits (extended resources: limits, requests equal). */
export function containerResources(deploy: DeployConfig): V1Container['resources'] {
  const r = deploy.resources;
  const limits: Record<string, string> = {};
  const requests: Record<string, string> = {};
  if (r.gpus > 0) limits['nvidia.com/gpu'] = String(r.gpus);
  if (r.mig) limits[`nvidia.com/mig-${r.mig}`] = '1';
  if (r.cpu !== undefined) requests.cpu = `${Math.round(r.cpu * 1000)}m`;
  if (r.memory !== undefined) {
    requests.memory = String(Math.round(r.memory));
    limits.memory = String(Math.round(r.memory));
  }
  return {
    ...(Object.keys(limits).length ? { limits } : {}),
    ...(Object.keys(requests).length ? { requests } : {}),
  };
}

/**
 * The pod template: startupProbe gives the model `startup-deadline` to load
 * (failureThreshold × period ≥ deadline), then readiness is probed every period.
 */
export function podTemplate(o: ModelObjects, track: TrackName, image: string): V1PodTemplateSpec {
  const d = o.deploy;
  const periodSeconds = Math.max(1, Math.round(d.probes.period / 1000));
  const failureThreshold = Math.max(1, Math.ceil(d.probes['startup-deadline'] / 1000 / periodSeconds));
  const probe = { httpGet: { path: d.probes.path, port: 'http' } };
  const nodeSelector = {
    ...d['node-selector'],
    ...(d.resources['gpu-product'] ? { 'nvidia.com/gpu.product': d.resources['gpu-product'] } : {}),
  };
  return {
    metadata: {
      labels: labels(o, track, image),
    },
    spec: {
      containers: [
        {
          name: 'model',
          image,
          ports: [{ name: 'http', containerPort: o.port }],
          resources: containerResources(d),
          startupProbe: { ...probe, periodSeconds, failureThreshold },
          readinessProbe: { ...probe, periodSeconds, failureThreshold: 3 },
        },
      ],
      ...(Object.keys(nodeSelector).length ? { nodeSelector } : {}),
      ...(d.tolerations.length
        ? {
            tolerations: d.tolerations.map((t) => ({
              ...(t.key !== undefined ? { key: t.key } : {}),
              operator: t.operator,
              ...(t.value !== undefined ? { value: t.value } : {}),
              ...(t.effect !== undefined ? { effect: t.effect } : {}),
            })),
          }
        : {}),
    },
  };
}

export function deployment(
  o: ModelObjects,
  track: TrackName,
  image: string,
  replicas: number,
  annotations: Record<string, string>,
): V1Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: track === 'stable' ? o.name : o.canaryName,
      namespace: o.namespace,
      labels: labels(o, track, image),
      annotations,
    },
    spec: {
      replicas,
      selector: { matchLabels: trackSelector(o, track) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
      template: podTemplate(o, track, image),
    },
  };
}

/**
 * Merge patch that makes an existing (possibly adopted) stable Deployment run `image`: the
 * container named `model`, or the first one, gets the image; surge that fits, never unavailable.
 */
export function promotePatch(
  current: V1Deployment,
  o: ModelObjects,
  image: string,
  update: { maxSurge: number; maxUnavailable: number; replicas: number; revision?: number },
) {
  const { maxSurge, maxUnavailable, replicas, revision } = update;
  const containers = current.spec?.template.spec?.containers ?? [];
  const index = Math.max(
    0,
    containers.findIndex((c) => c.name === 'model'),
  );
  const patched = containers.map((c, i) => (i === index ? { ...c, image } : c));
  return {
    metadata: {
      labels: { [LABEL.version]: versionOf(image, o.version) },
      ...(revision !== undefined ? { annotations: { [ANNOTATION.revision]: String(revision) } } : {}),
    },
    spec: {
      replicas,
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } },
      template: {
        metadata: { labels: { [LABEL.version]: versionOf(image, o.version) } },
        spec: { containers: patched },
      },
    },
  };
}

export function service(o: ModelObjects, name: string, selector: Record<string, string>): V1Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: o.namespace, labels: labels(o) },
    spec: {
      selector,
      ports: [{ name: 'http', port: o.port, targetPort: 'http' }],
    },
  };
}

/** Image of the model container of a Deployment (the one named `model`, else the first). */
export function imageOf(d: V1Deployment): string {
  const containers = d.spec?.template.spec?.containers ?? [];
  return (containers.find((c) => c.name === 'model') ?? containers[0])?.image ?? '';
}
