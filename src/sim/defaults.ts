import { parseQuantity } from '../config/units.js';
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
    case 'Secret':
      if (!o.type) o.type = 'Opaque';
      // stringData is write-only: the apiserver merges it into data, base64-encoded
      if (o.stringData && typeof o.stringData === 'object' && !Array.isArray(o.stringData)) {
        const data = { ...((o.data as Record<string, string> | undefined) ?? {}) };
        for (const [k, v] of Object.entries(o.stringData as Record<string, unknown>))
          data[k] = Buffer.from(String(v), 'utf8').toString('base64');
        o.data = data;
        delete o.stringData;
      }
      break;
    case 'Job':
      jobDefaults(o);
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

/** SetDefaults_Job plus the selector and labels the Job strategy generates from the uid on create. */
function jobDefaults(o: KubeObject): void {
  const spec = o.spec;
  if (!spec || typeof spec !== 'object') return;
  if (spec.completions === undefined && spec.parallelism === undefined) spec.completions = 1;
  spec.parallelism ??= 1;
  spec.backoffLimit ??= 6;
  spec.completionMode ??= 'NonIndexed';
  spec.suspend ??= false;
  spec.podReplacementPolicy ??= 'TerminatingOrFailed';
  const uid = o.metadata.uid;
  if (!spec.selector && !spec.manualSelector && uid && spec.template && typeof spec.template === 'object') {
    const name = o.metadata.name ?? '';
    spec.selector = { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
    spec.template.metadata ??= {};
    spec.template.metadata.labels = {
      ...spec.template.metadata.labels,
      'batch.kubernetes.io/controller-uid': uid,
      'batch.kubernetes.io/job-name': name,
      'controller-uid': uid,
      'job-name': name,
    };
  }
  templateDefaults(o);
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
  const initContainers = Array.isArray(spec.initContainers) ? spec.initContainers : [];
  for (const c of [...(Array.isArray(spec.containers) ? spec.containers : []), ...initContainers]) {
    if (!c || typeof c !== 'object') continue;
    for (const p of Array.isArray(c.ports) ? c.ports : [])
      if (p && typeof p === 'object') p.protocol ??= 'TCP';
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

type Resources = { requests?: Record<string, unknown>; limits?: Record<string, unknown> };

/**
 * The pod's QoS class as the apiserver computes it (ComputePodQOS): only cpu and memory count,
 * summed over containers and init containers (or the pod-level resources when set); extended
 * resources such as nvidia.com/gpu do not.
 */
export function qosClass(spec: KubeObject['spec']): string {
  const sets: Resources[] = spec?.resources
    ? [spec.resources]
    : [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])].map(
        (c: { resources?: Resources }) => c?.resources ?? {},
      );
  const requests = new Map<string, number>();
  const limits = new Map<string, number>();
  let guaranteed = true;
  const add = (m: Map<string, number>, list: Record<string, unknown> | undefined) => {
    const found = new Set<string>();
    for (const [name, raw] of Object.entries(list ?? {})) {
      if (name !== 'cpu' && name !== 'memory') continue;
      const q = parseQuantity(raw as string | number);
      if (!q || q <= 0) continue;
      found.add(name);
      m.set(name, (m.get(name) ?? 0) + q);
    }
    return found;
  };
  for (const r of sets) {
    add(requests, r.requests);
    const found = add(limits, r.limits);
    if (!found.has('cpu') || !found.has('memory')) guaranteed = false;
  }
  if (!requests.size && !limits.size) return 'BestEffort';
  for (const [name, req] of requests) if (limits.get(name) !== req) guaranteed = false;
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}
