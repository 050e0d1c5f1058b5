import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { type Clock, timestamp } from './clock.js';
import { apiVersionOf, type ResourceType } from './resources.js';
import { alreadyExists, conflict, notFound } from './status.js';
import type { KubeObject } from './types.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: WatchEventType;
  resource: ResourceType;
  object: KubeObject;
  /** The object before a MODIFIED event, so selector watches can turn it into ADDED/DELETED. */
  previous?: KubeObject;
  rv: number;
}

const HISTORY = 20_000;

/** Objects by resource, with a cluster-wide resourceVersion and a bounded event history for watches. */
export class Store {
  private readonly objects = new Map<ResourceType, Map<string, KubeObject>>();
  private rv = 1;
  private readonly history: StoreEvent[] = [];
  private readonly listeners = new Set<(e: StoreEvent) => void>();
  private readonly sorted = new Map<ResourceType, KubeObject[]>();

  constructor(private readonly clock: Clock) {}

  resourceVersion(): number {
    return this.rv;
  }

  private bucket(r: ResourceType): Map<string, KubeObject> {
    let m = this.objects.get(r);
    if (!m) {
      m = new Map();
      this.objects.set(r, m);
    }
    return m;
  }

  private key(r: ResourceType, namespace: string | undefined, name: string): string {
    return r.namespaced ? `${namespace ?? ''}/${name}` : name;
  }

  get(r: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    const o = this.bucket(r).get(this.key(r, namespace, name));
    return o ? structuredClone(o) : undefined;
  }

  /** Read without copying: callers must not mutate. */
  peek(r: ResourceType, namespace: string | undefined, name: string): KubeObject | undefined {
    return this.bucket(r).get(this.key(r, namespace, name));
  }

  list(r: ResourceType, namespace?: string): KubeObject[] {
    return this.peekAll(r, namespace).map((o) => structuredClone(o));
  }

  /** All objects of a resource without copying, sorted by namespace and name: callers must not mutate. */
  peekAll(r: ResourceType, namespace?: string): readonly KubeObject[] {
    let all = this.sorted.get(r);
    if (!all) {
      // keys are `namespace/name` (or `name`), so their order is namespace then name
      all = [...this.bucket(r).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o);
      this.sorted.set(r, all);
    }
    return namespace === undefined ? all : all.filter((o) => o.metadata.namespace === namespace);
  }

  allResources(): ResourceType[] {
    return [...this.objects.keys()];
  }

  create(r: ResourceType, input: KubeObject): KubeObject {
    const o = structuredClone(input);
    const name = o.metadata.name!;
    const k = this.key(r, o.metadata.namespace, name);
    if (this.bucket(r).has(k)) throw alreadyExists(r, name);
    o.apiVersion = apiVersionOf(r);
    o.kind = r.kind;
    o.metadata.uid ??= randomUUID();
    o.metadata.creationTimestamp = timestamp(this.clock.now());
    if (o.spec !== undefined || r.subresources.includes('status')) o.metadata.generation = 1;
    o.metadata.resourceVersion = String(++this.rv);
    this.bucket(r).set(k, o);
    this.emit({ type: 'ADDED', resource: r, object: o, rv: this.rv });
    return structuredClone(o);
  }

  /**
   * Replaces an object. A non-empty metadata.resourceVersion must match the stored one (409 otherwise).
   * Returns a copy of the stored object; when nothing changed it writes nothing, keeps the
   * resourceVersion and returns the stored object itself (callers must not mutate it).
   */
  update(r: ResourceType, input: KubeObject): KubeObject {
    const name = input.metadata.name!;
    const k = this.key(r, input.metadata.namespace, name);
    const current = this.bucket(r).get(k);
    if (!current) throw notFound(r, name);
    if (
      input.metadata.resourceVersion &&
      input.metadata.resourceVersion !== current.metadata.resourceVersion
    ) {
      throw conflict(r, name);
    }
    const meta = {
      ...input.metadata,
      uid: current.metadata.uid,
      creationTimestamp: current.metadata.creationTimestamp,
      resourceVersion: current.metadata.resourceVersion,
    };
    if (current.metadata.generation !== undefined) {
      meta.generation = current.metadata.generation + (isDeepStrictEqual(input.spec, current.spec) ? 0 : 1);
    }
    const candidate: KubeObject = { ...input, apiVersion: apiVersionOf(r), kind: r.kind, metadata: meta };
    // controllers rewrite status every tick: compare before copying so a no-op costs no clone
    if (isDeepStrictEqual(candidate, current)) return current;
    const o = structuredClone(candidate);
    o.metadata.resourceVersion = String(++this.rv);
    this.bucket(r).set(k, o);
    this.emit({ type: 'MODIFIED', resource: r, object: o, previous: current, rv: this.rv });
    return structuredClone(o);
  }

  delete(r: ResourceType, namespace: string | undefined, name: string): KubeObject {
    const k = this.key(r, namespace, name);
    const current = this.bucket(r).get(k);
    if (!current) throw notFound(r, name);
    this.bucket(r).delete(k);
    const gone = structuredClone(current);
    gone.metadata.resourceVersion = String(++this.rv);
    this.emit({ type: 'DELETED', resource: r, object: gone, rv: this.rv });
    return structuredClone(gone);
  }

  private emit(e: StoreEvent): void {
    this.sorted.delete(e.resource);
    this.history.push(e);
    if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
    for (const l of this.listeners) l(e);
  }

  /** Events after resourceVersion `rv`; undefined when the history no longer reaches back that far. */
  eventsSince(rv: number): StoreEvent[] | undefined {
    const first = this.history[0];
    if (first && first.rv > rv + 1 && rv < this.rv) return undefined;
    return this.history.filter((e) => e.rv > rv);
  }

  subscribe(listener: (e: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
