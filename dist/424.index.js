export const id = 424;
export const ids = [424];
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


/***/ })

};
