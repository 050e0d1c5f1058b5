export const id = 168;
export const ids = [168,424];
export const modules = {

/***/ 21509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   We: () => (/* binding */ Kube),
/* harmony export */   Yy: () => (/* binding */ MERGE_PATCH),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dh: () => (/* binding */ isConflict)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY, statusOf, reasonOf, isTransient, isAlreadyExists */
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
    /** A write safe to repeat (merge patch); false when the object does not exist. */
    async patchIfExists(what, fn) {
        try {
            await this.call(what, fn, { conflicts: true });
            return true;
        }
        catch (error) {
            if (isNotFound(error))
                return false;
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

/***/ 17424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a4: () => (/* binding */ RolloutLease),
/* harmony export */   leaseView: () => (/* binding */ leaseView)
/* harmony export */ });
/* unused harmony exports leaseFree, QUEUE_ANNOTATION, liveQueue */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21509);


function leaseView(lease) {
    if (!lease)
        return undefined;
    const renew = lease.spec?.renewTime ?? lease.spec?.acquireTime;
    const renewedAt = renew ? new Date(renew).getTime() : undefined;
    return {
        ...(lease.spec?.holderIdentity ? { holder: lease.spec.holderIdentity } : {}),
        ...(renewedAt !== undefined && Number.isFinite(renewedAt) ? { renewedAt } : {}),
        durationMs: (lease.spec?.leaseDurationSeconds ?? 0) * 1000,
    };
}
/** Free when nobody holds it, we hold it, or the holder stopped renewing for longer than its duration. */
function leaseFree(view, holder, now) {
    if (!view?.holder || view.holder === holder)
        return true;
    if (view.renewedAt === undefined)
        return true;
    return now > view.renewedAt + view.durationMs;
}
/** Resolves after `ms`, or at once on abort; removes its abort listener either way. */
const sleep = (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted)
        return resolve();
    const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
});
/** Annotation of the Lease holding the rollouts waiting for it, in order of arrival. */
const QUEUE_ANNOTATION = 'model-deploy.dev/queue';
/** The waiters still alive, in arrival order (a waiter killed while waiting drops out after a lease duration). */
function liveQueue(lease, now, durationMs) {
    const text = lease?.metadata?.annotations?.[QUEUE_ANNOTATION];
    if (!text)
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return [];
    }
    if (!Array.isArray(parsed))
        return [];
    return parsed.filter((e) => typeof e?.holder === 'string' && typeof e?.seen === 'number' && now - e.seen <= durationMs);
}
function withQueue(lease, queue) {
    const annotations = { ...lease.metadata?.annotations };
    if (queue.length)
        annotations[QUEUE_ANNOTATION] = JSON.stringify(queue);
    else
        delete annotations[QUEUE_ANNOTATION];
    return { ...lease, metadata: { ...lease.metadata, annotations } };
}
/**
 * A coordination.k8s.io/v1 Lease: one rollout of a model at a time. Acquired with the read
 * resourceVersion (a 409 means another writer won: look again), renewed every third of its
 * duration, and taken over once its holder stops renewing for longer than the duration.
 * Rollouts that wait queue in order of arrival (an annotation on the Lease): when it is freed,
 * the one that arrived first goes next, so the release started last is the one that ends stable.
 */
class RolloutLease {
    kube;
    options;
    timer;
    lost;
    constructor(kube, options) {
        this.kube = kube;
        this.options = options;
    }
    get lostReason() {
        return this.lost;
    }
    body(resourceVersion, acquireTime, queue = []) {
        const { name, namespace, holder, durationMs, now } = this.options;
        return {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            metadata: {
                name,
                namespace,
                ...(resourceVersion ? { resourceVersion } : {}),
                labels: { 'app.kubernetes.io/managed-by': 'model-deploy' },
                ...(queue.length ? { annotations: { [QUEUE_ANNOTATION]: JSON.stringify(queue) } } : {}),
            },
            spec: {
                holderIdentity: holder,
                leaseDurationSeconds: Math.max(1, Math.ceil(durationMs / 1000)),
                acquireTime: acquireTime,
                renewTime: new Date(now()),
            },
        };
    }
    /**
     * Takes the lease when it is free and no rollout that arrived earlier is still waiting;
     * otherwise joins the queue and waits its turn (at most `waitMs`).
     */
    async acquire() {
        const { name, namespace, holder, now, waitMs, durationMs } = this.options;
        const startedAt = now();
        const behind = new Set();
        let said;
        for (;;) {
            const current = await this.kube.read(`read Lease ${name}`, () => this.kube.coordination.readNamespacedLease({ name, namespace }));
            const view = leaseView(current);
            const t = now();
            const queue = liveQueue(current, t, Math.max(durationMs, view?.durationMs ?? 0));
            const place = queue.findIndex((e) => e.holder === holder);
            const ahead = (place >= 0 ? queue.slice(0, place) : queue).filter((e) => e.holder !== holder);
            const free = leaseFree(view, holder, t);
            try {
                if (free && ahead.length === 0) {
                    const rest = queue.filter((e) => e.holder !== holder);
                    if (!current) {
                        const created = await this.kube.create(`create Lease ${name}`, () => this.kube.coordination.createNamespacedLease({
                            namespace,
                            body: this.body(undefined, new Date(t)),
                        }));
                        if (!created)
                            continue;
                    }
                    else {
                        await this.kube.coordination.replaceNamespacedLease({
                            name,
                            namespace,
                            body: this.body(current.metadata?.resourceVersion, new Date(t), rest),
                        });
                    }
                    this.startRenewing();
                    return {
                        ...(view?.holder && view.holder !== holder ? { tookOver: view.holder } : {}),
                        ...(behind.size ? { waitedBehind: [...behind] } : {}),
                    };
                }
                if (view?.holder && view.holder !== holder)
                    behind.add(view.holder);
                for (const e of ahead)
                    behind.add(e.holder);
                // Join the queue, or say again that we still wait (every third of a lease duration).
                if (current && (place < 0 || t - queue[place].seen > durationMs / 3)) {
                    const next = place < 0
                        ? [...queue, { holder, seen: t }]
                        : queue.map((e) => (e.holder === holder ? { holder, seen: t } : e));
                    await this.kube.coordination.replaceNamespacedLease({
                        name,
                        namespace,
                        body: withQueue(current, next),
                    });
                    continue;
                }
            }
            catch (error) {
                if ((0,_kube_js__WEBPACK_IMPORTED_MODULE_1__/* .isConflict */ .dh)(error))
                    continue;
                throw error;
            }
            const held = !free && view?.holder && view.renewedAt !== undefined
                ? `another rollout of this model holds Lease ${namespace}/${name} (holder ${view.holder}, renewed ${new Date(view.renewedAt).toISOString()}, expires in ${Math.ceil((view.renewedAt + view.durationMs - t) / 1000)}s unless renewed)`
                : `Lease ${namespace}/${name} is free`;
            const earlier = ahead.length
                ? `; ${ahead.length} rollout(s) of this model arrived earlier and go first (${ahead.map((e) => e.holder).join(', ')})`
                : '';
            const message = `${held}${earlier}`;
            if (t - startedAt >= waitMs || this.options.signal?.aborted) {
                await this.leaveQueue().catch(() => { });
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(`${message}; gave up after waiting ${Math.round((t - startedAt) / 1000)}s. Wait for that rollout to finish, or run \`model-deploy abort\` there.`);
            }
            const key = `${free ? '' : view?.holder} ${ahead.map((e) => e.holder).join(' ')}`;
            if (said !== key)
                this.options.onWait?.(`${message}: waiting in order of arrival`);
            said = key;
            await sleep(Math.min(1000, Math.max(100, durationMs / 3)), this.options.signal);
        }
    }
    /** Takes this rollout out of the queue (it gave up or was cancelled while waiting). */
    async leaveQueue() {
        const { name, namespace, holder, now, durationMs } = this.options;
        await this.kube.update(`leave the queue of Lease ${name}`, () => this.kube.coordination.readNamespacedLease({ name, namespace }), (current) => {
            const queue = liveQueue(current, now(), durationMs);
            if (!queue.some((e) => e.holder === holder))
                return Promise.resolve(current);
            return this.kube.coordination.replaceNamespacedLease({
                name,
                namespace,
                body: withQueue(current, queue.filter((e) => e.holder !== holder)),
            });
        });
    }
    startRenewing() {
        const every = Math.max(200, Math.floor(this.options.durationMs / 3));
        this.timer = setInterval(() => {
            this.renew().catch((error) => {
                this.lost = `cannot renew Lease ${this.options.name}: ${error.message}`;
            });
        }, every);
        this.timer.unref();
    }
    async renew() {
        const { name, namespace, holder } = this.options;
        await this.kube.update(`renew Lease ${name}`, () => this.kube.coordination.readNamespacedLease({ name, namespace }), (current) => {
            if (current.spec?.holderIdentity !== holder) {
                this.lost = `Lease ${name} was taken over by ${current.spec?.holderIdentity ?? 'nobody'}`;
                return Promise.resolve(current);
            }
            const acquire = current.spec?.acquireTime;
            return this.kube.coordination.replaceNamespacedLease({
                name,
                namespace,
                body: this.body(current.metadata?.resourceVersion, acquire ? new Date(acquire) : new Date(this.options.now()), liveQueue(current, this.options.now(), this.options.durationMs)),
            });
        });
    }
    /**
     * Stops renewing and frees the lease if we still hold it: deletes it, or, when rollouts are
     * queued, clears the holder and keeps the queue so the one that arrived first goes next.
     */
    async release() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        const { name, namespace, holder, now, durationMs } = this.options;
        for (let attempt = 1;; attempt++) {
            const current = await this.kube.read(`read Lease ${name}`, () => this.kube.coordination.readNamespacedLease({ name, namespace }));
            if (!current || current.spec?.holderIdentity !== holder)
                return;
            const queue = liveQueue(current, now(), durationMs);
            try {
                if (queue.length === 0) {
                    // Only the version we read: a waiter that queued since then keeps its place.
                    await this.kube.call(`delete Lease ${name}`, () => this.kube.coordination.deleteNamespacedLease({
                        name,
                        namespace,
                        body: { preconditions: { resourceVersion: current.metadata?.resourceVersion } },
                    }));
                }
                else {
                    const { holderIdentity: _held, ...spec } = current.spec ?? {};
                    await this.kube.call(`free Lease ${name}`, () => this.kube.coordination.replaceNamespacedLease({
                        name,
                        namespace,
                        body: withQueue({ ...current, spec }, queue),
                    }));
                }
                return;
            }
            catch (error) {
                if ((0,_kube_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                    return;
                if (!(0,_kube_js__WEBPACK_IMPORTED_MODULE_1__/* .isConflict */ .dh)(error) || attempt >= 8)
                    throw error;
            }
        }
    }
}


/***/ }),

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

/***/ 48168:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  newRunId: () => (/* binding */ newRunId),
  nextRevisionNow: () => (/* binding */ nextRevisionNow),
  openSession: () => (/* binding */ openSession),
  revisionAfter: () => (/* binding */ revisionAfter),
  runUnderLease: () => (/* binding */ runUnderLease),
  sessionRunner: () => (/* binding */ sessionRunner),
  waitOption: () => (/* binding */ waitOption)
});

// UNUSED EXPORTS: clusterOptions, holderIdentity, leaseFor

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
// EXTERNAL MODULE: ./lib/cluster/capacity.js
var capacity = __webpack_require__(44048);
// EXTERNAL MODULE: ./lib/cluster/kube.js
var cluster_kube = __webpack_require__(21509);
// EXTERNAL MODULE: ./lib/cluster/lease.js
var lease = __webpack_require__(17424);
// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
// EXTERNAL MODULE: ./lib/config/load.js + 9 modules
var load = __webpack_require__(35130);
// EXTERNAL MODULE: ./lib/config/units.js
var units = __webpack_require__(17361);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/rollout/github-deployment.js
/**
 * GitHub Deployments API: one deployment per rollout in its environment, then statuses.
 * Failures are returned as warnings: the rollout never depends on GitHub answering.
 */
class GitHubDeployment {
    octokit;
    target;
    id;
    warnings = [];
    constructor(octokit, target) {
        this.octokit = octokit;
        this.target = target;
    }
    get deploymentId() {
        return this.id;
    }
    async start(description, payload) {
        try {
            const res = await this.octokit.rest.repos.createDeployment({
                owner: this.target.owner,
                repo: this.target.repo,
                ref: this.target.ref,
                environment: this.target.environment,
                description: description.slice(0, 140),
                auto_merge: false,
                required_contexts: [],
                payload,
                production_environment: this.target.environment === 'production',
            });
            if (res.status === 201 && 'id' in res.data)
                this.id = res.data.id;
            else
                this.warnings.push(`GitHub did not create a deployment: ${JSON.stringify(res.data).slice(0, 200)}`);
            await this.status('in_progress', description);
        }
        catch (error) {
            this.warnings.push(`GitHub deployment for ${this.target.environment} not created: ${error.message}`);
        }
    }
    async status(state, description) {
        if (this.id === undefined)
            return;
        try {
            await this.octokit.rest.repos.createDeploymentStatus({
                owner: this.target.owner,
                repo: this.target.repo,
                deployment_id: this.id,
                state,
                description: description.slice(0, 140),
                environment: this.target.environment,
                ...(this.target.logUrl ? { log_url: this.target.logUrl } : {}),
                auto_inactive: state === 'success',
            });
        }
        catch (error) {
            this.warnings.push(`GitHub deployment status ${state} not set: ${error.message}`);
        }
    }
}

// EXTERNAL MODULE: ./lib/rollout/history.js
var rollout_history = __webpack_require__(96849);
// EXTERNAL MODULE: ./lib/rollout/manifests.js
var manifests = __webpack_require__(75851);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
;// CONCATENATED MODULE: ./lib/rollout/report.js

/** Text from the cluster or a metrics backend, escaped for markdown (the one shared function). */
const cell = markdown.escapeMarkdown;
const TITLE = {
    promoted: 'promoted',
    'rolled-back': 'rolled back',
    unchanged: 'unchanged',
    failed: 'failed',
};
const MAX_EVIDENCE_PODS = 5;
const MAX_EVENTS = 20;
const MAX_LOG_LINES = 40;
function renderReport(r) {
    const lines = [
        `## model-deploy: ${cell(r.model)} ${TITLE[r.verdict]}`,
        '',
        `**${r.verdict === 'promoted' || r.verdict === 'unchanged' ? 'Result' : 'Reason'}:** ${cell((0,markdown/* truncate */.xv)(r.reason, 2000))}`,
        '',
        (0,markdown/* facts */.Ix)([
            ['namespace', cell(r.namespace)],
            ['image', (0,markdown.code)(r.image)],
            ...(r.stableImage ? [['stable before', (0,markdown.code)(r.stableImage)]] : []),
            ...(r.revision !== undefined ? [['revision', String(r.revision)]] : []),
            ['duration', `${(r.durationMs / 1000).toFixed(1)} s`],
            ...(r.stableReadyMin !== undefined
                ? [['stable ready (lowest seen)', String(r.stableReadyMin)]]
                : []),
        ]),
    ];
    const names = Object.keys(r.measurements);
    if (names.length > 0) {
        const rows = names.map((name) => {
            const status = r.metrics.find((m) => m.name === name);
            const ms = r.measurements[name] ?? [];
            const values = ms
                .slice(-6)
                .map((m) => `${m.phase}${m.value !== undefined ? ` ${m.value}` : ''}${m.message && m.phase !== 'Successful' ? ` (${(0,markdown/* truncate */.xv)(m.message, 200)})` : ''}`)
                .join('; ');
            return [cell(name), cell(status?.phase ?? ms[ms.length - 1]?.phase ?? '-'), cell(values)];
        });
        lines.push('', '### Analysis', '', (0,markdown.table)(['metric', 'verdict', 'measurements (latest last)'], rows));
    }
    for (const e of r.evidence.slice(0, MAX_EVIDENCE_PODS)) {
        lines.push('', `### Pod ${cell(e.pod)} (${cell(e.phase)})`);
        if (e.events.length > 0)
            lines.push('', 'Events:', '', ...e.events.slice(-MAX_EVENTS).map((ev) => `- ${cell((0,markdown/* truncate */.xv)(ev, 500))}`));
        if (e.logs.length > 0)
            lines.push('', 'Last log lines:', '', (0,markdown/* codeBlock */.DV)(e.logs
                .slice(-MAX_LOG_LINES)
                .map((l) => (0,markdown/* truncate */.xv)(l, 500))
                .join('\n'), 'text'));
    }
    if (r.evidence.length > MAX_EVIDENCE_PODS)
        lines.push('', `_… and ${r.evidence.length - MAX_EVIDENCE_PODS} more pods: \`kubectl describe\` them._`);
    return `${lines.join('\n')}\n`;
}
/** `weight 20% (asked 25%)`: what the router serves and, when different, what the step asked for. */
function weightText(p) {
    const round = (w) => Math.round(w * 10) / 10;
    const asked = p.askedWeight === undefined ? undefined : round(p.askedWeight);
    return `weight ${round(p.weight)}%${asked !== undefined && asked !== round(p.weight) ? ` (asked ${asked}%)` : ''}`;
}
/** One progress line: step i/n, weight reached (and asked), ready pods, each metric's value and verdict. */
function progressLine(p) {
    const step = p.steps > 0 ? `step ${p.step}/${p.steps}${p.stepKind ? ` ${p.stepKind}` : ''}` : p.phase;
    const metrics = p.metrics.map((m) => `${m.name}=${m.value ?? '-'} ${m.phase}`).join(', ');
    return [
        `[${p.phase}] ${step}`,
        weightText(p),
        `canary ${p.canaryReady}/${p.canaryDesired} ready`,
        `stable ${p.stableReady} ready`,
        ...(metrics ? [metrics] : []),
        p.message,
    ].join(' | ');
}

// EXTERNAL MODULE: ./lib/rollout/engine.js + 1 modules
var engine = __webpack_require__(88061);
;// CONCATENATED MODULE: ./lib/rollout/evidence.js
const withTimeout = (p, ms, fallback) => Promise.race([p.catch(() => fallback), new Promise((r) => setTimeout(() => r(fallback), ms).unref())]);
/**
 * Events and the last log lines of up to three pods, for the failure report. Best effort and
 * bounded in time: the rollback must not wait on it.
 */
async function gatherEvidence(kube, namespace, pods, options = {}) {
    const tailLines = options.tailLines ?? 20;
    const timeoutMs = options.timeoutMs ?? 1500;
    return Promise.all(pods.slice(0, 3).map(async (pod) => {
        const name = pod.metadata?.name ?? '?';
        const container = pod.spec?.containers[0]?.name;
        const restarted = (pod.status?.containerStatuses ?? []).some((c) => c.restartCount > 0);
        const [events, current, previous] = await Promise.all([
            withTimeout(kube.core
                .listNamespacedEvent({ namespace, fieldSelector: `involvedObject.name=${name}` })
                .then((list) => list.items.map((e) => `${e.type ?? ''} ${e.reason ?? ''}: ${e.message ?? ''}`.trim())), timeoutMs, []),
            withTimeout(kube.core.readNamespacedPodLog({ name, namespace, ...(container ? { container } : {}), tailLines }), timeoutMs, ''),
            restarted
                ? withTimeout(kube.core.readNamespacedPodLog({
                    name,
                    namespace,
                    ...(container ? { container } : {}),
                    tailLines,
                    previous: true,
                }), timeoutMs, '')
                : Promise.resolve(''),
        ]);
        const text = String(previous || current || '');
        return {
            pod: name,
            phase: pod.status?.phase ?? '?',
            events: events.slice(-10),
            logs: text
                .split('\n')
                .filter((l) => l.length > 0)
                .slice(-tailLines),
        };
    }));
}

;// CONCATENATED MODULE: ./lib/rollout/health.js
const FATAL_WAITING = new Set([
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'InvalidImageName',
    'CreateContainerConfigError',
]);
/**
 * What is wrong with these pods, from their status alone: crash loops, OOM kills, image pulls,
 * unschedulable, not Ready past the startup deadline. Terminating pods are ignored.
 */
function podProblems(pods, options) {
    const problems = [];
    for (const pod of pods) {
        if (pod.metadata?.deletionTimestamp)
            continue;
        const name = pod.metadata?.name ?? '?';
        const status = pod.status ?? {};
        const found = [];
        const scheduled = status.conditions?.find((c) => c.type === 'PodScheduled');
        if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
            found.push({ pod: name, reason: 'Unschedulable', message: scheduled.message ?? '' });
        }
        for (const cs of status.containerStatuses ?? []) {
            const waiting = cs.state?.waiting;
            const oom = cs.state?.terminated?.reason === 'OOMKilled' || cs.lastState?.terminated?.reason === 'OOMKilled';
            if (oom) {
                found.push({
                    pod: name,
                    reason: 'OOMKilled',
                    message: `container ${cs.name} was OOMKilled (${cs.restartCount} restarts)`,
                });
            }
            else if (waiting?.reason && FATAL_WAITING.has(waiting.reason)) {
                found.push({
                    pod: name,
                    reason: waiting.reason,
                    message: `container ${cs.name}: ${waiting.message ?? waiting.reason} (${cs.restartCount} restarts)`,
                });
            }
            else if (options.maxRestarts !== undefined && cs.restartCount > options.maxRestarts) {
                found.push({
                    pod: name,
                    reason: 'Restarts',
                    message: `container ${cs.name} restarted ${cs.restartCount} times (max-restarts ${options.maxRestarts})`,
                });
            }
        }
        const ready = status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
        const since = toMillis(status.startTime ?? pod.metadata?.creationTimestamp);
        if (found.length === 0 &&
            !ready &&
            since !== undefined &&
            options.now - since > options.startupDeadlineMs) {
            found.push({
                pod: name,
                reason: 'NotReady',
                message: `not Ready ${Math.round((options.now - since) / 1000)}s after start (startup deadline ${Math.round(options.startupDeadlineMs / 1000)}s): the model did not load in time`,
            });
        }
        problems.push(...found);
    }
    return problems;
}
function toMillis(t) {
    if (t === undefined)
        return undefined;
    const ms = t instanceof Date ? t.getTime() : Date.parse(t);
    return Number.isFinite(ms) ? ms : undefined;
}

// EXTERNAL MODULE: ./lib/rollout/analysis.js
var analysis = __webpack_require__(49051);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
;// CONCATENATED MODULE: ./lib/rollout/mann-whitney.js

/** Up to this many samples in all, p-values come from the exact permutation distribution. */
const EXACT_MAX_SAMPLES = 60;
/**
 * Mann-Whitney U (Wilcoxon rank-sum) with average ranks for ties. Up to EXACT_MAX_SAMPLES in all,
 * the p-values are exact: the distribution of the rank sum over all C(n, n1) equally likely ways to
 * split the pooled ranks, given their tie structure (a count of subsets by doubled rank sum, so
 * midranks stay integers). Above that, the normal approximation with the tie-corrected variance
 * n1·n2/12·((n+1) − Σ(t³−t)/(n(n−1))) and a 0.5 continuity correction.
 */
function mannWhitney(first, second) {
    const n1 = first.length;
    const n2 = second.length;
    const n = n1 + n2;
    const all = [...first.map((v) => ({ v, c: true })), ...second.map((v) => ({ v, c: false }))].sort((a, b) => a.v - b.v);
    // Doubled midranks: (i + j + 2) for a tie run from index i to j.
    const doubled = new Array(n);
    let rank2Sum = 0;
    let tieTerm = 0;
    for (let i = 0; i < n;) {
        let j = i;
        while (j + 1 < n && all[j + 1].v === all[i].v)
            j++;
        const t = j - i + 1;
        tieTerm += t * t * t - t;
        for (let k = i; k <= j; k++) {
            doubled[k] = i + j + 2;
            if (all[k].c)
                rank2Sum += i + j + 2;
        }
        i = j + 1;
    }
    const u = rank2Sum / 2 - (n1 * (n1 + 1)) / 2;
    if (n1 === 0 || n2 === 0)
        return { u, pGreater: 1, pLess: 1, p: 1, method: 'exact' };
    if (n <= EXACT_MAX_SAMPLES) {
        const { pGreater, pLess } = exactTails(doubled, n1, rank2Sum);
        return { u, pGreater, pLess, p: Math.min(1, 2 * Math.min(pGreater, pLess)), method: 'exact' };
    }
    const mu = (n1 * n2) / 2;
    const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
    if (!(variance > 0))
        return { u, pGreater: 1, pLess: 1, p: 1, method: 'normal' };
    const sd = Math.sqrt(variance);
    const pGreater = Math.min(1, 1 - normalCdf((u - mu - 0.5) / sd));
    const pLess = Math.min(1, normalCdf((u - mu + 0.5) / sd));
    return { u, pGreater, pLess, p: Math.min(1, 2 * Math.min(pGreater, pLess)), method: 'normal' };
}
/**
 * P(S ≥ s) and P(S ≤ s) where S is the doubled rank sum of n1 items drawn without replacement from
 * `doubled`: ways[k][s] counts k-subsets with sum s, built one item at a time (O(n · n1 · Σranks)).
 */
function exactTails(doubled, n1, observed) {
    const maxSum = doubled.reduce((a, b) => a + b, 0);
    const ways = Array.from({ length: n1 + 1 }, () => new Float64Array(maxSum + 1));
    ways[0][0] = 1;
    let reach = 0;
    for (let i = 0; i < doubled.length; i++) {
        const r = doubled[i];
        reach += r;
        for (let k = Math.min(i + 1, n1); k >= 1; k--) {
            const from = ways[k - 1];
            const to = ways[k];
            for (let s = reach; s >= r; s--)
                to[s] = to[s] + from[s - r];
        }
    }
    const dist = ways[n1];
    let total = 0;
    let atLeast = 0;
    let atMost = 0;
    for (let s = 0; s <= maxSum; s++) {
        const w = dist[s];
        if (w === 0)
            continue;
        total += w;
        if (s >= observed)
            atLeast += w;
        if (s <= observed)
            atMost += w;
    }
    return { pGreater: atLeast / total, pLess: atMost / total };
}
function normalCdf(x) {
    return 0.5 * (1 + (0,simple_statistics/* errorFunction */.T7)(x / Math.SQRT2));
}

;// CONCATENATED MODULE: ./lib/rollout/judge.js


function test(label, canary, baseline, options) {
    const c = canary.filter(Number.isFinite);
    const b = baseline.filter(Number.isFinite);
    const samples = { canary: c.length, baseline: b.length };
    if (c.length < (options.minSamples ?? 3) || b.length < (options.minSamples ?? 3)) {
        return { label, classification: 'Nodata', samples };
    }
    const mw = mannWhitney(c, b);
    const bMean = (0,simple_statistics/* mean */.RE)(b);
    const judgement = {
        label,
        classification: 'Pass',
        canaryMedian: (0,simple_statistics/* median */.JZ)(c),
        baselineMedian: (0,simple_statistics/* median */.JZ)(b),
        ratio: bMean === 0 ? Number.NaN : (0,simple_statistics/* mean */.RE)(c) / bMean,
        method: mw.method,
        smallestP: Math.min(1, (options.direction === 'either' ? 2 : 1) / binomial(c.length + b.length, c.length)),
        samples,
    };
    switch (options.direction) {
        case 'higher-is-worse':
            return { judgement, bad: mw.pGreater, good: mw.pLess, badClass: 'High' };
        case 'lower-is-worse':
            return { judgement, bad: mw.pLess, good: mw.pGreater, badClass: 'Low' };
        case 'either':
            return { judgement, bad: mw.p, good: 1, badClass: mw.pGreater <= mw.pLess ? 'High' : 'Low' };
    }
}
/**
 * Kayenta-style judgement over series pairs. Each series is a Mann-Whitney test in the bad direction
 * (one-sided; two-sided for `either`), the series held together to `alpha` by Holm's step-down
 * (or each at `alpha` with `correction: none`); a series that moved the bad way is High or Low,
 * one that moved significantly the good way is shown High or Low but counts as a pass. Nodata
 * counts against the score.
 */
function judge(pairs, options) {
    const results = pairs.map((p) => test(p.label, p.canary, p.baseline, options));
    const tested = results.filter((r) => 'judgement' in r);
    const m = tested.length;
    const holm = (options.correction ?? 'holm') === 'holm';
    // Holm: the i-th smallest p (0-based) is held to alpha/(m − i) until the first that misses.
    const order = [...tested].sort((a, b) => a.bad - b.bad);
    let stopped = false;
    order.forEach((t, i) => {
        const level = holm ? options.alpha / (m - i) : options.alpha;
        t.judgement.p = t.bad;
        t.judgement.level = level;
        const rejected = !stopped && t.bad <= level;
        if (holm && !rejected)
            stopped = true;
        if (rejected)
            t.judgement.classification = t.badClass;
        else if (t.good <= level)
            t.judgement.classification = t.badClass === 'High' ? 'Low' : 'High';
    });
    const series = results.map((r) => ('judgement' in r ? r.judgement : r));
    const bad = (s) => s.classification === 'Nodata' ||
        (s.classification === 'High' && options.direction !== 'lower-is-worse') ||
        (s.classification === 'Low' && options.direction !== 'higher-is-worse');
    const passed = series.filter((s) => !bad(s)).length;
    const score = series.length === 0 ? 0 : (100 * passed) / series.length;
    const verdict = score >= options.passScore ? 'pass' : score >= options.marginalScore ? 'marginal' : 'fail';
    return { score, verdict, series };
}
function binomial(n, k) {
    let r = 1;
    for (let i = 1; i <= k; i++)
        r = (r * (n - k + i)) / i;
    return r;
}

;// CONCATENATED MODULE: ./lib/rollout/promql-window.js
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000,
    w: 604_800_000,
    y: 31_536_000_000,
};
/** A PromQL duration (`1m`, `1h30m`, `500ms`; Prometheus 3 also takes plain seconds) in milliseconds. */
function promDuration(text) {
    const s = text.trim();
    if (/^\d+(?:\.\d+)?$/.test(s))
        return Number(s) * 1000;
    if (!/^(?:\d+(?:ms|s|m|h|d|w|y))+$/.test(s))
        return undefined;
    let total = 0;
    for (const m of s.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g))
        total += Number(m[1]) * UNIT_MS[m[2]];
    return total;
}
/**
 * How far back one evaluation of the query reaches: the longest range selector (`rate(x[1m])`), plus
 * the range of every subquery (`max_over_time(rate(x[1m])[5m:30s])` reaches 6m), which nest.
 * Label values and other strings are skipped. Undefined when the query has no range at all (a
 * recording rule hides its window: declare it with `window`).
 */
function queryWindowMs(query) {
    const code = query.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""').replace(/#[^\n]*/g, '');
    let longestRange = 0;
    let subqueries = 0;
    let found = false;
    for (const m of code.matchAll(/\[([^[\]:]*)(:[^[\]]*)?\]/g)) {
        const range = promDuration(m[1]);
        if (range === undefined)
            continue;
        found = true;
        if (m[2] !== undefined)
            subqueries += range;
        else
            longestRange = Math.max(longestRange, range);
    }
    return found ? longestRange + subqueries : undefined;
}
/**
 * The query_range step for the judge: at least the query's window, so that consecutive samples
 * summarize disjoint stretches of time. Samples of `rate(x[1m])` every 15 s share three quarters of
 * their data; a test that takes them as independent rolls back far more often than its alpha.
 */
function judgeStepMs(options) {
    const window = options.windowMs ?? queryWindowMs(options.query) ?? 0;
    return Math.max(options.stepMs, window);
}

;// CONCATENATED MODULE: ./lib/rollout/sequential.js
function covers(step, metric) {
    return step.kind === 'analysis' && (step.metrics === 'all' || step.metrics.includes(metric));
}
/**
 * Most measurements an analysis step can count for a metric. Without a duration the step ends at
 * `count` (default 1) measurements that are not errors. With one, measurement j is taken no earlier
 * than initial-delay + j·interval into the step and only before the duration ends.
 */
function looksInStep(step, metric) {
    if (step.durationMs === undefined)
        return metric.count ?? 1;
    return Math.max(1, Math.ceil((step.durationMs - metric.initialDelayMs) / metric.intervalMs));
}
/** Every look the rollout's steps plan at the metric. */
function plannedLooks(steps, metric) {
    return steps.reduce((sum, s) => sum + (covers(s, metric.name) ? looksInStep(s, metric) : 0), 0);
}
/**
 * The look a measurement taken `at` at step `stepIndex` is. Earlier steps count with every look they
 * planned. Within a step without a duration, it is one more than the measurements so far that were
 * not errors; with a duration, the interval slot `at` falls in (measurements are an interval apart,
 * so each has its own slot, and fewer than the step plans, however many the state kept).
 */
function lookAt(steps, stepIndex, metric, sofar, stepStartedAt, at) {
    const planned = plannedLooks(steps, metric);
    const step = steps[stepIndex];
    if (!step || !covers(step, metric.name))
        return { index: planned, planned };
    const before = plannedLooks(steps.slice(0, stepIndex), metric);
    const inStep = step.durationMs === undefined
        ? sofar.filter((m) => m.phase !== 'Error').length
        : Math.max(0, Math.floor((at - stepStartedAt - metric.initialDelayMs) / metric.intervalMs));
    return { index: before + inStep + 1, planned };
}
/**
 * erfc with fractional error below 1.2e-7 everywhere (Numerical Recipes' Chebyshev fit), so tiny
 * tail probabilities keep their relative precision.
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 +
                                                    t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** Inverse of the standard normal upper tail by bisection on erfc: the z with P(Z > z) = p. */
function upperQuantile(p) {
    let lo = -40;
    let hi = 40;
    for (let i = 0; i < 200; i++) {
        const mid = (lo + hi) / 2;
        if (erfc(mid / Math.SQRT2) / 2 > p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/**
 * Lan-DeMets O'Brien-Fleming-type spending: the share of `alpha` spent by information fraction t,
 * α(t) = 2 − 2Φ(z_{1−α/2}/√t), scaled so that α(1) is exactly `alpha`.
 */
function obrienFlemingSpent(alpha, t) {
    if (t <= 0)
        return 0;
    if (t >= 1)
        return alpha;
    const z = upperQuantile(alpha / 2);
    return (alpha * erfc(z / Math.sqrt(2 * t))) / erfc(z / Math.SQRT2);
}
/**
 * The level of one look: the alpha its slot of the plan adds to the spent total. Summed over all
 * looks it is at most `alpha`, so by the union bound the chance of any false rollback over the whole
 * rollout stays at or below `alpha`, whatever the dependence between looks (their lookback windows
 * overlap and the canary weight changes between steps, so the classic joint boundaries do not apply).
 */
function lookAlpha(alpha, look) {
    if (look.planned <= 0 || look.index > look.planned)
        return 0;
    return (obrienFlemingSpent(alpha, look.index / look.planned) -
        obrienFlemingSpent(alpha, (look.index - 1) / look.planned));
}

;// CONCATENATED MODULE: ./lib/rollout/providers/provider.js

/**
 * PromQL label matchers for one track's pods: `namespace` and `deployment` labels, as the
 * simulator exports them and as a relabeling of kube pod metadata gives them.
 */
function trackSelector(target, track) {
    const deployment = track === 'canary' ? target.canary : target.stable;
    return `namespace="${target.namespace}",deployment="${deployment}"`;
}
const PLACEHOLDER = /\{\{\s*([a-z]+)\s*\}\}/g;
/**
 * Fills {{namespace}}, {{canary}}, {{stable}}, {{selector}} and {{track}}, and with KServe {{revision}}
 * (the track's predictor revision); an unknown placeholder is an error.
 */
function renderQuery(query, target, track) {
    const vars = {
        namespace: target.namespace,
        canary: target.canary,
        stable: target.stable,
        selector: trackSelector(target, track),
        track,
        ...(target.revisions ? { revision: target.revisions[track] } : {}),
    };
    const unknown = [...query.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((n) => !(n in vars));
    if (unknown.length > 0) {
        return {
            error: `unknown placeholder {{${unknown[0]}}} in the query; use ${Object.keys(vars)
                .map((v) => `{{${v}}}`)
                .join(', ')}`,
        };
    }
    return { query: query.replace(PLACEHOLDER, (_, name) => vars[name]) };
}
function errorMeasurement(at, message) {
    return { phase: 'Error', at, message };
}
/** The measurement for the numbers a query returned: the metric's conditions decide its phase. */
function valuesMeasurement(metric, at, values) {
    const { phase, message } = (0,analysis/* evaluateResult */.xd)(metric, values);
    return {
        phase,
        at,
        ...(values.length > 0 ? { value: (0,analysis/* formatValue */.Fl)(values) } : {}),
        ...(message ? { message } : {}),
    };
}
function describeFailure(error) {
    if (error instanceof Error) {
        const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
        return `${error.message}${cause}`;
    }
    return String(error);
}

;// CONCATENATED MODULE: ./lib/rollout/providers/prometheus.js

/** GET /api/v1/query or /api/v1/query_range; any failure is returned, never thrown. */
async function promQuery(address, path, params, ctx, timeoutMs = 10_000) {
    const url = new URL(`api/v1/${path}`, address.endsWith('/') ? address : `${address}/`);
    for (const [k, v] of Object.entries(params))
        url.searchParams.set(k, v);
    try {
        const res = await (ctx.fetch ?? fetch)(url, { signal: AbortSignal.timeout(timeoutMs) });
        const text = await res.text();
        let body;
        try {
            body = JSON.parse(text);
        }
        catch {
            return {
                ok: false,
                error: `Prometheus at ${address} answered ${res.status} with non-JSON: ${text.slice(0, 200)}`,
            };
        }
        if (!res.ok || body.status !== 'success' || !body.data) {
            return {
                ok: false,
                error: `Prometheus at ${address} answered ${res.status}: ${body.error ?? text.slice(0, 200)}`,
            };
        }
        return { ok: true, resultType: body.data.resultType ?? '', result: body.data.result };
    }
    catch (error) {
        return { ok: false, error: `Prometheus at ${address} unreachable: ${describeFailure(error)}` };
    }
}
/** A sample value as Prometheus writes it: a decimal, or "NaN", "+Inf", "-Inf" (which Number() reads as NaN). */
function promNumber(text) {
    if (text === '+Inf' || text === 'Inf')
        return Number.POSITIVE_INFINITY;
    if (text === '-Inf')
        return Number.NEGATIVE_INFINITY;
    return Number(text);
}
/** Instant-query result as numbers: a scalar is one value, a vector one value per series (sorted by labels). */
function instantValues(resultType, result) {
    if (resultType === 'scalar')
        return [promNumber(result[1])];
    if (resultType === 'vector') {
        const samples = [...result].sort((a, b) => JSON.stringify(a.metric).localeCompare(JSON.stringify(b.metric)));
        return samples.map((s) => promNumber(s.value?.[1]));
    }
    return { error: `the query returned a ${resultType}; use an instant vector or scalar expression` };
}
const prometheusProvider = async (metric, ctx) => {
    const at = ctx.now();
    const config = metric.config.prometheus;
    if (!config)
        return errorMeasurement(at, 'metric has no prometheus provider');
    const address = config.address ?? ctx.prometheus;
    if (!address)
        return errorMeasurement(at, 'no Prometheus address: set deploy.analysis.prometheus or --prometheus');
    const rendered = renderQuery(config.query, ctx.target, 'canary');
    if ('error' in rendered)
        return errorMeasurement(at, rendered.error);
    const outcome = await promQuery(address, 'query', { query: rendered.query }, ctx);
    if (!outcome.ok)
        return errorMeasurement(at, outcome.error);
    const values = instantValues(outcome.resultType, outcome.result);
    if (!Array.isArray(values))
        return errorMeasurement(at, values.error);
    return valuesMeasurement(metric, at, values);
};

;// CONCATENATED MODULE: ./lib/rollout/providers/judge.js






/** Labels that differ between the two tracks by construction; series are paired on the rest. */
const TRACK_LABELS = new Set(['pod', 'instance', 'track', 'pod_template_hash', 'deployment', 'replicaset']);
function seriesKey(labels) {
    const kept = Object.entries(labels)
        .filter(([k]) => !TRACK_LABELS.has(k))
        .sort(([a], [b]) => a.localeCompare(b));
    return kept.length === 0 ? 'all' : kept.map(([k, v]) => `${k}=${v}`).join(',');
}
async function samples(metric, ctx, address, track, stepMs) {
    const config = metric.config.judge;
    const rendered = renderQuery(config.query, ctx.target, track);
    if ('error' in rendered)
        return rendered;
    const end = ctx.now() / 1000;
    const outcome = await promQuery(address, 'query_range', {
        query: rendered.query,
        start: String(end - config.lookback / 1000),
        end: String(end),
        step: String(stepMs / 1000),
    }, ctx);
    if (!outcome.ok)
        return { error: outcome.error };
    if (outcome.resultType !== 'matrix')
        return { error: `the judge query returned a ${outcome.resultType}, not a range vector` };
    const bySeries = new Map();
    for (const s of outcome.result) {
        const key = seriesKey(s.metric);
        bySeries.set(key, [...(bySeries.get(key) ?? []), ...s.values.map(([, v]) => promNumber(v))]);
    }
    return bySeries;
}
/**
 * Canary vs stable over the lookback, sampled once per window of the query so samples do not share
 * data: Mann-Whitney U per paired series at this look's share of alpha (O'Brien-Fleming spending
 * over the looks the rollout plans), Holm across series, Kayenta's score, then pass → Successful,
 * marginal → Inconclusive, fail → Failed. Conditions, when set, see the score.
 */
const judgeProvider = async (metric, ctx) => {
    const at = ctx.now();
    const config = metric.config.judge;
    if (!config)
        return errorMeasurement(at, 'metric has no judge provider');
    const address = config.address ?? ctx.prometheus;
    if (!address)
        return errorMeasurement(at, 'no Prometheus address: set deploy.analysis.prometheus or --prometheus');
    const stepMs = judgeStepMs({
        query: config.query,
        stepMs: config.step,
        ...(config.window !== undefined ? { windowMs: config.window } : {}),
    });
    const [canary, stable] = await Promise.all([
        samples(metric, ctx, address, 'canary', stepMs),
        samples(metric, ctx, address, 'stable', stepMs),
    ]);
    if (!(canary instanceof Map))
        return errorMeasurement(at, canary.error);
    if (!(stable instanceof Map))
        return errorMeasurement(at, stable.error);
    if (canary.size === 0 || stable.size === 0) {
        const { phase, message } = (0,analysis/* evaluateResult */.xd)(metric, null);
        return {
            phase,
            at,
            message: `judge: ${canary.size === 0 ? 'canary' : 'stable'} has no samples; ${message}`,
        };
    }
    const shared = [...canary.keys()].filter((k) => stable.has(k));
    const pairs = shared.length > 0
        ? [...canary.keys()].map((k) => ({ label: k, canary: canary.get(k), baseline: stable.get(k) ?? [] }))
        : [{ label: 'all', canary: [...canary.values()].flat(), baseline: [...stable.values()].flat() }];
    const look = ctx.look?.(metric, at) ?? { index: 1, planned: 1 };
    const alpha = lookAlpha(config.alpha, look);
    const result = judge(pairs, {
        direction: config.direction,
        alpha,
        correction: ctx.correction ?? 'holm',
        passScore: config['pass-score'],
        marginalScore: config['marginal-score'],
    });
    const detail = result.series
        .map((s) => s.classification === 'Nodata'
        ? `${s.label}: no data (${s.samples.canary} canary / ${s.samples.baseline} stable samples)`
        : `${s.label}: ${s.classification} (canary median ${fmt(s.canaryMedian)} vs stable ${fmt(s.baselineMedian)}, p=${fmt(s.p)} vs ${fmt(s.level)}, ${s.samples.canary}/${s.samples.baseline} samples${(s.smallestP ?? 0) > (s.level ?? 1) ? `, which cannot go below p=${fmt(s.smallestP)}: this look cannot flag it` : ''})`)
        .join('; ');
    const plan = `look ${look.index} of ${look.planned} at alpha ${fmt(alpha)} of ${fmt(config.alpha)}, one sample per ${stepMs / 1000}s`;
    // A canary younger than a few query windows has no independent samples yet: measuring again later
    // (an Error, retried up to consecutive-error-limit) is what the data allows, not a rollback.
    if (result.series.every((s) => s.classification === 'Nodata'))
        return errorMeasurement(at, `too few samples to judge yet (${detail}); it needs ${MIN_SAMPLES} windows of ${stepMs / 1000}s of traffic on each track, measured again at the next interval`);
    const value = `score ${Math.round(result.score)} (${result.verdict})`;
    if (metric.success || metric.failure) {
        const { phase, message } = (0,analysis/* evaluateResult */.xd)(metric, [result.score]);
        return { phase, at, value, message: [message, detail, plan].filter(Boolean).join('; ') };
    }
    const phase = result.verdict === 'pass' ? 'Successful' : result.verdict === 'marginal' ? 'Inconclusive' : 'Failed';
    return { phase, at, value, message: `${detail}; ${plan}` };
};
/** The judge's fewest samples per track (its default `minSamples`). */
const MIN_SAMPLES = 3;
function fmt(v) {
    if (v === undefined || Number.isNaN(v))
        return 'n/a';
    if (v !== 0 && Math.abs(v) < 0.001)
        return v.toExponential(2);
    return Math.abs(v) >= 100 ? v.toFixed(1) : Number(v.toPrecision(3)).toString();
}

;// CONCATENATED MODULE: ./lib/rollout/providers/kubernetes.js



/** Canary pod health from their status: Failed with the problems, Successful when there are none. */
const kubernetesProvider = async (metric, ctx) => {
    const at = ctx.now();
    try {
        const pods = await ctx.canaryPods();
        const problems = podProblems(pods, {
            startupDeadlineMs: ctx.startupDeadlineMs,
            now: at,
            maxRestarts: metric.config.kubernetes?.['max-restarts'] ?? 0,
        });
        const restarts = pods.reduce((n, p) => n + (p.status?.containerStatuses ?? []).reduce((m, c) => m + c.restartCount, 0), 0);
        if (problems.length > 0)
            return {
                phase: 'Failed',
                at,
                value: `${problems.length} unhealthy pod(s)`,
                message: (0,engine/* describeProblems */.y)(problems),
            };
        return { phase: 'Successful', at, value: `${pods.length} pod(s), ${restarts} restart(s)` };
    }
    catch (error) {
        return errorMeasurement(at, `cannot list canary pods: ${describeFailure(error)}`);
    }
};

;// CONCATENATED MODULE: ./lib/rollout/pick.js
/**
 * A JSONPath-like pick: `$`, `$.data.value`, `$.items[0].score`, `$.items[*].score`, `$['a.b']`.
 * Returns every value reached (a `[*]` fans out); a missing key reaches nothing.
 */
function pick(document, path) {
    const segments = parsePath(path);
    let current = [document];
    for (const seg of segments) {
        const next = [];
        for (const value of current) {
            if (seg === '*') {
                if (Array.isArray(value))
                    next.push(...value);
                else if (value && typeof value === 'object')
                    next.push(...Object.values(value));
            }
            else if (typeof seg === 'number') {
                if (Array.isArray(value)) {
                    const item = value[seg < 0 ? value.length + seg : seg];
                    if (item !== undefined)
                        next.push(item);
                }
            }
            else if (value && typeof value === 'object' && !Array.isArray(value) && seg in value) {
                next.push(value[seg]);
            }
        }
        current = next;
    }
    return current;
}
class PickError extends Error {
}
function parsePath(path) {
    const p = path.trim();
    if (!p.startsWith('$'))
        throw new PickError(`pick "${path}" must start with $ (e.g. $.data.value)`);
    const out = [];
    let i = 1;
    while (i < p.length) {
        if (p[i] === '.') {
            const m = /^\.([A-Za-z_$][\w$-]*|\*)/.exec(p.slice(i));
            if (!m)
                throw new PickError(`pick "${path}": expected a key after "." at ${i + 1}`);
            out.push(m[1]);
            i += m[0].length;
        }
        else if (p[i] === '[') {
            const m = /^\[\s*(?:(-?\d+)|\*|'([^']*)'|"([^"]*)")\s*\]/.exec(p.slice(i));
            if (!m)
                throw new PickError(`pick "${path}": expected [n], [*] or ['key'] at ${i + 1}`);
            out.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3] ?? '*'));
            i += m[0].length;
        }
        else {
            throw new PickError(`pick "${path}": unexpected "${p[i]}" at ${i + 1}`);
        }
    }
    return out;
}
/** Numbers from picked values: numbers, numeric strings, booleans as 1/0, arrays flattened; null reaches nothing. */
function toNumbers(values) {
    const out = [];
    for (const v of values) {
        if (Array.isArray(v)) {
            const inner = toNumbers(v);
            if (!Array.isArray(inner))
                return inner;
            out.push(...inner);
        }
        else if (typeof v === 'number')
            out.push(v);
        else if (typeof v === 'boolean')
            out.push(v ? 1 : 0);
        else if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
            out.push(Number(v));
        else if (typeof v === 'string' && /^[+-]?(NaN|Inf)$/.test(v))
            out.push(v.includes('NaN') ? Number.NaN : v.startsWith('-') ? -Infinity : Infinity);
        else if (v !== null && v !== undefined)
            return { error: `picked ${typeof v === 'object' ? 'an object' : JSON.stringify(v)}, not a number` };
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/rollout/providers/web.js


/** JSON over HTTP; `pick` selects the number(s) the conditions see as `result`. */
const webProvider = async (metric, ctx) => {
    const at = ctx.now();
    const config = metric.config.web;
    if (!config)
        return errorMeasurement(at, 'metric has no web provider');
    let document;
    try {
        const res = await (ctx.fetch ?? fetch)(config.url, {
            method: config.method,
            headers: config.headers,
            ...(config.body !== undefined ? { body: config.body } : {}),
            signal: AbortSignal.timeout(config.timeout),
        });
        const text = await res.text();
        if (!res.ok)
            return errorMeasurement(at, `${config.url} answered ${res.status}: ${text.slice(0, 200)}`);
        try {
            document = JSON.parse(text);
        }
        catch {
            return errorMeasurement(at, `${config.url} did not answer JSON: ${text.slice(0, 200)}`);
        }
    }
    catch (error) {
        return errorMeasurement(at, `${config.url} unreachable: ${describeFailure(error)}`);
    }
    let values;
    try {
        values = toNumbers(pick(document, config.pick));
    }
    catch (error) {
        return errorMeasurement(at, describeFailure(error));
    }
    if (!Array.isArray(values))
        return errorMeasurement(at, `${config.pick}: ${values.error}`);
    return valuesMeasurement(metric, at, values);
};

;// CONCATENATED MODULE: ./lib/rollout/providers/index.js





const PROVIDERS = {
    prometheus: prometheusProvider,
    web: webProvider,
    kubernetes: kubernetesProvider,
    judge: judgeProvider,
};
/** One measurement of a metric; a provider that throws anyway is recorded as an Error measurement. */
async function measure(metric, ctx) {
    try {
        return await PROVIDERS[metric.provider](metric, ctx);
    }
    catch (error) {
        return errorMeasurement(ctx.now(), `${metric.provider} provider failed: ${describeFailure(error)}`);
    }
}

// EXTERNAL MODULE: ./lib/cluster/placement.js + 3 modules
var placement = __webpack_require__(48532);
// EXTERNAL MODULE: ./lib/cluster/placement-model.js
var placement_model = __webpack_require__(54233);
;// CONCATENATED MODULE: ./lib/rollout/room.js


function podShape(deploy, name) {
    const r = deploy.resources;
    return {
        name,
        replicas: 1,
        ...(r.gpus > 0 ? { gpus: r.gpus } : {}),
        ...(r['gpu-product'] ? { gpuProduct: r['gpu-product'] } : {}),
        ...(r.mig ? { mig: r.mig } : {}),
        ...(r.cpu !== undefined ? { cpu: r.cpu } : {}),
        ...(r.memory !== undefined ? { memory: r.memory } : {}),
        nodeSelector: deploy['node-selector'],
        tolerations: deploy.tolerations,
    };
}
/**
 * How many more pods of this shape fit now, node by node (a pod fits on one node or not at all):
 * the scheduler's filters (ready, cordon, taints, selector) then free = allocatable − requested
 * for every resource the pod asks for.
 */
function room(snapshot, shape) {
    const requests = (0,placement_model/* shapeRequests */.qe)(shape);
    let pods = 0;
    const excluded = new Map();
    const perNode = [];
    for (const node of snapshot.nodes) {
        const veto = (0,placement_model/* staticVeto */.ju)(node, shape);
        if (veto) {
            const why = veto.kind === 'taint'
                ? `untolerated taint ${veto.key}${veto.value ? `=${veto.value}` : ''}`
                : veto.kind === 'selector'
                    ? 'node selector / GPU product'
                    : veto.kind;
            excluded.set(why, (excluded.get(why) ?? 0) + 1);
            continue;
        }
        let fit = Number.POSITIVE_INFINITY;
        let short = '';
        for (const [resource, amount] of Object.entries(requests)) {
            if (amount <= 0)
                continue;
            const free = (node.allocatable[resource] ?? 0) - (node.requested[resource] ?? 0);
            const n = Math.max(0, Math.floor(free / amount + 1e-9));
            if (n < fit) {
                fit = n;
                short = `${resource} ${Math.max(0, free)} free of ${node.allocatable[resource] ?? 0}, ${amount} per pod`;
            }
        }
        if (!Number.isFinite(fit))
            fit = 0;
        pods += fit;
        perNode.push(`${node.name}: ${fit} (${short})`);
    }
    const parts = [
        perNode.length
            ? `eligible nodes ${perNode.slice(0, 6).join('; ')}${perNode.length > 6 ? '; …' : ''}`
            : 'no eligible node',
        ...[...excluded].map(([why, n]) => `${n} node(s) excluded: ${why}`),
    ];
    // The placement module's count is the authority; the per-node lines above explain it.
    return { pods: Math.min(pods, (0,placement/* maxAdditionalPods */.IX)(snapshot, shape)), detail: parts.join('; ') };
}

// EXTERNAL MODULE: ./lib/rollout/state.js
var rollout_state = __webpack_require__(39280);
;// CONCATENATED MODULE: ./lib/rollout/run.js









const MAX_MEASUREMENTS = 100;
/** Whether a container of the pod runs the image (the model container, or a KServe modelcar sidecar). */
function runsImage(pod, image) {
    return (pod.spec?.containers ?? []).some((c) => c.image === image);
}
const sleep = (ms, signal) => new Promise((resolve) => {
    if (ms <= 0)
        return resolve();
    const t = setTimeout(done, ms);
    function done() {
        clearTimeout(t);
        signal?.removeEventListener('abort', done);
        resolve();
    }
    if (signal && !signal.aborted)
        signal.addEventListener('abort', done);
});
/**
 * The shell around decide(): observe the cluster, decide, apply the actions in order, sleep until
 * the decision wants another look. Cancellation wakes it at once; the engine then rolls back.
 */
class RolloutRunner {
    options;
    o;
    canaryPods = [];
    stablePods = [];
    evidence = [];
    measurements = {};
    lastProgress;
    stableReadyMin;
    stableImageAtStart;
    revision;
    target;
    constructor(options) {
        this.options = options;
        this.o = options.objects;
    }
    async run() {
        const { spec, log, now, signal } = this.options;
        const started = now();
        let lastMessage = '';
        let lastLogAt = 0;
        for (;;) {
            const observed = await this.observe();
            const stop = signal.aborted
                ? String(signal.reason?.message ?? 'interrupted')
                : this.options.stopReason?.();
            if (stop)
                observed.cancelled = stop;
            const decision = (0,engine.decide)(spec, observed, now());
            this.lastProgress = decision.progress;
            this.options.onObserve?.(observed, decision.progress);
            // A line when something changes, and at least one per interval while waiting.
            const line = progressLine(decision.progress);
            if (decision.progress.message !== lastMessage || now() - lastLogAt >= spec.intervalMs) {
                log.info(line);
                lastLogAt = now();
                lastMessage = decision.progress.message;
            }
            for (const action of decision.actions)
                await this.apply(action, observed);
            if (decision.done) {
                const report = {
                    model: this.o.name,
                    namespace: this.o.namespace,
                    image: spec.image,
                    ...(this.stableImageAtStart ? { stableImage: this.stableImageAtStart } : {}),
                    ...(this.revision !== undefined ? { revision: this.revision } : {}),
                    verdict: decision.done.verdict,
                    reason: decision.done.reason,
                    durationMs: now() - started,
                    metrics: this.lastProgress?.metrics ?? [],
                    measurements: this.measurements,
                    evidence: this.evidence,
                    ...(this.lastProgress ? { lastProgress: this.lastProgress } : {}),
                    ...(this.stableReadyMin !== undefined ? { stableReadyMin: this.stableReadyMin } : {}),
                };
                if (decision.done.verdict === 'failed' &&
                    this.evidence.length === 0 &&
                    observed.stableProblems.length > 0) {
                    report.evidence = await gatherEvidence(this.options.kube, this.o.namespace, this.problemPods(this.stablePods, observed.stableProblems));
                }
                return { verdict: decision.done.verdict, reason: decision.done.reason, report };
            }
            // Once cancelled the rollback must finish: keep sleeping for real, not on the aborted signal.
            await sleep(decision.requeueAfterMs, observed.cancelled ? undefined : signal);
        }
    }
    problemPods(pods, problems) {
        const names = new Set(problems.map((p) => p.pod));
        const bad = pods.filter((p) => names.has(p.metadata?.name ?? ''));
        return bad.length > 0 ? bad : pods;
    }
    async observe() {
        const { spec, now, workload } = this.options;
        const view = await workload.read();
        const { stable, canary } = view;
        this.canaryPods = view.canaryPods;
        this.stablePods = view.stablePods;
        this.target = view.target;
        const t = now();
        const deadline = { startupDeadlineMs: spec.startupDeadlineMs, now: t };
        if (stable) {
            this.stableReadyMin = Math.min(this.stableReadyMin ?? stable.readyReplicas, stable.readyReplicas);
            this.stableImageAtStart ??= stable.image;
        }
        const state = canary ? (0,rollout_state.readState)(canary.annotations) : undefined;
        if (state?.ok) {
            this.revision = state.state.revision;
            this.stableImageAtStart = state.state.stableImage;
            for (const [k, v] of Object.entries(state.state.analysis)) {
                const known = this.measurements[k] ?? [];
                const fresh = v.filter((m) => !known.some((x) => x.at === m.at));
                this.measurements[k] = [...known, ...fresh];
            }
        }
        const weight = await this.options.router.weight({
            canary: canary?.readyReplicas ?? 0,
            stable: stable?.readyReplicas ?? 0,
        });
        const observed = {
            ...(stable ? { stable } : {}),
            ...(canary ? { canary } : {}),
            canaryProblems: podProblems(this.canaryPods, deadline),
            stableProblems: podProblems(this.stablePods.filter((p) => runsImage(p, spec.image)), deadline),
            weight,
        };
        if (this.options.snapshot) {
            const snapshot = await this.snapshotWithRetry();
            observed.room = room(snapshot, podShape(this.o.deploy, 'canary'));
        }
        return observed;
    }
    async snapshotWithRetry() {
        for (let attempt = 1;; attempt++) {
            try {
                return await this.options.snapshot();
            }
            catch (error) {
                if (attempt >= 6)
                    throw error;
                await sleep(50 * 2 ** attempt);
            }
        }
    }
    async apply(action, observed) {
        const { workload, router, spec, log, now } = this.options;
        switch (action.kind) {
            case 'createStable': {
                await router.prepare();
                await workload.createStable(spec.image, action.replicas, {
                    [rollout_state/* ANNOTATION */.YX.revision]: String(action.revision),
                    [rollout_state/* ANNOTATION */.YX.firstDeploy]: new Date(action.startedAt).toISOString(),
                });
                this.revision = action.revision;
                log.info(`created ${workload.stableName} (${spec.image}, ${action.replicas} replicas)`);
                return;
            }
            case 'createCanary': {
                await router.prepare();
                const created = await workload.createCanary(spec.image, (0,rollout_state/* stateAnnotations */.Ww)(action.state));
                this.revision = action.state.revision;
                if (created)
                    log.info(`created canary ${workload.canaryName} (revision ${action.state.revision})`);
                return;
            }
            case 'writeState':
                if (action.state.phase === 'aborting' && observed.canary) {
                    const aborted = (0,rollout_state.readState)(observed.canary.annotations);
                    if (!aborted.ok || aborted.state.phase !== 'aborting') {
                        log.warning(`rolling back: ${action.state.abortReason ?? 'aborted'}`);
                        // Evidence first, while the failing pods are still there.
                        if (this.evidence.length === 0 && observed.canaryProblems.length + this.failedMetrics() > 0) {
                            this.evidence = await gatherEvidence(this.options.kube, this.o.namespace, this.problemPods(this.canaryPods, observed.canaryProblems));
                        }
                    }
                }
                await workload.writeState((0,rollout_state/* stateAnnotations */.Ww)(action.state));
                return;
            case 'scaleCanary':
                await workload.scaleCanary(action.replicas);
                return;
            case 'scaleStable':
                await workload.scaleStable(action.replicas);
                return;
            case 'setWeight':
                await router.setWeight(action.weight);
                return;
            case 'measure':
                await this.measure(action.metrics, observed);
                return;
            case 'updateStable': {
                const maxUnavailable = action.maxUnavailable ?? 0;
                await workload.updateStable(action.image, {
                    maxSurge: action.maxSurge,
                    maxUnavailable,
                    replicas: action.replicas ?? Math.max(spec.replicas, 1),
                    ...(action.revision !== undefined ? { revision: action.revision } : {}),
                });
                log.info(`${workload.stableName} → ${action.image} (max surge ${action.maxSurge}, max unavailable ${maxUnavailable})`);
                return;
            }
            case 'deleteCanary':
                await workload.deleteCanary();
                await router.cleanup();
                return;
            case 'markFirstDeployDone':
                await workload.annotateStable({ [rollout_state/* ANNOTATION */.YX.firstDeploy]: null });
                return;
            case 'recordHistory': {
                const image = action.verdict === 'rolled-back' ? (observed.canary?.image ?? spec.image) : spec.image;
                const digest = (0,rollout_history/* digestOf */.ol)(image);
                await (0,rollout_history/* recordRevision */.dO)(this.options.kube, this.o, {
                    revision: action.revision,
                    image,
                    ...(digest ? { digest } : {}),
                    ...(this.options.revisionInfo.modelVersion
                        ? { modelVersion: this.options.revisionInfo.modelVersion }
                        : {}),
                    ...(this.options.revisionInfo.gitSha ? { gitSha: this.options.revisionInfo.gitSha } : {}),
                    verdict: action.verdict,
                    ...(action.reason ? { reason: action.reason.slice(0, 500) } : {}),
                    at: new Date(now()).toISOString(),
                });
                return;
            }
            default: {
                const never = action;
                throw new Error(`unknown action ${JSON.stringify(never)}`);
            }
        }
    }
    failedMetrics() {
        return Object.values(this.measurements).filter((ms) => ms.some((m) => m.phase !== 'Successful')).length;
    }
    async measure(names, observed) {
        const { spec, now, log, prometheus } = this.options;
        const canary = observed.canary;
        if (!canary)
            return;
        const read = (0,rollout_state.readState)(canary.annotations);
        if (!read.ok)
            return;
        const metrics = spec.metrics.filter((m) => names.includes(m.name));
        const ctx = {
            target: this.target ?? { namespace: this.o.namespace, stable: this.o.name, canary: this.o.canaryName },
            ...(prometheus ? { prometheus } : {}),
            now,
            startupDeadlineMs: spec.startupDeadlineMs,
            canaryPods: async () => this.canaryPods,
            look: (m, at) => lookAt(spec.steps, read.state.step, m, read.state.analysis[m.name] ?? [], read.state.stepStartedAt, at),
            ...(spec.correction ? { correction: spec.correction } : {}),
        };
        const results = await Promise.all(metrics.map(async (m) => [m.name, await measure(m, ctx)]));
        const analysis = { ...read.state.analysis };
        for (const [metric, measurement] of results) {
            analysis[metric] = [...(analysis[metric] ?? []), measurement].slice(-MAX_MEASUREMENTS);
            this.measurements[metric] = [...(this.measurements[metric] ?? []), measurement];
            const text = `${metric}: ${measurement.phase}${measurement.value !== undefined ? ` ${measurement.value}` : ''}${measurement.message ? ` (${measurement.message})` : ''}`;
            if (measurement.phase === 'Successful')
                log.info(`  measured ${text}`);
            else
                log.warning(`measured ${text}`);
        }
        const next = { ...read.state, analysis };
        await this.options.workload.writeState((0,rollout_state/* stateAnnotations */.Ww)(next));
        canary.annotations = { ...canary.annotations, ...(0,rollout_state/* stateAnnotations */.Ww)(next) };
    }
}

;// CONCATENATED MODULE: ./lib/rollout/kserve-manifest.js

const INFERENCESERVICE = {
    group: 'serving.kserve.io',
    version: 'v1beta1',
    plural: 'inferenceservices',
};
/** Labels KServe and Knative put on an InferenceService's predictor pods. */
const INFERENCESERVICE_LABEL = 'serving.kserve.io/inferenceservice';
const REVISION_LABEL = 'serving.knative.dev/revision';
/** The container KServe routes to in a custom predictor. */
const KSERVE_CONTAINER = 'kserve-container';
const OCI = 'oci://';
/**
 * The predictor's revisions as far as the status describes the current spec: `latest` only once
 * KServe has seen this generation, `latestReady` when that revision is ready.
 */
function predictorStatus(isvc) {
    const s = isvc.status?.components?.predictor ?? {};
    const observed = (isvc.status?.observedGeneration ?? 0) >= (isvc.metadata.generation ?? 0);
    const latest = observed ? s.latestCreatedRevision : undefined;
    return {
        observed,
        latest,
        latestReady: latest !== undefined && s.latestReadyRevision === latest,
        rolledOut: s.latestRolledoutRevision,
    };
}
/**
 * The deployment mode when it is not serverless: KServe ignores canaryTrafficPercent in
 * RawDeployment (called Standard since 0.15) without a word (kserve#5335).
 */
function rawDeploymentMode(isvc) {
    const mode = isvc.status?.deploymentMode ?? isvc.metadata.annotations?.['serving.kserve.io/deploymentMode'];
    return mode === 'RawDeployment' || mode === 'Standard' ? mode : undefined;
}
function inferenceServiceName(o) {
    return o.deploy.traffic['inference-service'] ?? o.name;
}
/**
 * The image a predictor runs: its `kserve-container` (else first container), or an `oci://`
 * modelcar storageUri. Undefined when the model comes from elsewhere (s3://, gs://, pvc://).
 */
function predictorImage(p) {
    const containers = p.containers ?? [];
    const c = containers.find((x) => x.name === KSERVE_CONTAINER) ?? containers[0];
    if (c?.image)
        return c.image;
    const uri = p.model?.storageUri;
    return uri?.startsWith(OCI) ? uri.slice(OCI.length) : undefined;
}
/**
 * The merge patch that makes the predictor run `image` with `canaryTrafficPercent` set in the
 * same write, so the new revision never takes traffic before we say so.
 */
function predictorPatch(p, image, canaryTrafficPercent) {
    const containers = p.containers ?? [];
    if (containers.length > 0) {
        const i = Math.max(0, containers.findIndex((c) => c.name === KSERVE_CONTAINER));
        return {
            spec: {
                predictor: {
                    canaryTrafficPercent,
                    containers: containers.map((c, j) => (j === i ? { ...c, image } : c)),
                },
            },
        };
    }
    return { spec: { predictor: { canaryTrafficPercent, model: { storageUri: `${OCI}${image}` } } } };
}
/** A new InferenceService with a custom predictor (Knative allows one port, named http1 or unnamed). */
function inferenceService(o, image, replicas) {
    const d = o.deploy;
    const periodSeconds = Math.max(1, Math.round(d.probes.period / 1000));
    const failureThreshold = Math.max(1, Math.ceil(d.probes['startup-deadline'] / 1000 / periodSeconds));
    const probe = { httpGet: { path: d.probes.path } };
    const nodeSelector = {
        ...d['node-selector'],
        ...(d.resources['gpu-product'] ? { 'nvidia.com/gpu.product': d.resources['gpu-product'] } : {}),
    };
    return {
        apiVersion: `${INFERENCESERVICE.group}/${INFERENCESERVICE.version}`,
        kind: 'InferenceService',
        metadata: { name: inferenceServiceName(o), namespace: o.namespace, labels: (0,manifests/* labels */.WD)(o) },
        spec: {
            predictor: {
                minReplicas: replicas,
                ...(Object.keys(nodeSelector).length ? { nodeSelector } : {}),
                ...(d.tolerations.length ? { tolerations: d.tolerations } : {}),
                containers: [
                    {
                        name: KSERVE_CONTAINER,
                        image,
                        ports: [{ containerPort: o.port, protocol: 'TCP' }],
                        resources: (0,manifests/* containerResources */.ZM)(d),
                        startupProbe: { ...probe, periodSeconds, failureThreshold },
                        readinessProbe: { ...probe, periodSeconds, failureThreshold: 3 },
                    },
                ],
            },
        },
    };
}

;// CONCATENATED MODULE: ./lib/rollout/kserve-workload.js





/** On the canary ConfigMap: the image being rolled out and the revision that was stable when it started. */
const CANARY_IMAGE = 'model-deploy.io/canary-image';
const STABLE_REVISION = 'model-deploy.io/stable-revision';
function ready(pod) {
    return (!pod.metadata?.deletionTimestamp &&
        pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true);
}
/**
 * KServe serverless: the canary is the InferenceService's own latest revision. A rollout patches
 * the predictor image with canaryTrafficPercent 0, moves the percent, promotes by removing it
 * (the latest takes 100% and becomes the rolled-out revision) and rolls back by restoring the old
 * image pinned at 0% until its revision is ready. The InferenceService's own labels and
 * annotations are never written: KServe copies them into the revision template, so each write
 * would start a new revision. Our bookkeeping lives in two ConfigMaps: `<name>-model-deploy-stable`
 * (revision, first deploy) and `<name>-canary` (the rollout state, deleted when the rollout ends).
 */
class KServeWorkload {
    kube;
    o;
    log;
    isvc;
    stableName;
    canaryName;
    stableRecord;
    constructor(kube, o, log = () => { }) {
        this.kube = kube;
        this.o = o;
        this.log = log;
        this.isvc = inferenceServiceName(o);
        this.stableRecord = `${o.name}-model-deploy-stable`;
        this.stableName = `InferenceService ${o.namespace}/${this.isvc} (rolled-out revision)`;
        this.canaryName = `InferenceService ${o.namespace}/${this.isvc} (latest revision)`;
    }
    readIsvc() {
        return this.kube.read(`read InferenceService ${this.isvc}`, () => this.kube.custom.getNamespacedCustomObject({
            ...INFERENCESERVICE,
            namespace: this.o.namespace,
            name: this.isvc,
        }));
    }
    readConfigMap(name) {
        return this.kube.read(`read ConfigMap ${name}`, () => this.kube.core.readNamespacedConfigMap({ name, namespace: this.o.namespace }));
    }
    async read() {
        const { namespace } = this.o;
        const [isvc, record, marker, pods] = await Promise.all([
            this.readIsvc(),
            this.readConfigMap(this.stableRecord),
            this.readConfigMap(this.o.canaryName),
            this.kube.call('list predictor pods', () => this.kube.core.listNamespacedPod({
                namespace,
                labelSelector: (0,manifests/* selectorString */.zD)({ [INFERENCESERVICE_LABEL]: this.isvc }),
            })),
        ]);
        const podsOf = (revision) => revision ? pods.items.filter((p) => p.metadata?.labels?.[REVISION_LABEL] === revision) : [];
        const target = (stable = 'none', canary = 'none') => ({
            namespace,
            stable: `${stable}-deployment`,
            canary: `${canary}-deployment`,
            revisions: { stable, canary },
        });
        const markerView = () => marker
            ? {
                image: marker.metadata?.annotations?.[CANARY_IMAGE] ?? '',
                replicas: 0,
                readyReplicas: 0,
                updatedReplicas: 0,
                availableReplicas: 0,
                observed: true,
                annotations: marker.metadata?.annotations ?? {},
            }
            : undefined;
        if (!isvc) {
            const canary = markerView();
            return {
                ...(canary ? { canary } : {}),
                stablePods: [],
                canaryPods: [],
                target: target(undefined, undefined),
            };
        }
        const predictor = isvc.spec.predictor;
        const image = predictorImage(predictor) ?? '';
        const replicas = predictor.minReplicas ?? 1;
        const { observed, latest, latestReady, rolledOut } = predictorStatus(isvc);
        const view = (img, revision, annotations) => {
            const n = podsOf(revision).filter(ready).length;
            return {
                image: img,
                replicas,
                readyReplicas: n,
                updatedReplicas: n,
                availableReplicas: n,
                observed,
                annotations,
            };
        };
        const recordAnnotations = record?.metadata?.annotations ?? {};
        if (!marker) {
            const revision = latest ?? rolledOut;
            return {
                stable: { ...view(image, revision, recordAnnotations), observed: observed && rolledOut === latest },
                stablePods: podsOf(revision),
                canaryPods: [],
                target: target(revision, undefined),
            };
        }
        const annotations = marker.metadata?.annotations ?? {};
        const state = (0,rollout_state.readState)(annotations);
        const stableImage = state.ok ? state.state.stableImage : image;
        const before = annotations[STABLE_REVISION];
        const canaryRevision = latest !== undefined && latest !== before ? latest : undefined;
        if (state.ok && state.state.phase === 'aborting') {
            // Rolling back: stable is what the spec says once the restored revision is ready.
            const restored = image === stableImage && latestReady ? latest : undefined;
            const stableRevision = image === stableImage ? restored : rolledOut;
            return {
                stable: view(image, stableRevision, recordAnnotations),
                canary: { ...view(annotations[CANARY_IMAGE] ?? image, undefined, annotations) },
                stablePods: podsOf(stableRevision),
                canaryPods: [],
                target: target(stableRevision, undefined),
            };
        }
        const stableRevision = rolledOut ?? before;
        return {
            stable: view(rolledOut !== undefined && rolledOut === latest ? image : stableImage, stableRevision, recordAnnotations),
            canary: view(image, canaryRevision, annotations),
            stablePods: podsOf(stableRevision).filter((p) => !canaryRevision || p.metadata?.labels?.[REVISION_LABEL] !== canaryRevision),
            canaryPods: podsOf(canaryRevision),
            target: target(stableRevision, canaryRevision),
        };
    }
    async patchIsvc(what, body) {
        await this.kube.call(what, () => this.kube.custom.patchNamespacedCustomObject({ ...INFERENCESERVICE, namespace: this.o.namespace, name: this.isvc, body }, cluster_kube/* MERGE_PATCH */.Yy), { conflicts: true });
    }
    imageOf(isvc) {
        const image = predictorImage(isvc.spec.predictor);
        if (image === undefined) {
            throw new errors/* InputError */.dz(`InferenceService ${this.o.namespace}/${this.isvc}: spec.predictor has no container image and no oci:// ` +
                'storageUri; model-deploy rolls out images: give it a custom container (containers[].name: kserve-container) ' +
                'or a modelcar (model.storageUri: oci://IMAGE)');
        }
        return image;
    }
    /** Makes the predictor of `isvc` (as just read) run `image`, with canaryTrafficPercent in the same write. */
    async setImage(isvc, image, canaryTrafficPercent) {
        if (!isvc)
            throw new errors/* InputError */.dz(`InferenceService ${this.o.namespace}/${this.isvc} disappeared during the rollout`);
        const current = this.imageOf(isvc);
        const percent = isvc.spec.predictor.canaryTrafficPercent ?? null;
        if (current === image && percent === canaryTrafficPercent)
            return;
        await this.patchIsvc(`set InferenceService ${this.isvc} image`, predictorPatch(isvc.spec.predictor, image, canaryTrafficPercent));
    }
    async createStable(image, replicas, annotations) {
        await this.kube.create(`create InferenceService ${this.isvc}`, () => this.kube.custom.createNamespacedCustomObject({
            ...INFERENCESERVICE,
            namespace: this.o.namespace,
            body: inferenceService(this.o, image, replicas),
        }));
        await this.annotateStable(annotations);
    }
    async createCanary(image, annotations) {
        const isvc = await this.readIsvc();
        if (isvc) {
            this.imageOf(isvc);
            const raw = rawDeploymentMode(isvc);
            if (raw) {
                throw new errors/* InputError */.dz(`InferenceService ${this.o.namespace}/${this.isvc} runs in ${raw} mode, where KServe ignores ` +
                    'canaryTrafficPercent (kserve#5335): a kserve canary would take all the traffic at once. Use ' +
                    'traffic.router: gateway-api, or serverless mode (serving.kserve.io/deploymentMode: Serverless)');
            }
        }
        const before = isvc?.status?.components?.predictor?.latestRolledoutRevision;
        const body = {
            metadata: {
                name: this.o.canaryName,
                namespace: this.o.namespace,
                labels: (0,manifests/* labels */.WD)(this.o, 'canary'),
                annotations: {
                    ...annotations,
                    [CANARY_IMAGE]: image,
                    ...(before ? { [STABLE_REVISION]: before } : {}),
                },
            },
        };
        const created = await this.kube.create('create canary ConfigMap', () => this.kube.core.createNamespacedConfigMap({ namespace: this.o.namespace, body }));
        if (!created)
            await this.writeState(annotations);
        await this.setImage(isvc, image, 0);
        return created !== undefined;
    }
    async writeState(annotations) {
        const { canaryName: name, namespace } = this.o;
        await this.kube.patchIfExists('patch canary ConfigMap', () => this.kube.core.patchNamespacedConfigMap({ name, namespace, body: { metadata: { annotations } } }, cluster_kube/* MERGE_PATCH */.Yy));
    }
    /** Knative sizes each revision (minReplicas); one revision cannot be scaled on its own. */
    async scaleCanary() { }
    async scaleStable() { }
    /** Promotion when the predictor already runs `image` (drop the split); otherwise restore it, pinned at 0%. */
    async updateStable(image, { revision }) {
        const isvc = await this.readIsvc();
        const current = isvc ? predictorImage(isvc.spec.predictor) : undefined;
        await this.setImage(isvc, image, current === image ? null : 0);
        if (revision !== undefined)
            await this.annotateStable({ [rollout_state/* ANNOTATION */.YX.revision]: String(revision) });
    }
    async deleteCanary() {
        const [marker, isvc] = await Promise.all([this.readConfigMap(this.o.canaryName), this.readIsvc()]);
        const state = (0,rollout_state.readState)(marker?.metadata?.annotations);
        if (isvc && state.ok && state.state.phase === 'aborting') {
            const s = isvc.status?.components?.predictor ?? {};
            const restored = predictorImage(isvc.spec.predictor) === state.state.stableImage;
            if (restored && predictorStatus(isvc).latestReady) {
                await this.patchIsvc(`unpin InferenceService ${this.isvc}`, {
                    spec: { predictor: { canaryTrafficPercent: null } },
                });
            }
            else {
                this.log(`InferenceService ${this.o.namespace}/${this.isvc} stays pinned (canaryTrafficPercent: 0, all traffic on ` +
                    `${s.latestRolledoutRevision ?? 'the rolled-out revision'}) because the restored revision ` +
                    `${s.latestCreatedRevision ?? ''} is not ready; the next deploy or \`kubectl patch\` removing ` +
                    'canaryTrafficPercent finishes it once it is');
            }
        }
        await this.kube.remove('delete canary ConfigMap', () => this.kube.core.deleteNamespacedConfigMap({ name: this.o.canaryName, namespace: this.o.namespace }));
    }
    async annotateStable(annotations) {
        const { kube } = this;
        const { namespace } = this.o;
        const name = this.stableRecord;
        const patched = await kube.patchIfExists('patch stable ConfigMap', () => kube.core.patchNamespacedConfigMap({ name, namespace, body: { metadata: { annotations } } }, cluster_kube/* MERGE_PATCH */.Yy));
        if (!patched) {
            const set = Object.fromEntries(Object.entries(annotations).filter(([, v]) => v !== null));
            await kube.create('create stable ConfigMap', () => kube.core.createNamespacedConfigMap({
                namespace,
                body: { metadata: { name, namespace, labels: (0,manifests/* labels */.WD)(this.o, 'stable'), annotations: set } },
            }));
        }
    }
}
/**
 * canaryTrafficPercent of the InferenceService: the share of its latest revision; the rest goes to
 * the last rolled-out one. Weight 0 once the latest IS the rolled-out revision means "no split".
 */
class KServeRouter {
    workload;
    kind = 'kserve';
    constructor(workload) {
        this.workload = workload;
    }
    async prepare() { }
    async setWeight(weight) {
        const isvc = await this.workload.readIsvc();
        if (!isvc)
            return;
        const { latest, rolledOut } = predictorStatus(isvc);
        const percent = weight === 0 && latest !== undefined && latest === rolledOut ? null : weight;
        await this.workload.patchIsvc(`set InferenceService ${this.workload.isvc} canaryTrafficPercent`, {
            spec: { predictor: { canaryTrafficPercent: percent } },
        });
    }
    async weight() {
        const isvc = await this.workload.readIsvc();
        const c = isvc?.spec.predictor.canaryTrafficPercent;
        return typeof c === 'number' ? c : 0;
    }
    async cleanup() { }
}

// EXTERNAL MODULE: ./lib/rollout/weights.js
var weights = __webpack_require__(5500);
;// CONCATENATED MODULE: ./lib/rollout/traffic.js




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
                body: (0,manifests/* service */.eu)(this.o, name, (0,manifests/* modelSelector */.BZ)(this.o)),
            }));
        }
    }
    async setWeight() { }
    async weight(ready) {
        return (0,weights/* podShare */.F)(ready.canary, ready.stable);
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
                    body: (0,manifests/* service */.eu)(this.o, name, (0,manifests/* trackSelector */.h2)(this.o, track)),
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
        }, cluster_kube/* MERGE_PATCH */.Yy), { conflicts: true });
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
function makeRouter(kube, o, workload) {
    switch (o.deploy.traffic.router) {
        case 'replicas':
            return new ReplicasRouter(kube, o);
        case 'gateway-api':
            return new GatewayApiRouter(kube, o);
        case 'kserve':
            if (!(workload instanceof KServeWorkload))
                throw new Error('the kserve router needs the kserve workload');
            return new KServeRouter(workload);
    }
}

;// CONCATENATED MODULE: ./lib/rollout/deployment-workload.js


function deploymentView(d) {
    if (!d)
        return undefined;
    const s = d.status ?? {};
    return {
        image: (0,manifests/* imageOf */.dT)(d),
        replicas: d.spec?.replicas ?? 1,
        readyReplicas: s.readyReplicas ?? 0,
        updatedReplicas: s.updatedReplicas ?? 0,
        availableReplicas: s.availableReplicas ?? 0,
        observed: (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0),
        annotations: d.metadata?.annotations ?? {},
    };
}
/** The stable Deployment `<name>` and the canary Deployment `<name>-canary`, both ours. */
class DeploymentWorkload {
    kube;
    o;
    stableName;
    canaryName;
    constructor(kube, o) {
        this.kube = kube;
        this.o = o;
        this.stableName = `Deployment ${o.namespace}/${o.name}`;
        this.canaryName = `Deployment ${o.namespace}/${o.canaryName}`;
    }
    async read() {
        const { kube } = this;
        const { namespace, name, canaryName } = this.o;
        const [stableD, canaryD] = await Promise.all([
            kube.read('read stable Deployment', () => kube.apps.readNamespacedDeployment({ name, namespace })),
            kube.read('read canary Deployment', () => kube.apps.readNamespacedDeployment({ name: canaryName, namespace })),
        ]);
        const stableSelector = stableD?.spec?.selector.matchLabels ?? (0,manifests/* trackSelector */.h2)(this.o, 'stable');
        const list = (what, selector) => kube.call(what, () => kube.core.listNamespacedPod({ namespace, labelSelector: (0,manifests/* selectorString */.zD)(selector) }));
        const [canaryPods, stablePods] = await Promise.all([
            canaryD ? list('list canary pods', (0,manifests/* trackSelector */.h2)(this.o, 'canary')) : { items: [] },
            stableD ? list('list stable pods', stableSelector) : { items: [] },
        ]);
        const canaryNames = new Set(canaryPods.items.map((p) => p.metadata?.name));
        const stable = deploymentView(stableD);
        const canary = deploymentView(canaryD);
        return {
            ...(stable ? { stable } : {}),
            ...(canary ? { canary } : {}),
            canaryPods: canaryPods.items,
            // Pods of the canary also match an adopted stable's selector when it is broad: keep them apart.
            stablePods: stablePods.items.filter((p) => !canaryNames.has(p.metadata?.name)),
            target: { namespace, stable: name, canary: canaryName },
        };
    }
    async createStable(image, replicas, annotations) {
        const body = (0,manifests/* deployment */.kG)(this.o, 'stable', image, replicas, annotations);
        await this.kube.create('create stable Deployment', () => this.kube.apps.createNamespacedDeployment({ namespace: this.o.namespace, body }));
    }
    async createCanary(image, annotations) {
        const body = (0,manifests/* deployment */.kG)(this.o, 'canary', image, 0, annotations);
        const created = await this.kube.create('create canary Deployment', () => this.kube.apps.createNamespacedDeployment({ namespace: this.o.namespace, body }));
        if (!created)
            await this.writeState(annotations);
        return created !== undefined;
    }
    writeState(annotations) {
        return this.patch(this.o.canaryName, { metadata: { annotations } }, true);
    }
    scaleCanary(replicas) {
        return this.patch(this.o.canaryName, { spec: { replicas } }, true);
    }
    scaleStable(replicas) {
        return this.patch(this.o.name, { spec: { replicas } }, false);
    }
    async updateStable(image, update) {
        const { kube } = this;
        const { name, namespace } = this.o;
        const current = await kube.read('read stable Deployment', () => kube.apps.readNamespacedDeployment({ name, namespace }));
        if (!current)
            return;
        await this.patch(name, (0,manifests/* promotePatch */.ld)(current, this.o, image, update), false);
    }
    async deleteCanary() {
        await this.kube.remove('delete canary Deployment', () => this.kube.apps.deleteNamespacedDeployment({
            name: this.o.canaryName,
            namespace: this.o.namespace,
            propagationPolicy: 'Background',
        }));
    }
    annotateStable(annotations) {
        return this.patch(this.o.name, { metadata: { annotations } }, false);
    }
    async patch(name, body, missingOk) {
        const { kube } = this;
        const what = `patch Deployment ${name}`;
        const write = () => kube.apps.patchNamespacedDeployment({ name, namespace: this.o.namespace, body }, cluster_kube/* MERGE_PATCH */.Yy);
        if (missingOk)
            await kube.patchIfExists(what, write);
        else
            await kube.call(what, write, { conflicts: true });
    }
}

;// CONCATENATED MODULE: ./lib/rollout/workload.js


function makeWorkload(kube, o, log) {
    return o.deploy.traffic.router === 'kserve'
        ? new KServeWorkload(kube, o, log)
        : new DeploymentWorkload(kube, o);
}

// EXTERNAL MODULE: ./lib/rollout/cluster-options.js
var cluster_options = __webpack_require__(87384);
;// CONCATENATED MODULE: ./lib/rollout/session.js





















/** Config with its deploy: section, the kubeconfig, and the client. */
function openSession(ctx, options) {
    const path = (0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml';
    const { config } = (0,load/* loadConfig */.Z)(path, { cwd: ctx.cwd, env: ctx.env });
    if (!config.deploy) {
        throw new errors/* ConfigError */.xL([
            {
                path: 'deploy',
                message: 'this command needs a deploy: section (namespace, replicas, steps, analysis)',
                file: path,
            },
        ]);
    }
    const given = (0,command/* stringOption */.Pp)(options, 'kubeconfig') ?? ctx.kubeconfigPath ?? ctx.env.KUBECONFIG;
    const kubeconfigPath = given ? (0,external_node_path_.resolve)(ctx.cwd, given) : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.kube', 'config');
    if (!(0,external_node_fs_.existsSync)(kubeconfigPath)) {
        throw new errors/* InputError */.dz(`kubeconfig ${kubeconfigPath} not found: pass --kubeconfig PATH, set KUBECONFIG, or give the action a kubeconfig input`);
    }
    const kube = cluster_kube/* Kube */.We.fromKubeconfig(kubeconfigPath);
    const objects = (0,manifests/* modelObjects */.SX)(config.deploy, config.model);
    return {
        config,
        deploy: config.deploy,
        objects,
        kube,
        kubeconfigPath,
        holder: holderIdentity(ctx.env),
        workload: makeWorkload(kube, objects, (line) => ctx.log.warning(line)),
    };
}
/**
 * Who holds the lease: the workflow job when in GitHub Actions (a re-run or the abort step of the
 * same job takes over at once), else this host and process.
 */
function holderIdentity(env) {
    if (env.MODEL_DEPLOY_HOLDER)
        return env.MODEL_DEPLOY_HOLDER;
    if (env.GITHUB_RUN_ID)
        return `${env.GITHUB_REPOSITORY ?? 'github'}@${env.GITHUB_RUN_ID}/${env.GITHUB_JOB ?? 'job'}`;
    return `${(0,external_node_os_.hostname)()}/${process.pid}`;
}
function leaseFor(ctx, s, waitMs) {
    return new lease/* RolloutLease */.a4(s.kube, {
        namespace: s.objects.namespace,
        name: `${s.objects.name}-model-deploy`,
        holder: s.holder,
        durationMs: s.deploy.lease,
        waitMs,
        now: () => ctx.now().getTime(),
        signal: ctx.signal,
        onWait: (m) => ctx.log.info(m),
    });
}
function waitOption(options, name, fallbackMs) {
    const text = (0,command/* stringOption */.Pp)(options, name);
    if (text === undefined)
        return fallbackMs;
    const ms = (0,units/* parseDuration */.E9)(text);
    if (ms === undefined)
        throw new errors/* InputError */.dz(`--${name} must be a duration like 30s or 2m, got "${text}"`);
    const problem = (0,units/* durationProblem */.YV)(ms);
    if (problem)
        throw new errors/* InputError */.dz(`--${name}: ${problem}`);
    return ms;
}
function githubDeployment(ctx, s) {
    const repository = ctx.env.GITHUB_REPOSITORY;
    const ref = ctx.env.GITHUB_SHA ?? ctx.env.GITHUB_REF;
    if (!ctx.githubToken || !repository || !ref)
        return undefined;
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        return undefined;
    const octokit = (0,github/* getOctokit */.Q)(ctx.githubToken, {
        baseUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    });
    const server = ctx.env.GITHUB_SERVER_URL || 'https://github.com';
    return new GitHubDeployment(octokit, {
        owner,
        repo,
        ref,
        environment: s.deploy.environment,
        ...(ctx.env.GITHUB_RUN_ID
            ? { logUrl: `${server}/${repository}/actions/runs/${ctx.env.GITHUB_RUN_ID}` }
            : {}),
    });
}
/** A runner for this session's model, cluster, log, clock and cancel signal; `extra` adds the rest. */
function sessionRunner(ctx, s, spec, extra) {
    return new RolloutRunner({
        kube: s.kube,
        objects: s.objects,
        workload: s.workload,
        router: makeRouter(s.kube, s.objects, s.workload),
        spec,
        log: ctx.log,
        now: () => ctx.now().getTime(),
        signal: ctx.signal,
        ...extra,
    });
}
/** Runs a rollout under the lease, with GitHub deployment statuses, and turns it into a CommandResult. */
async function runUnderLease(ctx, s, planned, options) {
    const lease = leaseFor(ctx, s, options.waitMs);
    const took = await lease.acquire();
    // Another rollout may have finished while we waited for the lease: number after it.
    const spec = planned.intent === 'deploy' ? { ...planned, nextRevision: await nextRevisionNow(s) } : planned;
    if (took.tookOver)
        ctx.log.warning(`took over Lease ${s.objects.name}-model-deploy from ${took.tookOver} (it stopped renewing)`);
    const queued = took.waitedBehind?.length
        ? `Waited for the Lease behind ${took.waitedBehind.map((h) => `\`${h}\``).join(', ')}: rollouts of this model run one at a time, in order of arrival, so the one started last ends stable.\n\n`
        : '';
    if (queued)
        ctx.log.info(queued.trim());
    const gh = spec.intent === 'deploy' ? githubDeployment(ctx, s) : undefined;
    try {
        await gh?.start(`${options.title}: ${spec.image}`, { image: spec.image, revision: spec.nextRevision });
        const runner = sessionRunner(ctx, s, spec, {
            ...((options.prometheus ?? s.deploy.analysis.prometheus)
                ? { prometheus: options.prometheus ?? s.deploy.analysis.prometheus }
                : {}),
            ...(s.deploy.preflight ? { snapshot: () => (0,capacity/* snapshotFromCluster */.vh)(s.kubeconfigPath) } : {}),
            revisionInfo: {
                ...(s.config.model.version ? { modelVersion: s.config.model.version } : {}),
                ...(ctx.env.GITHUB_SHA ? { gitSha: ctx.env.GITHUB_SHA } : {}),
            },
            stopReason: () => lease.lostReason,
        });
        const result = await ctx.log.group(`${options.title} ${s.objects.namespace}/${s.objects.name}`, () => runner.run());
        const ok = result.verdict === 'promoted' || result.verdict === 'unchanged';
        await gh?.status(ok ? 'success' : 'failure', result.reason);
        for (const w of gh?.warnings ?? [])
            ctx.log.warning(w);
        const summary = `${renderReport(result.report)}\n${queued}`;
        return {
            result,
            outputs: {
                verdict: result.verdict,
                image: spec.image,
                ...(result.report.revision !== undefined ? { revision: String(result.report.revision) } : {}),
                ...(gh?.deploymentId !== undefined ? { 'deployment-id': String(gh.deploymentId) } : {}),
            },
            summary,
            ...(ok
                ? {}
                : { failed: `${s.objects.name}: ${result.verdict}: ${result.reason}`, exitCode: errors/* ExitCode */.yU.Gate }),
        };
    }
    catch (error) {
        await gh?.status('failure', error.message ?? 'error');
        throw error;
    }
    finally {
        await lease
            .release()
            .catch((error) => ctx.log.warning(`could not release the lease: ${error.message}`));
    }
}
/** The revision number the next rollout gets: after every recorded one and the stable's. */
function revisionAfter(history, stable) {
    return (0,rollout_history.nextRevision)(history, Number(stable?.annotations[rollout_state/* ANNOTATION */.YX.revision] ?? 0));
}
async function nextRevisionNow(s) {
    const [history, view] = await Promise.all([(0,rollout_history.readHistory)(s.kube, s.objects), s.workload.read()]);
    return revisionAfter(history, view.stable);
}
function newRunId(holder) {
    return `${holder}#${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
}


/***/ })

};
