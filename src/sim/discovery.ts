import { createHash } from 'node:crypto';
import { httpRouteCrd, kubernetesOpenApi, OBJECT_META, type Schema } from './openapi.js';
import { groupVersions, RESOURCES } from './resources.js';

/**
 * v1.33 although the schema served is 1.36's: kubectl warns when the server is more than one minor
 * version away, and 1.33 is within reach of the kubectl 1.32 to 1.34 that CI runners carry.
 */
export const SERVER_VERSION = {
  major: '1',
  minor: '33',
  gitVersion: 'v1.33.0-model-deploy-sim',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2026-01-01T00:00:00Z',
  goVersion: 'go1.25.0',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export function apiVersions(serverAddress: string): object {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function apiGroup(group: string): object {
  const versions = groupVersions()
    .filter((gv) => gv.group === group)
    .map((gv) => ({ groupVersion: `${group}/${gv.version}`, version: gv.version }));
  return { kind: 'APIGroup', apiVersion: 'v1', name: group, versions, preferredVersion: versions[0] };
}

export function apiGroupList(): object {
  const groups = [...new Set(RESOURCES.filter((r) => r.group).map((r) => r.group))];
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.map((g) => apiGroup(g)) };
}

export function apiGroupDoc(group: string): object | undefined {
  return RESOURCES.some((r) => r.group === group) ? apiGroup(group) : undefined;
}

const HTTPROUTE_DEF = 'io.k8s.networking.gateway.v1.HTTPRoute';

function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

const v3Cache = new Map<string, object>();

/** `/openapi/v3`: the index of group-versions, each with a hashed serverRelativeURL. */
export function openApiV3Index(): object {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const { group, version } of groupVersions()) {
    const p = gvPath(group, version);
    const hash = createHash('sha512')
      .update(JSON.stringify(openApiV3(p) ?? {}))
      .digest('hex')
      .slice(0, 128)
      .toUpperCase();
    paths[p] = { serverRelativeURL: `/openapi/v3/${p}?hash=${hash}` };
  }
  return { paths };
}

function rewriteRefs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/definitions/', '"#/components/schemas/')) as T;
}

type V2Op = {
  parameters?: V2Param[];
  responses?: Record<string, { description?: string; schema?: Schema }>;
  consumes?: string[];
  produces?: string[];
  [key: string]: unknown;
};
type V2Param = {
  $ref?: string;
  in?: string;
  name?: string;
  schema?: Schema;
  type?: string;
  [key: string]: unknown;
};

function convertParam(p: V2Param, params: Record<string, unknown>): V2Param {
  const resolved = p.$ref ? (params[p.$ref.replace('#/parameters/', '')] as V2Param) : p;
  const { type, uniqueItems: _u, ...rest } = resolved;
  return { ...rest, schema: { type: type ?? 'string', uniqueItems: true } };
}

function convertOp(op: V2Op, params: Record<string, unknown>, shared: V2Param[]): object {
  const { parameters = [], responses = {}, consumes = [], produces = ['application/json'], ...rest } = op;
  const all = [...shared, ...parameters].map((p) =>
    p.$ref ? (params[p.$ref.replace('#/parameters/', '')] as V2Param) : p,
  );
  const body = all.find((p) => p.in === 'body');
  const out: Record<string, unknown> = {
    ...rest,
    parameters: all.filter((p) => p.in !== 'body').map((p) => convertParam(p, params)),
    responses: Object.fromEntries(
      Object.entries(responses).map(([code, r]) => [
        code,
        {
          description: r.description ?? '',
          ...(r.schema
            ? { content: Object.fromEntries(produces.map((m) => [m, { schema: r.schema }])) }
            : {}),
        },
      ]),
    ),
  };
  if (body) {
    out.requestBody = {
      content: Object.fromEntries(
        (consumes.length ? consumes : ['*/*']).map((m) => [m, { schema: body.schema }]),
      ),
      required: true,
    };
  }
  return out;
}

/** One OpenAPI v3 document per group-version, converted mechanically from the vendored v2 document. */
export function openApiV3(gv: string): object | undefined {
  const cached = v3Cache.get(gv);
  if (cached) return cached;
  const doc = kubernetesOpenApi();
  const prefix = `/${gv}/`;
  const isGateway = gv === 'apis/gateway.networking.k8s.io/v1';
  if (!isGateway && !groupVersions().some((x) => gvPath(x.group, x.version) === gv)) return undefined;
  const paths: Record<string, object> = {};
  for (const [p, item] of Object.entries(doc.paths)) {
    if (!p.startsWith(prefix)) continue;
    const { parameters: shared = [], ...ops } = item as { parameters?: V2Param[] } & Record<string, V2Op>;
    const converted: Record<string, object> = {};
    for (const [method, op] of Object.entries(ops)) converted[method] = convertOp(op, doc.parameters, shared);
    paths[p] = converted;
  }
  const schemas: Record<string, Schema> = { ...doc.definitions };
  if (isGateway) {
    const crd = httpRouteCrd();
    const gvk = [{ group: crd.group, version: crd.version, kind: crd.names.kind }];
    schemas[HTTPROUTE_DEF] = {
      ...crd.schema,
      properties: { ...crd.schema.properties, metadata: { $ref: `#/definitions/${OBJECT_META}` } },
      'x-kubernetes-group-version-kind': gvk,
    };
    schemas[`${HTTPROUTE_DEF}List`] = {
      type: 'object',
      required: ['items'],
      properties: {
        apiVersion: { type: 'string' },
        kind: { type: 'string' },
        items: { type: 'array', items: { $ref: `#/definitions/${HTTPROUTE_DEF}` } },
        metadata: { $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta' },
      },
      'x-kubernetes-group-version-kind': [{ ...gvk[0]!, kind: 'HTTPRouteList' }],
    };
    const fieldValidation = {
      name: 'fieldValidation',
      in: 'query',
      schema: { type: 'string', uniqueItems: true },
    };
    const fieldManager = { name: 'fieldManager', in: 'query', schema: { type: 'string', uniqueItems: true } };
    const ref = { $ref: `#/definitions/${HTTPROUTE_DEF}` };
    const ext = { 'x-kubernetes-group-version-kind': gvk[0] };
    paths['/apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/httproutes/{name}'] = {
      get: {
        operationId: 'readGatewayNetworkingV1NamespacedHTTPRoute',
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } },
        ...ext,
        'x-kubernetes-action': 'get',
      },
      put: {
        operationId: 'replaceGatewayNetworkingV1NamespacedHTTPRoute',
        parameters: [fieldManager, fieldValidation],
        requestBody: { content: { '*/*': { schema: ref } } },
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } },
        ...ext,
        'x-kubernetes-action': 'put',
      },
      patch: {
        operationId: 'patchGatewayNetworkingV1NamespacedHTTPRoute',
        parameters: [fieldManager, fieldValidation],
        requestBody: {
          content: {
            'application/merge-patch+json': { schema: { type: 'object' } },
            'application/json-patch+json': { schema: { type: 'object' } },
            'application/apply-patch+yaml': { schema: { type: 'object' } },
          },
        },
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } } },
        ...ext,
        'x-kubernetes-action': 'patch',
      },
    };
    paths['/apis/gateway.networking.k8s.io/v1/namespaces/{namespace}/httproutes'] = {
      post: {
        operationId: 'createGatewayNetworkingV1NamespacedHTTPRoute',
        parameters: [fieldManager, fieldValidation],
        requestBody: { content: { '*/*': { schema: ref } } },
        responses: { '201': { description: 'Created', content: { 'application/json': { schema: ref } } } },
        ...ext,
        'x-kubernetes-action': 'post',
      },
    };
  }
  const out = rewriteRefs({
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: 'v1.36.0' },
    paths,
    components: { schemas },
  });
  v3Cache.set(gv, out);
  return out;
}
