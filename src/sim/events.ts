import { type Clock, timestamp } from './clock.js';
import { apiVersionOf, resourceByKind } from './resources.js';
import type { Store } from './store.js';
import type { KubeObject } from './types.js';

const EVENT = resourceByKind('Event')!;

/** Records a core/v1 Event like client-go's recorder: repeats of the same reason and message bump `count`. */
export class EventRecorder {
  private seq = 0;
  /** Dedup key → event name, like client-go's event correlator. */
  private readonly recent = new Map<string, { namespace: string; name: string }>();
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  record(
    about: KubeObject,
    type: 'Normal' | 'Warning',
    reason: string,
    message: string,
    source: { component: string; host?: string },
    fieldPath?: string,
  ): void {
    const kind = about.kind ?? 'Pod';
    const ns = about.metadata.namespace ?? 'default';
    const now = this.clock.now();
    const key = `${about.metadata.uid}\u0000${reason}\u0000${message}\u0000${fieldPath ?? ''}`;
    const ref = this.recent.get(key);
    const existing = ref ? this.store.peek(EVENT, ref.namespace, ref.name) : undefined;
    if (existing) {
      const copy = structuredClone(existing);
      copy.count = ((copy.count as number | undefined) ?? 1) + 1;
      copy.lastTimestamp = timestamp(now);
      delete copy.metadata.resourceVersion;
      this.store.update(EVENT, copy);
      return;
    }
    const r = resourceByKind(kind);
    if (this.recent.size > 50_000) this.recent.clear();
    const name = `${about.metadata.name}.${(now * 1000 + this.seq++).toString(16)}`;
    this.recent.set(key, { namespace: ns, name });
    this.store.create(EVENT, {
      metadata: {
        name,
        namespace: ns,
      },
      involvedObject: {
        kind,
        namespace: ns,
        name: about.metadata.name,
        uid: about.metadata.uid,
        apiVersion: r ? apiVersionOf(r) : 'v1',
        resourceVersion: about.metadata.resourceVersion,
        ...(fieldPath ? { fieldPath } : {}),
      },
      reason,
      message,
      source,
      firstTimestamp: timestamp(now),
      lastTimestamp: timestamp(now),
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    });
  }
}
