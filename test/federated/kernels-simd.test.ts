import { describe, expect, test } from 'vitest';
import { weightedSum } from '../../src/federated/kernels.js';
import { fusedSimd } from '../../src/federated/kernels-simd.js';

/** Deterministic float32 values with a wide spread of magnitudes (mulberry32). */
function values(seed: number, count: number): Float32Array {
  let a = seed >>> 0;
  const out = new Float32Array(count);
  for (let j = 0; j < count; j++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    const u = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    out[j] = (u - 0.5) * 10 ** ((j % 9) - 4);
  }
  return out;
}

describe('FedAvg sweep in WASM SIMD', () => {
  test('WASM SIMD is available on this Node', () => {
    const s = new Float64Array(8);
    expect(
      fusedSimd([values(1, 4)], [1], undefined, new Float64Array(4), 4, s, new Float64Array(8)),
    ).toBeDefined();
  });

  for (const clients of [1, 3, 8]) {
    for (const count of [1, 7, 1000]) {
      for (const withBase of [false, true]) {
        test(`${clients} clients × ${count} elements, base=${withBase}: g bit-identical to the JS loop`, () => {
          const c32 = Array.from({ length: clients }, (_, i) => values(10 + i, count));
          const b32 = withBase ? values(99, count) : undefined;
          const coefs = Array.from({ length: clients }, (_, i) => (i + 1) / ((clients * (clients + 1)) / 2));
          // float64 copies of the same values take the JS loop
          const c64 = c32.map((c) => Float64Array.from(c));
          const b64 = b32 && Float64Array.from(b32);
          const run = (cs: (Float32Array | Float64Array)[], b: Float32Array | Float64Array | undefined) => {
            const acc = new Float64Array(count);
            const norm2 = new Float64Array(clients);
            const dots = new Float64Array(clients);
            const g2 = weightedSum(cs, coefs, b, acc, count, norm2, dots);
            return { acc, norm2, dots, g2 };
          };
          const simd = run(c32, b32);
          const js = run(c64, b64);
          expect(Buffer.from(simd.acc.buffer).equals(Buffer.from(js.acc.buffer))).toBe(true);
          // the sums add even and odd elements apart: equal to rounding
          expect(simd.g2 / js.g2).toBeCloseTo(1, 12);
          for (let i = 0; i < clients; i++) {
            expect(simd.norm2[i]! / js.norm2[i]!).toBeCloseTo(1, 12);
            expect(Math.abs(simd.dots[i]! - js.dots[i]!) / Math.sqrt(js.norm2[i]! * js.g2)).toBeLessThan(
              1e-12,
            );
          }
        });
      }
    }
  }

  test('a NaN makes that client’s Σu² non-finite, as in the JS loop', () => {
    const c = [values(1, 9), values(2, 9)];
    c[1]![5] = Number.NaN;
    const norm2 = new Float64Array(2);
    weightedSum(c, [0.5, 0.5], undefined, new Float64Array(9), 9, norm2, new Float64Array(2));
    expect(Number.isFinite(norm2[0]!)).toBe(true);
    expect(Number.isNaN(norm2[1]!)).toBe(true);
  });
});
