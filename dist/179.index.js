export const id = 179;
export const ids = [179,207];
export const modules = {

/***/ 70636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ githubClient),
/* harmony export */   n: () => (/* binding */ httpStatus)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);

/**
 * An Octokit for the REST API at GITHUB_API_URL (GitHub Enterprise Server, or a test double),
 * authenticated with the action's github-token. Undefined without a token.
 */
function githubClient(token, env) {
    if (!token)
        return undefined;
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, { baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '') });
}
/** HTTP status of an Octokit RequestError, if the value is one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 74510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hX: () => (/* binding */ publishSection)
/* harmony export */ });
/* unused harmony exports SECTION_ORDER, MAX_COMMENT_LENGTH, commentMarker, readSections, mergeSection, findComment, upsertSection */
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70636);

/** Sections other commands contribute to the one comment per pull request and model, in display order. */
const SECTION_ORDER = ['plan', 'scan', 'evaluation', 'placement'];
/** GitHub rejects comment bodies over 65536 characters. */
const MAX_COMMENT_LENGTH = 65_536;
const KIND = 'report';
/** The hidden marker that finds the comment again: `<!-- model-deploy:report:<model> -->`. */
function commentMarker(model) {
    return `<!-- model-deploy:${KIND}:${markerSafe(model)} -->`;
}
function sectionBegin(section) {
    return `<!-- model-deploy:section:${markerSafe(section)}:begin -->`;
}
function sectionEnd(section) {
    return `<!-- model-deploy:section:${markerSafe(section)}:end -->`;
}
/** Marker text cannot close the HTML comment or start another marker. */
function markerSafe(text) {
    return text.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/-{2,}/g, '-');
}
/** Sections stored in a comment body, by name, in body order. */
function readSections(body) {
    const sections = new Map();
    const re = /<!-- model-deploy:section:([A-Za-z0-9._/-]+):begin -->\n?([\s\S]*?)\n?<!-- model-deploy:section:\1:end -->/g;
    for (const m of body.matchAll(re))
        sections.set(m[1], m[2]);
    return sections;
}
/**
 * The comment body with `section` replaced (or added) and every other section kept as it was.
 * Pure: the same existing body and section give the same result.
 */
function mergeSection(existing, model, section, content) {
    const sections = existing ? readSections(existing) : new Map();
    sections.set(markerSafe(section), neutralize(content.trim()));
    const known = SECTION_ORDER.filter((s) => sections.has(s));
    const others = [...sections.keys()].filter((s) => !SECTION_ORDER.includes(s)).sort();
    const parts = [commentMarker(model), `### model-deploy · ${model}`];
    for (const name of [...known, ...others]) {
        parts.push(`${sectionBegin(name)}\n${sections.get(name)}\n${sectionEnd(name)}`);
    }
    return truncateBody(parts.join('\n\n'));
}
/** Content cannot forge our markers (they are HTML comments, so `<!--` in content is escaped). */
function neutralize(content) {
    return content.replace(/<!--\s*model-deploy:/g, '&lt;!-- model-deploy:');
}
function truncateBody(body) {
    if (body.length <= MAX_COMMENT_LENGTH)
        return body;
    const note = '\n\n… (truncated: the full report is in the job summary)';
    return body.slice(0, MAX_COMMENT_LENGTH - note.length) + note;
}
/** The comment carrying the model's marker, looked for on every page (100 per request). */
async function findComment(client, target) {
    const marker = commentMarker(target.model);
    let found;
    await client.paginate(client.rest.issues.listComments, { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 }, (response, done) => {
        const hit = response.data.find((c) => c.body?.includes(marker));
        if (hit) {
            found = { id: hit.id, body: hit.body ?? '', url: hit.html_url };
            done();
        }
        return [];
    });
    return found;
}
/** Creates the model's comment or replaces one section of it in place. */
async function upsertSection(client, target, section, content) {
    const existing = await findComment(client, target);
    const body = mergeSection(existing?.body, target.model, section, content);
    if (!existing) {
        const { data } = await client.rest.issues.createComment({
            owner: target.owner,
            repo: target.repo,
            issue_number: target.issueNumber,
            body,
        });
        return { action: 'created', id: data.id, url: data.html_url };
    }
    if (existing.body === body)
        return { action: 'unchanged', id: existing.id, url: existing.url };
    const { data } = await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
}
/**
 * Puts a section into the pull request's comment when it can; otherwise says why not, so the
 * caller writes the job summary only: no pull request, no token, a fork pull request (its
 * GITHUB_TOKEN is read-only), or a 403 from GitHub.
 */
async function publishSection(options) {
    const { client, context } = options;
    const pr = context?.pullRequest;
    if (!context || !pr)
        return { posted: false, reason: 'not a pull request run, so there is no pull-request comment' };
    // pull_request_target runs in the base repository with a writable token: it can comment
    if (pr.fork && context.eventName !== 'pull_request_target') {
        return {
            posted: false,
            reason: `this pull request comes from the fork ${pr.headRepo ?? '(deleted)'}, and GitHub gives workflows on fork pull requests a read-only token, so the report is in the job summary only`,
        };
    }
    if (!client)
        return { posted: false, reason: 'no github-token was given, so there is no pull-request comment' };
    try {
        const result = await upsertSection(client, { owner: context.owner, repo: context.repo, issueNumber: pr.number, model: options.model }, options.section, options.content);
        return { posted: true, ...result };
    }
    catch (error) {
        const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .n)(error);
        if (status === 403 || status === 401) {
            return {
                posted: false,
                reason: `GitHub refused to write the pull-request comment (${status}: ${error.message}); the token needs pull-requests: write (fork pull requests always get a read-only token)`,
            };
        }
        throw error;
    }
}


/***/ }),

/***/ 88120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ isBaselineRef),
/* harmony export */   L: () => (/* binding */ readGitHubContext)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);


/**
 * What GitHub Actions tells a step about its run, from the environment and the event payload
 * (GITHUB_EVENT_PATH). Undefined outside GitHub Actions (no GITHUB_REPOSITORY).
 */
function readGitHubContext(env) {
    const repository = env.GITHUB_REPOSITORY;
    if (!repository)
        return undefined;
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`GITHUB_REPOSITORY must be owner/name, got "${repository}"`);
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = object(event.pull_request);
    const repositoryInfo = object(event.repository);
    let pullRequest;
    if (pr && typeof pr.number === 'number') {
        const head = object(pr.head);
        const base = object(pr.base);
        const headRepo = string(object(head?.repo)?.full_name);
        const baseRepo = string(object(base?.repo)?.full_name) ?? repository;
        pullRequest = {
            number: pr.number,
            headRepo,
            baseRepo,
            // a deleted fork has head.repo null: still a fork
            fork: headRepo === undefined ? head !== undefined : headRepo.toLowerCase() !== baseRepo.toLowerCase(),
            headSha: string(head?.sha),
            baseRef: string(base?.ref),
        };
    }
    return {
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME,
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        runId: env.GITHUB_RUN_ID,
        defaultBranch: string(repositoryInfo?.default_branch),
        pullRequest,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    };
}
/** Runs on the default branch or a tag record baselines; pull requests only read them. */
function isBaselineRef(context) {
    if (context.pullRequest || !context.ref)
        return false;
    if (context.ref.startsWith('refs/tags/'))
        return true;
    return context.defaultBranch !== undefined && context.ref === `refs/heads/${context.defaultBranch}`;
}
function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`GITHUB_EVENT_PATH ${path} cannot be read: ${error.message}`, {
            cause: error,
        });
    }
    try {
        return object(JSON.parse(text)) ?? {};
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`GITHUB_EVENT_PATH ${path} is not JSON: ${error.message}`, {
            cause: error,
        });
    }
}
function object(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v)
        ? v
        : undefined;
}
function string(v) {
    return typeof v === 'string' ? v : undefined;
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
                ...(config.deploy && options.cluster
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

/***/ 5179:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ runFlow)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82738);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1383);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70636);
/* harmony import */ var _github_comment_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74510);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88120);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(63021);
/* harmony import */ var _flow_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88388);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58207);










const SECTION_OF = {
    scan: 'scan',
    plan: 'plan',
    place: 'placement',
};
/** Runs the flow for this event with the real commands, in-process, and writes one report. */
async function runFlow(ctx, run, options) {
    const loaded = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z)(options.configPath, { cwd: ctx.cwd, env: ctx.env });
    const { config, dir } = loaded;
    const steps = (0,_flow_js__WEBPACK_IMPORTED_MODULE_8__/* .planFlow */ .S)(run, config, { cluster: !!ctx.kubeconfigPath });
    ctx.log.info(`${run.ci} ${run.trigger}${run.release ? ` ${run.release.tag}` : ''}${run.pullRequest ? ` #${run.pullRequest.number}` : ''}: ${steps.map(_flow_js__WEBPACK_IMPORTED_MODULE_8__/* .describeStep */ .E).join(' → ')}`);
    const github = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_6__/* .readGitHubContext */ .L)(ctx.env);
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__/* .githubClient */ .$)(ctx.githubToken, ctx.env);
    const outcomes = [];
    let image;
    let digest;
    let failed;
    let exitCode = _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Ok;
    const stopOnFailure = run.trigger !== 'pull_request';
    for (const step of steps) {
        if (failed && stopOnFailure) {
            outcomes.push({ step, status: 'skipped', reason: 'an earlier step failed', seconds: 0 });
            continue;
        }
        const t0 = Date.now();
        const base = { config: options.configPath, ...(options.extra?.[step.kind] ?? {}) };
        try {
            const result = await runStep(ctx, step, base, {
                run,
                image,
                dir,
                layout: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(dir, config.image.layout),
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
                const published = await (0,_github_comment_js__WEBPACK_IMPORTED_MODULE_5__/* .publishSection */ .hX)({
                    client,
                    context: github,
                    model: config.model.name,
                    section,
                    content: result.summary,
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
                failed ??= `${(0,_flow_js__WEBPACK_IMPORTED_MODULE_8__/* .describeStep */ .E)(step)}: ${result.failed}`;
                exitCode = Math.max(exitCode, result.exitCode ?? _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Gate);
            }
        }
        catch (error) {
            const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .exitCodeOf */ .FO)(error);
            const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error);
            outcomes.push({ step, status: 'failed', reason, seconds: (Date.now() - t0) / 1000 });
            failed ??= `${(0,_flow_js__WEBPACK_IMPORTED_MODULE_8__/* .describeStep */ .E)(step)}: ${reason}`;
            exitCode = Math.max(exitCode, code);
            // Bad configuration or input stops every flow: nothing after it can be trusted.
            if (code === _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ExitCode */ .yU.Usage)
                break;
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
        const cmd = await (0,_commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCommand */ .yV)(name);
        if (!cmd)
            throw new Error(`command ${name} is missing`);
        return ctx.log.group(`${name}`, () => cmd.run(ctx, { ...base, ...options }, []));
    };
    const needImage = () => {
        if (!state.image)
            throw new Error(`${(0,_flow_js__WEBPACK_IMPORTED_MODULE_8__/* .describeStep */ .E)(step)} needs the image from the build step, which did not produce one`);
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
    const { store, digest, close } = (0,_records_js__WEBPACK_IMPORTED_MODULE_7__/* .openRecordStore */ .T)(ctx, image);
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
        ? `Release ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(run.release.tag)} of ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(model)}`
        : run.trigger === 'pull_request'
            ? `Checks for ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(model)}${run.pullRequest ? ` on #${run.pullRequest.number}` : ''}`
            : `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(model)}: ${run.trigger}`;
    const icon = { passed: '✅', failed: '❌', skipped: '⏭️' };
    const lines = [
        `## ${title}`,
        '',
        report.failed ? `**Result: failed** — ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)(report.failed)}` : '**Result: passed**',
        '',
        ...(report.image ? [`Image: \`${report.image}\``, ''] : []),
        '| step | result | time | detail |',
        '| --- | --- | ---: | --- |',
        ...report.steps.map((s) => `| ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)((0,_flow_js__WEBPACK_IMPORTED_MODULE_8__/* .describeStep */ .E)(s.step))} | ${icon[s.status]} ${s.status} | ${s.seconds.toFixed(1)} s | ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_9__/* .escapeMarkdown */ .FV)((s.reason ?? '').split('\n')[0] ?? '').slice(0, 200)} |`),
        '',
    ];
    for (const s of report.steps) {
        if (s.result?.summary)
            lines.push(s.result.summary.trim(), '');
    }
    return lines.join('\n');
}


/***/ }),

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export codeBlock */
/**
 * Escapes untrusted text (metric names, file names, branch names) for inline use in
 * GitHub-flavoured markdown: HTML special characters become entities (no tags, no hidden
 * comments), markdown punctuation that could start emphasis, code, links, images, headings or
 * table cells is backslash-escaped, `@` cannot mention anyone, newlines cannot start a new block,
 * and a leading list/heading marker is escaped too.
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\\`*_[\]#|~]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/@/g, '&#64;')
        .replace(/\r?\n|\r/g, ' ')
        .replace(/^([-+=]|\d+[.)])/, '\\$1');
}
/** A GFM table. Cells are trusted markdown: escape untrusted parts with escapeMarkdown first. */
function table(headers, rows, align = []) {
    const rule = headers.map((_, i) => {
        const a = align[i] ?? 'left';
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map((c) => c.replace(/\r?\n/g, ' ')).join(' | ')} |`;
    return [line(headers), line(rule), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n');
}
/** A collapsed block; `summary` is trusted markdown. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced code block whose fence is longer than any backtick run inside `code`. */
function codeBlock(code, language = '') {
    const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${code}\n${fence}`;
}


/***/ })

};
