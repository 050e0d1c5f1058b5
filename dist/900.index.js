export const id = 900;
export const ids = [900,21];
export const modules = {

/***/ 76900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ aggregate)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./lib/config/load.js + 9 modules
var load = __webpack_require__(35130);
// EXTERNAL MODULE: ./lib/config/sections/federated.js
var federated = __webpack_require__(83803);
// EXTERNAL MODULE: ./lib/config/units.js
var units = __webpack_require__(17361);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/scan/safetensors.js
var safetensors = __webpack_require__(46628);
;// CONCATENATED MODULE: ./lib/federated/dtype.js
/** Bit size of every safetensors dtype: the scanner's table, shared. */

/** The dtypes aggregation reads and writes; accumulation is always float64. */
const FLOAT_DTYPES = ['F64', 'F32', 'F16', 'BF16'];
function isFloatDtype(dtype) {
    return FLOAT_DTYPES.includes(dtype);
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
    const size = (0,safetensors/* safetensorsHeaderSize */.Ek)(prefix, fileSize);
    if (typeof size === 'string')
        throw bad(label, fileSize < 8 ? `${size} (${fileSize} bytes)` : size);
    const headerBytes = Buffer.alloc(size);
    await readFully(fh, headerBytes, 8, label);
    return parseHeader(headerBytes, fileSize, label);
}
/** Validates header bytes (without the 8-byte length) of a file of `fileSize` bytes. */
function parseHeader(headerBytes, fileSize, label) {
    const result = (0,safetensors/* validateSafetensorsHeader */.vT)(headerBytes, fileSize);
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
    return new errors/* InputError */.dz(`${label}: invalid safetensors file: ${message}`);
}
/** Reads exactly `buffer.length` bytes at `position`. */
async function readFully(fh, buffer, position, label) {
    let done = 0;
    while (done < buffer.length) {
        const { bytesRead } = await fh.read(buffer, done, buffer.length - done, position + done);
        if (bytesRead === 0)
            throw new errors/* InputError */.dz(`${label}: unexpected end of file at byte ${position + done} (file changed while reading?)`);
        done += bytesRead;
    }
}

;// CONCATENATED MODULE: ./lib/federated/checkpoint.js




async function openCheckpoint(path, label) {
    let fh;
    try {
        fh = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new errors/* InputError */.dz(`${label}: cannot open checkpoint (${code}): check the path`, { cause: error });
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
        throw new errors/* InputError */.dz(`${reference.label}: the checkpoint holds no tensors`);
    for (const t of tensors) {
        if (!isFloatDtype(t.dtype)) {
            throw new errors/* InputError */.dz(`${reference.label}: tensor "${t.name}" has dtype ${t.dtype}; aggregation supports ${FLOAT_DTYPES.join(', ')}`);
        }
    }
    for (const other of others) {
        for (const t of tensors) {
            const o = other.header.byName.get(t.name);
            if (!o)
                throw new errors/* InputError */.dz(`${other.label} is missing tensor "${t.name}" (present in ${reference.label})`);
            if (o.dtype !== t.dtype) {
                throw new errors/* InputError */.dz(`tensor "${t.name}": ${other.label} has dtype ${o.dtype} but ${reference.label} has ${t.dtype}`);
            }
            if (o.shape.length !== t.shape.length || o.shape.some((d, i) => d !== t.shape[i])) {
                throw new errors/* InputError */.dz(`tensor "${t.name}": ${other.label} has shape ${JSON.stringify(o.shape)} but ${reference.label} has ${JSON.stringify(t.shape)}`);
            }
        }
        if (other.header.tensors.length !== tensors.length) {
            const extra = other.header.tensors.find((t) => !reference.header.byName.has(t.name));
            throw new errors/* InputError */.dz(`${other.label} has tensor "${extra?.name}" that ${reference.label} does not have`);
        }
    }
    return tensors;
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
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


function* unitsOf(tensors, chunkElements) {
    for (const tensor of tensors) {
        const dtype = tensor.dtype;
        for (let start = 0; start < tensor.elements; start += chunkElements) {
            yield { tensor, dtype, start, count: Math.min(chunkElements, tensor.elements - start) };
        }
    }
}
function* unitsIn(tensors, chunkElements, [first, end]) {
    let index = 0;
    for (const unit of unitsOf(tensors, chunkElements)) {
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
    return elements >= 8 * 2 ** 20 ? Math.min(4, (0,external_node_os_.availableParallelism)()) : 1;
}
/** Runs one range on this thread; `onUnit` hears the element count of each unit written. */
async function runRange(spec, signal, onUnit) {
    const opened = [];
    let out;
    try {
        for (const s of spec.sources)
            opened.push(await openCheckpoint(s.path, s.label));
        out = await (0,promises_.open)(spec.out.temp, 'r+');
        return await sweep(spec, opened, out, signal, onUnit);
    }
    catch (error) {
        return { kind: 'error', message: error.message, input: error instanceof errors/* InputError */.dz };
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
        throw new errors/* InputError */.dz(`cannot write output ${label} (${code}): check that its directory exists, is writable and has free space`, { cause: error });
    }
}
/**
 * The worker: fedavg-worker.js next to this module in lib/, and next to the bundle's chunks in dist/
 * (scripts/bundle.mjs builds it there); from source (tsx, vitest) it loads fedavg-worker.ts through tsx.
 */
function startWorker(spec) {
    const here = import.meta.url;
    if (!here.endsWith('.ts'))
        return new external_node_worker_threads_.Worker(new URL('./fedavg-worker.js', here), { workerData: spec });
    // the ESM build of tsx's register API sits next to the CommonJS one require resolves
    const tsx = (0,external_node_url_.pathToFileURL)((0,external_node_module_.createRequire)(here)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs')).href;
    const script = new URL('./fedavg-worker.ts', here).href;
    return new external_node_worker_threads_.Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); });`, { eval: true, workerData: spec });
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

;// CONCATENATED MODULE: ./lib/federated/method.js

const DEFAULT_TRIM = 0.1;
/** `fedavg`, `median`, `trimmed-mean[:FRACTION]`, `fedavg-clip:NORM`. */
function parseMethod(text) {
    const s = text.trim();
    if (s === 'fedavg')
        return { kind: 'fedavg' };
    if (s === 'median')
        return { kind: 'median' };
    const trimmed = /^trimmed-mean(?::(\d*\.?\d+))?$/.exec(s);
    if (trimmed) {
        const fraction = trimmed[1] === undefined ? DEFAULT_TRIM : Number(trimmed[1]);
        if (!(fraction >= 0 && fraction < 0.5)) {
            throw new errors/* InputError */.dz(`method ${s}: the trimmed fraction must be at least 0 and below 0.5, e.g. trimmed-mean:0.1`);
        }
        return { kind: 'trimmed-mean', fraction };
    }
    const clip = /^fedavg-clip:(\d*\.?\d+(?:[eE][+-]?\d+)?)$/.exec(s);
    if (clip) {
        const norm = Number(clip[1]);
        if (!(norm > 0 && Number.isFinite(norm)))
            throw new errors/* InputError */.dz(`method ${s}: the clipping norm must be a positive number`);
        return { kind: 'fedavg-clip', norm };
    }
    throw new errors/* InputError */.dz(`unknown aggregation method "${text}": use fedavg, median, trimmed-mean:FRACTION (e.g. 0.1) or fedavg-clip:NORM`);
}
function formatMethod(method) {
    switch (method.kind) {
        case 'fedavg':
        case 'median':
            return method.kind;
        case 'trimmed-mean':
            return `trimmed-mean:${method.fraction}`;
        case 'fedavg-clip':
            return `fedavg-clip:${method.norm}`;
    }
}
/** Clients trimmed from each side of every coordinate. */
function trimCount(fraction, clients) {
    return Math.floor(fraction * clients);
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
;// CONCATENATED MODULE: ./lib/federated/report.js

/** Robust z-score threshold (Iglewicz & Hoaglin) on update norms. */
const OUTLIER_Z = 3.5;
/** A norm also has to be this many times off the median, so near-identical honest clients are not flagged. */
const OUTLIER_RATIO = 3;
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Sets `outlier` and `reasons` on the clients that took part. */
function flagOutliers(clients) {
    const active = clients.filter((c) => c.excluded === undefined && c.updateNorm !== null);
    const norms = active.map((c) => c.updateNorm);
    const med = norms.length >= 3 ? median(norms) : Number.NaN;
    let spread = norms.length >= 3 ? median(norms.map((n) => Math.abs(n - med))) / 0.6745 : 0;
    if (spread === 0 && norms.length >= 3) {
        spread = (1.253314 * norms.reduce((s, n) => s + Math.abs(n - med), 0)) / norms.length;
    }
    for (const c of active) {
        const reasons = [];
        const norm = c.updateNorm;
        if (spread > 0) {
            const z = (norm - med) / spread;
            const ratio = med > 0 ? norm / med : Number.POSITIVE_INFINITY;
            if (Math.abs(z) > OUTLIER_Z && (ratio > OUTLIER_RATIO || ratio < 1 / OUTLIER_RATIO)) {
                reasons.push(`update norm ${fmt(norm)} is ${fmt(ratio)}× the median ${fmt(med)} (robust z ${fmt(z)})`);
            }
        }
        if (c.cosine !== null && c.cosine < 0)
            reasons.push(`update points away from the aggregate (cosine ${fmt(c.cosine)})`);
        c.reasons = reasons;
        c.outlier = reasons.length > 0;
    }
}
function reportMarkdown(r) {
    const used = r.clients.filter((c) => c.excluded === undefined).length;
    const weighted = r.method.startsWith('fedavg');
    // outliers and exclusions first: they are what a reader of a capped table needs
    const clients = [...r.clients].sort((a, b) => Number(!!b.excluded || b.outlier) - Number(!!a.excluded || a.outlier));
    const lines = [
        `### Federated aggregation: ${(0,markdown.escapeMarkdown)(r.method)}, round ${r.round}`,
        '',
        `${used} of ${r.clients.length} clients → ${(0,markdown.code)(r.out)} (${r.tensors} tensors, ${r.parameters} parameters, aggregate update norm ${fmt(r.aggregateUpdateNorm)})`,
        ...(r.base ? [] : ['', 'No base model: update norms and cosines are of the client models themselves.']),
        ...(weighted
            ? []
            : ['', `${(0,markdown.escapeMarkdown)(r.method)} is coordinate-wise: sample-count weights do not apply.`]),
        '',
        (0,markdown.table)(['client', 'weight', 'share', 'update norm', 'cosine to aggregate', 'clip', 'status'], clients.map((c) => [
            (0,markdown.escapeMarkdown)(c.client),
            fmt(c.weight),
            weighted ? fmt(c.share) : '–',
            c.updateNorm === null ? '–' : fmt(c.updateNorm),
            c.cosine === null ? '–' : fmt(c.cosine),
            c.clipScale === undefined ? '–' : fmt(c.clipScale),
            c.excluded
                ? `excluded: ${(0,markdown.escapeMarkdown)(c.excluded)}`
                : c.outlier
                    ? `⚠️ outlier: ${(0,markdown.escapeMarkdown)(c.reasons.join('; '))}`
                    : 'ok',
        ]), {
            align: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
            max: 100,
            more: (n) => `_… and ${n} more clients: \`--format json\` lists every one._`,
        }),
    ];
    return lines.join('\n');
}
function fmt(x) {
    if (!Number.isFinite(x))
        return String(x);
    if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-3))
        return x.toExponential(3);
    return String(Number(x.toPrecision(4)));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/federated/writer.js




/** Header bytes (8-byte length + JSON padded with spaces to a multiple of 8) and each tensor's data offset. */
function buildHeader(tensors, metadata) {
    const json = { __metadata__: metadata };
    const offsets = [];
    let at = 0;
    for (const t of tensors) {
        offsets.push(at);
        json[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [at, at + t.bytes] };
        at += t.bytes;
    }
    const text = Buffer.from(JSON.stringify(json), 'utf8');
    const padded = Math.ceil(text.length / 8) * 8;
    const bytes = Buffer.alloc(8 + padded, 0x20);
    bytes.writeBigUInt64LE(BigInt(padded), 0);
    text.copy(bytes, 8);
    return { bytes, offsets, dataBytes: at };
}
/**
 * Writes a safetensors file to a temporary file next to `out`; `commit` renames it into place,
 * `discard` removes it. The output path never holds a partial file.
 */
class SafetensorsWriter {
    out;
    label;
    temp;
    fh;
    dataStart;
    constructor(out, label, temp, fh, dataStart) {
        this.out = out;
        this.label = label;
        this.temp = temp;
        this.fh = fh;
        this.dataStart = dataStart;
    }
    /** `label` names the output in messages (the path as the user gave it). */
    static async create(out, header, label = out) {
        const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(out), `.${(0,external_node_path_.basename)(out)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`);
        let fh;
        try {
            fh = await (0,promises_.open)(temp, 'wx');
        }
        catch (error) {
            throw unwritable(label, error);
        }
        const writer = new SafetensorsWriter(out, label, temp, fh, header.length);
        try {
            await writer.writeAt(header, 0);
        }
        catch (error) {
            await writer.discard();
            throw error;
        }
        return writer;
    }
    /** Writes bytes at an offset of the data buffer. */
    write(bytes, dataOffset) {
        return this.writeAt(bytes, this.dataStart + dataOffset);
    }
    async writeAt(bytes, position) {
        try {
            let done = 0;
            while (done < bytes.length) {
                const { bytesWritten } = await this.fh.write(bytes, done, bytes.length - done, position + done);
                done += bytesWritten;
            }
        }
        catch (error) {
            throw unwritable(this.label, error);
        }
    }
    async commit() {
        try {
            await this.fh.sync();
            await this.fh.close();
            await (0,promises_.rename)(this.temp, this.out);
        }
        catch (error) {
            await this.discard();
            throw unwritable(this.label, error);
        }
    }
    async discard() {
        await this.fh.close().catch(() => undefined);
        await (0,promises_.rm)(this.temp, { force: true });
    }
}
function unwritable(out, error) {
    const code = error.code ?? error.message;
    return new errors/* InputError */.dz(`cannot write output ${out} (${code}): check that its directory exists, is writable and has free space`, { cause: error });
}

;// CONCATENATED MODULE: ./lib/federated/aggregate.js









/** Aggregates client checkpoints into `out` by streaming every tensor chunk by chunk. */
async function aggregateCheckpoints(req) {
    return withCheckpoints(req, (clients, base, tensors, weights) => run(req, clients, base, tensors, weights));
}
/** Validates inputs (headers, tensor names/shapes/dtypes, weights) without writing anything. */
function planAggregation(req) {
    return withCheckpoints(req, async (_clients, _base, tensors, weights) => ({
        tensors: tensors.length,
        parameters: tensors.reduce((s, t) => s + t.elements, 0),
        weights,
    }));
}
async function withCheckpoints(req, fn) {
    if (req.clients.length === 0)
        throw new errors/* InputError */.dz('no client checkpoints to aggregate: give --input PATH[:WEIGHT]');
    if (req.deltas && !req.base)
        throw new errors/* InputError */.dz('deltas need a base model: the result is base + aggregated delta (--base)');
    if (req.method.kind === 'fedavg-clip' && !req.base) {
        throw new errors/* InputError */.dz(`${formatMethod(req.method)} clips updates relative to the previous global model: give --base`);
    }
    const opened = [];
    try {
        for (const c of req.clients)
            opened.push(await openCheckpoint(c.path, c.label));
        const clients = [...opened];
        const base = req.base ? await openCheckpoint(req.base.path, `base ${req.base.label}`) : undefined;
        if (base)
            opened.push(base);
        const tensors = checkCompatible(clients[0], [...clients.slice(1), ...(base ? [base] : [])]);
        const weights = resolveWeights(req, clients);
        return await fn(clients, base, tensors, weights);
    }
    finally {
        await closeAll(opened);
    }
}
function resolveWeights(req, clients) {
    const weights = req.clients.map((spec, i) => {
        if (spec.weight !== undefined)
            return spec.weight;
        const raw = clients[i].header.metadata[req.weightKey];
        if (raw === undefined)
            return undefined;
        const w = Number(raw);
        if (!(raw.trim() !== '' && Number.isFinite(w) && w > 0)) {
            throw new errors/* InputError */.dz(`${spec.label}: __metadata__.${req.weightKey} is "${raw}", expected a positive number`);
        }
        return w;
    });
    if (weights.every((w) => w === undefined)) {
        req.log?.(`no client has __metadata__.${req.weightKey} or an explicit weight: weighting clients equally`);
        return weights.map(() => 1);
    }
    const missing = req.clients.filter((_, i) => weights[i] === undefined).map((c) => c.label);
    if (missing.length > 0) {
        throw new errors/* InputError */.dz(`no weight for ${missing.join(', ')}: add __metadata__.${req.weightKey} to the file, give --input PATH:WEIGHT, or set federated.weights`);
    }
    return weights;
}
async function run(req, clients, base, tensors, weights) {
    const chunkElements = Math.max(1, Math.floor(req.chunkBytes / 8));
    const reader = new ChunkReader(clients.length + (base ? 1 : 0), chunkElements);
    const sub = (values, n) => base && !req.deltas ? values[n] : undefined;
    const excluded = new Map();
    const exclude = (found) => {
        for (const f of found) {
            const what = `NaN or Inf in tensor "${f.tensor}" (element ${f.element})`;
            if (req.nonFinite === 'fail') {
                throw new errors/* InputError */.dz(`${clients[f.client].label}: ${what}; fix the client's checkpoint or set non-finite: exclude (--non-finite exclude) to leave it out`);
            }
            if (!excluded.has(f.client)) {
                excluded.set(f.client, what);
                req.log?.(`excluding ${clients[f.client].label}: ${what}`);
            }
        }
    };
    let clipNorms;
    if (req.method.kind === 'fedavg-clip') {
        const norm2 = new Float64Array(clients.length);
        const sources = [...clients, ...(base && !req.deltas ? [base] : [])];
        const advance = progress(req, tensors, 'measuring update norms for clipping');
        await reader.each(sources, tensors, (unit, values) => {
            const unitNorm2 = new Float64Array(clients.length);
            const cs = values.slice(0, clients.length);
            updateNorms(cs, sub(values, clients.length), unit.count, unitNorm2);
            exclude(nonFinite(cs, unitNorm2, unit).filter((f) => !excluded.has(f.client)));
            for (let i = 0; i < clients.length; i++)
                norm2[i] += unitNorm2[i];
            advance(unit.count);
            return true;
        }, req.signal);
        clipNorms = Array.from(norm2, Math.sqrt);
    }
    for (;;) {
        const active = clients.map((_, i) => i).filter((i) => !excluded.has(i));
        if (active.length === 0)
            throw new errors/* InputError */.dz('every client was excluded for NaN or Inf values: nothing to aggregate');
        const outcome = await writePass(req, reader, clients, active, base, tensors, weights, clipNorms);
        if ('found' in outcome) {
            exclude(outcome.found);
            continue;
        }
        const reports = clients.map((c, i) => {
            const k = active.indexOf(i);
            const clipScale = clipNorms ? clipScaleOf(clipNorms[i], req.method) : undefined;
            if (k < 0) {
                return {
                    client: c.label,
                    weight: weights[i],
                    share: 0,
                    updateNorm: null,
                    cosine: null,
                    outlier: false,
                    reasons: [],
                    excluded: excluded.get(i),
                };
            }
            const norm = Math.sqrt(outcome.norm2[k]);
            const denom = norm * outcome.aggregateNorm;
            return {
                client: c.label,
                weight: weights[i],
                share: outcome.shares[k],
                updateNorm: norm,
                cosine: denom > 0 ? outcome.dots[k] / denom : null,
                ...(clipScale === undefined ? {} : { clipScale }),
                outlier: false,
                reasons: [],
            };
        });
        flagOutliers(reports);
        return {
            out: req.outLabel ?? req.out,
            method: formatMethod(req.method),
            round: outcome.round,
            tensors: tensors.length,
            parameters: tensors.reduce((s, t) => s + t.elements, 0),
            aggregateUpdateNorm: outcome.aggregateNorm,
            ...(req.base ? { base: req.base.label } : {}),
            clients: reports,
            metadata: outcome.metadata,
            excluded: [...excluded.keys()].map((i) => clients[i].label),
        };
    }
}
/** Logs every tenth of the elements processed by a pass. */
function progress(req, tensors, what) {
    const total = tensors.reduce((s, t) => s + t.elements, 0);
    let done = 0;
    let logged = 0;
    return (count) => {
        done += count;
        const tenth = Math.floor((10 * done) / total);
        if (tenth > logged) {
            logged = tenth;
            req.log?.(`${what}: ${tenth * 10}% (${done} of ${total} parameters)`);
        }
    };
}
function clipScaleOf(norm, method) {
    return method.kind === 'fedavg-clip' && norm > method.norm ? method.norm / norm : 1;
}
/** Clients whose chunk holds a non-finite value (a non-finite Σu² is only a hint: it may be overflow). */
function nonFinite(clients, unitNorm2, unit) {
    const found = [];
    for (let i = 0; i < clients.length; i++) {
        if (Number.isFinite(unitNorm2[i]))
            continue;
        const at = firstNonFinite(clients[i], unit.count);
        if (at >= 0)
            found.push({ client: i, tensor: unit.tensor.name, element: unit.start + at });
    }
    return found;
}
function roundOf(req, base) {
    if (req.round !== undefined)
        return req.round;
    const previous = Number(base?.header.metadata.round);
    return base && Number.isInteger(previous) && previous >= 0 ? previous + 1 : 0;
}
/** One pass writing the output; stops early (writing nothing) when a client turns out to hold NaN/Inf. */
async function writePass(req, reader, clients, active, base, tensors, weights, clipNorms) {
    const n = active.length;
    const total = active.reduce((s, i) => s + weights[i], 0);
    const shares = active.map((i) => weights[i] / total);
    const coefs = active.map((i, k) => shares[k] * (clipNorms ? clipScaleOf(clipNorms[i], req.method) : 1));
    const trim = req.method.kind === 'median'
        ? -1
        : req.method.kind === 'trimmed-mean'
            ? trimCount(req.method.fraction, n)
            : 0;
    const robust = req.method.kind === 'median' || req.method.kind === 'trimmed-mean';
    const round = roundOf(req, base);
    const format = clients[0].header.metadata.format;
    const metadata = {
        ...(format === undefined ? {} : { format }),
        round: String(round),
        method: formatMethod(req.method),
        clients: JSON.stringify(active.map((i) => clients[i].label)),
        weights: JSON.stringify(active.map((i) => weights[i])),
        ...(base ? { base: req.base.label, deltas: String(req.deltas === true) } : {}),
        ...(active.length < clients.length
            ? {
                excluded: JSON.stringify(clients.map((c, i) => (active.includes(i) ? '' : c.label)).filter(Boolean)),
            }
            : {}),
    };
    const layout = tensors.map((t) => ({
        name: t.name,
        dtype: t.dtype,
        shape: t.shape,
        bytes: t.end - t.begin,
    }));
    const header = buildHeader(layout, metadata);
    const offsetOf = new Map(tensors.map((t, i) => [t.name, header.offsets[i]]));
    const sources = [...active.map((i) => clients[i]), ...(base ? [base] : [])];
    const writer = await SafetensorsWriter.create(req.out, header.bytes, req.outLabel ?? req.out);
    const pass = robust
        ? robustPass(req, reader, sources, n, trim, base, tensors, offsetOf, writer)
        : weightedPass(req, reader, sources, n, coefs, base, tensors, offsetOf, writer);
    let outcome;
    try {
        outcome = await pass;
        if ('found' in outcome) {
            await writer.discard();
            return { found: outcome.found.map((f) => ({ ...f, client: active[f.client] })) };
        }
        await writer.commit();
    }
    catch (error) {
        await writer.discard();
        throw error;
    }
    const { norm2, dots, g2 } = outcome;
    return { norm2, dots, aggregateNorm: Math.sqrt(g2), shares, round, metadata };
}
function badBase(req, tensor, element) {
    return new errors/* InputError */.dz(`base ${req.base.label}: NaN or Inf in tensor "${tensor}" (element ${element}); the previous global model must be finite`);
}
/**
 * FedAvg (and clipped FedAvg): the units split into one range per worker thread, each reading,
 * summing and writing its own tensors' chunks; the statistics are added up in unit order after.
 */
async function weightedPass(req, reader, sources, n, coefs, base, tensors, offsetOf, writer) {
    const workers = workersFor(tensors.reduce((s, t) => s + t.elements, 0), req.workers);
    // The same memory in all: each worker reads with 1/workers of the chunk.
    const chunkElements = Math.max(1, Math.floor(reader.chunkElements / workers));
    const ranges = splitUnits(tensors, chunkElements, workers);
    const specs = ranges.map((range) => ({
        sources: sources.map((s) => ({ path: s.path, label: s.label })),
        clients: n,
        hasBase: base !== undefined,
        subtractBase: base !== undefined && !req.deltas,
        coefs,
        tensors: tensors.map((t) => t.name),
        chunkElements,
        range,
        out: {
            temp: writer.temp,
            label: writer.label,
            dataStart: writer.dataStart,
            offsets: Object.fromEntries(offsetOf),
        },
    }));
    if (ranges.length > 1)
        req.log?.(`aggregating ${n} clients on ${ranges.length} threads`);
    const results = await runRanges(specs, req.signal, progress(req, tensors, `aggregating ${n} clients`));
    const failed = results.find((r) => r.kind === 'error');
    if (failed)
        throw failed.input ? new errors/* InputError */.dz(failed.message) : new Error(failed.message);
    const stopped = results.find((r) => r.kind === 'found' || r.kind === 'bad-base');
    if (stopped?.kind === 'found')
        return { found: stopped.found };
    if (stopped?.kind === 'bad-base')
        throw badBase(req, stopped.tensor, stopped.element);
    const norm2 = new Float64Array(n);
    const dots = new Float64Array(n);
    let g2 = 0;
    for (const r of results) {
        if (r.kind !== 'done')
            continue;
        for (let at = 0; at < r.stats.length; at += 2 * n + 1) {
            for (let k = 0; k < n; k++) {
                norm2[k] += r.stats[at + k];
                dots[k] += r.stats[at + n + k];
            }
            g2 += r.stats[at + 2 * n];
        }
    }
    return { norm2, dots, g2 };
}
/** Median and trimmed mean, on this thread. */
async function robustPass(req, reader, sources, n, trim, base, tensors, offsetOf, writer) {
    const chunk = reader.chunkElements;
    const acc = new Float64Array(chunk);
    const withBase = new Float64Array(base ? chunk : 0);
    const outBuffers = [new ArrayBuffer(chunk * 8), new ArrayBuffer(chunk * 8)];
    const writes = [undefined, undefined];
    const norm2 = new Float64Array(n);
    const dots = new Float64Array(n);
    let g2 = 0;
    let found = [];
    const advance = progress(req, tensors, `aggregating ${n} clients`);
    try {
        await reader.each(sources, tensors, async (unit, values, set) => {
            const cs = values.slice(0, n);
            const baseValues = base ? values[n] : undefined;
            const sub = base && !req.deltas ? baseValues : undefined;
            const unitNorm2 = new Float64Array(n);
            const unitDots = new Float64Array(n);
            robustCombine(cs, sub, trim, acc, unit.count, unitNorm2);
            const unitG2 = alignment(cs, sub, acc, unit.count, unitDots);
            found = nonFinite(cs, unitNorm2, unit);
            if (found.length > 0)
                return false;
            for (let k = 0; k < n; k++) {
                norm2[k] += unitNorm2[k];
                dots[k] += unitDots[k];
            }
            if (!Number.isFinite(unitG2) && baseValues) {
                const at = firstNonFinite(baseValues, unit.count);
                if (at >= 0)
                    throw badBase(req, unit.tensor.name, unit.start + at);
            }
            g2 += unitG2;
            const result = addBase(acc, baseValues, unit.count, withBase);
            await writes[set];
            const bpe = bytesPerElement(unit.dtype);
            encodeChunk(unit.dtype, result, unit.count, outBuffers[set]);
            const write = writer.write(new Uint8Array(outBuffers[set], 0, unit.count * bpe), offsetOf.get(unit.tensor.name) + unit.start * bpe);
            write.catch(() => undefined);
            writes[set] = write;
            advance(unit.count);
            return true;
        }, req.signal);
    }
    finally {
        await Promise.allSettled(writes);
    }
    await Promise.all(writes);
    return found.length > 0 ? { found } : { norm2, dots, g2 };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/federated/inputs.js




/** `PATH` or `PATH:WEIGHT` (the weight is the text after the last colon when it is a number). */
function parseInputArg(arg) {
    const m = /^(.+):([^:]*)$/.exec(arg);
    if (m && /^\s*[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(m[2])) {
        const weight = Number(m[2]);
        if (!(weight > 0 && Number.isFinite(weight))) {
            throw new errors/* InputError */.dz(`--input ${arg}: the weight after ":" must be a positive number`);
        }
        return { path: m[1], weight };
    }
    return { path: arg };
}
/**
 * Expands globs against `dir` into sorted file paths (relative to `dir` when the pattern is); a
 * pattern without glob characters must name an existing file; a glob must match something.
 */
function expandInputs(patterns, dir, what) {
    const out = [];
    for (const pattern of patterns) {
        const scan = picomatch.scan(pattern);
        if (!scan.isGlob) {
            out.push(pattern);
            continue;
        }
        const baseDir = (0,external_node_path_.resolve)(dir, scan.base || '.');
        const isMatch = picomatch(scan.glob, { dot: false });
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(baseDir, { recursive: true, encoding: 'utf8' });
        }
        catch (error) {
            throw new errors/* InputError */.dz(`${what}: ${pattern}: cannot list ${baseDir} (${error.code})`, {
                cause: error,
            });
        }
        const matched = entries
            .map((e) => e.split('\\').join('/'))
            .filter((e) => isMatch(e) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(baseDir, e)).isFile())
            .sort()
            .map((e) => {
            const full = (0,external_node_path_.join)(baseDir, e);
            return (0,external_node_path_.isAbsolute)(pattern) ? full : (0,external_node_path_.relative)(dir, full);
        });
        if (matched.length === 0)
            throw new errors/* InputError */.dz(`${what}: ${pattern} matches no file under ${baseDir}`);
        out.push(...matched);
    }
    const seen = new Set();
    for (const p of out) {
        const key = (0,external_node_path_.resolve)(dir, p);
        if (seen.has(key))
            throw new errors/* InputError */.dz(`${what}: ${p} is given twice; each client checkpoint counts once`);
        seen.add(key);
    }
    return out;
}

// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/aggregate.js











/* harmony default export */ const aggregate = ((0,command/* defineCommand */.NB)({
    name: 'aggregate',
    summary: 'aggregate federated client checkpoints (safetensors) into a global model: FedAvg, median, trimmed mean, clipping',
    options: {
        input: {
            type: 'string',
            multiple: true,
            short: 'i',
            value: 'PATH[:WEIGHT]',
            description: 'client checkpoint (glob allowed); WEIGHT overrides its __metadata__ sample count',
        },
        out: {
            type: 'string',
            short: 'o',
            value: 'FILE',
            description: 'output safetensors file (default global.safetensors)',
        },
        method: {
            type: 'string',
            value: 'fedavg|median|trimmed-mean:F|fedavg-clip:NORM',
            description: 'aggregation method (default fedavg)',
        },
        base: {
            type: 'string',
            value: 'FILE',
            description: 'previous global model: updates are measured against it',
        },
        deltas: {
            type: 'boolean',
            description: 'clients send updates relative to --base; the result is base + aggregate',
        },
        'weight-key': {
            type: 'string',
            value: 'KEY',
            description: '__metadata__ field with the sample count (default num_samples)',
        },
        'non-finite': {
            type: 'string',
            value: 'exclude|fail',
            description: 'a client with NaN/Inf: leave it out or fail (default fail)',
        },
        round: {
            type: 'string',
            value: 'N',
            description: 'round number recorded in the output (default base round + 1, or 0)',
        },
        'chunk-size': {
            type: 'string',
            value: 'QUANTITY',
            description: 'float64 working set per client per step (default 8Mi)',
        },
        format: {
            type: 'string',
            value: 'markdown|json',
            description: 'report printed on stdout',
            default: 'markdown',
        },
    },
    help: [
        'Without --input, the federated: section of the config file gives inputs (globs), weights and the other settings;',
        "with --input the config file is not read. Weights come from PATH:WEIGHT, federated.weights, or each file's",
        '__metadata__ sample count; files without any weight are averaged equally.',
        '',
        'Examples:',
        '  model-deploy aggregate -i site-a.safetensors:1200 -i site-b.safetensors:800 -o global.safetensors',
        '  model-deploy aggregate -i "clients/*.safetensors" --base global-r3.safetensors --method trimmed-mean:0.2',
    ].join('\n'),
    async run(ctx, options) {
        const format = (0,command/* stringOption */.Pp)(options, 'format') ?? 'markdown';
        if (format !== 'markdown' && format !== 'json')
            throw new errors/* InputError */.dz(`--format must be markdown or json, got "${format}"`);
        const req = request(ctx, options);
        if (ctx.dryRun) {
            const plan = await planAggregation(req);
            const text = `dry run: ${req.clients.length} clients, ${plan.tensors} tensors, ${plan.parameters} parameters would be aggregated (${(0,command/* stringOption */.Pp)(options, 'method') ?? 'configured method'}) into ${req.outLabel}`;
            ctx.log.info(text);
            return { stdout: format === 'json' ? JSON.stringify({ dryRun: true, ...plan }, null, 2) : text };
        }
        const result = await ctx.log.group(`aggregate ${req.clients.length} clients → ${req.outLabel}`, () => aggregateCheckpoints(req));
        for (const c of result.clients) {
            if (c.outlier)
                ctx.log.warning(`${c.client}: outlier: ${c.reasons.join('; ')}`);
        }
        const summary = reportMarkdown(result);
        const outliers = result.clients.filter((c) => c.outlier).map((c) => c.client);
        return {
            outputs: {
                path: (0,external_node_path_.resolve)(ctx.cwd, req.out),
                method: result.method,
                round: String(result.round),
                clients: String(result.clients.length - result.excluded.length),
                excluded: JSON.stringify(result.excluded),
                outliers: JSON.stringify(outliers),
            },
            summary,
            stdout: format === 'json' ? JSON.stringify(result, null, 2) : summary,
        };
    },
}));
function request(ctx, options) {
    const inputs = (0,command/* listOption */.y8)(options, 'input');
    let settings;
    let dir = ctx.cwd;
    let clients;
    if (inputs.length > 0) {
        settings = federated/* federatedSection */.R.parse({ inputs });
        clients = inputs.flatMap((arg) => {
            const { path, weight } = parseInputArg(arg);
            return expandInputs([path], dir, '--input').map((p) => ({
                path: (0,external_node_path_.resolve)(dir, p),
                label: p,
                ...(weight === undefined ? {} : { weight }),
            }));
        });
    }
    else {
        const configPath = (0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml';
        const loaded = (0,load/* loadConfig */.Z)(configPath, { cwd: ctx.cwd, env: ctx.env });
        if (!loaded.config.federated) {
            throw new errors/* InputError */.dz(`nothing to aggregate: give --input PATH[:WEIGHT] or add a federated: section with inputs to ${configPath}`);
        }
        settings = loaded.config.federated;
        dir = loaded.dir;
        const paths = expandInputs(settings.inputs, dir, 'federated.inputs');
        clients = paths.map((p) => {
            const weight = configWeight(settings.weights, p, dir);
            return {
                path: (0,external_node_path_.resolve)(dir, p),
                label: shown(ctx.cwd, (0,external_node_path_.resolve)(dir, p)),
                ...(weight === undefined ? {} : { weight }),
            };
        });
    }
    const method = parseMethod((0,command/* stringOption */.Pp)(options, 'method') ?? settings.method);
    const out = (0,command/* stringOption */.Pp)(options, 'out') ?? (0,external_node_path_.resolve)(dir, settings.out);
    const basePath = (0,command/* stringOption */.Pp)(options, 'base') ?? (settings.base ? (0,external_node_path_.resolve)(dir, settings.base) : undefined);
    const nonFinite = (0,command/* stringOption */.Pp)(options, 'non-finite') ?? settings['non-finite'];
    if (nonFinite !== 'exclude' && nonFinite !== 'fail') {
        throw new errors/* InputError */.dz(`--non-finite must be exclude or fail, got "${nonFinite}"`);
    }
    const roundText = (0,command/* stringOption */.Pp)(options, 'round');
    const round = roundText === undefined ? settings.round : Number(roundText);
    if (round !== undefined && !(Number.isInteger(round) && round >= 0)) {
        throw new errors/* InputError */.dz(`--round must be a non-negative integer, got "${roundText}"`);
    }
    const chunkText = (0,command/* stringOption */.Pp)(options, 'chunk-size');
    const chunkBytes = chunkText === undefined ? settings['chunk-size'] : (0,units/* parseQuantity */.Lf)(chunkText);
    if (chunkBytes === undefined || !(chunkBytes >= 8)) {
        throw new errors/* InputError */.dz(`--chunk-size must be a quantity of at least 8 bytes, e.g. 8Mi, got "${chunkText}"`);
    }
    return {
        clients,
        ...(basePath
            ? { base: { path: (0,external_node_path_.resolve)(ctx.cwd, basePath), label: shown(ctx.cwd, (0,external_node_path_.resolve)(ctx.cwd, basePath)) } }
            : {}),
        deltas: (0,command/* booleanOption */.Ic)(options, 'deltas') || settings.deltas,
        method,
        out: (0,external_node_path_.resolve)(ctx.cwd, out),
        outLabel: shown(ctx.cwd, (0,external_node_path_.resolve)(ctx.cwd, out)),
        weightKey: (0,command/* stringOption */.Pp)(options, 'weight-key') ?? settings['weight-key'],
        nonFinite: nonFinite,
        ...(round === undefined ? {} : { round }),
        chunkBytes,
        signal: ctx.signal,
        log: (message) => ctx.log.info(message),
    };
}
/** federated.weights keys are paths or globs relative to the config file. */
function configWeight(weights, path, dir) {
    if (!weights)
        return undefined;
    const rel = (0,external_node_path_.relative)(dir, (0,external_node_path_.resolve)(dir, path)).split('\\').join('/');
    for (const [key, weight] of Object.entries(weights)) {
        if ((0,external_node_path_.resolve)(dir, key) === (0,external_node_path_.resolve)(dir, path) || picomatch(key)(rel))
            return weight;
    }
    return undefined;
}
function shown(cwd, path) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : path;
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


/***/ })

};
