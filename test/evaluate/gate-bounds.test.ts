import { describe, expect, it } from 'vitest';
import { gateSchema } from '../../src/config/sections/evaluate.js';
import {
  normalUpper,
  pairedProportionTester,
  percentileBootstrapTester,
  tangoScore,
} from '../../src/evaluate/bound-test.js';
import { assignLevels, evaluateGates, type GateRun, gatePercentile } from '../../src/evaluate/gate.js';
import type { SampleTable } from '../../src/evaluate/metrics.js';
import { Xoshiro128 } from '../../src/evaluate/prng.js';
import { renderEvaluation } from '../../src/evaluate/render.js';
import { percentile, resampleIndices } from '../../src/evaluate/stats.js';
import { escapeMarkdown } from '../../src/report/markdown.js';

const significance = { alpha: 0.05, resamples: 2000, seed: 42 };

/** A run whose per-sample columns are given directly (the JSONL parser has its own tests). */
function run(
  source: string,
  columns: Record<string, ArrayLike<number>>,
  metrics: Record<string, number>,
): GateRun {
  const values = new Map(Object.entries(columns).map(([k, v]) => [k, Float64Array.from(v)]));
  const n = values.values().next().value!.length;
  const binary = new Set([...values].filter(([, v]) => v.every((x) => x === 0 || x === 1)).map(([k]) => k));
  const samples: SampleTable = { source: `${source}.jsonl`, ids: ids(n), values, binary };
  return { source: `${source}.json`, metrics, samples };
}

const idCache = new Map<number, string[]>();
function ids(n: number): string[] {
  let list = idCache.get(n);
  if (!list) {
    list = Array.from({ length: n }, (_, i) => `s${i}`);
    idCache.set(n, list);
  }
  return list;
}

const mean = (xs: ArrayLike<number>) => Array.from(xs).reduce((s, x) => s + x, 0) / xs.length;

/** Paired correctness on n samples: baseline right on the first `right`; `lost` of those go wrong, `won` wrong ones go right. */
function correctness(n: number, right: number, lost: number, won: number) {
  const base = new Float64Array(n);
  const cand = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    base[i] = i < right ? 1 : 0;
    cand[i] = i < right ? (i < lost ? 0 : 1) : i < right + won ? 1 : 0;
  }
  return { base, cand };
}

function accuracyGate(gate: Record<string, unknown>, base: Float64Array, cand: Float64Array) {
  return evaluateGates({
    gates: [gateSchema.parse({ metric: 'accuracy', ...gate })],
    candidate: run('candidate', { correct: cand }, { accuracy: mean(cand) }),
    baseline: run('baseline', { correct: base }, { accuracy: mean(base) }),
    significance,
  }).metrics[0]!;
}

describe('a bound is tested against the bound, not against zero', () => {
  it('drop 0.0055 observed at n=100,000 with max-drop 0.005 does not fail; 0.008 fails', () => {
    const near = correctness(100_000, 90_000, 2000, 1450);
    const r = accuracyGate({ 'max-drop': 0.005 }, near.base, near.cand);
    expect(r.delta).toBeCloseTo(-0.0055, 12);
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toContain('drop 0.0055 (mean of correct) is over max-drop 0.005 but not significantly');
    // the same test gives the table's interval: it contains −0.005
    expect(r.ci![0]).toBeLessThan(-0.005);
    expect(r.ci![1]).toBeGreaterThan(-0.005);
    // against zero this drop is overwhelming (McNemar z ≈ 9.4): the old gate failed it
    expect(normalUpper(tangoScore(2000, 1450, 100_000, 0))).toBeLessThan(1e-15);

    const far = correctness(100_000, 90_000, 2150, 1350);
    const f = accuracyGate({ 'max-drop': 0.005 }, far.base, far.cand);
    expect(f.delta).toBeCloseTo(-0.008, 12);
    expect(f.verdict).toBe('fail');
    expect(f.reason).toMatch(/drop 0\.008 \(mean of correct\) exceeds max-drop 0\.005 significantly/);
    expect(f.ci![1]).toBeLessThan(-0.005);
  });

  it('a relative max-drop is the same test at |baseline| × the percentage', () => {
    const { base, cand } = correctness(100_000, 90_000, 2150, 1350);
    const r = accuracyGate({ 'max-drop': '1%' }, base, cand);
    // 1% of 0.9 = 0.009 > observed 0.008: within the bound
    expect(r.verdict).toBe('pass');
    expect(r.reason).toContain('within max-drop 1% of |0.9| = 0.009');
    const tight = accuracyGate({ 'max-drop': '0.5%' }, base, cand);
    expect(tight.verdict).toBe('fail');
  });

  it("Tango's score uses the restricted maximum-likelihood variance (checked by direct maximization)", () => {
    for (const [worse, better, n, d0] of [
      [30, 12, 400, 0.02],
      [2000, 1450, 100_000, 0.005],
      [5, 9, 60, -0.03],
      [40, 0, 200, 0.1],
    ] as const) {
      // maximize the multinomial likelihood over p21 with p12 = p21 + d0 by golden-section search
      const logL = (p: number) =>
        worse * Math.log(p + d0) + better * Math.log(p) + (n - worse - better) * Math.log(1 - 2 * p - d0);
      let lo = Math.max(0, -d0) + 1e-15;
      let hi = (1 - d0) / 2 - 1e-15;
      for (let i = 0; i < 200; i++) {
        const a = hi - (hi - lo) * 0.618;
        const b = lo + (hi - lo) * 0.618;
        if (logL(a) < logL(b)) lo = a;
        else hi = b;
      }
      const q = (lo + hi) / 2;
      const expected = (worse - better - n * d0) / Math.sqrt(n * (2 * q + d0 * (1 - d0)));
      expect(tangoScore(worse, better, n, d0)).toBeCloseTo(expected, 6);
    }
    // at a zero bound it is McNemar's z
    expect(tangoScore(30, 12, 400, 0)).toBeCloseTo(18 / Math.sqrt(42), 12);
  });

  it('max-rise on an error rate (0/1, lower is better) is the mirror image', () => {
    const { base, cand } = correctness(100_000, 10_000, 1350, 2150);
    const r = evaluateGates({
      gates: [gateSchema.parse({ metric: 'error', direction: 'lower', 'max-rise': 0.005 })],
      candidate: run('candidate', { error: cand }, { error: mean(cand) }),
      baseline: run('baseline', { error: base }, { error: mean(base) }),
      significance,
    }).metrics[0]!;
    expect(r.delta).toBeCloseTo(0.008, 12);
    expect(r.verdict).toBe('fail');
    expect(r.reason).toContain('rise 0.008 (mean of error) exceeds max-rise 0.005 significantly');
  });

  it('continuous values: paired bootstrap of the mean delta against the bound', () => {
    const rng = new Xoshiro128(7);
    const n = 4000;
    const base = Float64Array.from({ length: n }, () => rng.nextU32() / 2 ** 32);
    const noise = () => (rng.nextU32() / 2 ** 32 - 0.5) * 0.2;
    const gate = (shift: number) => {
      const cand = base.map((v) => v - shift + noise());
      return evaluateGates({
        gates: [gateSchema.parse({ metric: 'f1', 'max-drop': 0.01 })],
        candidate: run('candidate', { f1: cand }, { f1: mean(cand) }),
        baseline: run('baseline', { f1: base }, { f1: mean(base) }),
        significance,
      }).metrics[0]!;
    };
    // SE of the mean delta ≈ 0.058/√4000 ≈ 0.0009
    expect(gate(0.0105).verdict).toBe('inconclusive');
    const far = gate(0.014);
    expect(far.test).toBe('bootstrap');
    expect(far.verdict).toBe('fail');
    expect(far.ci![1]).toBeLessThan(-0.01);
    expect(gate(0.005).verdict).toBe('pass');
  });
});

describe('each gate reads its own per-sample column', () => {
  // candidate is more accurate, and 12.5% slower at p95
  const n = 3000;
  const rng = new Xoshiro128(11);
  const baseCorrect = Float64Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 0 : 1));
  const candCorrect = baseCorrect.map((v, i) => (i % 20 === 0 ? 1 : v));
  const baseLatency = Float64Array.from({ length: n }, () => 40 * (0.8 + 0.4 * (rng.nextU32() / 2 ** 32)));
  const candLatency = baseLatency.map((v) => v * 1.125);
  const p95 = (xs: Float64Array) => {
    const s = xs.slice().sort();
    return s[Math.floor(0.95 * s.length) - 1]!;
  };
  const runs = (cl = candLatency) => ({
    candidate: run(
      'candidate',
      { correct: candCorrect, latency_ms: cl },
      { accuracy: mean(candCorrect), 'latency.p95_ms': p95(cl) },
    ),
    baseline: run(
      'baseline',
      { correct: baseCorrect, latency_ms: baseLatency },
      { accuracy: mean(baseCorrect), 'latency.p95_ms': p95(baseLatency) },
    ),
  });

  it('latency +12.5% with max-rise 10% fails on latency, tested on latency_ms, never McNemar on correct', () => {
    const report = evaluateGates({
      gates: [
        gateSchema.parse({ metric: 'accuracy', 'max-drop': 0.01 }),
        gateSchema.parse({
          metric: 'latency.p95_ms',
          direction: 'lower',
          'max-rise': '10%',
          'samples-column': 'latency_ms',
        }),
      ],
      ...runs(),
      significance,
    });
    const [accuracy, latency] = report.metrics;
    expect(accuracy!.verdict).toBe('pass');
    expect(latency!.verdict).toBe('fail');
    expect(latency!.test).toBe('bootstrap');
    expect(latency!.statistic).toBe('p95 of latency_ms');
    expect(latency!.reason).toMatch(/^rise [\d.]+ \(p95 of latency_ms\) exceeds max-rise 10% of/);
    expect(latency!.reason).not.toMatch(/McNemar|correct/);
    // the CI is of the p95 change (≈ +5.4 ms), not of accuracy
    expect(latency!.ci![0]).toBeGreaterThan(4);
    expect(report.verdict).toBe('fail');
    expect(report.reason).toContain('latency.p95_ms: rise');
  });

  it('a percentile is bootstrapped as a percentile: a rise confined to the tail fails though the mean barely moves', () => {
    // the slowest 10% get 40% slower: p95 rises ~35%, the mean ~4%
    const order = Array.from(baseLatency.keys()).sort((a, b) => baseLatency[a]! - baseLatency[b]!);
    const tail = new Set(order.slice(Math.floor(0.9 * n)));
    const cl = baseLatency.map((v, i) => (tail.has(i) ? v * 1.4 : v));
    const gate = (statistic?: string) =>
      evaluateGates({
        gates: [
          gateSchema.parse({
            metric: 'latency.p95_ms',
            direction: 'lower',
            'max-rise': '10%',
            'samples-column': 'latency_ms',
            ...(statistic ? { statistic } : {}),
          }),
        ],
        ...runs(cl),
        significance,
      }).metrics[0]!;
    expect(gatePercentile({ metric: 'latency.p95_ms' })).toBe(95);
    const r = gate();
    expect(r.verdict).toBe('fail');
    expect(r.statistic).toBe('p95 of latency_ms');
    // the same data tested as a mean stays within 10%
    expect(gate('mean').verdict).toBe('pass');
  });

  it('the percentile bootstrap equals sorting each resample (same index stream as stats.ts)', () => {
    const rng2 = new Xoshiro128(5);
    const m = 97;
    // ties on purpose: latencies rounded to whole milliseconds
    const baseline = Float64Array.from({ length: m }, () => Math.round(30 + 20 * (rng2.nextU32() / 2 ** 32)));
    const candidate = baseline.map((v, i) => v + (i % 7) - 2);
    const deltas = candidate.map((v, i) => v - baseline[i]!);
    for (const q of [50, 90, 95, 99]) {
      const tester = percentileBootstrapTester(
        { candidate, baseline, deltas },
        { q, resamples: 300, seed: 9, column: 'x' },
      );
      const idx = resampleIndices(m, 300, 9);
      const naive = Array.from({ length: 300 }, (_, r) => {
        const pick = (v: Float64Array) =>
          Float64Array.from({ length: m }, (_, j) => v[idx[r * m + j]!]!).sort();
        return percentile(pick(candidate), q) - percentile(pick(baseline), q);
      }).sort((a, b) => a - b);
      expect(tester.interval(0.9)[0]).toBeCloseTo(percentile(naive, 5), 10);
      expect(tester.interval(0.9)[1]).toBeCloseTo(percentile(naive, 95), 10);
      expect(tester.candidate).toBeCloseTo(percentile(candidate.slice().sort(), q), 12);
    }
  });

  it('without a column of its own a gate compares point estimates and says so', () => {
    const r = evaluateGates({
      gates: [gateSchema.parse({ metric: 'latency.p95_ms', direction: 'lower', 'max-rise': '10%' })],
      ...runs(),
      significance,
    }).metrics[0]!;
    expect(r.test).toBe('none');
    expect(r.verdict).toBe('fail');
    expect(r.reason).toContain('exceeds max-rise 10%');
    expect(r.reason).toContain('point estimates: no per-sample column "latency.p95_ms", "p95_ms"');
    expect(r.ci).toBeUndefined();
  });

  it('latency doubled with equal accuracy fails, exit-worthy, with or without the column', () => {
    for (const column of [undefined, 'latency_ms']) {
      const report = evaluateGates({
        gates: [
          gateSchema.parse({ metric: 'accuracy', 'max-drop': 0.01 }),
          gateSchema.parse({
            metric: 'latency.p95_ms',
            direction: 'lower',
            'max-rise': '10%',
            ...(column ? { 'samples-column': column } : {}),
          }),
        ],
        ...runs(baseLatency.map((v) => v * 2)),
        significance,
      });
      expect(report.verdict).toBe('fail');
      expect(report.metrics[1]!.verdict).toBe('fail');
    }
  });

  it('`correct` stands only for accuracy; a named column that does not exist is an error naming it', () => {
    const r = evaluateGates({
      gates: [gateSchema.parse({ metric: 'f1', 'max-drop': 0.01 })],
      candidate: run('candidate', { correct: candCorrect }, { f1: 0.8 }),
      baseline: run('baseline', { correct: baseCorrect }, { f1: 0.85 }),
      significance,
    }).metrics[0]!;
    expect(r.test).toBe('none');
    expect(r.reason).toContain('point estimates');
    expect(() =>
      evaluateGates({
        gates: [gateSchema.parse({ metric: 'accuracy', 'max-drop': 0.01, 'samples-column': 'f1_score' })],
        ...runs(),
        significance,
      }),
    ).toThrow(
      /gate "accuracy": candidate\.jsonl has no per-sample field "f1_score" \(it has correct, latency_ms\); set evaluate\.gates\[\]\.samples-column/,
    );
  });
});

describe('hostile names', () => {
  it('a per-sample field name from the config or data cannot inject markdown into the comment', () => {
    const evil = '<img src=x onerror=alert(1)>@org/team ![x](https://evil)|`';
    const { base, cand } = correctness(2000, 1800, 60, 10);
    const report = evaluateGates({
      gates: [gateSchema.parse({ metric: 'accuracy', 'max-drop': 0.005, 'samples-column': evil })],
      candidate: run('candidate', { [evil]: cand }, { accuracy: mean(cand) }),
      baseline: run('baseline', { [evil]: base }, { accuracy: mean(base) }),
      significance,
    });
    expect(report.verdict).toBe('fail');
    const md = renderEvaluation({
      report,
      otherMetrics: {},
      baselineMetrics: undefined,
      baselineLabel: 'b',
      history: [],
      current: { createdAt: 'now', metrics: {} },
      historyLength: 20,
    });
    // the field name is shown, escaped once by the shared escaping: no tag, mention, link or code span
    expect(md).not.toMatch(/<img|@org|!\[x\]\(https|(^|[^\\])`/m);
    expect(md).toContain(escapeMarkdown(evil));
  });
});

describe('multiplicity', () => {
  it('a gate decided at a Holm level shows the interval at that level, and the comment says so', () => {
    const far = correctness(20_000, 18_000, 500, 300);
    const same = correctness(20_000, 18_000, 300, 300);
    const report = evaluateGates({
      gates: [
        gateSchema.parse({ metric: 'accuracy', 'max-drop': 0.005 }),
        gateSchema.parse({ metric: 'top5', 'max-drop': 0.005 }),
      ],
      candidate: run(
        'candidate',
        { correct: far.cand, top5: same.cand },
        { accuracy: mean(far.cand), top5: mean(same.cand) },
      ),
      baseline: run(
        'baseline',
        { correct: far.base, top5: same.base },
        { accuracy: mean(far.base), top5: mean(same.base) },
      ),
      significance,
    });
    const [accuracy, top5] = report.metrics;
    expect(report.tests).toBe(2);
    expect(accuracy!.verdict).toBe('fail');
    expect(accuracy!.confidence).toBeCloseTo(0.975, 12);
    expect(accuracy!.reason).toContain('Holm over 2 tests: one-sided level 0.0125');
    expect(accuracy!.ci![1]).toBeLessThan(-0.005);
    // within its bound: the nominal 95% interval
    expect(top5!.verdict).toBe('pass');
    expect(top5!.confidence).toBeCloseTo(0.95, 12);
    const md = renderEvaluation({
      report,
      otherMetrics: {},
      baselineMetrics: undefined,
      baselineLabel: 'b',
      history: [],
      current: { createdAt: 'now', metrics: {} },
      historyLength: 20,
    });
    expect(md).toMatch(/\| <code>accuracy<\/code> \| .* \| \[-?[\d.]+, -?[\d.]+\] at 97\.5% \| ❌ fail \|/);
    expect(md).toContain("Holm's correction over the 2 bound tests");
  });

  it("Holm's step-down levels", () => {
    const tests = [0.001, 0.02, 0.011, 0.3].map((pValue) => ({
      pValue,
      level: undefined as number | undefined,
    }));
    assignLevels(tests, 0.025, true);
    // sorted: 0.001 < 0.025/4 ✓; 0.011 ≥ 0.025/3 stops; the rest keep that level
    expect(tests.map((t) => t.level)).toEqual([0.025 / 4, 0.025 / 3, 0.025 / 3, 0.025 / 3]);
    assignLevels(tests, 0.025, false);
    expect(tests.every((t) => t.level === 0.025)).toBe(true);
  });
});

/** Paired 0/1 outcomes with true drop `drop` (discordance 2% each way plus the drop). */
function pairedAtDrop(rng: Xoshiro128, n: number, drop: number) {
  const base = new Float64Array(n);
  const cand = new Float64Array(n);
  const lost = 0.02 + drop;
  for (let i = 0; i < n; i++) {
    const u = rng.nextU32() / 2 ** 32;
    const b = u < 0.9 ? 1 : 0;
    const v = rng.nextU32() / 2 ** 32;
    base[i] = b;
    cand[i] = b === 1 ? (v < lost / 0.9 ? 0 : 1) : v < 0.02 / 0.1 ? 1 : 0;
  }
  return { base, cand };
}

describe('simulated error rates (seeded)', () => {
  const alpha = 0.05;

  it('false fail at the bound ≤ α/2 + 1%, and under the null ~0; power at 2× the bound', () => {
    const rng = new Xoshiro128(2026);
    const n = 20_000;
    const bound = 0.005;
    const trials = 600;
    const failRate = (drop: number) => {
      let fails = 0;
      for (let t = 0; t < trials; t++) {
        const { base, cand } = pairedAtDrop(rng, n, drop);
        const deltas = cand.map((c, i) => c - base[i]!);
        const tester = pairedProportionTester(
          { candidate: cand, baseline: base, deltas },
          { exact: false, column: 'correct' },
        );
        if (-tester.delta > bound && tester.pValue('drop', bound) < alpha / 2) fails++;
      }
      return fails / trials;
    };
    expect(failRate(bound)).toBeLessThanOrEqual(alpha / 2 + 0.01);
    expect(failRate(0)).toBeLessThanOrEqual(0.01);
    // with 20,000 samples the old test against zero failed a true drop of 0.004 30% of the time
    expect(failRate(0.004)).toBeLessThan(0.02);
    expect(failRate(2 * bound)).toBeGreaterThan(0.6);
  });

  it('Holm keeps the chance that any of 5 or 10 null gates fails at α/2 (uncorrected it is not)', () => {
    const rng = new Xoshiro128(99);
    const n = 1000;
    const trials = 300;
    for (const gates of [5, 10]) {
      let holmFails = 0;
      let plainFails = 0;
      for (let t = 0; t < trials; t++) {
        const cand: Record<string, Float64Array> = {};
        const base: Record<string, Float64Array> = {};
        for (let g = 0; g < gates; g++) {
          const s = pairedAtDrop(rng, n, 0);
          cand[`m${g}`] = s.cand;
          base[`m${g}`] = s.base;
        }
        const report = (correction: 'holm' | 'none') =>
          evaluateGates({
            gates: Object.keys(cand).map((metric) => gateSchema.parse({ metric, 'max-drop': 0 })),
            candidate: run(
              'candidate',
              cand,
              Object.fromEntries(Object.entries(cand).map(([k, v]) => [k, mean(v)])),
            ),
            baseline: run(
              'baseline',
              base,
              Object.fromEntries(Object.entries(base).map(([k, v]) => [k, mean(v)])),
            ),
            significance: { ...significance, correction },
          });
        if (report('holm').verdict === 'fail') holmFails++;
        if (report('none').verdict === 'fail') plainFails++;
      }
      expect(holmFails / trials).toBeLessThanOrEqual(alpha / 2 + 0.02);
      expect(plainFails / trials).toBeGreaterThan(alpha);
    }
  });
});
