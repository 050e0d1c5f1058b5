import { isDeepStrictEqual } from 'node:util';
import { resolveRef, type Schema } from './openapi.js';
import { ApiError, badRequest } from './status.js';

type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** RFC 7386 JSON merge patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Obj = isObject(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

export function deref(schema: Schema | undefined): Schema | undefined {
  if (!schema) return undefined;
  return schema.$ref ? resolveRef(schema.$ref).schema : schema;
}

export function childSchema(schema: Schema | undefined, key: string): Schema | undefined {
  const s = deref(schema);
  if (!s) return undefined;
  if (s.properties?.[key]) return s.properties[key];
  return typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined;
}

/**
 * Strategic merge patch, driven by the OpenAPI `x-kubernetes-patch-strategy` / `-merge-key`
 * extensions: lists of containers, env, ports, volumes... merge by key; `$patch: delete|replace`,
 * `$deleteFromPrimitiveList/<field>` and `$retainKeys` directives are honoured; `$setElementOrder` is ignored.
 */
export function strategicMergePatch(target: unknown, patch: unknown, schema: Schema | undefined): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  if (patch.$patch === 'replace') {
    const { $patch: _, ...rest } = patch;
    return structuredClone(rest);
  }
  if (patch.$patch === 'delete') return undefined;
  const out: Obj = isObject(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$setElementOrder/') || k === '$retainKeys' || k === '$patch') continue;
    if (k.startsWith('$deleteFromPrimitiveList/')) {
      const field = k.slice('$deleteFromPrimitiveList/'.length);
      const list = out[field];
      if (Array.isArray(list) && Array.isArray(v))
        out[field] = list.filter((x) => !v.some((d) => isDeepStrictEqual(d, x)));
      continue;
    }
    if (v === null) {
      delete out[k];
      continue;
    }
    const sub = childSchema(schema, k);
    if (Array.isArray(v)) {
      out[k] = mergeList(out[k], v, deref(sub));
    } else if (isObject(v)) {
      const merged = strategicMergePatch(out[k], v, sub);
      if (merged === undefined) delete out[k];
      else out[k] = merged;
    } else {
      out[k] = v;
    }
  }
  if (Array.isArray(patch.$retainKeys)) {
    const keep = new Set(patch.$retainKeys as string[]);
    for (const k of Object.keys(out)) if (!keep.has(k)) delete out[k];
  }
  return out;
}

function mergeList(current: unknown, patch: unknown[], schema: Schema | undefined): unknown[] {
  const strategy = schema?.['x-kubernetes-patch-strategy'] ?? '';
  const key = schema?.['x-kubernetes-patch-merge-key'];
  const base = Array.isArray(current) ? structuredClone(current) : [];
  if (!strategy.split(',').includes('merge')) {
    return patch.filter((x) => !(isObject(x) && x.$patch)).map((x) => structuredClone(x));
  }
  if (!key) {
    const out = [...base];
    for (const x of patch) if (!out.some((y) => isDeepStrictEqual(x, y))) out.push(structuredClone(x));
    return out;
  }
  const items = schema?.items;
  const out = base;
  for (const p of patch) {
    if (!isObject(p)) continue;
    if (p.$patch === 'replace')
      return patch.filter((x) => !(isObject(x) && x.$patch)).map((x) => structuredClone(x));
    const idx = out.findIndex((x) => isObject(x) && x[key] === p[key]);
    if (p.$patch === 'delete') {
      if (idx >= 0) out.splice(idx, 1);
      continue;
    }
    if (idx >= 0) out[idx] = strategicMergePatch(out[idx], p, items);
    else out.push(strategicMergePatch(undefined, p, items));
  }
  return out;
}

interface JsonPatchOp {
  op: string;
  path: string;
  from?: string;
  value?: unknown;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/'))
    throw badRequest(
      `the server rejected our request due to an error in our request: invalid JSON pointer "${path}"`,
    );
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: unknown, tokens: string[], path: string): { parent: Obj | unknown[]; last: string } {
  let cur: unknown = doc;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(t)];
    else if (isObject(cur)) cur = cur[t];
    else cur = undefined;
    if (cur === undefined) throw jsonPatchError(`doc is missing path: "${path}": missing value`);
  }
  if (!Array.isArray(cur) && !isObject(cur))
    throw jsonPatchError(`doc is missing path: "${path}": missing value`);
  return { parent: cur, last: tokens[tokens.length - 1]! };
}

function jsonPatchError(message: string): ApiError {
  return new ApiError(422, 'Invalid', message);
}

function getAt(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const t of pointer(path)) {
    if (Array.isArray(cur)) cur = cur[Number(t)];
    else if (isObject(cur)) cur = cur[t];
    else return undefined;
  }
  return cur;
}

/** RFC 6902 JSON patch. */
export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw badRequest('the body of a JSON patch must be an array of operations');
  let doc = structuredClone(target);
  for (const raw of ops as JsonPatchOp[]) {
    const { op, path } = raw;
    if (typeof path !== 'string') throw badRequest(`JSON patch operation ${JSON.stringify(raw)} has no path`);
    const tokens = pointer(path);
    if (op === 'test') {
      if (!isDeepStrictEqual(getAt(doc, path), raw.value))
        throw jsonPatchError(`testing value ${path} failed: test failed`);
      continue;
    }
    let value = raw.value;
    if (op === 'move' || op === 'copy') {
      if (typeof raw.from !== 'string') throw badRequest(`JSON patch ${op} needs "from"`);
      value = structuredClone(getAt(doc, raw.from));
      if (value === undefined) throw jsonPatchError(`doc is missing from path: "${raw.from}": missing value`);
      if (op === 'move') doc = jsonPatch(doc, [{ op: 'remove', path: raw.from }]);
    }
    if (tokens.length === 0) {
      if (op === 'remove') throw jsonPatchError('cannot remove the whole document');
      doc = structuredClone(value);
      continue;
    }
    const { parent, last } = parentOf(doc, tokens, path);
    switch (op) {
      case 'add':
      case 'move':
      case 'copy':
        if (Array.isArray(parent)) {
          const i = last === '-' ? parent.length : Number(last);
          if (!Number.isInteger(i) || i < 0 || i > parent.length)
            throw jsonPatchError(`add operation does not apply: index ${last} out of range`);
          parent.splice(i, 0, structuredClone(value));
        } else parent[last] = structuredClone(value);
        break;
      case 'replace':
        if (Array.isArray(parent)) {
          const i = Number(last);
          if (!(i >= 0 && i < parent.length))
            throw jsonPatchError(
              `replace operation does not apply: doc is missing key: ${path}: missing value`,
            );
          parent[i] = structuredClone(value);
        } else {
          if (!(last in parent))
            throw jsonPatchError(
              `replace operation does not apply: doc is missing key: ${path}: missing value`,
            );
          parent[last] = structuredClone(value);
        }
        break;
      case 'remove':
        if (Array.isArray(parent)) {
          const i = Number(last);
          if (!(i >= 0 && i < parent.length))
            throw jsonPatchError(
              `remove operation does not apply: doc is missing path: "${path}": missing value`,
            );
          parent.splice(i, 1);
        } else {
          if (!(last in parent))
            throw jsonPatchError(
              `remove operation does not apply: doc is missing path: "${path}": missing value`,
            );
          delete parent[last];
        }
        break;
      default:
        throw badRequest(`Unexpected kind: ${op}`);
    }
  }
  return doc;
}
