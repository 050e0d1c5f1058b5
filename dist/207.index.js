export const id = 207;
export const ids = [207];
export const modules = {

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


/***/ })

};
