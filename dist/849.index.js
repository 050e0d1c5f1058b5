export const id = 849;
export const ids = [849,280];
export const modules = {

/***/ 96849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dO: () => (/* binding */ recordRevision),
/* harmony export */   nextRevision: () => (/* binding */ nextRevision),
/* harmony export */   ol: () => (/* binding */ digestOf),
/* harmony export */   previousPromoted: () => (/* binding */ previousPromoted),
/* harmony export */   readHistory: () => (/* binding */ readHistory)
/* harmony export */ });
/* unused harmony exports HISTORY_KEY, historyName, parseHistory, upsertRevision */
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75851);

const HISTORY_KEY = 'history.json';
function historyName(o) {
    return `${o.name}-model-deploy-history`;
}
function parseHistory(cm) {
    const text = cm?.data?.[HISTORY_KEY];
    if (!text)
        return [];
    try {
        const parsed = JSON.parse(text);
        return Array.isArray(parsed)
            ? parsed.filter((r) => r && typeof r.revision === 'number' && typeof r.image === 'string')
            : [];
    }
    catch {
        return [];
    }
}
/** Adds or replaces the entry of its revision (a rerun records the same verdict once), newest last, keeping `limit`. */
function upsertRevision(entries, entry, limit) {
    const others = entries.filter((e) => e.revision !== entry.revision);
    return [...others, entry].sort((a, b) => a.revision - b.revision).slice(-limit);
}
function nextRevision(entries, current) {
    return Math.max(0, current ?? 0, ...entries.map((e) => e.revision)) + 1;
}
/** The promoted revision before the current stable one: what `rollback` without --to restores. */
function previousPromoted(entries, stableImage) {
    const promoted = entries.filter((e) => e.verdict === 'promoted');
    const currentIndex = promoted.map((e) => e.image).lastIndexOf(stableImage);
    const before = currentIndex >= 0 ? promoted.slice(0, currentIndex) : promoted;
    return [...before].reverse().find((e) => e.image !== stableImage);
}
function digestOf(image) {
    const at = image.indexOf('@');
    return at >= 0 ? image.slice(at + 1) : undefined;
}
async function readHistory(kube, o) {
    const cm = await kube.read('read revision history', () => kube.core.readNamespacedConfigMap({ name: historyName(o), namespace: o.namespace }));
    return parseHistory(cm);
}
/** Writes one revision into the history ConfigMap (read-modify-write with its resourceVersion). */
async function recordRevision(kube, o, entry) {
    const name = historyName(o);
    const namespace = o.namespace;
    const limit = o.deploy.rollback.history;
    const created = await kube.create('create revision history', () => kube.core.createNamespacedConfigMap({
        namespace,
        body: {
            apiVersion: 'v1',
            kind: 'ConfigMap',
            metadata: { name, namespace, labels: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_0__/* .labels */ .WD)(o) },
            data: { [HISTORY_KEY]: JSON.stringify([entry]) },
        },
    }));
    if (created)
        return;
    await kube.update('update revision history', () => kube.core.readNamespacedConfigMap({ name, namespace }), (cm) => kube.core.replaceNamespacedConfigMap({
        name,
        namespace,
        body: {
            ...cm,
            data: {
                ...(cm.data ?? {}),
                [HISTORY_KEY]: JSON.stringify(upsertRevision(parseHistory(cm), entry, limit)),
            },
        },
    }));
}


/***/ }),

/***/ 75851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ modelSelector),
/* harmony export */   SX: () => (/* binding */ modelObjects),
/* harmony export */   WD: () => (/* binding */ labels),
/* harmony export */   ZM: () => (/* binding */ containerResources),
/* harmony export */   dT: () => (/* binding */ imageOf),
/* harmony export */   eu: () => (/* binding */ service),
/* harmony export */   h2: () => (/* binding */ trackSelector),
/* harmony export */   kG: () => (/* binding */ deployment),
/* harmony export */   ld: () => (/* binding */ promotePatch),
/* harmony export */   oM: () => (/* binding */ podTemplate),
/* harmony export */   zD: () => (/* binding */ selectorString)
/* harmony export */ });
/* unused harmony exports labelValue, versionOf */
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
            labels: labels(o, track, image),
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
function promotePatch(current, o, image, update) {
    const { maxSurge, maxUnavailable, replicas, revision } = update;
    const containers = current.spec?.template.spec?.containers ?? [];
    const index = Math.max(0, containers.findIndex((c) => c.name === 'model'));
    const patched = containers.map((c, i) => (i === index ? { ...c, image } : c));
    return {
        metadata: {
            labels: { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.version]: versionOf(image, o.version) },
            ...(revision !== undefined ? { annotations: { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION */ .YX.revision]: String(revision) } } : {}),
        },
        spec: {
            replicas,
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } },
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
/* harmony export */   Ww: () => (/* binding */ stateAnnotations),
/* harmony export */   YX: () => (/* binding */ ANNOTATION),
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


/***/ })

};
