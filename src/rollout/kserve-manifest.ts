import type { V1Container } from '@kubernetes/client-node';
import { containerResources, labels, type ModelObjects } from './manifests.js';

export const INFERENCESERVICE = {
  group: 'serving.kserve.io',
  version: 'v1beta1',
  plural: 'inferenceservices',
} as const;

/** Labels KServe and Knative put on an InferenceService's predictor pods. */
export const INFERENCESERVICE_LABEL = 'serving.kserve.io/inferenceservice';
export const REVISION_LABEL = 'serving.knative.dev/revision';
/** The container KServe routes to in a custom predictor. */
const KSERVE_CONTAINER = 'kserve-container';
const OCI = 'oci://';

export interface Predictor {
  canaryTrafficPercent?: number | null;
  minReplicas?: number;
  containers?: V1Container[];
  model?: { storageUri?: string; [k: string]: unknown };
  [k: string]: unknown;
}

export interface PredictorStatus {
  latestCreatedRevision?: string;
  latestReadyRevision?: string;
  latestRolledoutRevision?: string;
  previousRolledoutRevision?: string;
}

export interface InferenceService {
  metadata: {
    name?: string;
    generation?: number;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec: { predictor: Predictor };
  status?: {
    observedGeneration?: number;
    deploymentMode?: string;
    components?: { predictor?: PredictorStatus };
  };
}

/**
 * The predictor's revisions as far as the status describes the current spec: `latest` only once
 * KServe has seen this generation, `latestReady` when that revision is ready.
 */
export function predictorStatus(isvc: InferenceService) {
  const s = isvc.status?.components?.predictor ?? {};
  const observed = (isvc.status?.observedGeneration ?? 0) >= (isvc.metadata.generation ?? 0);
  const latest = observed ? s.latestCreatedRevision : undefined;
  return {
    observed,
    latest,
    latestReady: latest !== undefined && s.latestReadyRevision === latest,
    rolledOut: s.latestRolledoutRevision,
  };
}

/**
 * The deployment mode when it is not serverless: KServe ignores canaryTrafficPercent in
 * RawDeployment (called Standard since 0.15) without a word (kserve#5335).
 */
export function rawDeploymentMode(isvc: InferenceService): string | undefined {
  const mode = isvc.status?.deploymentMode ?? isvc.metadata.annotations?.['serving.kserve.io/deploymentMode'];
  return mode === 'RawDeployment' || mode === 'Standard' ? mode : undefined;
}

export function inferenceServiceName(o: ModelObjects): string {
  return o.deploy.traffic['inference-service'] ?? o.name;
}

/**
 * The image a predictor runs: its `kserve-container` (else first container), or an `oci://`
 * modelcar storageUri. Undefined when the model comes from elsewhere (s3://, gs://, pvc://).
 */
export function predictorImage(p: Predictor): string | undefined {
  const containers = p.containers ?? [];
  const c = containers.find((x) => x.name === KSERVE_CONTAINER) ?? containers[0];
  if (c?.image) return c.image;
  const uri = p.model?.storageUri;
  return uri?.startsWith(OCI) ? uri.slice(OCI.length) : undefined;
}

/**
 * The merge patch that makes the predictor run `image` with `canaryTrafficPercent` set in the
 * same write, so the new revision never takes traffic before we say so.
 */
export function predictorPatch(p: Predictor, image: string, canaryTrafficPercent: number | null) {
  const containers = p.containers ?? [];
  if (containers.length > 0) {
    const i = Math.max(
      0,
      containers.findIndex((c) => c.name === KSERVE_CONTAINER),
    );
    return {
      spec: {
        predictor: {
          canaryTrafficPercent,
          containers: containers.map((c, j) => (j === i ? { ...c, image } : c)),
        },
      },
    };
  }
  return { spec: { predictor: { canaryTrafficPercent, model: { storageUri: `${OCI}${image}` } } } };
}

/** A new InferenceService with a custom predictor (Knative allows one port, named http1 or unnamed). */
export function inferenceService(o: ModelObjects, image: string, replicas: number) {
  const d = o.deploy;
  const periodSeconds = Math.max(1, Math.round(d.probes.period / 1000));
  const failureThreshold = Math.max(1, Math.ceil(d.probes['startup-deadline'] / 1000 / periodSeconds));
  const probe = { httpGet: { path: d.probes.path } };
  const nodeSelector = {
    ...d['node-selector'],
    ...(d.resources['gpu-product'] ? { 'nvidia.com/gpu.product': d.resources['gpu-product'] } : {}),
  };
  return {
    apiVersion: `${INFERENCESERVICE.group}/${INFERENCESERVICE.version}`,
    kind: 'InferenceService',
    metadata: { name: inferenceServiceName(o), namespace: o.namespace, labels: labels(o) },
    spec: {
      predictor: {
        minReplicas: replicas,
        ...(Object.keys(nodeSelector).length ? { nodeSelector } : {}),
        ...(d.tolerations.length ? { tolerations: d.tolerations } : {}),
        containers: [
          {
            name: KSERVE_CONTAINER,
            image,
            ports: [{ containerPort: o.port, protocol: 'TCP' }],
            resources: containerResources(d),
            startupProbe: { ...probe, periodSeconds, failureThreshold },
            readinessProbe: { ...probe, periodSeconds, failureThreshold: 3 },
          },
        ],
      },
    },
  };
}
