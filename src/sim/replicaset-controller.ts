import type { ClusterApi } from './api.js';
import type { Clock } from './clock.js';
import type { EventRecorder } from './events.js';
import { resourceByKind } from './resources.js';
import type { Condition, KubeObject } from './types.js';

const RS = resourceByKind('ReplicaSet')!;
const POD = resourceByKind('Pod')!;
const SOURCE = { component: 'replicaset-controller' };

export function controllerOf(o: KubeObject): string | undefined {
  return o.metadata.ownerReferences?.find((r) => r.controller)?.uid;
}

export function podReady(pod: KubeObject): boolean {
  return ((pod.status?.conditions ?? []) as Condition[]).some(
    (c) => c.type === 'Ready' && c.status === 'True',
  );
}

function readySince(pod: KubeObject): number | undefined {
  const c = ((pod.status?.conditions ?? []) as Condition[]).find(
    (x) => x.type === 'Ready' && x.status === 'True',
  );
  return c?.lastTransitionTime ? Date.parse(c.lastTransitionTime) : undefined;
}

export function podAvailable(pod: KubeObject, minReadySeconds: number, now: number): boolean {
  const since = readySince(pod);
  return since !== undefined && (minReadySeconds <= 0 || now - since >= minReadySeconds * 1000);
}

function activePod(p: KubeObject): boolean {
  return !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';
}

/** Rank for scale-down: unscheduled, pending, not ready, fewer restarts... go first (as controller.ActivePods). */
function deletionRank(p: KubeObject): number[] {
  const phaseRank = p.status?.phase === 'Pending' ? 0 : p.status?.phase === 'Running' ? 2 : 1;
  const restarts = ((p.status?.containerStatuses ?? []) as { restartCount?: number }[]).reduce(
    (a, c) => a + (c.restartCount ?? 0),
    0,
  );
  return [
    p.spec?.nodeName ? 1 : 0,
    phaseRank,
    podReady(p) ? 1 : 0,
    -restarts,
    -Date.parse(p.metadata.creationTimestamp ?? '0'),
  ];
}

/** Keeps each ReplicaSet's pod count at spec.replicas and writes its status. */
export function reconcileReplicaSets(api: ClusterApi, clock: Clock, events: EventRecorder): void {
  const store = api.store;
  const pods = store.peekAll(POD);
  for (const rs of store.peekAll(RS)) {
    const uid = rs.metadata.uid!;
    const ns = rs.metadata.namespace!;
    let owned = pods.filter((p) => p.metadata.namespace === ns && controllerOf(p) === uid && activePod(p));
    const want = (rs.spec?.replicas as number | undefined) ?? 1;
    if (owned.length < want) {
      const template = rs.spec.template ?? {};
      for (let i = owned.length; i < want; i++) {
        const pod = api.create(POD, ns, {
          metadata: {
            generateName: `${rs.metadata.name}-`,
            namespace: ns,
            labels: { ...(template.metadata?.labels ?? {}) },
            ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
            ownerReferences: [
              {
                apiVersion: 'apps/v1',
                kind: 'ReplicaSet',
                name: rs.metadata.name!,
                uid,
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          },
          spec: structuredClone(template.spec ?? {}),
        });
        events.record(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, SOURCE);
      }
    } else if (owned.length > want) {
      const victims = [...owned]
        .sort((a, b) => {
          const ra = deletionRank(a);
          const rb = deletionRank(b);
          for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
          return 0;
        })
        .slice(0, owned.length - want);
      for (const v of victims) {
        api.delete(POD, ns, v.metadata.name!);
        events.record(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${v.metadata.name}`, SOURCE);
      }
    }
    owned = store.peekAll(POD, ns).filter((p) => controllerOf(p) === uid && activePod(p));
    const minReady = (rs.spec?.minReadySeconds as number | undefined) ?? 0;
    const selectorLabels = (rs.spec?.selector?.matchLabels ?? {}) as Record<string, string>;
    const status = {
      replicas: owned.length,
      fullyLabeledReplicas: owned.filter((p) =>
        Object.entries(selectorLabels).every(([k, v]) => p.metadata.labels?.[k] === v),
      ).length,
      readyReplicas: owned.filter(podReady).length,
      availableReplicas: owned.filter((p) => podAvailable(p, minReady, clock.now())).length,
      observedGeneration: rs.metadata.generation ?? 1,
    };
    const current = store.peek(RS, ns, rs.metadata.name!);
    if (!current) continue;
    const next: KubeObject = { ...current, status: { ...(current.status ?? {}), ...status } };
    for (const k of ['readyReplicas', 'availableReplicas', 'fullyLabeledReplicas'] as const) {
      if (!next.status[k]) delete next.status[k];
    }
    store.update(RS, next);
  }
}
