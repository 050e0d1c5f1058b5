import { isDeepStrictEqual } from 'node:util';
import { parseQuantity } from '../config/units.js';
import { matchesSelector } from './selectors.js';
import type { StatusCause } from './status.js';
import type { Container, KubeObject } from './types.js';

/** Checks the apiserver makes beyond the OpenAPI schema (names, images, selectors, resources). */
export function validateSemantics(o: KubeObject, old: KubeObject | undefined): StatusCause[] {
  const causes: StatusCause[] = [];
  const name = o.metadata.name ?? '';
  const nameRule = o.kind === 'Namespace' ? DNS_LABEL : o.kind === 'Service' ? DNS_1035 : DNS_SUBDOMAIN;
  if (!name && !o.metadata.generateName) {
    causes.push({
      reason: 'FieldValueRequired',
      message: 'Required value: name or generateName is required',
      field: 'metadata.name',
    });
  } else if (name && !nameRule.re.test(name)) {
    causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: "${name}": ${nameRule.message}`,
      field: 'metadata.name',
    });
  }
  for (const v of Object.values(o.metadata.labels ?? {})) {
    if (typeof v === 'string' && v !== '' && !LABEL_VALUE.test(v)) {
      causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: "${v}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
        field: `metadata.labels`,
      });
    }
  }
  switch (o.kind) {
    case 'Pod':
      podSpec(o.spec, 'spec', causes, false);
      break;
    case 'Deployment':
    case 'ReplicaSet':
      workload(o, old, causes);
      break;
    case 'Job':
      job(o, causes);
      break;
    case 'Service':
      if (o.spec?.type !== 'ExternalName' && o.spec?.clusterIP !== 'None' && !o.spec?.ports?.length) {
        causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.ports' });
      }
      break;
  }
  return causes;
}

const DNS_SUBDOMAIN = {
  re: /^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
  message:
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
};
const DNS_LABEL = {
  re: /^(?=.{1,63}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  message:
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
};
const DNS_1035 = {
  re: /^(?=.{1,63}$)[a-z]([-a-z0-9]*[a-z0-9])?$/,
  message:
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
};
const LABEL_VALUE = /^(?=.{0,63}$)(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function workload(o: KubeObject, old: KubeObject | undefined, causes: StatusCause[]): void {
  const spec = o.spec ?? {};
  if (!spec.selector) {
    causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.selector' });
  } else {
    const sel = spec.selector;
    if (!sel.matchLabels && !sel.matchExpressions?.length) {
      causes.push({
        reason: 'FieldValueInvalid',
        message:
          'Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
        field: 'spec.selector',
      });
    } else if (!matchesSelector(spec.template?.metadata?.labels, sel)) {
      const labels = Object.entries(spec.template?.metadata?.labels ?? {})
        .map(([k, v]) => `"${k}":"${v}"`)
        .join(', ');
      causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: map[string]string{${labels}}: \`selector\` does not match template \`labels\``,
        field: 'spec.template.metadata.labels',
      });
    }
    if (old && o.kind === 'Deployment' && !isDeepStrictEqual(old.spec?.selector, sel)) {
      causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: ${JSON.stringify(sel)}: field is immutable`,
        field: 'spec.selector',
      });
    }
  }
  if (typeof spec.replicas === 'number' && spec.replicas < 0) {
    causes.push({
      reason: 'FieldValueInvalid',
      message: `Invalid value: ${spec.replicas}: must be greater than or equal to 0`,
      field: 'spec.replicas',
    });
  }
  const ru = spec.strategy?.rollingUpdate;
  if (o.kind === 'Deployment' && spec.strategy?.type === 'RollingUpdate' && ru) {
    if (isZero(ru.maxSurge) && isZero(ru.maxUnavailable)) {
      causes.push({
        reason: 'FieldValueInvalid',
        message: 'Invalid value: 0: may not be 0 when `maxSurge` is 0',
        field: 'spec.strategy.rollingUpdate.maxUnavailable',
      });
    }
  }
  if (o.kind === 'Deployment' && spec.strategy?.type === 'Recreate' && ru) {
    causes.push({
      reason: 'FieldValueForbidden',
      message: "Forbidden: may not be specified when strategy `type` is 'Recreate'",
      field: 'spec.strategy.rollingUpdate',
    });
  }
  if (!spec.template) {
    causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.template' });
    return;
  }
  podSpec(spec.template.spec, 'spec.template.spec', causes, true);
}

function job(o: KubeObject, causes: StatusCause[]): void {
  const spec = o.spec ?? {};
  if (!spec.template) {
    causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.template' });
    return;
  }
  podSpec(spec.template.spec, 'spec.template.spec', causes, false);
  const policy = spec.template.spec?.restartPolicy;
  if (policy !== 'OnFailure' && policy !== 'Never') {
    causes.push({
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: "${policy}": supported values: "OnFailure", "Never"`,
      field: 'spec.template.spec.restartPolicy',
    });
  }
  const sel = spec.selector;
  if (sel && !matchesSelector(spec.template.metadata?.labels, sel)) {
    causes.push({
      reason: 'FieldValueInvalid',
      message: 'Invalid value: `selector` does not match template `labels`',
      field: 'spec.template.metadata.labels',
    });
  }
}

function isZero(v: unknown): boolean {
  return v === 0 || v === '0' || v === '0%';
}

const NON_OVERCOMMITTABLE = /^(nvidia\.com|amd\.com|[a-z0-9.-]+\.[a-z]+)\//;

function podSpec(spec: KubeObject['spec'], path: string, causes: StatusCause[], template: boolean): void {
  const containers: Container[] | undefined = spec?.containers;
  if (!spec || !Array.isArray(containers) || containers.length === 0) {
    if (!causes.some((c) => c.field === `${path}.containers`)) {
      causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: `${path}.containers` });
    }
    return;
  }
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}.containers[${i}]`;
    if (!c || typeof c !== 'object') return;
    if (c.name && names.has(c.name)) {
      causes.push({
        reason: 'FieldValueDuplicate',
        message: `Duplicate value: "${c.name}"`,
        field: `${p}.name`,
      });
    }
    if (c.name) names.add(c.name);
    if (typeof c.name === 'string' && c.name && !DNS_LABEL.re.test(c.name)) {
      causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: "${c.name}": ${DNS_LABEL.message}`,
        field: `${p}.name`,
      });
    }
    if (!c.image || (typeof c.image === 'string' && c.image.trim() === '')) {
      causes.push({ reason: 'FieldValueRequired', message: 'Required value', field: `${p}.image` });
    }
    resources(c, `${p}.resources`, causes);
  });
  if (template && spec.restartPolicy && spec.restartPolicy !== 'Always') {
    causes.push({
      reason: 'FieldValueNotSupported',
      message: `Unsupported value: "${spec.restartPolicy}": supported values: "Always"`,
      field: `${path}.restartPolicy`,
    });
  }
}

function resources(c: Container, path: string, causes: StatusCause[]): void {
  const requests = c.resources?.requests ?? {};
  const limits = c.resources?.limits ?? {};
  for (const [name, raw] of Object.entries(requests)) {
    const req = parseQuantity(raw as string | number);
    if (req === undefined) continue;
    const limRaw = limits[name];
    const lim = limRaw === undefined ? undefined : parseQuantity(limRaw);
    if (NON_OVERCOMMITTABLE.test(name) && !name.startsWith('hugepages')) {
      if (!Number.isInteger(req)) {
        causes.push({
          reason: 'FieldValueInvalid',
          message: `Invalid value: "${raw}": must be an integer`,
          field: `${path}.requests[${name}]`,
        });
      }
      if (lim === undefined) {
        causes.push({
          reason: 'FieldValueRequired',
          message: 'Required value: Limit must be set for non overcommitable resources',
          field: `${path}.limits`,
        });
      } else if (lim !== req) {
        causes.push({
          reason: 'FieldValueInvalid',
          message: `Invalid value: "${raw}": must be equal to ${name} limit of ${limRaw}`,
          field: `${path}.requests[${name}]`,
        });
      }
    } else if (lim !== undefined && req > lim) {
      causes.push({
        reason: 'FieldValueInvalid',
        message: `Invalid value: "${raw}": must be less than or equal to ${name} limit of ${limRaw}`,
        field: `${path}.requests[${name}]`,
      });
    }
  }
}
