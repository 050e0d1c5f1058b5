import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseQuantity } from '../config/units.js';
import { InputError, ToolError } from '../errors.js';

export const GPU = 'nvidia.com/gpu';
export const GPU_SHARED = 'nvidia.com/gpu.shared';
export const GPU_PRODUCT_LABEL = 'nvidia.com/gpu.product';
export const migResource = (profile: string): string => `nvidia.com/mig-${profile}`;

/** Resource name → amount: cpu in cores, memory in bytes, extended resources and `pods` as counts. */
export type Resources = Record<string, number>;

export type TaintEffect = 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
export interface Taint {
  key: string;
  value?: string;
  effect: TaintEffect;
}

export interface NodeCapacity {
  name: string;
  labels: Record<string, string>;
  taints: Taint[];
  /** spec.unschedulable (kubectl cordon). */
  cordoned: boolean;
  /** The Ready condition is True. */
  ready: boolean;
  allocatable: Resources;
  /** Sum of the requests of the non-terminated pods bound to the node (`pods` counts them). */
  requested: Resources;
  /** cpu/memory requests as the scheduler scores them: a container without a request counts 100m / 200Mi. */
  scored: { cpu: number; memory: number };
  /** From GPU feature discovery labels, when present. */
  gpu?: { product?: string; memoryMiB?: number; count?: number; migStrategy?: string; sharing?: string };
}

/** A pod whose resources we cannot account for (DRA claims): listed, never guessed. */
export interface NotUnderstoodPod {
  namespace: string;
  name: string;
  node?: string;
  reason: string;
}

export interface CapacitySnapshot {
  /** Where it came from: file names or the kubeconfig's server. */
  source: string;
  nodes: NodeCapacity[];
  notUnderstood: NotUnderstoodPod[];
  /** Non-terminated pods not bound to any node yet (Pending). */
  pendingPods: number;
}

export const DEFAULT_SCORED_CPU = 0.1;
export const DEFAULT_SCORED_MEMORY = 200 * 1024 * 1024;

const quantityValue = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const q = parseQuantity(v);
  if (q === undefined) {
    ctx.addIssue({ code: 'custom', message: `invalid quantity ${JSON.stringify(v)}` });
    return z.NEVER;
  }
  return q;
});
const resourceMap = z.record(z.string(), quantityValue).nullish();
const stringMap = z.record(z.string(), z.string()).nullish();

const nodeSchema = z.looseObject({
  kind: z.string().nullish(),
  metadata: z.looseObject({ name: z.string().min(1), labels: stringMap }),
  spec: z
    .looseObject({
      unschedulable: z.boolean().nullish(),
      taints: z
        .array(
          z.looseObject({
            key: z.string(),
            value: z.string().nullish(),
            effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
          }),
        )
        .nullish(),
    })
    .nullish(),
  status: z
    .looseObject({
      allocatable: resourceMap,
      capacity: resourceMap,
      conditions: z.array(z.looseObject({ type: z.string(), status: z.string() })).nullish(),
    })
    .nullish(),
});

const containerSchema = z.looseObject({
  name: z.string().nullish(),
  restartPolicy: z.string().nullish(),
  resources: z.looseObject({ requests: resourceMap, limits: resourceMap }).nullish(),
});

const podSchema = z.looseObject({
  kind: z.string().nullish(),
  metadata: z.looseObject({ name: z.string().min(1), namespace: z.string().nullish() }),
  spec: z.looseObject({
    nodeName: z.string().nullish(),
    containers: z.array(containerSchema).nullish(),
    initContainers: z.array(containerSchema).nullish(),
    overhead: resourceMap,
    resources: z.looseObject({ requests: resourceMap, limits: resourceMap }).nullish(),
    resourceClaims: z.array(z.looseObject({ name: z.string().nullish() })).nullish(),
  }),
  status: z.looseObject({ phase: z.string().nullish() }).nullish(),
});

type NodeObject = z.output<typeof nodeSchema>;
type PodObject = z.output<typeof podSchema>;
type ContainerObject = z.output<typeof containerSchema>;

const listSchema = z.looseObject({ items: z.array(z.unknown()) });

function formatZodPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function parseItems<T>(
  list: unknown,
  schema: z.ZodType<T>,
  where: string,
  expected: 'Node' | 'Pod',
  command: string,
): T[] {
  const parsedList = listSchema.safeParse(list);
  if (!parsedList.success) {
    throw new InputError(`${where}: not a ${expected}List (no "items" array); create it with \`${command}\``);
  }
  return parsedList.data.items.map((item, i) => {
    const kind = (item as { kind?: unknown } | null)?.kind;
    if (typeof kind === 'string' && kind !== expected) {
      throw new InputError(
        `${where}: items[${i}] is a ${kind}, expected a ${expected}; create the file with \`${command}\` (were --nodes and --pods swapped?)`,
      );
    }
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new InputError(
        `${where}: items[${i}].${formatZodPath(issue.path)}: ${issue.message}; create the file with \`${command}\``,
      );
    }
    return parsed.data;
  });
}

/** A container's request for a resource: requests, else limits (the API server defaults requests to limits). */
function containerRequests(c: ContainerObject): Resources {
  return { ...(c.resources?.limits ?? {}), ...(c.resources?.requests ?? {}) };
}

function containerScored(c: ContainerObject): { cpu: number; memory: number } {
  const r = containerRequests(c);
  return { cpu: r.cpu ?? DEFAULT_SCORED_CPU, memory: r.memory ?? DEFAULT_SCORED_MEMORY };
}

function add(into: Resources, from: Resources): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

function maxInto(into: Resources, from: Resources): void {
  for (const [k, v] of Object.entries(from)) into[k] = Math.max(into[k] ?? 0, v);
}

/**
 * What the scheduler counts for a pod (kubernetes component-helpers resource.PodRequests):
 * the larger of sum(containers) + sidecars and the largest init container step (sidecars started before it
 * included), plus spec.overhead; pod-level spec.resources replaces cpu/memory when set.
 */
function aggregate(pod: PodObject, perContainer: (c: ContainerObject) => Resources): Resources {
  const sum: Resources = {};
  for (const c of pod.spec.containers ?? []) add(sum, perContainer(c));
  const sidecars: Resources = {};
  const initPeak: Resources = {};
  for (const c of pod.spec.initContainers ?? []) {
    const own = perContainer(c);
    if (c.restartPolicy === 'Always') {
      add(sum, own);
      add(sidecars, own);
      maxInto(initPeak, sidecars);
    } else {
      const step: Resources = { ...sidecars };
      add(step, own);
      maxInto(initPeak, step);
    }
  }
  maxInto(sum, initPeak);
  const podLevel = pod.spec.resources?.requests ?? pod.spec.resources?.limits;
  if (podLevel) {
    for (const k of ['cpu', 'memory']) if (podLevel[k] !== undefined) sum[k] = podLevel[k];
  }
  add(sum, pod.spec.overhead ?? {});
  return sum;
}

export function podRequests(pod: PodObject): Resources {
  return aggregate(pod, containerRequests);
}

function podScored(pod: PodObject): { cpu: number; memory: number } {
  const r = aggregate(pod, (c) => containerScored(c));
  return { cpu: r.cpu ?? 0, memory: r.memory ?? 0 };
}

function isTerminated(pod: PodObject): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}

function nodeCapacity(node: NodeObject): NodeCapacity {
  const labels = node.metadata.labels ?? {};
  const allocatable = { ...(node.status?.allocatable ?? node.status?.capacity ?? {}) };
  const ready = (node.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  const num = (key: string): number | undefined => {
    const v = labels[key];
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
  };
  const gpuLabels = {
    ...(labels[GPU_PRODUCT_LABEL] !== undefined ? { product: labels[GPU_PRODUCT_LABEL] } : {}),
    ...(num('nvidia.com/gpu.memory') !== undefined ? { memoryMiB: num('nvidia.com/gpu.memory')! } : {}),
    ...(num('nvidia.com/gpu.count') !== undefined ? { count: num('nvidia.com/gpu.count')! } : {}),
    ...(labels['nvidia.com/mig.strategy'] !== undefined
      ? { migStrategy: labels['nvidia.com/mig.strategy'] }
      : {}),
    ...(labels['nvidia.com/gpu.sharing-strategy'] !== undefined
      ? { sharing: labels['nvidia.com/gpu.sharing-strategy'] }
      : {}),
  };
  return {
    name: node.metadata.name,
    labels,
    taints: (node.spec?.taints ?? []).map((t) => ({
      key: t.key,
      ...(t.value ? { value: t.value } : {}),
      effect: t.effect,
    })),
    cordoned: node.spec?.unschedulable === true,
    ready,
    allocatable,
    requested: { pods: 0 },
    scored: { cpu: 0, memory: 0 },
    ...(Object.keys(gpuLabels).length > 0 ? { gpu: gpuLabels } : {}),
  };
}

/**
 * Builds the snapshot from a NodeList and a PodList as `kubectl get nodes -o json` and
 * `kubectl get pods -A -o json` print them (or as the API returns them). `where` names the inputs in errors.
 */
export function snapshotFromLists(
  nodeList: unknown,
  podList: unknown | undefined,
  where: { nodes: string; pods?: string } = { nodes: 'NodeList', pods: 'PodList' },
): CapacitySnapshot {
  const nodes = parseItems(nodeList, nodeSchema, where.nodes, 'Node', 'kubectl get nodes -o json').map(
    nodeCapacity,
  );
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const notUnderstood: NotUnderstoodPod[] = [];
  let pendingPods = 0;
  const pods =
    podList === undefined
      ? []
      : parseItems(podList, podSchema, where.pods ?? 'PodList', 'Pod', 'kubectl get pods -A -o json');
  for (const pod of pods) {
    if (isTerminated(pod)) continue;
    const nodeName = pod.spec.nodeName ?? undefined;
    const claims = pod.spec.resourceClaims ?? [];
    if (claims.length > 0) {
      notUnderstood.push({
        namespace: pod.metadata.namespace ?? 'default',
        name: pod.metadata.name,
        ...(nodeName ? { node: nodeName } : {}),
        reason: `requests devices through DRA resourceClaims (${claims.map((c) => c.name ?? '?').join(', ')}); devices allocated that way are not counted, so free GPUs${nodeName ? ` on ${nodeName}` : ''} may be overstated`,
      });
    }
    if (!nodeName) {
      pendingPods++;
      continue;
    }
    const node = byName.get(nodeName);
    if (!node) continue;
    add(node.requested, podRequests(pod));
    node.requested.pods = (node.requested.pods ?? 0) + 1;
    const scored = podScored(pod);
    node.scored.cpu += scored.cpu;
    node.scored.memory += scored.memory;
  }
  return {
    source: where.pods ? `${where.nodes} + ${where.pods}` : where.nodes,
    nodes,
    notUnderstood,
    pendingPods,
  };
}

function readJson(path: string, cwd: string, flag: string, command: string): unknown {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `${flag} ${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'}); create it with \`${command}\``,
      {
        cause: error,
      },
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${flag} ${path}: not JSON (${(error as Error).message}); create it with \`${command}\``,
      {
        cause: error,
      },
    );
  }
}

/** Reads `kubectl get nodes -o json` (and optionally `kubectl get pods -A -o json`) output files. */
export function snapshotFromFiles(
  nodesPath: string,
  podsPath: string | undefined,
  cwd: string,
): CapacitySnapshot {
  const nodes = readJson(nodesPath, cwd, '--nodes', 'kubectl get nodes -o json');
  const pods = podsPath ? readJson(podsPath, cwd, '--pods', 'kubectl get pods -A -o json') : undefined;
  return snapshotFromLists(nodes, pods, { nodes: nodesPath, ...(podsPath ? { pods: podsPath } : {}) });
}

const PAGE = 500;

/** Reads nodes and pods through the Kubernetes API (paged lists), from the cluster the kubeconfig names. */
export async function snapshotFromCluster(kubeconfigPath: string): Promise<CapacitySnapshot> {
  // Loaded on use: the client is large, and --help or file-based runs do not need it.
  const { CoreV1Api, KubeConfig } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  try {
    kc.loadFromFile(kubeconfigPath);
  } catch (error) {
    throw new InputError(`kubeconfig ${kubeconfigPath}: ${(error as Error).message}`, { cause: error });
  }
  const server = kc.getCurrentCluster()?.server ?? kubeconfigPath;
  const api = kc.makeApiClient(CoreV1Api);
  const listAll = async (
    what: string,
    page: (cont?: string) => Promise<{ items: unknown[]; metadata?: { _continue?: string } }>,
  ) => {
    const items: unknown[] = [];
    let cont: string | undefined;
    try {
      do {
        const list = await page(cont);
        items.push(...list.items);
        cont = list.metadata?._continue || undefined;
      } while (cont);
    } catch (error) {
      throw new ToolError(`cannot list ${what} from ${server}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return { items };
  };
  const nodes = await listAll('nodes', (cont) =>
    api.listNode({ limit: PAGE, ...(cont ? { _continue: cont } : {}) }),
  );
  const pods = await listAll('pods', (cont) =>
    api.listPodForAllNamespaces({
      limit: PAGE,
      fieldSelector: 'status.phase!=Succeeded,status.phase!=Failed',
      ...(cont ? { _continue: cont } : {}),
    }),
  );
  return snapshotFromLists(nodes, pods, { nodes: `${server} nodes`, pods: `${server} pods` });
}
