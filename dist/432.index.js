export const id = 432;
export const ids = [432,21];
export const modules = {

/***/ 82432:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ build)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/config/load.js + 9 modules
var load = __webpack_require__(35130);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./lib/oci/blob-source.js




const PUMP_CHUNK = 1 << 20;
function segmentSize(s) {
    return Buffer.isBuffer(s) ? s.length : s.size;
}
/** A blob made of buffers and files back to back (a tar header, a file, padding), read lazily from disk. */
function segmentsSource(segments) {
    const size = segments.reduce((n, s) => n + segmentSize(s), 0);
    return {
        size,
        open(start = 0, end = size) {
            return external_node_stream_.Readable.from(readSegments(segments, start, end), { objectMode: false, highWaterMark: 1 << 20 });
        },
        pump: (start, end, sink) => pumpSegments(segments, start, end, sink),
    };
}
async function pumpSegments(segments, start, end, sink) {
    const buffers = [Buffer.allocUnsafe(PUMP_CHUNK), Buffer.allocUnsafe(PUMP_CHUNK)];
    const pending = [undefined, undefined];
    let k = 0;
    let base = 0;
    try {
        for (const segment of segments) {
            const len = segmentSize(segment);
            const from = Math.max(start, base);
            const to = Math.min(end, base + len);
            if (from < to) {
                if (Buffer.isBuffer(segment)) {
                    await sink(segment.subarray(from - base, to - base));
                }
                else {
                    const file = await (0,promises_.open)(segment.path, 'r');
                    try {
                        for (let pos = from - base; pos < to - base;) {
                            await pending[k];
                            const buf = buffers[k];
                            const { bytesRead } = await file.read(buf, 0, Math.min(buf.length, to - base - pos), pos);
                            if (bytesRead === 0)
                                throw new Error(`${segment.path} is shorter than when it was packed: it changed during the push`);
                            pos += bytesRead;
                            const written = Promise.resolve(sink(buf.subarray(0, bytesRead)));
                            // Awaited before the buffer is reused; marked handled so a failed write is not reported twice.
                            written.catch(() => { });
                            pending[k] = written;
                            k ^= 1;
                        }
                    }
                    finally {
                        await Promise.allSettled([pending[0], pending[1]]);
                        await file.close();
                    }
                }
            }
            base += len;
            if (base >= end)
                break;
        }
    }
    finally {
        await Promise.all([pending[0], pending[1]]);
    }
}
async function* readSegments(segments, start, end) {
    let base = 0;
    for (const segment of segments) {
        const len = segmentSize(segment);
        const from = Math.max(start, base);
        const to = Math.min(end, base + len);
        if (from < to) {
            if (Buffer.isBuffer(segment))
                yield segment.subarray(from - base, to - base);
            else {
                const stream = (0,external_node_fs_.createReadStream)(segment.path, {
                    start: from - base,
                    end: to - base - 1,
                    highWaterMark: 1 << 20,
                });
                for await (const chunk of stream)
                    yield chunk;
            }
        }
        base += len;
        if (base >= end)
            return;
    }
}
function bufferSource(data) {
    return segmentsSource([data]);
}
function fileSource(path, size) {
    return segmentsSource([{ path, size }]);
}
/**
 * The gzip of another source, produced again on every read so memory stays bounded. Output is
 * deterministic for a given zlib (gzip header with mtime 0). `size` is the compressed size,
 * measured once by the packer.
 */
function gzipSource(inner, size) {
    return {
        size,
        open(start = 0, end = size) {
            return external_node_stream_.Readable.from(skipTake(inner.open().pipe((0,external_node_zlib_.createGzip)({ level: 6 })), start, end), {
                objectMode: false,
                highWaterMark: 1 << 20,
            });
        },
    };
}
async function* skipTake(stream, start, end) {
    let pos = 0;
    for await (const chunk of stream) {
        const from = Math.max(start - pos, 0);
        const to = Math.min(end - pos, chunk.length);
        if (from < to)
            yield chunk.subarray(from, to);
        pos += chunk.length;
        if (pos >= end)
            return;
    }
}

;// CONCATENATED MODULE: ./lib/oci/limit.js
/**
 * Runs `fn` over `items` with at most `limit` in flight. Every item runs even when one fails;
 * then the first failure is thrown, so no caller acts on a partial result.
 */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    const errors = [];
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            try {
                results[i] = await fn(items[i], i);
            }
            catch (error) {
                errors.push(error);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    if (errors.length > 0)
        throw errors[0];
    return results;
}

;// CONCATENATED MODULE: ./lib/oci/progress.js
/** Progress lines for one blob: every 25% (and at the end) with MB/s since the start. */
function progressReporter(label, total, info, now = Date.now) {
    const start = now();
    let nextStep = 25;
    return (sent) => {
        const pct = total === 0 ? 100 : Math.floor((sent / total) * 100);
        if (pct < nextStep)
            return;
        while (nextStep <= pct)
            nextStep += 25;
        const seconds = Math.max((now() - start) / 1000, 0.001);
        info(`  ${label} ${pct}% ${mb(sent)}/${mb(total)} MB ${(sent / 1e6 / seconds).toFixed(1)} MB/s`);
    };
}
function mb(bytes) {
    return (bytes / 1e6).toFixed(1);
}

;// CONCATENATED MODULE: ./lib/oci/push.js




/**
 * Pushes every blob (base layers mounted or copied, model layers, config), then — only when
 * all of them are in place — the manifest under each tag. A failed blob means no manifest.
 */
async function pushImage(target, image, options) {
    const blobs = [];
    const base = image.base;
    if (base) {
        const ours = new Set(image.layers.map((l) => l.descriptor.digest));
        for (const desc of image.manifest.layers) {
            if (ours.has(desc.digest))
                continue;
            blobs.push({
                desc,
                source: base.open(desc),
                label: `base layer ${push_short(desc.digest)}`,
                ...(base.registry && base.repository
                    ? { mountFrom: { registry: base.registry, repository: base.repository } }
                    : {}),
            });
        }
    }
    for (const layer of image.layers) {
        blobs.push({
            desc: layer.descriptor,
            source: layer.source,
            label: `${layer.file} (${push_short(layer.descriptor.digest)})`,
        });
    }
    blobs.push({ desc: image.config.descriptor, source: bufferSource(image.config.bytes), label: 'config' });
    const before = target.bytesSent();
    const outcomes = await mapLimit(blobs, options.concurrency, async (blob) => {
        const progress = progressReporter(blob.label, blob.desc.size, options.info);
        const outcome = await target.putBlob(blob.desc, blob.source, {
            ...(blob.mountFrom ? { mountFrom: blob.mountFrom } : {}),
            onProgress: progress,
        });
        if (outcome !== 'uploaded')
            options.info(`  ${blob.label} ${outcome === 'exists' ? 'already there' : 'mounted'}`);
        return { digest: blob.desc.digest, label: blob.label, outcome, size: blob.desc.size };
    });
    let digest = image.digest;
    for (const tag of options.tags.length > 0 ? options.tags : [image.digest]) {
        digest = await target.putManifest(tag, image.manifestBytes, image.mediaType);
    }
    return { digest, outcomes, bytesSent: target.bytesSent() - before };
}
/** A blob of the base image read lazily from wherever the base lives. */
function lazySource(size, open) {
    return {
        size,
        open(start = 0, end = size) {
            return external_node_stream_.Readable.from((async function* () {
                let pos = 0;
                for await (const chunk of await open()) {
                    const c = chunk;
                    const from = Math.max(start - pos, 0);
                    const to = Math.min(end - pos, c.length);
                    if (from < to)
                        yield c.subarray(from, to);
                    pos += c.length;
                    if (pos >= end)
                        return;
                }
            })(), { objectMode: false, highWaterMark: 1 << 20 });
        },
    };
}
function push_short(digest) {
    return digest.slice(7, 19);
}

// EXTERNAL MODULE: ./lib/oci/reference.js
var reference = __webpack_require__(23940);
// EXTERNAL MODULE: ./lib/oci/source.js
var oci_source = __webpack_require__(26844);
;// CONCATENATED MODULE: ./lib/oci/base.js




/**
 * Reads a base image (manifest and config) from a registry or `oci:DIR:TAG`. Its layers are
 * not downloaded here: at push time they are mounted from its repository or streamed across.
 */
async function loadBaseImage(text, options = {}) {
    const ref = (0,reference/* parseReference */.F2)(text, 'image.base');
    const source = (0,oci_source/* openSource */.oD)(ref, options);
    try {
        const image = await (0,oci_source/* resolveImage */.AT)(source, undefined, 'image.base');
        const chunks = [];
        for await (const chunk of await source.getBlob(image.manifest.config))
            chunks.push(chunk);
        const config = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (!config.rootfs || !Array.isArray(config.rootfs.diff_ids)) {
            throw new errors/* InputError */.dz(`image.base ${text} is not a runnable image (its config has no rootfs.diff_ids)`);
        }
        return {
            name: (0,reference/* formatReference */.FH)({ ...ref, digest: undefined }),
            digest: image.digest,
            manifest: image.manifest,
            config,
            ...(ref.kind === 'registry' ? { registry: ref.registry, repository: ref.repository } : {}),
            open: (desc) => lazySource(desc.size, () => source.getBlob(desc)),
            close: () => source.close(),
        };
    }
    catch (error) {
        source.close();
        throw error;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./lib/oci/digest.js
var oci_digest = __webpack_require__(9501);
;// CONCATENATED MODULE: ./lib/oci/builders/builder.js
/** `k=v` pairs in key order, so argv is stable. */
function pairs(flag, record) {
    return Object.keys(record)
        .sort()
        .flatMap((k) => [flag, `${k}=${record[k]}`]);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./lib/oci/builders/exec.js


const exec = (file, args, options = {}) => new Promise((resolve, reject) => {
    const child = (0,external_node_child_process_.spawn)(file, args, {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let partial = '';
    const lines = (chunk) => {
        if (!options.onLine)
            return;
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        for (const line of parts)
            options.onLine(line);
    };
    child.stdout.on('data', (d) => {
        stdout += d.toString();
        lines(d.toString());
    });
    child.stderr.on('data', (d) => {
        stderr += d.toString();
        lines(d.toString());
    });
    child.on('error', reject);
    child.on('close', (code) => {
        if (partial && options.onLine)
            options.onLine(partial);
        resolve({ exitCode: code ?? 1, stdout, stderr });
    });
});
/** Runs and throws a ToolError with the tail of stderr when the exit code is not 0. */
async function run(execFn, file, args, options) {
    let result;
    try {
        result = await execFn(file, args, options);
    }
    catch (error) {
        throw new errors/* ToolError */.v4(`${options.what}: cannot run ${file} (${error.message}); is it installed?`, { cause: error });
    }
    if (result.exitCode !== 0) {
        const tail = result.stderr.trim().split('\n').slice(-15).join('\n');
        throw new errors/* ToolError */.v4(`${options.what} failed (${file} exited ${result.exitCode}):\n${tail}`);
    }
    return result;
}

;// CONCATENATED MODULE: ./lib/oci/builders/buildah.js







function buildahGlobalArgs(storage) {
    const args = [];
    if (storage.driver)
        args.push('--storage-driver', storage.driver);
    if (storage.root)
        args.push('--root', storage.root);
    if (storage.runroot)
        args.push('--runroot', storage.runroot);
    return args;
}
/** `buildah bud` argv (after the global flags). */
function budArgs(spec, storage, iidfile, authfile) {
    const args = ['bud', '--file', spec.dockerfile, '--iidfile', iidfile];
    if (storage.isolation)
        args.push('--isolation', storage.isolation);
    if (spec.sourceDateEpoch !== undefined)
        args.push('--timestamp', String(spec.sourceDateEpoch));
    const local = spec.tags[0]?.startsWith('oci:') ? [] : spec.tags;
    for (const tag of local)
        args.push('--tag', tag);
    args.push(...pairs('--label', spec.labels), ...pairs('--build-arg', spec.buildArgs));
    if (spec.target)
        args.push('--target', spec.target);
    if (spec.platforms?.length)
        args.push('--platform', spec.platforms.join(','));
    if (spec.insecureRegistries)
        args.push('--tls-verify=false');
    if (authfile)
        args.push('--authfile', authfile);
    args.push(spec.context);
    return args;
}
/** `buildah push` argv: image id to a registry (`docker://`) or an OCI layout (`oci:DIR:TAG`). */
function pushArgs(imageId, destination, digestfile, spec, authfile) {
    const dest = destination.startsWith('oci:') ? destination : `docker://${destination}`;
    const args = ['push', '--digestfile', digestfile];
    if (spec.insecureRegistries && !destination.startsWith('oci:'))
        args.push('--tls-verify=false');
    if (authfile)
        args.push('--authfile', authfile);
    args.push(imageId, dest);
    return args;
}
/** buildah: daemonless builds (Debian/Ubuntu package; GitHub's Ubuntu runners have it). */
class BuildahBuilder {
    name = 'buildah';
    #exec;
    #bin;
    #storage;
    #credentials;
    constructor(opts = {}) {
        this.#exec = opts.exec ?? exec;
        this.#bin = opts.buildah ?? 'buildah';
        this.#storage = opts.storage ?? { isolation: 'chroot' };
        this.#credentials = opts.credentials;
    }
    async available() {
        try {
            return (await this.#exec(this.#bin, ['--version'])).exitCode === 0;
        }
        catch {
            return false;
        }
    }
    async build(spec, log) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-deploy-buildah-'));
        try {
            const authfile = await this.#authfile(spec, dir);
            const iidfile = (0,external_node_path_.join)(dir, 'iid');
            const global = buildahGlobalArgs(this.#storage);
            await run(this.#exec, this.#bin, [...global, ...budArgs(spec, this.#storage, iidfile, authfile)], {
                what: 'buildah bud',
                onLine: log,
            });
            const imageId = (await (0,promises_.readFile)(iidfile, 'utf8')).trim();
            const first = spec.tags[0];
            if (!spec.push || !first)
                return { digest: undefined, image: first ?? imageId };
            let digest;
            for (const tag of spec.tags) {
                const digestfile = (0,external_node_path_.join)(dir, 'digest');
                // buildah creates the layout directory but not its parents (.model-deploy/oci on a first build).
                const layout = /^oci:(.*?)(?::[^:/]+)?$/.exec(tag)?.[1];
                if (layout)
                    await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(layout)), { recursive: true });
                await run(this.#exec, this.#bin, [...global, ...pushArgs(imageId, tag, digestfile, spec, authfile)], {
                    what: `buildah push ${tag}`,
                    onLine: log,
                });
                digest ??= (await (0,promises_.readFile)(digestfile, 'utf8')).trim();
            }
            if (!digest || !(0,oci_digest/* isDigest */.Bc)(digest))
                throw new errors/* ToolError */.v4(`buildah push wrote no digest for ${first}`);
            return { digest, image: first };
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
    /** Credentials go to a 0600 auth file, never into argv (visible in ps and logs). */
    async #authfile(spec, dir) {
        if (!this.#credentials)
            return undefined;
        const auths = {};
        for (const tag of spec.tags) {
            if (tag.startsWith('oci:'))
                continue;
            const registry = tag.split('/')[0] ?? '';
            const c = this.#credentials(registry);
            if (c)
                auths[registry] = { auth: Buffer.from(`${c.username}:${c.password}`).toString('base64') };
        }
        if (Object.keys(auths).length === 0)
            return undefined;
        const file = (0,external_node_path_.join)(dir, 'auth.json');
        await (0,promises_.writeFile)(file, JSON.stringify({ auths }), { mode: 0o600 });
        await (0,promises_.chmod)(file, 0o600);
        return file;
    }
}

;// CONCATENATED MODULE: ./lib/oci/builders/detect.js

/** The configured builder, or with `auto` the first available of docker buildx, then buildah. */
async function chooseBuilder(setting, builders) {
    const candidates = setting === 'auto' ? builders : builders.filter((b) => b.name === setting);
    for (const builder of candidates) {
        if (await builder.available())
            return builder;
    }
    if (setting === 'docker') {
        throw new errors/* InputError */.dz('image.dockerfile.builder is docker but "docker buildx version" fails: install Docker with buildx (docker/setup-buildx-action) or use builder: buildah');
    }
    if (setting === 'buildah') {
        throw new errors/* InputError */.dz('image.dockerfile.builder is buildah but buildah is not installed: apt-get install -y buildah, or use builder: docker');
    }
    throw new errors/* InputError */.dz('no image builder found for image.mode dockerfile: install Docker with buildx or buildah (apt-get install -y buildah)');
}

;// CONCATENATED MODULE: ./lib/oci/builders/docker.js







/** `docker buildx build` argv for a spec; `metadataFile` receives containerimage.digest. */
function buildxArgs(spec, metadataFile) {
    const first = spec.tags[0] ?? '';
    const layout = first.startsWith('oci:') ? /^oci:(.*?)(?::([^:/]+))?$/.exec(first) : null;
    const epoch = spec.sourceDateEpoch;
    const buildArgs = epoch === undefined ? spec.buildArgs : { SOURCE_DATE_EPOCH: String(epoch), ...spec.buildArgs };
    // rewrite-timestamp sets every file's mtime in the layers to SOURCE_DATE_EPOCH (BuildKit ≥ 0.13).
    const rewrite = epoch === undefined ? '' : ',rewrite-timestamp=true';
    const args = ['buildx', 'build', '--file', spec.dockerfile];
    if (!layout)
        for (const tag of spec.tags)
            args.push('--tag', tag);
    args.push(...pairs('--label', spec.labels), ...pairs('--build-arg', buildArgs));
    if (spec.target)
        args.push('--target', spec.target);
    if (spec.platforms?.length)
        args.push('--platform', spec.platforms.join(','));
    args.push('--metadata-file', metadataFile);
    if (layout)
        args.push('--output', `type=oci,dest=${layout[1]},tar=false,name=${layout[2] ?? 'latest'}${rewrite}`);
    else if (rewrite)
        args.push('--output', spec.push ? `type=image,push=true${rewrite}` : `type=docker${rewrite}`);
    else if (spec.push)
        args.push('--push');
    else
        args.push('--load');
    args.push(spec.context);
    return args;
}
/** Docker with the buildx plugin (GitHub-hosted runners). */
class DockerBuilder {
    name = 'docker';
    #exec;
    #docker;
    constructor(opts = {}) {
        this.#exec = opts.exec ?? exec;
        this.#docker = opts.docker ?? 'docker';
    }
    async available() {
        try {
            return (await this.#exec(this.#docker, ['buildx', 'version'])).exitCode === 0;
        }
        catch {
            return false;
        }
    }
    async build(spec, log) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-deploy-buildx-'));
        try {
            const metadata = (0,external_node_path_.join)(dir, 'metadata.json');
            await run(this.#exec, this.#docker, buildxArgs(spec, metadata), {
                what: 'docker buildx build',
                onLine: log,
            });
            const parsed = JSON.parse(await (0,promises_.readFile)(metadata, 'utf8'));
            const digest = parsed['containerimage.digest'];
            if (spec.push && (typeof digest !== 'string' || !(0,oci_digest/* isDigest */.Bc)(digest))) {
                throw new errors/* ToolError */.v4('docker buildx build did not report containerimage.digest in its metadata file');
            }
            return {
                digest: typeof digest === 'string' && (0,oci_digest/* isDigest */.Bc)(digest) ? digest : undefined,
                image: spec.tags[0] ?? '',
            };
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
}

// EXTERNAL MODULE: ./lib/oci/credentials.js
var credentials = __webpack_require__(97771);
// EXTERNAL MODULE: ./lib/oci/files.js
var oci_files = __webpack_require__(32862);
;// CONCATENATED MODULE: ./lib/oci/metadata.js

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** The version: model.version, else the git tag being released, else `sha-<7>` of the commit. */
function imageVersion(facts) {
    if (facts.model.version)
        return facts.model.version;
    const tag = facts.ref?.startsWith('refs/tags/') ? facts.ref.slice('refs/tags/'.length) : undefined;
    if (tag)
        return tag;
    if (facts.revision)
        return `sha-${facts.revision.slice(0, 7)}`;
    return 'latest';
}
/** Tags in order: the version, then image.tags, then --tag; duplicates dropped; each one checked. */
function imageTags(facts) {
    const tags = [
        ...new Set([imageVersion(facts).replace(/\+/g, '_'), ...facts.configTags, ...facts.extraTags]),
    ];
    for (const tag of tags) {
        if (!TAG.test(tag)) {
            throw new errors/* InputError */.dz(`image tag "${tag}" is not valid: use letters, digits, _ . - (max 128, not starting with . or -)`);
        }
    }
    return tags;
}
function createdAt(epoch) {
    return new Date(epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
/** org.opencontainers.image.* labels plus model labels; image.labels override any of them. */
function imageLabels(facts) {
    const labels = {
        'org.opencontainers.image.title': facts.model.name,
        'org.opencontainers.image.version': imageVersion(facts),
        'org.opencontainers.image.created': createdAt(facts.epoch),
        'dev.model-deploy.model.name': facts.model.name,
        'dev.model-deploy.model.version': imageVersion(facts),
    };
    if (facts.source)
        labels['org.opencontainers.image.source'] = facts.source;
    if (facts.revision)
        labels['org.opencontainers.image.revision'] = facts.revision;
    if (facts.model.description)
        labels['org.opencontainers.image.description'] = facts.model.description;
    if (facts.model.framework)
        labels['dev.model-deploy.model.framework'] = facts.model.framework;
    return { ...labels, ...facts.labels };
}
/** SOURCE_DATE_EPOCH as seconds; 0 when unset. */
function sourceDateEpoch(value) {
    if (value === undefined || value === '')
        return 0;
    if (!/^\d+$/.test(value))
        throw new errors/* InputError */.dz(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${value}"`);
    return Number(value);
}
/** git@github.com:org/repo.git and https://…/repo.git → https://github.com/org/repo */
function sourceUrl(remote) {
    const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote.trim());
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    return remote
        .trim()
        .replace(/\.git$/, '')
        .replace(/\/\/[^@/]+@/, '//');
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./lib/oci/media-types.js
var media_types = __webpack_require__(50261);
;// CONCATENATED MODULE: ./lib/oci/tar.js
const BLOCK = 512;
/**
 * Segments of a tar holding `entries` in the given order; `files` supplies each file entry's
 * content by name. Headers are ustar, with a PAX record for names ustar cannot hold. The archive
 * ends with two zero blocks and no record padding, as OCI layers usually do.
 */
function tarSegments(entries, files) {
    const out = [];
    for (const entry of entries) {
        out.push(...headerBlocks(entry));
        if (entry.type === 'file') {
            out.push(files(entry.name));
            const pad = (BLOCK - (entry.size % BLOCK)) % BLOCK;
            if (pad)
                out.push(Buffer.alloc(pad));
        }
    }
    out.push(Buffer.alloc(BLOCK * 2));
    return out;
}
/** Parent directories of a path inside the archive, shortest first: `a/b/c` → `a/`, `a/b/`. */
function parentDirectories(name) {
    const parts = name.split('/').slice(0, -1);
    return parts.map((_, i) => `${parts.slice(0, i + 1).join('/')}/`);
}
function headerBlocks(entry) {
    const name = entry.type === 'directory' && !entry.name.endsWith('/') ? `${entry.name}/` : entry.name;
    const split = splitUstarName(name);
    if (split && Buffer.byteLength(name) === name.length)
        return [header({ ...entry, name: split.name }, split.prefix)];
    const pax = paxRecord('path', name);
    const paxHeader = header({ name: 'PaxHeaders/entry', type: 'file', mode: 0o644, size: pax.length, mtime: entry.mtime }, '', 'x');
    const pad = Buffer.alloc((BLOCK - (pax.length % BLOCK)) % BLOCK);
    const short = Buffer.from(name).subarray(-99).toString('latin1');
    return [paxHeader, pax, pad, header({ ...entry, name: short }, '')];
}
function splitUstarName(name) {
    if (name.length <= 100)
        return { name, prefix: '' };
    for (let i = name.length - 101; i < name.length; i++) {
        if (i > 0 && name[i] === '/' && i <= 155 && name.length - i - 1 <= 100) {
            return { prefix: name.slice(0, i), name: name.slice(i + 1) };
        }
    }
    return undefined;
}
function paxRecord(key, value) {
    const body = ` ${key}=${value}\n`;
    let len = Buffer.byteLength(body) + 1;
    while (String(len).length + Buffer.byteLength(body) !== len)
        len = String(len).length + Buffer.byteLength(body);
    return Buffer.from(`${len}${body}`);
}
function header(entry, prefix, typeflag) {
    const b = Buffer.alloc(BLOCK);
    b.write(entry.name, 0, 100, 'utf8');
    octal(b, 100, 8, entry.mode & 0o7777);
    octal(b, 108, 8, 0);
    octal(b, 116, 8, 0);
    octal(b, 124, 12, entry.type === 'directory' ? 0 : entry.size);
    octal(b, 136, 12, entry.mtime);
    b.fill(0x20, 148, 156);
    b.write(typeflag ?? (entry.type === 'directory' ? '5' : '0'), 156, 1, 'latin1');
    b.write('ustar\u000000', 257, 8, 'latin1');
    octal(b, 329, 8, 0);
    octal(b, 337, 8, 0);
    b.write(prefix, 345, 155, 'utf8');
    let sum = 0;
    for (const byte of b)
        sum += byte;
    b.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'latin1');
    return b;
}
function octal(b, offset, width, value) {
    const text = value.toString(8).padStart(width - 1, '0');
    if (text.length > width - 1) {
        // GNU base-256 for sizes beyond what octal digits hold (≥ 8 GiB files).
        b[offset] = 0x80;
        let v = BigInt(value);
        for (let i = offset + width - 1; i > offset; i--) {
            b[i] = Number(v & 0xffn);
            v >>= 8n;
        }
        return;
    }
    b.write(`${text}\u0000`, offset, width, 'latin1');
}

;// CONCATENATED MODULE: ./lib/oci/pack.js









/** Packs model files as OCI layers, one per file; the same files and options give the same digest. */
async function packModel(options) {
    const created = new Date(options.epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
    const layers = await mapLimit(options.files, options.concurrency, (file) => options.artifact === 'modelpack' ? modelPackLayer(file, options) : imageLayer(file, options));
    const labels = sortedRecord(options.labels);
    const { configBytes, configMediaType, artifactType } = options.artifact === 'modelpack'
        ? {
            configBytes: modelPackConfig(layers, options, created),
            configMediaType: media_types/* MediaType */.zu.modelConfig,
            artifactType: media_types/* MediaType */.zu.modelManifest,
        }
        : {
            configBytes: imageConfig(layers, options, created, labels),
            configMediaType: media_types/* MediaType */.zu.ociConfig,
            artifactType: undefined,
        };
    const configDesc = {
        mediaType: configMediaType,
        digest: (0,oci_digest/* sha256 */.sc)(configBytes),
        size: configBytes.length,
    };
    const baseLayers = options.artifact === 'image' && options.base ? options.base.manifest.layers.map(ociLayerDescriptor) : [];
    const annotations = sortedRecord({
        ...Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith('org.opencontainers.image.'))),
        [media_types/* Annotation */.YH.created]: created,
        ...(options.base
            ? {
                'org.opencontainers.image.base.name': options.base.name,
                'org.opencontainers.image.base.digest': options.base.digest,
            }
            : {}),
    });
    const manifest = {
        schemaVersion: 2,
        mediaType: media_types/* MediaType */.zu.ociManifest,
        ...(artifactType ? { artifactType } : {}),
        config: configDesc,
        layers: [...baseLayers, ...layers.map((l) => l.descriptor)],
        annotations,
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    return {
        manifest,
        manifestBytes,
        digest: (0,oci_digest/* sha256 */.sc)(manifestBytes),
        mediaType: media_types/* MediaType */.zu.ociManifest,
        config: { descriptor: configDesc, bytes: configBytes },
        layers,
        ...(options.base && options.artifact === 'image' ? { base: options.base } : {}),
    };
}
/** Docker layer media types have OCI twins with the same bytes; an OCI manifest names the OCI ones. */
function ociLayerDescriptor(d) {
    const mediaType = d.mediaType === media_types/* MediaType */.zu.dockerLayerGzip
        ? media_types/* MediaType */.zu.ociLayerGzip
        : d.mediaType === 'application/vnd.docker.image.rootfs.diff.tar'
            ? media_types/* MediaType */.zu.ociLayer
            : d.mediaType;
    return {
        mediaType,
        digest: d.digest,
        size: d.size,
        ...(d.annotations ? { annotations: d.annotations } : {}),
    };
}
async function imageLayer(file, options) {
    const inImage = external_node_path_.posix.join(options.modelDir, file.name).replace(/^\/+/, '');
    const entries = [
        ...parentDirectories(inImage).map((name) => ({ name, type: 'directory', mode: 0o755, size: 0, mtime: options.epoch })),
        { name: inImage, type: 'file', mode: file.mode, size: file.size, mtime: options.epoch },
    ];
    const tar = segmentsSource(tarSegments(entries, () => ({ path: file.path, size: file.size })));
    const annotations = { [media_types/* Annotation */.YH.title]: file.name };
    if (file.size >= options.compressBelow) {
        const { digest } = await hash(tar);
        return {
            descriptor: { mediaType: media_types/* MediaType */.zu.ociLayer, digest, size: tar.size, annotations },
            diffId: digest,
            source: tar,
            file: file.name,
        };
    }
    const gz = await hashGzip(tar);
    return {
        descriptor: { mediaType: media_types/* MediaType */.zu.ociLayerGzip, digest: gz.digest, size: gz.size, annotations },
        diffId: gz.diffId,
        source: gzipSource(tar, gz.size),
        file: file.name,
    };
}
async function modelPackLayer(file, options) {
    const kind = modelLayerKind(file.name);
    const annotations = {
        [media_types/* Annotation */.YH.modelFilepath]: file.name,
        [media_types/* Annotation */.YH.modelFileMetadata]: JSON.stringify({
            name: (0,external_node_path_.basename)(file.name),
            mode: file.mode,
            uid: 0,
            gid: 0,
            size: file.size,
            mtime: new Date(options.epoch * 1000).toISOString(),
            typeflag: 48,
        }),
        [media_types/* Annotation */.YH.title]: file.name,
    };
    if (file.size >= options.compressBelow) {
        const raw = fileSource(file.path, file.size);
        const { digest } = await hash(raw);
        return {
            descriptor: { mediaType: (0,media_types/* modelLayerMediaType */.PN)(kind, 'raw'), digest, size: file.size, annotations },
            diffId: digest,
            source: raw,
            file: file.name,
        };
    }
    const entries = [
        ...parentDirectories(file.name).map((name) => ({ name, type: 'directory', mode: 0o755, size: 0, mtime: options.epoch })),
        { name: file.name, type: 'file', mode: file.mode, size: file.size, mtime: options.epoch },
    ];
    const tar = segmentsSource(tarSegments(entries, () => ({ path: file.path, size: file.size })));
    const gz = await hashGzip(tar);
    return {
        descriptor: {
            mediaType: (0,media_types/* modelLayerMediaType */.PN)(kind, 'tar+gzip'),
            digest: gz.digest,
            size: gz.size,
            annotations,
        },
        diffId: gz.diffId,
        source: gzipSource(tar, gz.size),
        file: file.name,
    };
}
const WEIGHT = /\.(safetensors|gguf|bin|pt|pth|ckpt|onnx|h5|keras|pb|tflite|npz|npy|pkl|pickle|joblib|msgpack|mlmodel|engine|plan)$/i;
const DOC = /(^|\/)(readme|license|licence|notice|model_card)[^/]*$|\.(md|rst|txt|pdf|html)$/i;
const CODE = /\.(py|sh|js|ts|ipynb|rb|go|rs|java|c|cc|cpp|h|cu)$/i;
const DATASET = /\.(csv|tsv|parquet|arrow|jsonl)$/i;
/** ModelPack layer kind by file name. */
function modelLayerKind(name) {
    if (WEIGHT.test(name))
        return 'weight';
    if (DOC.test(name))
        return 'doc';
    if (CODE.test(name))
        return 'code';
    if (DATASET.test(name))
        return 'dataset';
    return 'weight.config';
}
function imageConfig(layers, options, created, labels) {
    const base = options.base?.config;
    const env = (base?.config?.Env ?? []).filter((e) => !e.startsWith('MODEL_DIR='));
    const config = {
        created,
        architecture: base?.architecture ?? 'amd64',
        os: base?.os ?? 'linux',
        config: {
            ...(base?.config ?? {}),
            Env: [...env, `MODEL_DIR=${options.modelDir}`],
            Labels: sortedRecord({ ...(base?.config?.Labels ?? {}), ...labels }),
        },
        rootfs: { type: 'layers', diff_ids: [...(base?.rootfs.diff_ids ?? []), ...layers.map((l) => l.diffId)] },
        history: [
            ...(base?.history ?? []),
            ...layers.map((l) => ({
                created,
                created_by: `model-deploy: add ${external_node_path_.posix.join(options.modelDir, l.file)}`,
            })),
        ],
    };
    return Buffer.from(JSON.stringify(config));
}
function modelPackConfig(layers, options, created) {
    const labels = options.labels;
    const config = {
        descriptor: {
            createdAt: created,
            name: options.model.name,
            ...(options.model.version ? { version: options.model.version } : {}),
            ...(options.model.description ? { description: options.model.description } : {}),
            ...(labels['org.opencontainers.image.source']
                ? { sourceURL: labels['org.opencontainers.image.source'] }
                : {}),
            ...(labels['org.opencontainers.image.revision']
                ? { revision: labels['org.opencontainers.image.revision'] }
                : {}),
        },
        config: { ...(options.model.framework ? { format: options.model.framework } : {}) },
        modelfs: { type: 'layers', diffIds: layers.map((l) => l.diffId) },
    };
    return Buffer.from(JSON.stringify(config));
}
function sortedRecord(r) {
    return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
async function hash(source) {
    const counter = new oci_digest/* DigestCounter */.VR();
    if (source.pump)
        await source.pump(0, source.size, (chunk) => counter.update(chunk));
    else
        for await (const chunk of source.open())
            counter.update(chunk);
    return { digest: counter.digest() };
}
async function hashGzip(tar) {
    const raw = new oci_digest/* DigestCounter */.VR();
    const gz = new oci_digest/* DigestCounter */.VR();
    const tap = new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            raw.update(chunk);
            done(null, chunk);
        },
    });
    await (0,external_node_stream_promises_.pipeline)(tar.open(), tap, (0,external_node_zlib_.createGzip)({ level: 6 }), async (compressed) => {
        for await (const chunk of compressed)
            gz.update(chunk);
    });
    return { digest: gz.digest(), size: gz.size, diffId: raw.digest() };
}

// EXTERNAL MODULE: ./lib/oci/registry.js + 2 modules
var registry = __webpack_require__(4848);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
;// CONCATENATED MODULE: ./lib/oci/summary.js

const MAX_FILES = 50;
/** The job summary of a packed model image: manifest, tags and the largest files, capped. */
function imageSummary(image) {
    const total = image.layers.reduce((n, l) => n + l.descriptor.size, 0);
    // the largest first: a capped table shows what weighs
    const layers = [...image.layers].sort((a, b) => b.descriptor.size - a.descriptor.size);
    return [
        `### Model image ${(0,markdown.escapeMarkdown)(image.name)}`,
        '',
        `Manifest ${(0,markdown.code)(image.digest)} (${(0,markdown.escapeMarkdown)(image.artifact)}), tags ${image.tags.map(markdown.code).join(', ')}; ${image.layers.length} file(s), ${total} bytes.`,
        '',
        (0,markdown.table)(['file', 'media type', 'bytes', 'digest'], layers.map((l) => [
            (0,markdown.code)(l.file),
            (0,markdown.escapeMarkdown)(l.descriptor.mediaType),
            String(l.descriptor.size),
            (0,markdown.code)((0,markdown/* shortDigest */.VK)(l.descriptor.digest)),
        ]), {
            align: ['left', 'left', 'right', 'left'],
            max: MAX_FILES,
            more: (n) => `_… and ${n} smaller files: the image manifest lists every one._`,
        }),
        '',
    ].join('\n');
}

// EXTERNAL MODULE: ./lib/oci/layout.js
var layout = __webpack_require__(78859);
;// CONCATENATED MODULE: ./lib/oci/target.js



class RegistryTarget {
    ref;
    client;
    constructor(ref, client) {
        this.ref = ref;
        this.client = client;
    }
    bytesSent() {
        return this.client.stats.blobBytesSent;
    }
    putBlob(desc, source, options) {
        const mountFrom = options.mountFrom?.registry === this.ref.registry ? options.mountFrom.repository : undefined;
        return this.client.uploadBlob(this.ref.repository, desc, source, {
            ...(mountFrom ? { mountFrom } : {}),
            ...(options.onProgress ? { onProgress: options.onProgress } : {}),
        });
    }
    putManifest(tag, bytes, mediaType) {
        return this.client.putManifest(this.ref.repository, tag, bytes, mediaType);
    }
}
class LayoutTarget {
    ref;
    layout;
    #sent = 0;
    constructor(ref) {
        this.ref = ref;
        this.layout = new layout/* OciLayout */.A(ref.dir);
    }
    static async open(ref) {
        const target = new LayoutTarget(ref);
        await (0,promises_.mkdir)(ref.dir, { recursive: true });
        await target.layout.init();
        return target;
    }
    bytesSent() {
        return this.#sent;
    }
    async putBlob(desc, source, options) {
        if (await this.layout.hasBlob(desc))
            return 'exists';
        const stream = source.open();
        let written = 0;
        stream.on('data', (chunk) => {
            written += chunk.length;
            this.#sent += chunk.length;
            options.onProgress?.(written, desc.size);
        });
        await this.layout.writeBlob(desc, stream);
        return 'uploaded';
    }
    putManifest(tag, bytes, mediaType) {
        return this.layout.putManifest(tag, bytes, mediaType);
    }
    toString() {
        return (0,reference/* formatReference */.FH)(this.ref);
    }
}

// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/build.js



















/* harmony default export */ const build = ((0,command/* defineCommand */.NB)({
    name: 'build',
    summary: 'build the model image: pack model files as OCI layers (no daemon) or build a Dockerfile, and push it',
    options: {
        tag: { type: 'string', multiple: true, value: 'TAG', description: 'extra tag' },
        repository: {
            type: 'string',
            value: 'REPO',
            description: 'override image.repository (e.g. ghcr.io/org/model)',
        },
    },
    help: [
        'Without image.repository the image goes to the OCI layout in image.layout (oci:DIR:TAG).',
        'Credentials: registry-username/registry-password inputs, else ~/.docker/config.json (docker login).',
        'Reproducible: tar entries have uid/gid 0 and mtime SOURCE_DATE_EPOCH (or 0); same files, same digest.',
        'Dockerfile builds too: buildah --timestamp / buildx rewrite-timestamp with SOURCE_DATE_EPOCH (or 0).',
        'Outputs: digest, image (REF@DIGEST), tags.',
    ].join('\n'),
    async run(ctx, options) {
        const { config, dir } = (0,load/* loadConfig */.Z)((0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml', {
            cwd: ctx.cwd,
            env: ctx.env,
        });
        const image = config.image;
        const facts = await buildFacts(ctx, config, dir, (0,command/* listOption */.y8)(options, 'tag'));
        const tags = imageTags(facts);
        const labels = imageLabels(facts);
        const repository = (0,command/* stringOption */.Pp)(options, 'repository') ?? image.repository;
        const destination = repository
            ? (0,reference/* parseReference */.F2)(repository, 'image.repository')
            : { kind: 'layout', dir: (0,external_node_path_.resolve)(dir, image.layout) };
        if (destination.tag || destination.digest) {
            throw new errors/* InputError */.dz(`image.repository "${repository}" must not carry a tag or digest; put tags in image.tags`);
        }
        const credentialsFor = (registry) => (0,credentials/* findCredentials */.g)(registry, {
            ...(ctx.registryAuth ? { explicit: ctx.registryAuth } : {}),
            env: ctx.env,
            log: ctx.log,
        });
        if (image.mode === 'dockerfile') {
            return buildDockerfile(ctx, config, dir, {
                destination,
                tags,
                labels,
                credentialsFor,
                epoch: facts.epoch,
            });
        }
        const files = (0,oci_files/* resolveModelFiles */.X)(config.model.artifacts, dir);
        const clientOptions = {
            chunkSize: image['chunk-size'],
            maxSockets: image.concurrency + 2,
            log: { debug: (m) => ctx.log.debug(m), info: (m) => ctx.log.info(m) },
            signal: ctx.signal,
        };
        const base = image.base && image.artifact === 'image'
            ? await ctx.log.group(`Base image ${image.base}`, async () => {
                const baseRef = (0,reference/* parseReference */.F2)(image.base, 'image.base');
                const credentials = baseRef.kind === 'registry' ? credentialsFor(baseRef.registry) : undefined;
                return loadBaseImage(image.base, { ...clientOptions, ...(credentials ? { credentials } : {}) });
            })
            : undefined;
        try {
            const packed = await ctx.log.group(`Pack ${files.length} model file(s) as ${image.artifact}`, () => packModel({
                files,
                artifact: image.artifact,
                modelDir: image['model-dir'],
                compressBelow: image['compress-below'],
                epoch: facts.epoch,
                labels,
                model: config.model,
                concurrency: image.concurrency,
                ...(base ? { base } : {}),
            }));
            const name = (0,reference/* formatReference */.FH)(destination);
            const summaryHead = imageSummary({
                name,
                digest: packed.digest,
                artifact: image.artifact,
                tags,
                layers: packed.layers,
            });
            if (ctx.dryRun || !image.push) {
                ctx.log.info(`${ctx.dryRun ? 'dry run' : 'image.push is false'}: packed ${packed.digest}, nothing written`);
                return {
                    outputs: { digest: packed.digest, image: `${name}@${packed.digest}`, tags: tags.join(',') },
                    summary: summaryHead,
                    stdout: JSON.stringify({ digest: packed.digest, image: `${name}@${packed.digest}`, tags, pushed: false }, null, 2),
                };
            }
            let target;
            let client;
            if (destination.kind === 'registry') {
                const credentials = credentialsFor(destination.registry);
                client = registry/* RegistryClient */.bP.for(destination, {
                    ...clientOptions,
                    ...(credentials ? { credentials } : {}),
                });
                target = new RegistryTarget(destination, client);
            }
            else
                target = await LayoutTarget.open(destination);
            try {
                const result = await ctx.log.group(`Push ${name} (${tags.join(', ')})`, () => pushImage(target, packed, { tags, concurrency: image.concurrency, info: (l) => ctx.log.info(l) }));
                const uploaded = result.outcomes.filter((o) => o.outcome === 'uploaded').length;
                ctx.log.info(`pushed ${name}@${result.digest}: ${uploaded} blob(s) sent (${result.bytesSent} bytes), ${result.outcomes.length - uploaded} already there or mounted`);
                const ref = `${name}@${result.digest}`;
                return {
                    outputs: { digest: result.digest, image: ref, tags: tags.join(',') },
                    summary: `${summaryHead}\nSent ${result.bytesSent} bytes; ${result.outcomes.length - uploaded} blob(s) skipped or mounted.\n`,
                    stdout: JSON.stringify({ digest: result.digest, image: ref, tags, bytesSent: result.bytesSent, pushed: true }, null, 2),
                };
            }
            finally {
                client?.close();
            }
        }
        finally {
            base?.close();
        }
    },
}));
async function buildDockerfile(ctx, config, dir, opts) {
    const df = config.image.dockerfile ?? {
        path: 'Dockerfile',
        context: '.',
        builder: 'auto',
        'build-args': {},
    };
    const name = (0,reference/* formatReference */.FH)(opts.destination);
    const refs = opts.tags.map((t) => opts.destination.kind === 'layout' ? `oci:${opts.destination.dir}:${t}` : `${name}:${t}`);
    const insecure = opts.destination.kind === 'registry' && opts.destination.scheme === 'http';
    const builders = [
        new DockerBuilder({ exec: exec }),
        new BuildahBuilder({ exec: exec, credentials: opts.credentialsFor, storage: buildahStorage(ctx.env) }),
    ];
    const builder = await chooseBuilder(df.builder, builders);
    const spec = {
        context: (0,external_node_path_.resolve)(dir, df.context),
        dockerfile: (0,external_node_path_.resolve)(dir, df.context, df.path),
        tags: refs,
        labels: opts.labels,
        buildArgs: df['build-args'],
        ...(df.target ? { target: df.target } : {}),
        ...(df.platforms ? { platforms: df.platforms } : {}),
        push: config.image.push && !ctx.dryRun,
        insecureRegistries: insecure,
        sourceDateEpoch: opts.epoch,
    };
    const result = await ctx.log.group(`Build ${df.path} with ${builder.name}`, () => builder.build(spec, (l) => ctx.log.info(l)));
    const image = result.digest ? `${name}@${result.digest}` : (refs[0] ?? name);
    return {
        outputs: { digest: result.digest ?? '', image, tags: opts.tags.join(',') },
        summary: `### Image ${(0,markdown.escapeMarkdown)(name)}\n\nBuilt ${(0,markdown.code)(df.path)} with ${builder.name}${result.digest ? `, digest ${(0,markdown.code)(result.digest)}` : ' (not pushed)'}\n`,
        stdout: JSON.stringify({ digest: result.digest ?? null, image, tags: opts.tags, builder: builder.name }, null, 2),
    };
}
/** BUILDAH_STORAGE_DRIVER / BUILDAH_ROOT / BUILDAH_RUNROOT / BUILDAH_ISOLATION (default chroot). */
function buildahStorage(env) {
    const isolation = (env.BUILDAH_ISOLATION ?? 'chroot');
    return {
        isolation,
        ...(env.BUILDAH_STORAGE_DRIVER ? { driver: env.BUILDAH_STORAGE_DRIVER } : {}),
        ...(env.BUILDAH_ROOT ? { root: env.BUILDAH_ROOT } : {}),
        ...(env.BUILDAH_RUNROOT ? { runroot: env.BUILDAH_RUNROOT } : {}),
    };
}
async function buildFacts(ctx, config, dir, extraTags) {
    const git = async (...args) => {
        try {
            const r = await exec('git', args, { cwd: dir });
            return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
        }
        catch {
            return undefined;
        }
    };
    const env = ctx.env;
    const revision = env.GITHUB_SHA || (await git('rev-parse', 'HEAD'));
    const ref = env.GITHUB_REF ||
        (await git('describe', '--tags', '--exact-match').then((t) => (t ? `refs/tags/${t}` : undefined)));
    const remote = env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`
        : await git('remote', 'get-url', 'origin');
    return {
        model: config.model,
        ...(ref ? { ref } : {}),
        ...(revision ? { revision } : {}),
        ...(remote ? { source: sourceUrl(remote) } : {}),
        epoch: sourceDateEpoch(env.SOURCE_DATE_EPOCH),
        configTags: config.image.tags,
        extraTags,
        labels: config.image.labels,
    };
}


/***/ }),

/***/ 32862:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ commonDir),
/* harmony export */   X: () => (/* binding */ resolveModelFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);




/**
 * Expands model.artifacts (files, directories, globs relative to `dir`) into files sorted by
 * name, named relative to the deepest directory holding all of them. A pattern that matches
 * nothing is an error naming it.
 */
function resolveModelFiles(patterns, dir) {
    const byName = new Map();
    let all;
    patterns.forEach((pattern, i) => {
        const matched = [];
        if (picomatch__WEBPACK_IMPORTED_MODULE_3__.scan(pattern).isGlob) {
            all ??= walk(dir, dir);
            const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_3__(pattern, { dot: false });
            matched.push(...all.filter((f) => isMatch(f)));
        }
        else {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, pattern);
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(dir, abs).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
            if (rel.startsWith('..')) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`model.artifacts[${i}]: "${pattern}" is outside the config directory ${dir}`);
            }
            let st;
            try {
                st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
            }
            catch {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`model.artifacts[${i}]: "${pattern}" does not exist (relative to ${dir})`);
            }
            if (st.isDirectory())
                matched.push(...walk(abs, dir));
            else
                matched.push(rel);
        }
        if (matched.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`model.artifacts[${i}]: "${pattern}" matches no file in ${dir}`);
        for (const name of matched) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
            byName.set(name, { path, name, size: st.size, mode: st.mode & 0o111 ? 0o755 : 0o644 });
        }
    });
    // MODEL_DIR is the directory holding the model: `artifacts: [model/*]` puts model/config.json
    // at $MODEL_DIR/config.json, as `evaluate` sets MODEL_DIR to the same common directory locally.
    const common = commonDir([...byName.keys()]);
    const files = [...byName.values()].map((f) => ({ ...f, name: f.name.slice(common.length) }));
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** The deepest directory (POSIX, with a trailing slash; '' for none) holding every one of `names`. */
function commonDir(names) {
    if (names.length === 0)
        return '';
    let parts = names[0].split('/').slice(0, -1);
    for (const name of names.slice(1)) {
        const dirs = name.split('/').slice(0, -1);
        let i = 0;
        while (i < parts.length && i < dirs.length && parts[i] === dirs[i])
            i++;
        parts = parts.slice(0, i);
    }
    return parts.length ? `${parts.join('/')}/` : '';
}
function walk(root, base) {
    const out = [];
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root, { withFileTypes: true })) {
        if (entry.name.startsWith('.'))
            continue;
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, entry.name);
        if (entry.isDirectory())
            out.push(...walk(full, base));
        else if (entry.isFile())
            out.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(base, full).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/'));
    }
    return out;
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

/***/ 26844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ resolveImage),
/* harmony export */   oD: () => (/* binding */ openSource),
/* harmony export */   oj: () => (/* binding */ readImageLayers)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78859);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50261);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(23940);
/* harmony import */ var _registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4848);





function openSource(ref, options = {}) {
    if (ref.kind === 'layout') {
        const layout = new _layout_js__WEBPACK_IMPORTED_MODULE_1__/* .OciLayout */ .A(ref.dir);
        return {
            ref,
            getManifest: (r) => layout.getManifest(r),
            getBlob: async (d) => layout.readBlob(d),
            close: () => { },
        };
    }
    const client = _registry_js__WEBPACK_IMPORTED_MODULE_4__/* .RegistryClient */ .bP.for(ref, options);
    return {
        ref,
        getManifest: (r) => client.getManifest(ref.repository, r),
        getBlob: (d) => client.getBlob(ref.repository, d),
        close: () => client.close(),
    };
}
/**
 * The image manifest a reference names; an index resolves to the `platform` entry (default
 * linux/amd64, else the only entry). A missing image is an InputError naming the reference.
 */
async function resolveImage(source, platform = { os: 'linux', architecture: 'amd64' }, what = 'image') {
    const name = (0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .formatReference */ .FH)(source.ref);
    let fetched = await source.getManifest((0,_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .referenceTarget */ .Z9)(source.ref));
    if (!fetched)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} ${name} not found: check the name and tag, and that it was pushed`);
    if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_2__/* .isIndexMediaType */ .$$)(fetched.mediaType)) {
        const index = JSON.parse(fetched.bytes.toString('utf8'));
        const images = index.manifests.filter((m) => m.platform?.os !== 'unknown');
        const pick = images.find((m) => m.platform?.os === platform.os && m.platform?.architecture === platform.architecture) ?? (images.length === 1 ? images[0] : undefined);
        if (!pick) {
            const have = images.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).join(', ');
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} ${name} has no ${platform.os}/${platform.architecture} image (it has ${have || 'none'})`);
        }
        fetched = await source.getManifest(pick.digest);
        if (!fetched)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what} ${name}: its index names ${pick.digest}, which is missing`);
    }
    return {
        manifest: JSON.parse(fetched.bytes.toString('utf8')),
        manifestBytes: fetched.bytes,
        digest: fetched.digest,
        mediaType: fetched.mediaType,
    };
}
/**
 * The layers of an image, one verified stream at a time, from `oci:DIR:TAG` or a registry
 * reference. Consume (or destroy) each stream before asking for the next.
 */
async function* readImageLayers(ref, options = {}) {
    const source = openSource(ref, options);
    try {
        const image = await resolveImage(source);
        for (const layer of image.manifest.layers) {
            yield {
                digest: layer.digest,
                mediaType: layer.mediaType,
                size: layer.size,
                stream: await source.getBlob(layer),
            };
        }
    }
    finally {
        source.close();
    }
}


/***/ }),

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Ix: () => (/* binding */ facts),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   code: () => (/* binding */ code),
/* harmony export */   escapeMarkdown: () => (/* binding */ escapeMarkdown),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   table: () => (/* binding */ table),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export TABLE_ROWS */
/**
 * The one escaping function for untrusted text (file names, zip members, pickle globals, metric
 * names, cluster messages) anywhere in GitHub-flavoured markdown: inline text and table cells alike.
 *
 * - HTML special characters become entities: no tags, no hidden comments, no `</details>`.
 * - Markdown punctuation that could start emphasis, code, links, images, headings, strikethrough
 *   or split a table cell is backslash-escaped.
 * - CR, LF, a lone CR, U+2028/2029 and other control characters become a space: untrusted text
 *   can never start a new block (heading, list, fence, table row).
 * - `@` is followed by a word joiner (U+2060), so GitHub links no mention and no e-mail address;
 *   `://` and `www.` get one too, so a URL in a name is not turned into a link.
 * - A leading list, heading-underline or ordered-list marker is escaped too.
 */
function escapeMarkdown(text) {
    return text
        .replace(/\r\n|[\r\n\u2028\u2029\t\v\f]/g, ' ')
        .replace(/[\u0000-\u001f\u007f]/g, '')
        .replace(/[\\`*_[\]#|~!]/g, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@/g, '@\u2060')
        .replace(/:\/\//g, ':\u2060//')
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u2060.`)
        .replace(/^(\s*)([-+=])/, '$1\\$2')
        .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * Untrusted text shown as code, in a table cell or in a sentence. A `<code>` element instead of
 * backticks: its content is ordinary markdown, so {@link escapeMarkdown} applies unchanged (a
 * backtick span can neither escape a pipe outside a table nor hold every backtick run).
 */
function code(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
/** `text` cut to at most `max` characters, ending with `…` when cut (never inside a surrogate pair). */
function truncate(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    return `${chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}
/** `sha256:9820474a3899…`: a digest cut for reading, with an ellipsis that says it was cut. */
function shortDigest(digest, hex = 12) {
    const m = /^([a-z0-9]+):([0-9a-f]+)$/.exec(digest);
    if (!m)
        return truncate(digest, 19);
    return m[2].length > hex ? `${m[1]}:${m[2].slice(0, hex)}…` : digest;
}
/** Full sha256 digests inside a longer text (log lines, image references) shortened with an ellipsis. */
function shortenDigests(text) {
    return text.replace(/sha256:[0-9a-f]{64}/g, (d) => shortDigest(d));
}
/** Rows a table shows unless told otherwise: enough to read, small enough for any summary. */
const TABLE_ROWS = 50;
/**
 * A GFM table with at most `max` rows. Cells are markdown: escape untrusted parts with
 * {@link escapeMarkdown} or {@link code} first. A line break in a cell becomes a space.
 */
function table(headers, rows, options = {}) {
    const { align = [], max = TABLE_ROWS, more } = Array.isArray(options) ? { align: options } : options;
    const rule = headers.map((_, i) => {
        const a = align[i] ?? 'left';
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map((c) => c.replace(/\r\n|[\r\n]/g, ' ')).join(' | ')} |`;
    const shown = rows.slice(0, max);
    const out = [line(headers), line(rule), ...shown.map((r) => line(headers.map((_, i) => r[i] ?? '')))];
    const hidden = rows.length - shown.length;
    if (hidden > 0)
        out.push('', more ? more(hidden) : `_… and ${hidden} more rows not shown._`);
    return out.join('\n');
}
/** Facts as a list (`- **key:** value`): a table would need an empty header row. Values are markdown. */
function facts(pairs) {
    return pairs.map(([k, v]) => `- **${k}:** ${v}`).join('\n');
}
/** A collapsed block; `summary` is trusted markdown. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced code block whose fence is longer than any backtick run inside `code`. */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}


/***/ })

};
