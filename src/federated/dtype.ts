/** Bit size of every safetensors dtype: the scanner's table, shared. */
export { SAFETENSORS_DTYPE_BITS as DTYPE_BITS } from '../scan/safetensors.js';

/** The dtypes aggregation reads and writes; accumulation is always float64. */
export const FLOAT_DTYPES = ['F64', 'F32', 'F16', 'BF16'] as const;
export type FloatDtype = (typeof FLOAT_DTYPES)[number];

export function isFloatDtype(dtype: string): dtype is FloatDtype {
  return (FLOAT_DTYPES as readonly string[]).includes(dtype);
}

export function bytesPerElement(dtype: FloatDtype): number {
  return dtype === 'F64' ? 8 : dtype === 'F32' ? 4 : 2;
}

/** 65536-entry tables: half-precision bit pattern → value. */
let f16Table: Float64Array | undefined;
let bf16Table: Float64Array | undefined;

export function f16Values(): Float64Array {
  if (!f16Table) {
    f16Table = new Float64Array(65536);
    for (let h = 0; h < 65536; h++) f16Table[h] = f16BitsToNumber(h);
  }
  return f16Table;
}

export function bf16Values(): Float64Array {
  if (!bf16Table) {
    const bits = new Uint32Array(65536);
    for (let h = 0; h < 65536; h++) bits[h] = h << 16;
    bf16Table = Float64Array.from(new Float32Array(bits.buffer));
  }
  return bf16Table;
}

function f16BitsToNumber(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 0x1f) return frac ? Number.NaN : sign * Number.POSITIVE_INFINITY;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

const scratchF32 = new Float32Array(1);
const scratchU32 = new Uint32Array(scratchF32.buffer);

/**
 * float64 → IEEE half bits, nearest even. Like bf16 below: every f16 halfway point (subnormal
 * ones included) is a float32, so rounding to float32 first keeps the order, and a float32 that
 * lands exactly on a halfway point is resolved with the float64 residual.
 */
export function numberToF16Bits(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  scratchF32[0] = x;
  return roundF32BitsToF16(scratchU32[0]!, x, scratchF32[0]!);
}

function roundF32BitsToF16(bits: number, x: number, f: number): number {
  const sign = (bits >>> 16) & 0x8000;
  const exp = (bits >>> 23) & 0xff;
  if (exp === 0xff) return sign | ((bits & 0x7fffff) !== 0 ? 0x7e00 : 0x7c00);
  const e = exp - 112; // f16 biased exponent
  if (e >= 31) return sign | 0x7c00;
  if (e < -10) return sign; // below half the smallest subnormal
  let m: number;
  let shift: number;
  if (e > 0) {
    m = bits & 0x7fffff;
    shift = 13;
  } else {
    m = (bits & 0x7fffff) | 0x800000;
    shift = 14 - e;
  }
  let q = m >>> shift;
  const rem = m & ((1 << shift) - 1);
  const half = 1 << (shift - 1);
  if (rem > half) q++;
  else if (rem === half) {
    if (f === x) q += q & 1;
    else if (Math.abs(x) > Math.abs(f)) q++;
  }
  // a mantissa carry runs into the exponent (and up to infinity), as it should
  return sign | ((e > 0 ? e << 10 : 0) + q);
}

/**
 * float64 → bfloat16 bits, nearest even. Every bf16 halfway point is a float32, so rounding to
 * float32 first keeps the order; only a float32 that lands exactly on a halfway point needs the
 * float64 residual to pick the side.
 */
export function numberToBf16Bits(x: number): number {
  if (Number.isNaN(x)) return 0x7fc0;
  scratchF32[0] = x;
  const bits = scratchU32[0]!;
  return roundF32BitsToBf16(bits, x, scratchF32[0]!);
}

function roundF32BitsToBf16(bits: number, x: number, f: number): number {
  const low = bits & 0xffff;
  let hi = bits >>> 16;
  if (low > 0x8000) hi++;
  else if (low === 0x8000) {
    if (f === x) hi += hi & 1;
    else if (Math.abs(x) > Math.abs(f)) hi++;
  }
  return hi & 0xffff;
}

/** Encodes float64 values into `out` (a view over the output bytes) in the tensor's dtype. */
export function encodeChunk(dtype: FloatDtype, values: Float64Array, count: number, out: ArrayBuffer): void {
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
        const x = values[i]!;
        if (Number.isNaN(x)) {
          u16[i] = 0x7e00;
          continue;
        }
        scratchF32[0] = x;
        u16[i] = roundF32BitsToF16(scratchU32[0]!, x, scratchF32[0]!);
      }
      return;
    }
    case 'BF16': {
      const u16 = new Uint16Array(out, 0, count);
      for (let i = 0; i < count; i++) {
        const x = values[i]!;
        if (Number.isNaN(x)) {
          u16[i] = 0x7fc0;
          continue;
        }
        scratchF32[0] = x;
        u16[i] = roundF32BitsToBf16(scratchU32[0]!, x, scratchF32[0]!);
      }
      return;
    }
  }
}

/**
 * Gives float values of a chunk read into `bytes` (8-byte aligned): a view for F32/F64,
 * decoded into `scratch` for F16/BF16.
 */
export function decodeChunk(
  dtype: FloatDtype,
  bytes: ArrayBuffer,
  count: number,
  scratch: Float64Array,
): Float32Array | Float64Array {
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
      for (let i = 0; i < count; i++) out[i] = table[u16[i]!]!;
      return out;
    }
  }
}
