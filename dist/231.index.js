export const id = 231;
export const ids = [231];
export const modules = {

/***/ 8231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _pipeline_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65733);
/* harmony import */ var _pipeline_records_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58207);
/* harmony import */ var _rollout_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88061);
/* harmony import */ var _rollout_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96849);
/* harmony import */ var _rollout_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63584);
/* harmony import */ var _rollout_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22613);
/* harmony import */ var _rollout_spec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(31858);
/* harmony import */ var _rollout_state_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(39280);
/* harmony import */ var _rollout_traffic_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(59864);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(85583);











/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .defineCommand */ .NB)({
    name: 'deploy',
    summary: 'canary rollout with analysis and automatic rollback',
    options: {
        image: { type: 'string', value: 'REF', description: 'image to roll out (default: deploy.image)' },
        ..._rollout_session_js__WEBPACK_IMPORTED_MODULE_6__/* .clusterOptions */ .dU,
        prometheus: {
            type: 'string',
            value: 'URL',
            description: 'Prometheus for analysis (default: deploy.analysis.prometheus)',
        },
        'require-gates': {
            type: 'string',
            value: 'true|false',
            description: 'refuse an image without passing scan and evaluation records (default: deploy.require-gates, else true on a release tag)',
        },
        'wait-lock': {
            type: 'string',
            value: 'DURATION',
            description: 'wait this long for another rollout of the model to finish (default: twice deploy.lease)',
        },
    },
    help: [
        'Creates the Deployment on a first deploy; otherwise runs deploy.steps on a canary Deployment, analysing',
        'each step, then promotes (stable takes the image) or rolls back (traffic to stable first, canary removed).',
        'State lives in annotations on the canary: a rerun after a kill resumes or rolls back (deploy.rollback.on-rerun).',
        'Exit 1 when the rollout was rolled back or failed; the job summary holds the report.',
    ].join('\n'),
    async run(ctx, options) {
        const s = (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_6__/* .openSession */ .fA)(ctx, options);
        const image = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .stringOption */ .Pp)(options, 'image') ?? s.deploy.image;
        if (!image)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('no image to deploy: pass --image REF (the action passes the image it built) or set deploy.image');
        const requireGates = requireGatesFor(options, s.deploy['require-gates'], ctx.env);
        if (requireGates && !ctx.dryRun)
            await (0,_pipeline_records_js__WEBPACK_IMPORTED_MODULE_2__/* .requireGateRecords */ .d)(ctx, image);
        const prometheus = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .stringOption */ .Pp)(options, 'prometheus');
        const stable = await s.kube.read('read stable Deployment', () => s.kube.apps.readNamespacedDeployment({ name: s.objects.name, namespace: s.objects.namespace }));
        const history = await (0,_rollout_history_js__WEBPACK_IMPORTED_MODULE_4__/* .readHistory */ .Lu)(s.kube, s.objects);
        const spec = (0,_rollout_spec_js__WEBPACK_IMPORTED_MODULE_7__/* .buildSpec */ .m)(s.objects, {
            image,
            runId: (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_6__/* .newRunId */ .F$)(s.holder),
            intent: 'deploy',
            nextRevision: (0,_rollout_history_js__WEBPACK_IMPORTED_MODULE_4__/* .nextRevision */ .fB)(history, Number(stable?.metadata?.annotations?.[_rollout_state_js__WEBPACK_IMPORTED_MODULE_8__/* .ANNOTATION */ .YX.revision] ?? 0)),
        });
        if (ctx.dryRun) {
            const runner = new _rollout_run_js__WEBPACK_IMPORTED_MODULE_5__/* .RolloutRunner */ .a({
                kube: s.kube,
                objects: s.objects,
                router: (0,_rollout_traffic_js__WEBPACK_IMPORTED_MODULE_9__/* .makeRouter */ .Kd)(s.kube, s.objects),
                spec,
                log: ctx.log,
                now: () => ctx.now().getTime(),
                signal: ctx.signal,
                revisionInfo: {},
            });
            const decision = (0,_rollout_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .decide */ .LD)(spec, await runner.observe(), ctx.now().getTime());
            const lines = [
                `dry run: ${decision.progress.message}`,
                ...decision.actions.map((a) => `would ${a.kind}${'replicas' in a ? ` ${a.replicas}` : ''}${'weight' in a ? ` ${a.weight}%` : ''}`),
            ];
            return { stdout: lines.join('\n'), outputs: { verdict: 'dry-run' } };
        }
        const { result: _result, ...rest } = await (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_6__/* .runUnderLease */ .YI)(ctx, s, spec, {
            waitMs: (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_6__/* .waitOption */ .fz)(options, 'wait-lock', 2 * s.deploy.lease),
            ...(prometheus ? { prometheus } : {}),
            title: 'Canary rollout',
        });
        return rest;
    },
}));
/** --require-gates, else deploy.require-gates, else on for release tags (GitHub, GitLab, Jenkins). */
function requireGatesFor(options, configured, env) {
    const flag = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .stringOption */ .Pp)(options, 'require-gates');
    if (flag !== undefined) {
        if (flag !== 'true' && flag !== 'false')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--require-gates must be true or false, got "${flag}"`);
        return flag === 'true';
    }
    return configured ?? (0,_pipeline_context_js__WEBPACK_IMPORTED_MODULE_1__/* .detectContext */ .h)(env).trigger === 'release';
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

/***/ 65733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ detectContext)
/* harmony export */ });
/* unused harmony export releaseOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

const SEMVER_TAG = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
function releaseOf(tag) {
    const m = tag ? SEMVER_TAG.exec(tag) : null;
    return m && tag ? { tag, version: m[1] } : undefined;
}
/** Maps CI variables (GitHub Actions, GitLab CI, Jenkins) to one RunContext. Pure but for reading the event file. */
function detectContext(env, readEvent = (p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8')) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_EVENT_NAME)
        return github(env, readEvent);
    if (env.GITLAB_CI)
        return gitlab(env);
    if (env.JENKINS_URL || env.BUILD_TAG?.startsWith('jenkins-'))
        return jenkins(env);
    const tag = env.MODEL_DEPLOY_TAG;
    const release = releaseOf(tag);
    return {
        ci: 'local',
        trigger: env.MODEL_DEPLOY_EVENT === 'pull_request' ? 'pull_request' : release ? 'release' : 'other',
        sha: env.MODEL_DEPLOY_SHA ?? '',
        ref: tag ? `refs/tags/${tag}` : '',
        repository: env.MODEL_DEPLOY_REPOSITORY ?? 'local/model',
        ...(release ? { release } : {}),
    };
}
function github(env, readEvent) {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(readEvent(env.GITHUB_EVENT_PATH));
        }
        catch {
            event = {};
        }
    }
    const name = env.GITHUB_EVENT_NAME ?? '';
    const ref = env.GITHUB_REF ?? '';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const base = {
        ci: 'github',
        sha: env.GITHUB_SHA ?? '',
        ref,
        repository,
        ...(env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
            ? { runUrl: `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
    };
    if ((name === 'pull_request' || name === 'pull_request_target') && event.pull_request) {
        const pr = event.pull_request;
        const head = pr.head.repo?.full_name;
        return {
            ...base,
            trigger: 'pull_request',
            pullRequest: {
                number: pr.number,
                fork: !!head && head !== (pr.base.repo?.full_name ?? repository),
                headRef: pr.head.ref,
                baseRef: pr.base.ref,
            },
        };
    }
    if (name === 'workflow_dispatch' &&
        (event.inputs?.rollback === true || event.inputs?.rollback === 'true')) {
        const to = Number(event.inputs?.revision ?? event.inputs?.to);
        return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
    }
    const release = ref.startsWith('refs/tags/') ? releaseOf(ref.slice('refs/tags/'.length)) : undefined;
    return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}
function gitlab(env) {
    const base = {
        ci: 'gitlab',
        sha: env.CI_COMMIT_SHA ?? '',
        ref: env.CI_COMMIT_TAG
            ? `refs/tags/${env.CI_COMMIT_TAG}`
            : `refs/heads/${env.CI_COMMIT_BRANCH ?? env.CI_COMMIT_REF_NAME ?? ''}`,
        repository: env.CI_PROJECT_PATH ?? '',
        ...(env.CI_PIPELINE_URL ? { runUrl: env.CI_PIPELINE_URL } : {}),
    };
    if (env.CI_PIPELINE_SOURCE === 'merge_request_event' && env.CI_MERGE_REQUEST_IID) {
        return {
            ...base,
            trigger: 'pull_request',
            pullRequest: {
                number: Number(env.CI_MERGE_REQUEST_IID),
                fork: !!env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH &&
                    env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH !== env.CI_MERGE_REQUEST_PROJECT_PATH,
                headRef: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
                baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? '',
            },
        };
    }
    if (env.MODEL_DEPLOY_ROLLBACK === 'true') {
        const to = Number(env.MODEL_DEPLOY_ROLLBACK_TO);
        return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
    }
    const release = releaseOf(env.CI_COMMIT_TAG);
    return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}
function jenkins(env) {
    const base = {
        ci: 'jenkins',
        sha: env.GIT_COMMIT ?? '',
        ref: env.TAG_NAME ? `refs/tags/${env.TAG_NAME}` : `refs/heads/${env.BRANCH_NAME ?? env.GIT_BRANCH ?? ''}`,
        repository: env.MODEL_DEPLOY_REPOSITORY ?? env.JOB_NAME ?? '',
        ...(env.BUILD_URL ? { runUrl: env.BUILD_URL } : {}),
    };
    if (env.CHANGE_ID) {
        return {
            ...base,
            trigger: 'pull_request',
            pullRequest: {
                number: Number(env.CHANGE_ID),
                fork: !!env.CHANGE_FORK,
                headRef: env.CHANGE_BRANCH ?? '',
                baseRef: env.CHANGE_TARGET ?? '',
            },
        };
    }
    if (env.MODEL_DEPLOY_ROLLBACK === 'true') {
        const to = Number(env.MODEL_DEPLOY_ROLLBACK_TO);
        return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
    }
    const release = releaseOf(env.TAG_NAME);
    return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}


/***/ }),

/***/ 58207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ openRecordStore),
  d: () => (/* binding */ requireGateRecords)
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

/***/ 31858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ buildSpec)
/* harmony export */ });
/* unused harmony export specHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _analysis_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49051);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75851);




/** Everything that defines a rollout, hashed: the same hash on a rerun means the same rollout. */
function specHash(o, image) {
    const d = o.deploy;
    const material = {
        image,
        replicas: d.replicas,
        template: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .podTemplate */ .oM)(o, 'canary', image),
        router: d.traffic,
        steps: d.steps,
        metrics: d.analysis.metrics,
        interval: d.analysis.interval,
    };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(material)).digest('hex').slice(0, 16);
}
function buildSpec(o, options) {
    const d = o.deploy;
    const { rules, problems } = (0,_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .compileMetrics */ .fk)(d.analysis.metrics, d.analysis.interval);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(problems.map((p) => ({
            path: `deploy.analysis.metrics[${p.index}].${p.field}`,
            message: `metric "${p.metric}": ${p.message}`,
        })));
    }
    return {
        image: options.image,
        replicas: d.replicas,
        steps: options.rollbackTo !== undefined ? [] : d.steps,
        specHash: specHash(o, options.image),
        runId: options.runId,
        router: d.traffic.router,
        metrics: rules,
        intervalMs: d.analysis.interval,
        startupDeadlineMs: d.probes['startup-deadline'],
        onRerun: d.rollback['on-rerun'],
        dynamicStableScale: d['dynamic-stable-scale'],
        intent: options.intent,
        nextRevision: options.nextRevision,
        ...(options.rollbackTo !== undefined ? { rollbackTo: options.rollbackTo } : {}),
    };
}


/***/ })

};
