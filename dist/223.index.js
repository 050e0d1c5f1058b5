export const id = 223;
export const ids = [223,21];
export const modules = {

/***/ 12223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ commands_scan),
  expandPaths: () => (/* binding */ expandPaths)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./lib/config/load.js + 9 modules
var load = __webpack_require__(35130);
// EXTERNAL MODULE: ./lib/config/sections/scan.js
var scan = __webpack_require__(64738);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/oci/credentials.js
var oci_credentials = __webpack_require__(97771);
// EXTERNAL MODULE: ./lib/oci/reference.js
var reference = __webpack_require__(23940);
// EXTERNAL MODULE: ./lib/oci/source.js
var source = __webpack_require__(26844);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./lib/scan/keras.js
const KERAS_MODULES = /^(keras|tensorflow|tf_keras|builtins|numpy)(\.|$)/;
/**
 * Keras model configs (a .keras zip's config.json, an HDF5 model's `model_config` attribute):
 * Lambda layers and `__lambda__` functions carry Python bytecode; objects from modules outside
 * Keras import arbitrary code on load.
 */
function checkKerasConfig(config, file, out) {
    const seen = new Set();
    const walk = (v) => {
        if (Array.isArray(v))
            v.forEach(walk);
        else if (v && typeof v === 'object') {
            const o = v;
            const lambda = o.class_name === 'Lambda' || o.class_name === '__lambda__' || o.function_type === 'lambda';
            if (lambda && !seen.has('Lambda')) {
                seen.add('Lambda');
                out.add({
                    file,
                    rule: 'keras-lambda',
                    severity: 'high',
                    message: 'Lambda layer: its Python bytecode runs when the model is loaded with safe_mode=False',
                });
            }
            if (typeof o.module === 'string' && !KERAS_MODULES.test(o.module) && !seen.has(o.module)) {
                seen.add(o.module);
                out.add({
                    file,
                    rule: 'keras-module',
                    severity: 'high',
                    message: `layer or object from module "${o.module}" is imported on load`,
                    global: o.module,
                });
            }
            Object.values(o).forEach(walk);
        }
    };
    walk(config);
}

;// CONCATENATED MODULE: ./lib/scan/reader.js






const CHUNK = 4 << 20;
function reader_bufferReader(buffer) {
    return {
        size: buffer.length,
        buffer,
        async window(pos) {
            return { buf: buffer.subarray(Math.min(pos, buffer.length)), eof: true };
        },
        async close() { },
    };
}
async function fileReader(path) {
    const handle = await (0,promises_.open)(path, 'r');
    const size = (await handle.stat()).size;
    let scratch = Buffer.allocUnsafe(1 << 16);
    return {
        size,
        path,
        async window(pos, min) {
            const want = Math.min(Math.max(min, 1 << 16), Math.max(0, size - pos));
            if (want > scratch.length)
                scratch = Buffer.allocUnsafe(want);
            let got = 0;
            while (got < want) {
                const { bytesRead } = await handle.read(scratch, got, want - got, pos + got);
                if (bytesRead === 0)
                    break;
                got += bytesRead;
            }
            return { buf: scratch.subarray(0, got), eof: pos + got >= size };
        },
        async close() {
            await handle.close();
        },
    };
}
/**
 * A stream read forward only: bytes before the requested position are dropped, never kept.
 * `close` drains what is left (tar entries must be consumed) or, with `destroy`, stops reading.
 */
function streamReader(stream, size, options = {}) {
    const iterator = stream[Symbol.asyncIterator]();
    let held = Buffer.alloc(0);
    let heldAt = 0;
    let ended = false;
    return {
        size,
        async window(pos, min) {
            if (pos < heldAt)
                throw new Error(`stream reader cannot go back from ${heldAt} to ${pos}`);
            if (pos >= heldAt + held.length) {
                heldAt += held.length;
                held = Buffer.alloc(0);
            }
            else {
                held = held.subarray(pos - heldAt);
                heldAt = pos;
            }
            const want = Math.max(min, Math.min(min * 2, CHUNK));
            const parts = held.length ? [held] : [];
            let have = held.length;
            while (!ended && (heldAt < pos || have < want)) {
                const r = await iterator.next();
                if (r.done) {
                    ended = true;
                    break;
                }
                let chunk = r.value;
                if (heldAt < pos) {
                    const drop = Math.min(pos - heldAt, chunk.length);
                    heldAt += drop;
                    chunk = chunk.subarray(drop);
                    if (!chunk.length)
                        continue;
                }
                parts.push(chunk);
                have += chunk.length;
            }
            held = parts.length === 1 ? parts[0] : Buffer.concat(parts);
            return { buf: held, eof: ended || (size !== undefined && heldAt + held.length >= size) };
        },
        async close() {
            held = Buffer.alloc(0);
            if (!ended && options.destroy) {
                stream.destroy();
                ended = true;
            }
            if (!ended) {
                for (;;) {
                    const r = await iterator.next();
                    if (r.done)
                        break;
                }
                ended = true;
            }
        },
    };
}
/** Reads everything left in a reader into memory, up to `limit` bytes (undefined when larger). */
async function readAll(reader, limit) {
    if (reader.buffer)
        return reader.buffer;
    if (reader.size !== undefined && reader.size > limit)
        return undefined;
    const parts = [];
    let pos = 0;
    for (;;) {
        const { buf, eof } = await reader.window(pos, 1);
        parts.push(Buffer.from(buf));
        pos += buf.length;
        if (pos > limit)
            return undefined;
        if (eof || buf.length === 0)
            break;
    }
    return Buffer.concat(parts);
}
/**
 * Runs `use` with a path holding the reader's whole content: the file itself when it is on disk,
 * else a private temp file (for libraries that open files by path) removed afterwards.
 */
async function withFile(reader, use) {
    if (reader.path)
        return use(reader.path);
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-deploy-scan-'));
    try {
        const path = (0,external_node_path_.join)(dir, 'content');
        await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(chunksOf(reader)), (0,external_node_fs_.createWriteStream)(path, { mode: 0o600 }));
        return await use(path);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
async function* chunksOf(reader) {
    let pos = 0;
    for (;;) {
        const { buf, eof } = await reader.window(pos, 1 << 16);
        if (buf.length)
            yield Buffer.from(buf);
        pos += buf.length;
        if (eof || buf.length === 0)
            return;
    }
}

;// CONCATENATED MODULE: ./lib/scan/archive.js











/** Members scanned per archive: no checkpoint has more, and each costs a read of its header. */
const MAX_MEMBERS = 10_000;
const BLOCK = 1 << 20;
const readAsync = (0,external_node_util_.promisify)(external_node_fs_.read);
/**
 * yauzl reads the central directory one small record at a time; from a file that is one read()
 * per entry. Small reads are served from a 1 MiB block instead; member data is streamed.
 */
class BlockReader extends yauzl.RandomAccessReader {
    fd;
    size;
    block = Buffer.alloc(0);
    blockAt = 0;
    constructor(fd, size) {
        super();
        this.fd = fd;
        this.size = size;
    }
    slice(start, end) {
        if (start < this.blockAt || end > this.blockAt + this.block.length) {
            const length = Math.min(Math.max(BLOCK, end - start), this.size - start);
            const block = Buffer.allocUnsafe(Math.max(0, length));
            const got = (0,external_node_fs_.readSync)(this.fd, block, 0, block.length, start);
            this.block = block.subarray(0, got);
            this.blockAt = start;
        }
        return this.block.subarray(start - this.blockAt, end - this.blockAt);
    }
    read(buffer, offset, length, position, callback) {
        try {
            const data = this.slice(position, position + length);
            if (data.length < length)
                throw new Error('unexpected EOF');
            data.copy(buffer, offset);
            callback(null);
        }
        catch (error) {
            callback(error);
        }
    }
    _readStreamForRange(start, end) {
        if (end - start <= BLOCK)
            return external_node_stream_.Readable.from([Buffer.from(this.slice(start, end))]);
        // not fs.createReadStream: destroying it would close the shared descriptor
        return external_node_stream_.Readable.from(readRange(this.fd, start, end));
    }
    closed = false;
    close(callback) {
        if (!this.closed)
            (0,external_node_fs_.closeSync)(this.fd);
        this.closed = true;
        callback(null);
    }
}
async function* readRange(fd, start, end) {
    for (let pos = start; pos < end;) {
        const buf = Buffer.allocUnsafe(Math.min(BLOCK, end - pos));
        const { bytesRead } = await readAsync(fd, buf, 0, buf.length, pos);
        if (bytesRead === 0)
            return;
        yield buf.subarray(0, bytesRead);
        pos += bytesRead;
    }
}
async function openZipFile(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const size = (0,external_node_fs_.fstatSync)(fd).size;
        return await yauzl.fromRandomAccessReaderPromise(new BlockReader(fd, size), size, zipOptions);
    }
    catch (error) {
        try {
            (0,external_node_fs_.closeSync)(fd);
        }
        catch {
            // yauzl closed it already
        }
        throw error;
    }
}
/** Archives read from a stream are held in memory up to this size, spilled to a temp file above it. */
const IN_MEMORY_ZIP = 512 << 20;
const KERAS_CONFIG_LIMIT = 64 << 20;
const zipOptions = {
    lazyEntries: true,
    autoClose: false,
    strictFileNames: false,
    validateEntrySizes: true,
    decodeStrings: true,
};
async function openZip(reader) {
    if (reader.path)
        return { zip: await openZipFile(reader.path), cleanup: async () => { } };
    const buffer = await readAll(reader, IN_MEMORY_ZIP);
    if (buffer)
        return { zip: await yauzl.fromBufferPromise(buffer, zipOptions), cleanup: async () => { } };
    // larger than we hold in memory: spill the rest of the stream to a private temp file
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-deploy-scan-'));
    const path = (0,external_node_path_.join)(dir, 'archive.zip');
    const cleanup = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        await (0,external_node_stream_promises_.pipeline)(restOf(reader), (0,external_node_fs_.createWriteStream)(path, { mode: 0o600 }));
        return { zip: await openZipFile(path), cleanup };
    }
    catch (error) {
        await cleanup();
        throw error;
    }
}
async function* restOf(reader) {
    let pos = 0;
    for (;;) {
        const { buf, eof } = await reader.window(pos, 1);
        yield Buffer.from(buf);
        pos += buf.length;
        if (eof || buf.length === 0)
            return;
    }
}
function zipFormat(names) {
    if (names.some((n) => n === 'data.pkl' || n.endsWith('/data.pkl')))
        return 'torch-zip';
    if (names.length > 0 && names.every((n) => n.endsWith('.npy') || n.endsWith('/')))
        return 'npz';
    if (names.includes('config.json') &&
        (names.includes('metadata.json') || names.some((n) => n.endsWith('.h5')))) {
        return 'keras';
    }
    return 'zip';
}
/** Scans every member of a zip (PyTorch archive, .npz, .keras, plain zip) by content, whatever its name. */
async function scanZip(reader, file, policy, out, depth) {
    if (depth >= MAX_DEPTH) {
        out.add({
            file,
            rule: 'zip-member-unscanned',
            severity: 'high',
            message: `archive nested ${depth} levels deep is not scanned (limit ${MAX_DEPTH}); no loader expects that`,
        });
        out.files.push({ file, format: 'zip', bytes: reader.size });
        return;
    }
    let opened;
    try {
        opened = await openZip(reader);
    }
    catch (error) {
        out.add({
            file,
            rule: 'zip-malformed',
            severity: 'high',
            message: `malformed zip: ${error.message}`,
        });
        out.files.push({ file, format: 'zip', bytes: reader.size });
        return;
    }
    const { zip, cleanup } = opened;
    try {
        if (zip.entryCount > MAX_MEMBERS) {
            out.add({
                file,
                rule: 'zip-member-unscanned',
                severity: 'high',
                message: `archive has ${zip.entryCount} members, more than the ${MAX_MEMBERS} the scanner reads; no checkpoint has that many, so it is refused`,
            });
            out.files.push({ file, format: 'zip', bytes: reader.size });
            return;
        }
        const entries = [];
        try {
            for await (const entry of zip.eachEntry())
                entries.push(entry);
        }
        catch (error) {
            out.add({
                file,
                rule: 'zip-malformed',
                severity: 'high',
                message: `malformed zip: ${error.message}`,
            });
        }
        const format = zipFormat(entries.map((e) => e.fileName));
        out.files.push({ file, format, bytes: reader.size });
        for (const entry of entries) {
            if (entry.fileName.endsWith('/'))
                continue;
            const member = `${file}!${entry.fileName}`;
            if (entry.isEncrypted() || !entry.canDecodeFileData()) {
                out.add({
                    file: member,
                    rule: 'zip-member-unscanned',
                    severity: 'high',
                    message: `member is ${entry.isEncrypted() ? 'encrypted' : `compressed with method ${entry.compressionMethod}`} and cannot be scanned`,
                });
                continue;
            }
            try {
                const stream = await zip.openReadStreamPromise(entry);
                const memberReader = streamReader(stream, entry.uncompressedSize, { destroy: true });
                try {
                    if (format === 'keras' && entry.fileName === 'config.json') {
                        await scanKerasConfig(memberReader, member, out);
                        out.files.push({ file: member, format: 'other', bytes: entry.uncompressedSize });
                    }
                    else
                        await scanReader(memberReader, member, policy, out, depth + 1);
                }
                finally {
                    await memberReader.close();
                }
            }
            catch (error) {
                out.add({
                    file: member,
                    rule: 'zip-malformed',
                    severity: 'high',
                    message: `cannot read member: ${error.message}`,
                });
            }
        }
    }
    finally {
        zip.close();
        await cleanup();
    }
}
async function scanKerasConfig(reader, file, out) {
    const text = await readAll(reader, KERAS_CONFIG_LIMIT);
    let config;
    try {
        config = JSON.parse(text?.toString('utf8') ?? '');
    }
    catch (error) {
        out.add({
            file,
            rule: 'zip-malformed',
            severity: 'high',
            message: `config.json is not JSON: ${error.message}`,
        });
        return;
    }
    checkKerasConfig(config, file, out);
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/unbzip2-stream/lib/bit_iterator.js
var bit_iterator = __webpack_require__(97685);
// EXTERNAL MODULE: ./node_modules/unbzip2-stream/lib/bzip2.js
var bzip2 = __webpack_require__(69226);
// EXTERNAL MODULE: ./node_modules/xz-decompress/dist/package/xz-decompress.js
var xz_decompress = __webpack_require__(36642);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(68339);
;// CONCATENATED MODULE: ./lib/scan/zstd.js


/** zstd magic number (RFC 8878 §3.1.1), little-endian 0xFD2FB528. */
const ZSTD_MAGIC = Buffer.from('28b52ffd', 'hex');
/**
 * A streaming zstd decompressor: Node 20's zlib has none (it came in 22.15), and `+zstd` is a
 * standard OCI layer media type. Backpressure holds: a chunk is taken only when the reader wants more.
 */
function createZstdDecompress() {
    const out = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            try {
                decoder.push(chunk);
                done();
            }
            catch (error) {
                done(error);
            }
        },
        flush(done) {
            try {
                decoder.push(new Uint8Array(0), true);
                done();
            }
            catch (error) {
                done(error);
            }
        },
    });
    const decoder = new esm/* Decompress */.YM((data) => {
        out.push(Buffer.from(data));
    });
    return out;
}

;// CONCATENATED MODULE: ./lib/scan/decompress.js






/** Decompressed bytes allowed per compressed byte, and the floor and ceiling of that allowance. */
const DECOMPRESSION_RATIO = 1000;
const DECOMPRESSION_FLOOR = 256 << 20;
const DECOMPRESSION_CAP = 16 * 2 ** 30;
class DecompressionLimitError extends Error {
}
/** joblib's prefixes, checked in its order ('ZF' first: joblib < 0.10 files). */
function detectCompression(head) {
    if (head.length < 2)
        return undefined;
    if (head[0] === 0x5a && head[1] === 0x46)
        return 'zfile';
    // zlib: joblib only checks 'x'; zlib itself refuses a header whose check bits are wrong
    if (head[0] === 0x78 && (0x7800 + head[1]) % 31 === 0)
        return 'zlib';
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    if (head.toString('latin1', 0, 3) === 'BZh')
        return 'bz2';
    if (head[0] === 0x5d && head[1] === 0x00)
        return 'lzma';
    if (head.subarray(0, 5).equals(Buffer.from('fd377a585a', 'hex')))
        return 'xz';
    if (head.subarray(0, 4).equals(Buffer.from('04224d18', 'hex')))
        return 'lz4';
    if (head.subarray(0, 4).equals(ZSTD_MAGIC))
        return 'zstd';
    return undefined;
}
/** Why a compression is not read (fail closed), or undefined when it is. */
function unreadableCompression(kind) {
    switch (kind) {
        case 'lzma':
            return "lzma 'alone' format (joblib compress='lzma') has no kept pure-JavaScript streaming decoder here; store it with compress='xz', 'gzip' or 'zlib'";
        case 'lz4':
            return "lz4 (joblib compress='lz4') is not decoded by the scanner; store it with compress='xz', 'gzip' or 'zlib'";
        default:
            return undefined;
    }
}
/**
 * Bytes `compressed` may decompress to before the scanner refuses it. Deflate cannot exceed about
 * 1032:1, so gzip/zlib are bounded by their input already (large model tarballs stay readable);
 * bzip2, xz and zstd can reach millions to one and get the ratio and the cap. An unknown size
 * means nested compression: the floor.
 */
function decompressionLimit(kind, compressed, maxFileSize) {
    const inherent = kind === 'gzip' || kind === 'zlib' || kind === 'zfile';
    const byRatio = compressed === undefined
        ? DECOMPRESSION_FLOOR
        : inherent
            ? Number.POSITIVE_INFINITY
            : Math.min(DECOMPRESSION_CAP, Math.max(DECOMPRESSION_FLOOR, compressed * DECOMPRESSION_RATIO));
    return Math.min(byRatio, maxFileSize ?? Number.POSITIVE_INFINITY);
}
/**
 * bzip2 with unbzip2-stream's block decoder, one block per read and written into 1 MiB buffers:
 * its own stream decodes every buffered block at once into a JS array of numbers (eight bytes per
 * byte, up to ~46 MB of output per block). The limit is checked per byte.
 */
function bunzip2(source, limit) {
    const input = source[Symbol.asyncIterator]();
    const queue = [];
    let have = 0;
    let ended = false;
    let blockSize = 0;
    let streamCRC = null;
    // created at the first input: it takes its first buffer at once
    let bits;
    let table;
    let out = Buffer.allocUnsafe(1 << 20);
    let used = 0;
    let total = 0;
    let pushed = false;
    const emit = (buf) => {
        pushed = true;
        stream.push(buf);
    };
    const sink = (b) => {
        if (++total > limit)
            throw new DecompressionLimitError(limitMessage('bz2', limit));
        out[used++] = b;
        if (used === out.length) {
            emit(out);
            out = Buffer.allocUnsafe(1 << 20);
            used = 0;
        }
    };
    const stream = new external_node_stream_.Readable({
        async read() {
            try {
                pushed = false;
                while (!pushed) {
                    while (!ended && have - (bits?.bytesRead ?? 0) + 1 < 25000 + 100000 * blockSize) {
                        const next = await input.next();
                        if (next.done)
                            ended = true;
                        else if (next.value.length) {
                            queue.push(next.value);
                            have += next.value.length;
                        }
                    }
                    if (have === 0)
                        throw new Error('empty bzip2 stream');
                    bits ??= bit_iterator(() => queue.shift());
                    if (have <= bits.bytesRead) {
                        if (streamCRC !== null)
                            throw new Error('bzip2 stream ended prematurely');
                        stream.push(null);
                        return;
                    }
                    if (!blockSize) {
                        blockSize = bzip2.header(bits);
                        streamCRC = 0;
                        continue;
                    }
                    const size = 100000 * blockSize;
                    if (!table || table.length < size)
                        table = new Int32Array(size);
                    streamCRC = bzip2.decompress(bits, sink, table, size, streamCRC);
                    if (streamCRC === null)
                        blockSize = 0;
                    if (used > 0) {
                        emit(out.subarray(0, used));
                        out = Buffer.allocUnsafe(1 << 20);
                        used = 0;
                    }
                }
            }
            catch (error) {
                stream.destroy(error);
            }
        },
        destroy(error, callback) {
            input.return?.().catch(() => { });
            callback(error);
        },
    });
    return stream;
}
function limitMessage(label, limit) {
    return `${label} data decompresses to more than ${limit} bytes, the most the scanner reads of it (${DECOMPRESSION_RATIO}x its size for bzip2/xz/zstd, at most ${DECOMPRESSION_CAP}, 256 MiB when nested, or scan.model.max-file-size); not scanned`;
}
function limiter(limit, label) {
    let seen = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            seen += chunk.length;
            if (seen > limit)
                done(new DecompressionLimitError(limitMessage(label, limit)));
            else
                done(null, chunk);
        },
    });
}
/** The decompressed stream (errors, the limit included, surface when it is read). */
function decompress(kind, source, limit) {
    const bounded = limiter(limit, kind);
    const done = () => { };
    switch (kind) {
        case 'xz': {
            const web = new xz_decompress.XzReadableStream(external_node_stream_.Readable.toWeb(source));
            return (0,external_node_stream_.pipeline)(external_node_stream_.Readable.fromWeb(web), bounded, done);
        }
        case 'bz2':
            return (0,external_node_stream_.pipeline)(bunzip2(source, limit), bounded, done);
        case 'zstd':
            return (0,external_node_stream_.pipeline)(source, createZstdDecompress(), bounded, done);
        case 'gzip':
            return (0,external_node_stream_.pipeline)(source, (0,external_node_zlib_.createGunzip)(), bounded, done);
        default:
            // zlib, and the zlib body of a joblib < 0.10 'ZF' file
            return (0,external_node_stream_.pipeline)(source, (0,external_node_zlib_.createInflate)(), bounded, done);
    }
}

;// CONCATENATED MODULE: ./lib/scan/gguf.js
/** GGUF header checks (ggml docs/gguf.md): magic, version, counts sane against the file size, metadata walk. */
const TYPE_SIZE = {
    0: 1,
    1: 1,
    2: 2,
    3: 2,
    4: 4,
    5: 4,
    6: 4,
    7: 1,
    10: 8,
    11: 8,
    12: 8,
};
const STRING = 8;
const ARRAY = 9;
/** ggml types a reader knows today (ggml.h `ggml_type`, gguf-py GGML_QUANT_SIZES): [block size, bytes per block]. */
const GGML_TYPES = {
    0: [1, 4], // F32
    1: [1, 2], // F16
    2: [32, 18], // Q4_0
    3: [32, 20], // Q4_1
    6: [32, 22], // Q5_0
    7: [32, 24], // Q5_1
    8: [32, 34], // Q8_0
    9: [32, 36], // Q8_1
    10: [256, 84], // Q2_K
    11: [256, 110], // Q3_K
    12: [256, 144], // Q4_K
    13: [256, 176], // Q5_K
    14: [256, 210], // Q6_K
    15: [256, 292], // Q8_K
    16: [256, 66], // IQ2_XXS
    17: [256, 74], // IQ2_XS
    18: [256, 98], // IQ3_XXS
    19: [256, 50], // IQ1_S
    20: [32, 18], // IQ4_NL
    21: [256, 110], // IQ3_S
    22: [256, 82], // IQ2_S
    23: [256, 136], // IQ4_XS
    24: [1, 1], // I8
    25: [1, 2], // I16
    26: [1, 4], // I32
    27: [1, 8], // I64
    28: [1, 8], // F64
    29: [256, 56], // IQ1_M
    30: [1, 2], // BF16
    34: [256, 54], // TQ1_0
    35: [256, 66], // TQ2_0
    39: [32, 17], // MXFP4
};
const GGML_MAX_DIMS = 4;
const INT64_MAX = (1n << 63n) - 1n;
const UINT32 = 4;
/**
 * Validates the start of a GGUF file. `prefix` is as much of the file as the caller read (the
 * metadata walk stops, without a problem, where the prefix ends); `fileLength` is the whole size.
 */
function validateGgufHeader(prefix, fileLength) {
    if (prefix.length < 24 || fileLength < 24)
        return { ok: false, problems: ['file is shorter than the 24-byte GGUF header'] };
    if (prefix.toString('latin1', 0, 4) !== 'GGUF')
        return { ok: false, problems: ['magic is not "GGUF"'] };
    const version = prefix.readUInt32LE(4);
    if (version < 1 || version > 3)
        return { ok: false, problems: [`unsupported GGUF version ${version}`] };
    const tensorCount = prefix.readBigUInt64LE(8);
    const kvCount = prefix.readBigUInt64LE(16);
    const problems = [];
    // every tensor info is at least name length (8) + n_dims (4) + type (4) + offset (8); every kv at least 8 + 4 + 1
    if (tensorCount * 24n > BigInt(fileLength))
        problems.push(`tensor_count ${tensorCount} cannot fit in ${fileLength} bytes`);
    if (kvCount * 13n > BigInt(fileLength))
        problems.push(`metadata_kv_count ${kvCount} cannot fit in ${fileLength} bytes`);
    if (problems.length)
        return { ok: false, problems };
    const keys = [];
    let architecture;
    let alignment = 32;
    let p = 24;
    const end = prefix.length;
    const need = (n) => p + n <= end;
    const readString = () => {
        if (!need(8))
            return undefined;
        const len = prefix.readBigUInt64LE(p);
        if (len > BigInt(fileLength))
            throw new Error(`string length ${len} at offset ${p} is larger than the file`);
        if (!need(8 + Number(len)))
            return undefined;
        const s = prefix.toString('utf8', p + 8, p + 8 + Number(len));
        p += 8 + Number(len);
        return s;
    };
    const skipValue = (type, depth) => {
        const size = TYPE_SIZE[type];
        if (size !== undefined) {
            if (!need(size))
                return false;
            p += size;
            return true;
        }
        if (type === STRING)
            return readString() !== undefined;
        if (type === ARRAY && depth === 0) {
            if (!need(12))
                return false;
            const inner = prefix.readUInt32LE(p);
            const count = prefix.readBigUInt64LE(p + 4);
            p += 12;
            if (count > BigInt(fileLength))
                throw new Error(`array of ${count} items cannot fit in the file`);
            const innerSize = TYPE_SIZE[inner];
            if (innerSize !== undefined) {
                const bytes = Number(count) * innerSize;
                if (!need(bytes))
                    return false;
                p += bytes;
                return true;
            }
            if (inner !== STRING && inner !== ARRAY)
                throw new Error(`unknown array element type ${inner}`);
            for (let i = 0n; i < count; i++)
                if (!skipValue(inner, depth + 1))
                    return false;
            return true;
        }
        throw new Error(`unknown metadata value type ${type}`);
    };
    let complete = true;
    try {
        for (let i = 0n; i < kvCount; i++) {
            const key = readString();
            if (key === undefined || !need(4)) {
                complete = false;
                break;
            }
            const type = prefix.readUInt32LE(p);
            p += 4;
            const at = p;
            if (key === 'general.architecture' && type === STRING) {
                architecture = readString();
                if (architecture === undefined) {
                    p = at;
                    complete = false;
                    break;
                }
            }
            else if (key === 'general.alignment') {
                if (type !== UINT32)
                    throw new Error(`general.alignment has type ${type}, not uint32`);
                if (!need(4)) {
                    complete = false;
                    break;
                }
                alignment = prefix.readUInt32LE(p);
                if (alignment === 0 || (alignment & (alignment - 1)) !== 0)
                    throw new Error(`general.alignment ${alignment} is not a power of two`);
                p += 4;
            }
            else if (!skipValue(type, 0)) {
                complete = false;
                break;
            }
            keys.push(key);
        }
    }
    catch (error) {
        return { ok: false, problems: [`metadata: ${error.message}`] };
    }
    const header = {
        version,
        tensorCount,
        kvCount,
        keys,
        architecture,
        alignment,
        tensors: [],
        dataStart: 0,
    };
    if (!complete)
        return { ok: true, header, complete };
    try {
        const tensors = readTensorInfos();
        if (!tensors)
            return { ok: true, header, complete: false };
        header.tensors = tensors;
    }
    catch (error) {
        return { ok: false, problems: [`tensor infos: ${error.message}`] };
    }
    header.dataStart = Math.ceil(p / alignment) * alignment;
    const tensorProblems = checkTensorLayout(header, fileLength);
    if (tensorProblems.length)
        return { ok: false, problems: tensorProblems };
    return { ok: true, header, complete: true };
    /** Tensor infos as gguf-py's reader and llama.cpp's gguf.cpp read them; undefined when the prefix ends first. */
    function readTensorInfos() {
        const tensors = [];
        const names = new Set();
        for (let i = 0n; i < tensorCount; i++) {
            const name = readString();
            if (name === undefined || !need(4))
                return undefined;
            if (names.has(name))
                throw new Error(`duplicate tensor name "${name}"`);
            names.add(name);
            const nDims = prefix.readUInt32LE(p);
            p += 4;
            if (nDims > GGML_MAX_DIMS)
                throw new Error(`tensor "${name}" has ${nDims} dimensions (at most ${GGML_MAX_DIMS})`);
            if (!need(nDims * 8 + 12))
                return undefined;
            const dims = [];
            for (let d = 0; d < nDims; d++, p += 8)
                dims.push(prefix.readBigUInt64LE(p));
            const type = prefix.readUInt32LE(p);
            const offset = prefix.readBigUInt64LE(p + 4);
            p += 12;
            const layout = GGML_TYPES[type];
            if (!layout)
                throw new Error(`tensor "${name}" has unknown ggml type ${type}`);
            let elements = 1n;
            for (const d of dims) {
                if (d > INT64_MAX)
                    throw new Error(`tensor "${name}" dimension ${d} overflows int64`);
                elements *= d;
                if (elements > INT64_MAX)
                    throw new Error(`tensor "${name}" element count overflows int64`);
            }
            const [block, blockBytes] = layout;
            const rowLength = dims[0] ?? 1n;
            if (rowLength % BigInt(block) !== 0n)
                throw new Error(`tensor "${name}" rows of ${rowLength} elements are not a multiple of its block size ${block}`);
            tensors.push({ name, dims, type, offset, bytes: (elements / BigInt(block)) * BigInt(blockBytes) });
        }
        return tensors;
    }
}
/** Every tensor aligned, inside the file and apart from every other. */
function checkTensorLayout(header, fileLength) {
    const problems = [];
    const dataBytes = BigInt(fileLength) - BigInt(header.dataStart);
    if (header.tensors.length && dataBytes < 0n)
        problems.push(`tensor data would start at ${header.dataStart}, past the end of the ${fileLength}-byte file`);
    const align = BigInt(header.alignment);
    for (const t of header.tensors) {
        if (t.offset % align !== 0n)
            problems.push(`tensor "${t.name}" offset ${t.offset} is not a multiple of the alignment ${header.alignment}`);
        if (t.offset + t.bytes > dataBytes)
            problems.push(`tensor "${t.name}" (${t.bytes} bytes at data offset ${t.offset}) runs past the end of the file`);
    }
    const sorted = [...header.tensors].sort((a, b) => (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0));
    let last;
    for (const t of sorted) {
        if (t.bytes === 0n)
            continue;
        if (last && t.offset < last.offset + last.bytes)
            problems.push(`tensor "${t.name}" overlaps tensor "${last.name}"`);
        if (!last || t.offset + t.bytes > last.offset + last.bytes)
            last = t;
    }
    return problems.slice(0, 10);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./lib/scan/vendor.js


/**
 * Emscripten builds (h5wasm, 7z-wasm) that the ncc bundle must not rewrite: their Node set-up
 * (`await import("module")`) breaks inside webpack's module system. scripts/bundle.mjs copies
 * them to dist/vendor/; from source they are read from node_modules. The paths are built at run
 * time so the bundler leaves them alone.
 */
function vendorFile(pkg, file) {
    const parts = [pkg, file].join('/');
    const candidates = [
        new URL(['.', 'vendor', parts].join('/'), import.meta.url),
        new URL(['..', '..', 'node_modules', parts].join('/'), import.meta.url),
    ];
    for (const url of candidates) {
        const path = (0,external_node_url_.fileURLToPath)(url);
        if ((0,external_node_fs_.existsSync)(path))
            return path;
    }
    throw new Error(`${parts} is missing (looked in ${candidates.map((u) => (0,external_node_url_.fileURLToPath)(u)).join(', ')})`);
}
/** Imports a vendored ES module by path, natively (never through the bundler). */
async function importVendor(pkg, file) {
    const href = new URL(`file://${vendorFile(pkg, file)}`).href;
    return (await import(/* webpackIgnore: true */ href));
}

;// CONCATENATED MODULE: ./lib/scan/hdf5.js



/** Root attributes Keras (HDF5 format, `model.save('m.h5')`) reads to rebuild the model. */
const CONFIG_ATTRIBUTES = ['model_config', 'training_config'];
let loaded;
/** HDF5 errors can leave objects (and so the file) open inside an instance: it is replaced after this many. */
const ERRORS_PER_INSTANCE = 25;
let hdf5_errors = 0;
/** A fresh h5wasm instance (the HDF5 C library compiled to wasm); errors throw instead of printing. */
function h5() {
    loaded ??= importVendor('h5wasm', 'dist/node/hdf5_util.js').then(async ({ default: factory }) => {
        const module = await factory({ noInitialRun: true });
        module.activate_throwing_error_handler();
        return module;
    });
    return loaded;
}
/** The root attributes Keras reads, as strings (or what else they hold). */
function readConfigAttributes(m, path) {
    const id = m.open(path, m.H5F_ACC_RDONLY, false, -1, -1);
    try {
        const names = m.get_attribute_names(id, '/');
        return CONFIG_ATTRIBUTES.filter((n) => names.includes(n)).map((name) => {
            const meta = m.get_attribute_metadata(id, '/', name);
            if (meta.type !== m.H5T_class_t.H5T_STRING.value || !meta.shape || meta.total_size !== 1)
                return [name, `HDF5 type class ${meta.type} of ${meta.total_size} values`];
            const ptr = m._malloc(meta.size);
            try {
                m.get_attribute_data(id, '/', name, BigInt(ptr));
                if (!meta.vlen)
                    return [
                        name,
                        Buffer.from(m.HEAPU8.slice(ptr, ptr + meta.size))
                            .toString('utf8')
                            .replace(/\0.*$/s, ''),
                    ];
                const at = new DataView(m.HEAPU8.buffer).getUint32(ptr, true);
                try {
                    return [name, meta.cset === 1 ? m.UTF8ToString(at) : m.AsciiToString(at)];
                }
                finally {
                    m.reclaim_vlen_memory(id, '/', name, BigInt(ptr));
                }
            }
            finally {
                m._free(ptr);
            }
        });
    }
    finally {
        m.close_file(id);
    }
}
/** A Keras HDF5 model: its model_config is checked like a .keras zip's config.json. */
async function scanHdf5(reader, file, out) {
    out.files.push({ file, format: 'hdf5', bytes: reader.size });
    let configs;
    try {
        const m = await h5();
        configs = await withFile(reader, (path) => readConfigAttributes(m, path));
    }
    catch (error) {
        // an abort leaves the wasm heap unusable: the next file gets a new instance
        const aborted = error instanceof Error && (error.name === 'RuntimeError' || error.message.startsWith('Aborted('));
        if (aborted || ++hdf5_errors >= ERRORS_PER_INSTANCE) {
            loaded = undefined;
            hdf5_errors = 0;
        }
        out.add({
            file,
            rule: 'unreadable',
            severity: 'high',
            message: `cannot be read as HDF5 (${errorText(error)}); a Keras model in it cannot be verified`,
        });
        return;
    }
    for (const [name, value] of configs) {
        const text = typeof value === 'string'
            ? value
            : value instanceof Uint8Array
                ? Buffer.from(value).toString('utf8')
                : undefined;
        let config;
        try {
            if (text === undefined)
                throw new Error(`it is ${Array.isArray(value) ? 'an array' : typeof value}, not a string`);
            config = JSON.parse(text);
        }
        catch (error) {
            out.add({
                file,
                rule: 'unreadable',
                severity: 'high',
                message: `HDF5 attribute ${name} is not a JSON string: ${error.message}`,
            });
            continue;
        }
        checkKerasConfig(config, file, out);
    }
}
function errorText(error) {
    const text = error instanceof Error ? error.message : String(error);
    // the throwing handler's message is HDF5's whole error stack: its deepest frame says why
    const frames = [...text.matchAll(/ in \w+\(\): ([^\n]+)/g)];
    return (frames.at(-1)?.[1] ?? text).trim().slice(0, 200);
}

;// CONCATENATED MODULE: ./lib/scan/identify.js

const BY_EXTENSION = {
    '.safetensors': 'safetensors',
    '.gguf': 'gguf',
    '.onnx': 'onnx',
    '.npy': 'npy',
    '.npz': 'npz',
    '.keras': 'keras',
    '.h5': 'hdf5',
    '.hdf5': 'hdf5',
    '.7z': '7z',
    '.zip': 'zip',
};
/** What each named format's content must sniff as (npz and keras are zips). */
const CONTENT_OF = {
    safetensors: 'safetensors',
    gguf: 'gguf',
    onnx: 'onnx',
    npy: 'npy',
    npz: 'zip',
    keras: 'zip',
    hdf5: 'hdf5',
    '7z': '7z',
    zip: 'zip',
};
/** Last path segment of a scan name (`layer!dir/model.bin` → `model.bin`). */
function baseName(file) {
    return file.split('!').pop();
}
function namedFormat(file) {
    return BY_EXTENSION[(0,external_node_path_.extname)(baseName(file)).toLowerCase()];
}
/** True when content sniffed as `kind` is what a loader of `named` reads. */
function contentMatches(named, kind) {
    return CONTENT_OF[named] === kind;
}
const HDF5_MAGIC = Buffer.from('894844460d0a1a0a', 'hex');
const SEVEN_ZIP_MAGIC = Buffer.from('377abcaf271c', 'hex');

;// CONCATENATED MODULE: ./lib/scan/py-literal.js
class PyLiteralError extends Error {
}
const SIMPLE = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
/** ast.literal_eval(text) for the literals it accepts; throws PyLiteralError where Python raises. */
function parsePyLiteral(text, options = {}) {
    const maxDepth = options.maxDepth ?? 100;
    let i = 0;
    let depth = 0;
    const fail = (why) => {
        throw new PyLiteralError(`${why} at character ${i}`);
    };
    /** Skips blanks, comments and line continuations; newlines only inside brackets. */
    const skip = () => {
        for (;;) {
            const c = text[i];
            if (c === ' ' || c === '\t' || c === '\f' || c === '\r')
                i++;
            else if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n')))
                i += text[i + 1] === '\n' ? 2 : 3;
            else if (c === '#') {
                while (i < text.length && text[i] !== '\n')
                    i++;
            }
            else if (c === '\n') {
                if (depth === 0) {
                    // a newline at top level ends the expression: only blank lines and comments may follow
                    const rest = text.slice(i).split('\n');
                    if (rest.every((line) => /^[ \t\f\r]*(#.*)?$/.test(line))) {
                        i = text.length;
                        return;
                    }
                    fail('newline inside the expression');
                }
                i++;
            }
            else
                return;
        }
    };
    const isIdent = (c) => c !== undefined && /[A-Za-z0-9_\u0080-\uffff]/.test(c);
    const stringLiteral = () => {
        const m = /^([rRbBuU]{0,2})(['"])/.exec(text.slice(i, i + 3));
        if (!m)
            return undefined;
        const prefix = m[1].toLowerCase();
        if (prefix && !['r', 'u', 'b', 'br', 'rb'].includes(prefix))
            return undefined;
        const raw = prefix.includes('r');
        const bytes = prefix.includes('b');
        i += prefix.length;
        const q = text[i];
        const triple = text.startsWith(q.repeat(3), i);
        const close = triple ? q.repeat(3) : q;
        i += close.length;
        let out = '';
        let unknown = false;
        for (;;) {
            if (i >= text.length)
                fail('unterminated string');
            if (text.startsWith(close, i)) {
                i += close.length;
                break;
            }
            const c = text[i];
            if (c === '\n' && !triple)
                fail('newline in a string');
            if (bytes && c.charCodeAt(0) > 0x7f)
                fail('non-ASCII character in a bytes literal');
            if (c !== '\\') {
                out += c;
                i++;
                continue;
            }
            const e = text[i + 1];
            if (e === undefined)
                fail('unterminated string');
            if (raw) {
                out += c + e;
                i += 2;
                continue;
            }
            if (e === '\n') {
                i += 2;
            }
            else if (SIMPLE[e] !== undefined) {
                out += SIMPLE[e];
                i += 2;
            }
            else if (/[0-7]/.test(e)) {
                const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))[0];
                out += String.fromCharCode(Number.parseInt(oct, 8));
                i += 1 + oct.length;
            }
            else if (e === 'x') {
                const hex = text.slice(i + 2, i + 4);
                if (!/^[0-9a-fA-F]{2}$/.test(hex))
                    fail('truncated \\xXX escape');
                out += String.fromCharCode(Number.parseInt(hex, 16));
                i += 4;
            }
            else if (!bytes && (e === 'u' || e === 'U')) {
                const n = e === 'u' ? 4 : 8;
                const hex = text.slice(i + 2, i + 2 + n);
                if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex))
                    fail(`truncated \\${e} escape`);
                const cp = Number.parseInt(hex, 16);
                if (cp > 0x10ffff)
                    fail('illegal Unicode character');
                out += String.fromCodePoint(cp);
                i += 2 + n;
            }
            else if (!bytes && e === 'N') {
                const end = text.indexOf('}', i);
                if (text[i + 2] !== '{' || end < 0)
                    fail('malformed \\N character escape');
                // a named character: its value is not known here, so it may spell anything
                unknown = true;
                i = end + 1;
            }
            else {
                out += c + e;
                i += 2;
            }
        }
        if (unknown)
            return { t: 'unknown' };
        return bytes ? { t: 'bytes', v: out } : { t: 'str', v: out };
    };
    const number = () => {
        const m = /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/.exec(text.slice(i, i + 4096));
        if (!m)
            return undefined;
        const s = m[0];
        i += s.length;
        if (isIdent(text[i])) {
            if (options.dropLongSuffix && text[i] === 'L' && !isIdent(text[i + 1]))
                i++;
            else
                fail('invalid number');
        }
        if (/[jJ]$/.test(s))
            return { t: 'complex' };
        if (/^0[xXoObB]/.test(s))
            return { t: 'int', v: BigInt(s.replace(/_/g, '')) };
        if (/[.eE]/.test(s))
            return { t: 'float' };
        if (/^0+[1-9]/.test(s.replace(/_/g, '')))
            fail('leading zeros in a decimal integer');
        return { t: 'int', v: BigInt(s.replace(/_/g, '')) };
    };
    const seq = (close) => {
        const items = [];
        skip();
        while (text[i] !== close) {
            items.push(value());
            skip();
            if (text[i] === ',') {
                i++;
                skip();
            }
            else if (text[i] !== close)
                fail(`expected , or ${close}`);
        }
        i++;
        return items;
    };
    const nest = (f) => {
        if (++depth > maxDepth)
            fail(`nested deeper than ${maxDepth}`);
        const r = f();
        depth--;
        return r;
    };
    const atom = () => {
        skip();
        const c = text[i];
        if (c === undefined)
            fail('unexpected end');
        const s = stringLiteral();
        if (s) {
            // implicit concatenation: 'a' 'b' is one string
            let acc = s;
            for (;;) {
                const save = i;
                skip();
                const next = stringLiteral();
                if (!next) {
                    i = save;
                    break;
                }
                const kindOf = (v) => (v.t === 'bytes' ? 'bytes' : 'str');
                if (kindOf(acc) !== kindOf(next))
                    fail('cannot mix bytes and nonbytes literals');
                acc =
                    acc.t === 'unknown' || next.t === 'unknown'
                        ? { t: 'unknown' }
                        : { t: acc.t, v: acc.v + next.v };
            }
            return acc;
        }
        if (c === '(') {
            i++;
            return nest(() => {
                skip();
                if (text[i] === ')') {
                    i++;
                    return { t: 'tuple', items: [] };
                }
                const first = value();
                skip();
                if (text[i] === ')') {
                    i++;
                    return first; // parentheses only group
                }
                if (text[i] !== ',')
                    fail('expected , or )');
                i++;
                return { t: 'tuple', items: [first, ...seq(')')] };
            });
        }
        if (c === '[') {
            i++;
            return nest(() => ({ t: 'list', items: seq(']') }));
        }
        if (c === '{') {
            i++;
            return nest(() => {
                skip();
                if (text[i] === '}') {
                    i++;
                    return { t: 'dict', entries: [] };
                }
                const first = value();
                skip();
                if (text[i] !== ':') {
                    if (text[i] === '}') {
                        i++;
                        return { t: 'set', items: [first] };
                    }
                    if (text[i] !== ',')
                        fail('expected : , or }');
                    i++;
                    return { t: 'set', items: [first, ...seq('}')] };
                }
                const entries = [];
                let key = first;
                for (;;) {
                    i++; // ':'
                    const v = value();
                    entries.push([key, v]);
                    skip();
                    if (text[i] === ',') {
                        i++;
                        skip();
                    }
                    else if (text[i] !== '}')
                        fail('expected , or }');
                    if (text[i] === '}') {
                        i++;
                        break;
                    }
                    key = value();
                    skip();
                    if (text[i] !== ':')
                        fail('expected :');
                }
                return { t: 'dict', entries: dictEntries(entries) };
            });
        }
        if (c === '.' && text.startsWith('...', i)) {
            i += 3;
            return { t: 'ellipsis' };
        }
        const n = number();
        if (n)
            return n;
        const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256))?.[0];
        if (word === 'True' || word === 'False' || word === 'None') {
            i += word.length;
            return word === 'None' ? { t: 'none' } : { t: 'bool', v: word === 'True' };
        }
        if (word === 'set') {
            const m = /^set\s*\(\s*\)/.exec(text.slice(i, i + 256));
            if (m) {
                i += m[0].length;
                return { t: 'set', items: [] };
            }
        }
        return fail(`not a literal: ${JSON.stringify(text.slice(i, i + 20))}`);
    };
    /** literal_eval's signed numbers and complex sums: -1, +2.0, 1+2j, -(3). */
    const value = () => {
        skip();
        const c = text[i];
        if (c === '-' || c === '+') {
            i++;
            const v = nest(atom);
            if (v.t !== 'int' && v.t !== 'float' && v.t !== 'complex')
                fail('unary sign on a non-number');
            const signed = v.t === 'int' && c === '-' ? { t: 'int', v: -v.v } : v;
            return complexTail(signed);
        }
        const v = atom();
        return v.t === 'int' || v.t === 'float' ? complexTail(v) : v;
    };
    const complexTail = (left) => {
        const save = i;
        skip();
        const op = text[i];
        if ((op === '+' || op === '-') && (left.t === 'int' || left.t === 'float')) {
            i++;
            const right = atom();
            if (right.t === 'complex')
                return { t: 'complex' };
            fail('only a complex number may follow + or -');
        }
        i = save;
        return left;
    };
    const result = value();
    skip();
    if (i < text.length)
        fail('unexpected text after the literal');
    return result;
}
/** A dict keeps the first position of a key and the last value given for it; unhashable keys raise. */
function dictEntries(entries) {
    const byKey = new Map();
    const out = [];
    for (const [k, v] of entries) {
        const id = hashKey(k);
        const at = id === undefined ? undefined : byKey.get(id);
        if (at === undefined) {
            if (id !== undefined)
                byKey.set(id, out.length);
            out.push([k, v]);
        }
        else
            out[at] = [out[at][0], v];
    }
    return out;
}
/** Equal keys get equal strings; undefined for keys never merged here (floats, unknown strings). */
function hashKey(v) {
    switch (v.t) {
        case 'str':
        case 'bytes':
            return `${v.t}:${v.v}`;
        case 'int':
            return `num:${v.v}`;
        case 'bool':
            // True == 1 and hash(True) == hash(1)
            return `num:${v.v ? 1 : 0}`;
        case 'tuple': {
            const parts = v.items.map(hashKey);
            return parts.includes(undefined) ? undefined : `tuple:(${parts.join(',')})`;
        }
        case 'list':
        case 'set':
        case 'dict':
            throw new PyLiteralError(`unhashable type: '${v.t}'`);
        default:
            // floats, complex, unknown strings: kept apart (the reader of the dict fails closed on them)
            return undefined;
    }
}

;// CONCATENATED MODULE: ./lib/scan/numpy.js

/**
 * numpy refuses headers over 10,000 bytes unless allow_pickle=True, which lifts the limit: a
 * hostile file may carry a larger one, so it is read up to this and refused beyond.
 */
const NPY_HEADER_LIMIT = 1 << 20;
const NPY_DEPTH_LIMIT = 100;
/** Bytes the header occupies (magic through dict), or a problem; `prefix` needs at least 12 bytes. */
function npyHeaderEnd(prefix) {
    if (prefix.length < 10 || prefix.toString('latin1', 0, 6) !== '\x93NUMPY')
        return 'not an .npy file (bad magic)';
    const major = prefix[6];
    const minor = prefix[7];
    if (major < 1 || major > 3 || minor !== 0)
        return `unsupported .npy version ${major}.${minor}`;
    const lenSize = major === 1 ? 2 : 4;
    if (prefix.length < 8 + lenSize)
        return '.npy header is truncated';
    const headerLen = major === 1 ? prefix.readUInt16LE(8) : prefix.readUInt32LE(8);
    if (headerLen > NPY_HEADER_LIMIT)
        return `.npy header of ${headerLen} bytes is larger than the ${NPY_HEADER_LIMIT} this scanner reads (numpy reads it with allow_pickle=True)`;
    return 8 + lenSize + headerLen;
}
/** Reads the header the way numpy's _read_array_header does: ast.literal_eval of the dict, then descr_to_dtype. */
function readNpyHeader(prefix) {
    const end = npyHeaderEnd(prefix);
    if (typeof end === 'string')
        return end;
    if (prefix.length < end)
        return '.npy header is truncated';
    const major = prefix[6];
    const start = major === 1 ? 10 : 12;
    let text;
    if (major === 3) {
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(prefix.subarray(start, end));
        }
        catch {
            return '.npy version 3 header is not UTF-8';
        }
    }
    else
        text = prefix.toString('latin1', start, end);
    let dict;
    try {
        // literal_eval strips leading blanks itself
        dict = parsePyLiteral(text.replace(/^[ \t]+/, ''), {
            dropLongSuffix: major <= 2,
            maxDepth: NPY_DEPTH_LIMIT,
        });
    }
    catch (error) {
        return `.npy header is not a Python literal numpy can read: ${error.message}`;
    }
    if (dict.t !== 'dict')
        return `.npy header is not a dict: ${text.slice(0, 80)}`;
    const get = (key) => dict.entries.find(([k]) => k.t === 'str' && k.v === key)?.[1];
    const unknownKeys = dict.entries.some(([k]) => k.t === 'unknown');
    const known = dict.entries.filter(([k]) => k.t === 'str').map(([k]) => k.v);
    if (!unknownKeys) {
        const keys = [...known].sort().join(',');
        if (keys !== 'descr,fortran_order,shape' || dict.entries.length !== 3)
            return `.npy header does not have exactly the keys descr, fortran_order, shape: ${text.slice(0, 80)}`;
    }
    const shapeValue = get('shape');
    const shape = [];
    if (shapeValue) {
        if (shapeValue.t !== 'tuple')
            return '.npy header shape is not a tuple';
        for (const x of shapeValue.items) {
            if (x.t === 'int')
                shape.push(Number(x.v));
            else if (x.t === 'bool')
                shape.push(x.v ? 1 : 0);
            else
                return '.npy header shape holds something other than integers';
        }
    }
    const fortran = get('fortran_order');
    if (fortran && fortran.t !== 'bool')
        return '.npy header fortran_order is not a bool';
    // a key whose spelling is unknown may be 'descr': then every value could be the dtype
    const descrs = unknownKeys ? dict.entries.map(([, v]) => v) : [get('descr')];
    const object = descrs.some((d) => mayHoldObjects(d, 0));
    return { version: major, object, shape, dataStart: end };
}
/** A dtype string that numpy.dtype() could turn into (or around) an object field: 'O', '|O8', 'object', 'i4,O', '(2,)O'. */
function stringMayBeObject(s) {
    return /O|object/.test(s);
}
/** Elements of a value as Python iterates it (a dict by its keys, a str by its characters). */
function iterate(v) {
    switch (v.t) {
        case 'tuple':
        case 'list':
        case 'set':
            return v.items;
        case 'dict':
            return v.entries.map(([k]) => k);
        case 'str':
            return [...v.v].map((c) => ({ t: 'str', v: c }));
        case 'unknown':
            return undefined;
        default:
            return [];
    }
}
/**
 * numpy.lib.format.descr_to_dtype followed by dtype.hasobject, answered conservatively: true
 * whenever the dtype numpy would build may hold an object anywhere (nested fields, subarrays).
 */
function mayHoldObjects(descr, depth) {
    if (!descr)
        return false;
    if (depth > NPY_DEPTH_LIMIT)
        return true;
    switch (descr.t) {
        case 'str':
        case 'bytes':
            return stringMayBeObject(descr.v);
        case 'unknown':
            return true;
        case 'tuple':
            // (subtype, shape): a subarray of the subtype
            return mayHoldObjects(descr.items[0], depth + 1);
        default: {
            const fields = iterate(descr);
            if (fields === undefined)
                return true;
            return fields.some((field) => {
                // a str field unpacks into its characters: the second is the format
                if (field.t === 'str')
                    return stringMayBeObject(field.v[1] ?? '');
                const parts = iterate(field);
                if (parts === undefined)
                    return true;
                // a set has no order: any of its members could be the format
                if (field.t === 'set')
                    return parts.some((p) => mayHoldObjects(p, depth + 1));
                return parts.length >= 2 && mayHoldObjects(parts[1], depth + 1);
            });
        }
    }
}

;// CONCATENATED MODULE: ./lib/scan/onnx.js
/** ONNX ModelProto header check: the first top-level protobuf fields must be ModelProto's. */
const MODEL_FIELDS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 14, 20, 25]);
function varint(buf, p) {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10 && p + i < buf.length; i++) {
        const b = buf[p + i];
        v += (b & 0x7f) * mul;
        mul *= 128;
        if (!(b & 0x80))
            return [v, p + i + 1];
    }
    return undefined;
}
/** Reads top-level fields from `prefix`; undefined when the bytes are not an ONNX model. */
function readOnnxHeader(prefix, fileLength) {
    const header = {};
    let p = 0;
    let fields = 0;
    while (p < prefix.length && fields < 16) {
        const tag = varint(prefix, p);
        if (!tag)
            break;
        const [key, afterTag] = tag;
        const field = Math.floor(key / 8);
        const wire = key & 7;
        if (!MODEL_FIELDS.has(field))
            return undefined;
        if (wire === 0) {
            const v = varint(prefix, afterTag);
            if (!v)
                break;
            if (field === 1) {
                if (v[0] < 1 || v[0] > 64)
                    return undefined;
                header.irVersion = v[0];
            }
            p = v[1];
        }
        else if (wire === 2) {
            const len = varint(prefix, afterTag);
            if (!len || len[1] + len[0] > fileLength)
                return undefined;
            if (field === 2 && len[1] + len[0] <= prefix.length)
                header.producer = prefix.toString('utf8', len[1], len[1] + len[0]);
            p = len[1] + len[0];
        }
        else
            return undefined;
        fields++;
    }
    return fields > 0 && header.irVersion !== undefined ? header : undefined;
}

;// CONCATENATED MODULE: ./lib/scan/pickle-opcodes.js
/** How an opcode's argument is laid out in the stream (pickletools' ArgumentDescriptor names). */
const Arg = {
    None: 0,
    Uint1: 1,
    Uint2: 2,
    Int4: 3,
    Uint4: 4,
    Uint8: 5,
    Float8: 6,
    Long1: 7,
    Long4: 8,
    String1: 9,
    String4: 10,
    Bytes1: 11,
    Bytes4: 12,
    Bytes8: 13,
    Bytearray8: 14,
    Unicode1: 15,
    Unicode4: 16,
    Unicode8: 17,
    /** newline-terminated: decimal int (INT, GET, PUT) */
    DecimalShort: 18,
    DecimalLong: 19,
    FloatNl: 20,
    /** quoted repr-style string with escapes (STRING) */
    StringNl: 21,
    /** raw-unicode-escape line (UNICODE) */
    UnicodeNl: 22,
    /** one unescaped line (PERSID) */
    NoEscape: 23,
    /** two unescaped lines, joined by a space (GLOBAL, INST) */
    NoEscapePair: 24,
};
const table = [
    ['(', 'MARK', Arg.None],
    ['.', 'STOP', Arg.None],
    ['0', 'POP', Arg.None],
    ['1', 'POP_MARK', Arg.None],
    ['2', 'DUP', Arg.None],
    ['F', 'FLOAT', Arg.FloatNl],
    ['I', 'INT', Arg.DecimalShort],
    ['J', 'BININT', Arg.Int4],
    ['K', 'BININT1', Arg.Uint1],
    ['L', 'LONG', Arg.DecimalLong],
    ['M', 'BININT2', Arg.Uint2],
    ['N', 'NONE', Arg.None],
    ['P', 'PERSID', Arg.NoEscape],
    ['Q', 'BINPERSID', Arg.None],
    ['R', 'REDUCE', Arg.None],
    ['S', 'STRING', Arg.StringNl],
    ['T', 'BINSTRING', Arg.String4],
    ['U', 'SHORT_BINSTRING', Arg.String1],
    ['V', 'UNICODE', Arg.UnicodeNl],
    ['X', 'BINUNICODE', Arg.Unicode4],
    ['a', 'APPEND', Arg.None],
    ['b', 'BUILD', Arg.None],
    ['c', 'GLOBAL', Arg.NoEscapePair],
    ['d', 'DICT', Arg.None],
    ['}', 'EMPTY_DICT', Arg.None],
    ['e', 'APPENDS', Arg.None],
    ['g', 'GET', Arg.DecimalShort],
    ['h', 'BINGET', Arg.Uint1],
    ['i', 'INST', Arg.NoEscapePair],
    ['j', 'LONG_BINGET', Arg.Uint4],
    ['l', 'LIST', Arg.None],
    [']', 'EMPTY_LIST', Arg.None],
    ['o', 'OBJ', Arg.None],
    ['p', 'PUT', Arg.DecimalShort],
    ['q', 'BINPUT', Arg.Uint1],
    ['r', 'LONG_BINPUT', Arg.Uint4],
    ['s', 'SETITEM', Arg.None],
    ['t', 'TUPLE', Arg.None],
    [')', 'EMPTY_TUPLE', Arg.None],
    ['u', 'SETITEMS', Arg.None],
    ['G', 'BINFLOAT', Arg.Float8],
    ['\x80', 'PROTO', Arg.Uint1],
    ['\x81', 'NEWOBJ', Arg.None],
    ['\x82', 'EXT1', Arg.Uint1],
    ['\x83', 'EXT2', Arg.Uint2],
    ['\x84', 'EXT4', Arg.Int4],
    ['\x85', 'TUPLE1', Arg.None],
    ['\x86', 'TUPLE2', Arg.None],
    ['\x87', 'TUPLE3', Arg.None],
    ['\x88', 'NEWTRUE', Arg.None],
    ['\x89', 'NEWFALSE', Arg.None],
    ['\x8a', 'LONG1', Arg.Long1],
    ['\x8b', 'LONG4', Arg.Long4],
    ['B', 'BINBYTES', Arg.Bytes4],
    ['C', 'SHORT_BINBYTES', Arg.Bytes1],
    ['\x8c', 'SHORT_BINUNICODE', Arg.Unicode1],
    ['\x8d', 'BINUNICODE8', Arg.Unicode8],
    ['\x8e', 'BINBYTES8', Arg.Bytes8],
    ['\x8f', 'EMPTY_SET', Arg.None],
    ['\x90', 'ADDITEMS', Arg.None],
    ['\x91', 'FROZENSET', Arg.None],
    ['\x92', 'NEWOBJ_EX', Arg.None],
    ['\x93', 'STACK_GLOBAL', Arg.None],
    ['\x94', 'MEMOIZE', Arg.None],
    ['\x95', 'FRAME', Arg.Uint8],
    ['\x96', 'BYTEARRAY8', Arg.Bytearray8],
    ['\x97', 'NEXT_BUFFER', Arg.None],
    ['\x98', 'READONLY_BUFFER', Arg.None],
];
/** Opcode byte → info; undefined for bytes that are not pickle opcodes. */
const OPCODES = new Array(256).fill(undefined);
/** Opcode byte → argument layout, -1 for unknown bytes (the hot loop reads this). */
const ARG_OF = new Int8Array(256).fill(-1);
const NAME_OF = new Array(256).fill('');
for (const [ch, name, arg] of table) {
    const code = ch.charCodeAt(0);
    OPCODES[code] = { code, name, arg };
    ARG_OF[code] = arg;
    NAME_OF[code] = name;
}
const OP = Object.fromEntries(table.map(([ch, name]) => [name, ch.charCodeAt(0)]));

;// CONCATENATED MODULE: ./lib/scan/pickle.js

/** Longest string argument kept as a value on the simulated stack; longer ones cannot name a module. */
const STRING_LIMIT = 1024;
const MAX_PROBLEMS = 50;
/** Deeper simulated stacks are refused: no real checkpoint comes near, and memory stays bounded. */
const STACK_LIMIT = 4_000_000;
/** MARKs open at once (nesting); the pickler's own recursion stops near 1000. */
const MARK_LIMIT = 100_000;
/** Memo entries per pickle (a dense Int32Array up to this many keys: 64 MB). */
const MEMO_LIMIT = 1 << 24;
/** Memo keys above the dense range are kept in a Map, at most this many. */
const SPARSE_MEMO_LIMIT = 1 << 20;
/** Values followed in joblib mode (ints, tuples, dicts, dtypes, wrappers); containers keep at most 64 items. */
const OBJ_LIMIT = 1 << 20;
const ITEMS_LIMIT = 64;
/** Bytes after a joblib array wrapper checked as pickle.load would read them. */
const CONTINUATION_WINDOW = 1 << 16;
/** Stack value that is not a (short) str. */
const OTHER = 0;
/** NumpyArrayWrapper.__init__'s parameters, in order, and the defaults it sets. */
const WRAPPER_PARAMS = ['subclass', 'shape', 'order', 'dtype', 'allow_mmap', 'numpy_array_alignment_bytes'];
/** Item sizes numpy gives the fixed-size dtype letters when the string has no digits. */
const FIXED_SIZES = {
    '?': 1,
    b: 1,
    B: 1,
    h: 2,
    H: 2,
    i: 4,
    I: 4,
    l: 8,
    L: 8,
    q: 8,
    Q: 8,
    e: 2,
    f: 4,
    d: 8,
    g: 16,
    F: 8,
    D: 16,
    G: 32,
    O: 8,
};
/** Strings kept per pickle; beyond this they become OTHER (and cannot resolve an import: fail closed). */
const POOL_LIMIT = 256 << 20;
/**
 * The bytes of the short strings a pickle pushes, copied into one growing buffer: millions of
 * vocabulary entries cost a memcpy each instead of a garbage-collected JS string.
 */
class StringPool {
    bytes = Buffer.allocUnsafe(1 << 16);
    used = 0;
    starts = new Int32Array(1 << 12);
    latin1 = new Uint8Array(1 << 12);
    count = 1;
    reset() {
        this.used = 0;
        this.count = 1;
    }
    /** Copies buf[start, end) and returns its id, or OTHER when the pool is full. */
    add(buf, start, end, latin1) {
        const n = end - start;
        if (this.used + n > this.bytes.length) {
            if (this.used + n > POOL_LIMIT)
                return OTHER;
            const grown = Buffer.allocUnsafe(Math.min(POOL_LIMIT, Math.max(this.bytes.length * 2, this.used + n)));
            this.bytes.copy(grown, 0, 0, this.used);
            this.bytes = grown;
        }
        if (this.count + 1 >= this.starts.length) {
            const starts = new Int32Array(this.starts.length * 2);
            starts.set(this.starts);
            this.starts = starts;
            const l1 = new Uint8Array(this.latin1.length * 2);
            l1.set(this.latin1);
            this.latin1 = l1;
        }
        if (n < 64) {
            const bytes = this.bytes;
            for (let i = 0, o = this.used; i < n; i++)
                bytes[o + i] = buf[start + i];
        }
        else
            buf.copy(this.bytes, this.used, start, end);
        const id = this.count++;
        this.starts[id] = this.used;
        this.used += n;
        this.starts[id + 1] = this.used;
        this.latin1[id] = latin1 ? 1 : 0;
        return id;
    }
    addString(s) {
        const b = Buffer.from(s, 'utf8');
        return this.add(b, 0, b.length, false);
    }
    get(id) {
        return this.bytes.toString(this.latin1[id] ? 'latin1' : 'utf8', this.starts[id], this.starts[id + 1]);
    }
}
/**
 * Static pickle reader: walks every opcode (protocols 0–5) and simulates the stack and the memo
 * just enough to know which strings reach STACK_GLOBAL. Never builds objects, never imports.
 *
 * Feed it windows of the input with `write(buf, base, eof)`; it returns the absolute offset to
 * continue from, which is past the end of `buf` when a large payload can be skipped unread, or
 * inside `buf` when the next opcode is incomplete (give it a larger window from that offset).
 */
class PickleScanner {
    globals = new Map();
    problems = [];
    /** Complete pickles seen. */
    pickles = 0;
    /** Opcodes read. */
    ops = 0;
    done = false;
    /** Absolute offset of the next opcode. */
    pos = 0;
    /** True while inside a pickle (after its first opcode, before STOP). */
    inPickle = false;
    /** Set when bytes after the last complete pickle are not a pickle. */
    trailingGarbage = false;
    /** The last payload skipped unread (to report it if the file ends inside it). */
    lastSkip;
    /** Where a problem stopped the reading, -1 while none did. */
    fatalAt = -1;
    /** Array wrappers joblib.load reads (joblib mode). */
    arrays = 0;
    stack = [];
    strings = new StringPool();
    marks = [];
    /** Absolute end of the current FRAME, -1 outside frames. */
    frameEnd = -1;
    /** Opcodes read in the current pickle. */
    pickleOps = 0;
    joblib;
    continuation;
    /** joblib mode: values followed once a NumpyArrayWrapper is imported; Val -(i + 1) is objs[i]. */
    objs = [];
    tracking = false;
    /** joblib mode: what the file holds next instead of an opcode. */
    pendingArray;
    /** joblib mode: the outer pickle while a nested one (an object array) is read. */
    outer;
    /** Memo keys below 2^26, value + 1 (0 = no such key); larger keys go to memoBig. */
    memo = new Int32Array(1 << 10);
    memoBig = new Map();
    memoCount = 0;
    pickleStart = 0;
    maxPickles;
    onOp;
    constructor(options = {}) {
        this.maxPickles = options.maxPickles ?? Number.POSITIVE_INFINITY;
        this.onOp = options.onOp;
        this.joblib = options.joblib ?? false;
        this.continuation = options.continuation ?? false;
    }
    /** Goes on reading `pickles` more pickles from `pos` (torch's legacy files interleave raw bytes). */
    resume(pos, pickles = 1) {
        this.pos = pos;
        this.done = false;
        this.maxPickles = this.pickles + pickles;
    }
    get globalList() {
        return [...this.globals.values()];
    }
    write(buf, base, eof) {
        let p = this.pos - base;
        const len = buf.length;
        let stack = this.stack;
        let marks = this.marks;
        const onOp = this.onOp;
        while (!this.done) {
            if (this.pendingArray) {
                const at = this.readArray(buf, p, base, eof);
                if (at < 0)
                    break;
                p = at;
                stack = this.stack;
                marks = this.marks;
                continue;
            }
            if (p >= len) {
                if (eof)
                    this.finish(base + p);
                break;
            }
            const code = buf[p];
            const kind = ARG_OF[code];
            if (!this.inPickle) {
                if (this.continuation && this.pickles > 0) {
                    this.done = true;
                    break;
                }
                if (kind < 0 && this.pickles > 0 && !this.outer) {
                    this.trailingGarbage = true;
                    this.problem(base + p, `data after pickle ${this.pickles} is not a pickle (byte 0x${hex(code)})`);
                    this.done = true;
                    break;
                }
                this.startPickle(base + p);
            }
            let next;
            let n = 0;
            switch (kind) {
                case 0: // None
                    next = p + 1;
                    break;
                case 1: // Uint1
                    next = p + 2;
                    break;
                case 2: // Uint2
                    next = p + 3;
                    break;
                case 3: // Int4
                case 4: // Uint4
                    next = p + 5;
                    break;
                case 5: // Uint8
                case 6: // Float8
                    next = p + 9;
                    break;
                case 7: // Long1
                case 9: // String1
                case 11: // Bytes1
                case 15: // Unicode1
                    if (p + 2 > len) {
                        next = p + 2;
                        break;
                    }
                    n = buf[p + 1];
                    next = p + 2 + n;
                    break;
                case 8: // Long4
                case 10: // String4
                case 12: // Bytes4
                case 16: // Unicode4
                    if (p + 5 > len) {
                        next = p + 5;
                        break;
                    }
                    if (kind === Arg.Long4 || kind === Arg.String4) {
                        n = buf.readInt32LE(p + 1);
                        if (n < 0) {
                            this.fatal(base + p, `${NAME_OF[code]} has a negative length ${n}`);
                            continue;
                        }
                    }
                    else
                        n = buf.readUInt32LE(p + 1);
                    next = p + 5 + n;
                    break;
                case 13: // Bytes8
                case 17: // Unicode8
                case 14: {
                    // Bytearray8
                    if (p + 9 > len) {
                        next = p + 9;
                        break;
                    }
                    const hi = buf.readUInt32LE(p + 5);
                    if (hi > 0x1fffff) {
                        this.fatal(base + p, `${NAME_OF[code]} length is larger than any file`);
                        continue;
                    }
                    n = hi * 0x100000000 + buf.readUInt32LE(p + 1);
                    next = p + 9 + n;
                    break;
                }
                case 18: // DecimalShort
                case 19: // DecimalLong
                case 20: // FloatNl
                case 21: // StringNl
                case 22: // UnicodeNl
                case 23: {
                    // NoEscape
                    const nl = newline(buf, p + 1, len);
                    next = nl < 0 ? len + 1 : nl + 1;
                    break;
                }
                case 24: {
                    // NoEscapePair
                    const nl = newline(buf, p + 1, len);
                    const nl2 = nl < 0 ? -1 : newline(buf, nl + 1, len);
                    next = nl2 < 0 ? len + 1 : nl2 + 1;
                    break;
                }
                default:
                    this.fatal(base + p, `unknown opcode 0x${hex(code)}`);
                    continue;
            }
            if (code === 0x62 &&
                this.tracking &&
                !eof &&
                next <= len &&
                len - next < CONTINUATION_WINDOW &&
                this.isWrapper(stack[stack.length - 2])) {
                break; // the bytes after the wrapper are needed in the window
            }
            if (next > len) {
                if (eof) {
                    this.fatal(base + p, `truncated: ${NAME_OF[code]} needs ${next - len} more bytes than the file has`);
                    break;
                }
                const headerDone = n > 0 || kind === Arg.Long1 || kind === Arg.String1;
                const skippable = headerDone &&
                    (kind === Arg.Bytes1 ||
                        kind === Arg.Bytes4 ||
                        kind === Arg.Bytes8 ||
                        kind === Arg.Bytearray8 ||
                        kind === Arg.Long1 ||
                        kind === Arg.Long4 ||
                        n > STRING_LIMIT);
                if (!skippable)
                    break;
                if (this.frameEnd >= 0 && base + p < this.frameEnd && base + next > this.frameEnd) {
                    this.fatal(base + p, `${NAME_OF[code]} crosses the end of the frame at offset ${this.frameEnd}; unpicklers read it differently`, true);
                    break;
                }
                // a payload we do not need to read: account for the opcode and skip its bytes
                this.lastSkip = { pos: base + p, code, end: base + next };
                this.ops++;
                onOp?.(code, buf, p, next, base);
                stack.push(OTHER);
                p = next;
                break;
            }
            this.ops++;
            if (onOp)
                onOp(code, buf, p, next, base);
            if (this.frameEnd >= 0) {
                if (base + p >= this.frameEnd)
                    this.frameEnd = -1;
                else if (base + next > this.frameEnd) {
                    // the C unpickler reads such an argument from after the frame, the Python one refuses it
                    this.fatal(base + p, `${NAME_OF[code]} crosses the end of the frame at offset ${this.frameEnd}; unpicklers read it differently`, true);
                    break;
                }
            }
            if (code !== 0x80 || this.pickleOps > 0)
                this.pickleOps++;
            if (this.tracking && this.valueOp(code, buf, p, next, base, eof)) {
                p = next;
                // a wrapper may have started a nested pickle with a stack of its own
                stack = this.stack;
                marks = this.marks;
                continue;
            }
            switch (code) {
                case 0x28: // MARK
                    if (marks.length >= MARK_LIMIT) {
                        this.fatal(base + p, `more than ${MARK_LIMIT} MARKs open at once`);
                        continue;
                    }
                    marks.push(stack.length);
                    break;
                case 0x2e: // STOP
                    if (stack.length <= this.floor())
                        this.problem(base + p, 'STOP with an empty stack');
                    if (this.frameEnd > base + next)
                        this.problem(base + p, `STOP inside a frame that runs on to offset ${this.frameEnd}`, true);
                    this.frameEnd = -1;
                    this.inPickle = false;
                    if (this.outer) {
                        // the nested pickle of an object array ends: back to the outer one, which holds the array
                        this.restore();
                        stack = this.stack;
                        marks = this.marks;
                        stack.push(OTHER);
                        break;
                    }
                    this.pickles++;
                    if (this.pickles >= this.maxPickles)
                        this.done = true;
                    break;
                case 0x30: // POP
                    if (stack.length > this.floor())
                        stack.pop();
                    else if (marks.length > 0)
                        marks.pop();
                    else
                        this.problem(base + p, 'POP on an empty stack');
                    break;
                case 0x31: // POP_MARK
                    this.popMark(base + p);
                    break;
                case 0x32: // DUP
                    if (stack.length > this.floor())
                        stack.push(stack[stack.length - 1]);
                    else {
                        this.problem(base + p, 'DUP on an empty stack');
                        stack.push(OTHER);
                    }
                    break;
                case 0x8c: // SHORT_BINUNICODE
                case 0x58: // BINUNICODE
                case 0x8d: // BINUNICODE8
                    stack.push(n <= STRING_LIMIT ? this.strings.add(buf, next - n, next, false) : OTHER);
                    break;
                case 0x55: // SHORT_BINSTRING
                case 0x54: // BINSTRING
                    stack.push(n <= STRING_LIMIT ? this.strings.add(buf, next - n, next, true) : OTHER);
                    break;
                case 0x53: // STRING
                    stack.push(next - p <= STRING_LIMIT ? this.pooled(decodeQuoted(buf, p + 1, next - 1)) : OTHER);
                    break;
                case 0x56: // UNICODE
                    if (next - p > STRING_LIMIT)
                        stack.push(OTHER);
                    else if (!hasBackslash(buf, p + 1, next - 1))
                        stack.push(this.strings.add(buf, p + 1, next - 1, true));
                    else
                        stack.push(this.pooled(rawUnicodeEscape(buf, p + 1, next - 1)));
                    break;
                case 0x51: // BINPERSID
                case 0x85: // TUPLE1
                    this.pop(base + p);
                    stack.push(OTHER);
                    break;
                case 0x52: // REDUCE
                case 0x81: // NEWOBJ
                case 0x86: // TUPLE2
                    this.pop(base + p);
                    this.pop(base + p);
                    stack.push(OTHER);
                    break;
                case 0x92: // NEWOBJ_EX
                case 0x87: // TUPLE3
                    this.pop(base + p);
                    this.pop(base + p);
                    this.pop(base + p);
                    stack.push(OTHER);
                    break;
                case 0x62: // BUILD
                case 0x61: // APPEND
                    this.pop(base + p);
                    this.top(base + p);
                    break;
                case 0x73: // SETITEM
                    this.pop(base + p);
                    this.pop(base + p);
                    this.top(base + p);
                    break;
                case 0x65: // APPENDS
                case 0x75: // SETITEMS
                case 0x90: // ADDITEMS
                    this.popMark(base + p);
                    this.top(base + p);
                    break;
                case 0x64: // DICT
                case 0x6c: // LIST
                case 0x74: // TUPLE
                case 0x91: // FROZENSET
                    this.popMark(base + p);
                    stack.push(OTHER);
                    break;
                case 0x6f: // OBJ
                    if (this.popMark(base + p) < 1)
                        this.problem(base + p, 'OBJ without a class');
                    stack.push(OTHER);
                    break;
                case 0x63: // GLOBAL
                case 0x69: {
                    // INST
                    const nl = buf.indexOf(10, p + 1);
                    const module = buf.toString('utf8', p + 1, nl);
                    const name = buf.toString('utf8', nl + 1, next - 1);
                    const args = code === OP.INST ? this.popMarkItems(base + p) : undefined;
                    this.addGlobal(module, name, base + p, code === OP.INST ? 'INST' : 'GLOBAL', true);
                    const cls = this.joblib ? this.classValue(module, name) : OTHER;
                    stack.push(args ? this.call(cls, args) : cls);
                    break;
                }
                case 0x93: {
                    // STACK_GLOBAL
                    const name = this.pop(base + p);
                    const module = this.pop(base + p);
                    if (name > 0 && module > 0) {
                        const m = this.strings.get(module);
                        const n = this.strings.get(name);
                        this.addGlobal(m, n, base + p, 'STACK_GLOBAL', true);
                        if (this.joblib) {
                            stack.push(this.classValue(m, n));
                            break;
                        }
                    }
                    else {
                        this.addGlobal(module > 0 ? this.strings.get(module) : '?', name > 0 ? this.strings.get(name) : '?', base + p, 'STACK_GLOBAL', false);
                    }
                    stack.push(OTHER);
                    break;
                }
                case 0x82: // EXT1
                case 0x83: // EXT2
                case 0x84: {
                    // EXT4
                    const ext = code === OP.EXT1
                        ? buf[p + 1]
                        : code === OP.EXT2
                            ? buf.readUInt16LE(p + 1)
                            : buf.readInt32LE(p + 1);
                    this.addGlobal('copyreg._extension_registry', String(ext), base + p, NAME_OF[code], false);
                    stack.push(OTHER);
                    break;
                }
                case 0x67: // GET
                case 0x68: // BINGET
                case 0x6a: {
                    // LONG_BINGET
                    const idx = code === OP.BINGET
                        ? buf[p + 1]
                        : code === OP.LONG_BINGET
                            ? buf.readUInt32LE(p + 1)
                            : decimal(buf, p + 1, next - 1);
                    const v = this.memoGet(idx);
                    if (v === undefined) {
                        this.problem(base + p, `${NAME_OF[code]} ${idx}: memo has no such key`);
                        stack.push(OTHER);
                    }
                    else
                        stack.push(v);
                    break;
                }
                case 0x70: // PUT
                case 0x71: // BINPUT
                case 0x72: {
                    // LONG_BINPUT
                    const idx = code === OP.BINPUT
                        ? buf[p + 1]
                        : code === OP.LONG_BINPUT
                            ? buf.readUInt32LE(p + 1)
                            : decimal(buf, p + 1, next - 1);
                    if (!(idx >= 0))
                        this.problem(base + p, `${NAME_OF[code]} with an invalid index`);
                    else
                        this.memoSet(idx, this.top(base + p), base + p);
                    break;
                }
                case 0x94: // MEMOIZE
                    this.memoSet(this.memoCount, this.top(base + p), base + p);
                    break;
                case 0x80: // PROTO
                    if (buf[p + 1] > 5)
                        this.problem(base + p, `unsupported pickle protocol ${buf[p + 1]}`);
                    if (this.pickleOps > 0)
                        this.problem(base + p, 'PROTO after the start of the pickle', true);
                    this.pickleOps++;
                    break;
                case 0x98: // READONLY_BUFFER
                    this.top(base + p);
                    break;
                case 0x95: {
                    // FRAME
                    const hi = buf.readUInt32LE(p + 5);
                    if (hi > 0x1fffff) {
                        this.fatal(base + p, 'FRAME length is larger than any file');
                        continue;
                    }
                    if (this.frameEnd >= 0 && base + next < this.frameEnd) {
                        this.fatal(base + p, `FRAME inside a frame that runs on to offset ${this.frameEnd}`, true);
                        continue;
                    }
                    this.frameEnd = base + next + hi * 0x100000000 + buf.readUInt32LE(p + 1);
                    break;
                }
                default:
                    // every other opcode pushes one value that is not a str
                    stack.push(OTHER);
            }
            p = next;
            if (stack.length > STACK_LIMIT)
                this.fatal(base + p, `stack deeper than ${STACK_LIMIT} items`);
        }
        this.pos = base + p;
        return this.pos;
    }
    /** joblib mode: steps over the array after a NumpyArrayWrapper; -1 when more input is needed. */
    readArray(buf, p, base, eof) {
        const array = this.pendingArray;
        if (!array.padded) {
            if (p >= buf.length) {
                if (eof)
                    this.fatal(array.pos, 'truncated: the joblib array after the wrapper is missing');
                return -1;
            }
            // one byte of padding length, then that many bytes of padding
            array.bytes += 1 + buf[p];
        }
        this.pendingArray = undefined;
        const end = p + array.bytes;
        if (end > buf.length)
            this.lastSkip = { pos: array.pos, code: 0x62, end: base + end };
        return end;
    }
    /** The input ended at `size`, inside the payload skipped last. */
    truncatedAt(size) {
        const skip = this.lastSkip;
        if (skip && skip.end > size) {
            this.fatal(skip.pos, `truncated: ${NAME_OF[skip.code]} needs ${skip.end - size} more bytes than the file has`);
        }
        else
            this.write(Buffer.alloc(0), this.pos, true);
    }
    pooled(s) {
        return s === undefined ? OTHER : this.strings.addString(s);
    }
    startPickle(at) {
        this.inPickle = true;
        this.pickleStart = at;
        this.stack.length = 0;
        this.marks.length = 0;
        if (this.memo.length > 1 << 16)
            this.memo = new Int32Array(1 << 10);
        else
            this.memo.fill(0);
        this.memoBig.clear();
        this.strings.reset();
        this.memoCount = 0;
        this.frameEnd = -1;
        this.pickleOps = 0;
        this.objs = [];
        this.tracking = false;
    }
    finish(at) {
        if (this.continuation) {
            this.done = true;
            return;
        }
        if (this.inPickle)
            this.fatal(at, `pickle starting at offset ${this.pickleStart} ends before STOP`);
        else if (this.pickles === 0)
            this.fatal(at, 'empty: no pickle');
        this.done = true;
    }
    fatal(at, message, evasion = false) {
        this.problem(at, message, evasion);
        this.fatalAt = at;
        this.done = true;
    }
    problem(pos, message, evasion = false) {
        if (this.problems.length < MAX_PROBLEMS)
            this.problems.push(evasion ? { pos, message, evasion } : { pos, message });
    }
    floor() {
        const m = this.marks;
        return m.length > 0 ? m[m.length - 1] : 0;
    }
    pop(at) {
        if (this.stack.length > this.floor())
            return this.stack.pop();
        this.problem(at, 'stack underflow');
        return OTHER;
    }
    top(at) {
        if (this.stack.length > this.floor())
            return this.stack[this.stack.length - 1];
        this.problem(at, 'stack underflow');
        return OTHER;
    }
    /** Pops to the last MARK; returns how many items were above it (-1 without a MARK). */
    popMark(at) {
        const mark = this.marks.pop();
        if (mark === undefined) {
            this.problem(at, 'no MARK to pop to');
            return -1;
        }
        const count = this.stack.length - mark;
        this.stack.length = mark;
        return count;
    }
    memoGet(idx) {
        const v = idx < this.memo.length ? this.memo[idx] : 0;
        if (v === 0)
            return this.memoBig.get(idx);
        return v > 0 ? v - 1 : v;
    }
    /** Dense keys in an Int32Array that grows with the memo's size, never with one large key. */
    memoSet(idx, v, at) {
        if (this.memoCount >= MEMO_LIMIT) {
            this.fatal(at, `memo holds more than ${MEMO_LIMIT} entries`);
            return;
        }
        const dense = idx < this.memo.length || idx < Math.min(MEMO_LIMIT, Math.max(1 << 16, this.memoCount * 4));
        if (dense) {
            if (idx >= this.memo.length) {
                const grown = new Int32Array(Math.min(MEMO_LIMIT, Math.max(this.memo.length * 2, idx + 1)));
                grown.set(this.memo);
                this.memo = grown;
            }
            if (this.memo[idx] === 0 && !this.memoBig.delete(idx))
                this.memoCount++;
            this.memo[idx] = v >= 0 ? v + 1 : v;
            return;
        }
        if (!this.memoBig.has(idx)) {
            if (this.memoBig.size >= SPARSE_MEMO_LIMIT) {
                this.fatal(at, `more than ${SPARSE_MEMO_LIMIT} sparse memo keys`);
                return;
            }
            this.memoCount++;
        }
        this.memoBig.set(idx, v);
    }
    // ---- joblib mode: values, array wrappers, nested pickles ----
    obj(v) {
        return v !== undefined && v < 0 ? this.objs[-v - 1] : undefined;
    }
    newObj(o) {
        if (this.objs.length >= OBJ_LIMIT)
            return OTHER;
        this.objs.push(o);
        return -this.objs.length;
    }
    isWrapper(v) {
        return this.obj(v)?.k === 'wrapper';
    }
    /** The value a GLOBAL pushes in joblib mode; importing numpy.dtype or the wrapper starts value tracking. */
    classValue(module, name) {
        const q = `${module}.${name}`;
        if (!this.tracking && (q === 'numpy.dtype' || name.endsWith('NumpyArrayWrapper')))
            this.tracking = true;
        return this.tracking ? this.newObj({ k: 'class', q }) : OTHER;
    }
    /** Pops to the last MARK and returns what was above it. */
    popMarkItems(at) {
        const mark = this.marks.pop();
        if (mark === undefined) {
            this.problem(at, 'no MARK to pop to');
            return [];
        }
        return this.stack.splice(mark);
    }
    seq(tuple, items) {
        return this.newObj({
            k: 'seq',
            tuple,
            items: items.slice(0, ITEMS_LIMIT),
            full: items.length <= ITEMS_LIMIT,
        });
    }
    isClass(v, test) {
        const o = this.obj(v);
        return o?.k === 'class' && test(o.q);
    }
    /** cls(*args): a dtype, an initialised wrapper, or a value not followed. */
    call(callable, args) {
        if (!this.tracking)
            return OTHER;
        if (this.isClass(callable, (q) => q === 'numpy.dtype'))
            return this.newObj({ k: 'dtype', typestr: args[0] ?? OTHER, state: undefined });
        if (this.isClass(callable, (q) => q.endsWith('NumpyArrayWrapper'))) {
            const attrs = new Map();
            attrs.set('allow_mmap', this.newObj({ k: 'bool', v: false }));
            attrs.set('numpy_array_alignment_bytes', this.newObj({ k: 'int', v: 16n }));
            args.forEach((a, i) => {
                if (i < WRAPPER_PARAMS.length)
                    attrs.set(WRAPPER_PARAMS[i], a);
            });
            return this.newObj({ k: 'wrapper', attrs });
        }
        if (this.isClass(callable, (q) => q === 'copyreg._reconstructor' || q === 'copy_reg._reconstructor')) {
            if (this.isClass(args[0] ?? OTHER, (q) => q.endsWith('NumpyArrayWrapper')))
                return this.newObj({ k: 'wrapper', attrs: new Map() });
        }
        return OTHER;
    }
    tupleItems(v) {
        const o = this.obj(v);
        return o?.k === 'seq' && o.full ? o.items : undefined;
    }
    /** Opcodes whose values decide what a NumpyArrayWrapper reads; false for the rest (handled as usual). */
    valueOp(code, buf, p, next, base, eof) {
        const stack = this.stack;
        const at = base + p;
        switch (code) {
            case 0x4b: // BININT1
                stack.push(this.newObj({ k: 'int', v: BigInt(buf[p + 1]) }));
                return true;
            case 0x4d: // BININT2
                stack.push(this.newObj({ k: 'int', v: BigInt(buf.readUInt16LE(p + 1)) }));
                return true;
            case 0x4a: // BININT
                stack.push(this.newObj({ k: 'int', v: BigInt(buf.readInt32LE(p + 1)) }));
                return true;
            case 0x8a: {
                // LONG1
                const n = buf[p + 1];
                if (n > 16)
                    return false;
                let v = 0n;
                for (let i = n - 1; i >= 0; i--)
                    v = (v << 8n) | BigInt(buf[p + 2 + i]);
                if (n > 0 && buf[p + 1 + n] & 0x80)
                    v -= 1n << BigInt(8 * n);
                stack.push(this.newObj({ k: 'int', v }));
                return true;
            }
            case 0x49: {
                // INT
                const s = buf.toString('latin1', p + 1, next - 1);
                if (s === '00' || s === '01')
                    stack.push(this.newObj({ k: 'bool', v: s === '01' }));
                else if (/^\s*[+-]?\d+\s*$/.test(s))
                    stack.push(this.newObj({ k: 'int', v: BigInt(s.trim()) }));
                else
                    return false;
                return true;
            }
            case 0x4e: // NONE
                stack.push(this.newObj({ k: 'none' }));
                return true;
            case 0x88: // NEWTRUE
            case 0x89: // NEWFALSE
                stack.push(this.newObj({ k: 'bool', v: code === 0x88 }));
                return true;
            case 0x29: // EMPTY_TUPLE
                stack.push(this.seq(true, []));
                return true;
            case 0x85: // TUPLE1
            case 0x86: // TUPLE2
            case 0x87: {
                // TUPLE3
                const n = code - 0x84;
                const items = [];
                for (let i = 0; i < n; i++)
                    items.unshift(this.pop(at));
                stack.push(this.seq(true, items));
                return true;
            }
            case 0x74: // TUPLE
                stack.push(this.seq(true, this.popMarkItems(at)));
                return true;
            case 0x5d: // EMPTY_LIST
                stack.push(this.seq(false, []));
                return true;
            case 0x6c: // LIST
                stack.push(this.seq(false, this.popMarkItems(at)));
                return true;
            case 0x61: // APPEND
            case 0x65: {
                // APPENDS
                const items = code === 0x61 ? [this.pop(at)] : this.popMarkItems(at);
                const list = this.obj(this.top(at));
                if (list?.k === 'seq' && !list.tuple) {
                    for (const item of items) {
                        if (list.items.length < ITEMS_LIMIT)
                            list.items.push(item);
                        else
                            list.full = false;
                    }
                }
                return true;
            }
            case 0x7d: // EMPTY_DICT
                stack.push(this.newObj({ k: 'dict', keys: [], values: [], full: true }));
                return true;
            case 0x64: // DICT
            case 0x73: // SETITEM
            case 0x75: {
                // SETITEMS
                const items = code === 0x73 ? [this.pop(at), this.pop(at)].reverse() : this.popMarkItems(at);
                const target = code === 0x64 ? this.newObj({ k: 'dict', keys: [], values: [], full: true }) : this.top(at);
                const dict = this.obj(target);
                if (dict?.k === 'dict') {
                    for (let i = 0; i + 1 < items.length; i += 2) {
                        const key = items[i];
                        const existing = key > 0
                            ? dict.keys.findIndex((k) => k > 0 && this.strings.get(k) === this.strings.get(key))
                            : -1;
                        if (existing >= 0)
                            dict.values[existing] = items[i + 1];
                        else if (dict.keys.length < ITEMS_LIMIT) {
                            dict.keys.push(key);
                            dict.values.push(items[i + 1]);
                        }
                        else
                            dict.full = false;
                    }
                }
                if (code === 0x64)
                    stack.push(target);
                return true;
            }
            case 0x52: {
                // REDUCE
                const args = this.tupleItems(this.pop(at));
                const callable = this.pop(at);
                stack.push(args ? this.call(callable, args) : OTHER);
                return true;
            }
            case 0x81: // NEWOBJ
            case 0x92: {
                // NEWOBJ_EX: cls.__new__(cls, *args), no __init__
                if (code === 0x92)
                    this.pop(at);
                this.pop(at);
                const cls = this.pop(at);
                stack.push(this.isClass(cls, (q) => q.endsWith('NumpyArrayWrapper'))
                    ? this.newObj({ k: 'wrapper', attrs: new Map() })
                    : OTHER);
                return true;
            }
            case 0x6f: {
                // OBJ
                const items = this.popMarkItems(at);
                if (items.length < 1)
                    this.problem(at, 'OBJ without a class');
                stack.push(this.call(items[0] ?? OTHER, items.slice(1)));
                return true;
            }
            case 0x62: {
                // BUILD
                const state = this.pop(at);
                const inst = this.obj(this.top(at));
                if (inst?.k === 'dtype')
                    inst.state = state;
                else if (inst?.k === 'wrapper' && !this.outer) {
                    const why = this.readWrapper(inst, state, buf, next, base, eof);
                    if (why)
                        this.fatal(at, `joblib array wrapper ${why}; what joblib.load reads next cannot be known, so it is refused`, true);
                }
                return true;
            }
            default:
                return false;
        }
    }
    /** NumpyUnpickler.load_build: the wrapper's attributes decide what joblib reads from the file next. */
    readWrapper(inst, state, buf, next, base, eof) {
        const refuse = (why) => why;
        // pickle.load does not read an array here: check what it makes of the bytes that follow
        this.checkContinuation(buf, next, base, eof);
        if (this.done)
            return undefined;
        const attrs = inst.attrs ?? new Map();
        const dicts = [];
        const st = this.obj(state);
        if (st?.k === 'dict')
            dicts.push(state);
        else if (st?.k === 'seq' && st.tuple && st.items.length === 2)
            dicts.push(...st.items);
        else if (st?.k !== 'none')
            return refuse('state is not a dict');
        for (const d of dicts) {
            const o = this.obj(d);
            if (o?.k === 'none')
                continue;
            if (o?.k !== 'dict' || !o.full)
                return refuse('state is not a dict');
            for (let i = 0; i < o.keys.length; i++) {
                const k = o.keys[i];
                if (k <= 0)
                    return refuse('state has a key that is not a string');
                attrs.set(this.strings.get(k), o.values[i]);
            }
        }
        if (this.frameEnd >= 0 && base + next < this.frameEnd)
            return refuse(`is built inside a frame that runs on to offset ${this.frameEnd}`);
        this.frameEnd = -1;
        // shape: count = product, as int64 (numpy wraps on overflow)
        const shape = attrs.get('shape');
        const dims = shape === undefined ? undefined : this.tupleItems(shape);
        if (!dims)
            return refuse('has no readable shape');
        let count = 1n;
        for (const d of dims) {
            const o = this.obj(d);
            if (o?.k === 'int')
                count = BigInt.asIntN(64, count * o.v);
            else if (o?.k === 'bool')
                count = o.v ? count : 0n;
            else
                return refuse('shape holds something other than integers');
        }
        if (count < 0n)
            return refuse('has a negative size');
        const dtype = this.obj(attrs.get('dtype'));
        if (dtype?.k !== 'dtype' || dtype.typestr <= 0)
            return refuse('dtype is not a numpy.dtype');
        const typestr = this.strings.get(dtype.typestr);
        const state8 = dtype.state === undefined ? undefined : this.tupleItems(dtype.state);
        const flag = state8 ? this.obj(state8[7]) : undefined;
        if (dtype.state !== undefined && flag?.k !== 'int')
            return refuse('dtype state has no flags');
        // hasobject is bit 0 of the flags numpy takes from the state, else the type's own
        const hasObject = flag?.k === 'int' ? (flag.v & 1n) === 1n : /^[|<>=]?O/.test(typestr);
        this.arrays++;
        const top = this.stack.length - 1;
        if (hasObject) {
            // pickle.load(file): a whole pickle of its own, then the outer pickle goes on
            this.stack[top] = OTHER;
            this.nest(base + next);
            return undefined;
        }
        const m = /^[|<>=]?([?bBhHiIlLqQeEfdgFDGOuUSVaMmc])(\d*)(\[\w+\])?$/.exec(typestr);
        if (!m)
            return refuse(`dtype ${JSON.stringify(typestr.slice(0, 40))} is not understood`);
        let itemsize = m[2] ? Number(m[2]) : (FIXED_SIZES[m[1]] ?? -1);
        if ('SUVa'.includes(m[1])) {
            // flexible types take their size from the state
            const elsize = state8 ? this.obj(state8[5]) : undefined;
            if (elsize?.k === 'int' && elsize.v >= 0n)
                itemsize = Number(elsize.v);
            else if (m[1] === 'U')
                itemsize *= 4;
        }
        if (itemsize < 0)
            return refuse(`dtype ${typestr} has no size`);
        const bytes = count * BigInt(itemsize);
        if (bytes > BigInt(Number.MAX_SAFE_INTEGER))
            return refuse('is larger than any file');
        const align = attrs.get('numpy_array_alignment_bytes');
        const alignObj = this.obj(align);
        if (align !== undefined && alignObj?.k !== 'none' && alignObj?.k !== 'int')
            return refuse('has an alignment that is not an int');
        this.stack[top] = OTHER;
        this.pendingArray = {
            pos: base + next,
            bytes: Number(bytes),
            padded: align === undefined || alignObj?.k === 'none',
        };
        return undefined;
    }
    /** What pickle.load (no joblib) makes of the bytes after the wrapper: its imports count too. */
    checkContinuation(buf, next, base, eof) {
        const end = Math.min(buf.length, next + CONTINUATION_WINDOW);
        const sub = new PickleScanner({ continuation: true });
        sub.pos = base + next;
        sub.write(buf.subarray(next, end), base + next, eof && end === buf.length);
        for (const g of sub.globals.values()) {
            const key = `${g.resolved ? 1 : 0}\u0000${g.module}\u0000${g.name}`;
            if (!this.globals.has(key))
                this.globals.set(key, { ...g, pickle: this.pickles });
        }
        const stopped = sub.fatalAt >= 0 || sub.pickles > 0 || (eof && end === buf.length);
        if (!stopped)
            this.fatal(base + next, 'pickle.load reads the bytes after a joblib array wrapper as opcodes for longer than can be checked', true);
    }
    /** Starts the nested pickle of an object array, keeping the outer one. */
    nest(at) {
        this.outer = {
            stack: this.stack,
            marks: this.marks,
            memo: this.memo,
            memoBig: this.memoBig,
            memoCount: this.memoCount,
            strings: this.strings,
            objs: this.objs,
            tracking: this.tracking,
            pickleStart: this.pickleStart,
            pickleOps: this.pickleOps,
        };
        this.stack = [];
        this.marks = [];
        this.memo = new Int32Array(1 << 10);
        this.memoBig = new Map();
        this.strings = new StringPool();
        this.inPickle = false;
        this.pickleStart = at;
    }
    restore() {
        const o = this.outer;
        this.outer = undefined;
        this.stack = o.stack;
        this.marks = o.marks;
        this.memo = o.memo;
        this.memoBig = o.memoBig;
        this.memoCount = o.memoCount;
        this.strings = o.strings;
        this.objs = o.objs;
        this.tracking = o.tracking;
        this.pickleStart = o.pickleStart;
        this.pickleOps = o.pickleOps;
        this.inPickle = true;
    }
    addGlobal(module, name, pos, opcode, resolved) {
        const key = `${resolved ? 1 : 0}\u0000${module}\u0000${name}`;
        const existing = this.globals.get(key);
        if (existing)
            existing.count++;
        else
            this.globals.set(key, { module, name, pos, opcode, resolved, pickle: this.pickles, count: 1 });
    }
}
function hasBackslash(buf, start, end) {
    for (let i = start; i < end; i++)
        if (buf[i] === 0x5c)
            return true;
    return false;
}
function hex(b) {
    return b.toString(16).padStart(2, '0');
}
/** Python int() of a short decimal line; NaN when it is not one. */
/** Offset of the next \n at or after `from`, -1 if none before `len` (short lines: a loop beats indexOf). */
function newline(buf, from, len) {
    const stop = Math.min(len, from + 64);
    for (let i = from; i < stop; i++)
        if (buf[i] === 10)
            return i;
    return stop < len ? buf.indexOf(10, stop) : -1;
}
function decimal(buf, start, end) {
    if (end > start && end - start < 16) {
        let v = 0;
        let i = start;
        for (; i < end; i++) {
            const c = buf[i] - 0x30;
            if (c < 0 || c > 9)
                break;
            v = v * 10 + c;
        }
        if (i === end)
            return v;
    }
    const s = buf.toString('latin1', start, end).trim().replace(/_/g, '');
    return /^[+-]?\d+$/.test(s) ? Number(s) : Number.NaN;
}
/** Body of a quoted STRING line with Python escapes undone; undefined when it is not quoted. */
function decodeQuoted(buf, start, end) {
    const q = buf[start];
    if (end - start < 2 || (q !== 0x22 && q !== 0x27) || buf[end - 1] !== q)
        return undefined;
    return escapeDecode(buf, start + 1, end - 1);
}
const SIMPLE_ESCAPES = {
    '\n': -1,
    '\\': 0x5c,
    "'": 0x27,
    '"': 0x22,
    a: 7,
    b: 8,
    f: 12,
    n: 10,
    r: 13,
    t: 9,
    v: 11,
};
/** codecs.escape_decode: Python bytes-literal escapes, result as latin-1 text. */
function escapeDecode(buf, start, end) {
    if (buf.indexOf(0x5c, start) < 0 || buf.indexOf(0x5c, start) >= end)
        return buf.toString('latin1', start, end);
    const out = [];
    let i = start;
    while (i < end) {
        const c = buf[i];
        if (c !== 0x5c || i + 1 >= end) {
            out.push(c);
            i++;
            continue;
        }
        const e = String.fromCharCode(buf[i + 1]);
        const simple = SIMPLE_ESCAPES[e];
        if (simple !== undefined) {
            if (simple >= 0)
                out.push(simple);
            i += 2;
        }
        else if (e === 'x' &&
            i + 3 < end + 0 &&
            /^[0-9a-fA-F]{2}$/.test(buf.toString('latin1', i + 2, i + 4))) {
            out.push(Number.parseInt(buf.toString('latin1', i + 2, i + 4), 16));
            i += 4;
        }
        else if (e >= '0' && e <= '7') {
            let j = i + 1;
            let v = 0;
            while (j < end && j < i + 4 && buf[j] >= 0x30 && buf[j] <= 0x37)
                v = v * 8 + (buf[j++] - 0x30);
            out.push(v & 0xff);
            i = j;
        }
        else {
            out.push(0x5c);
            i++;
        }
    }
    return Buffer.from(out).toString('latin1');
}
/** str(data, 'raw-unicode-escape'): latin-1 except \uXXXX and \UXXXXXXXX. */
function rawUnicodeEscape(buf, start, end) {
    const s = buf.toString('latin1', start, end);
    if (!s.includes('\\'))
        return s;
    return s.replace(/\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g, (_m, u, U) => String.fromCodePoint(Number.parseInt((u ?? U), 16)));
}
/** Scans a whole in-memory buffer. */
function scanPickleBuffer(buf, options = {}) {
    const scanner = new PickleScanner(options);
    scanner.write(buf, 0, true);
    return scanner;
}

;// CONCATENATED MODULE: ./lib/scan/policy.js

/**
 * Globals that real PyTorch / NumPy / collections checkpoints import (protocols 0–5, NumPy 1 and 2
 * module names, torch's own weights_only allowlist). Everything else is at least high.
 */
const SAFE_GLOBALS = new Set([
    'collections.OrderedDict',
    'collections.Counter',
    'collections.defaultdict',
    'builtins.set',
    'builtins.frozenset',
    'builtins.bytearray',
    'builtins.bytes',
    'builtins.complex',
    'builtins.slice',
    'builtins.range',
    '_codecs.encode',
    'copyreg._reconstructor',
    // joblib.load reads the array that follows it from the file (followed by the scanner)
    'joblib.numpy_pickle.NumpyArrayWrapper',
    'numpy.dtype',
    'numpy.ndarray',
    'numpy.core.multiarray._reconstruct',
    'numpy._core.multiarray._reconstruct',
    'numpy.core.multiarray.scalar',
    'numpy._core.multiarray.scalar',
    'numpy.core.numeric._frombuffer',
    'numpy._core.numeric._frombuffer',
    'torch._utils._rebuild_tensor',
    'torch._utils._rebuild_tensor_v2',
    'torch._utils._rebuild_tensor_v3',
    'torch._utils._rebuild_parameter',
    'torch._utils._rebuild_parameter_with_state',
    'torch._utils._rebuild_qtensor',
    'torch._utils._rebuild_sparse_tensor',
    'torch._utils._rebuild_meta_tensor_no_storage',
    'torch._utils._rebuild_device_tensor_from_numpy',
    'torch._tensor._rebuild_from_type_v2',
    'torch.nn.parameter.Parameter',
    'torch.serialization._get_layout',
    'torch.Size',
    'torch.device',
    'torch.storage.UntypedStorage',
    ...[
        'Long',
        'Float',
        'Half',
        'BFloat16',
        'Double',
        'Bool',
        'Char',
        'Short',
        'Int',
        'Byte',
        'ComplexFloat',
        'ComplexDouble',
        'QUInt8',
        'QInt8',
        'QInt32',
        'QUInt4x2',
        'QUInt2x4',
    ].map((t) => `torch.${t}Storage`),
    ...[
        'float32',
        'float64',
        'float16',
        'bfloat16',
        'complex64',
        'complex128',
        'uint8',
        'int8',
        'int16',
        'int32',
        'int64',
        'bool',
        'float8_e4m3fn',
        'float8_e5m2',
        'strided',
        'sparse_coo',
        'sparse_csr',
        'per_tensor_affine',
        'per_channel_affine',
    ].map((t) => `torch.${t}`),
]);
/** Modules whose every member can run code, touch the OS or the network, or load another pickle. */
const CRITICAL_MODULES = [
    'os',
    'posix',
    'nt',
    'subprocess',
    'commands',
    'popen2',
    'pty',
    'sys',
    'runpy',
    'importlib',
    'imp',
    'zipimport',
    'pkgutil',
    'marshal',
    'types',
    'pickle',
    '_pickle',
    'cPickle',
    'dill',
    'cloudpickle',
    'shelve',
    'socket',
    'ssl',
    'shutil',
    'ctypes',
    'code',
    'codeop',
    'pdb',
    'bdb',
    'trace',
    'timeit',
    'cProfile',
    'profile',
    'pydoc',
    'doctest',
    'ensurepip',
    'pip',
    'venv',
    'distutils',
    'setuptools',
    'webbrowser',
    'asyncio',
    'multiprocessing',
    '_posixsubprocess',
    'signal',
    'operator',
    '_operator',
    'functools',
    'urllib',
    'urllib2',
    'http',
    'httplib',
    'requests',
    'aiohttp',
    'ftplib',
    'smtplib',
    'telnetlib',
    'imaplib',
    'poplib',
    'idlelib',
    'lib2to3',
    'uuid',
    '_osx_support',
    '_aix_support',
    '_pyrepl',
    'test',
    'numpy.f2py',
    'numpy.testing',
    'numpy.distutils',
    'torch.serialization',
    'torch.hub',
    'torch.jit',
    'torch._dynamo',
    'torch._inductor',
    'torch.fx',
    'torch.utils',
    'torch.package',
    'posixpath',
    'ntpath',
    'genericpath',
    'io',
    '_io',
    'codecs',
    'tempfile',
    'pathlib',
    'fileinput',
    'tarfile',
    'zipfile',
    'gzip',
    'bz2',
    'lzma',
    '_thread',
    'threading',
    'concurrent',
    'sched',
    'readline',
    'rlcompleter',
    'site',
    'sysconfig',
    'platform',
    'joblib.numpy_pickle_compat',
    'joblib.numpy_pickle.NDArrayWrapper',
    'joblib.numpy_pickle.ZNDArrayWrapper',
    'shlex',
];
/** Single callables that run code, reach attributes or open files. */
const CRITICAL_NAMES = new Set([
    ...[
        'eval',
        'exec',
        'execfile',
        'compile',
        'getattr',
        'setattr',
        'delattr',
        '__import__',
        'open',
        'breakpoint',
        'input',
        'globals',
        'locals',
        'vars',
        'apply',
        'reload',
        'file',
        'type',
        '__build_class__',
        'memoryview',
        'help',
    ].map((n) => `builtins.${n}`),
    'numpy.load',
    'numpy.loads',
    'numpy.fromfile',
    'numpy.save',
    'numpy.lib.npyio.load',
    'torch.load',
    'torch.save',
    'joblib.load',
    '_io.FileIO',
    'io.FileIO',
    'io.open',
    '_io.open',
    'logging.FileHandler',
    'copyreg._extension_registry',
]);
/**
 * Attribute names that run code, import, spawn processes or touch files wherever they are reached
 * from (`posixpath.os.system`, `numpy.lib.npyio.pickle.loads`, `builtins.eval.__call__`).
 */
const CRITICAL_ATTRIBUTES = new Set([
    'eval',
    'exec',
    'execfile',
    'compile',
    '__import__',
    'import_module',
    'load_module',
    'exec_module',
    'run_path',
    'run_module',
    'open',
    'fdopen',
    'system',
    'popen',
    'startfile',
    'getattr',
    'setattr',
    'delattr',
    'attrgetter',
    'methodcaller',
    'breakpoint',
    'globals',
    'locals',
    'vars',
    'builtins',
    '__builtin__',
    '__builtins__',
    '__globals__',
    '__subclasses__',
    '__code__',
    '__loader__',
    '__reduce__',
    '__reduce_ex__',
    '__setstate__',
    'load',
    'loads',
    'fromfile',
    'memmap',
    'tofile',
    'save',
    'savez',
    'dump',
    'dumps',
    'write_text',
    'write_bytes',
    'rmtree',
    'unlink',
    'remove',
    'rename',
    'replace',
    'copyfile',
    'extractall',
    'FileIO',
    'FileHandler',
    // joblib's pre-0.10 wrappers np.load another file named in the pickle with allow_pickle=True
    'NDArrayWrapper',
    'ZNDArrayWrapper',
]);
/** exec*, spawn*, popen2..., posix_spawn: process creation under any module. */
const PROCESS_ATTRIBUTE = /^(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|popen\d?|fork(pty)?|kill(pg)?)$/;
const CRITICAL_MODULE_SET = new Set(CRITICAL_MODULES);
/**
 * True when `q` (a dotted path the unpickler walks with getattr from its first module) can reach
 * code: it names a critical callable or module, has one as a prefix, or passes through one as an
 * attribute further along (`posixpath.os.system`, `torch.nn.functional.torch.load`).
 */
function reachesCode(q) {
    const parts = q.split('.');
    for (let i = 0; i < parts.length; i++) {
        const rest = parts.slice(i).join('.');
        if (CRITICAL_NAMES.has(rest) || CRITICAL_MODULES.some((m) => rest === m || rest.startsWith(`${m}.`)))
            return true;
        for (let j = i + 1; j < parts.length; j++)
            if (CRITICAL_NAMES.has(parts.slice(i, j).join('.')))
                return true;
        const part = parts[i];
        if (i > 0 &&
            (CRITICAL_ATTRIBUTES.has(part) || PROCESS_ATTRIBUTE.test(part) || CRITICAL_MODULE_SET.has(part)))
            return true;
    }
    return false;
}
/** Python 2 names that Python 3's unpickler maps (fix_imports, _compat_pickle). */
const COMPAT_MODULES = {
    __builtin__: 'builtins',
    commands: 'subprocess',
    copy_reg: 'copyreg',
    cPickle: 'pickle',
    exceptions: 'builtins',
    urllib2: 'urllib.request',
    httplib: 'http.client',
    cStringIO: 'io',
    StringIO: 'io',
    thread: '_thread',
    Queue: 'queue',
    SocketServer: 'socketserver',
    UserDict: 'collections',
    UserList: 'collections',
};
/** `module.name` as Python 3 resolves it. */
function qualifiedName(module, name) {
    return `${COMPAT_MODULES[module] ?? module}.${name}`;
}
function modelPolicy(config) {
    const compile = (rules = []) => rules.map((r) => ({ matchFile: picomatch(r.files, { dot: true }), globals: r.globals }));
    return {
        failOn: config?.['fail-on'] ?? 'high',
        allow: compile(config?.allow),
        deny: compile(config?.deny),
        maxFileSize: config?.['max-file-size'],
    };
}
/** `torch.*` matches every member of torch and its submodules; other entries match exactly. */
function listed(list, qualified) {
    return list.some((g) => (g.endsWith('.*') ? qualified.startsWith(g.slice(0, -1)) : g === qualified));
}
/** Path used for per-file globs: the member inside archives/layers (`a.zip!x/data.pkl` → both tried). */
function filesFor(file) {
    const parts = file.split('!');
    return parts.length > 1 ? [file, parts[parts.length - 1], parts[0]] : [file];
}
function classifyGlobal(policy, file, global) {
    if (!global.resolved) {
        return {
            severity: 'critical',
            reason: 'import that cannot be resolved statically (treated as dangerous)',
        };
    }
    const q = qualifiedName(global.module, global.name);
    const files = filesFor(file);
    const applies = (r) => files.some((f) => r.matchFile(f));
    if (policy.deny.some((r) => applies(r) && listed(r.globals, q))) {
        return { severity: 'critical', reason: 'denied by scan.model.deny' };
    }
    if (SAFE_GLOBALS.has(q))
        return { severity: 'allowed', reason: 'allowlisted' };
    if (reachesCode(q)) {
        return { severity: 'critical', reason: 'can execute code or reach the system on load' };
    }
    if (policy.allow.some((r) => applies(r) && listed(r.globals, q))) {
        return { severity: 'allowed', reason: 'allowed by scan.model.allow' };
    }
    return { severity: 'high', reason: 'not in the allowlist of checkpoint globals' };
}
const SEVERITY_RANK = {
    unknown: 0,
    low: 1,
    medium: 2,
    high: 3,
    critical: 4,
};
/** True when a finding of `severity` fails a policy with `failOn`. */
function fails(severity, failOn) {
    return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

// EXTERNAL MODULE: ./lib/scan/safetensors.js
var safetensors = __webpack_require__(46628);
;// CONCATENATED MODULE: ./lib/scan/seven-zip.js






/** Members and unpacked bytes one 7z archive may hold before it is refused unread. */
const SEVEN_ZIP_LIMITS = { members: 10_000, bytes: 8 * 2 ** 30, dictionary: 256 << 20 };
/** Mount points are numbered: archives nested in archives (or scanned side by side) each have their own. */
let mounts = 0;
let cached;
/** 7-Zip compiled to wasm (7z-wasm): one instance, its output captured; dropped after a crash. */
function sevenZip() {
    cached ??= importVendor('7z-wasm', '7zz.es6.js').then(async ({ default: factory }) => {
        const wasmBinary = await (0,promises_.readFile)(vendorFile('7z-wasm', '7zz.wasm'));
        const lines = [];
        const sz = await factory({
            wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength),
            print: (s) => lines.push(s),
            printErr: (s) => lines.push(s),
        });
        return { sz, lines };
    });
    return cached;
}
async function run(args) {
    const { sz, lines } = await sevenZip();
    lines.length = 0;
    try {
        const code = sz.callMain(args);
        return { code: typeof code === 'number' ? code : 0, output: [...lines] };
    }
    catch (error) {
        cached = undefined;
        throw new Error(`7-Zip stopped: ${error.message ?? String(error)}`);
    }
}
/** `7zz l -slt` blocks → members. */
function parseListing(lines) {
    const members = [];
    let cur = {};
    const flush = () => {
        if (cur.Path !== undefined) {
            members.push({
                path: cur.Path,
                size: Number(cur.Size || 0),
                directory: (cur.Attributes ?? '').startsWith('D') || cur.Folder === '+',
                encrypted: cur.Encrypted === '+',
                method: cur.Method ?? '',
            });
        }
        cur = {};
    };
    for (const line of lines.join('\n').split('\n')) {
        const m = /^([A-Za-z ]+?) = (.*)$/.exec(line);
        if (!m) {
            if (!line.trim())
                flush();
            continue;
        }
        if (m[1] === 'Path' && cur.Path !== undefined)
            flush();
        cur[m[1]] = m[2];
    }
    flush();
    return members;
}
/** Dictionary (LZMA/LZMA2) or model memory (PPMd) a method needs, from 7-Zip's method string. */
function methodMemory(method) {
    let most = 0;
    for (const m of method.matchAll(/(?:LZMA2?:|mem)(\d+)([kmg]?)/g)) {
        const n = Number(m[1]);
        const bytes = m[2] === 'k'
            ? n * 1024
            : m[2] === 'm'
                ? n * 2 ** 20
                : m[2] === 'g'
                    ? n * 2 ** 30
                    : n <= 40
                        ? 2 ** n
                        : n;
        most = Math.max(most, bytes);
    }
    return most;
}
/** A 7z archive (picklescan reads them too): every member is extracted to a private temp dir and scanned like a zip member. */
async function scan7z(reader, file, policy, out, depth) {
    out.files.push({ file, format: '7z', bytes: reader.size });
    const refuse = (message, member = file) => out.add({ file: member, rule: 'zip-member-unscanned', severity: 'high', message });
    if (depth >= MAX_DEPTH) {
        refuse(`archive nested ${depth} levels deep is not scanned (limit ${MAX_DEPTH})`);
        return;
    }
    try {
        await withFile(reader, async (archivePath) => {
            const { sz } = await sevenZip();
            const n = ++mounts;
            const mountIn = `/in${n}`;
            const mountOut = `/out${n}`;
            sz.FS.mkdir(mountIn);
            sz.FS.mkdir(mountOut);
            const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-deploy-7z-'));
            sz.FS.mount(sz.NODEFS, { root: (0,external_node_path_.dirname)(archivePath) }, mountIn);
            sz.FS.mount(sz.NODEFS, { root: dir }, mountOut);
            const archive = `${mountIn}/${(0,external_node_path_.basename)(archivePath)}`;
            try {
                // -p with no password: 7-Zip never prompts, encrypted data fails instead
                const listing = await run(['l', '-t7z', '-slt', '-ba', '-bsp0', '-p', archive]);
                if (listing.code !== 0) {
                    const why = listing.output.find((l) => /ERROR|Wrong password|Can not|Cannot/i.test(l))?.trim();
                    const encrypted = /encrypted|password/i.test(why ?? '');
                    refuse(encrypted
                        ? '7z archive with encrypted headers: its members cannot be listed or scanned without the password (refused, fail closed)'
                        : `malformed 7z archive: ${why ?? `7-Zip exit ${listing.code}`}`);
                    return;
                }
                const members = parseListing(listing.output).filter((m) => !m.directory);
                const total = members.reduce((n, m) => n + m.size, 0);
                const memory = Math.max(0, ...members.map((m) => methodMemory(m.method)));
                if (members.length > SEVEN_ZIP_LIMITS.members || total > SEVEN_ZIP_LIMITS.bytes) {
                    refuse(`7z archive of ${members.length} members and ${total} bytes unpacked is past the scan limits (${SEVEN_ZIP_LIMITS.members} members, ${SEVEN_ZIP_LIMITS.bytes} bytes); not scanned`);
                    return;
                }
                if (memory > SEVEN_ZIP_LIMITS.dictionary) {
                    refuse(`7z archive needs ${memory} bytes of decoder memory (limit ${SEVEN_ZIP_LIMITS.dictionary}); not scanned`);
                    return;
                }
                for (const m of members.filter((x) => x.encrypted)) {
                    refuse('member is encrypted and cannot be scanned without the password (refused, fail closed)', `${file}!${m.path}`);
                }
                const encrypted = members.some((m) => m.encrypted);
                if (encrypted && members.every((m) => m.encrypted))
                    return;
                // everything is extracted and every regular file found is scanned: names are never parsed back
                const extract = await run([
                    'x',
                    '-t7z',
                    '-bsp0',
                    '-bso0',
                    '-y',
                    '-p',
                    '-snl-',
                    `-o${mountOut}`,
                    archive,
                ]);
                if (extract.code !== 0 && !encrypted) {
                    const why = extract.output.find((l) => /ERROR/i.test(l))?.trim() ?? `7-Zip exit ${extract.code}`;
                    refuse(`7z archive cannot be fully extracted: ${why}`);
                }
                for (const path of await regularFiles(dir)) {
                    const memberReader = await fileReader(path);
                    try {
                        await scanReader(memberReader, `${file}!${(0,external_node_path_.relative)(dir, path).split(external_node_path_.sep).join('/')}`, policy, out, depth + 1);
                    }
                    finally {
                        await memberReader.close();
                    }
                }
            }
            finally {
                for (const mount of [mountOut, mountIn]) {
                    try {
                        sz.FS.unmount(mount);
                        sz.FS.rmdir(mount);
                    }
                    catch {
                        // the instance crashed and was dropped
                    }
                }
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            }
        });
    }
    catch (error) {
        refuse(`cannot read the 7z archive: ${error.message}`);
    }
}
/** Regular files under `dir` (links and special files hold nothing a loader reads here). */
async function regularFiles(dir) {
    const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => (0,external_node_path_.join)(e.parentPath ?? e.path, e.name))
        .sort();
}

// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
;// CONCATENATED MODULE: ./lib/scan/torch-legacy.js


/** torch._utils._element_size of each legacy storage class. */
const ELEMENT_SIZE = {
    DoubleStorage: 8,
    FloatStorage: 4,
    HalfStorage: 2,
    BFloat16Storage: 2,
    LongStorage: 8,
    IntStorage: 4,
    ShortStorage: 2,
    CharStorage: 1,
    ByteStorage: 1,
    BoolStorage: 1,
    ComplexDoubleStorage: 16,
    ComplexFloatStorage: 8,
    QUInt8Storage: 1,
    QInt8Storage: 1,
    QInt32Storage: 4,
    QUInt4x2Storage: 1,
    QUInt2x4Storage: 1,
};
const INT_OPS = new Set([0x4b, 0x4d, 0x4a, 0x8a, 0x49]);
const NEUTRAL_OPS = new Set([0x80, 0x95, 0x94, 0x71, 0x72, 0x70, 0x2e]);
function readInt(code, buf, p, next) {
    switch (code) {
        case 0x4b:
            return BigInt(buf[p + 1]);
        case 0x4d:
            return BigInt(buf.readUInt16LE(p + 1));
        case 0x4a:
            return BigInt(buf.readInt32LE(p + 1));
        case 0x8a: {
            const n = buf[p + 1];
            let v = 0n;
            for (let i = n - 1; i >= 0; i--)
                v = (v << 8n) | BigInt(buf[p + 2 + i]);
            if (n > 0 && buf[p + 1 + n] & 0x80)
                v -= 1n << BigInt(8 * n);
            return v;
        }
        default: {
            const s = buf.toString('latin1', p + 1, next - 1).trim();
            return /^[+-]?\d+$/.test(s) ? BigInt(s) : -1n;
        }
    }
}
/**
 * torch's legacy_load reads `storages` as: a pickled count; per storage a pickled (key, location,
 * storage class), an int64 element count and the raw elements; then a pickled list of views. `tensors`:
 * a pickled count; per tensor a pickled (key, storage id, type), ndim (int32), 4 bytes, sizes and
 * strides (int64 × ndim each) and an int64 offset. Every pickle is scanned; the raw parts are skipped
 * exactly as torch skips them, so bytes it unpickles are never mistaken for data.
 */
async function scanLegacyTorchMember(reader, name, file, policy, out) {
    let current = { ints: [], globals: [], others: 0 };
    const scanner = new PickleScanner({
        maxPickles: 1,
        onOp(code, buf, p, next) {
            if (INT_OPS.has(code))
                current.ints.push(readInt(code, buf, p, next));
            else if (code === 0x63 || code === 0x93)
                current.others++;
            else if (!NEUTRAL_OPS.has(code))
                current.others++;
        },
    });
    const fail = (message) => {
        out.add({
            file,
            rule: 'pickle-malformed',
            severity: 'high',
            message: `legacy torch "${name}": ${message}; it cannot be verified, so it is refused`,
        });
    };
    const next = async () => {
        current = { ints: [], globals: [], others: 0 };
        const before = new Set(scanner.globals.keys());
        await feedPickles(scanner, reader);
        for (const [key, g] of scanner.globals)
            if (!before.has(key))
                current.globals.push(`${g.module}.${g.name}`);
        return scanner.problems.length ? undefined : current;
    };
    const count = async () => {
        const v = await next();
        if (!v)
            return undefined;
        if (v.ints.length !== 1 || v.others > 0) {
            fail('the count is not a plain integer');
            return undefined;
        }
        return Number(v.ints[0]);
    };
    const raw = async (pos, n) => {
        const { buf } = await reader.window(pos, n);
        if (buf.length < n) {
            fail(`truncated at offset ${pos}`);
            return undefined;
        }
        return Buffer.from(buf.subarray(0, n));
    };
    try {
        const n = await count();
        if (n !== undefined) {
            for (let i = 0; i < n && !scanner.problems.length; i++) {
                scanner.resume(scanner.pos);
                const v = await next();
                if (!v)
                    break;
                let pos = scanner.pos;
                if (name === 'storages') {
                    const classes = v.globals.filter((g) => g.startsWith('torch.') && g.endsWith('Storage'));
                    const size = ELEMENT_SIZE[classes[0]?.slice('torch.'.length) ?? ''];
                    if (classes.length !== 1 || size === undefined) {
                        fail(`storage ${i} does not name one storage class`);
                        break;
                    }
                    const head = await raw(pos, 8);
                    if (!head)
                        break;
                    const elements = head.readBigInt64LE(0);
                    pos += 8 + Number(elements) * size;
                    if (elements < 0n) {
                        fail(`storage ${i} has a negative size`);
                        break;
                    }
                }
                else {
                    const head = await raw(pos, 8);
                    if (!head)
                        break;
                    const ndim = head.readInt32LE(0);
                    if (ndim < 0) {
                        fail(`tensor ${i} has a negative ndim`);
                        break;
                    }
                    pos += 8 + 16 * ndim + 8;
                }
                scanner.resume(pos);
            }
            // storage views follow the storages
            if (name === 'storages' && !scanner.problems.length) {
                scanner.resume(scanner.pos);
                await next();
            }
        }
    }
    catch (error) {
        fail(error.message);
    }
    if (scanner.pickles === 0 && !scanner.problems.length)
        scanner.truncatedAt(0);
    reportPickles(scanner, file, 'torch-legacy', policy, out, { bytes: reader.size });
}

;// CONCATENATED MODULE: ./lib/scan/tar.js







/**
 * A tar header as Python's tarfile accepts it: the checksum at 148 matches (unsigned or signed sum,
 * the field counted as spaces). No magic needed: torch's legacy checkpoints may be v7 tars.
 */
function isTarHeader(head) {
    if (head.length < 512 || head[0] === 0)
        return false;
    const field = head
        .toString('latin1', 148, 156)
        .replace(/[\0 ]+$/, '')
        .trim();
    if (!/^[0-7]+$/.test(field))
        return false;
    const stored = Number.parseInt(field, 8);
    let unsigned = 0;
    let signed = 0;
    for (let i = 0; i < 512; i++) {
        const b = i >= 148 && i < 156 ? 0x20 : head[i];
        unsigned += b;
        signed += b > 127 ? b - 256 : b;
    }
    return stored === unsigned || stored === signed;
}
/** The members torch's legacy_load reads from a tar checkpoint. */
const LEGACY_TORCH_MEMBERS = new Set(['storages', 'tensors', 'pickle']);
/** Re-emits a stream after peeking at its first bytes. */
async function peek(stream) {
    const it = stream[Symbol.asyncIterator]();
    const first = await it.next();
    const head = first.done ? Buffer.alloc(0) : first.value;
    async function* rest() {
        if (head.length)
            yield head;
        for (;;) {
            const r = await it.next();
            if (r.done)
                return;
            yield r.value;
        }
    }
    return { head, stream: external_node_stream_.Readable.from(rest()) };
}
/**
 * Scans every regular file of a tar stream (an image layer; gzip and zstd are detected) by content, entry by
 * entry, without writing anything to disk. Names are reported as `<name>!<path in the tar>`.
 */
async function scanTarStream(input, policy, options = {}) {
    const out = options.sink ?? new ScanSink();
    const prefix = options.name ? `${options.name}!` : '';
    const { head, stream } = await peek(input);
    const plain = head[0] === 0x1f && head[1] === 0x8b
        ? stream.pipe((0,external_node_zlib_.createGunzip)())
        : head.subarray(0, 4).equals(ZSTD_MAGIC)
            ? stream.pipe(createZstdDecompress())
            : stream;
    // v7 tars (no ustar magic) are what torch's oldest checkpoints are
    const extract = tar_stream.extract({ allowUnknownFormat: true });
    plain.on('error', (error) => extract.destroy(error));
    plain.pipe(extract);
    try {
        for await (const entry of extract) {
            const { name, type, size } = entry.header;
            const base = name.split('/').pop() ?? '';
            const member = `${prefix}${name.replace(/^\.\//, '')}`;
            const legacy = options.checkpoint && LEGACY_TORCH_MEMBERS.has(name);
            if (legacy && type !== 'file' && type !== 'contiguous-file') {
                // torch extracts it to a directory and opens it: a link reads another file as a pickle
                out.add({
                    file: member,
                    rule: 'unreadable',
                    severity: 'high',
                    message: `legacy torch checkpoint member "${name}" is a ${type}, not a file: torch.load would follow it to another file`,
                });
                entry.resume();
                continue;
            }
            if ((type !== 'file' && type !== 'contiguous-file') || base.startsWith('.wh.')) {
                entry.resume();
                continue;
            }
            const reader = streamReader(entry, size);
            try {
                if (legacy && name !== 'pickle')
                    await scanLegacyTorchMember(reader, name, member, policy, out);
                else
                    await scanReader(reader, member, policy, out, options.depth ?? 0);
            }
            finally {
                await reader.close();
            }
        }
    }
    catch (error) {
        out.add({
            file: options.name ?? 'tar stream',
            rule: 'unreadable',
            severity: 'high',
            message: `cannot read tar stream: ${error.message}`,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./lib/scan/model-scan.js
















/** Extensions whose files are loaded with pickle: a file that does not parse as one is a finding. */
const PICKLE_EXTENSIONS = new Set([
    '.pkl',
    '.pickle',
    '.pt',
    '.pth',
    '.ckpt',
    '.joblib',
    '.dill',
    '.pck',
    '.bin',
]);
/** PROTO 2, LONG1 of torch's legacy MAGIC_NUMBER 0x1950a86a20f9469cfc6c. */
const TORCH_MAGIC = Buffer.from('8a0a6cfc9c46f9206aa85019', 'hex');
/** Longest opcode argument the reader will buffer (newline-terminated arguments have no length prefix). */
const MAX_WINDOW = 64 << 20;
const MAX_DEPTH = 3;
/** GGUF metadata and tensor infos are read whole up to this size (real ones are a few MB). */
const GGUF_HEADER_LIMIT = 64 << 20;
class ScanSink {
    files = [];
    findings = [];
    add(finding) {
        this.findings.push(finding);
    }
}
/** Runs the pickle reader over `reader` from `start`, window by window, skipping large payloads unread. */
async function runPickles(reader, start, maxPickles, window = CHUNK, joblib = false) {
    const scanner = new PickleScanner({ maxPickles, joblib });
    scanner.pos = start;
    return feedPickles(scanner, reader, window);
}
/** Feeds `reader` to `scanner` from its position until it is done. */
async function feedPickles(scanner, reader, window = CHUNK) {
    let want = window;
    while (!scanner.done) {
        const pos = scanner.pos;
        if (reader.size !== undefined && pos > reader.size) {
            scanner.truncatedAt(reader.size);
            break;
        }
        const { buf, eof } = await reader.window(pos, want);
        const next = scanner.write(buf, pos, eof);
        if (scanner.done)
            break;
        if (next === pos && !eof) {
            // the next opcode's argument is longer than the window
            if (buf.length >= MAX_WINDOW) {
                scanner.write(buf.subarray(0, 0), pos, true);
                break;
            }
            want = Math.min(Math.max(want, buf.length) * 2, MAX_WINDOW);
        }
        else
            want = window;
    }
    return scanner;
}
/** Adds the findings of a finished pickle scan; `strict` when the file must be nothing but pickles. */
function reportPickles(scanner, file, format, policy, out, options = {}) {
    const globals = scanner.globalList.map((g) => {
        const verdict = classifyGlobal(policy, file, g);
        const name = g.resolved ? qualifiedName(g.module, g.name) : `${g.module}.${g.name}`;
        if (verdict.severity !== 'allowed') {
            out.add({
                file,
                rule: 'pickle-global',
                severity: verdict.severity,
                message: `${g.opcode} imports ${name}${g.resolved ? '' : ' (unresolved)'}: ${verdict.reason}`,
                global: name,
                offset: g.pos,
            });
        }
        return { global: name, verdict: verdict.severity, count: g.count, offset: g.pos };
    });
    if (scanner.trailingGarbage) {
        const p = scanner.problems[scanner.problems.length - 1];
        out.add({ file, rule: 'pickle-trailing-data', severity: 'medium', message: p.message, offset: p.pos });
    }
    const malformed = scanner.problems.filter((p) => !scanner.trailingGarbage || p !== scanner.problems.at(-1));
    if (malformed.length) {
        const first = malformed[0];
        const more = malformed.length > 1 ? ` (+${malformed.length - 1} more problems)` : '';
        const evasion = malformed.find((p) => p.evasion);
        out.add({
            file,
            rule: 'pickle-malformed',
            // bytes the unpicklers read differently hide what runs: as bad as the import they may hide
            severity: evasion ? 'critical' : 'high',
            message: `malformed pickle at offset ${(evasion ?? first).pos}: ${(evasion ?? first).message}${more}; it cannot be verified, so it is refused`,
            offset: (evasion ?? first).pos,
        });
    }
    out.files.push({ file, format, bytes: options.bytes, globals, pickles: scanner.pickles });
}
/** An 8-byte length that fits the file, then `{`: worth a full safetensors validation. */
function safetensorsShaped(head, size) {
    if (head.length < 9 || head[8] !== 0x7b)
        return false;
    const n = head.readBigUInt64LE(0);
    return size === undefined || n + 8n <= BigInt(size);
}
function sniff(head, size, name) {
    if (head.length >= 4 &&
        head[0] === 0x50 &&
        head[1] === 0x4b &&
        (head[2] === 3 || head[2] === 5 || head[2] === 7)) {
        return 'zip';
    }
    if (head.toString('latin1', 0, 6) === '\x93NUMPY')
        return 'npy';
    const compression = detectCompression(head);
    if (compression === 'gzip' || compression === 'zlib')
        return 'compressed';
    if (isTarHeader(head))
        return 'tar';
    // joblib.load decompresses whatever the file is called
    if (compression)
        return 'compressed';
    if (head.toString('latin1', 0, 4) === 'GGUF')
        return 'gguf';
    if (head[0] === 0x80 && head.length > 1 && head[1] <= 5) {
        const magicAt = head[2] === 0x95 ? 11 : 2;
        if (head.subarray(magicAt, magicAt + TORCH_MAGIC.length).equals(TORCH_MAGIC))
            return 'torch-legacy';
        return 'pickle';
    }
    if (head.subarray(0, 6).equals(SEVEN_ZIP_MAGIC))
        return '7z';
    if (head.subarray(0, 8).equals(HDF5_MAGIC))
        return 'hdf5';
    if (safetensorsShaped(head, size))
        return 'safetensors';
    if (head[0] === 0x08 &&
        ((0,external_node_path_.extname)(name).toLowerCase() === '.onnx' || readOnnxHeader(head, size ?? head.length))) {
        return 'onnx';
    }
    return 'unknown';
}
/** Scans one file's content, whatever its name says, adding files and findings to `out`. */
async function scanReader(reader, file, policy, out, depth = 0) {
    const size = reader.size;
    if (policy.maxFileSize !== undefined && size !== undefined && size > policy.maxFileSize) {
        out.add({
            file,
            rule: 'too-large',
            severity: 'high',
            message: `${size} bytes is more than scan.model.max-file-size (${policy.maxFileSize}); not scanned`,
        });
        out.files.push({ file, format: 'other', bytes: size });
        return;
    }
    const head = Buffer.from((await reader.window(0, 512)).buf.subarray(0, 512));
    const named = namedFormat(file);
    // a safetensors header that validates is the strongest evidence, whatever its length bytes resemble
    let safetensors;
    if (size !== undefined && (named === 'safetensors' || safetensorsShaped(head, size))) {
        safetensors = await readSafetensors(reader, size);
        if (!safetensors.problems.length || named === 'safetensors') {
            reportSafetensors(safetensors, file, out);
            // an invalid one is still scanned by content below: another loader may read what it is
            if (!safetensors.problems.length)
                return;
        }
    }
    const kind = sniff(head, size, file);
    if (named && named !== 'safetensors' && !contentMatches(named, kind)) {
        out.add({
            file,
            rule: 'format-mismatch',
            severity: 'high',
            message: `named like a ${named} file but its content is ${kind === 'unknown' ? 'no known model format' : kind}; its loader cannot read it, so it is not verified`,
        });
    }
    switch (kind) {
        case 'zip':
            return scanZip(reader, file, policy, out, depth);
        case '7z':
            return scan7z(reader, file, policy, out, depth);
        case 'hdf5':
            return scanHdf5(reader, file, out);
        case 'tar':
            return scanTar(reader, file, policy, out, depth);
        case 'compressed':
            return scanCompressed(detectCompression(head), reader, file, policy, out, depth);
        case 'torch-legacy':
            // magic, protocol version, sys info, the model, storage keys; then raw tensor bytes
            return reportPickles(await runPickles(reader, 0, 5), file, 'torch-legacy', policy, out, {
                bytes: size,
            });
        case 'pickle':
            // 0x80 and a small byte also begin raw tensor data (a torch zip's data/0): unless the name
            // says pickle, it is a pickle only when it parses as one (read as joblib.load would)
            return scanUnknown(reader, file, policy, out, head);
        case 'npy':
            return scanNpy(reader, file, policy, out);
        case 'safetensors':
            if (named !== 'safetensors')
                reportSafetensors(safetensors ?? (await readSafetensors(reader, size)), file, out);
            return;
        case 'gguf': {
            const prefix = Buffer.from((await reader.window(0, Math.min(size ?? GGUF_HEADER_LIMIT, GGUF_HEADER_LIMIT))).buf);
            const result = validateGgufHeader(prefix.subarray(0, GGUF_HEADER_LIMIT), size ?? prefix.length);
            const problems = !result.ok
                ? result.problems
                : result.complete
                    ? []
                    : [
                        `metadata and tensor infos run past the first ${GGUF_HEADER_LIMIT >> 20} MB read, so the tensors are not verified`,
                    ];
            if (problems.length) {
                out.add({
                    file,
                    rule: 'gguf-invalid',
                    severity: 'high',
                    message: `invalid GGUF: ${problems.join('; ')}`,
                });
            }
            out.files.push({ file, format: 'gguf', bytes: size });
            return;
        }
        case 'onnx':
            if (!readOnnxHeader(head, size ?? head.length)) {
                out.add({
                    file,
                    rule: 'format-mismatch',
                    severity: 'high',
                    message: 'named .onnx but its first fields are not an ONNX ModelProto; it is not verified',
                });
            }
            out.files.push({ file, format: 'onnx', bytes: size });
            return;
        default:
            return scanUnknown(reader, file, policy, out, head);
    }
}
function nestedTooDeep(file, depth, out) {
    if (depth < MAX_DEPTH)
        return false;
    out.add({
        file,
        rule: 'zip-member-unscanned',
        severity: 'high',
        message: `archive nested ${depth} levels deep is not scanned (limit ${MAX_DEPTH})`,
    });
    return true;
}
/** Tar archives: image layers and torch's legacy tar checkpoints. */
async function scanTar(reader, file, policy, out, depth) {
    out.files.push({ file, format: 'tar', bytes: reader.size });
    if (nestedTooDeep(file, depth, out))
        return;
    await scanTarStream(external_node_stream_.Readable.from(readerChunks(reader, 0)), policy, {
        name: file,
        sink: out,
        depth: depth + 1,
        checkpoint: true,
    });
}
const INNER_NAME = {
    zfile: 'zfile',
    zlib: 'inflate',
    gzip: 'gunzip',
    bz2: 'bunzip2',
    lzma: 'unlzma',
    xz: 'unxz',
    lz4: 'unlz4',
    zstd: 'unzstd',
};
/** A compressed file (joblib's compress=, .gz, zstd): scan what it decompresses to, within a bound. */
async function scanCompressed(kind, reader, file, policy, out, depth) {
    out.files.push({
        file,
        format: kind === 'gzip' || kind === 'zlib' ? 'gzip' : 'compressed',
        bytes: reader.size,
    });
    const unreadable = unreadableCompression(kind);
    if (unreadable) {
        out.add({
            file,
            rule: 'compressed-unscanned',
            severity: 'high',
            message: `${unreadable}; joblib.load would decompress and unpickle it, so it is refused`,
        });
        return;
    }
    if (nestedTooDeep(file, depth, out))
        return;
    let start = 0;
    if (kind === 'zfile') {
        // joblib < 0.10: 'ZF', the length in 19 hex characters, maybe a space, then zlib data
        const head = (await reader.window(0, 22)).buf;
        start = head[21] === 0x20 ? 22 : 21;
    }
    const limit = decompressionLimit(kind, reader.size, policy.maxFileSize);
    const inner = streamReader(decompress(kind, external_node_stream_.Readable.from(readerChunks(reader, start)), limit), undefined, {
        destroy: true,
    });
    try {
        await scanReader(inner, `${file}!${INNER_NAME[kind]}`, policy, out, depth + 1);
    }
    catch (error) {
        const limited = error instanceof DecompressionLimitError;
        out.add({
            file,
            rule: limited ? 'too-large' : 'unreadable',
            severity: 'high',
            message: limited
                ? error.message
                : `cannot decompress (${kind}): ${error.message}`,
        });
    }
    finally {
        await inner.close().catch(() => { });
    }
}
async function* readerChunks(reader, from) {
    let pos = from;
    for (;;) {
        const { buf, eof } = await reader.window(pos, 1 << 16);
        if (buf.length)
            yield Buffer.from(buf);
        pos += buf.length;
        if (eof || buf.length === 0)
            return;
    }
}
/** No magic: protocol 0/1 pickles have none, so try to read it as pickles. */
async function scanUnknown(reader, file, policy, out, head) {
    const strict = PICKLE_EXTENSIONS.has((0,external_node_path_.extname)(file.split('!').pop()).toLowerCase());
    if (!strict && (head.length === 0 || ARG_OF[head[0]] < 0)) {
        // the first byte is no opcode: not a pickle (raw tensor data, text, images...)
        out.files.push({ file, format: 'other', bytes: reader.size });
        return;
    }
    const scanner = await runPickles(reader, 0, undefined, CHUNK, true);
    const isPickle = scanner.pickles > 0 && (scanner.problems.length === 0 || scanner.globals.size > 0);
    if (strict || isPickle)
        return reportPickles(scanner, file, 'pickle', policy, out, { bytes: reader.size });
    out.files.push({ file, format: 'other', bytes: reader.size });
}
async function scanNpy(reader, file, policy, out) {
    const first = (await reader.window(0, 16)).buf;
    const end = npyHeaderEnd(first);
    const header = typeof end === 'string' ? end : readNpyHeader((await reader.window(0, end)).buf);
    if (typeof header === 'string') {
        out.add({ file, rule: 'npy-malformed', severity: 'high', message: header });
        out.files.push({ file, format: 'npy', bytes: reader.size });
        return;
    }
    if (!header.object) {
        out.files.push({ file, format: 'npy', bytes: reader.size });
        return;
    }
    // object arrays are stored as one pickle after the header
    const scanner = await runPickles(reader, header.dataStart, 1);
    const tail = await reader.window(scanner.pos, 1);
    if (scanner.pickles === 1 && tail.buf.length > 0) {
        out.add({
            file,
            rule: 'pickle-trailing-data',
            severity: 'medium',
            message: `bytes after the object array's pickle at offset ${scanner.pos}`,
            offset: scanner.pos,
        });
    }
    reportPickles(scanner, file, 'npy', policy, out, { bytes: reader.size });
}
/** Validates a safetensors file, reading from offset 0 so a stream reader can still start over at 0. */
async function readSafetensors(reader, knownSize) {
    let size = knownSize;
    const n = (0,safetensors/* safetensorsHeaderSize */.Ek)((await reader.window(0, 8)).buf, size ?? Number.MAX_SAFE_INTEGER);
    if (typeof n === 'string')
        return { size, problems: [n] };
    const header = Buffer.from((await reader.window(0, 8 + n)).buf.subarray(8, 8 + n));
    if (size === undefined)
        size = await streamLength(reader, 8 + n);
    const result = (0,safetensors/* validateSafetensorsHeader */.vT)(header, size);
    return { size, problems: result.ok ? [] : result.problems };
}
function reportSafetensors({ size, problems }, file, out) {
    if (problems.length) {
        out.add({
            file,
            rule: 'safetensors-invalid',
            severity: 'high',
            message: `invalid safetensors: ${problems.join('; ')}`,
        });
    }
    out.files.push({ file, format: 'safetensors', bytes: size });
}
async function streamLength(reader, from) {
    let pos = from;
    for (;;) {
        const { buf, eof } = await reader.window(pos, 1);
        pos += buf.length;
        if (eof || buf.length === 0)
            return pos;
    }
}
async function scanFile(path, policy, out, display = path) {
    const reader = await fileReader(path);
    try {
        await scanReader(reader, display, policy, out);
    }
    finally {
        await reader.close();
    }
}
/** Scans an in-memory file by content. */
async function scanBuffer(buf, name, policy) {
    const out = new ScanSink();
    await scanReader(bufferReader(buf), name, policy, out);
    return out;
}

;// CONCATENATED MODULE: ./lib/scan/image.js





/**
 * Scans every layer of an image, streamed and digest-verified, from an OCI layout
 * (`oci:DIR[:TAG|@DIGEST]`) or a registry: tar layers (plain, gzip, zstd) entry by entry, raw model layers
 * (ModelPack weights) by content. Nothing is unpacked to disk.
 */
async function scanImage(image, policy, sink = new ScanSink(), options = {}) {
    const ref = typeof image === 'string' ? (0,reference/* parseReference */.F2)(image, '--image') : image;
    for await (const layer of (0,source/* readImageLayers */.oj)(ref, options.credentials ? { credentials: options.credentials } : {})) {
        const short = layer.digest.slice(0, 19);
        const type = layer.mediaType;
        if (/tar([+.](gzip|zstd))?$/.test(type)) {
            await scanTarStream(layer.stream, policy, { name: `layer ${short}`, sink });
        }
        else {
            await scanReader(streamReader(layer.stream, layer.size, { destroy: true }), `layer ${short}`, policy, sink);
        }
    }
    return sink;
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
;// CONCATENATED MODULE: ./lib/scan/markdown.js

const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', unknown: '⬜' };
const RANK = { critical: 0, high: 1, medium: 2, low: 3, unknown: 4 };
const MAX_ROWS = 30;
/** File names listed in one grouped row before the rest are counted. */
const FILES_PER_ROW = 3;
/** Findings with the same severity and message, whatever the file: "302 files: same finding". */
function groupFindings(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = `${f.severity}\u0000${f.message}`;
        const g = groups.get(key);
        if (g)
            g.files.push(f.file);
        else
            groups.set(key, { severity: f.severity, message: f.message, files: [f.file] });
    }
    return [...groups.values()].sort((a, b) => (RANK[a.severity] ?? 9) - (RANK[b.severity] ?? 9) || b.files.length - a.files.length);
}
function filesCell(files) {
    const unique = [...new Set(files)];
    const shown = unique.slice(0, FILES_PER_ROW).map(markdown.code).join(', ');
    if (unique.length === 1)
        return shown;
    return `${unique.length} files: ${shown}${unique.length > FILES_PER_ROW ? ', …' : ''}`;
}
function moreNote(what, options) {
    return (hidden) => options.jsonReport
        ? `_… and ${hidden} more ${what} in the JSON report (${(0,markdown.code)(options.jsonReport)})._`
        : `_… and ${hidden} more ${what}: \`model-deploy scan --report scan.json\` writes every one._`;
}
/** The scan section of the PR comment / job summary. */
function toMarkdown(report, options = {}) {
    const lines = [`### ${report.passed ? '✅' : '❌'} Scan`, ''];
    for (const r of report.reasons)
        lines.push(`- ${(0,markdown.escapeMarkdown)(r)}`);
    if (report.reasons.length)
        lines.push('');
    const m = report.model;
    if (m) {
        const formats = new Map();
        for (const f of m.files)
            formats.set(f.format, (formats.get(f.format) ?? 0) + 1);
        const summary = [...formats].map(([k, n]) => `${n} ${(0,markdown.escapeMarkdown)(k)}`).join(', ');
        lines.push(`**Model files:** ${m.files.length} scanned (${summary || 'none'}), ${m.findings.length} finding(s), fail on ${m.failOn}.`, '');
        if (m.findings.length) {
            const groups = groupFindings(m.findings);
            lines.push((0,markdown.table)(['severity', 'file', 'finding'], groups.map((g) => [
                `${ICON[g.severity] ?? ''} ${g.severity}`,
                filesCell(g.files),
                (0,markdown.escapeMarkdown)(g.message),
            ]), { max: MAX_ROWS, more: moreNote('kinds of finding', options) }), '');
        }
    }
    const v = report.vulnerabilities;
    if (v) {
        lines.push(`**Vulnerabilities** (${(0,markdown.escapeMarkdown)(v.source)}): ${v.failing.length} at or above ${v.failOn}, ${v.below.length} below, ${v.ignored.length} ignored, ${v.unfixed.length} unfixed skipped.`, '');
        for (const w of v.warnings)
            lines.push(`> ⚠️ ${(0,markdown.escapeMarkdown)(w)}`, '');
        const all = [...v.failing, ...v.below].sort((a, b) => (RANK[a.severity] ?? 9) - (RANK[b.severity] ?? 9));
        if (all.length) {
            lines.push((0,markdown.table)(['severity', 'id', 'package', 'installed', 'fixed'], all.map((x) => [
                `${ICON[x.severity] ?? ''} ${x.severity}`,
                (0,markdown.escapeMarkdown)(x.id),
                (0,markdown.escapeMarkdown)(x.pkg),
                (0,markdown.escapeMarkdown)(x.installed),
                (0,markdown.escapeMarkdown)(x.fixed ?? '—'),
            ]), { max: MAX_ROWS, more: moreNote('vulnerabilities', options) }), '');
        }
    }
    return lines.join('\n');
}
/** The scan's line at the top of the pull-request comment. */
function scanVerdict(report) {
    if (!report.passed)
        return {
            status: 'fail',
            reason: report.reasons.join('; '),
        };
    const files = report.model?.files.length ?? 0;
    const findings = report.model?.findings.length ?? 0;
    const vulns = report.vulnerabilities ? report.vulnerabilities.below.length : undefined;
    const parts = [
        ...(report.model
            ? [
                `${files} model file(s) scanned, ${findings === 0 ? 'no finding' : `${findings} finding(s) below ${report.model.failOn}`}`,
            ]
            : []),
        ...(vulns !== undefined
            ? [`no vulnerability at or above ${report.vulnerabilities.failOn}${vulns ? ` (${vulns} below)` : ''}`]
            : []),
    ];
    return { status: 'pass', reason: parts.join('; ') || 'nothing to scan' };
}

;// CONCATENATED MODULE: ./lib/scan/report.js

function buildReport(model, vulnerabilities) {
    const reasons = [];
    if (model) {
        const bad = model.findings.filter((f) => fails(f.severity, model.failOn));
        if (bad.length) {
            const files = new Set(bad.map((f) => f.file.split('!')[0]));
            reasons.push(`${bad.length} model-file finding(s) at or above ${model.failOn} in ${files.size} file(s), e.g. ${bad[0].file}: ${bad[0].message}`);
        }
    }
    if (vulnerabilities?.failing.length) {
        const v = vulnerabilities.failing[0];
        reasons.push(`${vulnerabilities.failing.length} vulnerabilit${vulnerabilities.failing.length === 1 ? 'y' : 'ies'} at or above ${vulnerabilities.failOn}, e.g. ${v.id} in ${v.pkg} ${v.installed}${v.fixed ? ` (fixed in ${v.fixed})` : ''}`);
    }
    return { version: 1, model, vulnerabilities, passed: reasons.length === 0, reasons };
}
function toJson(report) {
    return JSON.stringify(report, null, 2);
}

;// CONCATENATED MODULE: ./lib/scan/sarif.js
const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    unknown: 'note',
};
/** Trivy's fallback security-severity per level (pkg/report/sarif.go). */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '2.0',
    unknown: '0.0',
};
const RULE_TEXT = {
    'pickle-global': 'Pickle imports a callable outside the allowlist',
    'pickle-malformed': 'Pickle cannot be parsed',
    'pickle-trailing-data': 'Bytes after the last pickle',
    'zip-malformed': 'Archive cannot be read',
    'zip-member-unscanned': 'Archive member cannot be scanned',
    'keras-lambda': 'Keras Lambda layer carries Python bytecode',
    'keras-module': 'Keras config imports a module outside Keras',
    'npy-malformed': 'NumPy file header is invalid',
    'safetensors-invalid': 'safetensors file breaks the format rules',
    'gguf-invalid': 'GGUF header is invalid',
    'too-large': 'File is larger than the scan limit',
    'format-mismatch': 'File named for a model format is not that format',
    unreadable: 'Content cannot be read',
};
/** SARIF 2.1.0 for GitHub code scanning: one run for model files, one for vulnerabilities. */
function toSarif(report, options) {
    const runs = [];
    const automation = (suffix) => ({ id: `${options.category ?? 'model-deploy/scan'}/${suffix}/` });
    if (report.model) {
        const rules = new Map();
        const results = report.model.findings.map((f) => {
            if (!rules.has(f.rule)) {
                rules.set(f.rule, {
                    id: f.rule,
                    name: f.rule,
                    shortDescription: { text: RULE_TEXT[f.rule] ?? f.rule },
                    properties: { tags: ['security', 'model-file'] },
                });
            }
            const [outer, ...inner] = f.file.split('!');
            // image layers have no path in the repository: point at the file inside the layer
            const uri = outer.startsWith('layer ') && inner.length ? inner.join('/') : outer.replace(/^\.\//, '');
            return {
                ruleId: f.rule,
                level: LEVEL[f.severity],
                message: { text: `${inner.length ? `${inner.join('!')}: ` : ''}${f.message}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(uri) } } }],
                properties: { 'security-severity': SECURITY_SEVERITY[f.severity], severity: f.severity },
            };
        });
        runs.push({
            tool: {
                driver: {
                    name: 'model-deploy scan',
                    version: options.version,
                    informationUri: 'https://github.com/org/model-deploy-action',
                    rules: [...rules.values()],
                },
            },
            automationDetails: automation('model-files'),
            results,
        });
    }
    if (report.vulnerabilities) {
        const v = report.vulnerabilities;
        const shown = [...v.failing, ...v.below];
        const rules = new Map();
        const results = shown.map((vuln) => {
            if (!rules.has(vuln.id)) {
                rules.set(vuln.id, {
                    id: vuln.id,
                    name: vuln.id,
                    shortDescription: { text: vuln.title ?? vuln.id },
                    helpUri: vuln.url,
                    properties: {
                        'security-severity': vuln.cvss !== undefined ? vuln.cvss.toFixed(1) : SECURITY_SEVERITY[vuln.severity],
                        tags: ['vulnerability', 'security', vuln.severity.toUpperCase()],
                    },
                });
            }
            return {
                ruleId: vuln.id,
                level: LEVEL[vuln.severity],
                message: {
                    text: `Package: ${vuln.pkg}\nInstalled Version: ${vuln.installed}\nVulnerability ${vuln.id}\nSeverity: ${vuln.severity.toUpperCase()}\nFixed Version: ${vuln.fixed ?? 'none'}`,
                },
                locations: [
                    {
                        physicalLocation: {
                            artifactLocation: { uri: encodeURI(vuln.target || v.source), uriBaseId: 'ROOTPATH' },
                        },
                    },
                ],
            };
        });
        runs.push({
            tool: {
                driver: {
                    name: 'Trivy (via model-deploy)',
                    version: options.version,
                    informationUri: 'https://trivy.dev',
                    rules: [...rules.values()],
                },
            },
            automationDetails: automation('vulnerabilities'),
            results,
        });
    }
    return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2);
}

;// CONCATENATED MODULE: ./lib/scan/trivy.js


const SEVERITIES = {
    CRITICAL: 'critical',
    HIGH: 'high',
    MEDIUM: 'medium',
    LOW: 'low',
    UNKNOWN: 'unknown',
};
/** Statuses `--ignore-unfixed` drops (trivy docs/guide/configuration/filtering.md). */
const UNFIXED_STATUSES = new Set(['affected', 'will_not_fix', 'fix_deferred', 'end_of_life']);
function cvssScore(v) {
    const cvss = v.CVSS;
    if (!cvss || typeof cvss !== 'object')
        return undefined;
    const source = typeof v.SeveritySource === 'string' ? cvss[v.SeveritySource] : undefined;
    const entry = source ?? cvss.nvd ?? Object.values(cvss)[0];
    return entry?.V3Score ?? entry?.V40Score;
}
/** Parses a Trivy JSON report (SchemaVersion 2); `source` names it in errors. */
function readTrivyReport(text, source) {
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${source}: not JSON (${error.message}); pass a report made by "trivy --format json"`);
    }
    if (typeof report !== 'object' || report === null || Array.isArray(report)) {
        throw new errors/* InputError */.dz(`${source}: a Trivy JSON report is an object with "Results"`);
    }
    const r = report;
    if (r.SchemaVersion !== undefined && r.SchemaVersion !== 2) {
        throw new errors/* InputError */.dz(`${source}: Trivy report SchemaVersion ${String(r.SchemaVersion)} is not supported (expected 2)`);
    }
    if (r.Results !== undefined && !Array.isArray(r.Results))
        throw new errors/* InputError */.dz(`${source}: "Results" must be a list`);
    const out = [];
    (r.Results ?? []).forEach((result, i) => {
        const res = result;
        const vulns = res?.Vulnerabilities;
        if (vulns === undefined || vulns === null)
            return;
        if (!Array.isArray(vulns))
            throw new errors/* InputError */.dz(`${source}: Results[${i}].Vulnerabilities must be a list`);
        vulns.forEach((vuln, j) => {
            const v = vuln;
            const where = `${source}: Results[${i}].Vulnerabilities[${j}]`;
            if (typeof v?.VulnerabilityID !== 'string' || typeof v.PkgName !== 'string') {
                throw new errors/* InputError */.dz(`${where}: needs VulnerabilityID and PkgName strings`);
            }
            const severity = SEVERITIES[String(v.Severity ?? 'UNKNOWN').toUpperCase()];
            if (!severity)
                throw new errors/* InputError */.dz(`${where}: unknown Severity ${JSON.stringify(v.Severity)}`);
            out.push({
                id: v.VulnerabilityID,
                pkg: v.PkgName,
                installed: String(v.InstalledVersion ?? ''),
                fixed: typeof v.FixedVersion === 'string' && v.FixedVersion ? v.FixedVersion : undefined,
                status: typeof v.Status === 'string' ? v.Status : undefined,
                severity,
                title: typeof v.Title === 'string' ? v.Title : undefined,
                target: String(res.Target ?? ''),
                url: typeof v.PrimaryURL === 'string' ? v.PrimaryURL : undefined,
                cvss: cvssScore(v),
            });
        });
    });
    return out;
}
function isUnfixed(v) {
    return v.status ? UNFIXED_STATUSES.has(v.status) : !v.fixed;
}
/**
 * Applies the vulnerability policy. `today` is YYYY-MM-DD (UTC); an ignore applies through its
 * `until` day and stops the day after, with a warning.
 */
function evaluateVulnerabilities(vulns, policy, today) {
    const expired = policy.ignore.filter((r) => r.until !== undefined && r.until < today);
    const active = policy.ignore.filter((r) => !expired.includes(r));
    const warnings = expired.map((r) => `ignore for ${r.id} expired on ${r.until} (reason was: ${r.reason}); it is reported again`);
    const result = { failing: [], below: [], ignored: [], unfixed: [], expired, warnings };
    const seen = new Set();
    for (const v of vulns) {
        const key = `${v.id}\u0000${v.pkg}\u0000${v.installed}\u0000${v.target}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const rule = active.find((r) => r.id === v.id && (!r.packages?.length || r.packages.includes(v.pkg)));
        if (rule)
            result.ignored.push({ vulnerability: v, reason: rule.reason });
        else if (policy['ignore-unfixed'] && isUnfixed(v))
            result.unfixed.push(v);
        else if (fails(v.severity, policy['fail-on']))
            result.failing.push(v);
        else
            result.below.push(v);
    }
    const order = (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        a.id.localeCompare(b.id) ||
        a.pkg.localeCompare(b.pkg);
    result.failing.sort(order);
    result.below.sort(order);
    return result;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/scan/trivy-install.js







const TRIVY_RELEASES = 'https://github.com/aquasecurity/trivy/releases/download';
/**
 * SHA-256 of the official release tarballs of the supported Trivy versions, from each release's
 * trivy_<version>_checksums.txt (after the March 2026 tag hijacking of trivy-action, as
 * trivy-action pins them). A version not listed needs scan.vulnerabilities.trivy.sha256.
 */
const PINNED_TRIVY = {
    '0.69.3': {
        'trivy_0.69.3_Linux-64bit.tar.gz': '1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75',
        'trivy_0.69.3_Linux-ARM64.tar.gz': '7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd',
        'trivy_0.69.3_macOS-64bit.tar.gz': 'fec4a9f7569b624dd9d044fca019e5da69e032700edbb1d7318972c448ec2f4e',
        'trivy_0.69.3_macOS-ARM64.tar.gz': 'a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5',
    },
};
/** Release asset name for a platform (trivy's goreleaser names). */
function trivyAsset(version, platform = process.platform, arch = process.arch) {
    const os = platform === 'darwin' ? 'macOS' : platform === 'linux' ? 'Linux' : undefined;
    const cpu = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : undefined;
    if (!os || !cpu)
        throw new errors/* ToolError */.v4(`no Trivy release for ${platform}/${arch}; install trivy and pass its report with --trivy-report`);
    return `trivy_${version.replace(/^v/, '')}_${os}-${cpu}.tar.gz`;
}
/**
 * Downloads the pinned Trivy release, verifies the tarball's SHA-256 BEFORE extracting anything,
 * and returns the path of the binary. Tags of trivy-action/setup-trivy were hijacked in March
 * 2026, so nothing runs unless the bytes match the pinned digest.
 */
async function installTrivy(options) {
    const version = options.version.replace(/^v/, '');
    const asset = trivyAsset(version, options.platform, options.arch);
    const expected = (options.sha256 ?? PINNED_TRIVY[version]?.[asset])?.toLowerCase();
    if (!expected) {
        throw new errors/* ConfigError */.xL([
            {
                path: 'scan.vulnerabilities.trivy.sha256',
                message: `required to install Trivy ${version}, whose checksums are not built in (only ${Object.keys(PINNED_TRIVY).join(', ')}): set it to the SHA-256 of ${asset} from trivy_${version}_checksums.txt of the release (or pass an existing report with scan.vulnerabilities.report)`,
            },
        ]);
    }
    const home = (0,external_node_path_.join)(options.dir, `trivy-${version}-${expected.slice(0, 16)}`);
    const binary = (0,external_node_path_.join)(home, 'trivy');
    if (await exists(binary))
        return binary;
    const url = `${(options.baseUrl ?? TRIVY_RELEASES).replace(/\/+$/, '')}/v${version}/${asset}`;
    const doFetch = options.fetch ?? fetch;
    let body;
    try {
        const response = await doFetch(url);
        if (!response.ok)
            throw new Error(`HTTP ${response.status} ${response.statusText}`);
        body = Buffer.from(await response.arrayBuffer());
    }
    catch (error) {
        throw new errors/* ToolError */.v4(`cannot download Trivy from ${url}`, { cause: error });
    }
    const actual = (0,external_node_crypto_.createHash)('sha256').update(body).digest('hex');
    if (actual !== expected) {
        throw new errors/* ToolError */.v4(`Trivy download ${url} has SHA-256 ${actual} but ${expected} is pinned; refusing to run it. If the release was re-published, verify it before changing scan.vulnerabilities.trivy.sha256`);
    }
    const program = await extractBinary(body, 'trivy');
    if (!program)
        throw new errors/* ToolError */.v4(`${asset} has no "trivy" binary`);
    await (0,promises_.mkdir)(home, { recursive: true });
    const partial = `${binary}.partial-${process.pid}`;
    await (0,promises_.writeFile)(partial, program, { mode: 0o755 });
    await (0,promises_.chmod)(partial, 0o755);
    await (0,promises_.rename)(partial, binary).catch(async (error) => {
        await (0,promises_.rm)(partial, { force: true });
        throw error;
    });
    return binary;
}
async function exists(path) {
    return (0,promises_.stat)(path).then((s) => s.isFile(), () => false);
}
async function extractBinary(tgz, name) {
    const extract = tar_stream.extract();
    external_node_stream_.Readable.from([tgz]).pipe((0,external_node_zlib_.createGunzip)()).pipe(extract);
    let found;
    for await (const entry of extract) {
        if (entry.header.name.replace(/^\.\//, '') === name && entry.header.type === 'file') {
            const parts = [];
            for await (const chunk of entry)
                parts.push(chunk);
            found = Buffer.concat(parts);
        }
        else
            entry.resume();
    }
    return found;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./lib/scan/trivy-run.js






/** Argument list for one Trivy vulnerability scan writing JSON to `output`. */
function trivyArgs(target, output) {
    const common = [
        '--format',
        'json',
        '--output',
        output,
        '--scanners',
        'vuln',
        '--pkg-types',
        'os,library',
        '--quiet',
    ];
    switch (target.kind) {
        case 'image':
            return ['image', ...common, target.ref];
        case 'input':
            return ['image', ...common, '--input', target.path];
        case 'fs':
            return ['fs', ...common, target.path];
    }
}
const execProcess = (file, args) => new Promise((resolve) => {
    (0,external_node_child_process_.execFile)(file, args, { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
        resolve({
            code,
            stdout: String(stdout),
            stderr: String(stderr) || (error && !stderr ? error.message : ''),
        });
    });
});
/** Runs Trivy (the binary `installTrivy` verified) and returns the report's vulnerabilities. */
class Trivy {
    binary;
    exec;
    constructor(binary, exec = execProcess) {
        this.binary = binary;
        this.exec = exec;
    }
    async scan(target) {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-deploy-trivy-'));
        try {
            const output = (0,external_node_path_.join)(dir, 'report.json');
            const { code, stderr } = await this.exec(this.binary, trivyArgs(target, output));
            if (code !== 0) {
                const last = stderr.trim().split('\n').slice(-3).join('\n');
                throw new errors/* ToolError */.v4(`trivy exited with ${code}: ${last || 'no message'}`);
            }
            return readTrivyReport(await (0,promises_.readFile)(output, 'utf8'), 'trivy report');
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    }
}

// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/scan.js





















const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__']);
async function walk(dir, out) {
    for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const p = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name))
                await walk(p, out);
        }
        else if (entry.isFile())
            out.push(p);
    }
}
/** Files named by paths/globs, relative to `base`; a name that matches nothing is an input error. */
async function expandPaths(patterns, base, what) {
    const files = new Set();
    let all;
    for (const pattern of patterns) {
        if (picomatch.scan(pattern).isGlob) {
            if (!all) {
                all = [];
                await walk(base, all);
            }
            const match = picomatch(pattern, { dot: true });
            const hits = all.filter((f) => match((0,external_node_path_.relative)(base, f)));
            if (!hits.length)
                throw new errors/* InputError */.dz(`${what} "${pattern}" matches no file under ${base}`);
            for (const h of hits)
                files.add(h);
            continue;
        }
        const p = (0,external_node_path_.resolve)(base, pattern);
        const s = await (0,promises_.stat)(p).catch(() => undefined);
        if (!s)
            throw new errors/* InputError */.dz(`${what} "${pattern}" does not exist (resolved to ${p})`);
        if (s.isDirectory()) {
            const found = [];
            await walk(p, found);
            for (const f of found)
                files.add(f);
        }
        else
            files.add(p);
    }
    return [...files].sort();
}
function loadScanConfig(ctx, configPath, explicit) {
    const path = configPath ?? 'model-deploy.yml';
    if (!explicit && !(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(ctx.cwd, path))) {
        return { scan: scan/* scanSection */.Z.parse({}), artifacts: undefined, dir: ctx.cwd };
    }
    const { config, dir } = (0,load/* loadConfig */.Z)(path, { cwd: ctx.cwd, env: ctx.env });
    return { scan: config.scan, artifacts: config.model.artifacts, dir };
}
async function vulnerabilities(ctx, scan, reportPath, image) {
    if (reportPath) {
        const text = await (0,promises_.readFile)((0,external_node_path_.resolve)(ctx.cwd, reportPath), 'utf8').catch((error) => {
            throw new errors/* InputError */.dz(`Trivy report ${reportPath} cannot be read (${error.code ?? error.message})`);
        });
        return { vulns: readTrivyReport(text, reportPath), source: reportPath };
    }
    if (!image) {
        ctx.log.info('vulnerabilities: no --image and no Trivy report given; skipped');
        return undefined;
    }
    const cache = ctx.env.RUNNER_TOOL_CACHE ?? (0,external_node_path_.join)(ctx.env.XDG_CACHE_HOME ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'model-deploy');
    await (0,promises_.mkdir)(cache, { recursive: true });
    const binary = await installTrivy({
        version: scan.vulnerabilities.trivy.version,
        sha256: scan.vulnerabilities.trivy.sha256,
        dir: cache,
        // A mirror of the release downloads (air-gapped runners); the checksums still decide what runs.
        ...(ctx.env.MODEL_DEPLOY_TRIVY_RELEASES ? { baseUrl: ctx.env.MODEL_DEPLOY_TRIVY_RELEASES } : {}),
    });
    const ref = (0,reference/* parseReference */.F2)(image, '--image');
    const target = ref.kind === 'layout'
        ? { kind: 'input', path: (0,external_node_path_.resolve)(ctx.cwd, ref.dir) }
        : { kind: 'image', ref: image };
    const vulns = await ctx.log.group(`trivy ${image}`, () => new Trivy(binary).scan(target));
    return { vulns, source: image };
}
/* harmony default export */ const commands_scan = ((0,command/* defineCommand */.NB)({
    name: 'scan',
    summary: 'scan model files (pickle imports, archive members, safetensors/GGUF headers) and image vulnerabilities',
    options: {
        path: {
            type: 'string',
            multiple: true,
            value: 'P',
            description: 'file, directory or glob to scan (default: scan.paths or model.artifacts)',
        },
        image: {
            type: 'string',
            value: 'REF',
            description: 'image to scan, oci:DIR[:TAG|@DIGEST] or a registry reference: layers streamed and verified, and Trivy on it',
        },
        format: {
            type: 'string',
            value: 'json|sarif|markdown',
            description: 'what to print',
            default: 'markdown',
        },
        'trivy-report': {
            type: 'string',
            value: 'FILE',
            description: 'read this Trivy JSON report instead of running Trivy',
        },
        sarif: {
            type: 'string',
            value: 'FILE',
            description: 'also write SARIF 2.1.0 here (default: scan.sarif)',
        },
        report: { type: 'string', value: 'FILE', description: 'also write the JSON report here' },
        'skip-vulnerabilities': { type: 'boolean', description: 'scan model files only (no Trivy)' },
    },
    help: [
        'Pickles are read opcode by opcode and never loaded; only imports on the allowlist of real',
        'PyTorch/NumPy checkpoint globals pass (extend per file glob with scan.model.allow). Files are',
        'recognised by content, so a pickle renamed to .txt inside a zip is still read.',
        'Exit 1 when a finding or vulnerability is at or above its fail-on severity.',
    ].join('\n'),
    async run(ctx, options) {
        const format = (0,command/* stringOption */.Pp)(options, 'format') ?? 'markdown';
        if (!['json', 'sarif', 'markdown'].includes(format)) {
            throw new errors/* InputError */.dz(`--format must be json, sarif or markdown, got "${format}"`);
        }
        const paths = (0,command/* listOption */.y8)(options, 'path');
        const image = (0,command/* stringOption */.Pp)(options, 'image');
        const explicitConfig = options.config !== undefined && options.config !== 'model-deploy.yml';
        const { scan, artifacts, dir } = loadScanConfig(ctx, (0,command/* stringOption */.Pp)(options, 'config'), explicitConfig);
        let model;
        if (scan.model.enabled) {
            const policy = modelPolicy(scan.model);
            const sink = new ScanSink();
            const patterns = paths.length ? paths : (scan.paths ?? (image ? [] : (artifacts ?? [])));
            if (!patterns.length && !image) {
                throw new errors/* InputError */.dz('nothing to scan: pass --path or --image, or list model.artifacts in model-deploy.yml');
            }
            const files = await expandPaths(patterns, paths.length ? ctx.cwd : dir, paths.length ? '--path' : 'scan path');
            await ctx.log.group(`scan ${files.length} model file(s)`, async () => {
                for (const f of files) {
                    await scanFile(f, policy, sink, (0,external_node_path_.relative)(ctx.cwd, f) || f);
                }
            });
            if (image) {
                const ref = (0,reference/* parseReference */.F2)(image, '--image');
                const resolved = ref.kind === 'layout' ? { ...ref, dir: (0,external_node_path_.resolve)(ctx.cwd, ref.dir) } : ref;
                const credentials = ref.kind === 'registry'
                    ? (0,oci_credentials/* findCredentials */.g)(ref.registry, {
                        ...(ctx.registryAuth ? { explicit: ctx.registryAuth } : {}),
                        env: ctx.env,
                        log: ctx.log,
                    })
                    : undefined;
                await ctx.log.group(`scan layers of ${image}`, () => scanImage(resolved, policy, sink, credentials ? { credentials } : {}));
            }
            model = { ...sink, failOn: scan.model['fail-on'] };
            for (const f of sink.findings)
                ctx.log.info(`${f.severity}: ${f.file}: ${f.message}`);
        }
        let vulnReport;
        if (scan.vulnerabilities.enabled && !(0,command/* booleanOption */.Ic)(options, 'skip-vulnerabilities')) {
            const reportPath = (0,command/* stringOption */.Pp)(options, 'trivy-report') ?? scan.vulnerabilities.report;
            const fromFlag = (0,command/* stringOption */.Pp)(options, 'trivy-report') !== undefined;
            const found = await vulnerabilities(ctx, scan, reportPath && (fromFlag ? reportPath : (0,external_node_path_.resolve)(dir, reportPath)), image);
            if (found) {
                const today = ctx.now().toISOString().slice(0, 10);
                const evaluation = evaluateVulnerabilities(found.vulns, scan.vulnerabilities, today);
                for (const w of evaluation.warnings)
                    ctx.log.warning(w);
                vulnReport = { ...evaluation, failOn: scan.vulnerabilities['fail-on'], source: found.source };
            }
        }
        const report = buildReport(model, vulnReport);
        const sarifPath = (0,command/* stringOption */.Pp)(options, 'sarif') ?? (scan.sarif ? (0,external_node_path_.resolve)(dir, scan.sarif) : undefined);
        const sarif = toSarif(report, { version: version/* VERSION */.x });
        const jsonPath = (0,command/* stringOption */.Pp)(options, 'report');
        const markdown = toMarkdown(report, jsonPath ? { jsonReport: jsonPath } : {});
        const json = toJson(report);
        if (sarifPath)
            await writeOut((0,external_node_path_.resolve)(ctx.cwd, sarifPath), sarif);
        if (jsonPath)
            await writeOut((0,external_node_path_.resolve)(ctx.cwd, jsonPath), json);
        return {
            stdout: format === 'json' ? json : format === 'sarif' ? sarif : markdown,
            summary: markdown,
            verdict: scanVerdict(report),
            outputs: {
                passed: String(report.passed),
                'model-findings': String(model?.findings.length ?? 0),
                vulnerabilities: String(vulnReport ? vulnReport.failing.length + vulnReport.below.length : 0),
                ...(sarifPath ? { sarif: sarifPath } : {}),
            },
            failed: report.passed ? undefined : report.reasons.join('; '),
        };
    },
}));
async function writeOut(path, text) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, text);
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


/***/ }),

/***/ 46628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ek: () => (/* binding */ safetensorsHeaderSize),
/* harmony export */   vT: () => (/* binding */ validateSafetensorsHeader)
/* harmony export */ });
/* unused harmony exports SAFETENSORS_MAX_HEADER, SAFETENSORS_DTYPE_BITS */
/**
 * safetensors header rules of the reference reader (huggingface/safetensors `read_metadata` +
 * `Metadata::validate`). Pure: header bytes and file length in, parsed header or problems out.
 */
const SAFETENSORS_MAX_HEADER = 100_000_000;
/** Bits per element of every dtype the reference reader knows. */
const SAFETENSORS_DTYPE_BITS = {
    BOOL: 8,
    F4: 4,
    F6_E2M3: 6,
    F6_E3M2: 6,
    U8: 8,
    I8: 8,
    F8_E5M2: 8,
    F8_E4M3: 8,
    F8_E8M0: 8,
    F8_E4M3FNUZ: 8,
    F8_E5M2FNUZ: 8,
    I16: 16,
    U16: 16,
    F16: 16,
    BF16: 16,
    I32: 32,
    U32: 32,
    F32: 32,
    C64: 64,
    F64: 64,
    I64: 64,
    U64: 64,
};
/** Header size from the first 8 bytes, or a problem. */
function safetensorsHeaderSize(prefix, fileLength) {
    if (prefix.length < 8 || fileLength < 8)
        return 'file is shorter than the 8-byte header size';
    const n = Buffer.from(prefix.buffer, prefix.byteOffset, 8).readBigUInt64LE(0);
    if (n > BigInt(SAFETENSORS_MAX_HEADER))
        return `header size ${n} is larger than the 100 MB limit`;
    if (8 + Number(n) > fileLength)
        return `header size ${n} runs past the end of the file (${fileLength} bytes; truncated?)`;
    return Number(n);
}
/**
 * Validates a safetensors header. `header` is the N header bytes (or the JSON text), `fileLength`
 * the whole file's length in bytes.
 */
function validateSafetensorsHeader(header, fileLength) {
    const problems = [];
    let text;
    if (typeof header === 'string')
        text = header;
    else {
        try {
            text = new TextDecoder('utf-8', { fatal: true }).decode(header);
        }
        catch {
            return { ok: false, problems: ['header is not valid UTF-8'] };
        }
    }
    const headerSize = Buffer.byteLength(text);
    if (8 + headerSize > fileLength)
        problems.push(`header (${headerSize} bytes) is longer than the file`);
    if (headerSize > SAFETENSORS_MAX_HEADER)
        problems.push('header is larger than the 100 MB limit');
    if (!text.startsWith('{'))
        return { ok: false, problems: [...problems, 'header does not begin with "{"'] };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, problems: [...problems, `header is not JSON: ${error.message}`] };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        return { ok: false, problems: [...problems, 'header is not a JSON object'] };
    }
    const duplicate = duplicateTopLevelKey(text);
    if (duplicate !== undefined)
        problems.push(`duplicate key "${duplicate}" in header`);
    const metadata = {};
    const tensors = [];
    for (const [name, value] of Object.entries(parsed)) {
        if (name === '__metadata__') {
            if (typeof value !== 'object' || value === null || Array.isArray(value)) {
                problems.push('__metadata__ must be an object of strings');
                continue;
            }
            for (const [k, v] of Object.entries(value)) {
                if (typeof v !== 'string')
                    problems.push(`__metadata__.${k} must be a string`);
                else
                    metadata[k] = v;
            }
            continue;
        }
        const t = tensorInfo(name, value, problems);
        if (t)
            tensors.push(t);
    }
    if (problems.length)
        return { ok: false, problems };
    tensors.sort((a, b) => a.begin - b.begin || a.end - b.end);
    let expected = 0;
    for (const t of tensors) {
        if (t.begin !== expected || t.end < t.begin) {
            problems.push(t.begin < expected
                ? `tensor "${t.name}" overlaps the previous tensor (begins at ${t.begin}, previous ends at ${expected})`
                : t.begin > expected
                    ? `gap before tensor "${t.name}" (begins at ${t.begin}, previous ends at ${expected})`
                    : `tensor "${t.name}" ends before it begins`);
        }
        const bits = SAFETENSORS_DTYPE_BITS[t.dtype];
        let elements = 1n;
        for (const d of t.shape)
            elements *= BigInt(d);
        const nbits = elements * BigInt(bits);
        if (elements > 0xffffffffffffffffn || nbits > 0xffffffffffffffffn) {
            problems.push(`tensor "${t.name}": shape × dtype size overflows`);
        }
        else if (nbits % 8n !== 0n) {
            problems.push(`tensor "${t.name}": ${nbits} bits is not a whole number of bytes`);
        }
        else if (BigInt(t.end - t.begin) !== nbits / 8n) {
            problems.push(`tensor "${t.name}": data_offsets span ${t.end - t.begin} bytes but shape [${t.shape.join(', ')}] of ${t.dtype} needs ${nbits / 8n}`);
        }
        expected = Math.max(expected, t.end);
    }
    const dataStart = 8 + headerSize;
    if (problems.length === 0 && dataStart + expected !== fileLength) {
        problems.push(dataStart + expected < fileLength
            ? `${fileLength - dataStart - expected} trailing bytes after the last tensor (file not fully covered)`
            : `tensors end at ${dataStart + expected} but the file has ${fileLength} bytes (truncated)`);
    }
    if (problems.length)
        return { ok: false, problems };
    return { ok: true, header: { headerSize, dataStart, tensors, metadata } };
}
function tensorInfo(name, value, problems) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push(`tensor "${name}" must be an object`);
        return undefined;
    }
    const v = value;
    const extra = Object.keys(v).filter((k) => k !== 'dtype' && k !== 'shape' && k !== 'data_offsets');
    if (extra.length)
        problems.push(`tensor "${name}" has unknown field(s) ${extra.join(', ')}`);
    const { dtype, shape, data_offsets: offsets } = v;
    if (typeof dtype !== 'string' || SAFETENSORS_DTYPE_BITS[dtype] === undefined) {
        problems.push(`tensor "${name}" has unknown dtype ${JSON.stringify(dtype)}`);
        return undefined;
    }
    const isSize = (x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
    if (!Array.isArray(shape) || !shape.every(isSize)) {
        problems.push(`tensor "${name}": shape must be a list of non-negative integers`);
        return undefined;
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isSize)) {
        problems.push(`tensor "${name}": data_offsets must be [begin, end] non-negative integers`);
        return undefined;
    }
    return { name, dtype, shape: shape, begin: offsets[0], end: offsets[1] };
}
/** First key that appears twice in the top-level object (JSON.parse would silently keep the last). */
function duplicateTopLevelKey(text) {
    const seen = new Set();
    let depth = 0;
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            let j = i + 1;
            while (j < text.length && text[j] !== '"')
                j += text[j] === '\\' ? 2 : 1;
            if (depth === 1 && expectKey) {
                const key = JSON.parse(text.slice(i, j + 1));
                if (seen.has(key))
                    return key;
                seen.add(key);
                expectKey = false;
            }
            i = j;
        }
        else if (c === '{' || c === '[') {
            depth++;
            if (depth === 1)
                expectKey = true;
        }
        else if (c === '}' || c === ']')
            depth--;
        else if (c === ',' && depth === 1)
            expectKey = true;
    }
    return undefined;
}


/***/ }),

/***/ 13411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by test/version.test.ts. */
const VERSION = '0.1.0';


/***/ })

};
