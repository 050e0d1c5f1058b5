import type { Clock } from './clock.js';
import { resourceByKind } from './resources.js';
import type { Store } from './store.js';

const NODE = resourceByKind('Node')!;
const LEASE = resourceByKind('Lease')!;
const NAMESPACE = 'kube-node-lease';
/** Like the kubelet: a 40 s lease renewed every 10 s. */
const DURATION_S = 40;
const RENEW_MS = 10_000;

function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Each node's heartbeat Lease in kube-node-lease, owned by its Node. */
export function renewNodeLeases(store: Store, clock: Clock): void {
  const now = clock.now();
  for (const node of store.peekAll(NODE)) {
    const name = node.metadata.name!;
    const lease = store.peek(LEASE, NAMESPACE, name);
    if (lease && now - Date.parse(lease.spec?.renewTime ?? '') < RENEW_MS) continue;
    const spec = {
      holderIdentity: name,
      leaseDurationSeconds: DURATION_S,
      renewTime: microTime(now),
    };
    if (lease) {
      store.update(LEASE, { ...lease, spec });
      continue;
    }
    store.create(LEASE, {
      metadata: {
        name,
        namespace: NAMESPACE,
        ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: node.metadata.uid! }],
      },
      spec,
    });
  }
}
