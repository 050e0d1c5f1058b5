import { FEDAVG_SIMD_WASM } from './fedavg-simd-wasm.js';

/**
 * FedAvg's fused sweep (kernels.ts `fused`/`fusedNoBase`) in WASM SIMD for float32 inputs: the values
 * are copied into the module's memory, summed two float64 lanes at a time, and g copied back. g is
 * bit-identical to the JS loop (same operations per element, in the same order); the sums Σu², Σu·g
 * and Σg² add the even and the odd elements separately, so they may differ from it in the last bits.
 */
interface Exports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  fused: (n: number, acc: number, st: number, b: number, ...rest: number[]) => void;
  fusedNoBase: (n: number, acc: number, st: number, b: number, ...rest: number[]) => void;
}

// the project's TypeScript lib has no WebAssembly declarations (no DOM); Node has it
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (m: object) => { exports: unknown };
    };
  }
).WebAssembly;

const LANES = 8;
let exports: Exports | null | undefined;
let capacity = 0;

function instance(): Exports | null {
  if (exports === undefined) {
    try {
      const module = new wasm.Module(Buffer.from(FEDAVG_SIMD_WASM, 'base64'));
      exports = new wasm.Instance(module).exports as Exports;
    } catch {
      exports = null; // no WASM SIMD here: the JS loop does the work
    }
  }
  return exports;
}

/**
 * Layout for `cap` elements (even): 8 client slots, the base, a zero slot (float32 each), then g
 * (float64) and the 17 sums.
 */
function layout(cap: number) {
  const f32 = cap * 4;
  return {
    client: (k: number) => k * f32,
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
export function fusedSimd(
  c: Float32Array[],
  w: number[],
  b: Float32Array | undefined,
  acc: Float64Array,
  count: number,
  s: Float64Array,
  d: Float64Array,
): number | undefined {
  const x = instance();
  if (!x) return undefined;
  const n = count + (count % 2); // an odd count adds one zero element: it adds 0 to every sum
  if (n > capacity) {
    const bytes = layout(n).st + 17 * 8;
    const have = x.memory.buffer.byteLength;
    if (bytes > have) x.memory.grow(Math.ceil((bytes - have) / 65536));
    capacity = n;
    new Uint8Array(x.memory.buffer).fill(0);
  }
  const at = layout(capacity);
  const mem = x.memory.buffer;
  const put = (offset: number, values: Float32Array) => {
    const view = new Float32Array(mem, offset, n);
    view.set(values.subarray(0, count));
    if (n > count) view[count] = 0;
  };
  const pointers: number[] = [];
  const weights: number[] = [];
  for (let k = 0; k < LANES; k++) {
    if (k < c.length) {
      put(at.client(k), c[k]!);
      pointers.push(at.client(k));
      weights.push(w[k]!);
    } else {
      pointers.push(at.zero);
      weights.push(0);
    }
  }
  if (b) put(at.base, b);
  (b ? x.fused : x.fusedNoBase)(n, at.acc, at.st, at.base, ...pointers, ...weights);
  acc.set(new Float64Array(mem, at.acc, count));
  const st = new Float64Array(mem, at.st, 17);
  for (let k = 0; k < LANES; k++) {
    s[k] = st[k]!;
    d[k] = st[LANES + k]!;
  }
  return st[2 * LANES]!;
}
