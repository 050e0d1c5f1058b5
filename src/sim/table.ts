import { httpRouteCrd } from './openapi.js';
import type { ResourceType } from './resources.js';
import type { KubeObject } from './types.js';

/** kubectl asks for `as=Table` so the server prints the columns; without it kubectl shows only NAME and AGE. */
export function wantsTable(accept: string | undefined): boolean {
  return !!accept && /as=Table/.test(accept.split(',')[0] ?? '');
}

type Column = { name: string; type: string; format?: string; priority?: number };

/** kubectl's age format: 45s, 3m2s, 10m, 5h, 2d3h, 12d. */
export function humanAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
  if (h < 48) return `${h}h`;
  const d = Math.floor(h / 24);
  if (d < 8) return h % 24 ? `${d}d${h % 24}h` : `${d}d`;
  return `${d}d`;
}

function age(o: KubeObject, now: number): string {
  const t = o.metadata.creationTimestamp ? Date.parse(o.metadata.creationTimestamp) : now;
  return humanAge(now - t);
}

/** The STATUS column kubectl shows for a pod. */
export function podDisplayStatus(o: KubeObject): string {
  if (o.metadata.deletionTimestamp) return 'Terminating';
  let reason: string = o.status?.reason ?? o.status?.phase ?? 'Unknown';
  for (const cs of o.status?.containerStatuses ?? []) {
    if (cs.state?.waiting?.reason) reason = cs.state.waiting.reason;
    else if (cs.state?.terminated?.reason) reason = cs.state.terminated.reason;
  }
  if (reason === 'Pending' && o.spec?.nodeName) reason = 'ContainerCreating';
  return reason;
}

function columnsFor(r: ResourceType): Column[] {
  const name: Column = { name: 'Name', type: 'string', format: 'name' };
  const ageCol: Column = { name: 'Age', type: 'string' };
  switch (r.kind) {
    case 'Pod':
      return [
        name,
        { name: 'Ready', type: 'string' },
        { name: 'Status', type: 'string' },
        { name: 'Restarts', type: 'string' },
        ageCol,
        { name: 'IP', type: 'string', priority: 1 },
        { name: 'Node', type: 'string', priority: 1 },
        { name: 'Nominated Node', type: 'string', priority: 1 },
        { name: 'Readiness Gates', type: 'string', priority: 1 },
      ];
    case 'Node':
      return [
        name,
        { name: 'Status', type: 'string' },
        { name: 'Roles', type: 'string' },
        ageCol,
        { name: 'Version', type: 'string' },
        { name: 'Internal-IP', type: 'string', priority: 1 },
        { name: 'External-IP', type: 'string', priority: 1 },
        { name: 'OS-Image', type: 'string', priority: 1 },
        { name: 'Kernel-Version', type: 'string', priority: 1 },
        { name: 'Container-Runtime', type: 'string', priority: 1 },
      ];
    case 'Deployment':
      return [
        name,
        { name: 'Ready', type: 'string' },
        { name: 'Up-to-date', type: 'integer' },
        { name: 'Available', type: 'integer' },
        ageCol,
        ...WORKLOAD_WIDE,
      ];
    case 'ReplicaSet':
      return [
        name,
        { name: 'Desired', type: 'integer' },
        { name: 'Current', type: 'integer' },
        { name: 'Ready', type: 'integer' },
        ageCol,
        ...WORKLOAD_WIDE,
      ];
    case 'Service':
      return [
        name,
        { name: 'Type', type: 'string' },
        { name: 'Cluster-IP', type: 'string' },
        { name: 'External-IP', type: 'string' },
        { name: 'Port(s)', type: 'string' },
        ageCol,
        { name: 'Selector', type: 'string', priority: 1 },
      ];
    case 'Job':
      return [
        name,
        { name: 'Status', type: 'string' },
        { name: 'Completions', type: 'string' },
        { name: 'Duration', type: 'string' },
        ageCol,
        ...WORKLOAD_WIDE,
      ];
    case 'Secret':
      return [name, { name: 'Type', type: 'string' }, { name: 'Data', type: 'string' }, ageCol];
    case 'ConfigMap':
      return [name, { name: 'Data', type: 'string' }, ageCol];
    case 'Endpoints':
      return [name, { name: 'Endpoints', type: 'string' }, ageCol];
    case 'EndpointSlice':
      return [
        name,
        { name: 'AddressType', type: 'string' },
        { name: 'Ports', type: 'string' },
        { name: 'Endpoints', type: 'string' },
        ageCol,
      ];
    case 'Lease':
      return [name, { name: 'Holder', type: 'string' }, ageCol];
    case 'Event':
      return [
        { name: 'Last Seen', type: 'string' },
        { name: 'Type', type: 'string' },
        { name: 'Reason', type: 'string' },
        { name: 'Object', type: 'string' },
        { name: 'Message', type: 'string' },
      ];
    case 'Namespace':
      return [name, { name: 'Status', type: 'string' }, ageCol];
    case 'HTTPRoute':
      return [
        name,
        ...httpRouteCrd().additionalPrinterColumns.map((c) => ({
          name: c.name,
          type: c.type === 'date' ? 'string' : c.type,
        })),
      ];
    default:
      return [name, ageCol];
  }
}

function cells(r: ResourceType, o: KubeObject, now: number): unknown[] {
  const n = o.metadata.name;
  switch (r.kind) {
    case 'Pod': {
      const cs: {
        ready?: boolean;
        restartCount?: number;
        lastState?: { terminated?: { finishedAt?: string } };
      }[] = o.status?.containerStatuses ?? [];
      const total = o.spec?.containers?.length ?? 0;
      const restarts = cs.reduce((a, c) => a + (c.restartCount ?? 0), 0);
      const last = cs
        .map((c) => c.lastState?.terminated?.finishedAt)
        .filter((x): x is string => !!x)
        .sort()
        .pop();
      const restartText =
        restarts && last ? `${restarts} (${humanAge(now - Date.parse(last))} ago)` : String(restarts);
      return [
        n,
        `${cs.filter((c) => c.ready).length}/${total}`,
        podDisplayStatus(o),
        restartText,
        age(o, now),
        o.status?.podIP ?? '<none>',
        o.spec?.nodeName ?? '<none>',
        o.status?.nominatedNodeName ?? '<none>',
        '<none>',
      ];
    }
    case 'Node': {
      const ready = (o.status?.conditions ?? []).find((c: { type: string }) => c.type === 'Ready');
      let status = ready?.status === 'True' ? 'Ready' : 'NotReady';
      if (o.spec?.unschedulable) status += ',SchedulingDisabled';
      const roles = Object.keys(o.metadata.labels ?? {})
        .filter((k) => k.startsWith('node-role.kubernetes.io/'))
        .map((k) => k.slice('node-role.kubernetes.io/'.length));
      const address = (type: string) =>
        (o.status?.addresses ?? []).find((a: { type: string }) => a.type === type)?.address ?? '<none>';
      const info = o.status?.nodeInfo ?? {};
      return [
        n,
        status,
        roles.join(',') || '<none>',
        age(o, now),
        info.kubeletVersion ?? '',
        address('InternalIP'),
        address('ExternalIP'),
        info.osImage ?? '<unknown>',
        info.kernelVersion ?? '<unknown>',
        info.containerRuntimeVersion ?? '<unknown>',
      ];
    }
    case 'Deployment':
      return [
        n,
        `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 0}`,
        o.status?.updatedReplicas ?? 0,
        o.status?.availableReplicas ?? 0,
        age(o, now),
        ...workloadWide(o),
      ];
    case 'ReplicaSet':
      return [
        n,
        o.spec?.replicas ?? 0,
        o.status?.replicas ?? 0,
        o.status?.readyReplicas ?? 0,
        age(o, now),
        ...workloadWide(o),
      ];
    case 'Service': {
      const ports = (o.spec?.ports ?? []).map(
        (p: { port: number; protocol?: string }) => `${p.port}/${p.protocol ?? 'TCP'}`,
      );
      return [
        n,
        o.spec?.type ?? 'ClusterIP',
        o.spec?.clusterIP ?? '<none>',
        '<none>',
        ports.join(',') || '<none>',
        age(o, now),
        mapSelector(o.spec?.selector),
      ];
    }
    case 'Job':
      return [
        n,
        jobStatus(o),
        `${o.status?.succeeded ?? 0}/${o.spec?.completions ?? 1}`,
        jobDuration(o, now),
        age(o, now),
        ...workloadWide(o),
      ];
    case 'Secret':
      return [n, o.type ?? 'Opaque', String(Object.keys(o.data ?? {}).length), age(o, now)];
    case 'ConfigMap':
      return [
        n,
        String(Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length),
        age(o, now),
      ];
    case 'Endpoints': {
      const eps = (
        (o.subsets ?? []) as { addresses?: { ip: string }[]; ports?: { port: number }[] }[]
      ).flatMap((s) =>
        (s.addresses ?? []).flatMap((a) =>
          s.ports?.length ? s.ports.map((p) => `${a.ip}:${p.port}`) : [a.ip],
        ),
      );
      return [
        n,
        eps.length
          ? eps.slice(0, 3).join(',') + (eps.length > 3 ? ` + ${eps.length - 3} more...` : '')
          : '<none>',
        age(o, now),
      ];
    }
    case 'EndpointSlice': {
      const ips = ((o.endpoints ?? []) as { addresses: string[] }[]).flatMap((e) => e.addresses);
      const ports = ((o.ports ?? []) as { port: number }[]).map((p) => p.port).join(',');
      return [
        n,
        o.addressType ?? '',
        ports || '<unset>',
        ips.slice(0, 3).join(',') + (ips.length > 3 ? ` + ${ips.length - 3} more...` : '') || '<unset>',
        age(o, now),
      ];
    }
    case 'Lease':
      return [n, o.spec?.holderIdentity ?? '', age(o, now)];
    case 'Event': {
      const io = (o.involvedObject ?? {}) as { kind?: string; name?: string };
      const last = (o.lastTimestamp as string | undefined) ?? o.metadata.creationTimestamp;
      return [
        last ? humanAge(now - Date.parse(last)) : '<unknown>',
        o.type ?? '',
        o.reason ?? '',
        `${(io.kind ?? '').toLowerCase()}/${io.name ?? ''}`,
        o.message ?? '',
      ];
    }
    case 'Namespace':
      return [n, o.status?.phase ?? 'Active', age(o, now)];
    case 'HTTPRoute':
      return [n, ...httpRouteCrd().additionalPrinterColumns.map((c) => printerCell(o, c, now))];
    default:
      return [n, age(o, now)];
  }
}

const WORKLOAD_WIDE: Column[] = [
  { name: 'Containers', type: 'string', priority: 1 },
  { name: 'Images', type: 'string', priority: 1 },
  { name: 'Selector', type: 'string', priority: 1 },
];

function workloadWide(o: KubeObject): string[] {
  const containers: { name: string; image?: string }[] = o.spec?.template?.spec?.containers ?? [];
  const sel = o.spec?.selector ?? {};
  const parts = [
    ...Object.entries((sel.matchLabels ?? {}) as Record<string, string>).map(([k, v]) => `${k}=${v}`),
    ...((sel.matchExpressions ?? []) as { key: string; operator: string; values?: string[] }[]).map((e) =>
      e.operator === 'Exists'
        ? e.key
        : e.operator === 'DoesNotExist'
          ? `!${e.key}`
          : `${e.key} ${e.operator.toLowerCase()} (${(e.values ?? []).join(',')})`,
    ),
  ];
  return [
    containers.map((c) => c.name).join(','),
    containers.map((c) => c.image ?? '').join(','),
    parts.join(',') || '<none>',
  ];
}

function mapSelector(sel: Record<string, string> | undefined): string {
  const parts = Object.entries(sel ?? {}).map(([k, v]) => `${k}=${v}`);
  return parts.length ? parts.join(',') : '<none>';
}

function jobStatus(o: KubeObject): string {
  const conds = (o.status?.conditions ?? []) as { type: string; status: string }[];
  const has = (t: string) => conds.some((c) => c.type === t && c.status === 'True');
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (o.spec?.suspend) return 'Suspended';
  return 'Running';
}

function jobDuration(o: KubeObject, now: number): string {
  const start = o.status?.startTime ? Date.parse(o.status.startTime) : undefined;
  if (start === undefined) return '';
  const end = o.status?.completionTime ? Date.parse(o.status.completionTime) : now;
  return humanAge(end - start);
}

/** A CRD printer column: a simple `.a.b` JSONPath; lists join with commas, dates print as an age. */
function printerCell(o: KubeObject, c: { jsonPath: string; type: string }, now: number): unknown {
  let v: unknown = o;
  for (const part of c.jsonPath.split('.').filter(Boolean))
    v = (v as Record<string, unknown> | undefined)?.[part];
  if (c.type === 'date') return typeof v === 'string' ? humanAge(now - Date.parse(v)) : '<unknown>';
  if (Array.isArray(v)) return v.join(',');
  return v ?? '';
}

export function toTable(r: ResourceType, items: KubeObject[], resourceVersion: string, now: number): object {
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: columnsFor(r).map((c) => ({ description: '', priority: 0, format: '', ...c })),
    rows: items.map((o) => ({
      cells: cells(r, o, now),
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
    })),
  };
}
