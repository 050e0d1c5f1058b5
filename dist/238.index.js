export const id = 238;
export const ids = [238,21];
export const modules = {

/***/ 44048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cb: () => (/* binding */ snapshotFromFiles),
/* harmony export */   jX: () => (/* binding */ GPU),
/* harmony export */   lE: () => (/* binding */ DEFAULT_SCORED_MEMORY),
/* harmony export */   mW: () => (/* binding */ GPU_PRODUCT_LABEL),
/* harmony export */   o7: () => (/* binding */ migResource),
/* harmony export */   qo: () => (/* binding */ DEFAULT_SCORED_CPU),
/* harmony export */   vh: () => (/* binding */ snapshotFromCluster)
/* harmony export */ });
/* unused harmony exports GPU_SHARED, podRequests, snapshotFromLists */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88532);
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17361);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);





const GPU = 'nvidia.com/gpu';
const GPU_SHARED = 'nvidia.com/gpu.shared';
const GPU_PRODUCT_LABEL = 'nvidia.com/gpu.product';
const migResource = (profile) => `nvidia.com/mig-${profile}`;
const DEFAULT_SCORED_CPU = 0.1;
const DEFAULT_SCORED_MEMORY = 200 * 1024 * 1024;
const quantityValue = zod__WEBPACK_IMPORTED_MODULE_4__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()]).transform((v, ctx) => {
    const q = (0,_config_units_js__WEBPACK_IMPORTED_MODULE_2__/* .parseQuantity */ .Lf)(v);
    if (q === undefined) {
        ctx.addIssue({ code: 'custom', message: `invalid quantity ${JSON.stringify(v)}` });
        return zod__WEBPACK_IMPORTED_MODULE_5__/* .NEVER */ .tm;
    }
    return q;
});
const resourceMap = zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), quantityValue).nullish();
const stringMap = zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()).nullish();
const nodeSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullish(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), labels: stringMap }),
    spec: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        unschedulable: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().nullish(),
        taints: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
            key: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
            value: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullish(),
            effect: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
        }))
            .nullish(),
    })
        .nullish(),
    status: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        allocatable: resourceMap,
        capacity: resourceMap,
        conditions: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ type: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), status: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() })).nullish(),
    })
        .nullish(),
});
const containerSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullish(),
    restartPolicy: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullish(),
    resources: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ requests: resourceMap, limits: resourceMap }).nullish(),
});
const podSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
    kind: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullish(),
    metadata: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().min(1), namespace: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullish() }),
    spec: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({
        nodeName: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullish(),
        containers: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(containerSchema).nullish(),
        initContainers: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(containerSchema).nullish(),
        overhead: resourceMap,
        resources: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ requests: resourceMap, limits: resourceMap }).nullish(),
        resourceClaims: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullish() })).nullish(),
    }),
    status: zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ phase: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().nullish() }).nullish(),
});
const listSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ items: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()) });
function formatZodPath(path) {
    return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}
function parseItems(list, schema, where, expected, command) {
    const parsedList = listSchema.safeParse(list);
    if (!parsedList.success) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where}: not a ${expected}List (no "items" array); create it with \`${command}\``);
    }
    return parsedList.data.items.map((item, i) => {
        const kind = item?.kind;
        if (typeof kind === 'string' && kind !== expected) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where}: items[${i}] is a ${kind}, expected a ${expected}; create the file with \`${command}\` (were --nodes and --pods swapped?)`);
        }
        const parsed = schema.safeParse(item);
        if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where}: items[${i}].${formatZodPath(issue.path)}: ${issue.message}; create the file with \`${command}\``);
        }
        return parsed.data;
    });
}
/** A container's request for a resource: requests, else limits (the API server defaults requests to limits). */
function containerRequests(c) {
    return { ...(c.resources?.limits ?? {}), ...(c.resources?.requests ?? {}) };
}
function containerScored(c) {
    const r = containerRequests(c);
    return { cpu: r.cpu ?? DEFAULT_SCORED_CPU, memory: r.memory ?? DEFAULT_SCORED_MEMORY };
}
function add(into, from) {
    for (const [k, v] of Object.entries(from))
        into[k] = (into[k] ?? 0) + v;
}
function maxInto(into, from) {
    for (const [k, v] of Object.entries(from))
        into[k] = Math.max(into[k] ?? 0, v);
}
/**
 * What the scheduler counts for a pod (kubernetes component-helpers resource.PodRequests):
 * the larger of sum(containers) + sidecars and the largest init container step (sidecars started before it
 * included), plus spec.overhead; pod-level spec.resources replaces cpu/memory when set.
 */
function aggregate(pod, perContainer) {
    const sum = {};
    for (const c of pod.spec.containers ?? [])
        add(sum, perContainer(c));
    const sidecars = {};
    const initPeak = {};
    for (const c of pod.spec.initContainers ?? []) {
        const own = perContainer(c);
        if (c.restartPolicy === 'Always') {
            add(sum, own);
            add(sidecars, own);
            maxInto(initPeak, sidecars);
        }
        else {
            const step = { ...sidecars };
            add(step, own);
            maxInto(initPeak, step);
        }
    }
    maxInto(sum, initPeak);
    const podLevel = pod.spec.resources?.requests ?? pod.spec.resources?.limits;
    if (podLevel) {
        for (const k of ['cpu', 'memory'])
            if (podLevel[k] !== undefined)
                sum[k] = podLevel[k];
    }
    add(sum, pod.spec.overhead ?? {});
    return sum;
}
function podRequests(pod) {
    return aggregate(pod, containerRequests);
}
function podScored(pod) {
    const r = aggregate(pod, (c) => containerScored(c));
    return { cpu: r.cpu ?? 0, memory: r.memory ?? 0 };
}
function isTerminated(pod) {
    const phase = pod.status?.phase;
    return phase === 'Succeeded' || phase === 'Failed';
}
function nodeCapacity(node) {
    const labels = node.metadata.labels ?? {};
    const allocatable = { ...(node.status?.allocatable ?? node.status?.capacity ?? {}) };
    const ready = (node.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
    const num = (key) => {
        const v = labels[key];
        return v !== undefined && /^\d+$/.test(v) ? Number(v) : undefined;
    };
    const gpuLabels = {
        ...(labels[GPU_PRODUCT_LABEL] !== undefined ? { product: labels[GPU_PRODUCT_LABEL] } : {}),
        ...(num('nvidia.com/gpu.memory') !== undefined ? { memoryMiB: num('nvidia.com/gpu.memory') } : {}),
        ...(num('nvidia.com/gpu.count') !== undefined ? { count: num('nvidia.com/gpu.count') } : {}),
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
function snapshotFromLists(nodeList, podList, where = { nodes: 'NodeList', pods: 'PodList' }) {
    const nodes = parseItems(nodeList, nodeSchema, where.nodes, 'Node', 'kubectl get nodes -o json').map(nodeCapacity);
    const byName = new Map(nodes.map((n) => [n.name, n]));
    const notUnderstood = [];
    let pendingPods = 0;
    const pods = podList === undefined
        ? []
        : parseItems(podList, podSchema, where.pods ?? 'PodList', 'Pod', 'kubectl get pods -A -o json');
    for (const pod of pods) {
        if (isTerminated(pod))
            continue;
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
        if (!node)
            continue;
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
function readJson(path, cwd, flag, command) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${flag} ${path}: cannot read (${error.code ?? 'error'}); create it with \`${command}\``, {
            cause: error,
        });
    }
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${flag} ${path}: not JSON (${error.message}); create it with \`${command}\``, {
            cause: error,
        });
    }
}
/** Reads `kubectl get nodes -o json` (and optionally `kubectl get pods -A -o json`) output files. */
function snapshotFromFiles(nodesPath, podsPath, cwd) {
    const nodes = readJson(nodesPath, cwd, '--nodes', 'kubectl get nodes -o json');
    const pods = podsPath ? readJson(podsPath, cwd, '--pods', 'kubectl get pods -A -o json') : undefined;
    return snapshotFromLists(nodes, pods, { nodes: nodesPath, ...(podsPath ? { pods: podsPath } : {}) });
}
const PAGE = 500;
/** Reads nodes and pods through the Kubernetes API (paged lists), from the cluster the kubeconfig names. */
async function snapshotFromCluster(kubeconfigPath) {
    // Loaded on use: the client is large, and --help or file-based runs do not need it.
    const { CoreV1Api, KubeConfig } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(118), __webpack_require__.e(901)]).then(__webpack_require__.bind(__webpack_require__, 12901));
    const kc = new KubeConfig();
    try {
        kc.loadFromFile(kubeconfigPath);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`kubeconfig ${kubeconfigPath}: ${error.message}`, { cause: error });
    }
    const server = kc.getCurrentCluster()?.server ?? kubeconfigPath;
    const api = kc.makeApiClient(CoreV1Api);
    const listAll = async (what, page) => {
        const items = [];
        let cont;
        try {
            do {
                const list = await page(cont);
                items.push(...list.items);
                cont = list.metadata?._continue || undefined;
            } while (cont);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4(`cannot list ${what} from ${server}: ${error.message}`, {
                cause: error,
            });
        }
        return { items };
    };
    const nodes = await listAll('nodes', (cont) => api.listNode({ limit: PAGE, ...(cont ? { _continue: cont } : {}) }));
    const pods = await listAll('pods', (cont) => api.listPodForAllNamespaces({
        limit: PAGE,
        fieldSelector: 'status.phase!=Succeeded,status.phase!=Failed',
        ...(cont ? { _continue: cont } : {}),
    }));
    return snapshotFromLists(nodes, pods, { nodes: `${server} nodes`, pods: `${server} pods` });
}


/***/ }),

/***/ 54233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ strandedGpus),
/* harmony export */   ju: () => (/* binding */ staticVeto),
/* harmony export */   nu: () => (/* binding */ referenceShape),
/* harmony export */   qe: () => (/* binding */ shapeRequests),
/* harmony export */   s: () => (/* binding */ take),
/* harmony export */   yK: () => (/* binding */ buildModel)
/* harmony export */ });
/* unused harmony exports scale, shapeSelector, tolerates, fits */
/* harmony import */ var _capacity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44048);

function scale(dim, amount) {
    return dim === 'cpu' ? Math.round(amount * 1000) : Math.ceil(amount - 1e-9);
}
/** Allocatable amount of a resource; a node that does not report `pods` is not limited by it. */
function allocatableOf(node, dim) {
    const v = node.allocatable[dim];
    if (v === undefined)
        return dim === 'pods' ? Number.POSITIVE_INFINITY : 0;
    return scale(dim, v);
}
function shapeRequests(shape) {
    const r = { pods: 1, ...(shape.resources ?? {}) };
    if (shape.gpus)
        r[_capacity_js__WEBPACK_IMPORTED_MODULE_0__/* .GPU */ .jX] = shape.gpus;
    if (shape.mig)
        r[(0,_capacity_js__WEBPACK_IMPORTED_MODULE_0__/* .migResource */ .o7)(shape.mig)] = 1;
    if (shape.cpu)
        r.cpu = shape.cpu;
    if (shape.memory)
        r.memory = shape.memory;
    return r;
}
function shapeSelector(shape) {
    return {
        ...(shape.nodeSelector ?? {}),
        ...(shape.gpuProduct ? { [_capacity_js__WEBPACK_IMPORTED_MODULE_0__/* .GPU_PRODUCT_LABEL */ .mW]: shape.gpuProduct } : {}),
    };
}
/** Kubernetes toleration matching (k8s.io/api/core/v1 Toleration.ToleratesTaint). */
function tolerates(t, taint) {
    if (t.effect && t.effect !== taint.effect)
        return false;
    const op = t.operator ?? 'Equal';
    if (t.key === undefined || t.key === '')
        return op === 'Exists';
    if (t.key !== taint.key)
        return false;
    return op === 'Exists' || (t.value ?? '') === (taint.value ?? '');
}
const NOT_READY = { kind: 'notReady' };
const CORDONED = { kind: 'cordoned' };
const SELECTOR = { kind: 'selector' };
/** The first non-resource filter a node fails for a shape; `selector` defaults to the shape's. */
function staticVeto(node, shape, selector = Object.entries(shapeSelector(shape))) {
    if (!node.ready)
        return NOT_READY;
    if (node.cordoned)
        return CORDONED;
    const tolerations = shape.tolerations ?? [];
    for (const taint of node.taints) {
        if (taint.effect === 'PreferNoSchedule')
            continue;
        if (!tolerations.some((t) => tolerates(t, taint)))
            return { kind: 'taint', key: taint.key, value: taint.value ?? '' };
    }
    for (const [k, v] of selector)
        if (node.labels[k] !== v)
            return SELECTOR;
    return undefined;
}
function buildModel(snapshot, request) {
    const { shapes } = request;
    const dimSet = new Set(['pods']);
    for (const s of shapes)
        for (const k of Object.keys(shapeRequests(s)))
            dimSet.add(k);
    const dims = [...dimSet];
    const D = dims.length;
    const nodes = snapshot.nodes;
    const N = nodes.length;
    const alloc = new Float64Array(N * D);
    const free = new Float64Array(N * D);
    const maxAlloc = new Float64Array(D);
    nodes.forEach((node, n) => {
        dims.forEach((dim, d) => {
            const a = allocatableOf(node, dim);
            alloc[n * D + d] = a;
            free[n * D + d] = a - scale(dim, node.requested[dim] ?? 0);
            if (a > maxAlloc[d])
                maxAlloc[d] = a;
        });
    });
    const demand = new Float64Array(shapes.length * D);
    shapes.forEach((shape, s) => {
        const r = shapeRequests(shape);
        dims.forEach((dim, d) => {
            demand[s * D + d] = scale(dim, r[dim] ?? 0);
        });
    });
    const total = shapes.reduce((a, s) => a + s.replicas, 0);
    const podShape = new Int32Array(total);
    let p = 0;
    shapes.forEach((shape, s) => {
        for (let i = 0; i < shape.replicas; i++)
            podShape[p++] = s;
    });
    const veto = shapes.map((shape) => {
        const selector = Object.entries(shapeSelector(shape));
        return nodes.map((node) => staticVeto(node, shape, selector));
    });
    const eligible = veto.map((row) => Uint8Array.from(row, (v) => (v ? 0 : 1)));
    const candidate = shapes.map((_, s) => Uint8Array.from(nodes, (_n, n) => {
        if (!eligible[s][n])
            return 0;
        for (let d = 0; d < D; d++)
            if (alloc[n * D + d] < demand[s * D + d])
                return 0;
        return 1;
    }));
    const primary = shapes.map((shape) => {
        const dim = shape.gpus ? _capacity_js__WEBPACK_IMPORTED_MODULE_0__/* .GPU */ .jX : shape.mig ? (0,_capacity_js__WEBPACK_IMPORTED_MODULE_0__/* .migResource */ .o7)(shape.mig) : undefined;
        return dim ? dims.indexOf(dim) : -1;
    });
    return {
        dims,
        nodes,
        shapes,
        alloc,
        free,
        demand,
        podShape,
        eligible,
        candidate,
        veto,
        maxPerNode: shapes.map((s) => s.maxPerNode && s.maxPerNode > 0 ? s.maxPerNode : Number.POSITIVE_INFINITY),
        primary,
        maxAlloc,
    };
}
/** Does one more pod of shape `s` fit on node `n` given `free` (nodes × dims)? */
function fits(model, free, s, n) {
    const D = model.dims.length;
    const { demand } = model;
    for (let d = 0; d < D; d++)
        if (free[n * D + d] < demand[s * D + d])
            return false;
    return true;
}
function take(model, free, s, n, sign) {
    const D = model.dims.length;
    for (let d = 0; d < D; d++)
        free[n * D + d] = free[n * D + d] - sign * model.demand[s * D + d];
}
/** Reference shape for stranding: the one with the most GPUs (or MIG devices); -1 when none asks for any. */
function referenceShape(model) {
    let best = -1;
    let bestAmount = 0;
    model.shapes.forEach((_, s) => {
        const d = model.primary[s];
        if (d < 0)
            return;
        const amount = model.demand[s * model.dims.length + d] / Math.max(1, model.maxAlloc[d]);
        if (amount > bestAmount) {
            bestAmount = amount;
            best = s;
        }
    });
    return best;
}
/**
 * Stranded GPUs: free accelerator units (GPUs, or MIG devices of the reference profile) on nodes that could
 * host a pod of the reference shape (the request's largest, by its accelerator) when empty — the pod is
 * allowed there and the node's allocatable is large enough — but can no longer host one with what is
 * requested on them now. Nodes that are simply too small or not allowed never count.
 */
function strandedGpus(model, free) {
    const ref = referenceShape(model);
    if (ref < 0)
        return 0;
    const D = model.dims.length;
    const d = model.primary[ref];
    const cand = model.candidate[ref];
    let total = 0;
    for (let n = 0; n < model.nodes.length; n++) {
        if (!cand[n])
            continue;
        if (fits(model, free, ref, n))
            continue;
        total += Math.max(0, free[n * D + d]);
    }
    return total;
}


/***/ }),

/***/ 48532:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IX: () => (/* binding */ maxAdditionalPods),
  ik: () => (/* binding */ place)
});

// UNUSED EXPORTS: canaryReplicas, podShapeFromDeploy, preflight, stableScaleForWeight

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/cluster/capacity.js
var capacity = __webpack_require__(44048);
;// CONCATENATED MODULE: ./lib/cluster/placement-explain.js

const BINARY = [
    ['Ti', 2 ** 40],
    ['Gi', 2 ** 30],
    ['Mi', 2 ** 20],
    ['Ki', 2 ** 10],
];
/** A model amount (cpu in millicores, memory in bytes, others as counts) as a Kubernetes quantity. */
function formatAmount(dim, amount) {
    if (dim === 'cpu')
        return amount % 1000 === 0 ? String(amount / 1000) : `${amount}m`;
    if (dim === 'memory') {
        if (amount === 0)
            return '0';
        for (const [unit, size] of BINARY)
            if (amount % size === 0)
                return `${amount / size}${unit}`;
        return `${(amount / 2 ** 30).toFixed(1)}Gi`;
    }
    return String(amount);
}
/** `8 × NVIDIA-H100-80GB-HBM3`, `2 GPUs`, `1 × nvidia.com/mig-3g.40gb`, `4 cpu, 16Gi memory`. */
function describeShape(model, s) {
    const shape = model.shapes[s];
    const D = model.dims.length;
    const parts = [];
    if (shape.gpus)
        parts.push(shape.gpuProduct
            ? `${shape.gpus} × ${shape.gpuProduct}`
            : `${shape.gpus} GPU${shape.gpus === 1 ? '' : 's'}`);
    if (shape.mig)
        parts.push(`1 × nvidia.com/mig-${shape.mig}`);
    model.dims.forEach((dim, d) => {
        const v = model.demand[s * D + d];
        if (dim === 'pods' || d === model.primary[s] || v === 0)
            return;
        parts.push(`${formatAmount(dim, v)} ${dim}`);
    });
    return parts.join(', ') || 'a pod';
}
function resourceName(dim) {
    return dim === capacity/* GPU */.jX ? 'GPUs' : dim;
}
/**
 * Why one more pod of shape `s` cannot go anywhere, given what is free now: a sentence about the closest
 * miss, then the scheduler's summary (`0/12 nodes are available: …`), counting each node once by the first
 * filter it fails, in the scheduler's order (unschedulable, taints, selector, resources).
 */
function explainUnplaced(model, free, count, s) {
    const D = model.dims.length;
    const N = model.nodes.length;
    const reasons = new Map();
    const bump = (r) => reasons.set(r, (reasons.get(r) ?? 0) + 1);
    const primary = model.primary[s];
    let largest = -1;
    let largestNode = '';
    let eligibleCount = 0;
    let closest;
    let limited = 0;
    for (let n = 0; n < N; n++) {
        const veto = model.veto[s][n];
        if (veto) {
            if (veto.kind === 'notReady')
                bump('node(s) were not ready');
            else if (veto.kind === 'cordoned')
                bump('node(s) were unschedulable');
            else if (veto.kind === 'taint')
                bump(`node(s) had untolerated taint {${veto.key}: ${veto.value}}`);
            else
                bump("node(s) didn't match Pod's node affinity/selector");
            continue;
        }
        eligibleCount++;
        const name = model.nodes[n].name;
        if (primary >= 0 && free[n * D + primary] > largest) {
            largest = free[n * D + primary];
            largestNode = name;
        }
        let shortDims = 0;
        for (let d = 0; d < D; d++) {
            if (free[n * D + d] < model.demand[s * D + d]) {
                shortDims++;
                bump(model.dims[d] === 'pods' ? 'Too many pods' : `Insufficient ${model.dims[d]}`);
            }
        }
        if (shortDims === 0 && count[s * N + n] >= model.maxPerNode[s]) {
            limited++;
            bump(`node(s) already run ${model.maxPerNode[s]} of these pods (max per node)`);
            continue;
        }
        if (shortDims > 0 && (closest === undefined || shortDims < closest.shortDims))
            closest = { n, shortDims };
    }
    const shortOf = (n) => {
        const short = [];
        for (let d = 0; d < D; d++) {
            const need = model.demand[s * D + d];
            const dim = model.dims[d];
            if (free[n * D + d] < need) {
                short.push(`${resourceName(dim)} (${formatAmount(dim, Math.max(0, free[n * D + d]))} free, needs ${formatAmount(dim, need)})`);
            }
        }
        return short.join(' and ');
    };
    const summary = `0/${N} nodes are available: ${[...reasons.entries()]
        .map(([r, k]) => `${k} ${r}`)
        .sort()
        .join(', ')}.`;
    const needs = `needs ${describeShape(model, s)} on one node`;
    let lead;
    if (eligibleCount === 0)
        lead = `${needs}; no node accepts it (taints, selector, cordon or readiness)`;
    else if (primary >= 0 && largest < model.demand[s * D + primary]) {
        lead =
            largest > 0
                ? `${needs}; the largest free block is ${largest} on ${largestNode}`
                : `${needs}; none of the ${eligibleCount} eligible nodes has a free ${model.dims[primary] === capacity/* GPU */.jX ? 'GPU' : model.dims[primary]}`;
    }
    else if (closest)
        lead = `${needs}; the closest, ${model.nodes[closest.n].name}, is short of ${shortOf(closest.n)}`;
    else if (limited > 0)
        lead = `${needs}; at most ${model.maxPerNode[s]} per node and every node that fits has that many`;
    else
        lead = needs;
    return `${lead}. ${summary}`;
}

// EXTERNAL MODULE: ./lib/cluster/placement-model.js
var placement_model = __webpack_require__(54233);
;// CONCATENATED MODULE: ./lib/cluster/placement-pack.js

class State {
    model;
    free;
    node;
    /** shapes × nodes: pods of the request per node and shape. */
    count;
    /** Pods of the request per node. */
    load;
    constructor(model) {
        this.model = model;
        this.free = Float64Array.from(model.free);
        this.node = new Int32Array(model.podShape.length).fill(-1);
        this.count = new Int32Array(model.shapes.length * model.nodes.length);
        this.load = new Int32Array(model.nodes.length);
    }
    canPlace(s, n) {
        const m = this.model;
        if (m.candidate[s][n] !== 1 || this.count[s * m.nodes.length + n] >= m.maxPerNode[s])
            return false;
        const D = m.dims.length;
        const { free } = this;
        const { demand } = m;
        for (let d = 0; d < D; d++)
            if (free[n * D + d] < demand[s * D + d])
                return false;
        return true;
    }
    place(p, n) {
        const s = this.model.podShape[p];
        (0,placement_model/* take */.s)(this.model, this.free, s, n, 1);
        this.count[s * this.model.nodes.length + n]++;
        this.load[n]++;
        this.node[p] = n;
    }
    unplace(p) {
        const n = this.node[p];
        const s = this.model.podShape[p];
        (0,placement_model/* take */.s)(this.model, this.free, s, n, -1);
        this.count[s * this.model.nodes.length + n]--;
        this.load[n]--;
        this.node[p] = -1;
    }
}
/** Normalised share of the largest node per dimension; the shape's accelerator weighs most. */
function share(model, s, d) {
    const max = model.maxAlloc[d];
    return max > 0 ? model.demand[s * model.dims.length + d] / max : 0;
}
/** Pods biggest first: accelerator share, then the rest (first-fit-decreasing order). Same shapes stay together. */
function packingOrder(model) {
    const D = model.dims.length;
    const pods = model.dims.indexOf('pods');
    const keys = model.shapes.map((_, s) => {
        const primary = model.primary[s];
        let rest = 0;
        for (let d = 0; d < D; d++)
            if (d !== primary && d !== pods)
                rest += share(model, s, d);
        return [primary >= 0 ? share(model, s, primary) : 0, rest];
    });
    return Int32Array.from(model.podShape.keys()).sort((a, b) => {
        const sa = model.podShape[a];
        const sb = model.podShape[b];
        const ka = keys[sa];
        const kb = keys[sb];
        return kb[0] - ka[0] || kb[1] - ka[1] || sa - sb || a - b;
    });
}
/** Weighted room left on a node after placing shape s (smaller = tighter fit). */
function slackAfter(model, free, s, n) {
    const D = model.dims.length;
    const primary = model.primary[s];
    let slack = 0;
    for (let d = 0; d < D; d++) {
        const max = model.maxAlloc[d];
        if (max <= 0 || model.dims[d] === 'pods')
            continue;
        slack += ((free[n * D + d] - model.demand[s * D + d]) / max) * (d === primary ? 16 : 1);
    }
    return slack;
}
/**
 * Order in which a shape opens nodes not yet used by the request: most free accelerator first (room for the
 * pods still to come), then nodes that already run something (keep empty nodes empty), then most free rest.
 */
function openingOrder(model, s) {
    const D = model.dims.length;
    const primary = model.primary[s];
    const podsDim = model.dims.indexOf('pods');
    const cand = [];
    const primaryFree = [];
    const used = [];
    const rest = [];
    model.nodes.forEach((node, n) => {
        primaryFree[n] = primary >= 0 ? model.free[n * D + primary] : 0;
        // Already runs accelerator work (or, for shapes without one, any pod): fill it before an idle node.
        const busy = primary >= 0
            ? model.free[n * D + primary] < model.alloc[n * D + primary]
            : (node.requested.pods ?? 0) > 0;
        used[n] = busy ? 1 : 0;
        let r = 0;
        for (let d = 0; d < D; d++)
            if (d !== primary && d !== podsDim && model.maxAlloc[d] > 0)
                r += model.free[n * D + d] / model.maxAlloc[d];
        rest[n] = r;
        if (model.candidate[s][n])
            cand.push(n);
    });
    return Int32Array.from(cand).sort((a, b) => primaryFree[b] - primaryFree[a] || used[b] - used[a] || rest[b] - rest[a] || a - b);
}
/** First-fit-decreasing with best fit among the nodes already used by the request. */
function firstFitDecreasing(state, order) {
    const model = state.model;
    // Per shape, the used nodes that can still take one: free resources only shrink here, so a node that
    // cannot take a shape now never will, and leaves that shape's list.
    const touched = model.shapes.map(() => []);
    const isTouched = new Uint8Array(model.nodes.length);
    const opening = model.shapes.map((_, s) => openingOrder(model, s));
    const start = new Int32Array(model.shapes.length);
    for (const p of order) {
        const s = model.podShape[p];
        let best = -1;
        let bestSlack = Number.POSITIVE_INFINITY;
        const list = touched[s];
        for (let i = 0; i < list.length;) {
            const n = list[i];
            if (!state.canPlace(s, n)) {
                list[i] = list[list.length - 1];
                list.pop();
                continue;
            }
            const slack = slackAfter(model, state.free, s, n);
            if (slack < bestSlack || (slack === bestSlack && n < best)) {
                bestSlack = slack;
                best = n;
            }
            i++;
        }
        if (best < 0) {
            const list = opening[s];
            while (start[s] < list.length && isTouched[list[start[s]]])
                start[s]++;
            for (let i = start[s]; i < list.length; i++) {
                const n = list[i];
                if (!isTouched[n] && state.canPlace(s, n)) {
                    best = n;
                    for (const t of touched)
                        t.push(n);
                    isTouched[n] = 1;
                    break;
                }
            }
        }
        if (best >= 0)
            state.place(p, best);
    }
}
function podsByNode(state) {
    const byNode = new Map();
    state.node.forEach((n, p) => {
        if (n < 0)
            return;
        const list = byNode.get(n);
        if (list)
            list.push(p);
        else
            byNode.set(n, [p]);
    });
    return byNode;
}
/** Improvement: empty a used node by moving its pods onto the other used nodes (best fit), lightest first. */
function closeNodes(state) {
    const model = state.model;
    const byNode = podsByNode(state);
    const nodes = [...byNode.keys()].sort((a, b) => byNode.get(a).length - byNode.get(b).length || a - b);
    const open = new Set(nodes);
    const D = model.dims.length;
    // Free resources summed over the used nodes: a node whose load exceeds what the others have left stays.
    const openFree = new Float64Array(D);
    for (const n of nodes)
        for (let d = 0; d < D; d++)
            openFree[d] = openFree[d] + state.free[n * D + d];
    for (const t of nodes) {
        const pods = byNode.get(t);
        const load = new Float64Array(D);
        for (const p of pods) {
            const s = model.podShape[p];
            for (let d = 0; d < D; d++)
                load[d] = load[d] + model.demand[s * D + d];
        }
        let hopeless = false;
        for (let d = 0; d < D; d++)
            if (openFree[d] - state.free[t * D + d] < load[d])
                hopeless = true;
        if (hopeless)
            continue;
        const tFree = Float64Array.from(state.free.subarray(t * D, t * D + D));
        const moved = [];
        let ok = true;
        for (const p of pods) {
            const s = model.podShape[p];
            state.unplace(p);
            let best = -1;
            let bestSlack = Number.POSITIVE_INFINITY;
            for (const n of open) {
                if (n === t || !state.canPlace(s, n))
                    continue;
                const slack = slackAfter(model, state.free, s, n);
                if (slack < bestSlack) {
                    bestSlack = slack;
                    best = n;
                }
            }
            if (best < 0) {
                state.place(p, t);
                ok = false;
                break;
            }
            state.place(p, best);
            moved.push([p, best]);
        }
        if (ok) {
            for (let d = 0; d < D; d++)
                openFree[d] = openFree[d] - tFree[d] - load[d];
            open.delete(t);
            for (const [p, n] of moved)
                byNode.get(n).push(p);
            byNode.delete(t);
        }
        else {
            for (const [p] of moved) {
                state.unplace(p);
                state.place(p, t);
            }
        }
    }
}
/**
 * Improvement: move all the request's pods of a used node to one unused node when that strands fewer GPUs
 * (e.g. fill the hole of a partly used node instead of breaking an empty one), or strands as many but keeps a
 * node whose accelerators were all free whole. Node count is unchanged.
 */
function rehome(state) {
    const model = state.model;
    const ref = (0,placement_model/* referenceShape */.nu)(model);
    if (ref < 0)
        return;
    const D = model.dims.length;
    const N = model.nodes.length;
    const refDim = model.primary[ref];
    const refCand = model.candidate[ref];
    const contrib = (free, n, delta, sign = 0) => {
        if (!refCand[n])
            return 0;
        let ok = true;
        for (let d = 0; d < D; d++) {
            const f = free[n * D + d] + (delta ? sign * delta[d] : 0);
            if (f < model.demand[ref * D + d])
                ok = false;
        }
        return ok ? 0 : Math.max(0, free[n * D + refDim] + (delta ? sign * delta[refDim] : 0));
    };
    const emptyBefore = (n) => model.free[n * D + refDim] === model.alloc[n * D + refDim];
    const byNode = podsByNode(state);
    const inUse = new Uint8Array(N);
    for (const n of byNode.keys())
        inUse[n] = 1;
    // Most free accelerators first, so the scan stops at the first node too small for the load.
    const all = Int32Array.from({ length: N }, (_, n) => n).sort((a, b) => state.free[b * D + refDim] - state.free[a * D + refDim] || a - b);
    // Unless the moved pods strand GPUs where they are, only a node that strands GPUs now can gain.
    const stranding = all.filter((u) => !inUse[u] && contrib(state.free, u) > 0);
    for (const [t, pods] of [...byNode.entries()]) {
        const load = new Float64Array(D);
        const perShape = new Map();
        for (const p of pods) {
            const s = model.podShape[p];
            perShape.set(s, (perShape.get(s) ?? 0) + 1);
            for (let d = 0; d < D; d++)
                load[d] = load[d] + model.demand[s * D + d];
        }
        const shapes = [...perShape.entries()]
            .filter(([s, k]) => k <= model.maxPerNode[s])
            .map(([s]) => model.candidate[s]);
        if (shapes.length < perShape.size)
            continue;
        const before = contrib(state.free, t);
        const tAfter = contrib(state.free, t, load, 1);
        let best = -1;
        let bestGain = 0;
        let bestKeep = 0;
        let bestLeft = Number.POSITIVE_INFINITY;
        const { free } = state;
        const tEmpty = emptyBefore(t);
        const scanAll = before - tAfter > 0 || (tEmpty && load[refDim] < model.alloc[t * D + refDim]);
        outer: for (const u of scanAll ? all : stranding) {
            if (inUse[u])
                continue;
            if (free[u * D + refDim] < load[refDim])
                break;
            for (let d = 0; d < D; d++)
                if (free[u * D + d] < load[d])
                    continue outer;
            for (const cand of shapes)
                if (!cand[u])
                    continue outer;
            const gain = before + contrib(free, u) - tAfter - contrib(free, u, load, -1);
            // Second: keep a node whose accelerators were all free whole, rather than one already in use.
            const keep = (tEmpty ? 1 : 0) - (emptyBefore(u) ? 1 : 0);
            const left = free[u * D + refDim] - load[refDim];
            if (gain < bestGain || (gain === 0 && keep <= 0))
                continue;
            if (gain > bestGain || keep > bestKeep || (keep === bestKeep && left < bestLeft)) {
                bestGain = gain;
                bestKeep = keep;
                bestLeft = left;
                best = u;
            }
        }
        if (best >= 0) {
            for (const p of pods) {
                state.unplace(p);
                state.place(p, best);
            }
            inUse[t] = 0;
            inUse[best] = 1;
        }
    }
}
function nodesUsed(node) {
    const set = new Set();
    for (const n of node)
        if (n >= 0)
            set.add(n);
    return set.size;
}
function unplacedCount(node) {
    let k = 0;
    for (const n of node)
        if (n < 0)
            k++;
    return k;
}
class BudgetExceeded extends Error {
}
/** Beyond this many kinds of node (by free resources and eligibility) the exact search is not tried. */
const MAX_CLASSES = 256;
/**
 * Branch and bound over (pods not placed, nodes used), lexicographically. Pods biggest first; identical pods
 * take nodes in non-decreasing order of first use; unused nodes with the same free resources and the same
 * eligibility are interchangeable, so one of each kind is tried.
 */
function exactSearch(state, order, seed, budget) {
    const model = state.model;
    const D = model.dims.length;
    const N = model.nodes.length;
    const S = model.shapes.length;
    const P = order.length;
    const classes = new Map();
    for (let n = 0; n < N; n++) {
        let bits = '';
        let any = false;
        for (let s = 0; s < S; s++) {
            bits += model.candidate[s][n] ? '1' : '0';
            any ||= model.candidate[s][n] === 1;
        }
        if (!any)
            continue;
        const key = `${bits}|${Array.from(model.free.subarray(n * D, n * D + D)).join(',')}`;
        const list = classes.get(key);
        if (list)
            list.push(n);
        else
            classes.set(key, [n]);
    }
    const classList = [...classes.values()];
    if (classList.length > MAX_CLASSES)
        return { node: seed, optimal: false };
    const classNext = new Int32Array(classList.length);
    // Lower bound on further nodes: per dimension, demand beyond what used nodes have free must come from the
    // largest free nodes (all candidates, a superset of the unused ones, so the bound stays valid).
    const sortedFree = [];
    const prefix = [];
    const allCand = classList.flat();
    for (let d = 0; d < D; d++) {
        const f = Float64Array.from(allCand, (n) => Math.max(0, model.free[n * D + d]))
            .sort()
            .reverse();
        sortedFree.push(f);
        const pre = new Float64Array(f.length + 1);
        for (let i = 0; i < f.length; i++)
            pre[i + 1] = pre[i] + f[i];
        prefix.push(pre);
    }
    const suffix = new Float64Array((P + 1) * D);
    for (let i = P - 1; i >= 0; i--) {
        const s = model.podShape[order[i]];
        for (let d = 0; d < D; d++)
            suffix[i * D + d] = suffix[(i + 1) * D + d] + model.demand[s * D + d];
    }
    const byRank = [];
    const extraNodes = (i) => {
        let need = 0;
        for (let d = 0; d < D; d++) {
            let excess = suffix[i * D + d];
            for (const n of byRank)
                excess -= Math.max(0, state.free[n * D + d]);
            if (excess <= 0)
                continue;
            const pre = prefix[d];
            if (pre[pre.length - 1] < excess)
                return Number.POSITIVE_INFINITY;
            let lo = 0;
            let hi = pre.length - 1;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (pre[mid] >= excess)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            const k = lo;
            if (k > need)
                need = k;
        }
        return need;
    };
    let best = { node: Int32Array.from(seed), unplaced: unplacedCount(seed), used: nodesUsed(seed) };
    let steps = budget;
    const rec = (i, unplaced, used, prevRank) => {
        steps -= 1 + byRank.length + classList.length;
        if (steps < 0)
            throw new BudgetExceeded();
        if (unplaced > best.unplaced)
            return;
        if (i === P) {
            if (unplaced < best.unplaced || used < best.used)
                best = { node: Int32Array.from(state.node), unplaced, used };
            return;
        }
        if (unplaced === best.unplaced && used + extraNodes(i) >= best.used)
            return;
        const p = order[i];
        const s = model.podShape[p];
        const minRank = i > 0 && model.podShape[order[i - 1]] === s ? prevRank : 0;
        if (minRank !== Number.POSITIVE_INFINITY) {
            for (let r = minRank; r < byRank.length; r++) {
                const n = byRank[r];
                if (!state.canPlace(s, n))
                    continue;
                state.place(p, n);
                rec(i + 1, unplaced, used, r);
                state.unplace(p);
            }
            for (let c = 0; c < classList.length; c++) {
                const members = classList[c];
                const n = members[classNext[c]];
                if (n === undefined || !state.canPlace(s, n))
                    continue;
                classNext[c]++;
                byRank.push(n);
                state.place(p, n);
                rec(i + 1, unplaced, used + 1, byRank.length - 1);
                state.unplace(p);
                byRank.pop();
                classNext[c]--;
            }
        }
        rec(i + 1, unplaced + 1, used, Number.POSITIVE_INFINITY);
    };
    for (let p = 0; p < P; p++)
        if (state.node[p] >= 0)
            state.unplace(p);
    try {
        rec(0, 0, 0, 0);
        return { node: best.node, optimal: true };
    }
    catch (error) {
        if (!(error instanceof BudgetExceeded))
            throw error;
        return { node: best.node, optimal: false };
    }
}
/**
 * Packs the request's pods onto as few nodes as it can; exact for small requests. `lowerBound` (nodes any
 * placement of every pod needs) proves the heuristic optimal when it reaches it.
 */
function pack(model, options = {}, lowerBound = 0) {
    const order = packingOrder(model);
    const state = new State(model);
    firstFitDecreasing(state, order);
    closeNodes(state);
    let method = 'heuristic';
    let optimal = false;
    if (unplacedCount(state.node) === 0 && nodesUsed(state.node) <= lowerBound) {
        method = 'exact';
        optimal = true;
    }
    else if (order.length <= (options.exactPods ?? 14)) {
        const seed = Int32Array.from(state.node);
        const result = exactSearch(state, order, seed, options.exactBudget ?? 250_000);
        for (let p = 0; p < order.length; p++)
            if (state.node[p] >= 0)
                state.unplace(p);
        result.node.forEach((n, p) => {
            if (n >= 0)
                state.place(p, n);
        });
        method = result.optimal ? 'exact' : 'heuristic';
        optimal = result.optimal;
    }
    rehome(state);
    return { node: state.node, free: state.free, method, optimal };
}


;// CONCATENATED MODULE: ./lib/cluster/placement-spread.js

const MAX_NODE_SCORE = 100;
/** NodeResourcesFit LeastAllocated for one resource: (allocatable − requested) × 100 / allocatable, integer. */
function leastAllocated(requested, allocatable) {
    if (allocatable <= 0 || requested > allocatable)
        return 0;
    return Math.floor(((allocatable - requested) * MAX_NODE_SCORE) / allocatable);
}
/**
 * What the default kube-scheduler would do with the request, pod by pod in creation order: filter (taints,
 * selector, resources including GPUs) and pick the node with the best LeastAllocated score over cpu and
 * memory (weights 1:1, requests counted as the scheduler scores them: 100m / 200Mi when a pod sets none).
 * GPUs are not scored by the default configuration, which is why it spreads GPU pods. Ties go to the first
 * node in the list (the real scheduler picks one of the tied nodes at random). Not simulated: other score
 * plugins (BalancedAllocation, TaintToleration for PreferNoSchedule, affinity preferences) and
 * percentageOfNodesToScore, which on large clusters scores only a sample of the feasible nodes.
 */
function simulateSpread(model) {
    const N = model.nodes.length;
    const D = model.dims.length;
    const { demand } = model;
    const free = Float64Array.from(model.free);
    const node = new Int32Array(model.podShape.length).fill(-1);
    const count = new Int32Array(model.shapes.length * N);
    const cpuAlloc = Float64Array.from(model.nodes, (n) => Math.round((n.allocatable.cpu ?? 0) * 1000));
    const memAlloc = Float64Array.from(model.nodes, (n) => n.allocatable.memory ?? 0);
    const cpuScored = Float64Array.from(model.nodes, (n) => Math.round(n.scored.cpu * 1000));
    const memScored = Float64Array.from(model.nodes, (n) => n.scored.memory);
    const podCpu = model.shapes.map((s) => Math.round((s.cpu || capacity/* DEFAULT_SCORED_CPU */.qo) * 1000));
    const podMem = model.shapes.map((s) => s.memory || capacity/* DEFAULT_SCORED_MEMORY */.lE);
    const score = (s, n) => Math.floor((leastAllocated(cpuScored[n] + podCpu[s], cpuAlloc[n]) +
        leastAllocated(memScored[n] + podMem[s], memAlloc[n])) /
        2);
    const feasible = (s, n) => {
        if (!model.candidate[s][n] || count[s * N + n] >= model.maxPerNode[s])
            return false;
        for (let d = 0; d < D; d++)
            if (free[n * D + d] < demand[s * D + d])
                return false;
        return true;
    };
    // Per shape, a max-heap of (score, then lower node index) over the nodes that may take it. A node's score
    // changes only when it gets a pod: then a fresh entry is pushed and the old one is dropped when it surfaces
    // (its version is stale). Free resources only shrink, so a node found unable to take a shape is dropped.
    const version = new Int32Array(N);
    const heaps = model.shapes.map((_, s) => {
        const heap = new Heap();
        for (let n = 0; n < N; n++)
            if (feasible(s, n))
                heap.push(score(s, n) * N + (N - 1 - n), n, 0);
        return heap;
    });
    model.podShape.forEach((s, p) => {
        const heap = heaps[s];
        let best = -1;
        while (heap.size > 0) {
            const n = heap.topNode();
            if (heap.topVersion() === version[n] && feasible(s, n)) {
                best = n;
                break;
            }
            heap.pop();
        }
        if (best < 0)
            return;
        node[p] = best;
        for (let d = 0; d < D; d++)
            free[best * D + d] = free[best * D + d] - demand[s * D + d];
        count[s * N + best]++;
        cpuScored[best] = cpuScored[best] + podCpu[s];
        memScored[best] = memScored[best] + podMem[s];
        version[best]++;
        heaps.forEach((h, t) => {
            if (feasible(t, best))
                h.push(score(t, best) * N + (N - 1 - best), best, version[best]);
        });
    });
    return { node, free };
}
/** Binary max-heap of (key, node, version). */
class Heap {
    keys = [];
    nodes = [];
    versions = [];
    get size() {
        return this.keys.length;
    }
    topNode() {
        return this.nodes[0];
    }
    topVersion() {
        return this.versions[0];
    }
    push(key, node, version) {
        let i = this.keys.length;
        this.keys.push(key);
        this.nodes.push(node);
        this.versions.push(version);
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (this.keys[parent] >= key)
                break;
            this.swap(i, parent);
            i = parent;
        }
    }
    pop() {
        const last = this.keys.length - 1;
        this.swap(0, last);
        this.keys.pop();
        this.nodes.pop();
        this.versions.pop();
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < last && this.keys[l] > this.keys[m])
                m = l;
            if (r < last && this.keys[r] > this.keys[m])
                m = r;
            if (m === i)
                return;
            this.swap(i, m);
            i = m;
        }
    }
    swap(a, b) {
        const { keys, nodes, versions } = this;
        [keys[a], keys[b]] = [keys[b], keys[a]];
        [nodes[a], nodes[b]] = [nodes[b], nodes[a]];
        [versions[a], versions[b]] = [versions[b], versions[a]];
    }
}

;// CONCATENATED MODULE: ./lib/cluster/placement.js
/**
 * GPU placement preflight: will a release fit, and where, before anything is created.
 *
 * For the rollout (canary + surge pods of the Deployment's shape, on top of what runs now):
 *
 *     const snapshot = await snapshotFromCluster(kubeconfigPath);
 *     const shape = podShapeFromDeploy(deploy, canaryReplicas(deploy.replicas, weight) - canaryNow + surge, 'canary');
 *     const result = preflight(snapshot, { shapes: [shape] });
 *     if (!result.feasible) stop with result.unplaced[*].reason (exit 1)
 *
 * When it does not fit and deploy.dynamic-stable-scale is on, `stableScaleForWeight` (placement-scale.ts) with
 * `room = maxAdditionalPods(snapshot, shape)` says how many stable pods to remove first.
 */








function checkShape(shape, i) {
    const where = shape.name ? `pod shape "${shape.name}"` : `pod shape ${i}`;
    const int = (v, field) => {
        if (v !== undefined && (!Number.isInteger(v) || v < 0))
            throw new errors/* InputError */.dz(`${where}: ${field} must be a whole number ≥ 0, got ${v}`);
    };
    int(shape.replicas, 'replicas');
    int(shape.gpus, 'gpus');
    int(shape.maxPerNode, 'maxPerNode');
    if (shape.gpus && shape.mig)
        throw new errors/* InputError */.dz(`${where}: ask for whole GPUs or a MIG profile, not both`);
    if (shape.mig && !/^\d+g\.\d+gb$/.test(shape.mig))
        throw new errors/* InputError */.dz(`${where}: MIG profile "${shape.mig}" is not like 1g.10gb or 3g.40gb`);
    for (const [k, v] of Object.entries({ cpu: shape.cpu, memory: shape.memory, ...(shape.resources ?? {}) })) {
        if (v !== undefined && (!Number.isFinite(v) || v < 0))
            throw new errors/* InputError */.dz(`${where}: ${k} must be ≥ 0, got ${v}`);
    }
}
/** How many pods of shape s fit on top of what runs now, ignoring the rest of the request (exact: nodes are independent). */
function roomFor(model, s) {
    const D = model.dims.length;
    let total = 0;
    for (let n = 0; n < model.nodes.length; n++) {
        if (!model.candidate[s][n])
            continue;
        let k = model.maxPerNode[s];
        for (let d = 0; d < D; d++) {
            const need = model.demand[s * D + d];
            if (need > 0)
                k = Math.min(k, Math.floor(Math.max(0, model.free[n * D + d]) / need));
        }
        total += k;
    }
    return total;
}
function lowerBound(model) {
    const D = model.dims.length;
    const N = model.nodes.length;
    const S = model.shapes.length;
    // Each shape counts only the replicas that fit on their own (all of them when the request is feasible).
    const replicas = model.shapes.map((sh, s) => Math.min(sh.replicas, roomFor(model, s)));
    const union = [];
    for (let n = 0; n < N; n++)
        if (model.candidate.some((c) => c[n]))
            union.push(n);
    let bound = 0;
    for (let d = 0; d < D; d++) {
        let demand = 0;
        for (let s = 0; s < S; s++)
            demand += replicas[s] * model.demand[s * D + d];
        if (demand <= 0)
            continue;
        const free = union.map((n) => Math.max(0, model.free[n * D + d])).sort((a, b) => b - a);
        let k = 0;
        let sum = 0;
        while (k < free.length && sum < demand)
            sum += free[k++];
        bound = Math.max(bound, k);
    }
    let big = 0;
    for (let s = 0; s < S; s++) {
        if (!replicas[s])
            continue;
        const maxFree = new Float64Array(D);
        for (let n = 0; n < N; n++) {
            if (!model.candidate[s][n])
                continue;
            for (let d = 0; d < D; d++)
                maxFree[d] = Math.max(maxFree[d], model.free[n * D + d]);
        }
        let alone = false;
        for (let d = 0; d < D && !alone; d++) {
            let minOther = Number.POSITIVE_INFINITY;
            for (let t = 0; t < S; t++) {
                if (replicas[t] > (t === s ? 1 : 0))
                    minOther = Math.min(minOther, model.demand[t * D + d]);
            }
            if (minOther !== Number.POSITIVE_INFINITY && model.demand[s * D + d] + minOther > maxFree[d])
                alone = true;
        }
        if (alone)
            big += replicas[s];
        if (Number.isFinite(model.maxPerNode[s]))
            bound = Math.max(bound, Math.ceil(replicas[s] / model.maxPerNode[s]));
    }
    return Math.max(bound, big);
}
/**
 * Where the request's pods go: packed onto as few nodes as possible (first-fit-decreasing with best fit, then
 * an improvement pass; branch and bound for small requests), with reasons for what does not fit and the
 * default scheduler's spreading for comparison. Pure: the snapshot is not changed.
 */
function place(snapshot, request, options = {}) {
    request.shapes.forEach(checkShape);
    const model = (0,placement_model/* buildModel */.yK)(snapshot, request);
    const bound = lowerBound(model);
    const packing = pack(model, options, bound);
    const several = request.shapes.length > 1;
    const shapeName = (s) => request.shapes[s].name ?? `shape ${s}`;
    const assignments = [];
    const N = model.nodes.length;
    const count = new Int32Array(model.shapes.length * N);
    packing.node.forEach((n, p) => {
        if (n < 0)
            return;
        const s = model.podShape[p];
        count[s * N + n]++;
        assignments.push({ pod: p, node: model.nodes[n].name, ...(several ? { shape: shapeName(s) } : {}) });
    });
    // The reason depends only on the shape and the final free resources: one explanation per shape.
    const reasons = new Map();
    const reasonFor = (s) => {
        let reason = reasons.get(s);
        if (reason === undefined) {
            reason = explainUnplaced(model, packing.free, count, s);
            if (several)
                reason = `${shapeName(s)}: ${reason}`;
            reasons.set(s, reason);
        }
        return reason;
    };
    const unplaced = [...packing.node.keys()]
        .filter((p) => packing.node[p] < 0)
        .map((p) => ({ pod: p, reason: reasonFor(model.podShape[p]) }));
    const used = nodesUsed(packing.node);
    const ref = (0,placement_model/* referenceShape */.nu)(model);
    const refDim = ref >= 0 ? model.primary[ref] : model.dims.indexOf(capacity/* GPU */.jX);
    const D = model.dims.length;
    const perNode = new Map();
    packing.node.forEach((n, p) => {
        if (n < 0)
            return;
        const list = perNode.get(n);
        if (list)
            list.push(p);
        else
            perNode.set(n, [p]);
    });
    const nodes = [...perNode.entries()].map(([n, pods]) => {
        const node = model.nodes[n];
        return {
            name: node.name,
            pods,
            ...(node.gpu?.product ? { product: node.gpu.product } : {}),
            freeAfter: refDim >= 0 ? packing.free[n * D + refDim] : 0,
        };
    });
    const spread = options.skipSpread ? undefined : simulateSpread(model);
    return {
        feasible: unplaced.length === 0,
        assignments,
        nodesUsed: used,
        nodes,
        lowerBound: packing.optimal && unplaced.length === 0 ? used : bound,
        strandedGpus: (0,placement_model/* strandedGpus */.B3)(model, packing.free),
        unplaced,
        spread: spread
            ? {
                nodesUsed: nodesUsed(spread.node),
                strandedGpus: (0,placement_model/* strandedGpus */.B3)(model, spread.free),
                unplaced: unplacedCount(spread.node),
                assignments: [...spread.node.entries()]
                    .filter(([, n]) => n >= 0)
                    .map(([pod, n]) => ({ pod, node: model.nodes[n].name })),
            }
            : { nodesUsed: 0, strandedGpus: 0, unplaced: 0, assignments: [] },
        method: packing.method,
        notUnderstood: snapshot.notUnderstood,
    };
}
/**
 * Preflight for the rollout: do `request`'s pods (the canary plus surge pods of the Deployment's shape) fit
 * on top of what runs now? Same as `place`; `feasible: false` means stop before creating anything.
 */
function preflight(snapshot, request) {
    return place(snapshot, request);
}
/** How many more pods of one shape fit right now (exact: nodes are independent for a single shape). */
function maxAdditionalPods(snapshot, shape) {
    const s = { ...shape, replicas: 0 };
    checkShape(s, 0);
    return roomFor((0,placement_model/* buildModel */.yK)(snapshot, { shapes: [s] }), 0);
}


/***/ }),

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Ix: () => (/* binding */ facts),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   code: () => (/* binding */ code),
/* harmony export */   escapeMarkdown: () => (/* binding */ escapeMarkdown),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   table: () => (/* binding */ table),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export TABLE_ROWS */
/**
 * The one escaping function for untrusted text (file names, zip members, pickle globals, metric
 * names, cluster messages) anywhere in GitHub-flavoured markdown: inline text and table cells alike.
 *
 * - HTML special characters become entities: no tags, no hidden comments, no `</details>`.
 * - Markdown punctuation that could start emphasis, code, links, images, headings, strikethrough
 *   or split a table cell is backslash-escaped.
 * - CR, LF, a lone CR, U+2028/2029 and other control characters become a space: untrusted text
 *   can never start a new block (heading, list, fence, table row).
 * - `@` is followed by a word joiner (U+2060), so GitHub links no mention and no e-mail address;
 *   `://` and `www.` get one too, so a URL in a name is not turned into a link.
 * - A leading list, heading-underline or ordered-list marker is escaped too.
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029\t\v\f]/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(/[\\`*_[\]#|~!]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '@\u2060')
        .replace(/:\/\//g, ':\u2060//')
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u2060.`)
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * Untrusted text shown as code, in a table cell or in a sentence. A `<code>` element instead of
 * backticks: its content is ordinary markdown, so {@link escapeMarkdown} applies unchanged (a
 * backtick span can neither escape a pipe outside a table nor hold every backtick run).
 */
function code(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
/** `text` cut to at most `max` characters, ending with `…` when cut (never inside a surrogate pair). */
function truncate(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    return `${chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}
/** `sha256:9820474a3899…`: a digest cut for reading, with an ellipsis that says it was cut. */
function shortDigest(digest, hex = 12) {
    const m = /^([a-z0-9]+):([0-9a-f]+)$/.exec(digest);
    if (!m)
        return truncate(digest, 19);
    return m[2].length > hex ? `${m[1]}:${m[2].slice(0, hex)}…` : digest;
}
/** Full sha256 digests inside a longer text (log lines, image references) shortened with an ellipsis. */
function shortenDigests(text) {
    return text.replace(/sha256:[0-9a-f]{64}/g, (d) => shortDigest(d));
}
/** Rows a table shows unless told otherwise: enough to read, small enough for any summary. */
const TABLE_ROWS = 50;
/**
 * A GFM table with at most `max` rows. Cells are markdown: escape untrusted parts with
 * {@link escapeMarkdown} or {@link code} first. A line break in a cell becomes a space.
 */
function table(headers, rows, options = {}) {
    const { align = [], max = TABLE_ROWS, more } = Array.isArray(options) ? { align: options } : options;
    const rule = headers.map((_, i) => {
        const a = align[i] ?? 'left';
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map((c) => c.replace(/\r\n|[\r\n]/g, ' ')).join(' | ')} |`;
    const shown = rows.slice(0, max);
    const out = [line(headers), line(rule), ...shown.map((r) => line(headers.map((_, i) => r[i] ?? '')))];
    const hidden = rows.length - shown.length;
    if (hidden > 0)
        out.push('', more ? more(hidden) : `_… and ${hidden} more rows not shown._`);
    return out.join('\n');
}
/** Facts as a list (`- **key:** value`): a table would need an empty header row. Values are markdown. */
function facts(pairs) {
    return pairs.map(([k, v]) => `- **${k}:** ${v}`).join('\n');
}
/** A collapsed block; `summary` is trusted markdown. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced code block whose fence is longer than any backtick run inside `code`. */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}


/***/ })

};
