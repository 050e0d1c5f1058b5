export const id = 333;
export const ids = [333];
export const modules = {

/***/ 97771:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ findCredentials)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);




/**
 * Credentials for a registry: the action's registry-username/password inputs first, then the
 * docker config (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, `auths` entries).
 * Every secret found is masked in the log.
 */
function findCredentials(registry, options) {
    if (options.explicit?.username) {
        options.log?.secret(options.explicit.password);
        return { ...options.explicit, source: 'registry-username/registry-password' };
    }
    const dir = options.env.DOCKER_CONFIG ?? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(options.env.HOME ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.docker');
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json');
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
    let config;
    try {
        config = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file} is not valid JSON: fix it or remove it (it holds docker login credentials)`, {
            cause: error,
        });
    }
    const keys = registryKeys(registry);
    for (const [key, entry] of Object.entries(config.auths ?? {})) {
        if (!keys.includes(normalizeKey(key)))
            continue;
        let username = entry.username;
        let password = entry.password ?? entry.identitytoken;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: auths["${key}"].auth is not base64 of user:password`);
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
        if (username && password) {
            options.log?.secret(password);
            if (entry.auth)
                options.log?.secret(entry.auth);
            return { username, password, source: `${file} (auths["${key}"])` };
        }
    }
    return undefined;
}
function normalizeKey(key) {
    return key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}
function registryKeys(registry) {
    if (registry === 'registry-1.docker.io')
        return ['registry-1.docker.io', 'index.docker.io', 'docker.io'];
    return [registry];
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

/***/ 50261:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isIndexMediaType),
/* harmony export */   $T: () => (/* binding */ MANIFEST_MEDIA_TYPES),
/* harmony export */   PN: () => (/* binding */ modelLayerMediaType),
/* harmony export */   YH: () => (/* binding */ Annotation),
/* harmony export */   zu: () => (/* binding */ MediaType)
/* harmony export */ });
/** OCI image-spec, Docker and CNCF ModelPack media types. */
const MediaType = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociLayer: 'application/vnd.oci.image.layer.v1.tar',
    ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerConfig: 'application/vnd.docker.container.image.v1+json',
    dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
    modelManifest: 'application/vnd.cncf.model.manifest.v1+json',
    modelConfig: 'application/vnd.cncf.model.config.v1+json',
};
function modelLayerMediaType(kind, format) {
    return `application/vnd.cncf.model.${kind}.v1.${format}`;
}
const MANIFEST_MEDIA_TYPES = [
    MediaType.ociManifest,
    MediaType.ociIndex,
    MediaType.dockerManifest,
    MediaType.dockerManifestList,
];
function isIndexMediaType(mediaType) {
    return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}
/** Annotation keys. */
const Annotation = {
    refName: 'org.opencontainers.image.ref.name',
    title: 'org.opencontainers.image.title',
    created: 'org.opencontainers.image.created',
    modelFilepath: 'org.cncf.model.filepath',
    modelFileMetadata: 'org.cncf.model.file.metadata+json',
};


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


/***/ }),

/***/ 4848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bP: () => (/* binding */ RegistryClient),
  LN: () => (/* binding */ referrersTag)
});

// UNUSED EXPORTS: RegistryError, exitCodeForRegistry

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/oci/auth.js
/** Parses a WWW-Authenticate header: `Bearer realm="…",service="…",scope="…"` or `Basic realm="…"`. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?/g;
    for (let p = re.exec(m[2]); p; p = re.exec(m[2])) {
        params[p[1].toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme: m[1].toLowerCase(), params };
}
/** `repository:<name>:<actions>` scopes a request needs. */
function repositoryScope(repository, actions) {
    return `repository:${repository}:${actions}`;
}
function basicHeader(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString('base64')}`;
}

// EXTERNAL MODULE: ./lib/oci/digest.js
var oci_digest = __webpack_require__(9501);
// EXTERNAL MODULE: ./lib/oci/media-types.js
var media_types = __webpack_require__(50261);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
;// CONCATENATED MODULE: ./lib/oci/registry-http.js






/** A registry answered with an error the user must act on (or a transient one that did not go away). */
class RegistryError extends errors/* ToolError */.v4 {
    status;
    code;
    constructor(message, status, code, options) {
        super(message, options);
        this.status = status;
        this.code = code;
        this.name = 'RegistryError';
    }
}
const TRANSIENT_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ETIMEDOUT',
    'ECONNABORTED',
    'UND_ERR_SOCKET',
    'EAI_AGAIN',
]);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
function isTransient(error) {
    if (error instanceof RegistryError) {
        if (error.status !== undefined)
            return error.status >= 500 || error.status === 429;
        return error.cause !== undefined && isTransient(error.cause);
    }
    const code = error?.code;
    if (code && (TRANSIENT_CODES.has(code) || UNREACHABLE_CODES.has(code)))
        return true;
    return error instanceof Error && /socket hang up|aborted|timed out/i.test(error.message);
}
/** HTTP to one registry: auth challenges (anonymous, basic, bearer token), retries with backoff. */
class RegistryTransport {
    registry;
    base;
    #agent;
    #opts;
    #challenge;
    #tokens = new Map();
    constructor(registry, scheme, options = {}) {
        this.registry = registry;
        this.base = new URL(`${scheme}://${registry}/`);
        const Agent = scheme === 'https' ? external_node_https_.Agent : external_node_http_.Agent;
        this.#agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 8 });
        this.#opts = { attempts: 5, backoffMs: 300, timeoutMs: 120_000, ...options };
    }
    get who() {
        const c = this.#opts.credentials;
        return c ? `user "${c.username}" (from ${c.source})` : 'anonymous access';
    }
    close() {
        this.#agent.destroy();
    }
    async request(spec) {
        const attempts = spec.retry === false ? 1 : this.#opts.attempts;
        let reauthenticated = false;
        for (let attempt = 1;; attempt++) {
            let res;
            const sentAuth = this.#authorizationFor(spec);
            try {
                res = await this.#send(spec, sentAuth);
            }
            catch (error) {
                if (attempt < attempts && isTransient(error)) {
                    await this.#backoff(attempt, spec, error.message);
                    continue;
                }
                throw this.#networkError(error, spec);
            }
            if (spec.expect.includes(res.status))
                return res;
            if (res.status === 401 && !reauthenticated) {
                const header = Array.isArray(res.headers['www-authenticate'])
                    ? res.headers['www-authenticate'][0]
                    : res.headers['www-authenticate'];
                await drain(res.body);
                reauthenticated = true;
                await this.#authenticate(header, spec.scopes, sentAuth);
                attempt--;
                continue;
            }
            const error = await this.errorFor(res, spec);
            if (attempt < attempts && isTransient(error)) {
                await this.#backoff(attempt, spec, error.message);
                continue;
            }
            throw error;
        }
    }
    async #backoff(attempt, spec, why) {
        const ms = this.#opts.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
        this.#opts.log?.info(`  retry ${attempt}/${this.#opts.attempts - 1} of ${spec.method} in ${Math.round(ms)}ms: ${why}`);
        await (0,promises_.setTimeout)(ms, undefined, { signal: this.#opts.signal });
    }
    #authorization(scopes) {
        if (!this.#challenge)
            return undefined;
        if (this.#challenge.scheme === 'basic') {
            return this.#opts.credentials ? basicHeader(this.#opts.credentials) : undefined;
        }
        const token = this.#tokens.get(scopes.join(' '));
        return token ? `Bearer ${token}` : undefined;
    }
    async #authenticate(header, scopes, sentAuth) {
        const challenge = parseChallenge(header);
        const scopeText = scopes.join(' ') || 'registry access';
        if (!challenge) {
            throw new RegistryError(`registry ${this.registry} answered 401 without a WWW-Authenticate challenge for ${scopeText}`, 401, 'UNAUTHORIZED', { exitCode: errors/* ExitCode */.yU.Usage });
        }
        this.#challenge = challenge;
        if (challenge.scheme === 'basic') {
            if (!this.#opts.credentials)
                throw this.#needCredentials(scopeText);
            if (sentAuth)
                throw this.#rejected(scopeText);
            return;
        }
        // A parallel request already fetched a newer token for these scopes: just retry with it.
        const current = this.#authorization(scopes);
        if (current && current !== sentAuth)
            return;
        if (challenge.scheme !== 'bearer' || !challenge.params.realm) {
            throw new RegistryError(`registry ${this.registry} asks for unsupported authentication "${challenge.scheme}"`, 401, 'UNAUTHORIZED', { exitCode: errors/* ExitCode */.yU.Usage });
        }
        const url = new URL(challenge.params.realm);
        if (challenge.params.service)
            url.searchParams.set('service', challenge.params.service);
        for (const scope of scopes.length > 0 ? scopes : challenge.params.scope ? [challenge.params.scope] : []) {
            url.searchParams.append('scope', scope);
        }
        const headers = {};
        if (this.#opts.credentials)
            headers.authorization = basicHeader(this.#opts.credentials);
        const res = await this.#raw('GET', url, headers);
        const text = await readText(res.body);
        if (res.status === 401 || res.status === 403)
            throw this.#rejected(scopeText);
        if (res.status !== 200) {
            throw new RegistryError(`token service ${url.origin}${url.pathname} answered ${res.status} for ${scopeText}: ${text.slice(0, 200)}`, res.status, undefined);
        }
        const body = JSON.parse(text);
        const token = body.token ?? body.access_token;
        if (!token)
            throw new RegistryError(`token service ${url.origin} returned no token`, res.status, undefined);
        this.#tokens.set(scopes.join(' '), token);
    }
    #needCredentials(scope) {
        return new RegistryError(`registry ${this.registry} requires authentication for ${scope}: set the registry-username and registry-password inputs (CLI: REGISTRY_USERNAME/REGISTRY_PASSWORD) or run docker login ${this.registry}`, 401, 'UNAUTHORIZED', { exitCode: errors/* ExitCode */.yU.Usage });
    }
    #rejected(scope) {
        return new RegistryError(`registry ${this.registry} rejected ${this.who} for ${scope}: check the username and password/token`, 401, 'UNAUTHORIZED', { exitCode: errors/* ExitCode */.yU.Usage });
    }
    /** Turns an unexpected response into an error naming what was asked and what to do. */
    async errorFor(res, spec) {
        const text = await readText(res.body);
        let code;
        let detail = text.slice(0, 300).trim();
        try {
            const errors = JSON.parse(text).errors;
            if (errors?.[0]) {
                code = errors[0].code;
                detail = errors
                    .map((e) => `${e.code}: ${e.message}${e.detail ? ` ${JSON.stringify(e.detail)}` : ''}`)
                    .join('; ');
            }
        }
        catch {
            // not a distribution error body
        }
        const what = `${spec.method} ${res.url.pathname}`;
        if (res.status === 403) {
            return new RegistryError(`registry ${this.registry} denied ${spec.scopes.join(' ') || what} to ${this.who}: the credential lacks that permission (${detail || 'forbidden'})`, 403, code ?? 'DENIED', { exitCode: errors/* ExitCode */.yU.Usage });
        }
        if (res.status === 401) {
            const scope = spec.scopes.join(' ') || what;
            return this.#opts.credentials ? this.#rejected(scope) : this.#needCredentials(scope);
        }
        if (code === 'DIGEST_INVALID') {
            return new RegistryError(`blob digest mismatch: registry ${this.registry} computed a different digest for ${what} (${detail}); the file changed during the push or was corrupted in transit`, res.status, code);
        }
        return new RegistryError(`registry ${this.registry}: ${what} answered ${res.status}${detail ? ` (${detail})` : ''}`, res.status, code);
    }
    #networkError(error, spec) {
        if (error instanceof errors/* ToolError */.v4)
            return error;
        const code = error.code;
        if (code && UNREACHABLE_CODES.has(code)) {
            return new RegistryError(`registry ${this.base.origin} is unreachable (${code}): check image.repository and that the registry is up`, undefined, code, { cause: error });
        }
        return new RegistryError(`registry ${this.registry}: ${spec.method} ${new URL(spec.url, this.base).pathname} failed after ${spec.retry === false ? 1 : this.#opts.attempts} attempt(s): ${error.message}`, undefined, code, { cause: error });
    }
    #authorizationFor(spec) {
        const url = new URL(spec.url, this.base);
        return url.host === this.base.host ? this.#authorization(spec.scopes) : undefined;
    }
    async #send(spec, auth) {
        const url = new URL(spec.url, this.base);
        const headers = { ...spec.headers };
        if (auth)
            headers.authorization = auth;
        return this.#raw(spec.method, url, headers, spec.body);
    }
    #raw(method, url, headers, body) {
        const mod = url.protocol === 'https:' ? external_node_https_ : external_node_http_;
        const agent = url.host === this.base.host ? this.#agent : undefined;
        return new Promise((resolve, reject) => {
            let settled = false;
            const req = mod.request(url, {
                method,
                headers: { 'user-agent': 'model-deploy', ...headers },
                agent,
                signal: this.#opts.signal,
                timeout: this.#opts.timeoutMs,
            });
            req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
            req.on('response', (res) => {
                settled = true;
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, url });
            });
            req.on('error', (error) => {
                if (!settled) {
                    settled = true;
                    reject(error);
                }
            });
            if (body === undefined)
                req.end();
            else if (Buffer.isBuffer(body))
                req.end(body);
            else if (typeof body === 'object') {
                const write = (chunk) => new Promise((res, rej) => {
                    if (req.destroyed)
                        rej(new Error('request closed'));
                    else
                        req.write(chunk, (error) => (error ? rej(error) : res()));
                });
                body.pump(write).then(() => req.end(), (error) => {
                    if (!settled)
                        req.destroy(error);
                });
            }
            else {
                (0,external_node_stream_.pipeline)(body(), req, (error) => {
                    if (error && !settled)
                        req.destroy(error);
                });
            }
        });
    }
}
async function readText(body, limit = 1 << 20) {
    const chunks = [];
    let n = 0;
    for await (const chunk of body) {
        if (n < limit)
            chunks.push(chunk);
        n += chunk.length;
    }
    return Buffer.concat(chunks).toString('utf8');
}
async function readBytes(body, limit, what) {
    const chunks = [];
    let n = 0;
    for await (const chunk of body) {
        n += chunk.length;
        if (n > limit) {
            body.destroy();
            throw new RegistryError(`${what} is larger than ${limit} bytes`, undefined, 'TOO_LARGE');
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}
async function drain(body) {
    body.resume();
    if (body.readableEnded)
        return;
    await new Promise((resolve) => {
        body.on('end', resolve);
        body.on('error', () => resolve());
        body.on('close', resolve);
    });
}

// EXTERNAL MODULE: ./lib/oci/verify.js
var verify = __webpack_require__(45600);
;// CONCATENATED MODULE: ./lib/oci/registry.js









const MAX_MANIFEST = 4 << 20;
const MANIFEST_ACCEPT = media_types/* MANIFEST_MEDIA_TYPES */.$T.join(', ');
/** A client for one registry on the OCI distribution spec (and docker-registry 2.8's subset of it). */
class RegistryClient {
    registry;
    transport;
    chunkSize;
    stats = { blobBytesSent: 0, uploaded: 0, skipped: 0, mounted: 0 };
    #chunkAttempts;
    #backoffMs;
    #log;
    constructor(registry, scheme, options = {}) {
        this.registry = registry;
        this.transport = new RegistryTransport(registry, scheme, options);
        this.chunkSize = options.chunkSize ?? 64 << 20;
        this.#chunkAttempts = options.attempts ?? 5;
        this.#backoffMs = options.backoffMs ?? 300;
        this.#log = options.log;
    }
    static for(ref, options = {}) {
        return new RegistryClient(ref.registry, ref.scheme, options);
    }
    close() {
        this.transport.close();
    }
    /** Size of the blob if the repository has it. */
    async blobExists(repo, digest) {
        const res = await this.transport.request({
            method: 'HEAD',
            url: `/v2/${repo}/blobs/${digest}`,
            scopes: [repositoryScope(repo, 'pull')],
            expect: [200, 404],
        });
        await drain(res.body);
        return res.status === 200 ? Number(res.headers['content-length'] ?? -1) : undefined;
    }
    /**
     * Makes sure `repo` holds the blob: HEAD (skip), cross-repository mount from `mountFrom`, or
     * upload (one PUT, or chunked PATCHes resumed from the registry's range after a failure).
     */
    async uploadBlob(repo, desc, source, options = {}) {
        if (source.size !== desc.size)
            throw new Error(`blob ${desc.digest}: source has ${source.size} bytes, descriptor ${desc.size}`);
        if ((await this.blobExists(repo, desc.digest)) !== undefined) {
            this.stats.skipped++;
            return 'exists';
        }
        const scopes = [repositoryScope(repo, 'pull,push')];
        let location;
        if (options.mountFrom && options.mountFrom !== repo) {
            const mountScopes = [...scopes, repositoryScope(options.mountFrom, 'pull')];
            const res = await this.transport.request({
                method: 'POST',
                url: `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(desc.digest)}&from=${encodeURIComponent(options.mountFrom)}`,
                headers: { 'content-length': 0 },
                scopes: mountScopes,
                expect: [201, 202],
            });
            await drain(res.body);
            if (res.status === 201) {
                this.stats.mounted++;
                return 'mounted';
            }
            location = this.#location(res);
        }
        else
            location = await this.#startUpload(repo, scopes);
        if (desc.size > this.chunkSize) {
            await this.#putChunked(location, desc, source, scopes, options.onProgress, () => this.#startUpload(repo, scopes));
        }
        else {
            // A whole-blob PUT cannot be resumed: a transient failure starts a new session.
            for (let attempt = 1;; attempt++) {
                try {
                    await this.#putWhole(location, desc, source, scopes, options.onProgress);
                    break;
                }
                catch (error) {
                    if (attempt >= this.#chunkAttempts || !isTransient(error))
                        throw error;
                    await (0,promises_.setTimeout)(this.#backoffMs * 2 ** attempt);
                    location = await this.#startUpload(repo, scopes);
                }
            }
        }
        this.stats.uploaded++;
        return 'uploaded';
    }
    async #startUpload(repo, scopes) {
        const res = await this.transport.request({
            method: 'POST',
            url: `/v2/${repo}/blobs/uploads/`,
            headers: { 'content-length': 0 },
            scopes,
            expect: [202],
        });
        await drain(res.body);
        return this.#location(res);
    }
    #location(res) {
        const loc = res.headers.location;
        if (!loc)
            throw new RegistryError(`registry ${this.registry} started an upload without a Location header`, res.status, undefined);
        return new URL(loc, res.url).toString();
    }
    #withDigest(location, digest) {
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        return url.toString();
    }
    /** The request body for bytes [start, end): pumped from reused buffers when the source can, else streamed. */
    #body(source, start, end, onBytes) {
        if (source.pump) {
            const pump = source.pump.bind(source);
            return {
                pump: (write) => {
                    let first = true;
                    return pump(start, end, async (chunk) => {
                        await write(chunk);
                        onBytes(chunk.length, first);
                        first = false;
                    });
                },
            };
        }
        return () => {
            let first = true;
            const pass = new external_node_stream_.PassThrough({ highWaterMark: 1 << 20 });
            pass.on('data', (chunk) => {
                onBytes(chunk.length, first);
                first = false;
            });
            (0,external_node_stream_.pipeline)(source.open(start, end), pass, () => { });
            return pass;
        };
    }
    async #putWhole(location, desc, source, scopes, onProgress) {
        let sent = 0;
        const res = await this.transport.request({
            method: 'PUT',
            url: this.#withDigest(location, desc.digest),
            headers: { 'content-type': 'application/octet-stream', 'content-length': desc.size },
            body: this.#body(source, 0, desc.size, (n, first) => {
                sent = first ? n : sent + n;
                this.stats.blobBytesSent += n;
                onProgress?.(sent, desc.size);
            }),
            scopes,
            expect: [201],
            retry: false,
        });
        await drain(res.body);
        this.#checkDigestHeader(res, desc.digest);
    }
    async #putChunked(start, desc, source, scopes, onProgress, restart) {
        let location = start;
        let offset = 0;
        let failures = 0;
        while (offset < desc.size) {
            const end = Math.min(offset + this.chunkSize, desc.size);
            let sent = 0;
            try {
                const res = await this.transport.request({
                    method: 'PATCH',
                    url: location,
                    headers: {
                        'content-type': 'application/octet-stream',
                        'content-length': end - offset,
                        'content-range': `${offset}-${end - 1}`,
                    },
                    body: this.#body(source, offset, end, (n) => {
                        sent += n;
                        this.stats.blobBytesSent += n;
                        onProgress?.(offset + sent, desc.size);
                    }),
                    scopes,
                    expect: [202],
                    retry: false,
                });
                await drain(res.body);
                location = this.#location(res);
                offset = rangeEnd(res.headers.range) ?? end;
                failures = 0;
            }
            catch (error) {
                const status = error.status;
                if (!isTransient(error) && status !== 416)
                    throw error;
                if (++failures > this.#chunkAttempts)
                    throw error;
                await (0,promises_.setTimeout)(this.#backoffMs * 2 ** failures);
                // The registry may have kept part of the chunk: ask where to continue.
                let resumed;
                try {
                    resumed = await this.#uploadedSoFar(location);
                }
                catch (lost) {
                    // docker-registry 2.8 invalidates a session whose PATCH was cut mid-body: start over.
                    if (!(lost instanceof RegistryError) || (lost.status !== 404 && lost.status !== 400))
                        throw lost;
                    this.#log?.info(`  upload session for ${desc.digest.slice(0, 19)} lost after a failed chunk; restarting the blob`);
                    location = await restart();
                    offset = 0;
                    continue;
                }
                location = resumed.location;
                // docker-registry reports both 0 and 1 stored bytes as "0-0"; a 416 at offset 0 means it holds 1.
                offset = resumed.exact ? resumed.offset : status === 416 && offset === 0 ? 1 : 0;
                this.#log?.info(`  resuming ${desc.digest.slice(0, 19)} at byte ${offset} of ${desc.size}`);
            }
        }
        const res = await this.transport.request({
            method: 'PUT',
            url: this.#withDigest(location, desc.digest),
            headers: { 'content-length': 0 },
            scopes,
            expect: [201],
        });
        await drain(res.body);
        this.#checkDigestHeader(res, desc.digest);
    }
    /** GET on an upload session: how many bytes the registry holds, and the URL to continue at. */
    async #uploadedSoFar(location) {
        const res = await this.transport.request({ method: 'GET', url: location, scopes: [], expect: [204] });
        await drain(res.body);
        const range = Array.isArray(res.headers.range) ? res.headers.range[0] : res.headers.range;
        return {
            offset: rangeEnd(range) ?? 0,
            exact: range !== undefined && !/^(bytes=)?0-0$/.test(range.trim()),
            location: res.headers.location ? this.#location(res) : location,
        };
    }
    #checkDigestHeader(res, digest) {
        const got = res.headers['docker-content-digest'];
        if (typeof got === 'string' && got !== digest) {
            throw new RegistryError(`blob digest mismatch: registry ${this.registry} stored ${got} for a blob we sent as ${digest}`, res.status, 'DIGEST_INVALID');
        }
    }
    /** A blob's bytes, verified against its digest (and size) as they stream. */
    async getBlob(repo, desc) {
        let res = await this.transport.request({
            method: 'GET',
            url: `/v2/${repo}/blobs/${desc.digest}`,
            scopes: [repositoryScope(repo, 'pull')],
            expect: [200, 307, 302, 404],
        });
        for (let hops = 0; res.status === 307 || res.status === 302; hops++) {
            await drain(res.body);
            const next = new URL(res.headers.location ?? '', res.url).toString();
            if (hops > 3)
                throw new RegistryError(`registry ${this.registry}: too many redirects for ${desc.digest}`, 302, undefined);
            res = await this.transport.request({ method: 'GET', url: next, scopes: [], expect: [200, 302, 307] });
        }
        if (res.status === 404) {
            await drain(res.body);
            throw new RegistryError(`blob ${desc.digest} not found in ${this.registry}/${repo}`, 404, 'BLOB_UNKNOWN');
        }
        const verified = (0,verify/* verifyingStream */.o)(desc.digest, desc.size, `${this.registry}/${repo}@${desc.digest}`);
        (0,external_node_stream_.pipeline)(res.body, verified, () => { });
        return verified;
    }
    async getManifest(repo, reference, options = {}) {
        const res = await this.transport.request({
            method: 'GET',
            url: `/v2/${repo}/manifests/${reference}`,
            headers: { accept: options.accept ?? MANIFEST_ACCEPT },
            scopes: [repositoryScope(repo, 'pull')],
            expect: [200, 404],
        });
        if (res.status === 404) {
            await drain(res.body);
            return undefined;
        }
        const bytes = await readBytes(res.body, MAX_MANIFEST, `manifest ${repo}:${reference}`);
        const digest = (0,oci_digest/* sha256 */.sc)(bytes);
        const claimed = res.headers['docker-content-digest'];
        const expected = (0,oci_digest/* isDigest */.Bc)(reference) ? reference : typeof claimed === 'string' ? claimed : undefined;
        if (expected && expected !== digest) {
            throw new RegistryError(`manifest digest mismatch for ${this.registry}/${repo}:${reference}: expected ${expected}, got ${digest}`, res.status, 'DIGEST_INVALID');
        }
        const mediaType = JSON.parse(bytes.toString('utf8')).mediaType ??
            String(res.headers['content-type'] ?? media_types/* MediaType */.zu.ociManifest);
        return { bytes, mediaType, digest };
    }
    async headManifest(repo, reference) {
        const res = await this.transport.request({
            method: 'HEAD',
            url: `/v2/${repo}/manifests/${reference}`,
            headers: { accept: MANIFEST_ACCEPT },
            scopes: [repositoryScope(repo, 'pull')],
            expect: [200, 404],
        });
        await drain(res.body);
        if (res.status === 404)
            return undefined;
        const digest = res.headers['docker-content-digest'];
        if (typeof digest !== 'string' || !(0,oci_digest/* isDigest */.Bc)(digest)) {
            const fetched = await this.getManifest(repo, reference);
            return fetched && { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length };
        }
        return {
            mediaType: String(res.headers['content-type'] ?? media_types/* MediaType */.zu.ociManifest),
            digest,
            size: Number(res.headers['content-length'] ?? 0),
        };
    }
    /** PUTs a manifest (after its blobs) and checks the registry's Docker-Content-Digest. */
    async putManifest(repo, reference, bytes, mediaType) {
        const digest = (0,oci_digest/* sha256 */.sc)(bytes);
        const res = await this.transport
            .request({
            method: 'PUT',
            url: `/v2/${repo}/manifests/${reference}`,
            headers: { 'content-type': mediaType, 'content-length': bytes.length },
            body: bytes,
            scopes: [repositoryScope(repo, 'pull,push')],
            expect: [201, 200],
        })
            .catch((error) => {
            if (error instanceof RegistryError && error.code === 'MANIFEST_BLOB_UNKNOWN') {
                throw new RegistryError(`registry ${this.registry} refused manifest ${repo}:${reference}: a blob it names is missing (${error.message})`, error.status, error.code, { cause: error });
            }
            throw error;
        });
        await drain(res.body);
        const got = res.headers['docker-content-digest'];
        if (typeof got === 'string' && got !== digest) {
            throw new RegistryError(`manifest digest mismatch: registry ${this.registry} answered ${got} for a manifest whose digest is ${digest}`, res.status, 'DIGEST_INVALID');
        }
        return digest;
    }
    async listTags(repo) {
        const res = await this.transport.request({
            method: 'GET',
            url: `/v2/${repo}/tags/list`,
            scopes: [repositoryScope(repo, 'pull')],
            expect: [200, 404],
        });
        const text = await readText(res.body);
        if (res.status === 404)
            return [];
        return JSON.parse(text).tags ?? [];
    }
    /**
     * Manifests whose subject is `digest`: the referrers API where the registry has it, else the
     * `sha256-<hex>` tag schema (docker-registry 2.8 has no referrers API).
     */
    async listReferrers(repo, digest, artifactType) {
        const res = await this.transport.request({
            method: 'GET',
            url: `/v2/${repo}/referrers/${digest}${artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''}`,
            headers: { accept: media_types/* MediaType */.zu.ociIndex },
            scopes: [repositoryScope(repo, 'pull')],
            expect: [200, 404, 400, 405],
        });
        let manifests;
        if (res.status === 200 && String(res.headers['content-type'] ?? '').startsWith(media_types/* MediaType */.zu.ociIndex)) {
            manifests = JSON.parse(await readText(res.body)).manifests ?? [];
        }
        else {
            await drain(res.body);
            manifests = (await this.#fallbackIndex(repo, digest))?.manifests ?? [];
        }
        return artifactType ? manifests.filter((m) => m.artifactType === artifactType) : manifests;
    }
    async #fallbackIndex(repo, digest) {
        const fetched = await this.getManifest(repo, referrersTag(digest), { accept: media_types/* MediaType */.zu.ociIndex });
        return fetched ? JSON.parse(fetched.bytes.toString('utf8')) : undefined;
    }
    /**
     * Pushes an artifact manifest (empty config, one layer per file) whose subject is
     * `subjectDigest`, and records it in the referrers tag when the registry does not index
     * subjects itself. Returns the artifact's descriptor.
     */
    async pushArtifact(repo, subjectDigest, artifactType, files, annotations = {}) {
        const subject = await this.headManifest(repo, subjectDigest);
        if (!subject) {
            throw new errors/* InputError */.dz(`cannot attach ${artifactType} to ${this.registry}/${repo}@${subjectDigest}: no such manifest`);
        }
        const empty = Buffer.from('{}');
        const config = { mediaType: media_types/* MediaType */.zu.ociEmpty, digest: (0,oci_digest/* sha256 */.sc)(empty), size: empty.length };
        await this.uploadBlob(repo, config, { size: empty.length, open: () => bufferReadable(empty) });
        const layers = [];
        for (const file of files) {
            const desc = {
                mediaType: file.mediaType ?? 'application/octet-stream',
                digest: (0,oci_digest/* sha256 */.sc)(file.data),
                size: file.data.length,
                annotations: { 'org.opencontainers.image.title': file.name },
            };
            await this.uploadBlob(repo, desc, {
                size: file.data.length,
                open: (s, e) => bufferReadable(file.data.subarray(s, e)),
            });
            layers.push(desc);
        }
        const manifest = {
            schemaVersion: 2,
            mediaType: media_types/* MediaType */.zu.ociManifest,
            artifactType,
            config,
            layers,
            subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
            ...(Object.keys(annotations).length ? { annotations } : {}),
        };
        const bytes = Buffer.from(JSON.stringify(manifest));
        const digest = (0,oci_digest/* sha256 */.sc)(bytes);
        const res = await this.transport.request({
            method: 'PUT',
            url: `/v2/${repo}/manifests/${digest}`,
            headers: { 'content-type': media_types/* MediaType */.zu.ociManifest, 'content-length': bytes.length },
            body: bytes,
            scopes: [repositoryScope(repo, 'pull,push')],
            expect: [201],
        });
        await drain(res.body);
        const desc = {
            mediaType: media_types/* MediaType */.zu.ociManifest,
            digest,
            size: bytes.length,
            artifactType,
            ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
        };
        if (!res.headers['oci-subject']) {
            const index = (await this.#fallbackIndex(repo, subjectDigest)) ?? {
                schemaVersion: 2,
                mediaType: media_types/* MediaType */.zu.ociIndex,
                manifests: [],
            };
            if (!index.manifests.some((m) => m.digest === digest)) {
                index.manifests.push(desc);
                await this.putManifest(repo, referrersTag(subjectDigest), Buffer.from(JSON.stringify(index)), media_types/* MediaType */.zu.ociIndex);
            }
        }
        return desc;
    }
}
/** The referrers tag schema's tag for a subject: `sha256-<hex>`. */
function referrersTag(digest) {
    return `sha256-${(0,oci_digest/* digestHex */.sU)(digest)}`;
}
function bufferReadable(data) {
    const pass = new external_node_stream_.PassThrough();
    pass.end(data);
    return pass;
}
function rangeEnd(range) {
    const value = Array.isArray(range) ? range[0] : range;
    const m = value ? /^(?:bytes=)?(\d+)-(\d+)$/.exec(value.trim()) : null;
    return m ? Number(m[2]) + 1 : undefined;
}
/** Maps a registry error to the exit code DESIGN.md gives it (credentials and config → 2). */
function exitCodeForRegistry(error) {
    return error.exitCode;
}


/***/ }),

/***/ 45600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ verifyingStream)
/* harmony export */ });
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9501);



/** Passes bytes through and fails the stream if they do not hash to `digest` (and add up to `size`). */
function verifyingStream(digest, size, what) {
    const counter = new _digest_js__WEBPACK_IMPORTED_MODULE_2__/* .DigestCounter */ .VR();
    return new node_stream__WEBPACK_IMPORTED_MODULE_0__.Transform({
        transform(chunk, _enc, done) {
            counter.update(chunk);
            done(null, chunk);
        },
        flush(done) {
            const got = counter.digest();
            if (got !== digest || (size !== undefined && counter.size !== size)) {
                done(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`blob digest mismatch for ${what}: expected ${digest} (${size ?? '?'} bytes), got ${got} (${counter.size} bytes); the content is corrupt or was changed in transit`, { exitCode: _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ExitCode */ .yU.Gate }));
            }
            else
                done();
        },
    });
}


/***/ })

};
