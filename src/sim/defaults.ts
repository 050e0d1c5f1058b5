import type { KubeObject } from './types.js';

/** The defaults a real apiserver fills in before validation (the ones clients read back). */
export function applyDefaults(o: KubeObject, ctx: { nextClusterIP: () => string }): void {
  switch (o.kind) {
    case 'Node':
      quantitiesAsStrings(o.status?.capacity);
      quantitiesAsStrings(o.status?.allocatable);
      break;
    case 'Namespace':
      o.spec ??= { finalizers: ['kubernetes'] };
      o.status = { phase: o.status?.phase ?? 'Active' };
      o.metadata.labels = { ...o.metadata.labels, 'kubernetes.io/metadata.name': o.metadata.name ?? '' };
      break;
    case 'Pod':
      podSpec(o.spec);
      o.status ??= {};
      o.status.phase ??= 'Pending';
      o.status.qosClass ??= qosClass(o.spec);
      break;
    case 'Deployment':
      if (!o.spec || typeof o.spec !== 'object') break;
      o.spec.replicas ??= 1;
      o.spec.revisionHistoryLimit ??= 10;
      o.spec.progressDeadlineSeconds ??= 600;
      o.spec.strategy ??= {};
      o.spec.strategy.type ??= 'RollingUpdate';
      if (o.spec.strategy.type === 'RollingUpdate') {
        o.spec.strategy.rollingUpdate ??= {};
        o.spec.strategy.rollingUpdate.maxSurge ??= '25%';
        o.spec.strategy.rollingUpdate.maxUnavailable ??= '25%';
      }
      templateDefaults(o);
      break;
    case 'ReplicaSet':
      if (!o.spec || typeof o.spec !== 'object') break;
      o.spec.replicas ??= 1;
      templateDefaults(o);
      break;
    case 'Service':
      if (!o.spec || typeof o.spec !== 'object') break;
      o.spec.type ??= 'ClusterIP';
      o.spec.sessionAffinity ??= 'None';
      if (o.spec.clusterIP === undefined) {
        o.spec.clusterIP = ctx.nextClusterIP();
        o.spec.clusterIPs = [o.spec.clusterIP];
      }
      o.spec.ipFamilies ??= ['IPv4'];
      o.spec.ipFamilyPolicy ??= 'SingleStack';
      o.spec.internalTrafficPolicy ??= 'Cluster';
      for (const p of Array.isArray(o.spec.ports) ? o.spec.ports : []) {
        if (!p || typeof p !== 'object') continue;
        p.protocol ??= 'TCP';
        p.targetPort ??= p.port;
      }
      o.status ??= { loadBalancer: {} };
      break;
  }
}

function templateDefaults(o: KubeObject): void {
  const t = o.spec.template;
  if (!t || typeof t !== 'object') return;
  t.metadata ??= {};
  podSpec(t.spec);
}

function podSpec(spec: KubeObject['spec']): void {
  if (!spec || typeof spec !== 'object') return;
  spec.restartPolicy ??= 'Always';
  spec.terminationGracePeriodSeconds ??= 30;
  spec.dnsPolicy ??= 'ClusterFirst';
  spec.schedulerName ??= 'default-scheduler';
  spec.securityContext ??= {};
  for (const c of Array.isArray(spec.containers) ? spec.containers : []) {
    if (!c || typeof c !== 'object') continue;
    if (typeof c.image === 'string' && c.image) {
      const tag = /:([^/:@]+)$/.exec(c.image)?.[1];
      c.imagePullPolicy ??= !c.image.includes('@') && (!tag || tag === 'latest') ? 'Always' : 'IfNotPresent';
    }
    c.terminationMessagePath ??= '/dev/termination-log';
    c.terminationMessagePolicy ??= 'File';
    c.resources ??= {};
    if (c.resources && typeof c.resources === 'object') {
      quantitiesAsStrings(c.resources.limits);
      quantitiesAsStrings(c.resources.requests);
      // like the apiserver: a limit without a request sets the request
      if (c.resources.limits && typeof c.resources.limits === 'object') {
        c.resources.requests = { ...c.resources.limits, ...(c.resources.requests ?? {}) };
      }
    }
  }
}

/** The apiserver stores quantities as strings: `1` comes back as "1". */
function quantitiesAsStrings(m: unknown): void {
  if (!m || typeof m !== 'object' || Array.isArray(m)) return;
  const q = m as Record<string, unknown>;
  for (const [k, v] of Object.entries(q)) if (typeof v === 'number' && Number.isFinite(v)) q[k] = String(v);
}

function qosClass(spec: KubeObject['spec']): string {
  const containers: {
    resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  }[] = Array.isArray(spec?.containers) ? spec.containers : [];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const r of ['cpu', 'memory'])
      if (lim[r] === undefined || (req[r] ?? lim[r]) !== lim[r]) guaranteed = false;
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}
