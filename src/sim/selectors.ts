import { badRequest } from './status.js';
import type { KubeObject, LabelSelector } from './types.js';

export interface Requirement {
  key: string;
  op: 'in' | 'notin' | 'exists' | '!';
  values: string[];
}

/** Parses a label selector string: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`. */
export function parseLabelSelector(text: string): Requirement[] {
  const reqs: Requirement[] = [];
  for (const part of splitTopLevel(text)) {
    const s = part.trim();
    if (!s) continue;
    let m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(s);
    if (m) {
      const values = m[3]!
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
      reqs.push({ key: m[1]!, op: m[2] as 'in' | 'notin', values });
      continue;
    }
    m = /^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/.exec(s);
    if (m) {
      reqs.push({ key: m[1]!, op: m[2] === '!=' ? 'notin' : 'in', values: [m[3]!] });
      continue;
    }
    m = /^(!?)\s*([\w./-]+)$/.exec(s);
    if (m) {
      reqs.push({ key: m[2]!, op: m[1] ? '!' : 'exists', values: [] });
      continue;
    }
    throw badRequest(`unable to parse requirement: found '${s}', expected: in, notin, =, ==, !=, gt, lt`);
  }
  return reqs;
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function matchesRequirements(
  labels: Record<string, string> | undefined,
  reqs: Requirement[],
): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.hasOwn(l, r.key);
    switch (r.op) {
      case 'in':
        return has && r.values.includes(l[r.key]!);
      case 'notin':
        return !has || !r.values.includes(l[r.key]!);
      case 'exists':
        return has;
      default:
        return !has;
    }
  });
}

/** Converts a metav1.LabelSelector; an empty selector matches everything, a missing one nothing. */
export function selectorRequirements(sel: LabelSelector | undefined): Requirement[] | undefined {
  if (!sel) return undefined;
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(sel.matchLabels ?? {}))
    reqs.push({ key, op: 'in', values: [value] });
  for (const e of sel.matchExpressions ?? []) {
    const op = e.operator.toLowerCase();
    if (op === 'in' || op === 'notin') reqs.push({ key: e.key, op, values: e.values ?? [] });
    else if (op === 'exists') reqs.push({ key: e.key, op: 'exists', values: [] });
    else if (op === 'doesnotexist') reqs.push({ key: e.key, op: '!', values: [] });
  }
  return reqs;
}

export function matchesSelector(
  labels: Record<string, string> | undefined,
  sel: LabelSelector | undefined,
): boolean {
  const reqs = selectorRequirements(sel);
  return reqs ? matchesRequirements(labels, reqs) : false;
}

/** `key=value,...` for a plain map selector (Service.spec.selector): empty matches nothing, like a Service. */
export function matchesMap(
  labels: Record<string, string> | undefined,
  sel: Record<string, string> | undefined,
): boolean {
  if (!sel || Object.keys(sel).length === 0) return false;
  return Object.entries(sel).every(([k, v]) => labels?.[k] === v);
}

export interface FieldRequirement {
  field: string;
  negate: boolean;
  value: string;
}

const FIELD_GETTERS: Record<string, (o: KubeObject) => string | undefined> = {
  'metadata.name': (o) => o.metadata.name,
  'metadata.namespace': (o) => o.metadata.namespace,
  'spec.nodeName': (o) => o.spec?.nodeName ?? '',
  'spec.schedulerName': (o) => o.spec?.schedulerName,
  'spec.unschedulable': (o) => String(o.spec?.unschedulable ?? false),
  'status.phase': (o) => o.status?.phase ?? '',
  'status.podIP': (o) => o.status?.podIP ?? '',
  'involvedObject.kind': (o) => (o.involvedObject as { kind?: string } | undefined)?.kind,
  'involvedObject.name': (o) => (o.involvedObject as { name?: string } | undefined)?.name,
  'involvedObject.namespace': (o) => (o.involvedObject as { namespace?: string } | undefined)?.namespace,
  'involvedObject.uid': (o) => (o.involvedObject as { uid?: string } | undefined)?.uid,
  'involvedObject.fieldPath': (o) => (o.involvedObject as { fieldPath?: string } | undefined)?.fieldPath,
  'involvedObject.apiVersion': (o) => (o.involvedObject as { apiVersion?: string } | undefined)?.apiVersion,
  'involvedObject.resourceVersion': (o) =>
    (o.involvedObject as { resourceVersion?: string } | undefined)?.resourceVersion,
  reason: (o) => o.reason as string | undefined,
  type: (o) => o.type as string | undefined,
  'source.component': (o) => (o.source as { component?: string } | undefined)?.component,
};

export function parseFieldSelector(text: string, kind: string): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const part of text.split(',')) {
    const s = part.trim();
    if (!s) continue;
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(s);
    if (!m) throw badRequest(`invalid selector: '${s}'; can't understand '${s}'`);
    const field = m[1]!;
    if (!FIELD_GETTERS[field]) {
      throw badRequest(`field label not supported: ${field}`);
    }
    if (field.startsWith('involvedObject.') && kind !== 'Event')
      throw badRequest(`field label not supported: ${field}`);
    out.push({ field, negate: m[2] === '!=', value: m[3]! });
  }
  return out;
}

export function matchesFields(o: KubeObject, reqs: FieldRequirement[]): boolean {
  return reqs.every((r) => {
    const v = FIELD_GETTERS[r.field]!(o) ?? '';
    return r.negate ? v !== r.value : v === r.value;
  });
}
