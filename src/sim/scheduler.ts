import { parseQuantity } from '../config/units.js';
import type { Container, KubeObject, Taint, Toleration } from './types.js';

export type Resources = Record<string, number>;

/** Requests of a pod as the scheduler counts them: sum of containers, max with each init container; limits stand in for missing requests. */
export function podRequests(pod: KubeObject): Resources {
  const sum: Resources = {};
  const add = (into: Resources, c: Container) => {
    const req = { ...(c.resources?.limits ?? {}), ...(c.resources?.requests ?? {}) };
    for (const [k, v] of Object.entries(req)) into[k] = (into[k] ?? 0) + (parseQuantity(v) ?? 0);
  };
  for (const c of (pod.spec?.containers ?? []) as Container[]) add(sum, c);
  for (const c of (pod.spec?.initContainers ?? []) as Container[]) {
    const one: Resources = {};
    add(one, c);
    for (const [k, v] of Object.entries(one)) sum[k] = Math.max(sum[k] ?? 0, v);
  }
  return sum;
}

export function allocatable(node: KubeObject): Resources {
  const out: Resources = {};
  for (const [k, v] of Object.entries((node.status?.allocatable ?? {}) as Record<string, string>))
    out[k] = parseQuantity(v) ?? 0;
  return out;
}

export function tolerates(tolerations: Toleration[], taint: Taint): boolean {
  return tolerations.some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (!t.key) return t.operator === 'Exists';
    if (t.key !== taint.key) return false;
    if (t.operator === 'Exists') return true;
    return (t.value ?? '') === (taint.value ?? '');
  });
}

function matchesNodeAffinity(pod: KubeObject, node: KubeObject): boolean {
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries((pod.spec?.nodeSelector ?? {}) as Record<string, string>)) {
    if (labels[k] !== v) return false;
  }
  const terms: { matchExpressions?: { key: string; operator: string; values?: string[] }[] }[] =
    pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  if (!terms.length) return true;
  return terms.some((term) =>
    (term.matchExpressions ?? []).every((e) => {
      const v = labels[e.key];
      switch (e.operator) {
        case 'In':
          return v !== undefined && (e.values ?? []).includes(v);
        case 'NotIn':
          return v === undefined || !(e.values ?? []).includes(v);
        case 'Exists':
          return v !== undefined;
        case 'DoesNotExist':
          return v === undefined;
        case 'Gt':
          return v !== undefined && Number(v) > Number(e.values?.[0]);
        case 'Lt':
          return v !== undefined && Number(v) < Number(e.values?.[0]);
        default:
          return false;
      }
    }),
  );
}

export type ScheduleResult = { node: string; message?: undefined } | { node?: undefined; message: string };

/**
 * Filters nodes like kube-scheduler (NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit)
 * and scores the fits by least allocated (ties by name). Pure: usage comes from the bound pods given.
 */
export function schedule(
  pod: KubeObject,
  nodes: readonly KubeObject[],
  boundPods: readonly KubeObject[],
): ScheduleResult {
  const used = new Map<string, Resources>();
  const counts = new Map<string, number>();
  for (const p of boundPods) {
    const n = p.spec?.nodeName as string | undefined;
    if (!n || p.status?.phase === 'Succeeded' || p.status?.phase === 'Failed') continue;
    const u = used.get(n) ?? {};
    for (const [k, v] of Object.entries(podRequests(p))) u[k] = (u[k] ?? 0) + v;
    used.set(n, u);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  const want = podRequests(pod);
  const tolerations: Toleration[] = pod.spec?.tolerations ?? [];
  const reasons = new Map<string, number>();
  let unresolvable = 0;
  const fits: { name: string; score: number }[] = [];
  for (const node of nodes) {
    const name = node.metadata.name!;
    const nodeReasons: string[] = [];
    let hard = false;
    if (
      node.spec?.unschedulable &&
      !tolerates(tolerations, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })
    ) {
      nodeReasons.push('node(s) were unschedulable');
      hard = true;
    }
    if (!hard) {
      const taint = ((node.spec?.taints ?? []) as Taint[]).find(
        (t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(tolerations, t),
      );
      if (taint) {
        nodeReasons.push(`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`);
        hard = true;
      }
    }
    if (!hard && !matchesNodeAffinity(pod, node)) {
      nodeReasons.push("node(s) didn't match Pod's node affinity/selector");
      hard = true;
    }
    if (!hard) {
      const alloc = allocatable(node);
      const u = used.get(name) ?? {};
      if ((counts.get(name) ?? 0) + 1 > (alloc.pods ?? 110)) nodeReasons.push('Too many pods');
      for (const [res, amount] of Object.entries(want).sort(([a], [b]) => a.localeCompare(b))) {
        if (amount <= 0) continue;
        if ((u[res] ?? 0) + amount > (alloc[res] ?? 0) + 1e-9) nodeReasons.push(`Insufficient ${res}`);
      }
    }
    if (nodeReasons.length === 0) {
      const alloc = allocatable(node);
      const u = used.get(name) ?? {};
      const shares = ['cpu', 'memory', ...Object.keys(want).filter((k) => k.startsWith('nvidia.com/'))].map(
        (res) => {
          const cap = alloc[res] ?? 0;
          return cap > 0 ? ((u[res] ?? 0) + (want[res] ?? 0)) / cap : 0;
        },
      );
      fits.push({ name, score: shares.reduce((a, b) => a + b, 0) / shares.length });
      continue;
    }
    if (hard) unresolvable++;
    for (const r of nodeReasons) reasons.set(r, (reasons.get(r) ?? 0) + 1);
  }
  if (fits.length) {
    fits.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
    return { node: fits[0]!.name };
  }
  const total = nodes.length;
  const summary = [...reasons.entries()]
    .map(([r, n]) => `${n} ${r}`)
    .sort()
    .join(', ');
  const preemption = [
    ...(unresolvable ? [`${unresolvable} Preemption is not helpful for scheduling`] : []),
    ...(total - unresolvable ? [`${total - unresolvable} No preemption victims found for incoming pod`] : []),
  ]
    .sort()
    .join(', ');
  const message =
    total === 0
      ? 'no nodes available to schedule pods'
      : `0/${total} nodes are available: ${summary}. preemption: 0/${total} nodes are available: ${preemption}.`;
  return { message };
}
