import { isDeepStrictEqual } from 'node:util';
import { FieldSet, pathString } from './field-set.js';
import type { Schema } from './openapi.js';
import { childSchema, deref, isObject } from './patch.js';
import { ApiError } from './status.js';
import type { KubeObject } from './types.js';

/**
 * Server-side apply field ownership, as structured-merge-diff (sigs.k8s.io/structured-merge-diff)
 * does it: the OpenAPI tells which maps and lists are granular (list-type map/set, patch strategy
 * merge) and which are atomic; every manager owns a set of field paths; an Update takes the fields
 * it changes from the others, an Apply owns what its configuration sets, conflicts with others'
 * fields whose value it changes (409 unless forced), and prunes what it applied before and no
 * longer applies when no other manager owns it.
 */

type Obj = Record<string, unknown>;

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Obj;
  subresource?: string;
}

interface Manager {
  entry: ManagedFieldsEntry;
  set: FieldSet;
}

/** List-map key fields the apiserver defaults before keying (`+default` markers not in the OpenAPI). */
const KEY_DEFAULTS: Record<string, unknown> = { protocol: 'TCP' };

interface Shape {
  kind: 'map' | 'list' | 'scalar';
  atomic: boolean;
  /** For maps: is `key` a declared struct field. */
  declared?: (key: string) => boolean;
  child?: (key: string) => Schema | undefined;
  items?: Schema;
  keys?: string[];
  set?: boolean;
}

function shape(schema: Schema | undefined, value: unknown): Shape {
  const s = deref(schema);
  const untyped = !s || (s['x-kubernetes-preserve-unknown-fields'] && !s.properties && !s.items);
  if (Array.isArray(value)) {
    if (untyped || !s?.items) return { kind: 'list', atomic: true };
    const strategy = (s['x-kubernetes-patch-strategy'] ?? '').split(',').includes('merge');
    const mergeKey = s['x-kubernetes-patch-merge-key'];
    const type = s['x-kubernetes-list-type'] ?? (strategy ? (mergeKey ? 'map' : 'set') : 'atomic');
    if (type === 'atomic') return { kind: 'list', atomic: true };
    const keys = s['x-kubernetes-list-map-keys'] ?? (mergeKey ? [mergeKey] : []);
    return { kind: 'list', atomic: false, items: s.items, keys, set: type === 'set' };
  }
  if (isObject(value)) {
    if (untyped) return { kind: 'map', atomic: false, declared: () => false, child: () => undefined };
    return {
      kind: 'map',
      atomic: s['x-kubernetes-map-type'] === 'atomic',
      declared: (k) => !!s.properties?.[k],
      child: (k) => childSchema(s, k),
    };
  }
  return { kind: 'scalar', atomic: true };
}

function granular(sh: Shape): boolean {
  return sh.kind !== 'scalar' && !sh.atomic;
}

/** The path element of a list item: `k:{...}` for list-maps, `v:...` for sets, `i:n` otherwise. */
function itemElement(sh: Shape, item: unknown, index: number): string {
  if (sh.set) return `v:${JSON.stringify(item)}`;
  if (!isObject(item) || !sh.keys?.length) return `i:${index}`;
  const key: Obj = {};
  for (const k of [...sh.keys].sort()) {
    const v = item[k] ?? KEY_DEFAULTS[k];
    if (v !== undefined) key[k] = v;
  }
  return `k:${JSON.stringify(key)}`;
}

function itemsByElement(sh: Shape, list: unknown[]): Map<string, unknown> {
  return new Map(list.map((item, i) => [itemElement(sh, item, i), item]));
}

/** The fields a value sets (structured-merge-diff's ToFieldSet). */
function collect(value: unknown, schema: Schema | undefined, path: string[], out: FieldSet): void {
  const sh = shape(schema, value);
  if (!granular(sh) || value === null) {
    if (path.length) out.insert(path);
    return;
  }
  if (sh.kind === 'list') {
    for (const [el, item] of itemsByElement(sh, value as unknown[])) {
      const p = [...path, el];
      collect(item, sh.items, p, out);
      out.insert(p);
    }
    return;
  }
  const entries = Object.entries(value as Obj).filter(([, v]) => v !== undefined);
  if (!entries.length && path.length) out.insert(path);
  for (const [k, v] of entries) {
    const p = [...path, `f:${k}`];
    collect(v, sh.child!(k), p, out);
    if (v === null || (isObject(v) && !Object.keys(v).length) || !sh.declared!(k)) out.insert(p);
  }
}

/** A value that appears or disappears: its own path (unless it is a struct with fields) and its fields. */
function collectAll(value: unknown, schema: Schema | undefined, path: string[], out: FieldSet): void {
  collect(value, schema, path, out);
  const sh = shape(schema, value);
  const struct = sh.kind === 'map' && !!deref(schema)?.properties && Object.keys(value as Obj).length > 0;
  if (path.length && !struct) out.insert(path);
}

interface Comparison {
  added: FieldSet;
  modified: FieldSet;
  removed: FieldSet;
}

function compare(
  before: unknown,
  after: unknown,
  schema: Schema | undefined,
  path: string[],
  c: Comparison,
): void {
  if (before === undefined && after === undefined) return;
  if (before === undefined || after === undefined) {
    if (before === undefined) collectAll(after, schema, path, c.added);
    else collectAll(before, schema, path, c.removed);
    return;
  }
  const sh = shape(schema, after);
  const same = sh.kind === shape(schema, before).kind;
  if (!granular(sh) || !same) {
    if (!isDeepStrictEqual(before, after)) c.modified.insert(path);
    return;
  }
  if (sh.kind === 'list') {
    const a = itemsByElement(sh, before as unknown[]);
    const b = itemsByElement(sh, after as unknown[]);
    for (const el of new Set([...a.keys(), ...b.keys()]))
      compare(a.get(el), b.get(el), sh.items, [...path, el], c);
    return;
  }
  const a = before as Obj;
  const b = after as Obj;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    compare(a[k], b[k], sh.child!(k), [...path, `f:${k}`], c);
  }
}

/** Applied configuration over the live object: maps and granular lists merge, the rest is replaced. */
function merge(live: unknown, config: unknown, schema: Schema | undefined): unknown {
  if (config === undefined) return structuredClone(live);
  if (live === undefined || live === null) return structuredClone(config);
  const sh = shape(schema, config);
  if (!granular(sh) || shape(schema, live).kind !== sh.kind) return structuredClone(config);
  if (sh.kind === 'list') {
    const out = structuredClone(live as unknown[]);
    const index = (x: unknown) => out.findIndex((y, i) => itemElement(sh, y, i) === itemElement(sh, x, i));
    (config as unknown[]).forEach((item) => {
      const at = sh.keys?.length || sh.set ? index(item) : -1;
      if (at >= 0) out[at] = merge(out[at], item, sh.items);
      else out.push(structuredClone(item));
    });
    return out;
  }
  const out = structuredClone(live as Obj);
  for (const [k, v] of Object.entries(config as Obj)) {
    if (v === undefined) continue;
    if (v === null) delete out[k];
    else out[k] = merge(out[k], v, sh.child!(k));
  }
  return out;
}

/** Deletes the value at a field path from an object (no-op when it is not there). */
function removePath(root: unknown, schema: Schema | undefined, path: string[]): void {
  let node = root;
  let s = schema;
  for (let i = 0; i < path.length; i++) {
    const el = path[i]!;
    const last = i === path.length - 1;
    const sh = shape(s, node);
    if (el.startsWith('f:') && isObject(node)) {
      const k = el.slice(2);
      if (last) {
        delete node[k];
        return;
      }
      s = sh.child!(k);
      node = node[k];
    } else if (Array.isArray(node)) {
      const at = node.findIndex((item, n) => itemElement(sh, item, n) === el);
      if (at < 0) return;
      if (last) {
        node.splice(at, 1);
        return;
      }
      s = sh.items;
      node = node[at];
    } else return;
  }
}

/** What field ownership tracks: no server-set metadata, and status only through /status. */
function tracked(o: KubeObject | undefined, subresource: string | undefined): Obj {
  if (!o) return {};
  const { apiVersion: _a, kind: _k, status, metadata, ...rest } = structuredClone(o);
  if (subresource === 'status') return status === undefined ? {} : { status };
  const {
    name: _n,
    namespace: _ns,
    uid: _u,
    resourceVersion: _rv,
    generation: _g,
    creationTimestamp: _c,
    deletionTimestamp: _d,
    managedFields: _m,
    selfLink: _s,
    ...meta
  } = (metadata ?? {}) as Obj;
  return Object.keys(meta).length ? { ...rest, metadata: meta } : rest;
}

function managerKey(e: { manager: string; operation: string; subresource?: string }): string {
  return JSON.stringify([e.manager, e.operation, e.subresource ?? '']);
}

/** Throws when an entry is not a managedFields entry this server could have written. */
function decode(entries: unknown): Map<string, Manager> {
  const out = new Map<string, Manager>();
  for (const e of Array.isArray(entries) ? (entries as ManagedFieldsEntry[]) : []) {
    if (!isObject(e) || typeof e.manager !== 'string' || !['Apply', 'Update'].includes(e.operation)) {
      throw new Error('invalid managedFields entry');
    }
    out.set(managerKey(e), { entry: e, set: FieldSet.fromFieldsV1(e.fieldsV1) });
  }
  return out;
}

function encode(managers: Map<string, Manager>): ManagedFieldsEntry[] | undefined {
  const out = [...managers.values()]
    .filter((m) => !m.set.empty())
    .map((m) => ({ ...m.entry, fieldsV1: m.set.toFieldsV1() }));
  return out.length ? out : undefined;
}

/**
 * The managers an update starts from: managedFields the request sets explicitly replace the live
 * ones (kubectl's client-side → server-side migration does this); `[{}]` clears them.
 */
function baseManagers(live: KubeObject | undefined, next: KubeObject): Map<string, Manager> {
  const sent = next.metadata?.managedFields;
  const current = live?.metadata.managedFields;
  if (!Array.isArray(sent) || !sent.length || isDeepStrictEqual(sent, current)) return decode(current);
  if (sent.length === 1 && isObject(sent[0]) && !Object.keys(sent[0]).length) return new Map();
  // like the apiserver: managedFields it cannot decode are ignored, the live ones kept
  try {
    return decode(sent);
  } catch {
    return decode(current);
  }
}

export interface Ownership {
  manager: string;
  apiVersion: string;
  time: string;
  subresource?: string;
}

function entryFor(o: Ownership, operation: 'Apply' | 'Update'): ManagedFieldsEntry {
  return {
    manager: o.manager,
    operation,
    apiVersion: o.apiVersion,
    time: o.time,
    fieldsType: 'FieldsV1',
    fieldsV1: {},
    ...(o.subresource ? { subresource: o.subresource } : {}),
  };
}

/** Moves ownership for an Update (create, PUT, merge/strategic/JSON patch) and sets next's managedFields. */
export function trackUpdate(
  live: KubeObject | undefined,
  next: KubeObject,
  schema: Schema,
  o: Ownership | undefined,
): void {
  const sent = next.metadata.managedFields;
  if (!o && (!Array.isArray(sent) || !sent.length || isDeepStrictEqual(sent, live?.metadata.managedFields))) {
    if (live?.metadata.managedFields) next.metadata.managedFields = live.metadata.managedFields;
    else delete next.metadata.managedFields;
    return;
  }
  const managers = baseManagers(live, next);
  if (o) {
    const c = emptyComparison();
    compare(tracked(live, o.subresource), tracked(next, o.subresource), schema, [], c);
    const changed = c.modified.union(c.added);
    const key = managerKey({ manager: o.manager, operation: 'Update', subresource: o.subresource });
    for (const [k, m] of managers) if (k !== key) m.set = m.set.difference(changed).difference(c.removed);
    const mine = managers.get(key);
    const set = (mine?.set ?? new FieldSet()).difference(c.removed).union(changed);
    if (!mine || !isDeepStrictEqual(set.toFieldsV1(), mine.set.toFieldsV1())) {
      managers.delete(key);
      managers.set(key, { entry: entryFor(o, 'Update'), set });
    }
  }
  const entries = encode(managers);
  if (entries) next.metadata.managedFields = entries;
  else delete next.metadata.managedFields;
}

function emptyComparison(): Comparison {
  return { added: new FieldSet(), modified: new FieldSet(), removed: new FieldSet() };
}

/**
 * Server-side apply of `config` over `live` (undefined when creating): returns the object to
 * store, with managedFields set. Throws 409 on conflicts with other managers unless `force`.
 */
export function applyConfiguration(
  live: KubeObject | undefined,
  config: KubeObject,
  schema: Schema,
  o: Ownership,
  force: boolean,
): KubeObject {
  let managers: Map<string, Manager>;
  try {
    managers = decode(live?.metadata.managedFields);
  } catch {
    managers = new Map();
  }
  const key = managerKey({ manager: o.manager, operation: 'Apply', subresource: o.subresource });
  const cfg = structuredClone(config);
  if (o.subresource !== 'status') delete cfg.status;
  const base = live ?? { metadata: {} };
  const merged = merge(base, cfg, schema) as KubeObject;
  merged.metadata = {
    ...(merged.metadata ?? {}),
    ...(live
      ? {
          resourceVersion: live.metadata.resourceVersion,
          uid: live.metadata.uid,
          creationTimestamp: live.metadata.creationTimestamp,
        }
      : {}),
  };
  const set = new FieldSet();
  collect(tracked(cfg, o.subresource), schema, [], set);
  const lastSet = managers.get(key)?.set;
  managers.delete(key);
  managers.set(key, { entry: entryFor(o, 'Apply'), set });
  if (lastSet) prune(merged, schema, managers, lastSet);

  const c = emptyComparison();
  compare(tracked(live, o.subresource), tracked(merged, o.subresource), schema, [], c);
  const changed = c.modified.union(c.added);
  const conflicts: { manager: ManagedFieldsEntry; path: string[] }[] = [];
  for (const [k, m] of managers) {
    if (k === key) continue;
    for (const p of m.set.intersection(changed).members()) conflicts.push({ manager: m.entry, path: p });
  }
  if (conflicts.length && !force) throw conflictError(conflicts);
  for (const [k, m] of managers) if (k !== key) m.set = m.set.difference(changed).difference(c.removed);
  const entries = encode(managers);
  if (entries) merged.metadata.managedFields = entries;
  else delete merged.metadata.managedFields;
  return merged;
}

/** Removes what the applier owned before and no longer does, unless another manager owns it or something below it. */
function prune(object: KubeObject, schema: Schema, managers: Map<string, Manager>, lastSet: FieldSet): void {
  let owned = new FieldSet();
  for (const m of managers.values()) owned = owned.union(m.set);
  const gone = lastSet.difference(owned).members();
  // ancestors first: once a list item's key field is gone the item can no longer be found
  gone.sort((a, b) => a.length - b.length);
  for (const p of gone) {
    if (owned.at(p)?.hasMemberBelow() || isKeyField(p)) continue;
    removePath(object, schema, p);
  }
}

/** `...k:{"name":"x"}, f:name`: the key of an item that stays. */
function isKeyField(p: string[]): boolean {
  const parent = p[p.length - 2];
  if (!parent?.startsWith('k:')) return false;
  return Object.hasOwn(JSON.parse(parent.slice(2)) as Obj, p[p.length - 1]!.slice(2));
}

function printManager(e: ManagedFieldsEntry): string {
  let s = JSON.stringify(e.manager);
  if (e.subresource) s += ` with subresource ${JSON.stringify(e.subresource)}`;
  if (e.operation === 'Update') s += ` using ${e.apiVersion}`;
  return s;
}

function conflictError(conflicts: { manager: ManagedFieldsEntry; path: string[] }[]): ApiError {
  const causes = conflicts.map((c) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${printManager(c.manager)}`,
    field: pathString(c.path),
  }));
  let message: string;
  if (conflicts.length === 1) {
    message = `Apply failed with 1 conflict: conflict with ${printManager(conflicts[0]!.manager)}: ${pathString(conflicts[0]!.path)}`;
  } else {
    const byManager = new Map<string, string[]>();
    for (const c of conflicts) {
      const m = printManager(c.manager);
      byManager.set(m, [...(byManager.get(m) ?? []), `- ${pathString(c.path)}`]);
    }
    const lines = [...byManager.keys()].sort().flatMap((m) => [`conflicts with ${m}`, ...byManager.get(m)!]);
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return new ApiError(409, 'Conflict', message, { causes });
}
