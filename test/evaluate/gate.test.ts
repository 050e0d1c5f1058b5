import { describe, expect, it } from 'vitest';
import { gateSchema } from '../../src/config/sections/evaluate.js';
import { InputError } from '../../src/errors.js';
import { evaluateGates, type GateRun, type Verdict } from '../../src/evaluate/gate.js';
import { parseSamples } from '../../src/evaluate/metrics.js';

const significance = { alpha: 0.05, resamples: 1000, seed: 42 };

function run(metrics: Record<string, number>, source = 'metrics.json', samples?: string): GateRun {
  return {
    metrics,
    source,
    ...(samples ? { samples: parseSamples(samples, source.replace('.json', '.jsonl')) } : {}),
  };
}

function decide(gate: Record<string, unknown>, candidate: number, baseline: number | undefined) {
  const g = gateSchema.parse({ metric: 'm', ...gate });
  return evaluateGates({
    gates: [g],
    candidate: run({ m: candidate }, 'candidate.json'),
    baseline: baseline === undefined ? undefined : run({ m: baseline }, 'baseline.json'),
    significance,
  }).metrics[0]!;
}

// Point-estimate semantics (test: none), compared with what MLflow's MetricThreshold does.
// mlflow column: the verdict MLflow gives for the equivalent threshold, where one exists.
describe('MLflow MetricThreshold semantics (point estimates)', () => {
  it.each<[string, Record<string, unknown>, number, number | undefined, Verdict, string]>([
    // absolute thresholds (MLflow threshold=, greater_is_better)
    ['min met', { min: 0.8 }, 0.85, undefined, 'pass', '≥ min 0.8'],
    ['min equal passes (>=)', { min: 0.85 }, 0.85, undefined, 'pass', '≥ min'],
    ['below min', { min: 0.9 }, 0.85, undefined, 'fail', 'below min 0.9'],
    ['lower-is-better max met', { direction: 'lower', max: 0.5 }, 0.4, undefined, 'pass', '≤ max'],
    ['lower-is-better above max', { direction: 'lower', max: 0.5 }, 0.6, undefined, 'fail', 'above max 0.5'],
    // absolute change: MLflow min_absolute_change=X ⇔ max-drop=-X; ours bounds the regression
    [
      'drop within absolute max-drop',
      { 'max-drop': 0.02 },
      0.89,
      0.9,
      'pass',
      'drop 0.01 within max-drop 0.02',
    ],
    ['drop equal to max-drop passes despite float noise', { 'max-drop': 0.01 }, 0.89, 0.9, 'pass', 'within'],
    [
      'drop beyond absolute max-drop',
      { 'max-drop': 0.01 },
      0.85,
      0.9,
      'fail',
      'drop 0.05 exceeds max-drop 0.01',
    ],
    ['improvement always within max-drop', { 'max-drop': 0 }, 0.95, 0.9, 'pass', 'within'],
    // relative change: (baseline − candidate) / |baseline|
    ['relative drop within 2%', { 'max-drop': '2%' }, 0.89, 0.9, 'pass', '2% of |0.9|'],
    [
      'relative drop beyond 1%',
      { 'max-drop': '1%' },
      0.88,
      0.9,
      'fail',
      'exceeds max-drop 1% of |0.9| = 0.009',
    ],
    // lower is better: the regression is a rise
    [
      'lower-is-better rise within',
      { direction: 'lower', 'max-rise': '10%' },
      1.05,
      1.0,
      'pass',
      'rise 0.05 within',
    ],
    [
      'lower-is-better rise beyond',
      { direction: 'lower', 'max-rise': 0.01 },
      1.05,
      1.0,
      'fail',
      'rise 0.05 exceeds max-rise 0.01',
    ],
    ['lower-is-better fall is fine', { direction: 'lower', 'max-rise': 0 }, 0.9, 1.0, 'pass', 'within'],
    // negative baselines: |baseline| keeps the direction (MLflow divides by the signed baseline:
    // candidate −2.0 vs baseline −1.0 with greater_is_better gives (−2+1)/−1 = +100% "improvement")
    [
      'negative baseline, real drop fails',
      { 'max-drop': '10%' },
      -2.0,
      -1.0,
      'fail',
      'drop 1 exceeds max-drop 10% of |-1| = 0.1',
    ],
    ['negative baseline, small drop passes', { 'max-drop': '10%' }, -1.05, -1.0, 'pass', 'within'],
    ['negative baseline, improvement passes', { 'max-drop': '10%' }, -0.5, -1.0, 'pass', 'within'],
    [
      'negative baseline lower-is-better rise',
      { direction: 'lower', 'max-rise': '5%' },
      -0.9,
      -1.0,
      'fail',
      'rise 0.1 exceeds',
    ],
    // zero baseline: relative change is undefined (MLflow silently demands candidate > baseline + 1e-10)
    ['zero baseline, no change passes', { 'max-drop': '5%' }, 0, 0, 'pass', 'no drop from a zero baseline'],
    [
      'zero baseline, improvement passes',
      { 'max-drop': '5%' },
      0.1,
      0,
      'pass',
      'no drop from a zero baseline',
    ],
    [
      'zero baseline, drop is inconclusive',
      { 'max-drop': '5%' },
      -0.1,
      0,
      'inconclusive',
      'undefined for a zero baseline',
    ],
    [
      'zero baseline, absolute bound works',
      { 'max-drop': 0.2 },
      -0.1,
      0,
      'pass',
      'drop 0.1 within max-drop 0.2',
    ],
    // no baseline recorded yet
    ['no baseline yet', { 'max-drop': 0.01 }, 0.9, undefined, 'inconclusive', 'no baseline recorded yet'],
    ['min fails even without baseline', { min: 0.95, 'max-drop': 0.01 }, 0.9, undefined, 'fail', 'below min'],
  ])('%s', (_name, gate, candidate, baseline, verdict, reason) => {
    const r = decide({ test: 'none', ...gate }, candidate, baseline);
    expect(r.verdict).toBe(verdict);
    expect(r.reason).toContain(reason);
  });

  it('reports delta and relative delta against |baseline|', () => {
    const r = decide({ 'max-drop': 1 }, -1.5, -1.0);
    expect(r.delta).toBeCloseTo(-0.5, 12);
    expect(r.relativeDelta).toBeCloseTo(-0.5, 12);
    expect(decide({ 'max-drop': 1 }, 1, 0).relativeDelta).toBeUndefined();
  });
});

function samples(values: (number | boolean)[], field = 'm'): string {
  return values.map((v, i) => JSON.stringify({ id: `s${i}`, [field]: v })).join('\n');
}

function withSamples(
  gate: Record<string, unknown>,
  cand: (number | boolean)[],
  base: (number | boolean)[],
  field = 'm',
  metric = field === 'correct' ? 'accuracy' : 'm',
) {
  const mean = (xs: (number | boolean)[]) => xs.reduce<number>((s, x) => s + Number(x), 0) / xs.length;
  return evaluateGates({
    gates: [gateSchema.parse({ metric, ...gate })],
    candidate: run({ [metric]: mean(cand) }, 'candidate.json', samples(cand, field)),
    baseline: run({ [metric]: mean(base) }, 'baseline.json', samples(base, field)),
    significance,
  }).metrics[0]!;
}

describe('significance', () => {
  // 400 samples; baseline right on all, candidate wrong on `wrong` of them (plus `fixed` new right ones)
  const correctness = (n: number, wrong: number, fixed: number) => {
    const base = Array.from({ length: n }, (_, i) => (i >= n - fixed - 0 ? i < n - fixed : true));
    const cand = base.map((b, i) => (i < wrong ? false : b || i >= n - fixed));
    return { base, cand };
  };

  it('tests correctness with the paired-proportion score test and fails a drop significantly beyond max-drop', () => {
    const { base, cand } = correctness(400, 30, 2);
    const r = withSamples({ 'max-drop': 0.01 }, cand, base, 'correct');
    expect(r.test).toBe('score');
    expect(r.statistic).toBe('mean of correct');
    expect(r.pValue!).toBeLessThan(0.001);
    expect(r.verdict).toBe('fail');
    expect(r.reason).toMatch(
      /drop 0\.07 \(mean of correct\) exceeds max-drop 0\.01 significantly \(paired-proportion score test p=/,
    );
    // the table's interval is the one the test inverts: it lies wholly beyond the bound
    expect(r.ci![1]).toBeLessThan(-0.01);
  });

  it('calls a drop over max-drop that could be noise inconclusive', () => {
    const { base, cand } = correctness(400, 4, 1);
    const r = withSamples({ 'max-drop': 0.005 }, cand, base, 'correct');
    expect(r.delta).toBeCloseTo(-3 / 400, 12);
    expect(r.test).toBe('score');
    expect(r.pValue!).toBeGreaterThan(0.025);
    expect(r.verdict).toBe('inconclusive');
    expect(r.reason).toContain('is over max-drop 0.005 but not significantly');
    expect(r.ci![0]).toBeLessThan(-0.005);
    expect(r.ci![1]).toBeGreaterThan(-0.005);
  });

  it('uses the bootstrap for continuous per-sample values and reports its CI', () => {
    const base = Array.from({ length: 300 }, (_, i) => 0.5 + ((i * 37) % 11) / 100);
    const cand = base.map((v, i) => v - 0.05 + ((i * 13) % 5) / 1000);
    const r = withSamples({ 'max-drop': 0.01 }, cand, base);
    expect(r.test).toBe('bootstrap');
    expect(r.ci![1]).toBeLessThan(0);
    expect(r.verdict).toBe('fail');
  });

  it('explicit test without bounds fails only a significant regression', () => {
    const base = Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const same = withSamples({ test: 'bootstrap' }, base, base);
    expect(same.verdict).toBe('pass');
    const worse = base.map((v, i) => (i % 3 === 0 && i % 2 === 0 ? 0 : v));
    const r = withSamples({ test: 'mcnemar' }, worse, base);
    expect(r.verdict).toBe('fail');
    expect(r.reason).toContain('significant drop');
  });

  it('non-inferiority: the CI bound must stay within the margin', () => {
    const base = Array.from({ length: 2000 }, (_, i) => (i % 5 === 0 ? 0 : 1));
    // candidate loses 1 of every 100 right answers: small but real drop
    const cand = base.map((v, i) => (i % 100 === 1 ? 0 : v));
    const loose = withSamples({ 'non-inferiority-margin': 0.03 }, cand, base);
    expect(loose.verdict).toBe('pass');
    const tight = withSamples({ 'non-inferiority-margin': 0.005 }, cand, base);
    expect(tight.verdict).toBe('fail');
    expect(tight.reason).toContain('beyond the non-inferiority margin 0.005');
    const lower = withSamples({ direction: 'lower', 'non-inferiority-margin': 0.005 }, base, cand);
    expect(lower.verdict).toBe('fail');
    expect(lower.reason).toContain('allows a rise');
  });
});

describe('bad input is a clear error', () => {
  it('names a missing metric, the file and the closest name', () => {
    const call = () =>
      evaluateGates({
        gates: [gateSchema.parse({ metric: 'eval.acuracy' })],
        candidate: run({ 'eval.accuracy': 0.9, 'eval.f1': 0.8 }, 'out/metrics.json'),
        baseline: undefined,
        significance,
      });
    expect(call).toThrow(InputError);
    expect(call).toThrow(
      /out\/metrics\.json: metric "eval\.acuracy" not found \(did you mean "eval\.accuracy"\?\)/,
    );
  });

  it('names a metric missing from the baseline', () => {
    expect(() =>
      evaluateGates({
        gates: [gateSchema.parse({ metric: 'f1', 'max-drop': 0.1 })],
        candidate: run({ f1: 0.9 }),
        baseline: run({ acc: 0.9 }, 'baseline/metrics.json'),
        significance,
      }),
    ).toThrow(/baseline\/metrics\.json: metric "f1" not found/);
  });

  it('names mismatched sample ids on each side', () => {
    const cand = run({ m: 1 }, 'candidate.json', '{"id":"a","m":1}\n{"id":"b","m":1}\n{"id":"c","m":1}');
    const base = run({ m: 1 }, 'baseline.json', '{"id":"a","m":1}\n{"id":"b","m":1}\n{"id":"z","m":0}');
    expect(() =>
      evaluateGates({
        gates: [gateSchema.parse({ metric: 'm', 'max-drop': 0.1 })],
        candidate: cand,
        baseline: base,
        significance,
      }),
    ).toThrow(/sample ids differ[\s\S]*only in candidate\.jsonl: "c"[\s\S]*only in baseline\.jsonl: "z"/);
  });

  it('refuses mcnemar on continuous values and an explicit test without samples', () => {
    expect(() => withSamples({ test: 'mcnemar' }, [0.5, 0.2], [0.1, 0.4])).toThrow(/test mcnemar needs 0\/1/);
    expect(() =>
      evaluateGates({
        gates: [gateSchema.parse({ metric: 'm', test: 'bootstrap' })],
        candidate: run({ m: 1 }),
        baseline: run({ m: 1 }),
        significance,
      }),
    ).toThrow(/needs per-sample results/);
  });
});
