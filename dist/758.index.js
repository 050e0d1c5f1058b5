export const id = 758;
export const ids = [758];
export const modules = {

/***/ 4758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createEvaluateCommand: () => (/* binding */ createEvaluateCommand),
  "default": () => (/* binding */ evaluate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/config/env.js
var env = __webpack_require__(11289);
// EXTERNAL MODULE: ./lib/config/load.js + 9 modules
var load = __webpack_require__(35130);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/evaluate/baseline.js



const HISTORY_LIMIT = 200;
const RECORD_MEDIA_TYPE = 'application/vnd.model-deploy.evaluation.v1+json';
/** The record to save next: this evaluation, with the previous baseline's history carried on. */
function nextBaseline(previous, current) {
    const point = {
        createdAt: current.createdAt,
        metrics: current.metrics,
        ...(current.sha ? { sha: current.sha } : {}),
        ...(current.ref ? { ref: current.ref } : {}),
    };
    return {
        ...current,
        history: [...(previous?.history ?? []), point].slice(-HISTORY_LIMIT),
        origin: previous?.origin ?? previous?.history[0] ?? point,
    };
}
/**
 * Whether this result may become the baseline: only a passing result, from the default branch or
 * a tag. An inconclusive result (over a bound but not significantly) never does, or a chain of
 * slightly worse models would ratchet quality down; the one exception is the very first baseline,
 * when nothing but the missing baseline kept the gates from passing.
 */
function baselineDecision(report, options) {
    if (!options.baselineRef)
        return { record: false, reason: 'only the default branch and tags record baselines' };
    if (report.verdict === 'pass')
        return { record: true, reason: 'the gates passed' };
    if (report.verdict === 'fail')
        return { record: false, reason: 'the gate failed, so this result is not recorded as the baseline' };
    const firstBaseline = !options.hasBaseline &&
        report.metrics.every((m) => m.checks.every((c) => c.verdict === 'pass' || c.check === 'baseline'));
    return firstBaseline
        ? {
            record: true,
            reason: 'no baseline yet and every other check passed: this becomes the first baseline',
        }
        : {
            record: false,
            reason: 'the gate was inconclusive, so this result is not recorded as the baseline (only passing results are)',
        };
}
function encodeRecord(record) {
    return Buffer.from(JSON.stringify(record));
}
function decodeRecord(bytes, source) {
    let doc;
    try {
        doc = JSON.parse(typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${source}: baseline record is not JSON (${error.message}); delete it and record a new baseline`);
    }
    const r = doc;
    if (!r || typeof r !== 'object' || typeof r.metrics !== 'object' || typeof r.key !== 'string') {
        throw new errors/* InputError */.dz(`${source}: not a model-deploy baseline record (needs key and metrics); delete it and record a new baseline`);
    }
    return { ...r, history: Array.isArray(r.history) ? r.history : [] };
}
/** Writes a file atomically (temp file + rename): readers never see half a record. */
function writeAtomic(path, bytes) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, bytes);
    (0,external_node_fs_.renameSync)(tmp, path);
}
function readIfExists(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** A local directory (or a shared mount): `<dir>/<model>/baseline.json`. */
class DirBaselineStore {
    description;
    file;
    constructor(dir, model) {
        this.file = (0,external_node_path_.join)(dir, model, 'baseline.json');
        this.description = `directory ${this.file}`;
    }
    async load() {
        const bytes = readIfExists(this.file);
        return bytes ? decodeRecord(bytes, this.file) : undefined;
    }
    async save(record) {
        writeAtomic(this.file, encodeRecord(record));
    }
}
/**
 * GitHub Actions cache. Cache entries are immutable, so every save gets a new key
 * `model-deploy-baseline-<model>-<sha>-<run>`; a restore asks for the prefix and GitHub returns
 * the newest entry. Pull requests can restore what the default branch saved, not the reverse,
 * so baselines are saved on the default branch and on tags only (see isBaselineRef).
 */
class ActionsCacheBaselineStore {
    cache;
    dir;
    saveSuffix;
    description;
    file;
    prefix;
    constructor(cache, dir, model, saveSuffix) {
        this.cache = cache;
        this.dir = dir;
        this.saveSuffix = saveSuffix;
        this.file = (0,external_node_path_.join)(dir, 'baseline.json');
        this.prefix = `model-deploy-baseline-${model}-`;
        this.description = `GitHub Actions cache (keys ${this.prefix}*)`;
    }
    async load() {
        const hit = await this.cache.restoreCache([this.dir], `${this.prefix}${this.saveSuffix}`, [this.prefix]);
        if (!hit)
            return undefined;
        const bytes = readIfExists(this.file);
        return bytes ? decodeRecord(bytes, `cache entry ${hit}`) : undefined;
    }
    async save(record) {
        writeAtomic(this.file, encodeRecord(record));
        await this.cache.saveCache([this.dir], `${this.prefix}${this.saveSuffix}`);
    }
}
/**
 * Baselines as OCI artifacts on the image they describe: loaded from the baseline image's
 * digest, saved onto the candidate image's digest (which becomes the next baseline image).
 */
class RegistryBaselineStore {
    artifacts;
    digests;
    description;
    constructor(artifacts, digests) {
        this.artifacts = artifacts;
        this.digests = digests;
        this.description = `registry artifact on ${digests.baseline ?? '(no baseline image)'}`;
    }
    async load() {
        if (!this.digests.baseline)
            return undefined;
        const bytes = await this.artifacts.get(this.digests.baseline, RECORD_MEDIA_TYPE);
        return bytes ? decodeRecord(bytes, `artifact on ${this.digests.baseline}`) : undefined;
    }
    async save(record) {
        if (!this.digests.candidate) {
            throw new errors/* InputError */.dz('the registry baseline store saves onto the candidate image digest: pass --model-digest (the pushed image digest)');
        }
        await this.artifacts.put(this.digests.candidate, RECORD_MEDIA_TYPE, encodeRecord(record));
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./lib/oci/files.js
var oci_files = __webpack_require__(32862);
;// CONCATENATED MODULE: ./lib/evaluate/cache.js







/** Directories never searched for model or dataset files. */
const SKIP = new Set(['.git', 'node_modules', '.model-deploy']);
/** Files under `root` matching any of the globs, as sorted posix paths relative to root. */
function matchFiles(root, globs) {
    if (globs.length === 0)
        return [];
    const isMatch = picomatch(globs, { dot: true });
    const out = [];
    const walk = (dir) => {
        for (const entry of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const full = (0,external_node_path_.join)(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIP.has(entry.name))
                    walk(full);
            }
            else if (entry.isFile()) {
                const rel = (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/');
                if (isMatch(rel))
                    out.push(rel);
            }
        }
    };
    walk(root);
    return out.sort();
}
/** The deepest directory holding every matched file (MODEL_DIR for `artifacts: [model/*]` is `model`). */
function commonDirectory(root, files) {
    return (0,external_node_path_.join)(root, (0,oci_files/* commonDir */.L)(files).replace(/\/$/, ''));
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** sha256 over (path, sha256 of content) of every matching file; throws when a glob matches nothing. */
async function hashFiles(root, globs, what) {
    const files = matchFiles(root, globs);
    if (files.length === 0) {
        throw new errors/* InputError */.dz(`${what}: ${globs.join(', ')} matched no files under ${root}; check the globs (relative to the config file)`);
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const f of files)
        hash.update(`${f}\0${await sha256File((0,external_node_path_.join)(root, f))}\n`);
    return `sha256:${hash.digest('hex')}`;
}
/** Key of one evaluation result: an unchanged model, dataset and command reuse the result. */
function resultKey(parts) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([parts.model, parts.dataset, parts.command, parts.metrics, parts.samples ?? '']))
        .digest('hex');
}
/** Evaluation results by key in a local directory: `<dir>/<key>.json`. */
class ResultCache {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    get(key) {
        const file = (0,external_node_path_.join)(this.dir, `${key}.json`);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            return undefined;
        }
        const record = decodeRecord(text, file);
        return record.key === key ? record : undefined;
    }
    put(record) {
        writeAtomic((0,external_node_path_.join)(this.dir, `${record.key}.json`), JSON.stringify(record));
    }
}

// EXTERNAL MODULE: ./lib/config/suggest.js
var suggest = __webpack_require__(51236);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
;// CONCATENATED MODULE: ./lib/evaluate/prng.js
/**
 * xoshiro128** (Blackman & Vigna): a small, fast 32-bit PRNG with 128 bits of state, seeded
 * through splitmix32 so any integer seed gives a well-mixed state. Deterministic across platforms.
 */
class prng_Xoshiro128 {
    /** State words; public so hot loops can copy them into locals and write them back. */
    s0;
    s1;
    s2;
    s3;
    /** `stream` selects an independent sequence for the same seed (one per bootstrap resample). */
    constructor(seed, stream = 0) {
        let x = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca77)) >>> 0;
        const next = () => {
            x = (x + 0x9e3779b9) | 0;
            let z = x;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            return (z ^ (z >>> 16)) >>> 0;
        };
        this.s0 = next();
        this.s1 = next();
        this.s2 = next();
        this.s3 = next();
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
    }
    /** Next uniform uint32. */
    nextU32() {
        const s1 = this.s1;
        const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
        const t = s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return result;
    }
    /**
     * Uniform integer in [0, n) by multiply-shift (floor(u32 · n / 2^32)); exact in doubles for
     * n < 2^21, with a bias below n / 2^32 (2e-5 for a million samples), far under bootstrap noise.
     */
    nextBelow(n) {
        return (this.nextU32() * n * TWO_POW_MINUS_32) | 0;
    }
}
const TWO_POW_MINUS_32 = 2 ** -32;
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./lib/evaluate/bootstrap-kernel.js



// The bootstrap's hot loop as a tiny WebAssembly SIMD module, assembled here byte by byte (no
// toolchain, nothing to bundle). Four resamples run at once, one per i32x4 lane: lane k holds the
// xoshiro128** state of resample r + k, so the index stream is exactly the scalar one
// (Xoshiro128(seed, r), index = (u32 · n) >> 32 via a widening 32×32→64 multiply) and each
// resample's sum is accumulated in the same order as the scalar loop: the means are bit-identical.
//
// run(deltas, n, states, out): deltas = n f64 at byte offset 0 (the argument must be 0); states = four v128
// (s0, s1, s2, s3, each with the four lanes); writes the four sums as f64 at `out`.
const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;
function uleb(n) {
    const out = [];
    do {
        let byte = n & 0x7f;
        n >>>= 7;
        if (n !== 0)
            byte |= 0x80;
        out.push(byte);
    } while (n !== 0);
    return out;
}
function section(id, bytes) {
    return [id, ...uleb(bytes.length), ...bytes];
}
function vec(items) {
    return [...uleb(items.length), ...items.flat()];
}
function bootstrap_kernel_name(s) {
    const b = [...Buffer.from(s, 'utf8')];
    return [...uleb(b.length), ...b];
}
// Two groups of four lanes run interleaved (eight resamples per call): their xoshiro state
// chains are independent, so the CPU overlaps them.
const LANES = 4;
const GROUPS = LANES / 4;
// locals: params 0 deltas (must be 0), 1 n, 2 states, 3 out; 4 j; 5 nv; 6 five; 7 nine; 8 mask;
// then per group g: s0 s1 s2 s3 m u t lo hi (v128); then per lane: acc (f64)
const N = 1;
const STATES = 2;
const OUT = 3;
const J = 4;
const NV = 5;
const FIVE = 6;
const NINE = 7;
const MASK = 8;
const V128_PER_GROUP = 9;
const groupLocal = (g, k) => 9 + g * V128_PER_GROUP + k;
const [S0, S1, S2, S3, M, U, T, LO, HI] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const acc = (lane) => 9 + GROUPS * V128_PER_GROUP + lane;
const get = (i) => [0x20, ...uleb(i)];
const set = (i) => [0x21, ...uleb(i)];
const i32const = (v) => [0x41, ...uleb(v)]; // only small non-negative constants here (< 64)
const simd = (op) => [0xfd, ...uleb(op)];
const V128_LOAD = (offset) => [...simd(0x00), 4, ...uleb(offset)];
const I32X4_SPLAT = simd(0x11);
const I32X4_EXTRACT = (lane) => [...simd(0x1b), lane];
const V128_AND = simd(0x4e);
const V128_OR = simd(0x50);
const V128_XOR = simd(0x51);
const I32X4_SHL = simd(0xab);
const I32X4_SHR_U = simd(0xad);
const I32X4_MUL = simd(0xb5);
const I64X2_SHR_U = simd(0xcd);
const I64X2_EXTMUL_LOW_U = simd(0xde);
const I64X2_EXTMUL_HIGH_U = simd(0xdf);
const F64_LOAD = [0x2b, 3, 0];
const F64_STORE = (offset) => [0x39, 3, ...uleb(offset)];
const F64_ADD = [0xa0];
const I32_ADD = [0x6a];
const I32_LT_U = [0x49];
const bootstrap_kernel_rotl = (local, k) => [
    ...get(local),
    ...i32const(k),
    ...I32X4_SHL,
    ...get(local),
    ...i32const(32 - k),
    ...I32X4_SHR_U,
    ...V128_OR,
];
const xorInto = (a, b) => [...get(a), ...get(b), ...V128_XOR, ...set(a)];
// the vector already holds byte offsets and deltas start at address 0: extract, load, add
const accumulate = (lane, vector, vectorLane) => [
    ...get(acc(lane)),
    ...get(vector),
    ...I32X4_EXTRACT(vectorLane),
    ...F64_LOAD,
    ...F64_ADD,
    ...set(acc(lane)),
];
/** One xoshiro128** step of group g: u = rotl(s1 · 5, 7) · 9, then the state update. */
function step(g) {
    const l = (k) => groupLocal(g, k);
    return [
        ...get(l(S1)),
        ...get(FIVE),
        ...I32X4_MUL,
        ...set(l(M)),
        ...bootstrap_kernel_rotl(l(M), 7),
        ...get(NINE),
        ...I32X4_MUL,
        ...set(l(U)),
        ...get(l(S1)),
        ...i32const(9),
        ...I32X4_SHL,
        ...set(l(T)),
        ...xorInto(l(S2), l(S0)),
        ...xorInto(l(S3), l(S1)),
        ...xorInto(l(S1), l(S2)),
        ...xorInto(l(S0), l(S3)),
        ...xorInto(l(S2), l(T)),
        ...bootstrap_kernel_rotl(l(S3), 11),
        ...set(l(S3)),
    ];
}
/** Indices of group g (high 32 bits of u · n; lanes 0,1 in lo, 2,3 in hi) and the four sums. */
function gather(g) {
    const l = (k) => groupLocal(g, k);
    return [
        ...get(l(U)),
        ...get(NV),
        ...I64X2_EXTMUL_LOW_U,
        ...i32const(29),
        ...I64X2_SHR_U,
        ...get(MASK),
        ...V128_AND,
        ...set(l(LO)),
        ...get(l(U)),
        ...get(NV),
        ...I64X2_EXTMUL_HIGH_U,
        ...i32const(29),
        ...I64X2_SHR_U,
        ...get(MASK),
        ...V128_AND,
        ...set(l(HI)),
        ...accumulate(g * 4, l(LO), 0),
        ...accumulate(g * 4 + 1, l(LO), 2),
        ...accumulate(g * 4 + 2, l(HI), 0),
        ...accumulate(g * 4 + 3, l(HI), 2),
    ];
}
function body() {
    const groups = Array.from({ length: GROUPS }, (_, g) => g);
    const code = [
        ...groups.flatMap((g) => [S0, S1, S2, S3].flatMap((k) => [
            ...get(STATES),
            ...V128_LOAD(g * 64 + k * 16),
            ...set(groupLocal(g, k)),
        ])),
        ...get(N),
        ...I32X4_SPLAT,
        ...set(NV),
        ...i32const(5),
        ...I32X4_SPLAT,
        ...set(FIVE),
        ...i32const(9),
        ...I32X4_SPLAT,
        ...set(NINE),
        0x41,
        0x78, // i32.const -8 (sleb128): clears the low 3 bits, so (u · n) >> 29 & ~7 = 8 · index
        ...I32X4_SPLAT,
        ...set(MASK),
        0x03,
        0x40, // loop
        ...groups.flatMap(step),
        ...groups.flatMap(gather),
        ...get(J),
        ...i32const(1),
        ...I32_ADD,
        ...set(J),
        ...get(J),
        ...get(N),
        ...I32_LT_U,
        0x0d,
        0, // br_if loop
        0x0b, // end loop
        ...Array.from({ length: LANES }, (_, lane) => [
            ...get(OUT),
            ...get(acc(lane)),
            ...F64_STORE(lane * 8),
        ]).flat(),
        0x0b, // end function
    ];
    const locals = vec([
        [1, I32],
        [4 + GROUPS * V128_PER_GROUP, V128],
        [LANES, F64],
    ]);
    const fn = [...locals, ...code];
    return [...uleb(fn.length), ...fn];
}
function moduleBytes() {
    return Uint8Array.from([
        0x00,
        0x61,
        0x73,
        0x6d,
        0x01,
        0x00,
        0x00,
        0x00,
        ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32], [I32]]), 0]])),
        ...section(3, vec([[0]])),
        ...section(5, vec([[0x00, 1]])),
        ...section(7, vec([
            [...bootstrap_kernel_name('run'), 0x00, 0],
            [...bootstrap_kernel_name('memory'), 0x02, 0],
        ])),
        ...section(10, vec([body()])),
    ]);
}
const wasm = globalThis.WebAssembly;
let compiled;
/** The compiled kernel, or null where WebAssembly SIMD is unavailable. */
function bootstrap_kernel_load() {
    if (compiled !== undefined)
        return compiled;
    compiled = null;
    try {
        const bytes = moduleBytes();
        if (wasm?.validate(bytes)) {
            const module = new wasm.Module(bytes);
            compiled = { module, kernel: new wasm.Instance(module).exports };
        }
    }
    catch {
        compiled = null;
    }
    return compiled;
}
function simdAvailable() {
    return bootstrap_kernel_load() !== null;
}
// prepare, runRange and work are self-contained on purpose: helper threads run their source text.
function prepare(k, deltas, lanes) {
    const n = deltas.length;
    const statesAt = n * 8 + (16 - ((n * 8) % 16)); // v128 loads want 16-byte alignment
    const outAt = statesAt + 16 * lanes;
    const needed = outAt + 8 * lanes;
    const have = k.memory.buffer.byteLength;
    if (needed > have)
        k.memory.grow(Math.ceil((needed - have) / 65536));
    new Float64Array(k.memory.buffer, 0, n).set(deltas);
    return { n, statesAt, outAt };
}
/** Resamples [from, to), `from` a multiple of `lanes`; `states` holds s0..s3 per resample. */
function runRange(k, layout, states, from, to, sums, lanes) {
    const st = new Uint32Array(k.memory.buffer, layout.statesAt, 4 * lanes);
    const out = new Float64Array(k.memory.buffer, layout.outAt, lanes);
    for (let r = from; r < to; r += lanes) {
        for (let lane = 0; lane < lanes; lane++) {
            const src = (r + lane) * 4;
            // group lane >> 2 holds s0..s3 as four v128 of four lanes each
            const at = (lane >> 2) * 16 + (lane & 3);
            st[at] = states[src];
            st[at + 4] = states[src + 1];
            st[at + 8] = states[src + 2];
            st[at + 12] = states[src + 3];
        }
        k.run(0, layout.n, layout.statesAt, layout.outAt);
        for (let lane = 0; lane < lanes && r + lane < to; lane++)
            sums[r + lane] = out[lane];
    }
}
/**
 * Takes chunks of resamples off the shared counter until none are left. `control`: [0] next chunk,
 * [1] chunks finished, [2 + c] chunk c finished.
 */
function work(k, layout, states, sums, control, job) {
    for (;;) {
        const c = Atomics.add(control, 0, 1);
        if (c >= job.chunks)
            return;
        const from = c * job.chunkSize;
        runRange(k, layout, states, from, Math.min(job.resamples, from + job.chunkSize), sums, job.lanes);
        Atomics.store(control, 2 + c, 1);
        Atomics.add(control, 1, 1);
        Atomics.notify(control, 1);
    }
}
const HELPER_SOURCE = `
const { parentPort } = require('node:worker_threads');
${prepare.toString()}
${runRange.toString()}
${work.toString()}
parentPort.on('message', (m) => {
  try {
    const k = new WebAssembly.Instance(m.module).exports;
    const layout = prepare(k, new Float64Array(m.deltas), m.job.lanes);
    work(k, layout, new Uint32Array(m.states), new Float64Array(m.sums), new Int32Array(m.control), m.job);
  } catch {
    // the caller finishes whatever chunks this thread claimed but did not finish
  }
});
`;
/** Work (samples × resamples) below which helper threads cost more than they save. */
const PARALLEL_THRESHOLD = 20_000_000;
/** Resamples per chunk: small enough to balance threads on a busy machine. */
const CHUNK = 64;
let helpers;
function helperPool(count) {
    if (!helpers)
        helpers = [];
    while (helpers.length < count) {
        const w = new external_node_worker_threads_.Worker(HELPER_SOURCE, { eval: true });
        w.unref();
        w.on('error', () => {
            helpers = helpers?.filter((h) => h !== w);
        });
        helpers.push(w);
    }
    return helpers.slice(0, count);
}
/**
 * Resample sums (not means) of `deltas` for resamples 0..resamples-1 with the SIMD kernel. Large
 * jobs are shared with helper threads in chunks taken off a shared counter, so a descheduled
 * thread only delays the chunk it holds; the caller blocks until all are done. Every resample has
 * its own stream, so who computes it never changes a result. Undefined where WebAssembly SIMD is
 * unavailable: the caller uses the scalar loop.
 */
function simdResampleSums(deltas, resamples, seed, options = {}) {
    const c = bootstrap_kernel_load();
    if (!c)
        return undefined;
    const n = deltas.length;
    const padded = Math.ceil(resamples / LANES) * LANES;
    const helperCount = options.helpers ?? (n * resamples >= PARALLEL_THRESHOLD ? Math.min(3, (0,external_node_os_.availableParallelism)() - 1) : 0);
    const chunks = Math.ceil(resamples / CHUNK);
    const parallel = helperCount > 0 && chunks > 1;
    const statesBuffer = parallel ? new SharedArrayBuffer(padded * 16) : new ArrayBuffer(padded * 16);
    const states = new Uint32Array(statesBuffer);
    for (let r = 0; r < padded; r++) {
        const rng = new prng_Xoshiro128(seed, r);
        states[r * 4] = rng.s0;
        states[r * 4 + 1] = rng.s1;
        states[r * 4 + 2] = rng.s2;
        states[r * 4 + 3] = rng.s3;
    }
    const layout = prepare(c.kernel, deltas, LANES);
    if (!parallel) {
        const sums = new Float64Array(resamples);
        runRange(c.kernel, layout, states, 0, resamples, sums, LANES);
        return sums;
    }
    const shared = {
        deltas: new SharedArrayBuffer(n * 8),
        sums: new SharedArrayBuffer(resamples * 8),
        control: new SharedArrayBuffer(4 * (2 + chunks)),
    };
    new Float64Array(shared.deltas).set(deltas);
    const sums = new Float64Array(shared.sums);
    const control = new Int32Array(shared.control);
    const job = { chunks, chunkSize: CHUNK, resamples, lanes: LANES };
    for (const worker of helperPool(helperCount)) {
        worker.postMessage({
            module: c.module,
            deltas: shared.deltas,
            states: statesBuffer,
            sums: shared.sums,
            control: shared.control,
            job,
        });
    }
    const started = Date.now();
    work(c.kernel, layout, states, sums, control, job);
    // chunks still held by helpers: wait for them, but a helper that died must not hang the gate
    const deadline = Date.now() + Math.max(10_000, 4 * (Date.now() - started));
    for (let finished = Atomics.load(control, 1); finished < chunks; finished = Atomics.load(control, 1)) {
        if (Atomics.wait(control, 1, finished, Math.max(1, deadline - Date.now())) === 'timed-out')
            break;
    }
    for (let chunk = 0; chunk < chunks; chunk++) {
        if (Atomics.load(control, 2 + chunk) === 1)
            continue;
        const from = chunk * CHUNK;
        runRange(c.kernel, layout, states, from, Math.min(resamples, from + CHUNK), sums, LANES);
    }
    return Float64Array.from(sums);
}

;// CONCATENATED MODULE: ./lib/evaluate/stats.js


/** Largest sample count the multiply-shift index draw handles exactly (n · 2^32 < 2^53). */
const MAX_BOOTSTRAP_SAMPLES = 2 ** 21;
/**
 * Paired bootstrap (Koehn 2004) of the mean of per-sample deltas (candidate − baseline on the same
 * sample ids). Resample r draws its n indices with replacement from its own xoshiro128** stream
 * `Xoshiro128(seed, r)`, index = floor(u32 · n / 2^32); `resampleIndices` yields the same indices.
 */
function pairedBootstrap(deltas, options) {
    const n = deltas.length;
    if (n === 0)
        throw new RangeError('paired bootstrap needs at least one sample');
    if (n > MAX_BOOTSTRAP_SAMPLES)
        throw new RangeError(`paired bootstrap supports at most ${MAX_BOOTSTRAP_SAMPLES} samples`);
    const resamples = options.resamples;
    const sums = simdResampleSums(deltas, resamples, options.seed) ?? scalarResampleSums(deltas, resamples, options.seed);
    const means = new Float64Array(resamples);
    for (let r = 0; r < resamples; r++)
        means[r] = sums[r] / n;
    let total = 0;
    for (let j = 0; j < n; j++)
        total += deltas[j];
    const sorted = means.slice().sort();
    let atOrBelow = 0;
    let atOrAbove = 0;
    for (let r = 0; r < resamples; r++) {
        const m = means[r];
        if (m <= 0)
            atOrBelow++;
        if (m >= 0)
            atOrAbove++;
    }
    const tail = (Math.min(atOrBelow, atOrAbove) + 1) / (resamples + 1);
    const alpha = 1 - options.confidence;
    return {
        mean: total / n,
        ci: [percentile(sorted, (alpha / 2) * 100), percentile(sorted, (1 - alpha / 2) * 100)],
        pValue: Math.min(1, 2 * tail),
        means,
        n,
        resamples,
        seed: options.seed,
    };
}
/** The scalar loop the SIMD kernel replaces (and the fallback where WebAssembly SIMD is missing). */
function scalarResampleSums(deltas, resamples, seed) {
    const n = deltas.length;
    const sums = new Float64Array(resamples);
    const scale = n * TWO_POW_MINUS_32;
    for (let r = 0; r < resamples; r++) {
        const rng = new prng_Xoshiro128(seed, r);
        let s0 = rng.s0;
        let s1 = rng.s1;
        let s2 = rng.s2;
        let s3 = rng.s3;
        let sum = 0;
        for (let j = 0; j < n; j++) {
            // xoshiro128** step, inlined (see Xoshiro128.nextU32)
            const m = Math.imul(s1, 5);
            const u = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            sum += deltas[(u * scale) | 0];
        }
        sums[r] = sum;
    }
    return sums;
}
/** The index stream pairedBootstrap draws: `resamples` rows of `n` indices, row-major. */
function resampleIndices(n, resamples, seed) {
    const out = new Uint32Array(n * resamples);
    for (let r = 0; r < resamples; r++) {
        const rng = new Xoshiro128(seed, r);
        for (let j = 0; j < n; j++)
            out[r * n + j] = rng.nextBelow(n);
    }
    return out;
}
/** Percentile of ascending-sorted values with linear interpolation (numpy's default, Hyndman–Fan type 7). */
function percentile(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const h = ((n - 1) * q) / 100;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (h - lo) * (b - a);
}
/**
 * Exact McNemar test on paired binary outcomes (1 = correct). Only discordant pairs carry
 * information; under H0 each is equally likely to favour either model.
 */
function mcnemarExact(baseline, candidate) {
    let b = 0;
    let c = 0;
    for (let i = 0; i < baseline.length; i++) {
        const x = baseline[i];
        const y = candidate[i];
        if (x === 1 && y === 0)
            b++;
        else if (x === 0 && y === 1)
            c++;
    }
    return { baselineOnly: b, candidateOnly: c, pValue: exactBinomialTwoSided(b, c) };
}
/** min(1, 2 · P(X ≤ min(b, c))) for X ~ Binomial(b + c, 1/2), summed in log space so large counts stay finite. */
function exactBinomialTwoSided(b, c) {
    const n = b + c;
    if (n === 0)
        return 1;
    const k = Math.min(b, c);
    const logHalfN = -n * Math.LN2;
    // log C(n, i) built incrementally: C(n, i) = C(n, i-1) · (n - i + 1) / i
    let logC = 0;
    let maxLog = logHalfN;
    const terms = [logHalfN];
    for (let i = 1; i <= k; i++) {
        logC += Math.log(n - i + 1) - Math.log(i);
        const term = logC + logHalfN;
        terms.push(term);
        if (term > maxLog)
            maxLog = term;
    }
    let sum = 0;
    for (const term of terms)
        sum += Math.exp(term - maxLog);
    const cdf = Math.exp(maxLog) * sum;
    return Math.min(1, 2 * cdf);
}

;// CONCATENATED MODULE: ./lib/evaluate/bound-test.js



/** Upper tail of the standard normal. */
function normalUpper(z) {
    if (Number.isNaN(z))
        return 1;
    return Math.min(1, Math.max(0, 0.5 * (1 - (0,simple_statistics/* errorFunction */.T7)(z / Math.SQRT2))));
}
/**
 * Tango's (1998) score statistic for the paired difference of proportions δ = (worse − better)/n
 * at δ0, with the restricted maximum-likelihood variance. `worse`: pairs that went 1 → 0 in the
 * bounded direction, `better`: 0 → 1. At δ0 = 0 it is McNemar's z = (worse − better)/√(worse + better).
 */
function tangoScore(worse, better, n, delta0) {
    const a = 2 * n;
    const b = -worse - better + (2 * n - worse + better) * delta0;
    const c = -better * delta0 * (1 - delta0);
    const q = (Math.sqrt(Math.max(0, b * b - 4 * a * c)) - b) / (2 * a);
    const numerator = worse - better - n * delta0;
    const variance = n * (2 * q + delta0 * (1 - delta0));
    if (!(variance > 0))
        return numerator === 0 ? 0 : numerator > 0 ? Infinity : -Infinity;
    return numerator / Math.sqrt(variance);
}
/** The δ0 where Tango's score equals z (the score is decreasing in δ0), by bisection on (−1, 1). */
function tangoBound(worse, better, n, z) {
    let lo = -1;
    let hi = 1;
    for (let i = 0; i < 80; i++) {
        const mid = (lo + hi) / 2;
        if (tangoScore(worse, better, n, mid) > z)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** P(X ≤ k), X ~ Binomial(n, 1/2), through the exact two-sided McNemar routine. */
function binomialHalfCdf(k, n) {
    if (k < 0)
        return 0;
    if (2 * k >= n)
        return 1 - binomialHalfCdf(n - k - 1, n);
    return exactBinomialTwoSided(k, n - k) / 2;
}
/**
 * Paired 0/1 values: the score test of the difference of proportions against the bound (and its
 * score interval); against a zero bound with `exact`, the exact one-sided McNemar test.
 */
function pairedProportionTester(paired, options) {
    const { deltas } = paired;
    let up = 0;
    let down = 0;
    for (let i = 0; i < deltas.length; i++) {
        if (deltas[i] > 0)
            up++;
        else if (deltas[i] < 0)
            down++;
    }
    const n = deltas.length;
    const counts = (side) => (side === 'drop' ? [down, up] : [up, down]);
    return {
        kind: options.exact ? 'mcnemar' : 'score',
        statistic: `mean of ${options.column}`,
        n,
        candidate: mean(paired.candidate),
        baseline: mean(paired.baseline),
        delta: (up - down) / n,
        pValue(side, allowed) {
            const [worse, better] = counts(side);
            if (options.exact && allowed === 0)
                return binomialHalfCdf(better, worse + better);
            return normalUpper(tangoScore(worse, better, n, allowed));
        },
        interval(confidence) {
            const z = (0,simple_statistics/* probit */.ht)(1 - (1 - confidence) / 2);
            // interval of the rise (up − down)/n, which is candidate − baseline
            return [tangoBound(up, down, n, z), tangoBound(up, down, n, -z)];
        },
    };
}
/** Paired bootstrap of the mean delta (the SIMD kernel of stats.ts). */
function meanBootstrapTester(paired, options) {
    const boot = pairedBootstrap(paired.deltas, {
        resamples: options.resamples,
        seed: options.seed,
        confidence: 0.95,
    });
    return bootstrapTester(boot.means, {
        statistic: `mean of ${options.column}`,
        n: boot.n,
        candidate: mean(paired.candidate),
        baseline: mean(paired.baseline),
        delta: boot.mean,
    });
}
/**
 * Paired bootstrap of a percentile: resample r draws the same sample ids for both models (its own
 * xoshiro128** stream, as in stats.ts) and takes the difference of their q-th percentiles (numpy's
 * linear interpolation). A resample is counted by rank instead of sorted: O(n) per resample.
 */
function percentileBootstrapTester({ candidate, baseline }, options) {
    const n = candidate.length;
    const c = ranked(candidate);
    const b = ranked(baseline);
    const rankC = c.rank;
    const rankB = b.rank;
    const countsC = new Uint32Array(n);
    const countsB = new Uint32Array(n);
    const h = ((n - 1) * options.q) / 100;
    const scale = n * TWO_POW_MINUS_32;
    const deltas = new Float64Array(options.resamples);
    for (let r = 0; r < options.resamples; r++) {
        const rng = new prng_Xoshiro128(options.seed, r);
        let { s0, s1, s2, s3 } = rng;
        countsC.fill(0);
        countsB.fill(0);
        for (let j = 0; j < n; j++) {
            // xoshiro128** step, inlined (see Xoshiro128.nextU32)
            const m = Math.imul(s1, 5);
            const u = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
            const t = s1 << 9;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = (s3 << 11) | (s3 >>> 21);
            const k = (u * scale) | 0;
            countsC[rankC[k]]++;
            countsB[rankB[k]]++;
        }
        deltas[r] = countedPercentile(countsC, c.sorted, h) - countedPercentile(countsB, b.sorted, h);
    }
    const cq = percentile(c.sorted, options.q);
    const bq = percentile(b.sorted, options.q);
    return bootstrapTester(deltas, {
        statistic: `p${options.q} of ${options.column}`,
        n,
        candidate: cq,
        baseline: bq,
        delta: cq - bq,
    });
}
/** The values sorted, and each sample's position in that order. */
function ranked(values) {
    const order = Array.from(values.keys()).sort((x, y) => values[x] - values[y]);
    const sorted = new Float64Array(values.length);
    const rank = new Uint32Array(values.length);
    order.forEach((k, i) => {
        sorted[i] = values[k];
        rank[k] = i;
    });
    return { sorted, rank };
}
/** Linear-interpolated order statistic at fractional position h of a resample given as counts per rank. */
function countedPercentile(counts, sorted, h) {
    const n = counts.length;
    const lo = Math.floor(h);
    // walk from the top for high percentiles: the positions lo and lo + 1 counted from the end
    let seen = 0;
    let a = Number.NaN;
    let above = Number.NaN;
    for (let i = n - 1; i >= 0; i--) {
        const k = counts[i];
        if (k === 0)
            continue;
        const first = n - seen - k; // positions [first, n − seen) hold sorted[i]
        if (Number.isNaN(above) && lo + 1 < n && lo + 1 >= first)
            above = sorted[i];
        if (lo >= first) {
            a = sorted[i];
            break;
        }
        seen += k;
    }
    if (h === lo || lo + 1 >= n)
        return a;
    return a + (h - lo) * (above - a);
}
function bootstrapTester(replicates, fields) {
    const sorted = replicates.slice().sort();
    const r = sorted.length;
    return {
        kind: 'bootstrap',
        ...fields,
        pValue(side, allowed) {
            // share of resamples whose change is within the bound, +1 smoothed
            let within = 0;
            for (let i = 0; i < r; i++) {
                const change = side === 'drop' ? -sorted[i] : sorted[i];
                if (change <= allowed)
                    within++;
            }
            return Math.min(1, (within + 1) / (r + 1));
        },
        interval(confidence) {
            const tail = ((1 - confidence) / 2) * 100;
            return [percentile(sorted, tail), percentile(sorted, 100 - tail)];
        },
    };
}
function mean(values) {
    let s = 0;
    for (let i = 0; i < values.length; i++)
        s += values[i];
    return s / values.length;
}

;// CONCATENATED MODULE: ./lib/evaluate/metrics.js


/** Flattens a metrics JSON document: `{"eval": {"accuracy": 0.9}}` → `{"eval.accuracy": 0.9}`. */
function parseMetrics(text, source) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${source}: not valid JSON (${error.message}); the evaluation command must write a JSON object of metrics`, {
            cause: error,
        });
    }
    if (!isObject(doc)) {
        throw new errors/* InputError */.dz(`${source}: expected a JSON object of metrics like {"accuracy": 0.91}, got ${describe(doc)}`);
    }
    const out = {};
    const walk = (value, path) => {
        if (typeof value === 'number') {
            if (!Number.isFinite(value))
                throw new errors/* InputError */.dz(`${source}: metric "${path}" is not a finite number`);
            out[path] = value;
        }
        else if (typeof value === 'boolean') {
            out[path] = value ? 1 : 0;
        }
        else if (isObject(value)) {
            for (const [k, v] of Object.entries(value))
                walk(v, path ? `${path}.${k}` : k);
        }
        // strings, arrays and null are metadata (model name, per-class lists): not metrics
    };
    walk(doc, '');
    return out;
}
/**
 * Parses per-sample JSONL: each line an object with an `id` (string or number) and numeric or
 * boolean fields, e.g. `{"id": "q17", "correct": true, "f1": 0.5}`.
 */
function parseSamples(text, source) {
    const ids = [];
    const columns = new Map();
    const kinds = new Map();
    const seen = new Map();
    const lines = text.split('\n');
    lines.forEach((raw, index) => {
        const line = raw.trim();
        if (!line)
            return;
        const where = `${source}:${index + 1}`;
        let row;
        try {
            row = JSON.parse(line);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`${where}: not valid JSON (${error.message}); write one JSON object per line`);
        }
        if (!isObject(row))
            throw new errors/* InputError */.dz(`${where}: expected a JSON object with an "id", got ${describe(row)}`);
        const id = row.id;
        if (typeof id !== 'string' && typeof id !== 'number') {
            throw new errors/* InputError */.dz(`${where}: every sample needs an "id" (string or number)`);
        }
        const key = String(id);
        const first = seen.get(key);
        if (first !== undefined)
            throw new errors/* InputError */.dz(`${where}: duplicate sample id "${key}" (first at line ${first})`);
        seen.set(key, index + 1);
        const rowIndex = ids.length;
        ids.push(key);
        const fields = [];
        const walk = (value, path) => {
            if (typeof value === 'number' && Number.isFinite(value))
                fields.push([path, value, value === 0 || value === 1]);
            else if (typeof value === 'boolean')
                fields.push([path, value ? 1 : 0, true]);
            else if (isObject(value))
                for (const [k, v] of Object.entries(value))
                    walk(v, `${path}.${k}`);
        };
        for (const [k, v] of Object.entries(row))
            if (k !== 'id')
                walk(v, k);
        for (const [name, value, binary] of fields) {
            let column = columns.get(name);
            if (!column) {
                if (rowIndex > 0) {
                    throw new errors/* InputError */.dz(`${where}: field "${name}" first appears here but is missing on earlier samples (e.g. "${ids[0]}"); every sample needs the same fields`);
                }
                column = [];
                columns.set(name, column);
                kinds.set(name, true);
            }
            column.push(value);
            if (!binary)
                kinds.set(name, false);
        }
        for (const [name, column] of columns) {
            if (column.length !== rowIndex + 1) {
                throw new errors/* InputError */.dz(`${where}: sample "${key}" has no numeric "${name}" (earlier samples have it); every sample needs the same fields`);
            }
        }
    });
    if (ids.length === 0)
        throw new errors/* InputError */.dz(`${source}: no samples (expected one JSON object per line)`);
    const values = new Map();
    for (const [name, column] of columns)
        values.set(name, Float64Array.from(column));
    return { source, ids, values, binary: new Set([...kinds].filter(([, b]) => b).map(([k]) => k)) };
}
/**
 * The per-sample fields a gate may be tested on, in order: the one it names, else the metric's
 * dotted name, else its last segment (`eval.accuracy` → `accuracy`); `correct` (binary
 * correctness) only stands for accuracy.
 */
function sampleFields(metric, named) {
    if (named)
        return [named];
    const last = metric.slice(metric.lastIndexOf('.') + 1);
    return [...new Set([metric, last, ...(last === 'accuracy' ? ['correct'] : [])])];
}
/**
 * Aligns candidate and baseline values of `field` by id. Both files must hold the same ids: a
 * paired test on different samples would compare different things.
 */
function pairSamples(metric, field, candidate, baseline) {
    const c = candidate.values.get(field);
    const b = baseline.values.get(field);
    const missing = !c ? candidate : !b ? baseline : undefined;
    if (missing) {
        throw new errors/* InputError */.dz(`${missing.source}: no per-sample field "${field}" for metric "${metric}" (found ${[...missing.values.keys()].join(', ') || 'none'})`);
    }
    const baselineRow = new Map(baseline.ids.map((id, i) => [id, i]));
    const onlyCandidate = candidate.ids.filter((id) => !baselineRow.has(id));
    const candidateIds = new Set(candidate.ids);
    const onlyBaseline = baseline.ids.filter((id) => !candidateIds.has(id));
    if (onlyCandidate.length > 0 || onlyBaseline.length > 0) {
        const list = (ids) => `${ids
            .slice(0, 5)
            .map((id) => JSON.stringify(id))
            .join(', ')}${ids.length > 5 ? `, … (${ids.length} in all)` : ''}`;
        throw new errors/* InputError */.dz([
            `metric "${metric}": sample ids differ between ${candidate.source} (${candidate.ids.length}) and ${baseline.source} (${baseline.ids.length}); a paired test needs the same samples.`,
            onlyCandidate.length ? `only in ${candidate.source}: ${list(onlyCandidate)}` : '',
            onlyBaseline.length ? `only in ${baseline.source}: ${list(onlyBaseline)}` : '',
            'Evaluate both models on the same dataset (or re-record the baseline).',
        ]
            .filter(Boolean)
            .join('\n'));
    }
    const n = candidate.ids.length;
    if (n > MAX_BOOTSTRAP_SAMPLES) {
        throw new errors/* InputError */.dz(`${candidate.source}: ${n} samples; the paired tests take at most ${MAX_BOOTSTRAP_SAMPLES}: evaluate on a fixed random subset`);
    }
    const cv = c;
    const bv = new Float64Array(n);
    const deltas = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const v = b[baselineRow.get(candidate.ids[i])];
        bv[i] = v;
        deltas[i] = cv[i] - v;
    }
    return {
        field,
        baseline: bv,
        candidate: cv,
        deltas,
        binary: candidate.binary.has(field) && baseline.binary.has(field),
    };
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function describe(v) {
    return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

;// CONCATENATED MODULE: ./lib/evaluate/gate.js




const RANK = { pass: 0, inconclusive: 1, fail: 2 };
function worst(verdicts) {
    return verdicts.reduce((w, v) => (RANK[v] > RANK[w] ? v : w), 'pass');
}
/** Decides every gate. Pure: same input, same report. Throws InputError for missing metrics or mismatched samples. */
function evaluateGates(input) {
    const pending = [];
    const testers = new Map();
    const metrics = input.gates.map((gate) => evaluateGate(gate, input, pending, testers));
    const side = input.significance.alpha / 2;
    const holm = (input.significance.correction ?? 'holm') === 'holm' && pending.length > 1;
    assignLevels(pending, side, holm);
    for (const p of pending)
        p.decide(p.level, holm
            ? `Holm over ${pending.length} tests: one-sided level ${fmt(p.level)}`
            : `one-sided level ${fmt(p.level)}`);
    for (const result of metrics) {
        const tester = testers.get(result);
        if (tester) {
            // the interval at the level that decided a bound the gate is over; else the nominal one
            const levels = pending.filter((p) => p.result === result && p.over).map((p) => p.level);
            const level = levels.length ? Math.min(...levels) : side;
            result.confidence = 1 - 2 * level;
            result.ci = tester.interval(result.confidence);
        }
        finish(result);
    }
    const verdict = worst(metrics.map((m) => m.verdict));
    const notable = metrics.filter((m) => m.verdict === verdict && verdict !== 'pass');
    const reason = metrics.length === 0
        ? 'no gates configured (evaluate.gates)'
        : verdict === 'pass'
            ? `all ${metrics.length} gate${metrics.length === 1 ? '' : 's'} passed`
            : `${notable.length} of ${metrics.length} gate${metrics.length === 1 ? '' : 's'} ${verdict === 'fail' ? 'failed' : 'inconclusive'}: ${notable.map((m) => `${m.metric}: ${m.reason}`).join('; ')}`;
    return { verdict, reason, metrics, significance: input.significance, tests: pending.length };
}
/**
 * Holm's step-down: the k-th smallest p-value is tested at level/(m − k + 1) until one is not
 * significant; every later test keeps the level where the procedure stopped, so its interval
 * (and verdict) are those of the step that decided it.
 */
function assignLevels(tests, level, holm) {
    if (!holm) {
        for (const t of tests)
            t.level = level;
        return;
    }
    const order = [...tests].sort((a, b) => a.pValue - b.pValue);
    const m = order.length;
    let stopped;
    order.forEach((t, k) => {
        const step = level / (m - k);
        if (stopped === undefined && t.pValue >= step)
            stopped = step;
        t.level = stopped ?? step;
    });
}
function evaluateGate(gate, input, pending, testers) {
    const { candidate, baseline, significance } = input;
    const name = gate.metric;
    const c = metricValue(candidate, name);
    const checks = [];
    const result = {
        metric: name,
        direction: gate.direction,
        candidate: c,
        test: 'none',
        confidence: 1 - significance.alpha,
        verdict: 'pass',
        reason: '',
        checks,
    };
    if (gate.min !== undefined) {
        checks.push(c >= gate.min
            ? { check: 'min', verdict: 'pass', reason: `${fmt(c)} ≥ min ${fmt(gate.min)}` }
            : { check: 'min', verdict: 'fail', reason: `${fmt(c)} is below min ${fmt(gate.min)}` });
    }
    if (gate.max !== undefined) {
        checks.push(c <= gate.max
            ? { check: 'max', verdict: 'pass', reason: `${fmt(c)} ≤ max ${fmt(gate.max)}` }
            : { check: 'max', verdict: 'fail', reason: `${fmt(c)} is above max ${fmt(gate.max)}` });
    }
    const bounds = ['max-drop', 'max-rise'].filter((k) => gate[k] !== undefined);
    const margin = gate['non-inferiority-margin'];
    const explicitTest = gate.test === 'bootstrap' || gate.test === 'mcnemar';
    if (bounds.length === 0 && !margin && !explicitTest) {
        // no comparison is gated, but the table still shows the change when the baseline has the metric
        const b = baseline?.metrics[name];
        if (b !== undefined) {
            result.baseline = b;
            result.delta = c - b;
            if (b !== 0)
                result.relativeDelta = (c - b) / Math.abs(b);
        }
        return result;
    }
    if (!baseline) {
        checks.push({
            check: 'baseline',
            verdict: 'inconclusive',
            reason: 'no baseline recorded yet; comparisons start once the default branch saves one',
        });
        return result;
    }
    const b = metricValue(baseline, name);
    const delta = c - b;
    result.baseline = b;
    result.delta = delta;
    if (b !== 0)
        result.relativeDelta = delta / Math.abs(b);
    const chosen = testerFor(gate, candidate, baseline, significance);
    const tester = chosen.tester;
    if (tester) {
        testers.set(result, tester);
        result.test = tester.kind;
        result.samples = tester.n;
    }
    result.statistic = tester?.statistic ?? chosen.why;
    // the test's own statistic when there is one, so the observed change, bound and CI agree
    const base = tester ? tester.baseline : b;
    const cand = tester ? tester.candidate : c;
    const changeOn = (side) => (side === 'drop' ? base - cand : cand - base);
    // a bound check (`label`/`allowedText` set), or with none the plain "any significant regression"
    const tested = (side, allowed, check, bound) => {
        const within = changeOn(side) - allowed <= noise(base, cand);
        const index = checks.length;
        checks.push({ check, verdict: 'pass', reason: '' });
        const p = tester.pValue(side, allowed);
        result.pValue = Math.min(result.pValue ?? 1, p);
        pending.push({
            result,
            tester: tester,
            pValue: p,
            over: !within || !bound,
            decide(level, note) {
                const [lo, hi] = tester.interval(1 - 2 * level);
                const range = side === 'drop' ? [-hi, -lo] : [lo, hi];
                const stat = `${testName(tester)} p=${fmtP(p)}, ${note}; ${pct(1 - 2 * level)} CI of the ${side} [${fmt(range[0])}, ${fmt(range[1])}]`;
                const significant = p < level;
                if (!bound) {
                    const amount = `${side} of ${fmt(changeOn(side))} (${tester.statistic})`;
                    checks[index] = significant
                        ? { check, verdict: 'fail', reason: `significant ${amount} (${stat})` }
                        : { check, verdict: 'pass', reason: `no significant ${side} (${stat})` };
                }
                else if (within) {
                    checks[index] = { check, verdict: 'pass', reason: `${bound.label} within ${bound.text}` };
                }
                else if (significant) {
                    checks[index] = {
                        check,
                        verdict: 'fail',
                        reason: `${bound.label} exceeds ${bound.text} significantly (${stat})`,
                    };
                }
                else {
                    checks[index] = {
                        check,
                        verdict: 'inconclusive',
                        reason: `${bound.label} is over ${bound.text} but not significantly (${stat}); evaluate on more samples to decide`,
                    };
                }
            },
        });
    };
    for (const bound of bounds) {
        const limit = gate[bound];
        const side = bound === 'max-drop' ? 'drop' : 'rise';
        const amount = changeOn(side);
        const label = `${side} ${fmt(amount)}${tester ? ` (${tester.statistic})` : ''}`;
        let allowed;
        let allowedText;
        if (limit.relative) {
            if (base === 0) {
                checks.push(amount <= 0
                    ? { check: bound, verdict: 'pass', reason: `no ${side} from a zero baseline` }
                    : {
                        check: bound,
                        verdict: 'inconclusive',
                        reason: `a relative ${bound} is undefined for a zero baseline (${side} ${fmt(amount)} from 0); set an absolute ${bound} such as 0.01`,
                    });
                continue;
            }
            allowed = limit.value * Math.abs(base);
            allowedText = `${bound} ${fmt(limit.value * 100)}% of |${fmt(base)}| = ${fmt(allowed)}`;
        }
        else {
            allowed = limit.value;
            allowedText = `${bound} ${fmt(allowed)}`;
        }
        if (tester)
            tested(side, allowed, bound, { label, text: allowedText });
        else if (amount - allowed <= noise(b, c))
            checks.push({ check: bound, verdict: 'pass', reason: `${label} within ${allowedText}` });
        else
            checks.push({
                check: bound,
                verdict: 'fail',
                reason: `${label} exceeds ${allowedText} (${chosen.why})`,
            });
    }
    if (bounds.length === 0 && explicitTest) {
        if (!tester)
            throw missingSamples(gate, candidate, baseline);
        tested(gate.direction === 'higher' ? 'drop' : 'rise', 0, 'significance');
    }
    if (margin) {
        if (!tester) {
            checks.push({
                check: 'non-inferiority',
                verdict: 'inconclusive',
                reason: `a non-inferiority margin needs per-sample results for candidate and baseline (${chosen.why})`,
            });
        }
        else if (margin.relative && base === 0) {
            checks.push({
                check: 'non-inferiority',
                verdict: 'inconclusive',
                reason: 'a relative non-inferiority margin is undefined for a zero baseline; use an absolute margin',
            });
        }
        else {
            const m = margin.relative ? margin.value * Math.abs(base) : margin.value;
            const confidence = 1 - significance.alpha;
            const ci = tester.interval(confidence);
            const worstPlausible = gate.direction === 'higher' ? -ci[0] : ci[1];
            const side = gate.direction === 'higher' ? 'drop' : 'rise';
            checks.push(worstPlausible - m <= noise(base, cand)
                ? {
                    check: 'non-inferiority',
                    verdict: 'pass',
                    reason: `${pct(confidence)} CI rules out a ${side} beyond the margin ${fmt(m)} (worst plausible ${fmt(worstPlausible)})`,
                }
                : {
                    check: 'non-inferiority',
                    verdict: 'fail',
                    reason: `${pct(confidence)} CI [${fmt(ci[0])}, ${fmt(ci[1])}] allows a ${side} of ${fmt(worstPlausible)}, beyond the non-inferiority margin ${fmt(m)}`,
                });
        }
    }
    return result;
}
function testName(tester) {
    return tester.kind === 'score'
        ? 'paired-proportion score test'
        : tester.kind === 'mcnemar'
            ? 'exact McNemar'
            : 'paired bootstrap';
}
function finish(result) {
    const verdict = worst(result.checks.map((c) => c.verdict));
    result.verdict = verdict;
    const relevant = result.checks.filter((c) => c.verdict === verdict);
    result.reason = result.checks.length === 0 ? 'no thresholds' : relevant.map((c) => c.reason).join('; ');
    return result;
}
/** The percentile a gate's statistic names (`p95`, `median`), from its config or its metric name. */
function gatePercentile(gate) {
    const s = gate.statistic;
    if (s === 'mean')
        return undefined;
    if (s === 'median')
        return 50;
    if (s)
        return Number(s.slice(1));
    const last = gate.metric.slice(gate.metric.lastIndexOf('.') + 1).toLowerCase();
    if (/(^|[_-])median($|[_-])/.test(last))
        return 50;
    const m = /(?:^|[_-])p(\d{1,2}(?:\.\d+)?|100)(?=$|[_-])/.exec(last);
    return m ? Number(m[1]) : undefined;
}
/** The paired test for a gate, or why it compares point estimates. */
function testerFor(gate, candidate, baseline, significance) {
    if (gate.test === 'none')
        return { why: 'point estimates: test none' };
    if (!candidate.samples || !baseline.samples) {
        if (gate.test === 'auto' && !gate['samples-column'])
            return {
                why: `point estimates: ${!candidate.samples ? 'the candidate' : 'the baseline'} has no per-sample results (evaluate.samples)`,
            };
        throw missingSamples(gate, candidate, baseline);
    }
    const fields = sampleFields(gate.metric, gate['samples-column']);
    const field = fields.find((f) => candidate.samples.values.has(f));
    if (!field || !baseline.samples.values.has(field)) {
        const where = !field ? candidate.samples : baseline.samples;
        const looked = fields.map((f) => `"${f}"`).join(', ');
        if (gate.test === 'auto' && !gate['samples-column'])
            return {
                why: `point estimates: no per-sample column ${looked} in ${where.source}; set samples-column to test it`,
            };
        throw new errors/* InputError */.dz(`gate "${gate.metric}": ${where.source} has no per-sample field ${field ? `"${field}"` : looked} (it has ${[...where.values.keys()].join(', ') || 'none'}); set evaluate.gates[].samples-column to the per-sample field of this metric`);
    }
    const paired = pairSamples(gate.metric, field, candidate.samples, baseline.samples);
    const q = gatePercentile(gate);
    if (gate.test === 'mcnemar' && (!paired.binary || q !== undefined)) {
        throw new errors/* InputError */.dz(`gate "${gate.metric}": test mcnemar needs 0/1 or true/false per-sample values and a mean (${candidate.samples.source} "${field}"); use test: bootstrap for continuous values`);
    }
    const options = { resamples: significance.resamples, seed: significance.seed, column: field };
    if (q !== undefined)
        return { tester: percentileBootstrapTester(paired, { ...options, q }), why: '' };
    if (paired.binary && gate.test !== 'bootstrap')
        return {
            tester: pairedProportionTester(paired, { exact: gate.test === 'mcnemar', column: field }),
            why: '',
        };
    return { tester: meanBootstrapTester(paired, options), why: '' };
}
function missingSamples(gate, candidate, baseline) {
    const which = !candidate.samples
        ? `the candidate (${candidate.source})`
        : `the baseline (${baseline.source})`;
    return new errors/* InputError */.dz(`gate "${gate.metric}": test ${gate.test} needs per-sample results, but ${which} has none; set evaluate.samples to the JSONL file the evaluation writes`);
}
function metricValue(run, name) {
    const v = run.metrics[name];
    if (v !== undefined)
        return v;
    const known = Object.keys(run.metrics);
    const hint = (0,suggest/* suggest */.Z)(name, known);
    throw new errors/* InputError */.dz(`${run.source}: metric "${name}" not found${hint ? ` (did you mean "${hint}"?)` : ''}; it has ${known.slice(0, 20).join(', ') || 'no metrics'}${known.length > 20 ? ', …' : ''}`);
}
function noise(b, c) {
    return 1e-12 * Math.max(1, Math.abs(b), Math.abs(c));
}
/** Short human number: 4 significant digits, no exponent for everyday magnitudes. */
function fmt(v) {
    if (!Number.isFinite(v))
        return String(v);
    if (v === 0)
        return '0';
    const a = Math.abs(v);
    if (a >= 1e-4 && a < 1e6)
        return String(Number(v.toPrecision(4)));
    return v.toExponential(3);
}
function fmtP(p) {
    return p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
}
function pct(x) {
    return `${Number((x * 100).toPrecision(4))}%`;
}

// EXTERNAL MODULE: ./lib/oci/credentials.js
var oci_credentials = __webpack_require__(97771);
// EXTERNAL MODULE: ./lib/oci/reference.js
var oci_reference = __webpack_require__(23940);
// EXTERNAL MODULE: ./lib/oci/registry.js + 2 modules
var registry = __webpack_require__(4848);
;// CONCATENATED MODULE: ./lib/evaluate/registry-artifacts.js




const CREATED = 'org.opencontainers.image.created';
/**
 * Baseline records as OCI artifacts in the model's registry repository: referrers of the image
 * digest they describe (the `sha256-<digest>` tag fallback where the registry has no referrers API).
 */
async function registryArtifacts(ctx, loaded) {
    const { baseline } = loaded.config.evaluate;
    const where = baseline.image ?? loaded.config.image.repository;
    if (!where) {
        throw new errors/* InputError */.dz('evaluate.baseline.store "registry" needs a repository: set evaluate.baseline.image or image.repository');
    }
    const ref = (0,oci_reference/* parseReference */.F2)(where, baseline.image ? 'evaluate.baseline.image' : 'image.repository');
    if (ref.kind !== 'registry') {
        throw new errors/* InputError */.dz(`evaluate.baseline.store "registry" needs a registry image, got ${where}`);
    }
    const credentials = (0,oci_credentials/* findCredentials */.g)(ref.registry, {
        ...(ctx.registryAuth ? { explicit: ctx.registryAuth } : {}),
        env: ctx.env,
        log: ctx.log,
    });
    const client = registry/* RegistryClient */.bP.for(ref, credentials ? { credentials } : {});
    const repo = ref.repository;
    const store = {
        async put(subject, mediaType, bytes) {
            await client.pushArtifact(repo, subject, mediaType, [{ name: 'baseline.json', data: Buffer.from(bytes), mediaType: 'application/json' }], { [CREATED]: ctx.now().toISOString() });
        },
        async get(subject, mediaType) {
            const found = await client.listReferrers(repo, subject, mediaType);
            const newest = [...found].sort((a, b) => (b.annotations?.[CREATED] ?? '').localeCompare(a.annotations?.[CREATED] ?? ''))[0];
            if (!newest)
                return undefined;
            const fetched = await client.getManifest(repo, newest.digest);
            const layer = fetched && JSON.parse(fetched.bytes.toString('utf8')).layers[0];
            if (!layer)
                return undefined;
            const chunks = [];
            for await (const chunk of await client.getBlob(repo, layer))
                chunks.push(chunk);
            return Buffer.concat(chunks);
        },
    };
    return {
        store,
        async resolveDigest(reference) {
            const r = (0,oci_reference/* parseReference */.F2)(reference, 'evaluate.baseline.image');
            if (r.digest)
                return r.digest;
            if (r.kind !== 'registry')
                throw new errors/* InputError */.dz(`evaluate.baseline.image must be a registry image, got ${reference}`);
            const desc = await client.headManifest(r.repository, r.tag ?? 'latest');
            if (!desc)
                throw new errors/* InputError */.dz(`evaluate.baseline.image ${reference} not found in the registry`);
            return desc.digest;
        },
    };
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var report_markdown = __webpack_require__(63021);
// EXTERNAL MODULE: ./lib/report/mermaid.js
var mermaid = __webpack_require__(49789);
;// CONCATENATED MODULE: ./lib/evaluate/render.js



const ICON = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive' };
/** The evaluation section of the PR comment and the job summary (the same markdown for both). */
function renderEvaluation(input) {
    const { report } = input;
    const level = `${percent(1 - report.significance.alpha)} CI`;
    const rows = report.metrics.map((m) => [
        (0,report_markdown.code)(m.metric),
        fmt(m.candidate),
        m.baseline === undefined ? '—' : fmt(m.baseline),
        deltaCell(m),
        m.ci ? ciCell(m, report.significance.alpha) : '—',
        ICON[m.verdict],
    ]);
    for (const [name, value] of Object.entries(input.otherMetrics).slice(0, 50)) {
        const b = input.baselineMetrics?.[name];
        rows.push([
            (0,report_markdown.code)(name),
            fmt(value),
            b === undefined ? '—' : fmt(b),
            b === undefined ? '—' : signed(value - b),
            '—',
            'no gate',
        ]);
    }
    const lines = [
        `#### Evaluation: ${ICON[report.verdict]}`,
        '',
        headline(report),
        '',
        (0,report_markdown.table)(['metric', 'candidate', 'baseline', 'delta', level, 'verdict'], rows, [
            'left',
            'right',
            'right',
            'right',
            'right',
            'left',
        ]),
        '',
        input.baselineLabel ? `Baseline: ${(0,report_markdown.escapeMarkdown)(input.baselineLabel)}.` : 'No baseline recorded yet.',
    ];
    const drift = driftLine(input);
    if (drift)
        lines.push(drift);
    if (input.reusedFrom)
        lines.push(`Results reused from an earlier evaluation of the same model, dataset and command (${(0,report_markdown.escapeMarkdown)(input.reusedFrom)}).`);
    const explained = report.metrics.filter((m) => m.checks.length > 0);
    if (explained.length > 0) {
        lines.push('', (0,report_markdown/* details */.zH)('How each gate was decided', [
            ...explained.map((m) => `- ${(0,report_markdown.code)(m.metric)} (${m.direction} is better, ${testLabel(m)}): ${m.checks.map((c) => `${c.check} ${c.verdict}: ${(0,report_markdown.escapeMarkdown)(c.reason)}`).join('; ')}`),
            '',
            significanceNote(report),
        ].join('\n')));
    }
    const charts = renderCharts(input);
    if (charts)
        lines.push('', charts);
    return lines.join('\n');
}
/** How far the baseline has moved since the first one recorded, per gated metric. */
function driftLine(input) {
    const { origin, baselineMetrics } = input;
    if (!origin || !baselineMetrics)
        return undefined;
    const moves = input.report.metrics
        .filter((m) => Number.isFinite(origin.metrics[m.metric]) && Number.isFinite(baselineMetrics[m.metric]))
        .map((m) => {
        const from = origin.metrics[m.metric];
        const to = baselineMetrics[m.metric];
        const rel = from === 0 ? '' : ` (${signed(((to - from) / Math.abs(from)) * 100)}%)`;
        return `${(0,report_markdown.code)(m.metric)} ${fmt(from)} → ${fmt(to)}: ${signed(to - from)}${rel}`;
    });
    if (moves.length === 0)
        return undefined;
    const since = `${origin.sha ? `${origin.sha.slice(0, 7)}, ` : ''}${origin.createdAt}`;
    return `Baseline drift since the first recorded baseline (${(0,report_markdown.escapeMarkdown)(since)}): ${moves.join('; ')}.`;
}
function significanceNote(report) {
    const s = report.significance;
    const holm = report.tests > 1 && (s.correction ?? 'holm') === 'holm'
        ? ` Holm's correction over the ${report.tests} bound tests keeps the chance of any false fail at α/2.`
        : '';
    return `Each bound is a one-sided test of a change beyond it at α/2 (α=${s.alpha}); over a bound but not significantly is inconclusive and never becomes the baseline.${holm} Paired bootstrap: ${s.resamples} resamples, seed ${s.seed}.`;
}
function renderCharts(input) {
    const points = [...input.history, input.current].slice(-input.historyLength);
    const names = input.report.metrics.map((m) => m.metric).slice(0, 4);
    const charts = [];
    for (const name of names) {
        const series = points.filter((p) => Number.isFinite(p.metrics[name]));
        if (series.length < 2)
            continue;
        charts.push((0,mermaid/* xyChart */.Gp)({
            title: name,
            xLabels: series.map((p, i) => p === input.current ? 'this PR' : p.sha ? p.sha.slice(0, 7) : `run ${i + 1}`),
            yLabel: name,
            series: [{ values: series.map((p) => p.metrics[name]) }],
        }));
    }
    return charts.length
        ? (0,report_markdown/* details */.zH)(`History of the last ${points.length} runs`, charts.join('\n\n'))
        : undefined;
}
/**
 * The verdict's reason with metric names as code; reasons are escaped like every other text.
 */
function headline(report) {
    const notable = report.metrics.filter((m) => m.verdict === report.verdict);
    if (report.metrics.length === 0 || report.verdict === 'pass')
        return (0,report_markdown.escapeMarkdown)(report.reason);
    return notable.map((m) => `${(0,report_markdown.code)(m.metric)}: ${(0,report_markdown.escapeMarkdown)(m.reason)}`).join('<br>');
}
/** The interval, with its level when Holm's correction made it wider than the column's. */
function ciCell(m, alpha) {
    const cell = `[${fmt(m.ci[0])}, ${fmt(m.ci[1])}]`;
    return Math.abs(m.confidence - (1 - alpha)) > 1e-12 ? `${cell} at ${percent(m.confidence)}` : cell;
}
function percent(x) {
    return `${Number((x * 100).toPrecision(4))}%`;
}
function deltaCell(m) {
    if (m.delta === undefined)
        return '—';
    const rel = m.relativeDelta === undefined ? '' : ` (${signed(m.relativeDelta * 100)}%)`;
    return `${signed(m.delta)}${rel}`;
}
const TEST_NAME = {
    score: 'paired-proportion score test',
    mcnemar: 'exact McNemar',
    bootstrap: 'paired bootstrap',
};
function testLabel(m) {
    if (m.test === 'none')
        return (0,report_markdown.escapeMarkdown)(m.statistic ?? (m.baseline === undefined ? 'no baseline yet' : 'point estimates'));
    const p = m.pValue === undefined ? '' : `, one-sided p=${fmtP(m.pValue)}`;
    return `${TEST_NAME[m.test]} of the ${(0,report_markdown.escapeMarkdown)(m.statistic ?? '')} on ${m.samples} samples${p}`;
}
function signed(v) {
    return v > 0 ? `+${fmt(v)}` : fmt(v);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./lib/config/units.js
var units = __webpack_require__(17361);
;// CONCATENATED MODULE: ./lib/evaluate/run.js



/**
 * Runs the evaluation command in a shell, in its own process group, streaming its output to the
 * log. On timeout or cancellation the whole tree gets SIGTERM, then SIGKILL after a grace period.
 */
async function runEvaluationCommand(options) {
    const started = Date.now();
    const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', options.command], {
        cwd: options.cwd,
        env: options.env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail = [];
    const forward = (stream, keep) => {
        let pending = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            pending += chunk;
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines)
                emit(line, keep);
        });
        stream.on('end', () => {
            if (pending)
                emit(pending, keep);
        });
    };
    const emit = (line, keep) => {
        options.log.info(line);
        if (keep) {
            tail.push(line);
            if (tail.length > 20)
                tail.shift();
        }
    };
    forward(child.stdout, false);
    forward(child.stderr, true);
    let stopped;
    let killTimer;
    const killTree = (why) => {
        if (stopped)
            return;
        stopped = why;
        signalGroup(child.pid, 'SIGTERM');
        killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), options.graceMs ?? 5_000);
    };
    const timer = setTimeout(() => killTree('timeout'), options.timeoutMs);
    const onAbort = () => killTree('cancelled');
    options.signal.addEventListener('abort', onAbort, { once: true });
    if (options.signal.aborted)
        onAbort();
    const { code, signal } = await new Promise((resolve, reject) => {
        child.on('error', reject);
        child.on('close', (c, s) => resolve({ code: c, signal: s }));
    });
    clearTimeout(timer);
    // the shell may be gone while children it started still run: finish them off
    if (stopped)
        signalGroup(child.pid, 'SIGKILL');
    if (killTimer)
        clearTimeout(killTimer);
    options.signal.removeEventListener('abort', onAbort);
    const durationMs = Date.now() - started;
    const last = tail.length ? `; last stderr lines:\n${tail.join('\n')}` : '';
    if (stopped === 'timeout') {
        throw new errors/* ToolError */.v4(`evaluation command timed out after ${(0,units/* formatDuration */.a3)(options.timeoutMs)} and was killed with its child processes; raise evaluate.timeout or make the evaluation faster${last}`);
    }
    if (stopped === 'cancelled')
        throw new errors/* ToolError */.v4(`evaluation command cancelled after ${(0,units/* formatDuration */.a3)(durationMs)}`);
    if (code !== 0) {
        throw new errors/* ToolError */.v4(`evaluation command failed (${code === null ? `signal ${signal}` : `exit code ${code}`}): ${options.command}${last}`);
    }
    return { durationMs };
}
function signalGroup(pid, signal) {
    if (!pid)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}

// EXTERNAL MODULE: ./lib/github/client.js
var client = __webpack_require__(70636);
// EXTERNAL MODULE: ./lib/github/comment.js + 1 modules
var comment = __webpack_require__(39241);
// EXTERNAL MODULE: ./lib/github/context.js
var context = __webpack_require__(88120);
// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/evaluate.js

















function createEvaluateCommand(deps = {}) {
    return (0,command/* defineCommand */.NB)({
        name: 'evaluate',
        summary: 'run the evaluation, gate it against the baseline with significance, report on the pull request',
        options: {
            'model-digest': {
                type: 'string',
                value: 'DIGEST',
                description: 'image or model digest (default: hash of model.artifacts)',
            },
            image: {
                type: 'string',
                value: 'REF',
                description: 'model image for MODEL_IMAGE (default: env MODEL_IMAGE)',
            },
            'model-dir': {
                type: 'string',
                value: 'DIR',
                description: 'MODEL_DIR for the command (default: the directory holding model.artifacts)',
            },
            metrics: {
                type: 'string',
                value: 'FILE',
                description: 'use this metrics JSON instead of running evaluate.command',
            },
            samples: { type: 'string', value: 'FILE', description: 'per-sample JSONL that goes with --metrics' },
            'save-baseline': {
                type: 'boolean',
                description: 'record this result as the baseline if its gates pass (automatic on the default branch and tags)',
            },
            format: { type: 'string', value: 'markdown|json', description: 'stdout format', default: 'markdown' },
        },
        help: [
            'The command gets MODEL_DIR, MODEL_IMAGE and EVAL_OUTPUT and writes evaluate.metrics (and evaluate.samples)',
            'into EVAL_OUTPUT. Results are cached by (model digest or files, dataset files, command).',
            'Exit 1 when a gate fails (or is inconclusive with evaluate.fail-on-inconclusive).',
        ].join('\n'),
        async run(ctx, options) {
            const format = (0,command/* stringOption */.Pp)(options, 'format') ?? 'markdown';
            if (format !== 'markdown' && format !== 'json')
                throw new errors/* InputError */.dz(`--format must be markdown or json, got "${format}"`);
            const loaded = (0,load/* loadConfig */.Z)((0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml', {
                cwd: ctx.cwd,
                env: ctx.env,
            });
            const { config, dir } = loaded;
            const ev = config.evaluate;
            const model = config.model.name;
            const github = (0,context/* readGitHubContext */.L)(ctx.env);
            const metricsOption = (0,command/* stringOption */.Pp)(options, 'metrics');
            const samplesOption = (0,command/* stringOption */.Pp)(options, 'samples');
            if (!ev.command && !metricsOption) {
                throw new errors/* InputError */.dz('evaluate.command is not set in the config: set it (or pass --metrics FILE with precomputed results)');
            }
            const modelKey = (0,command/* stringOption */.Pp)(options, 'model-digest') ??
                ctx.env.MODEL_DIGEST ??
                (await hashFiles(dir, config.model.artifacts, 'model.artifacts'));
            const datasetKey = ev.dataset.length ? await hashFiles(dir, ev.dataset, 'evaluate.dataset') : '';
            const key = resultKey({
                model: modelKey,
                dataset: datasetKey,
                // the shell expands variables at run time, so their values are part of what the command means
                command: ev.command
                    ? `${ev.command}\0${(0,env/* shellReferences */.PA)(ev.command, ctx.env)}`
                    : `file:${metricsOption}`,
                metrics: ev.metrics,
                ...(ev.samples ? { samples: ev.samples } : {}),
            });
            const store = await makeStore(deps, ctx, loaded, github, modelKey);
            const baseline = store
                ? await ctx.log.group(`Load baseline (${store.description})`, async () => {
                    const b = await store.load();
                    ctx.log.info(b
                        ? `baseline ${b.sha?.slice(0, 7) ?? b.key.slice(0, 12)} from ${b.createdAt}`
                        : 'no baseline yet');
                    return b;
                })
                : undefined;
            const resultCache = new ResultCache((0,external_node_path_.resolve)(dir, ev.cache));
            let reusedFrom;
            let candidate = metricsOption ? undefined : resultCache.get(key);
            if (candidate)
                reusedFrom = `result cache, ${candidate.createdAt}`;
            else if (!metricsOption && baseline?.key === key) {
                candidate = { ...baseline };
                reusedFrom = `baseline ${baseline.sha?.slice(0, 7) ?? ''} ${baseline.createdAt}`.replace(/\s+/g, ' ');
            }
            const candidateSource = metricsOption ?? (0,external_node_path_.relative)(ctx.cwd, (0,external_node_path_.join)((0,external_node_path_.resolve)(dir, ev.output), ev.metrics));
            const samplesSource = samplesOption ??
                (ev.samples ? (0,external_node_path_.relative)(ctx.cwd, (0,external_node_path_.join)((0,external_node_path_.resolve)(dir, ev.output), ev.samples)) : undefined);
            if (candidate) {
                ctx.log.info(`model, dataset and command unchanged: reusing the evaluation from the ${reusedFrom}`);
            }
            else {
                candidate = await ctx.log.group('Evaluate', () => evaluateCandidate(ctx, {
                    ev,
                    dir,
                    model,
                    key,
                    modelKey,
                    github,
                    metricsOption,
                    samplesOption,
                    image: (0,command/* stringOption */.Pp)(options, 'image') ?? ctx.env.MODEL_IMAGE ?? '',
                    modelDir: (0,command/* stringOption */.Pp)(options, 'model-dir')
                        ? (0,external_node_path_.resolve)(ctx.cwd, (0,command/* stringOption */.Pp)(options, 'model-dir'))
                        : commonDirectory(dir, matchFiles(dir, config.model.artifacts)),
                }));
                if (!metricsOption)
                    resultCache.put(candidate);
            }
            const report = evaluateGates({
                gates: ev.gates,
                candidate: {
                    metrics: candidate.metrics,
                    source: candidateSource,
                    ...(candidate.samples
                        ? { samples: parseSamples(candidate.samples, samplesSource ?? 'samples') }
                        : {}),
                },
                baseline: baseline && {
                    metrics: baseline.metrics,
                    source: `baseline metrics (${store.description})`,
                    ...(baseline.samples
                        ? { samples: parseSamples(baseline.samples, `baseline samples (${store.description})`) }
                        : {}),
                },
                significance: ev.significance,
            });
            for (const m of report.metrics)
                ctx.log.info(`${m.metric}: ${m.verdict}: ${m.reason}`);
            const gated = new Set(ev.gates.map((g) => g.metric));
            const markdown = renderEvaluation({
                report,
                otherMetrics: Object.fromEntries(Object.entries(candidate.metrics).filter(([k]) => !gated.has(k))),
                baselineMetrics: baseline?.metrics,
                baselineLabel: baseline ? baselineLabel(baseline) : undefined,
                history: baseline?.history ?? [],
                ...(origin(baseline) ? { origin: origin(baseline) } : {}),
                current: {
                    createdAt: candidate.createdAt,
                    metrics: candidate.metrics,
                    ...(github?.sha ? { sha: github.sha } : {}),
                },
                historyLength: ev.history,
                ...(reusedFrom ? { reusedFrom } : {}),
            });
            let published;
            if (github?.pullRequest && !ctx.dryRun) {
                published = await (0,comment/* publishSection */.hX)({
                    client: (0,client/* githubClient */.$)(ctx.githubToken, ctx.env),
                    context: github,
                    model,
                    section: 'evaluation',
                    content: markdown,
                    verdict: evaluationVerdict(report),
                }).catch((error) => ({
                    posted: false,
                    reason: `the pull-request comment failed: ${error.message}`,
                }));
                if (published.posted)
                    ctx.log.info(`pull-request comment ${published.action}: ${published.url}`);
                else
                    ctx.log.warning(`no pull-request comment: ${published.reason}`);
            }
            const failing = report.verdict === 'fail' || (report.verdict === 'inconclusive' && ev['fail-on-inconclusive']);
            const requested = (0,command/* booleanOption */.Ic)(options, 'save-baseline') || (github !== undefined && (0,context/* isBaselineRef */.$)(github));
            if (store && requested && !ctx.dryRun) {
                const decision = baselineDecision(report, { baselineRef: true, hasBaseline: baseline !== undefined });
                if (!decision.record)
                    ctx.log.warning(decision.reason);
                else {
                    const record = nextBaseline(baseline, {
                        ...candidate,
                        createdAt: ctx.now().toISOString(),
                        ...(github?.sha ? { sha: github.sha } : {}),
                        ...(github?.ref ? { ref: github.ref } : {}),
                    });
                    await ctx.log.group(`Save baseline (${store.description})`, () => store.save(record));
                }
            }
            const note = published && !published.posted && github?.pullRequest
                ? `\n\n> No pull-request comment: ${(0,report_markdown.escapeMarkdown)(published.reason)}.`
                : '';
            const summary = `${markdown}${note}`;
            return {
                summary,
                verdict: evaluationVerdict(report),
                stdout: format === 'json'
                    ? JSON.stringify({ verdict: report.verdict, reason: report.reason, key, report }, null, 2)
                    : summary,
                outputs: {
                    verdict: report.verdict,
                    'result-key': key,
                    ...(published?.posted ? { 'comment-url': published.url } : {}),
                },
                ...(failing ? { failed: `evaluation gate ${report.verdict}: ${report.reason}` } : {}),
            };
        },
    });
}
/** The evaluation's line at the top of the pull-request comment. */
function evaluationVerdict(report) {
    const status = report.verdict === 'pass' ? 'pass' : report.verdict === 'fail' ? 'fail' : 'warn';
    return { status, reason: report.reason };
}
async function evaluateCandidate(ctx, o) {
    let metricsPath;
    let samplesPath;
    if (o.metricsOption) {
        metricsPath = (0,external_node_path_.resolve)(ctx.cwd, o.metricsOption);
        samplesPath = o.samplesOption ? (0,external_node_path_.resolve)(ctx.cwd, o.samplesOption) : undefined;
    }
    else {
        const output = (0,external_node_path_.resolve)(o.dir, o.ev.output);
        metricsPath = (0,external_node_path_.join)(output, o.ev.metrics);
        samplesPath = o.ev.samples ? (0,external_node_path_.join)(output, o.ev.samples) : undefined;
        // stale results from an earlier run must not pass for this one
        (0,external_node_fs_.rmSync)(metricsPath, { force: true });
        if (samplesPath)
            (0,external_node_fs_.rmSync)(samplesPath, { force: true });
        (0,external_node_fs_.mkdirSync)(output, { recursive: true });
        ctx.log.info(`$ ${o.ev.command}`);
        const { durationMs } = await runEvaluationCommand({
            command: o.ev.command,
            cwd: o.dir,
            env: { ...ctx.env, MODEL_DIR: o.modelDir, MODEL_IMAGE: o.image, EVAL_OUTPUT: output },
            timeoutMs: o.ev.timeout,
            signal: ctx.signal,
            log: ctx.log,
        });
        ctx.log.info(`evaluation finished in ${Math.round(durationMs / 100) / 10}s`);
    }
    const shown = (0,external_node_path_.relative)(ctx.cwd, metricsPath);
    const metricsText = readResult(metricsPath, shown, o.metricsOption ? '--metrics' : 'evaluate.metrics');
    const metrics = parseMetrics(metricsText, shown);
    let samples;
    if (samplesPath) {
        const samplesShown = (0,external_node_path_.relative)(ctx.cwd, samplesPath);
        samples = readResult(samplesPath, samplesShown, o.samplesOption ? '--samples' : 'evaluate.samples');
        parseSamples(samples, samplesShown);
    }
    return {
        model: o.model,
        key: o.key,
        modelKey: o.modelKey,
        createdAt: ctx.now().toISOString(),
        metrics,
        ...(samples !== undefined ? { samples } : {}),
        ...(o.github?.sha ? { sha: o.github.sha } : {}),
        ...(o.github?.ref ? { ref: o.github.ref } : {}),
    };
}
function readResult(path, shown, field) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT') {
            throw new errors/* InputError */.dz(field.startsWith('--')
                ? `${shown} (${field}) does not exist`
                : `the evaluation command did not write ${shown} (${field}); write it to $EVAL_OUTPUT/${shown.split('/').pop()}`);
        }
        throw error;
    }
}
async function makeStore(deps, ctx, loaded, github, modelKey) {
    const { config, dir } = loaded;
    const b = config.evaluate.baseline;
    switch (b.store) {
        case 'none':
            return undefined;
        case 'dir':
            return new DirBaselineStore((0,external_node_path_.resolve)(dir, b.path), config.model.name);
        case 'actions-cache': {
            const cache = await (deps.cache ?? (async () => await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(886), __webpack_require__.e(838), __webpack_require__.e(691)]).then(__webpack_require__.bind(__webpack_require__, 61691))))();
            if (!cache.isFeatureAvailable()) {
                ctx.log.warning('the GitHub Actions cache is not available here (not on a GitHub runner?): running without a baseline');
                return undefined;
            }
            const suffix = `${github?.sha ?? 'local'}-${github?.runId ?? ctx.now().getTime()}-${ctx.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
            return new ActionsCacheBaselineStore(cache, (0,external_node_path_.resolve)(dir, b.path, config.model.name), config.model.name, suffix);
        }
        case 'registry': {
            if (!deps.artifacts) {
                throw new errors/* InputError */.dz('evaluate.baseline.store "registry" needs the OCI registry client, which this build does not wire in yet; use store "dir" or "actions-cache" for now');
            }
            const artifacts = await deps.artifacts(ctx, loaded);
            return new RegistryBaselineStore(artifacts.store, {
                ...(b.image ? { baseline: await artifacts.resolveDigest(b.image) } : {}),
                ...(modelKey.startsWith('sha256:') ? { candidate: modelKey } : {}),
            });
        }
    }
}
/** The first baseline ever recorded, when the baseline has moved since. */
function origin(b) {
    const first = b?.origin ?? b?.history[0];
    return first && b && (first.createdAt !== b.createdAt || first.sha !== b.sha) ? first : undefined;
}
function baselineLabel(b) {
    const what = b.sha ? b.sha.slice(0, 7) : `result ${b.key.slice(0, 12)}`;
    return `${what}${b.ref ? ` on ${b.ref}` : ''}, recorded ${b.createdAt}`;
}
/* harmony default export */ const evaluate = (createEvaluateCommand({ artifacts: registryArtifacts }));


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


/***/ })

};
