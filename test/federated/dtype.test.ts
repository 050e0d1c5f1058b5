import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  bf16Values,
  decodeChunk,
  encodeChunk,
  f16Values,
  numberToBf16Bits,
  numberToF16Bits,
} from '../../src/federated/dtype.js';
import { py } from './support.js';

const numpy = (script: string, input: Buffer): Buffer =>
  execFileSync(py.path, ['-c', `import sys, numpy as np\n${script}`], { input, maxBuffer: 1 << 28 });

/** Doubles that stress half-precision rounding: ties, subnormals, overflow edges, signs, specials. */
function probes(): Float64Array {
  const xs: number[] = [
    0,
    -0,
    65504,
    65519.99,
    65520,
    -65520,
    1e9,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ];
  const f16 = f16Values();
  for (let h = 0; h < 0x7c00; h += 7) {
    const lo = f16[h]!;
    const hi = f16[h + 1]!;
    const mid = (lo + hi) / 2;
    xs.push(lo, mid, -mid, mid + (hi - lo) * 1e-9, mid - (hi - lo) * 1e-9, lo + (hi - lo) * 0.3);
  }
  let seed = 1;
  for (let i = 0; i < 20000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    xs.push((seed / 2 ** 31 - 0.5) * 2 ** ((i % 60) - 30));
  }
  return Float64Array.from(xs);
}

describe.skipIf(!py.available)('half-precision conversions against numpy', () => {
  test('F16 decoding of all 65536 bit patterns equals numpy float16', () => {
    const bits = Uint16Array.from({ length: 65536 }, (_, i) => i);
    const ref = new Float64Array(
      numpy(
        'sys.stdout.buffer.write(np.frombuffer(sys.stdin.buffer.read(), "<u2").view(np.float16).astype(np.float64).tobytes())',
        Buffer.from(bits.buffer),
      ).buffer.slice(0),
    );
    const ours = f16Values();
    for (let h = 0; h < 65536; h++) {
      if (Number.isNaN(ref[h]!)) expect(Number.isNaN(ours[h]!), `bits ${h}`).toBe(true);
      else expect(Object.is(ours[h], ref[h]) || ours[h] === ref[h], `bits ${h}`).toBe(true);
    }
  });

  test('F16 encoding from float64 equals numpy astype(float16) (round half to even, no double rounding)', () => {
    const xs = probes();
    const ref = new Uint16Array(
      numpy(
        'sys.stdout.buffer.write(np.frombuffer(sys.stdin.buffer.read(), "<f8").astype(np.float16).tobytes())',
        Buffer.from(xs.buffer),
      ).buffer.slice(0),
    );
    const mismatches = [...xs].filter((x, i) => numberToF16Bits(x) !== ref[i]).slice(0, 5);
    expect(mismatches).toEqual([]);
  });

  test('BF16 decoding of all bit patterns equals the float32 upper half (numpy uint16 bit manipulation)', () => {
    const bits = Uint16Array.from({ length: 65536 }, (_, i) => i);
    const ref = new Float64Array(
      numpy(
        'sys.stdout.buffer.write((np.frombuffer(sys.stdin.buffer.read(), "<u2").astype(np.uint32) << 16).view(np.float32).astype(np.float64).tobytes())',
        Buffer.from(bits.buffer),
      ).buffer.slice(0),
    );
    const ours = bf16Values();
    for (let h = 0; h < 65536; h++) {
      expect(Number.isNaN(ref[h]!) ? Number.isNaN(ours[h]!) : ours[h] === ref[h], `bits ${h}`).toBe(true);
    }
  });

  test('BF16 encoding of float32 values equals numpy uint16 round-half-to-even', () => {
    const xs = probes().map((x) => Math.fround(x));
    const ref = new Uint16Array(
      numpy(
        [
          'b = np.frombuffer(sys.stdin.buffer.read(), "<f8").astype(np.float32).view(np.uint32).astype(np.uint64)',
          'sys.stdout.buffer.write(((b + 0x7FFF + ((b >> 16) & 1)) >> 16).astype(np.uint16).tobytes())',
        ].join('\n'),
        Buffer.from(xs.buffer),
      ).buffer.slice(0),
    );
    const mismatches = [...xs].filter((x, i) => numberToBf16Bits(x) !== ref[i]).slice(0, 5);
    expect(mismatches).toEqual([]);
  });
});

describe('BF16 encoding from float64', () => {
  const table = bf16Values();
  test('is the nearest bf16 value, ties to the even one', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -3e38, max: 3e38 }), (x) => {
        const h = numberToBf16Bits(x);
        const v = table[h]!;
        const down = table[h - 1 < 0 ? h : h - 1]!;
        const up = table[(h + 1) & 0xffff]!;
        for (const n of [down, up]) {
          if (!Number.isFinite(n) || Math.sign(n) !== Math.sign(v)) continue;
          const dv = Math.abs(x - v);
          const dn = Math.abs(x - n);
          if (dn < dv) return false;
          if (dn === dv && (h & 1) === 1) return false;
        }
        return true;
      }),
      { numRuns: 20000 },
    );
  });

  test('ties decided by the float64 residual when float32 lands on a halfway point', () => {
    const lo = table[0x3f80]!; // 1
    const hi = table[0x3f81]!; // 1 + 2^-7
    const mid = (lo + hi) / 2;
    expect(numberToBf16Bits(mid)).toBe(0x3f80); // exact tie: even
    expect(numberToBf16Bits(mid + 2 ** -40)).toBe(0x3f81); // rounds to float32 `mid`, but is above it
    expect(numberToBf16Bits(mid - 2 ** -40)).toBe(0x3f80);
  });

  test('encode and decode round trip every dtype through aligned buffers', () => {
    const values = Float64Array.from([1, -2.5, 0.1, 3e-5, 65504, -0]);
    for (const dtype of ['F64', 'F32', 'F16', 'BF16'] as const) {
      const buffer = new ArrayBuffer(64);
      encodeChunk(dtype, values, values.length, buffer);
      const back = decodeChunk(dtype, buffer, values.length, new Float64Array(values.length));
      for (let i = 0; i < values.length; i++) {
        expect(Math.abs(back[i]! - values[i]!), `${dtype}[${i}]`).toBeLessThanOrEqual(
          Math.abs(values[i]!) * 2 ** -8,
        );
      }
    }
  });
});
