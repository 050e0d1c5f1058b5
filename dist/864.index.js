export const id = 864;
export const ids = [864,280,851];
export const modules = {

/***/ 21509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   We: () => (/* binding */ Kube),
/* harmony export */   Yy: () => (/* binding */ MERGE_PATCH),
/* harmony export */   dh: () => (/* binding */ isConflict)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, statusOf, reasonOf, isTransient, isNotFound, isAlreadyExists */
/* harmony import */ var _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12901);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);


const DEFAULT_RETRY = { attempts: 8, baseDelayMs: 50, maxDelayMs: 1000 };
/** HTTP status of a failed API call; undefined for network errors. */
function statusOf(error) {
    return error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4 ? error.code : undefined;
}
/** `reason` of the Status object in an API error body (AlreadyExists, Conflict, NotFound...). */
function reasonOf(error) {
    if (!(error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4))
        return undefined;
    let body = error.body;
    if (typeof body === 'string') {
        try {
            body = JSON.parse(body);
        }
        catch {
            return undefined;
        }
    }
    return body && typeof body === 'object' && 'reason' in body
        ? String(body.reason)
        : undefined;
}
function messageOf(error) {
    if (error instanceof _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .ApiException */ .UJ4) {
        let body = error.body;
        if (typeof body === 'string') {
            const text = body;
            try {
                body = JSON.parse(text);
            }
            catch {
                return `HTTP ${error.code}: ${text.slice(0, 200)}`;
            }
        }
        const message = body && typeof body === 'object' && 'message' in body
            ? String(body.message)
            : '';
        return `HTTP ${error.code}${message ? `: ${message}` : ''}`;
    }
    if (error instanceof Error) {
        const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
        return `${error.message}${cause}`;
    }
    return String(error);
}
/** 5xx, 429 and connection failures are worth another try; 4xx answers are not. */
function isTransient(error) {
    const status = statusOf(error);
    if (status !== undefined)
        return status >= 500 || status === 429;
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz || error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4)
        return false;
    return error instanceof Error;
}
/** A 409 Conflict (stale resourceVersion or a concurrent writer), not AlreadyExists. */
function isConflict(error) {
    return statusOf(error) === 409 && reasonOf(error) !== 'AlreadyExists';
}
function isNotFound(error) {
    return statusOf(error) === 404;
}
function isAlreadyExists(error) {
    return statusOf(error) === 409 && reasonOf(error) === 'AlreadyExists';
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const MERGE_PATCH = (0,_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .setHeaderOptions */ .OkF)('Content-Type', _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .PatchStrategy */ .Qve.MergePatch);
/**
 * The Kubernetes API through @kubernetes/client-node, built from a kubeconfig file. `call` retries
 * transient failures (5xx, 429, connection errors) and, for writes that are idempotent, 409 conflicts.
 */
class Kube {
    config;
    retry;
    apps;
    core;
    coordination;
    custom;
    /** Calls retried so far (for tests and progress). */
    retries = 0;
    constructor(config, retry = DEFAULT_RETRY) {
        this.config = config;
        this.retry = retry;
        this.apps = config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .AppsV1Api */ .eY6);
        this.core = config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__.CoreV1Api);
        this.coordination = config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CoordinationV1Api */ .hSW);
        this.custom = config.makeApiClient(_kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__/* .CustomObjectsApi */ .aVm);
    }
    static fromKubeconfig(path, retry) {
        const config = new _kubernetes_client_node__WEBPACK_IMPORTED_MODULE_0__.KubeConfig();
        try {
            config.loadFromFile(path);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`cannot load kubeconfig ${path}: ${error.message}; pass --kubeconfig or set KUBECONFIG`, {
                cause: error,
            });
        }
        if (!config.getCurrentCluster()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`kubeconfig ${path} has no current cluster: set current-context`);
        }
        return new Kube(config, retry);
    }
    get server() {
        return this.config.getCurrentCluster()?.server ?? '?';
    }
    /**
     * Runs one API call with retries. `conflicts: true` for writes safe to repeat as they are
     * (merge patches without a resourceVersion, deletes); read-modify-write loops use `update`.
     */
    async call(what, fn, options = {}) {
        let delay = this.retry.baseDelayMs;
        for (let attempt = 1;; attempt++) {
            try {
                return await fn();
            }
            catch (error) {
                const retryable = isTransient(error) || (options.conflicts === true && isConflict(error));
                if (!retryable || attempt >= this.retry.attempts) {
                    if (isNotFound(error) || isAlreadyExists(error) || isConflict(error))
                        throw error;
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`Kubernetes API (${this.server}): ${what} failed: ${messageOf(error)}`, {
                        cause: error,
                    });
                }
                this.retries++;
                await sleep(delay * (0.5 + Math.random()));
                delay = Math.min(delay * 2, this.retry.maxDelayMs);
            }
        }
    }
    /** Read, or undefined on 404. */
    async read(what, fn) {
        try {
            return await this.call(what, fn);
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    /** Create, or undefined when it already exists. */
    async create(what, fn) {
        try {
            return await this.call(what, fn);
        }
        catch (error) {
            if (isAlreadyExists(error))
                return undefined;
            throw error;
        }
    }
    /** Delete; a missing object is already deleted. */
    async remove(what, fn) {
        try {
            await this.call(what, fn, { conflicts: true });
        }
        catch (error) {
            if (!isNotFound(error))
                throw error;
        }
    }
    /** Read-modify-write with the read resourceVersion; a 409 re-reads and tries again. */
    async update(what, read, write) {
        for (let attempt = 1;; attempt++) {
            const current = await this.call(`read for ${what}`, read);
            try {
                return await this.call(what, () => write(current));
            }
            catch (error) {
                if (!isConflict(error) || attempt >= this.retry.attempts) {
                    if (isConflict(error))
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`Kubernetes API (${this.server}): ${what}: conflict after ${attempt} attempts`, { cause: error });
                    throw error;
                }
                this.retries++;
            }
        }
    }
}


/***/ }),

/***/ 75851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ modelSelector),
/* harmony export */   KL: () => (/* binding */ INFERENCESERVICE_LABEL),
/* harmony export */   SX: () => (/* binding */ modelObjects),
/* harmony export */   WD: () => (/* binding */ labels),
/* harmony export */   eu: () => (/* binding */ service),
/* harmony export */   h2: () => (/* binding */ trackSelector),
/* harmony export */   imageOf: () => (/* binding */ imageOf),
/* harmony export */   kG: () => (/* binding */ deployment),
/* harmony export */   ld: () => (/* binding */ promotePatch),
/* harmony export */   mi: () => (/* binding */ inferenceServiceName),
/* harmony export */   oM: () => (/* binding */ podTemplate),
/* harmony export */   zD: () => (/* binding */ selectorString)
/* harmony export */ });
/* unused harmony exports labelValue, versionOf, containerResources */
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39280);

function modelObjects(deploy, model) {
    const name = deploy.name ?? model.name;
    return {
        namespace: deploy.namespace,
        name,
        canaryName: `${name}-canary`,
        service: deploy.service ?? name,
        model: model.name,
        ...(model.version ? { version: model.version } : {}),
        port: deploy.port,
        deploy,
    };
}
/** A label value (63 chars of [A-Za-z0-9._-], alphanumeric at both ends) from an image tag or version. */
function labelValue(text) {
    const cleaned = text
        .replace(/[^A-Za-z0-9._-]/g, '-')
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    return cleaned || 'unknown';
}
function versionOf(image, version) {
    if (version)
        return labelValue(version);
    const at = image.indexOf('@');
    if (at >= 0)
        return labelValue(image
            .slice(at + 1)
            .replace(/^sha256:/, '')
            .slice(0, 12));
    const colon = image.lastIndexOf(':');
    return labelValue(colon > image.lastIndexOf('/') ? image.slice(colon + 1) : 'latest');
}
/** Labels every object and pod of the model carries; `track` tells stable from canary. */
function labels(o, track, image) {
    return {
        [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.name]: o.model,
        [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.instance]: o.name,
        [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.managedBy]: _state_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGER */ .u,
        ...(image ? { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.version]: versionOf(image, o.version) } : {}),
        ...(track ? { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.track]: track } : {}),
    };
}
/** The InferenceService whose canaryTrafficPercent the kserve router moves. */
function inferenceServiceName(o) {
    return o.deploy.traffic['inference-service'] ?? o.name;
}
/** The label KServe sets on an InferenceService's predictor pods. */
const INFERENCESERVICE_LABEL = 'serving.kserve.io/inferenceservice';
/** Pods of both tracks: what the Service of the replicas router selects. */
function modelSelector(o) {
    return { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.name]: o.model, [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.instance]: o.name };
}
function trackSelector(o, track) {
    return { ...modelSelector(o), [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.track]: track };
}
function selectorString(selector) {
    return Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
/** GPU, MIG, cpu and memory as requests and limits (extended resources: limits, requests equal). */
function containerResources(deploy) {
    const r = deploy.resources;
    const limits = {};
    const requests = {};
    if (r.gpus > 0)
        limits['nvidia.com/gpu'] = String(r.gpus);
    if (r.mig)
        limits[`nvidia.com/mig-${r.mig}`] = '1';
    if (r.cpu !== undefined)
        requests.cpu = `${Math.round(r.cpu * 1000)}m`;
    if (r.memory !== undefined) {
        requests.memory = String(Math.round(r.memory));
        limits.memory = String(Math.round(r.memory));
    }
    return {
        ...(Object.keys(limits).length ? { limits } : {}),
        ...(Object.keys(requests).length ? { requests } : {}),
    };
}
/**
 * The pod template: startupProbe gives the model `startup-deadline` to load
 * (failureThreshold × period ≥ deadline), then readiness is probed every period.
 */
function podTemplate(o, track, image) {
    const d = o.deploy;
    const periodSeconds = Math.max(1, Math.round(d.probes.period / 1000));
    const failureThreshold = Math.max(1, Math.ceil(d.probes['startup-deadline'] / 1000 / periodSeconds));
    const probe = { httpGet: { path: d.probes.path, port: 'http' } };
    const nodeSelector = {
        ...d['node-selector'],
        ...(d.resources['gpu-product'] ? { 'nvidia.com/gpu.product': d.resources['gpu-product'] } : {}),
    };
    return {
        metadata: {
            labels: {
                ...labels(o, track, image),
                // With kserve the pods are the InferenceService's predictor revisions: stable the previous, canary the latest.
                ...(d.traffic.router === 'kserve' ? { [INFERENCESERVICE_LABEL]: inferenceServiceName(o) } : {}),
            },
        },
        spec: {
            containers: [
                {
                    name: 'model',
                    image,
                    ports: [{ name: 'http', containerPort: o.port }],
                    resources: containerResources(d),
                    startupProbe: { ...probe, periodSeconds, failureThreshold },
                    readinessProbe: { ...probe, periodSeconds, failureThreshold: 3 },
                },
            ],
            ...(Object.keys(nodeSelector).length ? { nodeSelector } : {}),
            ...(d.tolerations.length
                ? {
                    tolerations: d.tolerations.map((t) => ({
                        ...(t.key !== undefined ? { key: t.key } : {}),
                        operator: t.operator,
                        ...(t.value !== undefined ? { value: t.value } : {}),
                        ...(t.effect !== undefined ? { effect: t.effect } : {}),
                    })),
                }
                : {}),
        },
    };
}
function deployment(o, track, image, replicas, annotations) {
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
            name: track === 'stable' ? o.name : o.canaryName,
            namespace: o.namespace,
            labels: labels(o, track, image),
            annotations,
        },
        spec: {
            replicas,
            selector: { matchLabels: trackSelector(o, track) },
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
            template: podTemplate(o, track, image),
        },
    };
}
/**
 * Merge patch that makes an existing (possibly adopted) stable Deployment run `image`: the
 * container named `model`, or the first one, gets the image; surge that fits, never unavailable.
 */
function promotePatch(current, o, image, maxSurge, replicas, revision) {
    const containers = current.spec?.template.spec?.containers ?? [];
    const index = Math.max(0, containers.findIndex((c) => c.name === 'model'));
    const patched = containers.map((c, i) => (i === index ? { ...c, image } : c));
    return {
        metadata: {
            labels: { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.version]: versionOf(image, o.version) },
            ...(revision !== undefined ? { annotations: { [_state_js__WEBPACK_IMPORTED_MODULE_0__.ANNOTATION.revision]: String(revision) } } : {}),
        },
        spec: {
            replicas,
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable: 0 } },
            template: {
                metadata: { labels: { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.version]: versionOf(image, o.version) } },
                spec: { containers: patched },
            },
        },
    };
}
function service(o, name, selector) {
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, namespace: o.namespace, labels: labels(o) },
        spec: {
            selector,
            ports: [{ name: 'http', port: o.port, targetPort: 'http' }],
        },
    };
}
/** Image of the model container of a Deployment (the one named `model`, else the first). */
function imageOf(d) {
    const containers = d.spec?.template.spec?.containers ?? [];
    return (containers.find((c) => c.name === 'model') ?? containers[0])?.image ?? '';
}


/***/ }),

/***/ 39280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ANNOTATION: () => (/* binding */ ANNOTATION),
/* harmony export */   Ww: () => (/* binding */ stateAnnotations),
/* harmony export */   d_: () => (/* binding */ LABEL),
/* harmony export */   readState: () => (/* binding */ readState),
/* harmony export */   u: () => (/* binding */ MANAGER)
/* harmony export */ });
/** Annotation keys on the objects model-deploy owns; the cluster is the only memory of a rollout. */
const ANNOTATION = {
    state: 'model-deploy.io/rollout-state',
    revision: 'model-deploy.io/revision',
    specHash: 'model-deploy.io/spec-hash',
    step: 'model-deploy.io/step',
    startedAt: 'model-deploy.io/started-at',
    stepStartedAt: 'model-deploy.io/step-started-at',
    abortedAt: 'model-deploy.io/aborted-at',
    abortReason: 'model-deploy.io/abort-reason',
    firstDeploy: 'model-deploy.io/first-deploy-started-at',
};
const LABEL = {
    name: 'app.kubernetes.io/name',
    instance: 'app.kubernetes.io/instance',
    version: 'app.kubernetes.io/version',
    managedBy: 'app.kubernetes.io/managed-by',
    track: 'track',
};
const MANAGER = 'model-deploy';
/** Annotations that carry the state: one JSON document plus readable copies of the key fields. */
function stateAnnotations(state) {
    return {
        [ANNOTATION.state]: JSON.stringify(state),
        [ANNOTATION.revision]: String(state.revision),
        [ANNOTATION.specHash]: state.specHash,
        [ANNOTATION.step]: String(state.step),
        [ANNOTATION.startedAt]: new Date(state.startedAt).toISOString(),
        [ANNOTATION.stepStartedAt]: new Date(state.stepStartedAt).toISOString(),
        ...(state.abortedAt !== undefined
            ? { [ANNOTATION.abortedAt]: new Date(state.abortedAt).toISOString() }
            : {}),
        ...(state.abortReason !== undefined
            ? { [ANNOTATION.abortReason]: state.abortReason.slice(0, 1000) }
            : {}),
    };
}
function readState(annotations) {
    const raw = annotations?.[ANNOTATION.state];
    if (raw === undefined)
        return { ok: false, problem: `no ${ANNOTATION.state} annotation` };
    try {
        const s = JSON.parse(raw);
        const phases = ['progressing', 'promoting', 'aborting'];
        if (!s ||
            typeof s !== 'object' ||
            !phases.includes(s.phase) ||
            typeof s.step !== 'number' ||
            typeof s.specHash !== 'string' ||
            typeof s.runId !== 'string' ||
            typeof s.stableImage !== 'string') {
            return { ok: false, problem: `${ANNOTATION.state} is not a rollout state written by model-deploy` };
        }
        return { ok: true, state: { analysis: {}, ...s } };
    }
    catch {
        return { ok: false, problem: `${ANNOTATION.state} is not valid JSON` };
    }
}


/***/ }),

/***/ 59864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   makeRouter: () => (/* binding */ makeRouter)
/* harmony export */ });
/* unused harmony exports ReplicasRouter, HTTPROUTE, httpRouteRules, httpRoute, GatewayApiRouter, INFERENCESERVICE, kserveTrafficPatch, KServeRouter */
/* harmony import */ var _cluster_kube_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21509);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75851);
/* harmony import */ var _weights_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5500);




/** Stable and canary pods behind one Service: the weight is the share of ready pods, reported as it is. */
class ReplicasRouter {
    kube;
    o;
    kind = 'replicas';
    constructor(kube, o) {
        this.kube = kube;
        this.o = o;
    }
    async prepare() {
        const { namespace, service: name } = this.o;
        const existing = await this.kube.read('read Service', () => this.kube.core.readNamespacedService({ name, namespace }));
        if (!existing) {
            await this.kube.create('create Service', () => this.kube.core.createNamespacedService({
                namespace,
                body: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .service */ .eu)(this.o, name, (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .modelSelector */ .BZ)(this.o)),
            }));
        }
    }
    async setWeight() { }
    async weight(ready) {
        return (0,_weights_js__WEBPACK_IMPORTED_MODULE_3__/* .podShare */ .F)(ready.canary, ready.stable);
    }
    async cleanup() { }
}
const HTTPROUTE = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };
/** The HTTPRoute rule that splits traffic between `<svc>-stable` and `<svc>-canary`. */
function httpRouteRules(o, weight) {
    const backend = (track, w) => ({
        group: '',
        kind: 'Service',
        name: `${o.service}-${track}`,
        port: o.port,
        weight: w,
    });
    return [
        {
            backendRefs: weight > 0 ? [backend('stable', 100 - weight), backend('canary', weight)] : [backend('stable', 100)],
        },
    ];
}
function httpRoute(o, routeName, gateway, weight) {
    return {
        apiVersion: `${HTTPROUTE.group}/${HTTPROUTE.version}`,
        kind: 'HTTPRoute',
        metadata: {
            name: routeName,
            namespace: o.namespace,
            labels: { 'app.kubernetes.io/managed-by': 'model-deploy' },
        },
        spec: {
            ...(gateway ? { parentRefs: [{ name: gateway }] } : {}),
            rules: httpRouteRules(o, weight),
        },
    };
}
/** Gateway API: HTTPRoute backendRef weights to `<svc>-stable` and `<svc>-canary`. */
class GatewayApiRouter {
    kube;
    o;
    kind = 'gateway-api';
    route;
    constructor(kube, o) {
        this.kube = kube;
        this.o = o;
        this.route = o.deploy.traffic.route ?? o.service;
    }
    async prepare() {
        const { namespace } = this.o;
        for (const track of ['stable', 'canary']) {
            const name = `${this.o.service}-${track}`;
            const existing = await this.kube.read('read Service', () => this.kube.core.readNamespacedService({ name, namespace }));
            if (!existing) {
                await this.kube.create(`create Service ${name}`, () => this.kube.core.createNamespacedService({
                    namespace,
                    body: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .service */ .eu)(this.o, name, (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .trackSelector */ .h2)(this.o, track)),
                }));
            }
        }
        const existing = await this.readRoute();
        if (!existing) {
            await this.kube.create(`create HTTPRoute ${this.route}`, () => this.kube.custom.createNamespacedCustomObject({
                ...HTTPROUTE,
                namespace,
                body: httpRoute(this.o, this.route, this.o.deploy.traffic.gateway, 0),
            }));
        }
    }
    readRoute() {
        return this.kube.read(`read HTTPRoute ${this.route}`, () => this.kube.custom.getNamespacedCustomObject({
            ...HTTPROUTE,
            namespace: this.o.namespace,
            name: this.route,
        }));
    }
    async setWeight(weight) {
        await this.kube.call(`set HTTPRoute ${this.route} weights`, () => this.kube.custom.patchNamespacedCustomObject({
            ...HTTPROUTE,
            namespace: this.o.namespace,
            name: this.route,
            body: { spec: { rules: httpRouteRules(this.o, weight) } },
        }, _cluster_kube_js__WEBPACK_IMPORTED_MODULE_0__/* .MERGE_PATCH */ .Yy), { conflicts: true });
    }
    async weight() {
        const route = await this.readRoute();
        const refs = route?.spec?.rules?.[0]?.backendRefs ?? [];
        const total = refs.reduce((n, r) => n + (r.weight ?? 1), 0);
        const canary = refs.find((r) => r.name === `${this.o.service}-canary`);
        return total === 0 || !canary ? 0 : (100 * (canary.weight ?? 1)) / total;
    }
    async cleanup() {
        await this.setWeight(0);
        const name = `${this.o.service}-canary`;
        await this.kube.remove(`delete Service ${name}`, () => this.kube.core.deleteNamespacedService({ name, namespace: this.o.namespace }));
    }
}
const INFERENCESERVICE = {
    group: 'serving.kserve.io',
    version: 'v1beta1',
    plural: 'inferenceservices',
};
/**
 * The merge patch that sets KServe's canary split. KServe routes `canaryTrafficPercent` to the
 * latest revision and the rest to the previous one; 0 pins all traffic to the previous revision,
 * and removing it (null) sends everything to the latest (promotion).
 */
function kserveTrafficPatch(weight) {
    return { spec: { predictor: { canaryTrafficPercent: weight } } };
}
/**
 * KServe InferenceService canaryTrafficPercent (serverless mode; RawDeployment ignores it, kserve#5335).
 * The InferenceService must exist; the stable and canary pods carry its predictor label
 * (`serving.kserve.io/inferenceservice`) and the canary is its latest revision.
 */
class KServeRouter {
    kube;
    o;
    kind = 'kserve';
    isvc;
    constructor(kube, o) {
        this.kube = kube;
        this.o = o;
        this.isvc = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .inferenceServiceName */ .mi)(o);
    }
    async prepare() {
        if (!(await this.read())) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`InferenceService ${this.o.namespace}/${this.isvc} not found: the kserve router only moves its ` +
                `spec.predictor.canaryTrafficPercent. Create it (pods labelled ${_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .INFERENCESERVICE_LABEL */ .KL}=${this.isvc}) ` +
                'or set deploy.traffic.inference-service to an existing one');
        }
        await this.setWeight(0);
    }
    async read() {
        return (await this.kube.read(`read InferenceService ${this.isvc}`, () => this.kube.custom.getNamespacedCustomObject({
            ...INFERENCESERVICE,
            namespace: this.o.namespace,
            name: this.isvc,
        })));
    }
    async setWeight(weight) {
        await this.kube.call(`set InferenceService ${this.isvc} canaryTrafficPercent`, () => this.kube.custom.patchNamespacedCustomObject({
            ...INFERENCESERVICE,
            namespace: this.o.namespace,
            name: this.isvc,
            body: kserveTrafficPatch(weight),
        }, _cluster_kube_js__WEBPACK_IMPORTED_MODULE_0__/* .MERGE_PATCH */ .Yy), { conflicts: true });
    }
    async weight() {
        return (await this.read())?.spec?.predictor?.canaryTrafficPercent ?? 0;
    }
    async cleanup() {
        await this.setWeight(0);
    }
}
function makeRouter(kube, o) {
    switch (o.deploy.traffic.router) {
        case 'replicas':
            return new ReplicasRouter(kube, o);
        case 'gateway-api':
            return new GatewayApiRouter(kube, o);
        case 'kserve':
            return new KServeRouter(kube, o);
    }
}


/***/ }),

/***/ 5500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ podShare),
/* harmony export */   H: () => (/* binding */ canaryReplicasFor)
/* harmony export */ });
/**
 * Canary pods for a traffic weight. With the replicas router the weight IS the pod share
 * (canary / (stable + canary)), so pick the count whose share is closest, rounding up on ties,
 * capped at the stable count (stable is never scaled down). With a weighted router the canary
 * gets ceil(replicas × weight) pods (at least one while it takes traffic).
 */
function canaryReplicasFor(router, weight, stableReplicas, scale) {
    if (scale?.replicas !== undefined)
        return scale.replicas;
    const w = scale?.weight ?? weight;
    if (w <= 0)
        return 0;
    if (router !== 'replicas' || scale?.weight !== undefined) {
        return Math.min(stableReplicas, Math.max(1, Math.ceil((stableReplicas * w) / 100)));
    }
    let best = 1;
    let bestDelta = Number.POSITIVE_INFINITY;
    for (let c = 1; c <= stableReplicas; c++) {
        const delta = Math.abs((100 * c) / (stableReplicas + c) - w);
        if (delta <= bestDelta + 1e-9) {
            best = c;
            bestDelta = Math.min(bestDelta, delta);
        }
    }
    return best;
}
/** The share of traffic the canary really gets with the replicas router: ready canary pods over all ready pods. */
function podShare(canaryReady, stableReady) {
    const total = canaryReady + stableReady;
    return total === 0 ? 0 : (100 * canaryReady) / total;
}


/***/ })

};
