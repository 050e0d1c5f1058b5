import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { type Clock, timestamp } from './clock.js';
import { applyDefaults } from './defaults.js';
import { applyConfiguration, type Ownership, trackUpdate } from './field-manager.js';
import { rootSchema } from './openapi.js';
import { jsonPatch, mergePatch, strategicMergePatch } from './patch.js';
import { apiVersionOf, type ResourceType, resourceByKind } from './resources.js';
import { matchesFields, matchesRequirements, parseFieldSelector, parseLabelSelector } from './selectors.js';
import { validateSemantics } from './semantics.js';
import { ApiError, badRequest, conflict, invalid, notFound, unsupportedMediaType } from './status.js';
import type { Store } from './store.js';
import type { KubeObject } from './types.js';
import { validateSchema } from './validate.js';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface WriteOptions {
  fieldValidation?: FieldValidation;
  dryRun?: boolean;
  fieldManager?: string;
  force?: boolean;
  /** Collects `Warning` header texts. */
  warnings?: string[];
}

export interface ListOptions {
  labelSelector?: string;
  fieldSelector?: string;
}

export type PatchType = 'merge' | 'strategic' | 'json' | 'apply';

const PATCH_TYPES: Record<string, PatchType> = {
  'application/merge-patch+json': 'merge',
  'application/strategic-merge-patch+json': 'strategic',
  'application/json-patch+json': 'json',
  'application/apply-patch+yaml': 'apply',
};

export function patchTypeOf(contentType: string | undefined): PatchType {
  const ct = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const t = PATCH_TYPES[ct];
  if (!t) throw unsupportedMediaType(ct || '(none)');
  return t;
}

const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** The apiserver's request semantics over the store: defaults, validation, generateName, subresources, patches, GC on delete. */
export class ClusterApi {
  private clusterIP = 10;
  constructor(
    readonly store: Store,
    private readonly clock: Clock,
    private readonly random: () => number,
  ) {}

  now(): number {
    return this.clock.now();
  }

  randomSuffix(n = 5): string {
    let s = '';
    for (let i = 0; i < n; i++) s += NAME_ALPHABET[Math.floor(this.random() * NAME_ALPHABET.length)];
    return s;
  }

  get(r: ResourceType, namespace: string | undefined, name: string): KubeObject {
    const o = this.store.get(r, namespace, name);
    if (!o) throw notFound(r, name);
    return o;
  }

  list(r: ResourceType, namespace: string | undefined, opts: ListOptions = {}): KubeObject[] {
    const labels = opts.labelSelector ? parseLabelSelector(opts.labelSelector) : [];
    const fields = opts.fieldSelector ? parseFieldSelector(opts.fieldSelector, r.kind) : [];
    return this.store
      .list(r, namespace)
      .filter((o) => matchesRequirements(o.metadata.labels, labels) && matchesFields(o, fields));
  }

  private checkBody(r: ResourceType, body: unknown, namespace: string | undefined): KubeObject {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw badRequest(`the body of the request was not a JSON object for a ${r.kind}`);
    }
    const o = body as KubeObject;
    if (o.kind !== undefined && o.kind !== r.kind) {
      throw badRequest(
        `the API version in the data (${o.apiVersion}) does not match the expected API version (${apiVersionOf(r)})`,
      );
    }
    if (o.apiVersion !== undefined && o.apiVersion !== apiVersionOf(r)) {
      throw badRequest(
        `the API version in the data (${o.apiVersion}) does not match the expected API version (${apiVersionOf(r)})`,
      );
    }
    o.metadata ??= {};
    if (typeof o.metadata !== 'object') throw badRequest('metadata must be an object');
    if (r.namespaced) {
      if (o.metadata.namespace && namespace && o.metadata.namespace !== namespace) {
        throw badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      o.metadata.namespace = namespace ?? o.metadata.namespace ?? 'default';
    } else delete o.metadata.namespace;
    o.apiVersion = apiVersionOf(r);
    o.kind = r.kind;
    return o;
  }

  /** Defaults, schema and semantic validation; throws 422/400 or records warnings. */
  private admit(r: ResourceType, o: KubeObject, old: KubeObject | undefined, opts: WriteOptions): void {
    applyDefaults(o, { nextClusterIP: () => `10.96.0.${this.clusterIP++ % 250}` });
    const { causes, unknownFields } = validateSchema(r, o);
    causes.push(...validateSemantics(o, old));
    const name = o.metadata.name ?? o.metadata.generateName ?? '';
    if (causes.length) throw invalid(r, name, dedupe(causes));
    if (unknownFields.length) {
      const mode = opts.fieldValidation ?? 'Warn';
      if (mode === 'Strict') {
        throw badRequest(
          `${r.kind} in version "${r.version}" cannot be handled as a ${r.kind}: strict decoding error: ${unknownFields.map((f) => `unknown field "${f}"`).join(', ')}`,
        );
      }
      if (mode === 'Warn') for (const f of unknownFields) opts.warnings?.push(`unknown field "${f}"`);
    }
    if (r.namespaced && o.kind !== 'Namespace') {
      const nsType = resourceByKind('Namespace')!;
      if (!this.store.peek(nsType, undefined, o.metadata.namespace!)) {
        throw notFound(nsType, o.metadata.namespace!);
      }
    }
  }

  create(r: ResourceType, namespace: string | undefined, body: unknown, opts: WriteOptions = {}): KubeObject {
    const o = this.checkBody(r, structuredClone(body), namespace);
    if (!o.metadata.name && o.metadata.generateName) {
      const ns = r.namespaced ? o.metadata.namespace : undefined;
      for (let i = 0; i < 8; i++) {
        o.metadata.name = `${o.metadata.generateName}${this.randomSuffix()}`;
        if (!this.store.peek(r, ns, o.metadata.name)) break;
      }
    }
    delete o.metadata.resourceVersion;
    // assigned before defaulting: a Job's generated selector names its uid
    o.metadata.uid = randomUUID();
    delete o.metadata.deletionTimestamp;
    if (r.subresources.includes('status') && r.kind !== 'Node' && r.kind !== 'Namespace') delete o.status;
    this.admit(r, o, undefined, opts);
    trackUpdate(undefined, o, rootSchema(r), this.ownership(r, opts));
    if (opts.dryRun) return o;
    return this.store.create(r, o);
  }

  /** PUT of the main resource (status changes ignored) or of `/status` (only status changes kept). */
  update(
    r: ResourceType,
    namespace: string | undefined,
    name: string,
    body: unknown,
    opts: WriteOptions & { subresource?: string } = {},
  ): KubeObject {
    const o = this.checkBody(r, structuredClone(body), namespace);
    if (o.metadata.name && o.metadata.name !== name) {
      throw badRequest(
        `the name of the object (${o.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    o.metadata.name = name;
    const current = this.store.get(r, r.namespaced ? o.metadata.namespace : undefined, name);
    if (!current) throw notFound(r, name);
    if (o.metadata.resourceVersion && o.metadata.resourceVersion !== current.metadata.resourceVersion) {
      throw conflict(r, name);
    }
    let next: KubeObject;
    if (opts.subresource === 'status') {
      next = { ...current, status: o.status };
      next.metadata = { ...current.metadata, resourceVersion: o.metadata.resourceVersion ?? '' };
    } else {
      next = o;
      if (r.subresources.includes('status') && r.kind !== 'Namespace') next.status = current.status;
    }
    this.admit(r, next, current, opts);
    trackUpdate(current, next, rootSchema(r), this.ownership(r, opts));
    if (opts.dryRun) return next;
    return this.store.update(r, next);
  }

  patch(
    r: ResourceType,
    namespace: string | undefined,
    name: string,
    type: PatchType,
    body: string,
    opts: WriteOptions & { subresource?: string } = {},
  ): KubeObject {
    const ns = r.namespaced ? (namespace ?? 'default') : undefined;
    const current = this.store.get(r, ns, name);
    if (type === 'apply') {
      let applied: unknown;
      try {
        applied = parseYaml(body);
      } catch (error) {
        throw badRequest(`error decoding YAML: ${(error as Error).message}`);
      }
      if (!opts.fieldManager) {
        throw new ApiError(
          422,
          'Invalid',
          'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
          {
            causes: [
              {
                reason: 'FieldValueRequired',
                message: 'Required value: is required for apply patch',
                field: 'fieldManager',
              },
            ],
          },
        );
      }
      const a = this.checkBody(r, applied, ns);
      if (a.metadata.name && a.metadata.name !== name) {
        throw badRequest(
          `the name of the object (${a.metadata.name}) does not match the name on the URL (${name})`,
        );
      }
      a.metadata.name = name;
      if (
        a.metadata.resourceVersion &&
        current &&
        a.metadata.resourceVersion !== current.metadata.resourceVersion
      ) {
        throw conflict(r, name);
      }
      delete a.metadata.resourceVersion;
      delete a.metadata.managedFields;
      const merged = applyConfiguration(
        current,
        a,
        rootSchema(r),
        this.ownership(r, opts) as Ownership,
        opts.force ?? false,
      );
      const rest = { ...opts, fieldManager: undefined };
      if (!current) return this.create(r, ns, merged, rest);
      return this.writePatched(r, ns, name, current, merged, rest);
    }
    if (!current) throw notFound(r, name);
    const base = opts.subresource === 'scale' ? this.scale(current) : current;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw badRequest(`error decoding patch: ${(error as Error).message}`);
    }
    let next: unknown;
    switch (type) {
      case 'merge':
        next = mergePatch(base, parsed);
        break;
      case 'strategic':
        if (!r.strategicMerge) throw unsupportedMediaType('application/strategic-merge-patch+json');
        next = strategicMergePatch(base, parsed, opts.subresource === 'scale' ? undefined : rootSchema(r));
        break;
      case 'json':
        next = jsonPatch(base, parsed);
        break;
    }
    if (typeof next !== 'object' || next === null) throw badRequest('the patch did not produce an object');
    const patched = next as KubeObject;
    if (opts.subresource === 'scale') return this.updateScale(r, ns, name, patched, opts);
    if (
      patched.metadata?.resourceVersion &&
      patched.metadata.resourceVersion !== current.metadata.resourceVersion
    ) {
      throw conflict(r, name);
    }
    return this.writePatched(r, ns, name, current, patched, opts);
  }

  private writePatched(
    r: ResourceType,
    ns: string | undefined,
    name: string,
    current: KubeObject,
    patched: KubeObject,
    opts: WriteOptions & { subresource?: string },
  ): KubeObject {
    patched.metadata ??= {};
    patched.metadata.resourceVersion = current.metadata.resourceVersion;
    return this.update(r, ns, name, patched, opts);
  }

  private ownership(r: ResourceType, opts: WriteOptions & { subresource?: string }): Ownership | undefined {
    if (!opts.fieldManager) return undefined;
    return {
      manager: opts.fieldManager,
      apiVersion: apiVersionOf(r),
      time: timestamp(this.clock.now()),
      ...(opts.subresource ? { subresource: opts.subresource } : {}),
    };
  }

  delete(
    r: ResourceType,
    namespace: string | undefined,
    name: string,
    opts: {
      propagationPolicy?: string;
      preconditions?: { uid?: string; resourceVersion?: string };
      dryRun?: boolean;
    } = {},
  ): KubeObject {
    const ns = r.namespaced ? (namespace ?? 'default') : undefined;
    const current = this.store.get(r, ns, name);
    if (!current) throw notFound(r, name);
    const pre = opts.preconditions;
    if (pre?.uid && pre.uid !== current.metadata.uid) {
      throw new ApiError(
        409,
        'Conflict',
        `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${current.metadata.uid}`,
        {
          name,
          group: r.group,
          kind: r.plural,
        },
      );
    }
    if (pre?.resourceVersion && pre.resourceVersion !== current.metadata.resourceVersion) {
      throw new ApiError(
        409,
        'Conflict',
        `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`,
        { name, group: r.group, kind: r.plural },
      );
    }
    if (opts.dryRun) return current;
    if (opts.propagationPolicy === 'Orphan') this.orphan(current.metadata.uid!);
    const gone = this.store.delete(r, ns, name);
    if (r.kind === 'Namespace') {
      for (const other of this.store.allResources()) {
        if (!other.namespaced) continue;
        for (const o of this.store.peekAll(other, name)) this.store.delete(other, name, o.metadata.name!);
      }
    }
    if (opts.propagationPolicy === 'Foreground') this.collectGarbage();
    return gone;
  }

  private orphan(uid: string): void {
    for (const r of this.store.allResources()) {
      for (const o of this.store.peekAll(r)) {
        const refs = o.metadata.ownerReferences ?? [];
        if (!refs.some((ref) => ref.uid === uid)) continue;
        const copy = structuredClone(o);
        copy.metadata.ownerReferences = refs.filter((ref) => ref.uid !== uid);
        if (!copy.metadata.ownerReferences.length) delete copy.metadata.ownerReferences;
        this.store.update(r, copy);
      }
    }
  }

  /** Deletes objects whose every owner is gone (background propagation); repeats until stable. */
  collectGarbage(): number {
    let deleted = 0;
    for (let round = 0; round < 5; round++) {
      const uids = new Set<string>();
      // events neither own nor are owned here; skipping them keeps this pass small
      const owners = this.store.allResources().filter((r) => r.kind !== 'Event');
      for (const r of owners) for (const o of this.store.peekAll(r)) uids.add(o.metadata.uid!);
      let now = 0;
      for (const r of owners) {
        for (const o of this.store.peekAll(r)) {
          const refs = o.metadata.ownerReferences;
          if (refs?.length && refs.every((ref) => !uids.has(ref.uid))) {
            this.store.delete(r, o.metadata.namespace, o.metadata.name!);
            now++;
          }
        }
      }
      deleted += now;
      if (!now) break;
    }
    return deleted;
  }

  /** autoscaling/v1 Scale of a Deployment or ReplicaSet. */
  scale(o: KubeObject): KubeObject {
    const sel = o.spec?.selector?.matchLabels ?? {};
    return {
      kind: 'Scale',
      apiVersion: 'autoscaling/v1',
      metadata: {
        name: o.metadata.name,
        namespace: o.metadata.namespace,
        uid: o.metadata.uid,
        resourceVersion: o.metadata.resourceVersion,
        creationTimestamp: o.metadata.creationTimestamp,
      },
      spec: { replicas: o.spec?.replicas ?? 0 },
      status: {
        replicas: o.status?.replicas ?? 0,
        selector: Object.entries(sel)
          .map(([k, v]) => `${k}=${v}`)
          .join(','),
      },
    };
  }

  updateScale(
    r: ResourceType,
    namespace: string | undefined,
    name: string,
    scale: unknown,
    opts: WriteOptions,
  ): KubeObject {
    const s = scale as KubeObject;
    const current = this.get(r, namespace, name);
    if (s.metadata?.resourceVersion && s.metadata.resourceVersion !== current.metadata.resourceVersion) {
      throw conflict(r, name);
    }
    const replicas = s.spec?.replicas;
    if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
      throw new ApiError(
        422,
        'Invalid',
        `Scale.autoscaling "${name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
        {
          name,
          group: 'autoscaling',
          kind: 'Scale',
          causes: [
            {
              reason: 'FieldValueInvalid',
              message: `Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
              field: 'spec.replicas',
            },
          ],
        },
      );
    }
    if (current.spec.replicas === replicas) return this.scale(current);
    current.spec.replicas = replicas;
    return this.scale(this.update(r, namespace, name, current, opts));
  }
}

function dedupe<T>(xs: T[]): T[] {
  const out: T[] = [];
  for (const x of xs) if (!out.some((y) => isDeepStrictEqual(x, y))) out.push(x);
  return out;
}
