import { podReady } from './replicaset-controller.js';
import { resourceByKind } from './resources.js';
import { matchesMap } from './selectors.js';
import type { Store } from './store.js';
import type { KubeObject } from './types.js';

const SVC = resourceByKind('Service')!;
const POD = resourceByKind('Pod')!;
const ENDPOINTS = resourceByKind('Endpoints')!;
const SLICE = resourceByKind('EndpointSlice')!;
const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
const SLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
const SERVICE_NAME = 'kubernetes.io/service-name';

interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol?: string;
}

/** The container port a Service port targets on a pod (a named targetPort looks the name up). */
function targetPort(pod: KubeObject, p: ServicePort): number | undefined {
  const t = p.targetPort ?? p.port;
  if (typeof t === 'number') return t;
  for (const c of pod.spec?.containers ?? []) {
    const match = (c.ports ?? []).find((cp: { name?: string }) => cp.name === t);
    if (match) return match.containerPort;
  }
  return undefined;
}

/**
 * v1 Endpoints and discovery.k8s.io/v1 EndpointSlices for every Service with a selector, from the
 * pods it selects that have an IP (ready ones as addresses, the others as notReadyAddresses /
 * `ready: false`), like the endpoints and endpointslice controllers.
 */
export function reconcileEndpoints(store: Store): void {
  const pods = store.peekAll(POD);
  const services = store.peekAll(SVC).filter((s) => s.spec?.selector && Object.keys(s.spec.selector).length);
  for (const svc of services) {
    const ns = svc.metadata.namespace!;
    const name = svc.metadata.name!;
    const ports: ServicePort[] = svc.spec.ports ?? [];
    const selected = pods.filter(
      (p) =>
        p.metadata.namespace === ns &&
        matchesMap(p.metadata.labels, svc.spec.selector) &&
        p.status?.podIP &&
        !p.metadata.deletionTimestamp &&
        p.status?.phase !== 'Succeeded' &&
        p.status?.phase !== 'Failed',
    );
    const first = selected[0];
    const resolved = ports.map((p) => ({
      ...(p.name ? { name: p.name } : {}),
      port:
        (first ? targetPort(first, p) : undefined) ??
        (typeof p.targetPort === 'number' ? p.targetPort : p.port),
      protocol: p.protocol ?? 'TCP',
    }));
    const address = (p: KubeObject) => ({
      ip: p.status.podIP as string,
      nodeName: p.spec?.nodeName as string,
      targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name!, uid: p.metadata.uid! },
    });
    const ready = selected.filter(podReady).map(address);
    const notReady = selected.filter((p) => !podReady(p)).map(address);
    const subsets = selected.length
      ? [
          {
            ...(ready.length ? { addresses: ready } : {}),
            ...(notReady.length ? { notReadyAddresses: notReady } : {}),
            ports: resolved,
          },
        ]
      : undefined;
    const labels = { ...(svc.metadata.labels ?? {}) };
    const endpoints: KubeObject = {
      metadata: { name, namespace: ns, ...(Object.keys(labels).length ? { labels } : {}) },
      ...(subsets ? { subsets } : {}),
    };
    const current = store.peek(ENDPOINTS, ns, name);
    if (!current) store.create(ENDPOINTS, endpoints);
    else
      store.update(ENDPOINTS, {
        ...current,
        metadata: { ...current.metadata, ...endpoints.metadata },
        subsets,
      });

    const slice = store
      .peekAll(SLICE, ns)
      .find(
        (s) =>
          s.metadata.labels?.[SERVICE_NAME] === name && s.metadata.labels?.[MANAGED_BY] === SLICE_CONTROLLER,
      );
    const body: KubeObject = {
      metadata: {
        ...(slice?.metadata ?? { name: `${name}-${svc.metadata.uid!.slice(0, 5)}`, namespace: ns }),
        labels: { ...labels, [SERVICE_NAME]: name, [MANAGED_BY]: SLICE_CONTROLLER },
        ownerReferences: [
          {
            apiVersion: 'v1',
            kind: 'Service',
            name,
            uid: svc.metadata.uid!,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      },
      addressType: 'IPv4',
      endpoints: selected.map((p) => {
        const r = podReady(p);
        return {
          addresses: [p.status.podIP],
          conditions: { ready: r, serving: r, terminating: false },
          nodeName: p.spec?.nodeName,
          targetRef: address(p).targetRef,
        };
      }),
      // the slice controller always names a port ("" when the Service's is unnamed); kubectl describe relies on it
      ports: resolved.map((p) => ({ name: '', ...p })),
    };
    if (slice) store.update(SLICE, body);
    else store.create(SLICE, body);
  }
  for (const ep of store.peekAll(ENDPOINTS)) {
    if (!store.peek(SVC, ep.metadata.namespace, ep.metadata.name!))
      store.delete(ENDPOINTS, ep.metadata.namespace, ep.metadata.name!);
  }
}
