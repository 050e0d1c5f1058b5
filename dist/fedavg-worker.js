import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 227:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dd: () => (/* binding */ runRange)
});

// UNUSED EXPORTS: runRanges, splitUnits, workersFor

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __nccwpck_require__(919);
;// CONCATENATED MODULE: ./lib/errors.js
/** Exit codes: 0 ok, 1 a gate said no, 2 bad input or configuration. */
const ExitCode = { Ok: 0, Gate: 1, Usage: 2 };
/** Bad input: a flag, an input, a file the user gave us. Exit 2. */
class errors_InputError extends Error {
    exitCode = ExitCode.Usage;
    constructor(message, options) {
        super(message, options);
        this.name = 'InputError';
    }
}
/** One or more problems in model-deploy.yml (or another config file). Exit 2. */
class ConfigError extends Error {
    issues;
    exitCode = ExitCode.Usage;
    constructor(issues, options) {
        super(formatIssues(issues), options);
        this.issues = issues;
        this.name = 'ConfigError';
    }
}
/** A gate said no (findings, regression, rollback happened). Exit 1. */
class GateError extends Error {
    exitCode = ExitCode.Gate;
    constructor(message, options) {
        super(message, options);
        this.name = 'GateError';
    }
}
/** An external tool or service failed in a way the user must fix (auth, unreachable). */
class ToolError extends Error {
    exitCode;
    constructor(message, options) {
        super(message, options);
        this.name = 'ToolError';
        this.exitCode = options?.exitCode ?? ExitCode.Gate;
    }
}
function formatIssue(issue) {
    const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}:${issue.col ?? 1}` : ''}: ` : '';
    return `${where}${issue.path || '(root)'}: ${issue.message}`;
}
function formatIssues(issues) {
    if (issues.length === 1)
        return formatIssue(issues[0]);
    return `${issues.length} problems:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`;
}
/** The one place that turns any thrown value into an exit code. */
function exitCodeOf(error) {
    if (error instanceof errors_InputError || error instanceof ConfigError)
        return ExitCode.Usage;
    if (error instanceof GateError)
        return ExitCode.Gate;
    if (error instanceof ToolError)
        return error.exitCode;
    return ExitCode.Gate;
}
/** The one place that turns any thrown value into a message a user can act on. */
function describeError(error) {
    if (error instanceof errors_InputError || error instanceof ConfigError || error instanceof GateError) {
        return error.message;
    }
    if (error instanceof ToolError)
        return withCause(error.message, error.cause);
    if (error instanceof Error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
            const path = error.path;
            return `cannot access ${path ?? 'a file'} (${code}): check the path and its permissions`;
        }
        if (code === 'ECONNREFUSED')
            return `connection refused: ${error.message}; is the service running?`;
        const kube = kubernetesStatus(error);
        if (kube)
            return kube;
        return withCause(`unexpected error: ${error.message}`, error.cause) + bugHint(error);
    }
    return `unexpected error: ${String(error)}${bugHint(undefined)}`;
}
/** @kubernetes/client-node's ApiException carries the apiserver's Status object as its body. */
function kubernetesStatus(error) {
    const { code, body } = error;
    if (typeof code !== 'number' || typeof body !== 'string')
        return undefined;
    try {
        const status = JSON.parse(body);
        if (status.kind !== 'Status')
            return undefined;
        const hint = code === 401 || code === 403
            ? ': check the kubeconfig credentials and the RBAC rules of its user'
            : status.reason === 'NotFound' && /namespaces? "/.test(status.message ?? '')
                ? ': create the namespace first (kubectl create namespace ...) or fix deploy.namespace'
                : '';
        return `Kubernetes API ${code} ${status.reason ?? ''}: ${status.message ?? ''}${hint}`;
    }
    catch {
        return undefined;
    }
}
function withCause(message, cause) {
    if (cause instanceof Error && !message.includes(cause.message))
        return `${message} (cause: ${cause.message})`;
    return message;
}
function bugHint(error) {
    const top = error?.stack?.split('\n').slice(1, 3).join('\n') ?? '';
    return `\nThis is likely a bug in model-deploy; please report it with the log above.${top ? `\n${top}` : ''}`;
}

;// CONCATENATED MODULE: ./lib/scan/safetensors.js
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

;// CONCATENATED MODULE: ./lib/federated/dtype.js
/** Bit size of every safetensors dtype: the scanner's table, shared. */

/** The dtypes aggregation reads and writes; accumulation is always float64. */
const dtype_FLOAT_DTYPES = (/* unused pure expression or super */ null && (['F64', 'F32', 'F16', 'BF16']));
function dtype_isFloatDtype(dtype) {
    return dtype_FLOAT_DTYPES.includes(dtype);
}
function bytesPerElement(dtype) {
    return dtype === 'F64' ? 8 : dtype === 'F32' ? 4 : 2;
}
/** 65536-entry tables: half-precision bit pattern → value. */
let f16Table;
let bf16Table;
function f16Values() {
    if (!f16Table) {
        f16Table = new Float64Array(65536);
        for (let h = 0; h < 65536; h++)
            f16Table[h] = f16BitsToNumber(h);
    }
    return f16Table;
}
function bf16Values() {
    if (!bf16Table) {
        const bits = new Uint32Array(65536);
        for (let h = 0; h < 65536; h++)
            bits[h] = h << 16;
        bf16Table = Float64Array.from(new Float32Array(bits.buffer));
    }
    return bf16Table;
}
function f16BitsToNumber(h) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    if (exp === 0)
        return sign * frac * 2 ** -24;
    if (exp === 0x1f)
        return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
    return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);
/**
 * float64 → IEEE half bits, nearest even. Like bf16 below: every f16 halfway point (subnormal
 * ones included) is a float32, so rounding to float32 first keeps the order, and a float32 that
 * lands exactly on a halfway point is resolved with the float64 residual.
 */
function numberToF16Bits(x) {
    if (Number.isNaN(x))
        return 0x7e00;
    scratchF32[0] = x;
    return roundF32BitsToF16(scratchU32[0], x, scratchF32[0]);
}
function roundF32BitsToF16(bits, x, f) {
    const sign = (bits >>> 16) & 0x8000;
    const exp = (bits >>> 23) & 0xff;
    if (exp === 0xff)
        return sign | ((bits & 0x7fffff) !== 0 ? 0x7e00 : 0x7c00);
    const e = exp - 112; // f16 biased exponent
    if (e >= 31)
        return sign | 0x7c00;
    if (e < -10)
        return sign; // below half the smallest subnormal
    let m;
    let shift;
    if (e > 0) {
        m = bits & 0x7fffff;
        shift = 13;
    }
    else {
        m = (bits & 0x7fffff) | 0x800000;
        shift = 14 - e;
    }
    let q = m >>> shift;
    const rem = m & ((1 << shift) - 1);
    const half = 1 << (shift - 1);
    if (rem > half)
        q++;
    else if (rem === half) {
        if (f === x)
            q += q & 1;
        else if (Math.abs(x) > Math.abs(f))
            q++;
    }
    // a mantissa carry runs into the exponent (and up to infinity), as it should
    return sign | ((e > 0 ? e << 10 : 0) + q);
}
/**
 * float64 → bfloat16 bits, nearest even. Every bf16 halfway point is a float32, so rounding to
 * float32 first keeps the order; only a float32 that lands exactly on a halfway point needs the
 * float64 residual to pick the side.
 */
function numberToBf16Bits(x) {
    if (Number.isNaN(x))
        return 0x7fc0;
    scratchF32[0] = x;
    const bits = scratchU32[0];
    return roundF32BitsToBf16(bits, x, scratchF32[0]);
}
function roundF32BitsToBf16(bits, x, f) {
    const low = bits & 0xffff;
    let hi = bits >>> 16;
    if (low > 0x8000)
        hi++;
    else if (low === 0x8000) {
        if (f === x)
            hi += hi & 1;
        else if (Math.abs(x) > Math.abs(f))
            hi++;
    }
    return hi & 0xffff;
}
/** Encodes float64 values into `out` (a view over the output bytes) in the tensor's dtype. */
function encodeChunk(dtype, values, count, out) {
    switch (dtype) {
        case 'F64':
            new Float64Array(out, 0, count).set(count === values.length ? values : values.subarray(0, count));
            return;
        case 'F32':
            // Float32Array stores round half to even (ECMAScript ToFloat32).
            new Float32Array(out, 0, count).set(count === values.length ? values : values.subarray(0, count));
            return;
        case 'F16': {
            const u16 = new Uint16Array(out, 0, count);
            for (let i = 0; i < count; i++) {
                const x = values[i];
                if (Number.isNaN(x)) {
                    u16[i] = 0x7e00;
                    continue;
                }
                scratchF32[0] = x;
                u16[i] = roundF32BitsToF16(scratchU32[0], x, scratchF32[0]);
            }
            return;
        }
        case 'BF16': {
            const u16 = new Uint16Array(out, 0, count);
            for (let i = 0; i < count; i++) {
                const x = values[i];
                if (Number.isNaN(x)) {
                    u16[i] = 0x7fc0;
                    continue;
                }
                scratchF32[0] = x;
                u16[i] = roundF32BitsToBf16(scratchU32[0], x, scratchF32[0]);
            }
            return;
        }
    }
}
/**
 * Gives float values of a chunk read into `bytes` (8-byte aligned): a view for F32/F64,
 * decoded into `scratch` for F16/BF16.
 */
function decodeChunk(dtype, bytes, count, scratch) {
    switch (dtype) {
        case 'F64':
            return new Float64Array(bytes, 0, count);
        case 'F32':
            return new Float32Array(bytes, 0, count);
        case 'F16':
        case 'BF16': {
            const table = dtype === 'F16' ? f16Values() : bf16Values();
            const u16 = new Uint16Array(bytes, 0, count);
            const out = scratch.subarray(0, count);
            for (let i = 0; i < count; i++)
                out[i] = table[u16[i]];
            return out;
        }
    }
}

;// CONCATENATED MODULE: ./lib/federated/safetensors-header.js


/**
 * Reads the header of an open safetensors file and checks it with the scanner's rules (those of the
 * reference reader); every failure is an InputError naming `label` and all the problems found.
 */
async function readHeader(fh, label) {
    const fileSize = (await fh.stat()).size;
    const prefix = Buffer.alloc(Math.min(8, fileSize));
    await readFully(fh, prefix, 0, label);
    const size = safetensorsHeaderSize(prefix, fileSize);
    if (typeof size === 'string')
        throw bad(label, fileSize < 8 ? `${size} (${fileSize} bytes)` : size);
    const headerBytes = Buffer.alloc(size);
    await readFully(fh, headerBytes, 8, label);
    return parseHeader(headerBytes, fileSize, label);
}
/** Validates header bytes (without the 8-byte length) of a file of `fileSize` bytes. */
function parseHeader(headerBytes, fileSize, label) {
    const result = validateSafetensorsHeader(headerBytes, fileSize);
    if (!result.ok)
        throw bad(label, result.problems.join('; '));
    const { header } = result;
    const tensors = header.tensors.map((t) => ({ ...t, elements: t.shape.reduce((n, d) => n * d, 1) }));
    return {
        tensors,
        byName: new Map(tensors.map((t) => [t.name, t])),
        metadata: header.metadata,
        dataStart: header.dataStart,
        fileSize,
    };
}
function bad(label, message) {
    return new errors_InputError(`${label}: invalid safetensors file: ${message}`);
}
/** Reads exactly `buffer.length` bytes at `position`. */
async function readFully(fh, buffer, position, label) {
    let done = 0;
    while (done < buffer.length) {
        const { bytesRead } = await fh.read(buffer, done, buffer.length - done, position + done);
        if (bytesRead === 0)
            throw new errors_InputError(`${label}: unexpected end of file at byte ${position + done} (file changed while reading?)`);
        done += bytesRead;
    }
}

;// CONCATENATED MODULE: ./lib/federated/checkpoint.js




async function openCheckpoint(path, label) {
    let fh;
    try {
        fh = await (0,promises_namespaceObject.open)(path, 'r');
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new errors_InputError(`${label}: cannot open checkpoint (${code}): check the path`, { cause: error });
    }
    try {
        return { label, path, fh, header: await readHeader(fh, label) };
    }
    catch (error) {
        await fh.close();
        throw error;
    }
}
async function closeAll(checkpoints) {
    await Promise.allSettled(checkpoints.map((c) => c.fh.close()));
}
/**
 * Checks that every checkpoint holds the reference's tensors with the same shapes and dtypes
 * and that they are floats; returns the reference's tensors in data order.
 */
function checkCompatible(reference, others) {
    const tensors = reference.header.tensors;
    if (tensors.length === 0)
        throw new InputError(`${reference.label}: the checkpoint holds no tensors`);
    for (const t of tensors) {
        if (!isFloatDtype(t.dtype)) {
            throw new InputError(`${reference.label}: tensor "${t.name}" has dtype ${t.dtype}; aggregation supports ${FLOAT_DTYPES.join(', ')}`);
        }
    }
    for (const other of others) {
        for (const t of tensors) {
            const o = other.header.byName.get(t.name);
            if (!o)
                throw new InputError(`${other.label} is missing tensor "${t.name}" (present in ${reference.label})`);
            if (o.dtype !== t.dtype) {
                throw new InputError(`tensor "${t.name}": ${other.label} has dtype ${o.dtype} but ${reference.label} has ${t.dtype}`);
            }
            if (o.shape.length !== t.shape.length || o.shape.some((d, i) => d !== t.shape[i])) {
                throw new InputError(`tensor "${t.name}": ${other.label} has shape ${JSON.stringify(o.shape)} but ${reference.label} has ${JSON.stringify(t.shape)}`);
            }
        }
        if (other.header.tensors.length !== tensors.length) {
            const extra = other.header.tensors.find((t) => !reference.header.byName.has(t.name));
            throw new InputError(`${other.label} has tensor "${extra?.name}" that ${reference.label} does not have`);
        }
    }
    return tensors;
}

;// CONCATENATED MODULE: ./lib/federated/fedavg-simd-wasm.js
// generated by scripts/fedavg-simd.mjs from fedavg-simd.wat: do not edit
const FEDAVG_SIMD_WASM = 'AGFzbQEAAAABGAFgFH9/f39/f39/f39/f3x8fHx8fHx8AAMDAgAABQMBAAEHIAMGbWVtb3J5AgAFZnVzZWQAAAtmdXNlZE5vQmFzZQABCo0NAuAGAgF/I3sgDP0UIRsgDf0UIR8gDv0UISMgD/0UIScgEP0UISsgEf0UIS8gEv0UITMgE/0UITcCQANAIBQgAE8NASADIBRBAnRq/V0DAP1fIRcgBCAUQQJ0av1dAwD9XyAX/fEBIRggBSAUQQJ0av1dAwD9XyAX/fEBIRwgBiAUQQJ0av1dAwD9XyAX/fEBISAgByAUQQJ0av1dAwD9XyAX/fEBISQgCCAUQQJ0av1dAwD9XyAX/fEBISggCSAUQQJ0av1dAwD9XyAX/fEBISwgCiAUQQJ0av1dAwD9XyAX/fEBITAgCyAUQQJ0av1dAwD9XyAX/fEBITQgGyAY/fIBIB8gHP3yAf3wASAjICD98gH98AEgJyAk/fIB/fABICsgKP3yAf3wASAvICz98gH98AEgMyAw/fIB/fABIDcgNP3yAf3wASEVIAEgFEEDdGogFf0LBAAgFiAVIBX98gH98AEhFiAZIBggGP3yAf3wASEZIBogGCAV/fIB/fABIRogHSAcIBz98gH98AEhHSAeIBwgFf3yAf3wASEeICEgICAg/fIB/fABISEgIiAgIBX98gH98AEhIiAlICQgJP3yAf3wASElICYgJCAV/fIB/fABISYgKSAoICj98gH98AEhKSAqICggFf3yAf3wASEqIC0gLCAs/fIB/fABIS0gLiAsIBX98gH98AEhLiAxIDAgMP3yAf3wASExIDIgMCAV/fIB/fABITIgNSA0IDT98gH98AEhNSA2IDQgFf3yAf3wASE2IBRBAmohFAwACwsgAiAZ/SEAIBn9IQGgOQMAIAIgGv0hACAa/SEBoDkDQCACIB39IQAgHf0hAaA5AwggAiAe/SEAIB79IQGgOQNIIAIgIf0hACAh/SEBoDkDECACICL9IQAgIv0hAaA5A1AgAiAl/SEAICX9IQGgOQMYIAIgJv0hACAm/SEBoDkDWCACICn9IQAgKf0hAaA5AyAgAiAq/SEAICr9IQGgOQNgIAIgLf0hACAt/SEBoDkDKCACIC79IQAgLv0hAaA5A2ggAiAx/SEAIDH9IQGgOQMwIAIgMv0hACAy/SEBoDkDcCACIDX9IQAgNf0hAaA5AzggAiA2/SEAIDb9IQGgOQN4IAIgFv0hACAW/SEBoDkDgAELqAYCAX8jeyAM/RQhGyAN/RQhHyAO/RQhIyAP/RQhJyAQ/RQhKyAR/RQhLyAS/RQhMyAT/RQhNwJAA0AgFCAATw0BIAQgFEECdGr9XQMA/V8hGCAFIBRBAnRq/V0DAP1fIRwgBiAUQQJ0av1dAwD9XyEgIAcgFEECdGr9XQMA/V8hJCAIIBRBAnRq/V0DAP1fISggCSAUQQJ0av1dAwD9XyEsIAogFEECdGr9XQMA/V8hMCALIBRBAnRq/V0DAP1fITQgGyAY/fIBIB8gHP3yAf3wASAjICD98gH98AEgJyAk/fIB/fABICsgKP3yAf3wASAvICz98gH98AEgMyAw/fIB/fABIDcgNP3yAf3wASEVIAEgFEEDdGogFf0LBAAgFiAVIBX98gH98AEhFiAZIBggGP3yAf3wASEZIBogGCAV/fIB/fABIRogHSAcIBz98gH98AEhHSAeIBwgFf3yAf3wASEeICEgICAg/fIB/fABISEgIiAgIBX98gH98AEhIiAlICQgJP3yAf3wASElICYgJCAV/fIB/fABISYgKSAoICj98gH98AEhKSAqICggFf3yAf3wASEqIC0gLCAs/fIB/fABIS0gLiAsIBX98gH98AEhLiAxIDAgMP3yAf3wASExIDIgMCAV/fIB/fABITIgNSA0IDT98gH98AEhNSA2IDQgFf3yAf3wASE2IBRBAmohFAwACwsgAiAZ/SEAIBn9IQGgOQMAIAIgGv0hACAa/SEBoDkDQCACIB39IQAgHf0hAaA5AwggAiAe/SEAIB79IQGgOQNIIAIgIf0hACAh/SEBoDkDECACICL9IQAgIv0hAaA5A1AgAiAl/SEAICX9IQGgOQMYIAIgJv0hACAm/SEBoDkDWCACICn9IQAgKf0hAaA5AyAgAiAq/SEAICr9IQGgOQNgIAIgLf0hACAt/SEBoDkDKCACIC79IQAgLv0hAaA5A2ggAiAx/SEAIDH9IQGgOQMwIAIgMv0hACAy/SEBoDkDcCACIDX9IQAgNf0hAaA5AzggAiA2/SEAIDb9IQGgOQN4IAIgFv0hACAW/SEBoDkDgAEL';

;// CONCATENATED MODULE: ./lib/federated/kernels-simd.js

// the project's TypeScript lib has no WebAssembly declarations (no DOM); Node has it
const wasm = globalThis.WebAssembly;
const LANES = 8;
let kernels_simd_exports;
let capacity = 0;
function instance() {
    if (kernels_simd_exports === undefined) {
        try {
            const module = new wasm.Module(Buffer.from(FEDAVG_SIMD_WASM, 'base64'));
            kernels_simd_exports = new wasm.Instance(module).exports;
        }
        catch {
            kernels_simd_exports = null; // no WASM SIMD here: the JS loop does the work
        }
    }
    return kernels_simd_exports;
}
/**
 * Layout for `cap` elements (even): 8 client slots, the base, a zero slot (float32 each), then g
 * (float64) and the 17 sums.
 */
function layout(cap) {
    const f32 = cap * 4;
    return {
        client: (k) => k * f32,
        base: 8 * f32,
        zero: 9 * f32,
        acc: 10 * f32,
        st: 10 * f32 + cap * 8,
    };
}
/**
 * g = Σ w_k·u_k into acc[0, count), adds Σu_k² to s[k] and Σu_k·g to d[k]; returns Σg². `c` holds
 * at most 8 float32 arrays; `b` (float32) is subtracted when given. Returns undefined when WASM
 * SIMD is not available.
 */
function fusedSimd(c, w, b, acc, count, s, d) {
    const x = instance();
    if (!x)
        return undefined;
    const n = count + (count % 2); // an odd count adds one zero element: it adds 0 to every sum
    if (n > capacity) {
        const bytes = layout(n).st + 17 * 8;
        const have = x.memory.buffer.byteLength;
        if (bytes > have)
            x.memory.grow(Math.ceil((bytes - have) / 65536));
        capacity = n;
        new Uint8Array(x.memory.buffer).fill(0);
    }
    const at = layout(capacity);
    const mem = x.memory.buffer;
    const put = (offset, values) => {
        const view = new Float32Array(mem, offset, n);
        view.set(values.subarray(0, count));
        if (n > count)
            view[count] = 0;
    };
    const pointers = [];
    const weights = [];
    for (let k = 0; k < LANES; k++) {
        if (k < c.length) {
            put(at.client(k), c[k]);
            pointers.push(at.client(k));
            weights.push(w[k]);
        }
        else {
            pointers.push(at.zero);
            weights.push(0);
        }
    }
    if (b)
        put(at.base, b);
    (b ? x.fused : x.fusedNoBase)(n, at.acc, at.st, at.base, ...pointers, ...weights);
    acc.set(new Float64Array(mem, at.acc, count));
    const st = new Float64Array(mem, at.st, 17);
    for (let k = 0; k < LANES; k++) {
        s[k] = st[k];
        d[k] = st[LANES + k];
    }
    return st[2 * LANES];
}

;// CONCATENATED MODULE: ./lib/federated/kernels.js
/** Per-chunk arithmetic over decoded client values; all sums in float64. */

/** Clients per fused sweep: each element of up to this many clients is loaded once. */
const GROUP = 8;
/** Elements per block when there are more clients than GROUP: a block stays in cache between the passes. */
const BLOCK = 4096;
let zeroValues = new Float32Array(0);
function zeros(length) {
    if (zeroValues.length < length)
        zeroValues = new Float32Array(length);
    return zeroValues;
}
/**
 * Weighted sum and its statistics: g = acc = Σ coef_i·u_i with u_i = client_i − sub (or client_i
 * when `sub` is undefined); adds Σ u_i² to norm2[i] and Σ u_i·g to dots[i]; returns Σ g².
 */
function weightedSum(clients, coefs, sub, acc, count, norm2, dots) {
    const zero = zeros(count);
    const b = sub ?? zero;
    const groups = [];
    for (let first = 0; first < clients.length; first += GROUP) {
        const c = clients.slice(first, first + GROUP);
        const w = coefs.slice(first, first + GROUP);
        while (c.length < GROUP) {
            c.push(zero);
            w.push(0);
        }
        groups.push({ c, w, first });
    }
    const s = new Float64Array(GROUP);
    const d = new Float64Array(GROUP);
    const collect = (first, into, from) => {
        for (let k = 0; k < GROUP && first + k < clients.length; k++)
            into[first + k] += from[k];
        from.fill(0);
    };
    if (groups.length === 1) {
        const { c, w } = groups[0];
        const f32 = (v) => v instanceof Float32Array;
        const g2 = (clients.every(f32) && (sub === undefined || f32(sub))
            ? fusedSimd(clients, coefs, sub, acc, count, s, d)
            : undefined) ??
            (sub ? fused(c, w, sub, acc, 0, count, s, d) : fusedNoBase(c, w, acc, 0, count, s, d));
        collect(0, norm2, s);
        collect(0, dots, d);
        return g2;
    }
    let g2 = 0;
    for (let from = 0; from < count; from += BLOCK) {
        const to = Math.min(count, from + BLOCK);
        acc.fill(0, from, to);
        for (const { c, w, first } of groups) {
            sumGroup(c, w, b, acc, from, to, s);
            collect(first, norm2, s);
        }
        for (const { c, first } of groups) {
            dotGroup(c, b, acc, from, to, d);
            collect(first, dots, d);
        }
        for (let j = from; j < to; j++)
            g2 += acc[j] * acc[j];
    }
    return g2;
}
/** Up to 8 clients in one sweep: g, Σu², Σu·g and Σg² with every value loaded once. */
function fused(c, w, b, acc, from, to, s, d) {
    const [c0, c1, c2, c3, c4, c5, c6, c7] = c;
    const [w0, w1, w2, w3, w4, w5, w6, w7] = w;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    let d0 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0;
    let g2 = 0;
    for (let j = from; j < to; j++) {
        const bj = b[j];
        const u0 = c0[j] - bj, u1 = c1[j] - bj, u2 = c2[j] - bj, u3 = c3[j] - bj;
        const u4 = c4[j] - bj, u5 = c5[j] - bj, u6 = c6[j] - bj, u7 = c7[j] - bj;
        const g = w0 * u0 + w1 * u1 + w2 * u2 + w3 * u3 + w4 * u4 + w5 * u5 + w6 * u6 + w7 * u7;
        acc[j] = g;
        g2 += g * g;
        s0 += u0 * u0;
        s1 += u1 * u1;
        s2 += u2 * u2;
        s3 += u3 * u3;
        s4 += u4 * u4;
        s5 += u5 * u5;
        s6 += u6 * u6;
        s7 += u7 * u7;
        d0 += u0 * g;
        d1 += u1 * g;
        d2 += u2 * g;
        d3 += u3 * g;
        d4 += u4 * g;
        d5 += u5 * g;
        d6 += u6 * g;
        d7 += u7 * g;
    }
    s.set([s0, s1, s2, s3, s4, s5, s6, s7]);
    d.set([d0, d1, d2, d3, d4, d5, d6, d7]);
    return g2;
}
/** `fused` without a base to subtract. */
function fusedNoBase(c, w, acc, from, to, s, d) {
    const [c0, c1, c2, c3, c4, c5, c6, c7] = c;
    const [w0, w1, w2, w3, w4, w5, w6, w7] = w;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    let d0 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0;
    let g2 = 0;
    for (let j = from; j < to; j++) {
        const u0 = c0[j], u1 = c1[j], u2 = c2[j], u3 = c3[j];
        const u4 = c4[j], u5 = c5[j], u6 = c6[j], u7 = c7[j];
        const g = w0 * u0 + w1 * u1 + w2 * u2 + w3 * u3 + w4 * u4 + w5 * u5 + w6 * u6 + w7 * u7;
        acc[j] = g;
        g2 += g * g;
        s0 += u0 * u0;
        s1 += u1 * u1;
        s2 += u2 * u2;
        s3 += u3 * u3;
        s4 += u4 * u4;
        s5 += u5 * u5;
        s6 += u6 * u6;
        s7 += u7 * u7;
        d0 += u0 * g;
        d1 += u1 * g;
        d2 += u2 * g;
        d3 += u3 * g;
        d4 += u4 * g;
        d5 += u5 * g;
        d6 += u6 * g;
        d7 += u7 * g;
    }
    s.set([s0, s1, s2, s3, s4, s5, s6, s7]);
    d.set([d0, d1, d2, d3, d4, d5, d6, d7]);
    return g2;
}
function sumGroup(c, w, b, acc, from, to, s) {
    const [c0, c1, c2, c3, c4, c5, c6, c7] = c;
    const [w0, w1, w2, w3, w4, w5, w6, w7] = w;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    for (let j = from; j < to; j++) {
        const bj = b[j];
        const u0 = c0[j] - bj, u1 = c1[j] - bj, u2 = c2[j] - bj, u3 = c3[j] - bj;
        const u4 = c4[j] - bj, u5 = c5[j] - bj, u6 = c6[j] - bj, u7 = c7[j] - bj;
        acc[j] += w0 * u0 + w1 * u1 + w2 * u2 + w3 * u3 + w4 * u4 + w5 * u5 + w6 * u6 + w7 * u7;
        s0 += u0 * u0;
        s1 += u1 * u1;
        s2 += u2 * u2;
        s3 += u3 * u3;
        s4 += u4 * u4;
        s5 += u5 * u5;
        s6 += u6 * u6;
        s7 += u7 * u7;
    }
    s.set([s0, s1, s2, s3, s4, s5, s6, s7]);
}
function dotGroup(c, b, g, from, to, d) {
    const [c0, c1, c2, c3, c4, c5, c6, c7] = c;
    let d0 = 0, d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0, d6 = 0, d7 = 0;
    for (let j = from; j < to; j++) {
        const bj = b[j];
        const h = g[j];
        d0 += (c0[j] - bj) * h;
        d1 += (c1[j] - bj) * h;
        d2 += (c2[j] - bj) * h;
        d3 += (c3[j] - bj) * h;
        d4 += (c4[j] - bj) * h;
        d5 += (c5[j] - bj) * h;
        d6 += (c6[j] - bj) * h;
        d7 += (c7[j] - bj) * h;
    }
    d.set([d0, d1, d2, d3, d4, d5, d6, d7]);
}
/** Adds Σ u_i² of this chunk to norm2[i] (first pass of norm clipping). */
function updateNorms(clients, sub, count, norm2) {
    for (let i = 0; i < clients.length; i++) {
        const c = clients[i];
        let s = 0;
        if (sub) {
            for (let j = 0; j < count; j++) {
                const u = c[j] - sub[j];
                s += u * u;
            }
        }
        else {
            for (let j = 0; j < count; j++)
                s += c[j] * c[j];
        }
        norm2[i] += s;
    }
}
/**
 * Coordinate-wise median (`trim` < 0) or mean after dropping `trim` values from each end, of
 * u_i = client_i − sub. Adds Σ u_i² to norm2[i].
 */
function robustCombine(clients, sub, trim, acc, count, norm2) {
    const n = clients.length;
    const vals = new Float64Array(n);
    const keep = trim < 0 ? 0 : n - 2 * trim;
    for (let j = 0; j < count; j++) {
        const b = sub ? sub[j] : 0;
        for (let i = 0; i < n; i++) {
            const u = clients[i][j] - b;
            norm2[i] += u * u;
            // insertion sort while gathering: n is the number of clients
            let k = i;
            while (k > 0 && vals[k - 1] > u) {
                vals[k] = vals[k - 1];
                k--;
            }
            vals[k] = u;
        }
        if (trim < 0) {
            acc[j] = n % 2 === 1 ? vals[(n - 1) / 2] : (vals[n / 2 - 1] + vals[n / 2]) / 2;
        }
        else {
            let s = 0;
            for (let k = trim; k < trim + keep; k++)
                s += vals[k];
            acc[j] = s / keep;
        }
    }
}
/** Adds u_i·g to dots[i]; returns g·g for this chunk. */
function alignment(clients, sub, g, count, dots) {
    for (let i = 0; i < clients.length; i++) {
        const c = clients[i];
        let s = 0;
        if (sub)
            for (let j = 0; j < count; j++)
                s += (c[j] - sub[j]) * g[j];
        else
            for (let j = 0; j < count; j++)
                s += c[j] * g[j];
        dots[i] += s;
    }
    let g2 = 0;
    for (let j = 0; j < count; j++)
        g2 += g[j] * g[j];
    return g2;
}
/** Writes base + g into `out` and returns it; returns g itself without a base. */
function addBase(g, base, count, out) {
    if (!base)
        return g;
    for (let j = 0; j < count; j++)
        out[j] = base[j] + g[j];
    return out;
}
function firstNonFinite(values, count) {
    for (let j = 0; j < count; j++)
        if (!Number.isFinite(values[j]))
            return j;
    return -1;
}

;// CONCATENATED MODULE: ./lib/federated/stream.js


function* stream_unitsOf(tensors, chunkElements) {
    for (const tensor of tensors) {
        const dtype = tensor.dtype;
        for (let start = 0; start < tensor.elements; start += chunkElements) {
            yield { tensor, dtype, start, count: Math.min(chunkElements, tensor.elements - start) };
        }
    }
}
function* unitsIn(tensors, chunkElements, [first, end]) {
    let index = 0;
    for (const unit of stream_unitsOf(tensors, chunkElements)) {
        if (index >= end)
            return;
        if (index++ >= first)
            yield unit;
    }
}
/**
 * Reads units chunk by chunk from several checkpoints with bounded memory: two 8-byte-aligned
 * buffers per source (the next unit is read while the current one is processed) and one float64
 * scratch per source for F16/BF16 decoding.
 */
class ChunkReader {
    sourceCount;
    chunkElements;
    buffers;
    scratch;
    constructor(sourceCount, chunkElements) {
        this.sourceCount = sourceCount;
        this.chunkElements = chunkElements;
        this.buffers = [0, 1].map(() => Array.from({ length: sourceCount }, () => new ArrayBuffer(chunkElements * 8)));
        this.scratch = new Array(sourceCount).fill(undefined);
    }
    /**
     * Calls `visit` with each unit's values (one array per source, in `sources` order) until the
     * units run out or `visit` returns false; `range` limits it to units [first, end) of `unitsOf`.
     */
    async each(sources, tensors, visit, signal, range) {
        const units = unitsIn(tensors, this.chunkElements, range ?? [0, Number.POSITIVE_INFINITY]);
        let current = units.next();
        let set = 0;
        let pending = current.done
            ? undefined
            : this.read(sources, current.value, set);
        pending?.catch(() => undefined);
        while (!current.done && pending) {
            await pending;
            const unit = current.value;
            const unitSet = set;
            current = units.next();
            set ^= 1;
            pending = current.done ? undefined : this.read(sources, current.value, set);
            pending?.catch(() => undefined);
            try {
                signal?.throwIfAborted();
                const values = sources.map((_, s) => this.decode(s, unit, unitSet));
                if (!(await visit(unit, values, unitSet)))
                    break;
            }
            catch (error) {
                await pending?.catch(() => undefined);
                throw error;
            }
        }
        await pending?.catch(() => undefined);
    }
    read(sources, unit, set) {
        const bpe = bytesPerElement(unit.dtype);
        return Promise.all(sources.map((source, s) => {
            const t = source.header.byName.get(unit.tensor.name);
            const view = new Uint8Array(this.buffers[set][s], 0, unit.count * bpe);
            return readFully(source.fh, view, source.header.dataStart + t.begin + unit.start * bpe, source.label);
        })).then(() => undefined);
    }
    decode(source, unit, set) {
        let scratch = this.scratch[source];
        if (!scratch && (unit.dtype === 'F16' || unit.dtype === 'BF16')) {
            scratch = new Float64Array(this.chunkElements);
            this.scratch[source] = scratch;
        }
        return decodeChunk(unit.dtype, this.buffers[set][source], unit.count, scratch ?? new Float64Array(0));
    }
}

;// CONCATENATED MODULE: ./lib/federated/fedavg-range.js










/** Units a pass over `tensors` makes with `chunkElements`, split into `parts` ranges of about equal elements. */
function splitUnits(tensors, chunkElements, parts) {
    const counts = [...unitsOf(tensors, chunkElements)].map((u) => u.count);
    const total = counts.reduce((s, c) => s + c, 0);
    const ranges = [];
    let first = 0;
    let done = 0;
    for (let i = 0; i < counts.length; i++) {
        done += counts[i];
        if (done >= (total * (ranges.length + 1)) / parts || i === counts.length - 1) {
            ranges.push([first, i + 1]);
            first = i + 1;
        }
    }
    return ranges;
}
/** Worker threads a pass over `elements` parameters uses: one per core, when the work is worth a thread. */
function workersFor(elements, requested) {
    if (requested !== undefined)
        return Math.max(1, Math.floor(requested));
    return elements >= 8 * 2 ** 20 ? Math.min(4, availableParallelism()) : 1;
}
/** Runs one range on this thread; `onUnit` hears the element count of each unit written. */
async function runRange(spec, signal, onUnit) {
    const opened = [];
    let out;
    try {
        for (const s of spec.sources)
            opened.push(await openCheckpoint(s.path, s.label));
        out = await (0,promises_namespaceObject.open)(spec.out.temp, 'r+');
        return await sweep(spec, opened, out, signal, onUnit);
    }
    catch (error) {
        return { kind: 'error', message: error.message, input: error instanceof errors_InputError };
    }
    finally {
        await out?.close().catch(() => undefined);
        await closeAll(opened);
    }
}
async function sweep(spec, sources, out, signal, onUnit) {
    const n = spec.clients;
    const tensors = spec.tensors.map((name) => sources[0].header.byName.get(name));
    const chunk = spec.chunkElements;
    const reader = new ChunkReader(sources.length, chunk);
    const acc = new Float64Array(chunk);
    const withBase = new Float64Array(spec.hasBase ? chunk : 0);
    const outBuffers = [new ArrayBuffer(chunk * 8), new ArrayBuffer(chunk * 8)];
    const writes = [undefined, undefined];
    const perUnit = 2 * n + 1;
    const stats = new Float64Array((spec.range[1] - spec.range[0]) * perUnit);
    let index = 0;
    let stop;
    try {
        await reader.each(sources, tensors, async (unit, values, set) => {
            const cs = values.slice(0, n);
            const baseValues = spec.hasBase ? values[n] : undefined;
            const norm2 = stats.subarray(index * perUnit, index * perUnit + n);
            const dots = stats.subarray(index * perUnit + n, index * perUnit + 2 * n);
            const g2 = weightedSum(cs, spec.coefs, spec.subtractBase ? baseValues : undefined, acc, unit.count, norm2, dots);
            stats[index * perUnit + 2 * n] = g2;
            const found = [];
            for (let i = 0; i < n; i++) {
                if (Number.isFinite(norm2[i]))
                    continue;
                const at = firstNonFinite(cs[i], unit.count);
                if (at >= 0)
                    found.push({ client: i, tensor: unit.tensor.name, element: unit.start + at });
            }
            if (found.length > 0) {
                stop = { kind: 'found', unit: spec.range[0] + index, found };
                return false;
            }
            if (!Number.isFinite(g2) && baseValues) {
                const at = firstNonFinite(baseValues, unit.count);
                if (at >= 0) {
                    stop = {
                        kind: 'bad-base',
                        unit: spec.range[0] + index,
                        tensor: unit.tensor.name,
                        element: unit.start + at,
                    };
                    return false;
                }
            }
            const result = addBase(acc, baseValues, unit.count, withBase);
            await writes[set];
            const bpe = bytesPerElement(unit.dtype);
            encodeChunk(unit.dtype, result, unit.count, outBuffers[set]);
            const write = writeAll(out, new Uint8Array(outBuffers[set], 0, unit.count * bpe), spec.out.dataStart + spec.out.offsets[unit.tensor.name] + unit.start * bpe, spec.out.label);
            write.catch(() => undefined);
            writes[set] = write;
            index++;
            onUnit?.(unit.count);
            return true;
        }, signal, spec.range);
    }
    finally {
        await Promise.allSettled(writes);
    }
    await Promise.all(writes);
    return stop ?? { kind: 'done', stats };
}
async function writeAll(fh, bytes, position, label) {
    try {
        let done = 0;
        while (done < bytes.length) {
            const { bytesWritten } = await fh.write(bytes, done, bytes.length - done, position + done);
            done += bytesWritten;
        }
    }
    catch (error) {
        const code = error.code ?? error.message;
        throw new errors_InputError(`cannot write output ${label} (${code}): check that its directory exists, is writable and has free space`, { cause: error });
    }
}
/**
 * The worker: fedavg-worker.js next to this module in lib/, and next to the bundle's chunks in dist/
 * (scripts/bundle.mjs builds it there); from source (tsx, vitest) it loads fedavg-worker.ts through tsx.
 */
function startWorker(spec) {
    const here = import.meta.url;
    if (!here.endsWith('.ts'))
        return new Worker(new URL('./fedavg-worker.js', here), { workerData: spec });
    // the ESM build of tsx's register API sits next to the CommonJS one require resolves
    const tsx = pathToFileURL(createRequire(here)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs')).href;
    const script = new URL('./fedavg-worker.ts', here).href;
    return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); });`, { eval: true, workerData: spec });
}
/** Runs the ranges, the first on this thread and each other one in a worker thread. */
function runRanges(specs, signal, onUnit) {
    return Promise.all(specs.map((spec, i) => (i === 0 ? runRange(spec, signal, onUnit) : inWorker(spec, signal, onUnit))));
}
function inWorker(spec, signal, onUnit) {
    return new Promise((resolve, reject) => {
        const worker = startWorker(spec);
        const abort = () => void worker.terminate();
        signal?.addEventListener('abort', abort, { once: true });
        let result;
        worker.on('message', (m) => {
            if ('progress' in m)
                onUnit?.(m.progress);
            else
                result = m;
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
            signal?.removeEventListener('abort', abort);
            if (signal?.aborted)
                reject(signal.reason);
            else if (result)
                resolve(result);
            else
                reject(new Error(`aggregation worker exited with code ${code} without a result`));
        });
    });
}


/***/ }),

/***/ 266:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(919);
/* harmony import */ var _fedavg_range_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(227);
// Worker-thread entry: runs one range of a weighted-sum pass (see fedavg-range.ts) and posts its result.


const result = await (0,_fedavg_range_js__WEBPACK_IMPORTED_MODULE_1__/* .runRange */ .dd)(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData, undefined, (progress) => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage({ progress }));
node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(result, result.kind === 'done' ? [result.stats.buffer] : []);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(266);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
