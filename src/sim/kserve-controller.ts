import { podReady } from './replicaset-controller.js';
import { resourceByKind } from './resources.js';
import type { Store } from './store.js';
import { TRACK_LABELS } from './traffic.js';
import type { KubeObject } from './types.js';

const ISVC = resourceByKind('InferenceService')!;
const POD = resourceByKind('Pod')!;

/** Label KServe puts on an InferenceService's predictor pods; the sim selects them by it. */
export const ISVC_LABEL = 'serving.kserve.io/inferenceservice';

/** One predictor revision: its ready pods and the share of the InferenceService's traffic it gets. */
export interface PredictorRevision {
  name: string;
  percent: number;
  latest: boolean;
  pods: KubeObject[];
}

function revisionName(isvc: string, pods: readonly KubeObject[], track: string): string {
  const hash = pods.map((p) => p.metadata.labels?.['pod-template-hash']).find((h) => h);
  return `${isvc}-predictor-${hash ?? track}`;
}

/**
 * The predictor revisions of an InferenceService. Its pods are those labelled
 * `serving.kserve.io/inferenceservice=<name>`; pods on the `canary` track are the latest revision,
 * the others the previous rolled-out one. `spec.predictor.canaryTrafficPercent` goes to the latest
 * (when it has ready pods), the rest to the previous; without it the latest takes everything.
 */
export function predictorRevisions(isvc: KubeObject, pods: readonly KubeObject[]): PredictorRevision[] {
  const name = isvc.metadata.name!;
  const mine = pods.filter(
    (p) =>
      p.metadata.namespace === isvc.metadata.namespace &&
      p.metadata.labels?.[ISVC_LABEL] === name &&
      !p.metadata.deletionTimestamp &&
      podReady(p),
  );
  const isCanary = (p: KubeObject) => TRACK_LABELS.some((k) => p.metadata.labels?.[k] === 'canary');
  const latest = mine.filter(isCanary);
  const previous = mine.filter((p) => !isCanary(p));
  const percent: unknown = isvc.spec?.predictor?.canaryTrafficPercent;
  if (!latest.length || !previous.length || typeof percent !== 'number') {
    const only = latest.length ? latest : previous;
    const track = latest.length ? 'canary' : 'stable';
    return only.length
      ? [{ name: revisionName(name, only, track), percent: 100, latest: true, pods: only }]
      : [];
  }
  return [
    { name: revisionName(name, previous, 'stable'), percent: 100 - percent, latest: false, pods: previous },
    { name: revisionName(name, latest, 'canary'), percent, latest: true, pods: latest },
  ];
}

/** Writes `status.components.predictor.traffic` (and the Ready condition) of every InferenceService. */
export function reconcileInferenceServices(store: Store): void {
  const pods = store.peekAll(POD);
  for (const isvc of store.peekAll(ISVC)) {
    const revisions = predictorRevisions(isvc, pods);
    const latest = revisions.find((r) => r.latest);
    const previous = revisions.find((r) => !r.latest);
    const predictor = {
      ...(latest ? { latestReadyRevision: latest.name } : {}),
      ...(previous ? { previousRolledoutRevision: previous.name } : {}),
      traffic: revisions.map((r) => ({ revisionName: r.name, percent: r.percent, latestRevision: r.latest })),
    };
    const ready = revisions.length > 0;
    const status = {
      observedGeneration: isvc.metadata.generation ?? 1,
      components: { predictor },
      conditions: [
        {
          type: 'Ready',
          status: ready ? 'True' : 'False',
          ...(ready
            ? {}
            : { reason: 'NoReadyPredictorPods', message: `no ready pod labelled ${ISVC_LABEL}` }),
        },
      ],
    };
    if (JSON.stringify(status) !== JSON.stringify(isvc.status)) store.update(ISVC, { ...isvc, status });
  }
}
