import { applyDefaults } from './defaults.js';
import { semantic, templateHash } from './deployment-controller.js';
import { podReady } from './replicaset-controller.js';
import { resourceByKind } from './resources.js';
import type { Store } from './store.js';
import type { Condition, Container, KubeObject } from './types.js';

const ISVC = resourceByKind('InferenceService')!;
const DEPLOY = resourceByKind('Deployment')!;

/** Label on every predictor Deployment and pod: the InferenceService's name. */
export const ISVC_LABEL = 'serving.kserve.io/inferenceservice';
/** Label on every predictor Deployment and pod: the Knative revision (`<isvc>-predictor-00001`). */
export const REVISION_LABEL = 'serving.knative.dev/revision';
/** Label on every predictor Deployment and pod: the revision's number. */
export const GENERATION_LABEL = 'serving.knative.dev/configurationGeneration';
/** Annotation on a revision's Deployment: hash of the template it was created from. */
export const TEMPLATE_HASH_ANNOTATION = 'sim.model-deploy.io/template-hash';
const MIN_SCALE_ANNOTATION = 'autoscaling.knative.dev/min-scale';
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MODEL_CONTAINER = 'kserve-container';
/** Predictor fields that are PodSpec fields (KServe inlines the PodSpec in the predictor). */
const POD_SPEC_FIELDS = [
  'affinity',
  'imagePullSecrets',
  'initContainers',
  'nodeSelector',
  'priorityClassName',
  'runtimeClassName',
  'schedulerName',
  'securityContext',
  'serviceAccountName',
  'terminationGracePeriodSeconds',
  'tolerations',
  'volumes',
];

/** One entry of `status.components.predictor.traffic`. */
export interface TrafficTarget {
  latestRevision: boolean;
  percent: number;
  revisionName: string;
  tag?: string;
}

interface PredictorStatus {
  latestCreatedRevision?: string;
  latestReadyRevision?: string;
  latestRolledoutRevision?: string;
  previousRolledoutRevision?: string;
  traffic?: TrafficTarget[];
}

/** A revision's share of an InferenceService's requests and its ready pods. */
export interface RevisionTraffic {
  revisionName: string;
  percent: number;
  pods: KubeObject[];
}

/**
 * Where an InferenceService's requests go: its status traffic, percents summed per revision, each
 * with the ready pods of that revision.
 */
export function predictorTraffic(isvc: KubeObject, pods: readonly KubeObject[]): RevisionTraffic[] {
  const targets: TrafficTarget[] = isvc.status?.components?.predictor?.traffic ?? [];
  const percents = new Map<string, number>();
  for (const t of targets) percents.set(t.revisionName, (percents.get(t.revisionName) ?? 0) + t.percent);
  return [...percents].map(([revisionName, percent]) => ({
    revisionName,
    percent,
    pods: pods.filter(
      (p) =>
        p.metadata.namespace === isvc.metadata.namespace &&
        p.metadata.labels?.[ISVC_LABEL] === isvc.metadata.name &&
        p.metadata.labels?.[REVISION_LABEL] === revisionName &&
        !p.metadata.deletionTimestamp &&
        podReady(p),
    ),
  }));
}

/** What makes a new revision: the predictor without canaryTrafficPercent, and the ISVC's labels and annotations. */
function revisionTemplate(isvc: KubeObject): unknown {
  const { canaryTrafficPercent: _, ...predictor } = isvc.spec?.predictor ?? {};
  const annotations = { ...isvc.metadata.annotations };
  delete annotations[LAST_APPLIED];
  return semantic({ predictor, labels: isvc.metadata.labels, annotations });
}

function minReplicas(predictor: KubeObject['spec']): number {
  const n = predictor?.minReplicas;
  return Number.isInteger(n) && n >= 0 ? n : 1;
}

function modelContainer(model: Record<string, unknown>): Container {
  const { modelFormat, storageUri, runtime: _r, protocolVersion: _p, ...container } = model;
  const uri = typeof storageUri === 'string' ? storageUri : '';
  const format = (modelFormat as { name?: string } | undefined)?.name ?? 'model';
  return {
    ports: [{ containerPort: 8080, protocol: 'TCP' }],
    ...container,
    name: MODEL_CONTAINER,
    image: uri.startsWith('oci://') ? uri.slice('oci://'.length) : `kserve/${format}-server:sim`,
  };
}

/** Knative lets a probe leave out its port and fills in the container's one (the queue-proxy probes it). */
function defaultProbePorts(c: Container): Container {
  const port = (c.ports as { containerPort?: number }[] | undefined)?.[0]?.containerPort ?? 8080;
  const out: Container = { ...c };
  for (const k of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
    const probe = out[k] as { httpGet?: { port?: unknown }; tcpSocket?: { port?: unknown } } | undefined;
    if (probe?.httpGet && probe.httpGet.port === undefined)
      out[k] = { ...probe, httpGet: { ...probe.httpGet, port } };
    if (probe?.tcpSocket && probe.tcpSocket.port === undefined)
      out[k] = { ...probe, tcpSocket: { ...probe.tcpSocket, port } };
  }
  return out;
}

function podSpec(predictor: KubeObject['spec']): Record<string, unknown> | undefined {
  const containers: Container[] | undefined = Array.isArray(predictor?.containers)
    ? predictor.containers
    : predictor?.model && typeof predictor.model === 'object'
      ? [modelContainer(predictor.model)]
      : undefined;
  if (!containers?.length) return undefined;
  const spec: Record<string, unknown> = { containers: structuredClone(containers).map(defaultProbePorts) };
  for (const k of POD_SPEC_FIELDS) if (predictor[k] !== undefined) spec[k] = structuredClone(predictor[k]);
  return spec;
}

function revisionDeployment(isvc: KubeObject, n: number, hash: string, spec: Record<string, unknown>) {
  const name = isvc.metadata.name!;
  const revision = `${name}-predictor-${String(n).padStart(5, '0')}`;
  const predictor = isvc.spec.predictor;
  const labels = {
    ...isvc.metadata.labels,
    ...predictor.labels,
    [ISVC_LABEL]: name,
    [REVISION_LABEL]: revision,
    [GENERATION_LABEL]: String(n),
    component: 'predictor',
  };
  const deployment: KubeObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: `${revision}-deployment`,
      namespace: isvc.metadata.namespace!,
      labels,
      annotations: {
        [TEMPLATE_HASH_ANNOTATION]: hash,
        [MIN_SCALE_ANNOTATION]: String(minReplicas(predictor)),
      },
      ownerReferences: [
        {
          apiVersion: 'serving.kserve.io/v1beta1',
          kind: 'InferenceService',
          name,
          uid: isvc.metadata.uid!,
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    },
    spec: {
      replicas: Math.max(1, minReplicas(predictor)),
      selector: { matchLabels: { [REVISION_LABEL]: revision } },
      template: {
        metadata: { labels, ...(predictor.annotations ? { annotations: { ...predictor.annotations } } : {}) },
        spec,
      },
    },
  };
  applyDefaults(deployment, { nextClusterIP: () => '' });
  return deployment;
}

const generationOf = (d: KubeObject) => Number(d.metadata.labels?.[GENERATION_LABEL] ?? 0);
const revisionOf = (d: KubeObject) => d.metadata.labels?.[REVISION_LABEL] ?? '';
/** Pods a revision runs while routable (Knative min-scale; the sim has no scale-to-zero). */
const wantedPods = (d: KubeObject) =>
  Math.max(1, Number(d.metadata.annotations?.[MIN_SCALE_ANNOTATION] ?? 1));
const readyPods = (d: KubeObject): number => d.status?.readyReplicas ?? 0;
const isReady = (d: KubeObject) => readyPods(d) >= wantedPods(d);
const notReady = (d: KubeObject) =>
  `revision ${revisionOf(d)} is not ready: ${readyPods(d)}/${wantedPods(d)} pods ready`;

function condition(type: string, ok: boolean, reason: string, message: string): Condition {
  return ok ? { type, status: 'True' } : { type, status: 'False', reason, message };
}

/** KServe's ksvc traffic: canaryTrafficPercent to the latest ready revision, the rest to the last rolled-out one. */
function routeTraffic(prev: PredictorStatus, ready: string, canary: number | undefined): TrafficTarget[] {
  if (!ready) return [];
  const rolledOut = prev.latestRolledoutRevision ?? '';
  const last =
    rolledOut === ready && canary !== undefined && canary < 100
      ? (prev.previousRolledoutRevision ?? '')
      : rolledOut;
  if (canary === undefined || !last) return [{ latestRevision: true, percent: 100, revisionName: ready }];
  return [
    { latestRevision: true, percent: canary, revisionName: ready, tag: 'latest' },
    ...(canary < 100
      ? [{ latestRevision: false, percent: 100 - canary, revisionName: last, tag: 'prev' }]
      : []),
  ];
}

/** KServe's PropagateStatus: which revisions count as rolled out after this traffic. */
function rolledOut(
  prev: PredictorStatus,
  traffic: TrafficTarget[],
  ready: string,
  created: string,
): { latest: string; previous: string } {
  let latest = prev.latestRolledoutRevision ?? '';
  let previous = prev.previousRolledoutRevision ?? '';
  const total = (name: string) =>
    traffic.filter((t) => t.revisionName === name).reduce((a, t) => a + t.percent, 0);
  for (const t of traffic) {
    if (!t.latestRevision || t.revisionName !== ready) continue;
    if (latest !== ready) {
      if (t.percent === 100) {
        previous = latest;
        latest = ready;
      }
    } else if (ready === created && t.percent < 100 && total(t.revisionName) === 100 && previous) {
      latest = previous;
    }
  }
  return { latest, previous };
}

function reconcile(store: Store, isvc: KubeObject): void {
  const ns = isvc.metadata.namespace!;
  const name = isvc.metadata.name!;
  const predictor = isvc.spec?.predictor ?? {};
  const prev: PredictorStatus = isvc.status?.components?.predictor ?? {};
  const revisions = store
    .peekAll(DEPLOY, ns)
    .filter(
      (d) =>
        d.metadata.labels?.[ISVC_LABEL] === name &&
        d.metadata.ownerReferences?.some((r) => r.controller && r.uid === isvc.metadata.uid),
    )
    .sort((a, b) => generationOf(a) - generationOf(b));
  const hash = templateHash(revisionTemplate(isvc));
  const newest = revisions.at(-1);
  const spec = podSpec(predictor);
  if (spec && newest?.metadata.annotations?.[TEMPLATE_HASH_ANNOTATION] !== hash) {
    const n = newest ? generationOf(newest) + 1 : 1;
    revisions.push(store.create(DEPLOY, revisionDeployment(isvc, n, hash, spec)));
  }

  const created = revisions.at(-1);
  // monotonic like Knative's latestReadyRevision: never back to an older revision
  const ready = [...revisions]
    .reverse()
    .find((d) => isReady(d) || revisionOf(d) === prev.latestReadyRevision);
  const readyName = ready ? revisionOf(ready) : '';
  const canary =
    typeof predictor.canaryTrafficPercent === 'number' ? predictor.canaryTrafficPercent : undefined;
  const traffic = routeTraffic(prev, readyName, canary);
  const rollout = rolledOut(prev, traffic, readyName, created ? revisionOf(created) : '');

  const routable = new Set([readyName, ...traffic.map((t) => t.revisionName)]);
  if (created) routable.add(revisionOf(created));
  for (const d of revisions) {
    const replicas = routable.has(revisionOf(d)) ? wantedPods(d) : 0;
    if (d.spec?.replicas !== replicas) store.update(DEPLOY, { ...d, spec: { ...d.spec, replicas } });
  }

  const byName = new Map(revisions.map((d) => [revisionOf(d), d]));
  const serving = traffic.filter((t) => t.percent > 0).map((t) => byName.get(t.revisionName));
  const servingReady = serving.some((d) => d && isReady(d));
  const blocking = serving.find((d) => d && !isReady(d)) ?? created;
  const missing = blocking
    ? notReady(blocking)
    : `spec.predictor of ${name} has neither containers nor model`;
  const latestReady = !!created && revisionOf(created) === readyName;
  const status = {
    observedGeneration: isvc.metadata.generation ?? 1,
    url: `http://${name}.${ns}.example.com`,
    components: {
      predictor: {
        ...(created ? { latestCreatedRevision: revisionOf(created) } : {}),
        ...(readyName ? { latestReadyRevision: readyName } : {}),
        ...(rollout.latest ? { latestRolledoutRevision: rollout.latest } : {}),
        ...(rollout.previous ? { previousRolledoutRevision: rollout.previous } : {}),
        traffic,
      },
    },
    conditions: [
      condition(
        'LatestDeploymentReady',
        latestReady,
        'RevisionMissing',
        created ? notReady(created) : missing,
      ),
      condition('PredictorReady', servingReady, 'RevisionMissing', missing),
      condition('Ready', servingReady, 'RevisionMissing', missing),
      condition('RoutesReady', traffic.length > 0, 'RevisionMissing', missing),
    ],
  };
  store.update(ISVC, { ...isvc, status });
}

/**
 * KServe serverless mode without Knative objects: one Deployment per predictor revision, the
 * revisions' scale, and `status` (traffic split by canaryTrafficPercent, rolled-out revisions,
 * conditions) of every InferenceService.
 */
export function reconcileInferenceServices(store: Store): void {
  for (const isvc of store.peekAll(ISVC)) reconcile(store, isvc);
}
