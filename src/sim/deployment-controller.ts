import type { ClusterApi } from './api.js';
import { type Clock, timestamp } from './clock.js';
import type { EventRecorder } from './events.js';
import { controllerOf } from './replicaset-controller.js';
import { resourceByKind } from './resources.js';
import type { Condition, KubeObject } from './types.js';

const RS = resourceByKind('ReplicaSet')!;
const DEPLOY = resourceByKind('Deployment')!;
const POD = resourceByKind('Pod')!;
const SOURCE = { component: 'deployment-controller' };
export const REVISION = 'deployment.kubernetes.io/revision';
export const TEMPLATE_HASH = 'pod-template-hash';

const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/**
 * A template as Go's semantic equality sees it: nulls, empty maps and empty lists are the same as
 * absent (kubectl round-trips add `creationTimestamp: null`).
 */
export function semantic(v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v.map(semantic);
    return items.length ? items : undefined;
  }
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const n = semantic(x);
      if (n !== undefined) out[k] = n;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return v === null ? undefined : v;
}

function withoutHash(template: unknown): unknown {
  const t = structuredClone(template ?? {}) as { metadata?: { labels?: Record<string, string> } };
  if (t.metadata?.labels) delete t.metadata.labels[TEMPLATE_HASH];
  return t;
}

/** pod-template-hash: fnv-32a of the template, rendered with the controller's safe alphabet. */
export function templateHash(template: unknown, collisionCount = 0): string {
  let h = 0x811c9dc5;
  const text = canonical(template) + (collisionCount ? String(collisionCount) : '');
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return [...String(h)].map((c) => SAFE[c.charCodeAt(0) % SAFE.length]).join('');
}

/** maxSurge (rounded up) and maxUnavailable (rounded down) as pod counts. */
export function resolveFenceposts(spec: KubeObject['spec']): { maxSurge: number; maxUnavailable: number } {
  const replicas = (spec?.replicas as number | undefined) ?? 1;
  if (spec?.strategy?.type === 'Recreate') return { maxSurge: 0, maxUnavailable: replicas };
  const ru = spec?.strategy?.rollingUpdate ?? {};
  const value = (v: unknown, dflt: string, up: boolean): number => {
    const x = v ?? dflt;
    if (typeof x === 'number') return x;
    const m = /^(\d+)%$/.exec(String(x));
    if (!m) return Number(x) || 0;
    const f = (Number(m[1]) * replicas) / 100;
    return up ? Math.ceil(f) : Math.floor(f);
  };
  const maxSurge = value(ru.maxSurge, '25%', true);
  let maxUnavailable = value(ru.maxUnavailable, '25%', false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
}

function revisionOf(rs: KubeObject): number {
  return Number(rs.metadata.annotations?.[REVISION] ?? 0);
}

function setCondition(conds: Condition[], c: Condition, now: string): Condition[] {
  const old = conds.find((x) => x.type === c.type);
  const next: Condition = {
    ...c,
    lastUpdateTime: now,
    lastTransitionTime: old && old.status === c.status ? (old.lastTransitionTime ?? now) : now,
  };
  if (old && old.status === c.status && old.reason === c.reason && old.message === c.message) {
    next.lastUpdateTime = old.lastUpdateTime ?? now;
  }
  return [...conds.filter((x) => x.type !== c.type), next].sort((a, b) => order(a.type) - order(b.type));
}

function order(type: string): number {
  return type === 'Available' ? 0 : type === 'Progressing' ? 1 : 2;
}

/** Deployment → ReplicaSets: new RS per template, RollingUpdate/Recreate scaling, history cleanup, status. */
export function reconcileDeployments(api: ClusterApi, clock: Clock, events: EventRecorder): void {
  const store = api.store;
  for (const d of store.peekAll(DEPLOY)) {
    const dep = structuredClone(d);
    const ns = dep.metadata.namespace!;
    const uid = dep.metadata.uid!;
    const replicas = (dep.spec?.replicas as number | undefined) ?? 1;
    const owned = () => store.peekAll(RS, ns).filter((rs) => controllerOf(rs) === uid);
    const hash = templateHash(semantic(dep.spec.template), dep.status?.collisionCount ?? 0);
    let rsList = owned();
    const maxRevision = rsList.reduce((m, rs) => Math.max(m, revisionOf(rs)), 0);
    const wanted = canonical(semantic(dep.spec.template));
    let newRS = rsList.find((rs) => canonical(semantic(withoutHash(rs.spec?.template))) === wanted);
    let createdName: string | undefined;
    const scale = (rs: KubeObject, to: number) => {
      const from = (rs.spec?.replicas as number | undefined) ?? 0;
      if (from === to) return;
      const copy = structuredClone(store.peek(RS, ns, rs.metadata.name!)!);
      copy.spec.replicas = to;
      copy.metadata.annotations = {
        ...copy.metadata.annotations,
        'deployment.kubernetes.io/desired-replicas': String(replicas),
        'deployment.kubernetes.io/max-replicas': String(replicas + resolveFenceposts(dep.spec).maxSurge),
      };
      store.update(RS, copy);
      events.record(
        dep,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`,
        SOURCE,
      );
    };
    if (dep.spec?.paused) {
      writeStatus(api, clock, dep, newRS, owned(), false);
      continue;
    }
    const { maxSurge, maxUnavailable } = resolveFenceposts(dep.spec);
    if (!newRS) {
      const template = structuredClone(dep.spec.template ?? {});
      template.metadata ??= {};
      template.metadata.labels = { ...template.metadata.labels, [TEMPLATE_HASH]: hash };
      const selector = structuredClone(dep.spec.selector ?? {});
      selector.matchLabels = { ...selector.matchLabels, [TEMPLATE_HASH]: hash };
      newRS = api.store.create(RS, {
        metadata: {
          name: `${dep.metadata.name}-${hash}`,
          namespace: ns,
          labels: { ...template.metadata.labels },
          annotations: {
            [REVISION]: String(maxRevision + 1),
            'deployment.kubernetes.io/desired-replicas': String(replicas),
            'deployment.kubernetes.io/max-replicas': String(replicas + maxSurge),
          },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: dep.metadata.name!,
              uid,
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        spec: { replicas: 0, minReadySeconds: dep.spec.minReadySeconds ?? 0, selector, template },
      });
      createdName = newRS.metadata.name;
      rsList = owned();
    } else if (revisionOf(newRS) < maxRevision) {
      const copy = structuredClone(newRS);
      const old = revisionOf(newRS);
      copy.metadata.annotations = {
        ...copy.metadata.annotations,
        [REVISION]: String(maxRevision + 1),
        'deployment.kubernetes.io/revision-history': [
          copy.metadata.annotations?.['deployment.kubernetes.io/revision-history'],
          String(old),
        ]
          .filter(Boolean)
          .join(','),
      };
      newRS = store.update(RS, copy);
      rsList = owned();
    }
    const oldRSs = rsList.filter((rs) => rs.metadata.uid !== newRS!.metadata.uid);
    const specOf = (rs: KubeObject) => (rs.spec?.replicas as number | undefined) ?? 0;
    const availOf = (rs: KubeObject) => (rs.status?.availableReplicas as number | undefined) ?? 0;

    if (dep.spec.strategy?.type === 'Recreate') {
      for (const rs of oldRSs) if (specOf(rs) > 0) scale(rs, 0);
      const oldPods = store
        .peekAll(POD, ns)
        .filter((p) => oldRSs.some((rs) => controllerOf(p) === rs.metadata.uid));
      if (oldPods.length === 0) scale(newRS, replicas);
    } else {
      // scale up the new ReplicaSet within maxSurge
      const cur = store.peek(RS, ns, newRS.metadata.name!)!;
      if (specOf(cur) > replicas) scale(cur, replicas);
      else if (specOf(cur) < replicas) {
        const total = owned().reduce((a, rs) => a + specOf(rs), 0);
        const room = replicas + maxSurge - total;
        if (room > 0) scale(cur, Math.min(specOf(cur) + room, replicas));
      }
      // scale down old ReplicaSets within maxUnavailable
      const all = owned();
      const nrs = all.find((rs) => rs.metadata.uid === newRS!.metadata.uid)!;
      const olds = all.filter((rs) => rs.metadata.uid !== newRS!.metadata.uid && specOf(rs) > 0);
      const allPods = all.reduce((a, rs) => a + specOf(rs), 0);
      const minAvailable = replicas - maxUnavailable;
      const newUnavailable = Math.max(0, specOf(nrs) - availOf(nrs));
      let maxScaledDown = allPods - minAvailable - newUnavailable;
      if (maxScaledDown > 0 && olds.length) {
        // first drop old replicas that are not available anyway, oldest first
        for (const rs of olds.sort((a, b) => revisionOf(a) - revisionOf(b))) {
          if (maxScaledDown <= 0) break;
          const unhealthy = specOf(rs) - availOf(rs);
          if (unhealthy <= 0) continue;
          const by = Math.min(unhealthy, maxScaledDown);
          scale(rs, specOf(rs) - by);
          maxScaledDown -= by;
        }
        const after = owned();
        const availableAll = after.reduce((a, rs) => a + availOf(rs), 0);
        let scaleDown = Math.min(availableAll - minAvailable, maxScaledDown);
        for (const rs of after
          .filter((x) => x.metadata.uid !== newRS!.metadata.uid && specOf(x) > 0)
          .sort((a, b) => revisionOf(a) - revisionOf(b))) {
          if (scaleDown <= 0) break;
          const by = Math.min(specOf(rs), scaleDown);
          scale(rs, specOf(rs) - by);
          scaleDown -= by;
        }
      }
    }
    // history cleanup
    const limit = (dep.spec.revisionHistoryLimit as number | undefined) ?? 10;
    const idle = owned()
      .filter(
        (rs) => rs.metadata.uid !== newRS!.metadata.uid && specOf(rs) === 0 && !(rs.status?.replicas > 0),
      )
      .sort((a, b) => revisionOf(a) - revisionOf(b));
    for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) api.delete(RS, ns, rs.metadata.name!);
    writeStatus(
      api,
      clock,
      dep,
      store.peek(RS, ns, newRS.metadata.name!),
      owned(),
      createdName !== undefined,
    );
  }
}

function writeStatus(
  api: ClusterApi,
  clock: Clock,
  dep: KubeObject,
  newRS: KubeObject | undefined,
  all: KubeObject[],
  created: boolean,
): void {
  const store = api.store;
  const current = store.peek(DEPLOY, dep.metadata.namespace, dep.metadata.name!);
  if (!current) return;
  const replicas = (dep.spec?.replicas as number | undefined) ?? 1;
  const sum = (f: (rs: KubeObject) => number | undefined) => all.reduce((a, rs) => a + (f(rs) ?? 0), 0);
  const status = {
    observedGeneration: dep.metadata.generation ?? 1,
    replicas: sum((rs) => rs.status?.replicas),
    updatedReplicas: (newRS?.status?.replicas as number | undefined) ?? 0,
    readyReplicas: sum((rs) => rs.status?.readyReplicas),
    availableReplicas: sum((rs) => rs.status?.availableReplicas),
  };
  const unavailable = Math.max(0, replicas - status.availableReplicas);
  const now = clock.now();
  const ts = timestamp(now);
  const { maxUnavailable } = resolveFenceposts(dep.spec);
  let conds: Condition[] = (current.status?.conditions ?? []) as Condition[];
  conds = setCondition(
    conds,
    status.availableReplicas >= replicas - maxUnavailable
      ? {
          type: 'Available',
          status: 'True',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
        }
      : {
          type: 'Available',
          status: 'False',
          reason: 'MinimumReplicasUnavailable',
          message: 'Deployment does not have minimum availability.',
        },
    ts,
  );
  const rsName = newRS?.metadata.name ?? dep.metadata.name;
  const prev = current.status ?? {};
  const complete =
    status.updatedReplicas === replicas &&
    status.availableReplicas === replicas &&
    status.replicas === replicas &&
    !!newRS;
  const progressed =
    status.updatedReplicas !== (prev.updatedReplicas ?? 0) ||
    status.availableReplicas !== (prev.availableReplicas ?? 0) ||
    status.readyReplicas !== (prev.readyReplicas ?? 0) ||
    status.replicas !== (prev.replicas ?? 0) ||
    status.observedGeneration !== prev.observedGeneration;
  const old = conds.find((c) => c.type === 'Progressing');
  if (dep.spec?.paused) {
    conds = setCondition(
      conds,
      { type: 'Progressing', status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' },
      ts,
    );
  } else if (complete) {
    conds = setCondition(
      conds,
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${rsName}" has successfully progressed.`,
      },
      ts,
    );
  } else if (created) {
    conds = setCondition(
      conds,
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetCreated',
        message: `Created new replica set "${rsName}"`,
      },
      ts,
    );
  } else if (progressed || !old || old.reason === 'NewReplicaSetAvailable') {
    const c: Condition = {
      type: 'Progressing',
      status: 'True',
      reason: 'ReplicaSetUpdated',
      message: `ReplicaSet "${rsName}" is progressing.`,
    };
    conds = setCondition(conds, c, ts);
    const p = conds.find((x) => x.type === 'Progressing')!;
    p.lastUpdateTime = ts;
  } else if (old.reason !== 'ProgressDeadlineExceeded') {
    const deadline = ((dep.spec?.progressDeadlineSeconds as number | undefined) ?? 600) * 1000;
    if (old.lastUpdateTime && now - Date.parse(old.lastUpdateTime) > deadline) {
      conds = setCondition(
        conds,
        {
          type: 'Progressing',
          status: 'False',
          reason: 'ProgressDeadlineExceeded',
          message: `ReplicaSet "${rsName}" has timed out progressing.`,
        },
        ts,
      );
    }
  }
  const next: KubeObject = { ...current };
  const revision = newRS?.metadata.annotations?.[REVISION];
  if (revision && current.metadata.annotations?.[REVISION] !== revision) {
    next.metadata = {
      ...current.metadata,
      annotations: { ...current.metadata.annotations, [REVISION]: revision },
    };
  }
  next.status = {
    ...status,
    ...(unavailable ? { unavailableReplicas: unavailable } : {}),
    conditions: conds,
    ...(prev.collisionCount ? { collisionCount: prev.collisionCount } : {}),
  };
  for (const k of ['readyReplicas', 'availableReplicas', 'updatedReplicas', 'replicas'] as const) {
    if (!next.status[k]) delete next.status[k];
  }
  store.update(DEPLOY, next);
}
