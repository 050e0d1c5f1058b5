export const id = 967;
export const ids = [967,207];
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

/***/ 81124:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ refuseLayout),
/* harmony export */   refuseUnpullableImage: () => (/* binding */ refuseUnpullableImage)
/* harmony export */ });
/* unused harmony export clusterLayout */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44708);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23940);





/** The field of `/version` by which the model-deploy simulator (src/sim/cluster.ts) names the OCI layout it pulls from. */
const SIMULATOR_FIELD = 'modelDeploySimulator';
/**
 * The OCI image layout the cluster pulls from: only the model-deploy simulator started with a
 * layout announces one (in `/version`). Undefined for every real cluster and for a simulator
 * without a layout.
 */
async function clusterLayout(kube) {
    const version = await kube.call('GET /version', () => getJson(kube, '/version'));
    const sim = version?.[SIMULATOR_FIELD];
    const layout = sim?.ociLayout;
    return typeof layout === 'string' && layout ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(layout) : undefined;
}
/**
 * Refuses, before anything is written, an image in a local OCI layout (`oci:DIR…`) that the
 * cluster cannot pull: every cluster but the simulator given that very layout.
 */
async function refuseUnpullableImage(kube, image, cwd) {
    const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_4__/* .parseReference */ .F2)(image, 'image');
    if (ref.kind === 'layout')
        await refuseLayout(kube, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, ref.dir), `image ${image}`);
}
/** The same refusal for a layout directory, before the image is built (a release without image.repository). */
async function refuseLayout(kube, dir, what) {
    const layout = await clusterLayout(kube);
    if (layout === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir))
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${what} is a local OCI layout reference, which the cluster at ${kube.server} cannot pull ` +
        '(only the model-deploy simulator started with that layout can): set image.repository in the ' +
        'config to a registry the cluster pulls from');
}
function getJson(kube, path) {
    return (async () => {
        const url = new URL(path, kube.server);
        const options = { method: 'GET', headers: { accept: 'application/json' } };
        await kube.config.applyToHTTPSOptions(options);
        const send = url.protocol === 'http:' ? node_http__WEBPACK_IMPORTED_MODULE_0__.request : node_https__WEBPACK_IMPORTED_MODULE_1__.request;
        return new Promise((ok, fail) => {
            const req = send(url, { ...options, timeout: 10_000 }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    // A cluster that does not answer /version is no simulator.
                    if ((res.statusCode ?? 0) >= 400) {
                        ok(undefined);
                        return;
                    }
                    try {
                        ok(JSON.parse(text));
                    }
                    catch {
                        ok(undefined);
                    }
                });
                res.on('error', fail);
            });
            req.on('timeout', () => req.destroy(new Error(`GET ${path}: no answer in 10 s`)));
            req.on('error', fail);
            req.end();
        });
    })();
}


/***/ }),

/***/ 78859:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ OciLayout)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(452);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9501);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(50261);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45600);








/** An OCI image layout directory: `oci-layout`, `index.json`, `blobs/sha256/<hex>`. */
class OciLayout {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    async init() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'blobs', 'sha256'), { recursive: true });
        const marker = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'oci-layout');
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(marker);
        }
        catch {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(marker, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
        }
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'index.json'));
        }
        catch {
            await this.#writeIndex({ schemaVersion: 2, mediaType: _media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .MediaType */ .zu.ociIndex, manifests: [] });
        }
    }
    blobPath(digest) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'blobs', 'sha256', (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .digestHex */ .sU)(digest));
    }
    async hasBlob(desc) {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(this.blobPath(desc.digest))).size === desc.size;
        }
        catch {
            return false;
        }
    }
    /** Writes a blob from a stream, verifying its digest; a mismatch leaves nothing behind. */
    async writeBlob(desc, stream) {
        const final = this.blobPath(desc.digest);
        const tmp = `${final}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)(stream, (0,_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyingStream */ .o)(desc.digest, desc.size, `blob ${desc.digest}`), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(tmp));
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, final);
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
            throw error;
        }
    }
    readBlob(desc) {
        const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(this.blobPath(desc.digest), { highWaterMark: 1 << 20 });
        return stream.pipe((0,_verify_js__WEBPACK_IMPORTED_MODULE_7__/* .verifyingStream */ .o)(desc.digest, desc.size, `${this.dir} blob ${desc.digest}`));
    }
    async readIndex() {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'index.json'), 'utf8');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${this.dir} is not an OCI image layout (no index.json)`);
        }
        return JSON.parse(text);
    }
    async #writeIndex(index) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'index.json');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(`${file}.tmp`, JSON.stringify(index));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(`${file}.tmp`, file);
    }
    /** Stores a manifest and points `tag` at it in index.json (replacing an older entry of that tag). */
    async putManifest(tag, bytes, mediaType, extra = {}) {
        const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256 */ .sc)(bytes);
        if (!(await this.hasBlob({ digest, size: bytes.length })))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(this.blobPath(digest), bytes);
        const index = await this.readIndex();
        const manifests = index.manifests.filter((m) => m.annotations?.[_media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .Annotation */ .YH.refName] !== tag);
        manifests.push({
            ...extra,
            mediaType,
            digest,
            size: bytes.length,
            annotations: { [_media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .Annotation */ .YH.refName]: tag },
        });
        await this.#writeIndex({ ...index, manifests });
        return digest;
    }
    /** The descriptor a tag (or digest) names in index.json. */
    async resolve(reference) {
        const index = await this.readIndex();
        if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(reference))
            return index.manifests.find((m) => m.digest === reference);
        return index.manifests.find((m) => m.annotations?.[_media_types_js__WEBPACK_IMPORTED_MODULE_6__/* .Annotation */ .YH.refName] === reference);
    }
    async getManifest(reference) {
        const desc = (await this.resolve(reference)) ??
            ((0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .isDigest */ .Bc)(reference) ? { digest: reference, mediaType: '' } : undefined);
        if (!desc)
            return undefined;
        let bytes;
        try {
            bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.blobPath(desc.digest));
        }
        catch {
            return undefined;
        }
        if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256 */ .sc)(bytes) !== desc.digest)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${this.dir}: manifest ${desc.digest} is corrupt (digest mismatch)`);
        const mediaType = JSON.parse(bytes.toString('utf8')).mediaType ?? desc.mediaType;
        return { bytes, mediaType, digest: desc.digest };
    }
}


/***/ }),

/***/ 88388:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ describeStep),
/* harmony export */   S: () => (/* binding */ planFlow)
/* harmony export */ });
/**
 * What `model-deploy pipeline` does for this event (pure). Pull requests get every check and
 * one comment, and are not stopped by a failing gate so the comment shows all of them;
 * releases stop at the first gate that says no; a rollback only rolls back.
 */
function planFlow(run, config, options) {
    const evaluates = config.evaluate.command !== undefined;
    switch (run.trigger) {
        case 'pull_request': {
            const pr = run.pullRequest;
            const push = config.image.repository !== undefined && !pr?.fork;
            return [
                { kind: 'validate' },
                { kind: 'build', push, tags: pr ? [`pr-${pr.number}`] : [] },
                { kind: 'scan', gate: false, record: true },
                ...(evaluates ? [{ kind: 'evaluate', gate: false, record: true }] : []),
                { kind: 'plan' },
                ...(options.cluster && config.deploy ? [{ kind: 'place' }] : []),
            ];
        }
        case 'release':
            return [
                { kind: 'validate' },
                { kind: 'build', push: true, tags: run.release ? [run.release.version] : [] },
                { kind: 'scan', gate: true, record: true },
                ...(evaluates ? [{ kind: 'evaluate', gate: true, record: true }] : []),
                // Without a cluster, refuseUndeployableRelease has stopped the release before this.
                ...(config.deploy
                    ? [{ kind: 'deploy', requireGates: config.deploy['require-gates'] ?? true }]
                    : []),
            ];
        case 'rollback':
            return [{ kind: 'rollback', ...(run.rollbackTo !== undefined ? { to: run.rollbackTo } : {}) }];
        case 'other':
            return [{ kind: 'validate' }, { kind: 'plan' }];
        default: {
            const never = run.trigger;
            throw new Error(`unknown trigger ${String(never)}`);
        }
    }
}
function describeStep(step) {
    switch (step.kind) {
        case 'validate':
            return 'validate the config';
        case 'build':
            return `build the image${step.push ? ' and push it' : ' into the local OCI layout'}${step.tags.length ? ` (tags ${step.tags.join(', ')})` : ''}`;
        case 'scan':
            return step.gate ? 'scan gate (model files and image)' : 'scan (model files and image)';
        case 'evaluate':
            return step.gate ? 'evaluation gate' : 'evaluation';
        case 'plan':
            return 'plan the pipeline tasks';
        case 'place':
            return 'GPU placement preflight';
        case 'deploy':
            return `canary rollout${step.requireGates ? ' (gate records required)' : ''}`;
        case 'rollback':
            return step.to !== undefined
                ? `roll back to revision ${step.to}`
                : 'roll back to the previous revision';
    }
}


/***/ }),

/***/ 58207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ openRecordStore),
  requireGateRecords: () => (/* binding */ requireGateRecords)
});

// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/oci/credentials.js
var oci_credentials = __webpack_require__(97771);
// EXTERNAL MODULE: ./lib/oci/digest.js
var oci_digest = __webpack_require__(9501);
// EXTERNAL MODULE: ./lib/oci/layout.js
var layout = __webpack_require__(78859);
// EXTERNAL MODULE: ./lib/oci/reference.js
var reference = __webpack_require__(23940);
// EXTERNAL MODULE: ./lib/oci/registry.js + 2 modules
var registry = __webpack_require__(4848);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./lib/oci/media-types.js
var media_types = __webpack_require__(50261);
;// CONCATENATED MODULE: ./lib/pipeline/gate-records.js






const GATE_ARTIFACT_TYPE = {
    scan: 'application/vnd.model-deploy.gate.scan.v1+json',
    evaluation: 'application/vnd.model-deploy.gate.evaluation.v1+json',
};
function recordBytes(record) {
    return Buffer.from(JSON.stringify(record));
}
function parseRecord(bytes, subject) {
    try {
        const r = JSON.parse(bytes.toString('utf8'));
        return r.subject === subject && (r.kind === 'scan' || r.kind === 'evaluation') ? r : undefined;
    }
    catch {
        return undefined;
    }
}
async function readAll(stream) {
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
}
class RegistryRecordStore {
    client;
    repository;
    constructor(client, repository) {
        this.client = client;
        this.repository = repository;
    }
    get where() {
        return `${this.client.registry}/${this.repository}`;
    }
    async attach(record) {
        await this.client.pushArtifact(this.repository, record.subject, GATE_ARTIFACT_TYPE[record.kind], [{ name: `${record.kind}.json`, data: recordBytes(record), mediaType: 'application/json' }], {
            'org.opencontainers.image.created': record.createdAt,
            'dev.model-deploy.gate.passed': String(record.passed),
        });
    }
    async list(subject) {
        const out = [];
        for (const desc of await this.client.listReferrers(this.repository, subject)) {
            if (!Object.values(GATE_ARTIFACT_TYPE).includes(desc.artifactType ?? ''))
                continue;
            const fetched = await this.client.getManifest(this.repository, desc.digest);
            if (!fetched)
                continue;
            const manifest = JSON.parse(fetched.bytes.toString('utf8'));
            const layer = manifest.layers[0];
            if (!layer)
                continue;
            const record = parseRecord(await readAll(await this.client.getBlob(this.repository, layer)), subject);
            if (record)
                out.push(record);
        }
        return out;
    }
}
/** The same records in a local OCI layout, indexed by the referrers tag schema (`sha256-<hex>`). */
class LayoutRecordStore {
    layout;
    constructor(layout) {
        this.layout = layout;
    }
    get where() {
        return `oci:${this.layout.dir}`;
    }
    async #put(bytes) {
        const digest = (0,oci_digest/* sha256 */.sc)(bytes);
        if (!(await this.layout.hasBlob({ digest, size: bytes.length }))) {
            await this.layout.writeBlob({ digest, size: bytes.length }, external_node_stream_.Readable.from([bytes]));
        }
        return { mediaType: 'application/json', digest, size: bytes.length };
    }
    async attach(record) {
        const subject = await this.layout.getManifest(record.subject);
        if (!subject)
            throw new errors/* GateError */.ue(`cannot attach the ${record.kind} record: ${record.subject} is not in ${this.where}`);
        const config = await this.#put(Buffer.from('{}'));
        const layer = await this.#put(recordBytes(record));
        const manifest = {
            schemaVersion: 2,
            mediaType: media_types/* MediaType */.zu.ociManifest,
            artifactType: GATE_ARTIFACT_TYPE[record.kind],
            config: { ...config, mediaType: media_types/* MediaType */.zu.ociEmpty },
            layers: [{ ...layer, annotations: { 'org.opencontainers.image.title': `${record.kind}.json` } }],
            subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.length },
        };
        const manifestBytes = Buffer.from(JSON.stringify(manifest));
        const desc = await this.#put(manifestBytes);
        const tag = (0,registry/* referrersTag */.LN)(record.subject);
        const existing = await this.layout.getManifest(tag);
        const index = existing
            ? JSON.parse(existing.bytes.toString('utf8'))
            : { schemaVersion: 2, mediaType: media_types/* MediaType */.zu.ociIndex, manifests: [] };
        index.manifests.push({ ...desc, mediaType: media_types/* MediaType */.zu.ociManifest, artifactType: manifest.artifactType });
        await this.layout.putManifest(tag, Buffer.from(JSON.stringify(index)), media_types/* MediaType */.zu.ociIndex);
    }
    async list(subject) {
        const index = await this.layout.getManifest((0,registry/* referrersTag */.LN)(subject));
        if (!index)
            return [];
        const out = [];
        for (const desc of JSON.parse(index.bytes.toString('utf8')).manifests) {
            let manifest;
            try {
                manifest = JSON.parse(await (0,promises_.readFile)(this.layout.blobPath(desc.digest), 'utf8'));
            }
            catch {
                continue;
            }
            const layer = manifest.layers[0];
            if (!layer)
                continue;
            const bytes = await (0,promises_.readFile)(this.layout.blobPath(layer.digest)).catch(() => undefined);
            // A record whose bytes do not match its digest was tampered with: it does not count.
            if (!bytes || (0,oci_digest/* sha256 */.sc)(bytes) !== layer.digest)
                continue;
            const record = parseRecord(bytes, subject);
            if (record)
                out.push(record);
        }
        return out;
    }
}
/** Pure: does `records` hold a passing record of every required kind for `subject`? The newest record of a kind wins. */
function checkGateRecords(subject, records, required) {
    const problems = [];
    for (const kind of required) {
        const newest = records
            .filter((r) => r.kind === kind && r.subject === subject)
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
        if (!newest)
            problems.push(`no ${kind} record is attached to ${subject}: run model-deploy ${kind === 'scan' ? 'scan' : 'evaluate'} on this image first`);
        else if (!newest.passed)
            problems.push(`the ${kind} record of ${subject} failed (${newest.createdAt}): ${newest.reason}`);
    }
    return { ok: problems.length === 0, problems };
}

;// CONCATENATED MODULE: ./lib/pipeline/records.js







/** The record store for an image reference, and the digest the reference pins. */
function openRecordStore(ctx, image) {
    const ref = (0,reference/* parseReference */.F2)(image, 'image');
    if (!ref.digest || !(0,oci_digest/* isDigest */.Bc)(ref.digest)) {
        throw new errors/* InputError */.dz(`${image}: gate records are checked by digest; deploy an image pinned as REF@sha256:...`);
    }
    if (ref.kind === 'layout')
        return { store: new LayoutRecordStore(new layout/* OciLayout */.A(ref.dir)), digest: ref.digest, close() { } };
    const credentials = (0,oci_credentials/* findCredentials */.g)(ref.registry, {
        ...(ctx.registryAuth ? { explicit: ctx.registryAuth } : {}),
        env: ctx.env,
        log: ctx.log,
    });
    const client = registry/* RegistryClient */.bP.for(ref, credentials ? { credentials } : {});
    return {
        store: new RegistryRecordStore(client, ref.repository),
        digest: ref.digest,
        close: () => client.close(),
    };
}
/** Refuses an image without passing records of every required kind: GateError (exit 1) naming each. */
async function requireGateRecords(ctx, image, required = ['scan', 'evaluation']) {
    const { store, digest, close } = openRecordStore(ctx, image);
    try {
        const check = checkGateRecords(digest, await store.list(digest), required);
        if (!check.ok) {
            throw new errors/* GateError */.ue(`refusing to deploy ${(0,reference/* formatReference */.FH)((0,reference/* parseReference */.F2)(image))}: ${check.problems.join('; ')} (deploy.require-gates is on)`);
        }
        ctx.log.info(`gate records for ${digest.slice(0, 19)}…: ${required.join(' and ')} passed (${store.where})`);
    }
    finally {
        close();
    }
}


/***/ }),

/***/ 82967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runFlow)
});

// UNUSED EXPORTS: renderFlow

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/commands/index.js
var commands = __webpack_require__(82738);
// EXTERNAL MODULE: ./lib/config/load.js + 9 modules
var load = __webpack_require__(35130);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/github/client.js
var github_client = __webpack_require__(70636);
// EXTERNAL MODULE: ./lib/github/comment.js + 1 modules
var comment = __webpack_require__(39241);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
// EXTERNAL MODULE: ./lib/pipeline/flow.js
var flow = __webpack_require__(88388);
// EXTERNAL MODULE: ./lib/pipeline/records.js + 1 modules
var records = __webpack_require__(58207);
// EXTERNAL MODULE: ./lib/cluster/kube.js
var kube = __webpack_require__(21509);
// EXTERNAL MODULE: ./lib/cluster/simulator.js
var simulator = __webpack_require__(81124);
;// CONCATENATED MODULE: ./lib/pipeline/refusals.js




/**
 * What a release refuses before it builds anything: a release that cannot roll out is never a
 * green run. A `deploy:` section needs cluster credentials, and an image the cluster can pull.
 */
async function refuseUndeployableRelease(ctx, run, loaded) {
    const { config, dir, file } = loaded;
    if (run.trigger !== 'release' || !config.deploy)
        return;
    const tag = run.release ? ` ${run.release.tag}` : '';
    if (!ctx.kubeconfigPath) {
        const how = ctx.action
            ? 'give the action its `kubeconfig` input (a path, or the kubeconfig itself from a secret)'
            : 'set KUBECONFIG to the path of a kubeconfig file';
        throw new errors/* InputError */.dz(`release${tag}: ${file} has a deploy: section but there are no cluster credentials: ${how}. ` +
            'Nothing was built. (To release without rolling out, remove the deploy: section.)');
    }
    if (config.image.repository === undefined) {
        await (0,simulator/* refuseLayout */.f)(kube/* Kube */.We.fromKubeconfig((0,external_node_path_.resolve)(ctx.cwd, ctx.kubeconfigPath)), (0,external_node_path_.resolve)(dir, config.image.layout), `release${tag}: image.repository is not set in ${file}, so the image would go to the local layout ${config.image.layout}; that`);
    }
}

;// CONCATENATED MODULE: ./lib/pipeline/run.js











const SECTION_OF = {
    scan: 'scan',
    plan: 'plan',
    place: 'placement',
};
/** Runs the flow for this event with the real commands, in-process, and writes one report. */
async function runFlow(ctx, run, options) {
    const loaded = (0,load/* loadConfig */.Z)(options.configPath, { cwd: ctx.cwd, env: ctx.env });
    const { config, dir } = loaded;
    await refuseUndeployableRelease(ctx, run, { config, dir, file: options.configPath });
    const steps = (0,flow/* planFlow */.S)(run, config, { cluster: !!ctx.kubeconfigPath });
    ctx.log.info(`${run.ci} ${run.trigger}${run.release ? ` ${run.release.tag}` : ''}${run.pullRequest ? ` #${run.pullRequest.number}` : ''}: ${steps.map(flow/* describeStep */.E).join(' → ')}`);
    const github = (0,context/* readGitHubContext */.L)(ctx.env);
    const client = (0,github_client/* githubClient */.$)(ctx.githubToken, ctx.env);
    const outcomes = [];
    let image;
    let digest;
    let failed;
    let exitCode = errors/* ExitCode */.yU.Ok;
    const stopOnFailure = run.trigger !== 'pull_request';
    let badInput = false;
    for (const step of steps) {
        if (badInput || (failed && stopOnFailure)) {
            const reason = badInput ? 'an earlier step stopped on bad input' : 'an earlier step failed';
            outcomes.push({ step, status: 'skipped', reason, seconds: 0 });
            continue;
        }
        const t0 = Date.now();
        const base = { config: options.configPath, ...(options.extra?.[step.kind] ?? {}) };
        try {
            const result = await runStep(ctx, step, base, {
                run,
                image,
                dir,
                layout: (0,external_node_path_.resolve)(dir, config.image.layout),
            });
            if (step.kind === 'build') {
                image = result.outputs?.image;
                digest = result.outputs?.digest;
            }
            if ((step.kind === 'scan' || step.kind === 'evaluate') &&
                step.record &&
                image &&
                digest &&
                !ctx.dryRun) {
                await attachRecord(ctx, image, step.kind === 'scan' ? 'scan' : 'evaluation', result);
            }
            const section = SECTION_OF[step.kind];
            if (section && github?.pullRequest && result.summary && !ctx.dryRun) {
                const published = await (0,comment/* publishSection */.hX)({
                    client,
                    context: github,
                    model: config.model.name,
                    section,
                    content: result.summary,
                    ...(result.verdict ? { verdict: result.verdict } : {}),
                }).catch((error) => ({ posted: false, reason: error.message }));
                if (!published.posted)
                    ctx.log.warning(`no pull-request comment for ${section}: ${published.reason}`);
            }
            const stepFailed = result.failed !== undefined;
            outcomes.push({
                step,
                status: stepFailed ? 'failed' : 'passed',
                ...(result.failed ? { reason: result.failed } : {}),
                seconds: (Date.now() - t0) / 1000,
                result,
            });
            if (stepFailed) {
                failed ??= `${(0,flow/* describeStep */.E)(step)}: ${result.failed}`;
                exitCode = Math.max(exitCode, result.exitCode ?? errors/* ExitCode */.yU.Gate);
            }
        }
        catch (error) {
            const code = (0,errors/* exitCodeOf */.FO)(error);
            const reason = (0,errors/* describeError */.Uc)(error);
            outcomes.push({ step, status: 'failed', reason, seconds: (Date.now() - t0) / 1000 });
            failed ??= `${(0,flow/* describeStep */.E)(step)}: ${reason}`;
            exitCode = Math.max(exitCode, code);
            // A bad configuration stops every flow: nothing after it can be trusted. On a pull request,
            // bad input to one step stops only that step, so the report still shows every other one.
            if (code === errors/* ExitCode */.yU.Usage && (stopOnFailure || step.kind === 'validate'))
                badInput = true;
        }
    }
    const report = {
        run,
        steps: outcomes,
        ...(image ? { image } : {}),
        ...(digest ? { digest } : {}),
        summary: '',
        ...(failed ? { failed } : {}),
        exitCode,
    };
    report.summary = renderFlow(report, config.model.name);
    return report;
}
async function runStep(ctx, step, base, state) {
    const command = async (name, options) => {
        const cmd = await (0,commands/* loadCommand */.yV)(name);
        if (!cmd)
            throw new Error(`command ${name} is missing`);
        return ctx.log.group(`${name}`, () => cmd.run(ctx, { ...base, ...options }, []));
    };
    const needImage = () => {
        if (!state.image)
            throw new Error(`${(0,flow/* describeStep */.E)(step)} needs the image from the build step, which did not produce one`);
        return state.image;
    };
    switch (step.kind) {
        case 'validate':
            return command('validate', {});
        case 'build':
            return command('build', {
                tag: step.tags,
                ...(step.push ? {} : { repository: `oci:${state.layout}` }),
            });
        case 'scan':
            return command('scan', state.image ? { image: state.image, format: 'markdown' } : { format: 'markdown' });
        case 'evaluate': {
            const image = needImage();
            const digest = image.split('@')[1];
            // A release's result becomes the next baseline (when its gate passed), as on a tag in CI.
            return command('evaluate', {
                image,
                ...(digest ? { 'model-digest': digest } : {}),
                ...(state.run.trigger === 'release' ? { 'save-baseline': true } : {}),
            });
        }
        case 'plan':
            return command('plan', { format: 'markdown' });
        case 'place':
            return command('place', { format: 'markdown' });
        case 'deploy': {
            const image = needImage();
            return command('deploy', { image, 'require-gates': String(step.requireGates) });
        }
        case 'rollback':
            return command('rollback', step.to !== undefined ? { to: String(step.to) } : {});
    }
}
async function attachRecord(ctx, image, kind, result) {
    const { store, digest, close } = (0,records/* openRecordStore */.T)(ctx, image);
    try {
        await store.attach({
            kind,
            subject: digest,
            passed: result.failed === undefined,
            reason: result.failed ?? `${kind} passed`,
            createdAt: ctx.now().toISOString(),
            report: result.outputs ?? {},
        });
        ctx.log.info(`${kind} record attached to ${digest.slice(0, 19)}… (${store.where})`);
    }
    finally {
        close();
    }
}
function renderFlow(report, model) {
    const { run } = report;
    const title = run.trigger === 'release' && run.release
        ? `Release ${(0,markdown.escapeMarkdown)(run.release.tag)} of ${(0,markdown.escapeMarkdown)(model)}`
        : run.trigger === 'pull_request'
            ? `Checks for ${(0,markdown.escapeMarkdown)(model)}${run.pullRequest ? ` on #${run.pullRequest.number}` : ''}`
            : `${(0,markdown.escapeMarkdown)(model)}: ${run.trigger}`;
    const icon = { passed: '✅', failed: '❌', skipped: '⏭️' };
    const lines = [
        `## ${report.failed ? '❌' : '✅'} ${title}`,
        '',
        report.failed
            ? `**Failed:** ${(0,markdown.escapeMarkdown)((0,markdown/* truncate */.xv)(report.failed, 1000))}`
            : '**Passed:** every step did what it should.',
        '',
        ...(report.image ? [`Image: ${(0,markdown.code)(report.image)}`, ''] : []),
        (0,markdown.table)(['step', 'result', 'time', 'detail'], report.steps.map((s) => [
            (0,markdown.escapeMarkdown)((0,flow/* describeStep */.E)(s.step)),
            `${icon[s.status]} ${s.status}`,
            `${s.seconds.toFixed(1)} s`,
            (0,markdown.escapeMarkdown)((0,markdown/* truncate */.xv)((s.reason ?? '').split('\n')[0] ?? '', 200)),
        ]), { align: ['left', 'left', 'right', 'left'] }),
        '',
    ];
    for (const s of report.steps) {
        if (s.result?.summary)
            lines.push(s.result.summary.trim(), '');
    }
    return lines.join('\n');
}


/***/ })

};
