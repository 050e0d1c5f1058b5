/** The kinds the simulated cluster serves, as the apiserver's discovery describes them. */
export interface ResourceType {
  group: string;
  version: string;
  kind: string;
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  subresources: string[];
  /** Definition name in the vendored OpenAPI (or `crd:<plural>` for a CRD schema). */
  definition: string;
  /** Strategic merge patch is not supported for CRDs (415 like a real apiserver). */
  strategicMerge: boolean;
  /** Verbs when not the usual eight (SelfSubjectAccessReview is create-only). */
  verbs?: string[];
}

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function rt(
  r: Omit<ResourceType, 'shortNames' | 'categories' | 'strategicMerge'> & Partial<ResourceType>,
): ResourceType {
  return { shortNames: [], categories: [], strategicMerge: true, ...r };
}

export const RESOURCES: ResourceType[] = [
  rt({
    group: '',
    version: 'v1',
    kind: 'Namespace',
    plural: 'namespaces',
    singular: 'namespace',
    namespaced: false,
    shortNames: ['ns'],
    subresources: ['status'],
    definition: 'io.k8s.api.core.v1.Namespace',
  }),
  rt({
    group: '',
    version: 'v1',
    kind: 'Node',
    plural: 'nodes',
    singular: 'node',
    namespaced: false,
    shortNames: ['no'],
    subresources: ['status'],
    definition: 'io.k8s.api.core.v1.Node',
  }),
  rt({
    group: '',
    version: 'v1',
    kind: 'Pod',
    plural: 'pods',
    singular: 'pod',
    namespaced: true,
    shortNames: ['po'],
    categories: ['all'],
    subresources: ['status', 'log'],
    definition: 'io.k8s.api.core.v1.Pod',
  }),
  rt({
    group: '',
    version: 'v1',
    kind: 'Service',
    plural: 'services',
    singular: 'service',
    namespaced: true,
    shortNames: ['svc'],
    categories: ['all'],
    subresources: ['status'],
    definition: 'io.k8s.api.core.v1.Service',
  }),
  rt({
    group: '',
    version: 'v1',
    kind: 'ConfigMap',
    plural: 'configmaps',
    singular: 'configmap',
    namespaced: true,
    shortNames: ['cm'],
    subresources: [],
    definition: 'io.k8s.api.core.v1.ConfigMap',
  }),
  rt({
    group: '',
    version: 'v1',
    kind: 'Event',
    plural: 'events',
    singular: 'event',
    namespaced: true,
    shortNames: ['ev'],
    subresources: [],
    definition: 'io.k8s.api.core.v1.Event',
  }),
  rt({
    group: '',
    version: 'v1',
    kind: 'Secret',
    plural: 'secrets',
    singular: 'secret',
    namespaced: true,
    subresources: [],
    definition: 'io.k8s.api.core.v1.Secret',
  }),
  rt({
    group: '',
    version: 'v1',
    kind: 'Endpoints',
    plural: 'endpoints',
    singular: 'endpoints',
    namespaced: true,
    shortNames: ['ep'],
    subresources: [],
    definition: 'io.k8s.api.core.v1.Endpoints',
  }),
  rt({
    group: 'apps',
    version: 'v1',
    kind: 'Deployment',
    plural: 'deployments',
    singular: 'deployment',
    namespaced: true,
    shortNames: ['deploy'],
    categories: ['all'],
    subresources: ['status', 'scale'],
    definition: 'io.k8s.api.apps.v1.Deployment',
  }),
  rt({
    group: 'apps',
    version: 'v1',
    kind: 'ReplicaSet',
    plural: 'replicasets',
    singular: 'replicaset',
    namespaced: true,
    shortNames: ['rs'],
    categories: ['all'],
    subresources: ['status', 'scale'],
    definition: 'io.k8s.api.apps.v1.ReplicaSet',
  }),
  rt({
    group: 'batch',
    version: 'v1',
    kind: 'Job',
    plural: 'jobs',
    singular: 'job',
    namespaced: true,
    categories: ['all'],
    subresources: ['status'],
    definition: 'io.k8s.api.batch.v1.Job',
  }),
  rt({
    group: 'discovery.k8s.io',
    version: 'v1',
    kind: 'EndpointSlice',
    plural: 'endpointslices',
    singular: 'endpointslice',
    namespaced: true,
    subresources: [],
    definition: 'io.k8s.api.discovery.v1.EndpointSlice',
  }),
  rt({
    group: 'authorization.k8s.io',
    version: 'v1',
    kind: 'SelfSubjectAccessReview',
    plural: 'selfsubjectaccessreviews',
    singular: 'selfsubjectaccessreview',
    namespaced: false,
    subresources: [],
    definition: 'io.k8s.api.authorization.v1.SelfSubjectAccessReview',
    verbs: ['create'],
  }),
  rt({
    group: 'coordination.k8s.io',
    version: 'v1',
    kind: 'Lease',
    plural: 'leases',
    singular: 'lease',
    namespaced: true,
    subresources: [],
    definition: 'io.k8s.api.coordination.v1.Lease',
  }),
  rt({
    group: 'gateway.networking.k8s.io',
    version: 'v1',
    kind: 'HTTPRoute',
    plural: 'httproutes',
    singular: 'httproute',
    namespaced: true,
    categories: ['gateway-api'],
    subresources: ['status'],
    definition: 'crd:httproutes',
    strategicMerge: false,
  }),
  rt({
    group: 'serving.kserve.io',
    version: 'v1beta1',
    kind: 'InferenceService',
    plural: 'inferenceservices',
    singular: 'inferenceservice',
    namespaced: true,
    shortNames: ['isvc'],
    subresources: ['status'],
    definition: 'crd:inferenceservices',
    strategicMerge: false,
  }),
];

export function apiVersionOf(r: ResourceType): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

export function findResource(group: string, version: string, plural: string): ResourceType | undefined {
  return RESOURCES.find((r) => r.group === group && r.version === version && r.plural === plural);
}

export function resourceByKind(kind: string): ResourceType | undefined {
  return RESOURCES.find((r) => r.kind === kind);
}

export function groupVersions(): { group: string; version: string }[] {
  const seen = new Map<string, { group: string; version: string }>();
  for (const r of RESOURCES) seen.set(`${r.group}/${r.version}`, { group: r.group, version: r.version });
  return [...seen.values()];
}

/** APIResourceList for /api/v1 or /apis/<group>/<version>. */
export function apiResourceList(group: string, version: string): object {
  const resources: object[] = [];
  for (const r of RESOURCES.filter((x) => x.group === group && x.version === version)) {
    resources.push({
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs:
        r.verbs ??
        (r.kind === 'Node' || r.kind === 'Namespace' ? VERBS.filter((v) => v !== 'deletecollection') : VERBS),
      ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
      ...(r.categories.length ? { categories: r.categories } : {}),
      storageVersionHash: Buffer.from(`${r.group}/${r.version}/${r.kind}`).toString('base64').slice(0, 11),
    });
    for (const sub of r.subresources) {
      const kind = sub === 'scale' ? 'Scale' : sub === 'log' ? 'Pod' : r.kind;
      const verbs = sub === 'log' ? ['get'] : ['get', 'patch', 'update'];
      resources.push({
        name: `${r.plural}/${sub}`,
        singularName: '',
        namespaced: r.namespaced,
        ...(sub === 'scale' ? { group: 'autoscaling', version: 'v1' } : {}),
        kind,
        verbs,
      });
    }
  }
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources,
  };
}
