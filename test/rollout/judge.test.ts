import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge, mannWhitney } from '../../src/rollout/judge.js';
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

  it.skipIf(!py.available)('matches the normal approximation with tie correction computed by numpy', () => {
    const canary = [0.21, 0.25, 0.25, 0.3, 0.33, 0.4, 0.41, 0.25, 0.5];
    const baseline = [0.1, 0.12, 0.25, 0.11, 0.2, 0.13, 0.15, 0.25, 0.09, 0.14, 0.3];
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
print(json.dumps([float(u), float(z), float(p)]))
`,
      JSON.stringify([canary, baseline]),
    );
    const [u, z, p] = JSON.parse(out) as number[];
    const ours = mannWhitney(canary, baseline);
    expect(ours.u).toBeCloseTo(u!, 9);
    expect(ours.z).toBeCloseTo(z!, 9);
    expect(ours.p).toBeCloseTo(p!, 6);
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
