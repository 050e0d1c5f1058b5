export const id = 124;
export const ids = [124];
export const modules = {

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

/***/ 9501:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   VR: () => (/* binding */ DigestCounter),
/* harmony export */   sU: () => (/* binding */ digestHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony export digestStream */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);

const DIGEST = /^sha256:[a-f0-9]{64}$/;
function isDigest(value) {
    return DIGEST.test(value);
}
function sha256(data) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(data).digest('hex')}`;
}
/** Hex part of a digest: the blob's file name in an OCI layout. */
function digestHex(digest) {
    if (!isDigest(digest))
        throw new Error(`not a sha256 digest: ${digest}`);
    return digest.slice('sha256:'.length);
}
/** Counts and hashes bytes as they pass; read `digest()` after the stream ends. */
class DigestCounter {
    #hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    size = 0;
    update(chunk) {
        this.#hash.update(chunk);
        this.size += chunk.length;
    }
    digest() {
        return `sha256:${this.#hash.digest('hex')}`;
    }
}
async function digestStream(stream) {
    const counter = new DigestCounter();
    for await (const chunk of stream)
        counter.update(chunk);
    return { digest: counter.digest(), size: counter.size };
}


/***/ }),

/***/ 23940:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ parseReference),
/* harmony export */   FH: () => (/* binding */ formatReference),
/* harmony export */   Z9: () => (/* binding */ referenceTarget)
/* harmony export */ });
/* unused harmony export isLoopback */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9501);


const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REPO = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const DOCKER_HUB = 'registry-1.docker.io';
/** Registries spoken to over plain HTTP without asking: the machine itself. */
function isLoopback(host) {
    const h = host.replace(/:\d+$/, '');
    return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.endsWith('.localhost');
}
/**
 * Parses `oci:DIR[:TAG|@DIGEST]`, `[http://]host[:port]/repo[:tag][@digest]` or a Docker Hub
 * short name. `what` names the field for the error message.
 */
function parseReference(text, what = 'image reference') {
    const input = text.trim();
    if (input.startsWith('oci:'))
        return parseLayout(input.slice(4), text, what);
    let rest = input;
    let scheme;
    const schemeMatch = /^(https?):\/\//.exec(rest);
    if (schemeMatch) {
        scheme = schemeMatch[1];
        rest = rest.slice(schemeMatch[0].length);
    }
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        const d = rest.slice(at + 1);
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(d))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} "${text}": "${d}" is not a sha256 digest (sha256:<64 hex>)`);
        digest = d;
        rest = rest.slice(0, at);
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} "${text}": tag "${tag}" is not valid ([A-Za-z0-9_.-], ≤128)`);
    }
    const first = rest.split('/')[0] ?? '';
    const hasHost = rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
    let registry = hasHost ? first : DOCKER_HUB;
    let repository = hasHost ? rest.slice(first.length + 1) : rest;
    if (registry === 'docker.io' || registry === 'index.docker.io')
        registry = DOCKER_HUB;
    if (registry === DOCKER_HUB && !repository.includes('/'))
        repository = `library/${repository}`;
    if (!REPO.test(repository)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} "${text}": repository "${repository}" is not valid (lowercase letters, digits, . _ - and / only)`);
    }
    return {
        kind: 'registry',
        registry,
        scheme: scheme ?? (isLoopback(registry) ? 'http' : 'https'),
        repository,
        ...(tag ? { tag } : {}),
        ...(digest ? { digest } : {}),
    };
}
function parseLayout(rest, text, what) {
    let dir = rest;
    let digest;
    let tag;
    const at = dir.lastIndexOf('@');
    if (at >= 0 && (0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(dir.slice(at + 1))) {
        digest = dir.slice(at + 1);
        dir = dir.slice(0, at);
    }
    else {
        const colon = dir.lastIndexOf(':');
        if (colon >= 0) {
            tag = dir.slice(colon + 1);
            dir = dir.slice(0, colon);
            if (!TAG.test(tag))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} "${text}": tag "${tag}" is not valid ([A-Za-z0-9_.-], ≤128)`);
        }
    }
    if (!dir)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} "${text}": expected oci:DIR[:TAG]`);
    return { kind: 'layout', dir, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    const suffix = `${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
    if (ref.kind === 'layout')
        return `oci:${ref.dir}${suffix}`;
    const host = ref.registry === DOCKER_HUB ? 'docker.io' : ref.registry;
    return `${host}/${ref.repository}${suffix}`;
}
/** The tag or digest to ask the registry for. */
function referenceTarget(ref) {
    return ref.digest ?? ref.tag ?? 'latest';
}


/***/ })

};
