import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge } from '../../src/rollout/judge.js';
import { mannWhitney } from '../../src/rollout/mann-whitney.js';
import { python, runPython } from '../support/components.js';

const py = python();

describe('Mann-Whitney U', () => {
  it('U of both samples adds up to n1·n2 and p is symmetric', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 30 }),
        (a, b) => {
          const ab = mannWhitney(a, b);
          const ba = mannWhitney(b, a);
          expect(ab.u + ba.u).toBeCloseTo(a.length * b.length, 9);
          expect(ab.p).toBeCloseTo(ba.p, 9);
          expect(ab.p).toBeGreaterThanOrEqual(0);
          expect(ab.p).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('all values tied: no evidence of a shift', () => {
    expect(mannWhitney([1, 1, 1], [1, 1, 1, 1]).p).toBe(1);
  });

  it.skipIf(!py.available)(
    'above 60 samples: the normal approximation with tie correction, as numpy computes it',
    () => {
      const canary = Array.from({ length: 35 }, (_, i) => [0.21, 0.25, 0.25, 0.3, 0.33, 0.4, 0.41][i % 7]!);
      const baseline = Array.from({ length: 40 }, (_, i) => [0.1, 0.12, 0.25, 0.11, 0.2, 0.3, 0.14][i % 7]!);
      // Reference: ranks by numpy (average ties via searchsorted), variance with the tie term, continuity 0.5.
      const out = runPython(
        `
import json, math, sys
import numpy as np
c, b = json.loads(sys.stdin.read())
allv = np.array(c + b)
s = np.sort(allv)
ranks = (np.searchsorted(s, allv, 'left') + np.searchsorted(s, allv, 'right') + 1) / 2.0
n1, n2 = len(c), len(b); n = n1 + n2
u = ranks[:n1].sum() - n1 * (n1 + 1) / 2
_, t = np.unique(allv, return_counts=True)
var = n1 * n2 / 12.0 * ((n + 1) - (t**3 - t).sum() / (n * (n - 1)))
z = (u - n1 * n2 / 2 - 0.5 * np.sign(u - n1 * n2 / 2)) / math.sqrt(var)
p = math.erfc(abs(z) / math.sqrt(2))
print(json.dumps([float(u), float(p)]))
`,
        JSON.stringify([canary, baseline]),
      );
      const [u, p] = JSON.parse(out) as number[];
      const ours = mannWhitney(canary, baseline);
      expect(ours.method).toBe('normal');
      expect(ours.u).toBeCloseTo(u!, 9);
      expect(ours.p).toBeCloseTo(p!, 6);
    },
  );
});

/** Every split of the pooled values into n1 and n2, counted: the permutation distribution by brute force. */
function bruteForce(a: readonly number[], b: readonly number[]): { pGreater: number; pLess: number } {
  const pooled = [...a, ...b];
  const n = pooled.length;
  const u = (x: readonly number[], y: readonly number[]) => {
    let s = 0;
    for (const xi of x) for (const yi of y) s += xi > yi ? 1 : xi === yi ? 0.5 : 0;
    return s;
  };
  const observed = u(a, b);
  let total = 0;
  let greater = 0;
  let less = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    let bits = 0;
    for (let m = mask; m; m &= m - 1) bits++;
    if (bits !== a.length) continue;
    const x = pooled.filter((_, i) => mask & (1 << i));
    const y = pooled.filter((_, i) => !(mask & (1 << i)));
    const v = u(x, y);
    total++;
    if (v >= observed - 1e-9) greater++;
    if (v <= observed + 1e-9) less++;
  }
  return { pGreater: greater / total, pLess: less / total };
}

describe('exact Mann-Whitney for small samples', () => {
  it('equals the brute-force permutation distribution, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 7 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 7 }),
        (a, b) => {
          const ours = mannWhitney(a, b);
          const ref = bruteForce(a, b);
          expect(ours.method).toBe('exact');
          expect(ours.pGreater).toBeCloseTo(ref.pGreater, 12);
          expect(ours.pLess).toBeCloseTo(ref.pLess, 12);
          expect(ours.p).toBeCloseTo(Math.min(1, 2 * Math.min(ref.pGreater, ref.pLess)), 12);
        },
      ),
      { numRuns: 150, seed: 16 },
    );
  });

  // scipy.stats.mannwhitneyu(x, y, method='exact') without ties: p = 2·P(U ≥ max(U1, U2)), clipped at 1.
  it.each([
    ['4 vs 5 fully separated', [5, 6, 7, 8, 9], [1, 2, 3, 4], 1 / 126, 2 / 126],
    ['3 vs 3 fully separated: the smallest p there is', [4, 5, 6], [1, 2, 3], 1 / 20, 0.1],
    ['3 vs 3, one swap', [3, 5, 6], [1, 2, 4], 2 / 20, 0.2],
    ['6 vs 6 fully separated', [7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6], 1 / 924, 2 / 924],
  ])('%s: as scipy exact', (_n, canary, baseline, oneSided, twoSided) => {
    const r = mannWhitney(canary, baseline);
    expect(r.pGreater).toBeCloseTo(oneSided, 12);
    expect(r.p).toBeCloseTo(twoSided, 12);
  });

  it('keeps its size with heavy ties at n = 3..8, where the normal approximation went over it', () => {
    // Exact size: every outcome, weighted by its probability, tested two-sided at 0.05. The
    // permutation test given the ties is at most alpha; the normal approximation with continuity
    // correction had 5.7% at 7 vs 7 coin flips.
    for (const [probs, n1, n2] of [
      [[0.5, 0.5], 7, 7],
      [[0.6, 0.3, 0.1], 3, 3],
      [[0.6, 0.3, 0.1], 4, 4],
      [[0.6, 0.3, 0.1], 5, 5],
      [[0.6, 0.3, 0.1], 3, 6],
    ] as const) {
      const k = probs.length;
      const n = n1 + n2;
      let size = 0;
      const values = new Array<number>(n).fill(0);
      for (let code = 0; code < k ** n; code++) {
        let c = code;
        let p = 1;
        for (let i = 0; i < n; i++) {
          values[i] = c % k;
          p *= probs[c % k]!;
          c = Math.floor(c / k);
        }
        if (mannWhitney(values.slice(0, n1), values.slice(n1)).p <= 0.05) size += p;
      }
      expect(size, `${n1} vs ${n2} over ${probs.join('/')}`).toBeLessThanOrEqual(0.05);
    }
  });
});

describe('Kayenta-style judge', () => {
  const base = Array.from({ length: 20 }, (_, i) => 0.05 + (i % 5) * 0.001);
  const slow = base.map((v) => v * 4);
  const fast = base.map((v) => v / 4);
  const opts = { alpha: 0.05, passScore: 95, marginalScore: 75 };

  it.each([
    ['slower canary, higher-is-worse', slow, 'higher-is-worse', 'fail', 'High'],
    ['faster canary, higher-is-worse', fast, 'higher-is-worse', 'pass', 'Low'],
    ['faster canary, lower-is-worse (throughput)', fast, 'lower-is-worse', 'fail', 'Low'],
    ['faster canary, either', fast, 'either', 'fail', 'Low'],
    ['same distribution', [...base].reverse(), 'higher-is-worse', 'pass', 'Pass'],
  ] as const)('%s', (_n, canary, direction, verdict, classification) => {
    const j = judge([{ label: 'all', canary, baseline: base }], { ...opts, direction });
    expect(j.verdict).toBe(verdict);
    expect(j.series[0]!.classification).toBe(classification);
  });

  it('scores over series: 3 of 4 pass is marginal, nodata counts against', () => {
    const pairs = [
      { label: 'a', canary: base, baseline: base },
      { label: 'b', canary: base, baseline: base },
      { label: 'c', canary: base, baseline: base },
      { label: 'd', canary: slow, baseline: base },
    ];
    const j = judge(pairs, { ...opts, direction: 'higher-is-worse' });
    expect(j.score).toBe(75);
    expect(j.verdict).toBe('marginal');
    const nodata = judge([{ label: 'x', canary: [1], baseline: base }], { ...opts, direction: 'either' });
    expect(nodata.series[0]!.classification).toBe('Nodata');
    expect(nodata.verdict).toBe('fail');
  });
});
