import { type Clock, timestamp } from './clock.js';
import { resourceByKind } from './resources.js';
import type { Store } from './store.js';
import type { Condition } from './types.js';

const ROUTE = resourceByKind('HTTPRoute')!;
const SVC = resourceByKind('Service')!;
export const GATEWAY_CONTROLLER = 'sim.model-deploy.io/gateway-controller';

type RouteCondition = Condition & { observedGeneration?: number };

/** Accepts every HTTPRoute for each parentRef and reports ResolvedRefs (BackendNotFound for a missing Service). */
export function reconcileHttpRoutes(store: Store, clock: Clock): void {
  for (const route of store.peekAll(ROUTE)) {
    const ns = route.metadata.namespace!;
    const generation = route.metadata.generation ?? 1;
    const refs: { name: string; namespace?: string; kind?: string }[] = (route.spec?.rules ?? []).flatMap(
      (r: { backendRefs?: unknown[] }) => r.backendRefs ?? [],
    );
    const missing = refs.filter(
      (b) => (b.kind ?? 'Service') === 'Service' && !store.peek(SVC, b.namespace ?? ns, b.name),
    );
    const previous: { parentRef: unknown; conditions?: RouteCondition[] }[] = route.status?.parents ?? [];
    const now = timestamp(clock.now());
    const parents = ((route.spec?.parentRefs ?? []) as object[]).map((parentRef, i) => {
      const old = previous[i]?.conditions ?? [];
      const cond = (c: Omit<RouteCondition, 'lastTransitionTime' | 'observedGeneration'>): RouteCondition => {
        const before = old.find((x) => x.type === c.type);
        return {
          ...c,
          observedGeneration: generation,
          lastTransitionTime:
            before && before.status === c.status && before.reason === c.reason
              ? (before.lastTransitionTime ?? now)
              : now,
        };
      };
      return {
        parentRef,
        controllerName: GATEWAY_CONTROLLER,
        conditions: [
          cond({ type: 'Accepted', status: 'True', reason: 'Accepted', message: 'Route is accepted' }),
          missing.length
            ? cond({
                type: 'ResolvedRefs',
                status: 'False',
                reason: 'BackendNotFound',
                message: `backend Service not found: ${missing.map((m) => `${m.namespace ?? ns}/${m.name}`).join(', ')}`,
              })
            : cond({
                type: 'ResolvedRefs',
                status: 'True',
                reason: 'ResolvedRefs',
                message: 'All references resolved',
              }),
        ],
      };
    });
    store.update(ROUTE, { ...route, status: { parents } });
  }
}
