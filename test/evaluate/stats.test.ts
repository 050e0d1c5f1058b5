import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { simdAvailable, simdResampleSums } from '../../src/evaluate/bootstrap-kernel.js';
import { Xoshiro128 } from '../../src/evaluate/prng.js';
import {
  exactBinomialTwoSided,
  mcnemarExact,
  pairedBootstrap,
  percentile,
  resampleIndices,
  scalarResampleSums,
} from '../../src/evaluate/stats.js';
import { python, runPython } from '../support/components.js';

const py = python();
const dir = mkdtempSync(join(tmpdir(), 'md-stats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function deltasFrom(seed: number, n: number, shift: number): Float64Array {
  const rng = new Xoshiro128(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.nextU32() / 2 ** 32 - 0.5 + shift + (i % 7 === 0 ? 0.3 : 0);
  return out;
}

describe('xoshiro128**', () => {
  it('matches the reference algorithm written in python for the first outputs', () => {
    if (!py.available) return;
    const rng = new Xoshiro128(7, 3);
    const state = [rng.s0, rng.s1, rng.s2, rng.s3];
    const ours = Array.from({ length: 8 }, () => rng.nextU32());
    const out = runPython(
      `
import json, sys
s = json.loads(sys.stdin.read())
M = 0xffffffff
rotl = lambda x, k: ((x << k) | (x >> (32 - k))) & M
res = []
for _ in range(8):
    res.append((rotl((s[1] * 5) & M, 7) * 9) & M)
    t = (s[1] << 9) & M
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 11)
print(json.dumps(res))
`,
      JSON.stringify(state),
    );
    expect(ours).toEqual(JSON.parse(out));
  });

  it('draws bounded integers uniformly enough for a bootstrap', () => {
    const rng = new Xoshiro128(1);
    const counts = new Array(10).fill(0);
    for (let i = 0; i < 100_000; i++) counts[rng.nextBelow(10)]++;
    for (const c of counts) {
      expect(Math.abs(c - 10_000)).toBeLessThan(500);
    }
  });
});

describe.skipIf(!py.available)('paired bootstrap vs numpy on the same resamples', () => {
  it.each([
    { n: 2_000, resamples: 400, seed: 42, shift: 0.01, confidence: 0.95 },
    { n: 777, resamples: 1_000, seed: 7, shift: -0.002, confidence: 0.9 },
    { n: 50, resamples: 2_001, seed: 123, shift: 0, confidence: 0.99 },
  ])('n=$n resamples=$resamples seed=$seed', ({ n, resamples, seed, shift, confidence }) => {
    const deltas = deltasFrom(seed, n, shift);
    const ours = pairedBootstrap(deltas, { resamples, seed, confidence });
    const indexFile = join(dir, `idx-${seed}.u32`);
    const deltaFile = join(dir, `d-${seed}.f64`);
    writeFileSync(indexFile, resampleIndices(n, resamples, seed));
    writeFileSync(deltaFile, deltas);
    const ref = JSON.parse(
      runPython(
        `
import json, sys
import numpy as np
idx_file, d_file, n, R, conf = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
d = np.fromfile(d_file, dtype='<f8')
idx = np.fromfile(idx_file, dtype='<u4').reshape(R, n)
means = d[idx].mean(axis=1)
a = 1 - conf
lo, hi = np.percentile(means, [a / 2 * 100, (1 - a / 2) * 100])
tail = (min(int((means <= 0).sum()), int((means >= 0).sum())) + 1) / (R + 1)
print(json.dumps({"mean": float(d.mean()), "lo": float(lo), "hi": float(hi), "p": min(1.0, 2 * tail), "means": means.tolist()}))
`,
        undefined,
        [indexFile, deltaFile, String(n), String(resamples), String(confidence)],
      ),
    ) as { mean: number; lo: number; hi: number; p: number; means: number[] };
    expect(ours.mean).toBeCloseTo(ref.mean, 12);
    expect(ours.ci[0]).toBeCloseTo(ref.lo, 12);
    expect(ours.ci[1]).toBeCloseTo(ref.hi, 12);
    expect(ours.pValue).toBeCloseTo(ref.p, 12);
    let maxDiff = 0;
    ref.means.forEach((m, r) => {
      maxDiff = Math.max(maxDiff, Math.abs(m - ours.means[r]!));
    });
    expect(maxDiff).toBeLessThan(1e-12);
  });

  it('percentile matches numpy linear interpolation', () => {
    const values = Array.from(deltasFrom(9, 37, 0)).sort((a, b) => a - b);
    const qs = [0, 2.5, 10, 50, 97.5, 100];
    const ref = JSON.parse(
      runPython(
        'import json,sys\nimport numpy as np\nv=json.loads(sys.stdin.read())\nprint(json.dumps(np.percentile(v,[0,2.5,10,50,97.5,100]).tolist()))',
        JSON.stringify(values),
      ),
    ) as number[];
    qs.forEach((q, i) => {
      expect(percentile(values, q)).toBeCloseTo(ref[i]!, 14);
    });
  });
});

describe('paired bootstrap', () => {
  it('the WebAssembly SIMD kernel gives bit-identical sums to the scalar loop', () => {
    expect(simdAvailable()).toBe(true);
    for (const [n, resamples] of [
      [1, 3],
      [97, 13],
      [4096, 41],
      [300, 333],
    ] as const) {
      const d = deltasFrom(n, n, 0.001);
      const scalar = Array.from(scalarResampleSums(d, resamples, 11));
      expect(Array.from(simdResampleSums(d, resamples, 11, { helpers: 0 })!)).toEqual(scalar);
      // split across a helper thread: each resample has its own stream, so nothing changes
      expect(Array.from(simdResampleSums(d, resamples, 11, { helpers: 1 })!)).toEqual(scalar);
    }
  });

  it('is reproducible for a seed and differs across seeds', () => {
    const d = deltasFrom(3, 500, 0.01);
    const a = pairedBootstrap(d, { resamples: 300, seed: 1, confidence: 0.95 });
    const b = pairedBootstrap(d, { resamples: 300, seed: 1, confidence: 0.95 });
    const c = pairedBootstrap(d, { resamples: 300, seed: 2, confidence: 0.95 });
    expect(a.ci).toEqual(b.ci);
    expect(a.ci).not.toEqual(c.ci);
  });

  it('finds a clear shift significant and no shift not significant', () => {
    const shifted = pairedBootstrap(
      new Float64Array(1000).map((_, i) => 0.05 + (i % 2 ? 0.01 : -0.01)),
      {
        resamples: 1000,
        seed: 5,
        confidence: 0.95,
      },
    );
    expect(shifted.ci[0]).toBeGreaterThan(0);
    expect(shifted.pValue).toBeLessThan(0.01);
    const flat = pairedBootstrap(
      new Float64Array(1000).map((_, i) => (i % 2 ? 1 : -1)),
      {
        resamples: 1000,
        seed: 5,
        confidence: 0.95,
      },
    );
    expect(flat.ci[0]).toBeLessThan(0);
    expect(flat.ci[1]).toBeGreaterThan(0);
    expect(flat.pValue).toBeGreaterThan(0.05);
  });
});

describe.skipIf(!py.available)('exact McNemar vs python math.comb', () => {
  const cases: [number, number][] = [
    [0, 0],
    [0, 1],
    [3, 0],
    [5, 5],
    [7, 2],
    [1, 24],
    [40, 62],
    [300, 350],
    [2900, 3100],
    [10, 1100],
  ];
  // one python run for every case: math.comb over exact integers, correctly rounded to a float
  const refs = (
    py.available
      ? JSON.parse(
          runPython(
            `
import json, sys
from math import comb
out = []
for b, c in json.loads(sys.stdin.read()):
    n = b + c
    k = min(b, c)
    out.append(1.0 if n == 0 else min(1.0, 2 * sum(comb(n, i) for i in range(k + 1)) / 2 ** n))
print(json.dumps(out))
`,
            JSON.stringify(cases),
          ),
        )
      : []
  ) as number[];
  it.each(cases.map((c, i) => [...c, i] as const))('b=%i c=%i', (b, c, i) => {
    const ref = refs[i]!;
    const ours = exactBinomialTwoSided(b, c);
    if (ref === 0) expect(ours).toBeLessThan(1e-300);
    else expect(Math.abs(ours - ref) / ref).toBeLessThan(1e-9);
  });

  it('counts discordant pairs from paired correctness', () => {
    const baseline = [1, 1, 0, 0, 1, 0, 1, 1];
    const candidate = [1, 0, 1, 1, 1, 1, 0, 1];
    const r = mcnemarExact(baseline, candidate);
    expect(r).toMatchObject({ baselineOnly: 2, candidateOnly: 3 });
    expect(r.pValue).toBeCloseTo(exactBinomialTwoSided(2, 3), 15);
  });
});
