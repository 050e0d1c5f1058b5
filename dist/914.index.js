export const id = 914;
export const ids = [914];
export const modules = {

/***/ 73533:
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
// EXTERNAL MODULE: ./lib/config/load.js + 8 modules
var load = __webpack_require__(1383);
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
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
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

;// CONCATENATED MODULE: ./lib/scan/archive.js








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
        return { zip: await yauzl.openPromise(reader.path, zipOptions), cleanup: async () => { } };
    const buffer = await readAll(reader, IN_MEMORY_ZIP);
    if (buffer)
        return { zip: await yauzl.fromBufferPromise(buffer, zipOptions), cleanup: async () => { } };
    // larger than we hold in memory: spill the rest of the stream to a private temp file
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-deploy-scan-'));
    const path = (0,external_node_path_.join)(dir, 'archive.zip');
    const cleanup = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        await (0,external_node_stream_promises_.pipeline)(restOf(reader), (0,external_node_fs_.createWriteStream)(path, { mode: 0o600 }));
        return { zip: await yauzl.openPromise(path, zipOptions), cleanup };
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
/** Keras: Lambda layers carry Python bytecode; layers from modules outside keras load arbitrary code. */
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
    const seen = new Set();
    const walk = (v) => {
        if (Array.isArray(v))
            v.forEach(walk);
        else if (v && typeof v === 'object') {
            const o = v;
            if (o.class_name === 'Lambda' && !seen.has('Lambda')) {
                seen.add('Lambda');
                out.add({
                    file,
                    rule: 'keras-lambda',
                    severity: 'high',
                    message: 'Lambda layer: its Python bytecode runs when the model is loaded with safe_mode=False',
                });
            }
            if (typeof o.module === 'string' &&
                !/^(keras|tensorflow|tf_keras|builtins|numpy)(\.|$)/.test(o.module)) {
                if (!seen.has(o.module)) {
                    seen.add(o.module);
                    out.add({
                        file,
                        rule: 'keras-module',
                        severity: 'high',
                        message: `layer or object from module "${o.module}" is imported on load`,
                        global: o.module,
                    });
                }
            }
            Object.values(o).forEach(walk);
        }
    };
    walk(config);
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
    return { ok: true, header: { version, tensorCount, kvCount, keys, architecture }, complete };
}

;// CONCATENATED MODULE: ./lib/scan/numpy.js
/** .npy header (numpy.lib.format): magic, version, header length, Python-literal dict with descr/shape. */
function readNpyHeader(prefix) {
    if (prefix.length < 10 || prefix.toString('latin1', 0, 6) !== '\x93NUMPY')
        return 'not an .npy file (bad magic)';
    const major = prefix[6];
    if (major < 1 || major > 3)
        return `unsupported .npy version ${major}`;
    const lenSize = major === 1 ? 2 : 4;
    if (prefix.length < 8 + lenSize)
        return '.npy header is truncated';
    const headerLen = major === 1 ? prefix.readUInt16LE(8) : prefix.readUInt32LE(8);
    const start = 8 + lenSize;
    if (prefix.length < start + headerLen)
        return '.npy header is truncated';
    const text = prefix.toString(major === 3 ? 'utf8' : 'latin1', start, start + headerLen);
    const descrList = /'descr'\s*:\s*\[/.test(text);
    const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
    if (!descrList && descr === undefined)
        return `.npy header has no descr: ${text.slice(0, 100)}`;
    const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
    if (shapeText === undefined)
        return '.npy header has no shape';
    const shape = shapeText
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map(Number);
    // a structured dtype is a list of fields; any 'O' field makes the whole array a pickle
    const object = descrList ? /'[|<>=]?O\d*'/.test(text) : /^[|<>=]?O/.test(descr);
    return { version: major, descr: descr ?? 'structured', object, shape, dataStart: start + headerLen };
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
const STACK_LIMIT = 16_000_000;
/** Stack value that is not a (short) str. */
const OTHER = 0;
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
    stack = [];
    strings = new StringPool();
    marks = [];
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
    }
    get globalList() {
        return [...this.globals.values()];
    }
    write(buf, base, eof) {
        let p = this.pos - base;
        const len = buf.length;
        const stack = this.stack;
        const marks = this.marks;
        const onOp = this.onOp;
        while (!this.done) {
            if (p >= len) {
                if (eof)
                    this.finish(base + p);
                break;
            }
            const code = buf[p];
            const kind = ARG_OF[code];
            if (!this.inPickle) {
                if (kind < 0 && this.pickles > 0) {
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
            switch (code) {
                case 0x28: // MARK
                    marks.push(stack.length);
                    break;
                case 0x2e: // STOP
                    if (stack.length <= this.floor())
                        this.problem(base + p, 'STOP with an empty stack');
                    this.inPickle = false;
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
                    if (code === OP.INST)
                        this.popMark(base + p);
                    this.addGlobal(module, name, base + p, code === OP.INST ? 'INST' : 'GLOBAL', true);
                    stack.push(OTHER);
                    break;
                }
                case 0x93: {
                    // STACK_GLOBAL
                    const name = this.pop(base + p);
                    const module = this.pop(base + p);
                    if (name > 0 && module > 0) {
                        this.addGlobal(this.strings.get(module), this.strings.get(name), base + p, 'STACK_GLOBAL', true);
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
                        this.memoSet(idx, this.top(base + p));
                    break;
                }
                case 0x94: // MEMOIZE
                    this.memoSet(this.memoCount, this.top(base + p));
                    break;
                case 0x80: // PROTO
                    if (buf[p + 1] > 5)
                        this.problem(base + p, `unsupported pickle protocol ${buf[p + 1]}`);
                    break;
                case 0x98: // READONLY_BUFFER
                    this.top(base + p);
                    break;
                case 0x95: // FRAME
                    break;
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
        this.memo.fill(0);
        this.memoBig.clear();
        this.strings.reset();
        this.memoCount = 0;
    }
    finish(at) {
        if (this.inPickle)
            this.fatal(at, `pickle starting at offset ${this.pickleStart} ends before STOP`);
        else if (this.pickles === 0)
            this.fatal(at, 'empty: no pickle');
        this.done = true;
    }
    fatal(at, message) {
        this.problem(at, message);
        this.done = true;
    }
    problem(pos, message) {
        if (this.problems.length < MAX_PROBLEMS)
            this.problems.push({ pos, message });
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
        if (idx >= 0x4000000)
            return this.memoBig.get(idx);
        const v = idx < this.memo.length ? this.memo[idx] : 0;
        return v === 0 ? undefined : v - 1;
    }
    memoSet(idx, v) {
        if (idx < 0x4000000) {
            if (idx >= this.memo.length) {
                const grown = new Int32Array(Math.max(this.memo.length * 2, idx + 1));
                grown.set(this.memo);
                this.memo = grown;
            }
            if (this.memo[idx] === 0)
                this.memoCount++;
            this.memo[idx] = v + 1;
        }
        else {
            if (!this.memoBig.has(idx))
                this.memoCount++;
            this.memoBig.set(idx, v);
        }
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
    if (CRITICAL_NAMES.has(q) || CRITICAL_MODULES.some((m) => q.startsWith(`${m}.`))) {
        return { severity: 'critical', reason: 'can execute code or reach the system on load' };
    }
    if (SAFE_GLOBALS.has(q))
        return { severity: 'allowed', reason: 'allowlisted' };
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
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(56118);
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

;// CONCATENATED MODULE: ./lib/scan/tar.js






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
    const extract = tar_stream.extract();
    plain.on('error', (error) => extract.destroy(error));
    plain.pipe(extract);
    try {
        for await (const entry of extract) {
            const { name, type, size } = entry.header;
            const base = name.split('/').pop() ?? '';
            if ((type !== 'file' && type !== 'contiguous-file') || base.startsWith('.wh.')) {
                entry.resume();
                continue;
            }
            const reader = streamReader(entry, size);
            try {
                await scanReader(reader, `${prefix}${name.replace(/^\.\//, '')}`, policy, out, options.depth ?? 0);
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
]);
/** PROTO 2, LONG1 of torch's legacy MAGIC_NUMBER 0x1950a86a20f9469cfc6c. */
const TORCH_MAGIC = Buffer.from('8a0a6cfc9c46f9206aa85019', 'hex');
/** Longest opcode argument the reader will buffer (newline-terminated arguments have no length prefix). */
const MAX_WINDOW = 64 << 20;
const MAX_DEPTH = 3;
class ScanSink {
    files = [];
    findings = [];
    add(finding) {
        this.findings.push(finding);
    }
}
/** Runs the pickle reader over `reader` from `start`, window by window, skipping large payloads unread. */
async function runPickles(reader, start, maxPickles, window = CHUNK) {
    const scanner = new PickleScanner({ maxPickles });
    scanner.pos = start;
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
        out.add({
            file,
            rule: 'pickle-malformed',
            severity: 'high',
            message: `malformed pickle at offset ${first.pos}: ${first.message}${more}; it cannot be verified, so it is refused`,
            offset: first.pos,
        });
    }
    out.files.push({ file, format, bytes: options.bytes, globals, pickles: scanner.pickles });
}
/** Compressions joblib.load and torch's legacy tar reader undo by themselves; Node has no decoder for these. */
const OTHER_COMPRESSIONS = [
    ['bzip2', Buffer.from('BZh')],
    ['xz', Buffer.from('fd377a585a00', 'hex')],
    ['lzma', Buffer.from('5d0000', 'hex')],
    ['zstd', Buffer.from('28b52ffd', 'hex')],
];
function sniff(head, size, name) {
    if (head.length >= 4 &&
        head[0] === 0x50 &&
        head[1] === 0x4b &&
        (head[2] === 3 || head[2] === 5 || head[2] === 7)) {
        return 'zip';
    }
    if (head.toString('latin1', 0, 6) === '\x93NUMPY')
        return 'npy';
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'gzip';
    // a zlib stream (joblib's compress='zlib'): CMF 0x78 and a header checksum
    if (head[0] === 0x78 && head.length > 1 && (0x7800 + head[1]) % 31 === 0)
        return 'zlib';
    if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar')
        return 'tar';
    if (OTHER_COMPRESSIONS.some(([, magic]) => head.subarray(0, magic.length).equals(magic)))
        return 'compressed';
    if (head.toString('latin1', 0, 4) === 'GGUF')
        return 'gguf';
    if (head[0] === 0x80 && head.length > 1 && head[1] <= 5) {
        const magicAt = head[2] === 0x95 ? 11 : 2;
        if (head.subarray(magicAt, magicAt + TORCH_MAGIC.length).equals(TORCH_MAGIC))
            return 'torch-legacy';
        return 'pickle';
    }
    if (head.length >= 9 && head[8] === 0x7b) {
        const n = head.readBigUInt64LE(0);
        if (size === undefined || n + 8n <= BigInt(size))
            return 'safetensors';
    }
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
    const kind = sniff(head, size, file);
    switch (kind) {
        case 'zip':
            return scanZip(reader, file, policy, out, depth);
        case 'tar':
        case 'gzip':
        case 'zlib':
            return scanWrapped(kind, reader, file, policy, out, depth);
        case 'compressed': {
            const name = OTHER_COMPRESSIONS.find(([, m]) => head.subarray(0, m.length).equals(m))[0];
            if (!/\.(pkl|pickle|joblib|pt|pth|ckpt|bin|dill|npy)(\.|$)/i.test(file.split('!').pop())) {
                // probably data; still read it as a pickle in case the magic is a disguise
                return scanUnknown(reader, file, policy, out, head);
            }
            out.files.push({ file, format: 'other', bytes: size });
            out.add({
                file,
                rule: 'compressed-unscanned',
                severity: 'high',
                message: `${name}-compressed file that a loader (joblib, torch) would decompress and unpickle cannot be scanned; store it uncompressed or as gzip`,
            });
            return;
        }
        case 'torch-legacy':
            // magic, protocol version, sys info, the model, storage keys; then raw tensor bytes
            return reportPickles(await runPickles(reader, 0, 5), file, 'torch-legacy', policy, out, {
                bytes: size,
            });
        case 'pickle':
            return reportPickles(await runPickles(reader, 0), file, 'pickle', policy, out, { bytes: size });
        case 'npy':
            return scanNpy(reader, file, policy, out);
        case 'safetensors':
            return scanSafetensors(reader, file, out);
        case 'gguf': {
            const prefix = Buffer.from((await reader.window(0, Math.min(size ?? 16 << 20, 16 << 20))).buf);
            const result = validateGgufHeader(prefix, size ?? prefix.length);
            if (!result.ok) {
                out.add({
                    file,
                    rule: 'gguf-invalid',
                    severity: 'high',
                    message: `invalid GGUF: ${result.problems.join('; ')}`,
                });
            }
            out.files.push({ file, format: 'gguf', bytes: size });
            return;
        }
        case 'onnx':
            out.files.push({ file, format: 'onnx', bytes: size });
            return;
        default:
            return scanUnknown(reader, file, policy, out, head);
    }
}
/** Tar archives (legacy torch tar checkpoints), gzip and joblib-zlib files: scan what is inside. */
async function scanWrapped(kind, reader, file, policy, out, depth) {
    out.files.push({ file, format: kind === 'zlib' ? 'gzip' : kind, bytes: reader.size });
    if (depth >= MAX_DEPTH) {
        out.add({
            file,
            rule: 'zip-member-unscanned',
            severity: 'high',
            message: `archive nested ${depth} levels deep is not scanned (limit ${MAX_DEPTH})`,
        });
        return;
    }
    const source = external_node_stream_.Readable.from(readerChunks(reader, 0));
    if (kind === 'tar') {
        await scanTarStream(source, policy, { name: file, sink: out, depth: depth + 1 });
        return;
    }
    const inflated = source.pipe(kind === 'gzip' ? (0,external_node_zlib_.createGunzip)() : (0,external_node_zlib_.createInflate)());
    const inner = streamReader(inflated);
    try {
        await scanReader(inner, `${file}!${kind === 'gzip' ? 'gunzip' : 'inflate'}`, policy, out, depth + 1);
    }
    catch (error) {
        out.add({
            file,
            rule: 'unreadable',
            severity: 'high',
            message: `cannot decompress: ${error.message}`,
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
    const scanner = await runPickles(reader, 0);
    const isPickle = scanner.pickles > 0 && (scanner.problems.length === 0 || scanner.globals.size > 0);
    if (strict || isPickle)
        return reportPickles(scanner, file, 'pickle', policy, out, { bytes: reader.size });
    out.files.push({ file, format: 'other', bytes: reader.size });
}
async function scanNpy(reader, file, policy, out) {
    const prefix = (await reader.window(0, 1 << 16)).buf;
    const header = readNpyHeader(prefix);
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
async function scanSafetensors(reader, file, out) {
    const head = (await reader.window(0, 8)).buf;
    let size = reader.size;
    const n = (0,safetensors/* safetensorsHeaderSize */.Ek)(head, size ?? Number.MAX_SAFE_INTEGER);
    let problems;
    if (typeof n === 'string')
        problems = [n];
    else {
        const header = Buffer.from((await reader.window(8, n)).buf.subarray(0, n));
        if (size === undefined)
            size = await streamLength(reader, 8 + n);
        const result = (0,safetensors/* validateSafetensorsHeader */.vT)(header, size);
        problems = result.ok ? [] : result.problems;
    }
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

;// CONCATENATED MODULE: ./lib/scan/markdown.js
/** Escapes untrusted text (file names, package titles) for a markdown table cell. */
function cell(text) {
    return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
const ICON = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', unknown: '⬜' };
const MAX_ROWS = 30;
/** The scan section of the PR comment / job summary. */
function toMarkdown(report) {
    const lines = [`### ${report.passed ? '✅' : '❌'} Scan`, ''];
    for (const r of report.reasons)
        lines.push(`- ${cell(r)}`);
    if (report.reasons.length)
        lines.push('');
    const m = report.model;
    if (m) {
        const formats = new Map();
        for (const f of m.files)
            formats.set(f.format, (formats.get(f.format) ?? 0) + 1);
        const summary = [...formats].map(([k, n]) => `${n} ${k}`).join(', ');
        lines.push(`**Model files:** ${m.files.length} scanned (${summary || 'none'}), ${m.findings.length} finding(s), fail on ${m.failOn}.`, '');
        if (m.findings.length) {
            lines.push('| severity | file | finding |', '| --- | --- | --- |');
            for (const f of m.findings.slice(0, MAX_ROWS)) {
                lines.push(`| ${ICON[f.severity]} ${f.severity} | \`${f.file.replace(/`/g, "'")}\` | ${cell(f.message)} |`);
            }
            if (m.findings.length > MAX_ROWS)
                lines.push('', `…and ${m.findings.length - MAX_ROWS} more in the JSON report.`);
            lines.push('');
        }
    }
    const v = report.vulnerabilities;
    if (v) {
        lines.push(`**Vulnerabilities** (${cell(v.source)}): ${v.failing.length} at or above ${v.failOn}, ${v.below.length} below, ${v.ignored.length} ignored, ${v.unfixed.length} unfixed skipped.`, '');
        for (const w of v.warnings)
            lines.push(`> ⚠️ ${cell(w)}`, '');
        const shown = [...v.failing, ...v.below].slice(0, MAX_ROWS);
        if (shown.length) {
            lines.push('| severity | id | package | installed | fixed |', '| --- | --- | --- | --- | --- |');
            for (const x of shown) {
                lines.push(`| ${ICON[x.severity]} ${x.severity} | ${cell(x.id)} | ${cell(x.pkg)} | ${cell(x.installed)} | ${cell(x.fixed ?? '—')} |`);
            }
            lines.push('');
        }
    }
    return lines.join('\n');
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
    const expected = options.sha256?.toLowerCase();
    if (!expected) {
        throw new errors/* ConfigError */.xL([
            {
                path: 'scan.vulnerabilities.trivy.sha256',
                message: `required to install Trivy ${version}: set it to the SHA-256 of ${asset} from trivy_${version}_checksums.txt of the release (or pass an existing report with scan.vulnerabilities.report)`,
            },
        ]);
    }
    const home = (0,external_node_path_.join)(options.dir, `trivy-${version}-${expected.slice(0, 16)}`);
    const binary = (0,external_node_path_.join)(home, 'trivy');
    if (await exists(binary))
        return binary;
    const url = `${options.baseUrl ?? TRIVY_RELEASES}/v${version}/${asset}`;
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
        const markdown = toMarkdown(report);
        const json = toJson(report);
        if (sarifPath)
            await writeOut((0,external_node_path_.resolve)(ctx.cwd, sarifPath), sarif);
        const jsonPath = (0,command/* stringOption */.Pp)(options, 'report');
        if (jsonPath)
            await writeOut((0,external_node_path_.resolve)(ctx.cwd, jsonPath), json);
        return {
            stdout: format === 'json' ? json : format === 'sarif' ? sarif : markdown,
            summary: markdown,
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
