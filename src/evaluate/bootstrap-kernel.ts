import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Xoshiro128 } from './prng.js';

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

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function section(id: number, bytes: number[]): number[] {
  return [id, ...uleb(bytes.length), ...bytes];
}

function vec(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(s: string): number[] {
  const b = [...Buffer.from(s, 'utf8')];
  return [...uleb(b.length), ...b];
}

// Two groups of four lanes run interleaved (eight resamples per call): their xoshiro state
// chains are independent, so the CPU overlaps them.
export const LANES = 4;
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
const groupLocal = (g: number, k: number) => 9 + g * V128_PER_GROUP + k;
const [S0, S1, S2, S3, M, U, T, LO, HI] = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;
const acc = (lane: number) => 9 + GROUPS * V128_PER_GROUP + lane;

const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const i32const = (v: number) => [0x41, ...uleb(v)]; // only small non-negative constants here (< 64)
const simd = (op: number) => [0xfd, ...uleb(op)];
const V128_LOAD = (offset: number) => [...simd(0x00), 4, ...uleb(offset)];
const I32X4_SPLAT = simd(0x11);
const I32X4_EXTRACT = (lane: number) => [...simd(0x1b), lane];
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
const F64_STORE = (offset: number) => [0x39, 3, ...uleb(offset)];
const F64_ADD = [0xa0];
const I32_ADD = [0x6a];
const I32_LT_U = [0x49];

const rotl = (local: number, k: number) => [
  ...get(local),
  ...i32const(k),
  ...I32X4_SHL,
  ...get(local),
  ...i32const(32 - k),
  ...I32X4_SHR_U,
  ...V128_OR,
];
const xorInto = (a: number, b: number) => [...get(a), ...get(b), ...V128_XOR, ...set(a)];
// the vector already holds byte offsets and deltas start at address 0: extract, load, add
const accumulate = (lane: number, vector: number, vectorLane: number) => [
  ...get(acc(lane)),
  ...get(vector),
  ...I32X4_EXTRACT(vectorLane),
  ...F64_LOAD,
  ...F64_ADD,
  ...set(acc(lane)),
];

/** One xoshiro128** step of group g: u = rotl(s1 · 5, 7) · 9, then the state update. */
function step(g: number): number[] {
  const l = (k: number) => groupLocal(g, k);
  return [
    ...get(l(S1)),
    ...get(FIVE),
    ...I32X4_MUL,
    ...set(l(M)),
    ...rotl(l(M), 7),
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
    ...rotl(l(S3), 11),
    ...set(l(S3)),
  ];
}

/** Indices of group g (high 32 bits of u · n; lanes 0,1 in lo, 2,3 in hi) and the four sums. */
function gather(g: number): number[] {
  const l = (k: number) => groupLocal(g, k);
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

function body(): number[] {
  const groups = Array.from({ length: GROUPS }, (_, g) => g);
  const code = [
    ...groups.flatMap((g) =>
      [S0, S1, S2, S3].flatMap((k) => [
        ...get(STATES),
        ...V128_LOAD(g * 64 + k * 16),
        ...set(groupLocal(g, k)),
      ]),
    ),
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

function moduleBytes(): Uint8Array {
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
    ...section(
      7,
      vec([
        [...name('run'), 0x00, 0],
        [...name('memory'), 0x02, 0],
      ]),
    ),
    ...section(10, vec([body()])),
  ]);
}

interface Kernel {
  run(deltas: number, n: number, states: number, out: number): void;
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
}

/** The part of the WebAssembly JS API used here (the project's lib settings do not declare it). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

let compiled: { module: object; kernel: Kernel } | null | undefined;

/** The compiled kernel, or null where WebAssembly SIMD is unavailable. */
function load(): { module: object; kernel: Kernel } | null {
  if (compiled !== undefined) return compiled;
  compiled = null;
  try {
    const bytes = moduleBytes();
    if (wasm?.validate(bytes)) {
      const module = new wasm.Module(bytes);
      compiled = { module, kernel: new wasm.Instance(module).exports as Kernel };
    }
  } catch {
    compiled = null;
  }
  return compiled;
}

export function simdAvailable(): boolean {
  return load() !== null;
}

/** Where the kernel's inputs live in its memory, after `prepare` copied the deltas to address 0. */
interface Layout {
  n: number;
  statesAt: number;
  outAt: number;
}

// prepare, runRange and work are self-contained on purpose: helper threads run their source text.

function prepare(k: Kernel, deltas: Float64Array, lanes: number): Layout {
  const n = deltas.length;
  const statesAt = n * 8 + (16 - ((n * 8) % 16)); // v128 loads want 16-byte alignment
  const outAt = statesAt + 16 * lanes;
  const needed = outAt + 8 * lanes;
  const have = k.memory.buffer.byteLength;
  if (needed > have) k.memory.grow(Math.ceil((needed - have) / 65536));
  new Float64Array(k.memory.buffer, 0, n).set(deltas);
  return { n, statesAt, outAt };
}

/** Resamples [from, to), `from` a multiple of `lanes`; `states` holds s0..s3 per resample. */
function runRange(
  k: Kernel,
  layout: Layout,
  states: Uint32Array,
  from: number,
  to: number,
  sums: Float64Array,
  lanes: number,
): void {
  const st = new Uint32Array(k.memory.buffer, layout.statesAt, 4 * lanes);
  const out = new Float64Array(k.memory.buffer, layout.outAt, lanes);
  for (let r = from; r < to; r += lanes) {
    for (let lane = 0; lane < lanes; lane++) {
      const src = (r + lane) * 4;
      // group lane >> 2 holds s0..s3 as four v128 of four lanes each
      const at = (lane >> 2) * 16 + (lane & 3);
      st[at] = states[src]!;
      st[at + 4] = states[src + 1]!;
      st[at + 8] = states[src + 2]!;
      st[at + 12] = states[src + 3]!;
    }
    k.run(0, layout.n, layout.statesAt, layout.outAt);
    for (let lane = 0; lane < lanes && r + lane < to; lane++) sums[r + lane] = out[lane]!;
  }
}

/**
 * Takes chunks of resamples off the shared counter until none are left. `control`: [0] next chunk,
 * [1] chunks finished, [2 + c] chunk c finished.
 */
function work(
  k: Kernel,
  layout: Layout,
  states: Uint32Array,
  sums: Float64Array,
  control: Int32Array,
  job: { chunks: number; chunkSize: number; resamples: number; lanes: number },
): void {
  for (;;) {
    const c = Atomics.add(control, 0, 1);
    if (c >= job.chunks) return;
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
let helpers: Worker[] | undefined;

function helperPool(count: number): Worker[] {
  if (!helpers) helpers = [];
  while (helpers.length < count) {
    const w = new Worker(HELPER_SOURCE, { eval: true });
    w.unref();
    w.on('error', () => {
      helpers = helpers?.filter((h) => h !== w);
    });
    helpers.push(w);
  }
  return helpers.slice(0, count);
}

export interface KernelOptions {
  /** Helper threads besides the caller's (default: cores − 1, at most 3, for large jobs only). */
  helpers?: number;
}

/**
 * Resample sums (not means) of `deltas` for resamples 0..resamples-1 with the SIMD kernel. Large
 * jobs are shared with helper threads in chunks taken off a shared counter, so a descheduled
 * thread only delays the chunk it holds; the caller blocks until all are done. Every resample has
 * its own stream, so who computes it never changes a result. Undefined where WebAssembly SIMD is
 * unavailable: the caller uses the scalar loop.
 */
export function simdResampleSums(
  deltas: Float64Array,
  resamples: number,
  seed: number,
  options: KernelOptions = {},
): Float64Array | undefined {
  const c = load();
  if (!c) return undefined;
  const n = deltas.length;
  const padded = Math.ceil(resamples / LANES) * LANES;
  const helperCount =
    options.helpers ?? (n * resamples >= PARALLEL_THRESHOLD ? Math.min(3, availableParallelism() - 1) : 0);
  const chunks = Math.ceil(resamples / CHUNK);
  const parallel = helperCount > 0 && chunks > 1;
  const statesBuffer = parallel ? new SharedArrayBuffer(padded * 16) : new ArrayBuffer(padded * 16);
  const states = new Uint32Array(statesBuffer);
  for (let r = 0; r < padded; r++) {
    const rng = new Xoshiro128(seed, r);
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
    if (Atomics.wait(control, 1, finished, Math.max(1, deadline - Date.now())) === 'timed-out') break;
  }
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (Atomics.load(control, 2 + chunk) === 1) continue;
    const from = chunk * CHUNK;
    runRange(c.kernel, layout, states, from, Math.min(resamples, from + CHUNK), sums, LANES);
  }
  return Float64Array.from(sums);
}
