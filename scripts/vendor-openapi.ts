/**
 * Regenerates src/sim/openapi/kubernetes-1.36.json from the official Kubernetes 1.36 OpenAPI v2
 * document: the paths of the kinds src/sim serves (their served subresources only), the parameters
 * those paths use, and every definition reachable from the kinds, their lists and the meta types.
 * Usage: node --import tsx scripts/vendor-openapi.ts [/work/shared/k8s/kubernetes-1.36-openapi.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';

type Doc = {
  swagger: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, { 'x-kubernetes-group-version-kind'?: Record<string, string> }>>;
  parameters: Record<string, unknown>;
  definitions: Record<string, unknown>;
};

const KINDS: [group: string, version: string, kind: string, definition: string][] = [
  ...['Namespace', 'Node', 'Pod', 'Service', 'ConfigMap', 'Event', 'Secret', 'Endpoints'].map(
    (k) => ['', 'v1', k, `io.k8s.api.core.v1.${k}`] as [string, string, string, string],
  ),
  ['apps', 'v1', 'Deployment', 'io.k8s.api.apps.v1.Deployment'],
  ['apps', 'v1', 'ReplicaSet', 'io.k8s.api.apps.v1.ReplicaSet'],
  ['autoscaling', 'v1', 'Scale', 'io.k8s.api.autoscaling.v1.Scale'],
  ['coordination.k8s.io', 'v1', 'Lease', 'io.k8s.api.coordination.v1.Lease'],
  ['batch', 'v1', 'Job', 'io.k8s.api.batch.v1.Job'],
  ['discovery.k8s.io', 'v1', 'EndpointSlice', 'io.k8s.api.discovery.v1.EndpointSlice'],
  [
    'authorization.k8s.io',
    'v1',
    'SelfSubjectAccessReview',
    'io.k8s.api.authorization.v1.SelfSubjectAccessReview',
  ],
];
const SUBRESOURCES = new Set(['status', 'scale', 'log']);
const META = [
  'APIGroup',
  'APIGroupList',
  'APIResourceList',
  'APIVersions',
  'DeleteOptions',
  'Patch',
  'Status',
  'WatchEvent',
].map((n) => `io.k8s.apimachinery.pkg.apis.meta.v1.${n}`);
META.push('io.k8s.apimachinery.pkg.version.Info');

const source = process.argv[2] ?? '/work/shared/k8s/kubernetes-1.36-openapi.json';
const full = JSON.parse(readFileSync(source, 'utf8')) as Doc;
const served = new Set(KINDS.map(([g, v, k]) => `${g}/${v}/${k}`));

const paths: Doc['paths'] = {};
for (const [p, item] of Object.entries(full.paths)) {
  if (p.includes('/watch/')) continue;
  const sub = /\{name\}\/([^/]+)$/.exec(p)?.[1];
  if (sub && !SUBRESOURCES.has(sub)) continue;
  const ops = Object.values(item).filter((op) => typeof op === 'object' && !Array.isArray(op));
  const gvk = ops.map((op) => op['x-kubernetes-group-version-kind']).find(Boolean);
  if (gvk && served.has(`${gvk.group}/${gvk.version}/${gvk.kind}`)) paths[p] = item;
}

const refs = (v: unknown, kind: 'definitions' | 'parameters') =>
  [...JSON.stringify(v).matchAll(new RegExp(`"#/${kind}/([^"]+)"`, 'g'))].map((m) => m[1]!);

const parameters: Doc['parameters'] = {};
for (const name of new Set(refs(paths, 'parameters'))) parameters[name] = full.parameters[name];

const keep = new Set<string>();
const stack = [...KINDS.flatMap(([, , , d]) => [d, `${d}List`]), ...META];
while (stack.length) {
  const n = stack.pop()!;
  if (keep.has(n) || !full.definitions[n]) continue;
  keep.add(n);
  stack.push(...refs(full.definitions[n], 'definitions'));
}
const definitions = Object.fromEntries(Object.entries(full.definitions).filter(([n]) => keep.has(n)));

const out: Doc = {
  swagger: full.swagger,
  info: {
    title: 'Kubernetes',
    version: 'v1.36.0',
    'x-origin':
      'trimmed from kubernetes-1.36-openapi.json (official Kubernetes 1.36 api/openapi-spec/swagger.json): only the definitions and paths reachable from the kinds src/sim serves',
  },
  paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => (a < b ? -1 : 1))),
  parameters: Object.fromEntries(Object.entries(parameters).sort(([a], [b]) => (a < b ? -1 : 1))),
  definitions,
};
writeFileSync(new URL('../src/sim/openapi/kubernetes-1.36.json', import.meta.url), JSON.stringify(out));
console.log(`${Object.keys(paths).length} paths, ${keep.size} definitions`);
