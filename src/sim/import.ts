import type { KubeObject } from './types.js';

/** Annotation on nodes and pods copied from a real cluster. */
export const IMPORTED_ANNOTATION = 'sim.model-deploy.io/imported-from';

/**
 * Nodes and the GPU/CPU usage of running pods from a real cluster, as initial objects for the
 * simulator: identity, labels, taints, capacity and requests are kept; owners, managed fields and
 * volumes are dropped so the simulator's controllers leave the copies alone.
 */
export function importedObjects(nodes: KubeObject[], pods: KubeObject[], source: string): KubeObject[] {
  const out: KubeObject[] = [];
  const nodeNames = new Set<string>();
  for (const n of nodes) {
    if (!n.metadata.name) continue;
    nodeNames.add(n.metadata.name);
    out.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name: n.metadata.name,
        labels: { ...n.metadata.labels },
        annotations: { [IMPORTED_ANNOTATION]: source },
      },
      spec: {
        ...(n.spec?.taints ? { taints: n.spec.taints } : {}),
        ...(n.spec?.unschedulable ? { unschedulable: true } : {}),
      },
      status: {
        capacity: { ...n.status?.capacity },
        allocatable: { ...(n.status?.allocatable ?? n.status?.capacity) },
        conditions: n.status?.conditions ?? [],
        addresses: n.status?.addresses ?? [],
        nodeInfo: n.status?.nodeInfo ?? {},
      },
    });
  }
  for (const p of pods) {
    const phase = p.status?.phase;
    if (!p.spec?.nodeName || !nodeNames.has(p.spec.nodeName) || (phase !== 'Running' && phase !== 'Pending'))
      continue;
    out.push({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: p.metadata.name,
        namespace: p.metadata.namespace ?? 'default',
        labels: { ...p.metadata.labels },
        annotations: { [IMPORTED_ANNOTATION]: source },
      },
      spec: {
        nodeName: p.spec.nodeName,
        containers: (p.spec.containers ?? []).map(
          (c: { name: string; image?: string; resources?: unknown }) => ({
            name: c.name,
            image: c.image ?? 'imported',
            ...(c.resources ? { resources: c.resources } : {}),
          }),
        ),
        ...(p.spec.tolerations ? { tolerations: p.spec.tolerations } : {}),
        restartPolicy: 'Always',
      },
      status: { phase: 'Pending' },
    });
  }
  return out;
}
