import { describe, expect, it } from 'vitest';
import { gateSchema } from '../../src/config/sections/evaluate.js';
import {
  type BaselineRecord,
  baselineDecision,
  HISTORY_LIMIT,
  nextBaseline,
} from '../../src/evaluate/baseline.js';
import { evaluateGates, type GateRun } from '../../src/evaluate/gate.js';
import { Xoshiro128 } from '../../src/evaluate/prng.js';
import { renderEvaluation } from '../../src/evaluate/render.js';

const significance = { alpha: 0.05, resamples: 1000, seed: 42 };

function run(source: string, correct: Float64Array): GateRun {
  let right = 0;
  for (const v of correct) right += v;
  return {
    source,
    metrics: { accuracy: right / correct.length },
    samples: {
      source: `${source}l`,
      ids: Array.from({ length: correct.length }, (_, i) => `s${i}`),
      values: new Map([['correct', correct]]),
      binary: new Set(['correct']),
    },
  };
}

const gates = [gateSchema.parse({ metric: 'accuracy', 'max-drop': 0.005 })];

describe('the baseline moves only on a passing result from the default branch or a tag', () => {
  const base = Float64Array.from({ length: 2000 }, (_, i) => (i % 10 === 0 ? 0 : 1));
  const decide = (cand: Float64Array, hasBaseline = true, baselineRef = true) =>
    baselineDecision(
      evaluateGates({
        gates,
        candidate: run('candidate.json', cand),
        baseline: hasBaseline ? run('baseline.json', base) : undefined,
        significance,
      }),
      { baselineRef, hasBaseline },
    );

  it('pass records; fail, inconclusive and pull requests do not; the first baseline is recorded', () => {
    expect(decide(base)).toEqual({ record: true, reason: 'the gates passed' });
    expect(decide(base, true, false).record).toBe(false);
    // 12 more wrong of 2000: drop 0.006, over 0.005 but not significantly
    const slightly = base.map((v, i) => (i % 10 === 1 && i < 120 ? 0 : v));
    const r = decide(slightly);
    expect(r.record).toBe(false);
    expect(r.reason).toContain('inconclusive');
    const much = base.map((v, i) => (i % 10 === 1 && i < 1000 ? 0 : v));
    expect(decide(much)).toMatchObject({ record: false, reason: expect.stringContaining('failed') });
    expect(decide(base, false)).toMatchObject({
      record: true,
      reason: expect.stringContaining('first baseline'),
    });
    // a first run that fails an absolute threshold is not recorded either
    const low = evaluateGates({
      gates: [gateSchema.parse({ metric: 'accuracy', min: 0.95, 'max-drop': 0.005 })],
      candidate: run('candidate.json', base),
      baseline: undefined,
      significance,
    });
    expect(baselineDecision(low, { baselineRef: true, hasBaseline: false }).record).toBe(false);
  });

  it('a chain of candidates each truly 1 point worse than the last is not accepted repeatedly', () => {
    // each candidate loses 1 point against the current baseline (3% of answers lost, 2% won);
    // accepted candidates become the baseline the next one is compared with
    const rng = new Xoshiro128(314);
    const u = () => rng.nextU32() / 2 ** 32;
    const chains = 40;
    const steps = 10;
    const n = 2000;
    const losses: number[] = [];
    let accepted = 0;
    let acceptedIfInconclusiveCounted = 0;
    for (let c = 0; c < chains; c++) {
      let baseline = Float64Array.from({ length: n }, () => (u() < 0.9 ? 1 : 0));
      let merged = 0;
      for (let s = 0; s < steps; s++) {
        const p = baseline.reduce((a, v) => a + v, 0) / n;
        const win = 0.02 / (1 - p);
        const lose = (0.01 + 0.02) / p;
        const cand = baseline.map((v) => (v === 1 ? (u() < lose ? 0 : 1) : u() < win ? 1 : 0));
        const report = evaluateGates({
          gates,
          candidate: run('candidate.json', cand),
          baseline: run('baseline.json', baseline),
          significance,
        });
        if (report.verdict !== 'fail') acceptedIfInconclusiveCounted++;
        if (baselineDecision(report, { baselineRef: true, hasBaseline: true }).record) {
          merged++;
          baseline = cand;
        }
      }
      accepted += merged;
      // true loss: 1 point per accepted candidate (the observed loss is smaller: selection)
      losses.push(merged * 0.01);
    }
    losses.sort((a, b) => a - b);
    const median = losses[chains / 2]!;
    // the old rule (anything not failing becomes the baseline) took most of them
    expect(acceptedIfInconclusiveCounted / (chains * steps)).toBeGreaterThan(0.5);
    expect(accepted / (chains * steps)).toBeLessThan(0.25);
    expect(median).toBeLessThanOrEqual(0.02 + 1e-12);
  });
});

describe('baseline drift', () => {
  const point = (i: number, accuracy: number) => ({
    sha: String(i).repeat(40).slice(0, 40),
    createdAt: `2026-01-${String(i).padStart(2, '0')}`,
    metrics: { accuracy },
  });
  const record = (i: number, accuracy: number) => ({
    model: 'm',
    key: `k${i}`,
    modelKey: `mk${i}`,
    ...point(i, accuracy),
  });

  it('the first recorded baseline survives the history cap', () => {
    let b: BaselineRecord | undefined;
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) b = nextBaseline(b, record(i % 10, 0.9 - i / 10_000));
    expect(b!.history).toHaveLength(HISTORY_LIMIT);
    expect(b!.origin).toEqual(point(1, 0.9 - 1 / 10_000));
  });

  it('the comment shows how far the baseline has drifted from the first one', () => {
    const report = evaluateGates({
      gates: [gateSchema.parse({ metric: 'accuracy', 'max-drop': 0.01, test: 'none' })],
      candidate: { source: 'c', metrics: { accuracy: 0.85 } },
      baseline: { source: 'b', metrics: { accuracy: 0.86 } },
      significance,
    });
    const md = renderEvaluation({
      report,
      otherMetrics: {},
      baselineMetrics: { accuracy: 0.86 },
      baselineLabel: 'abc',
      origin: point(1, 0.9),
      history: [point(1, 0.9), point(2, 0.86)],
      current: point(3, 0.85),
      historyLength: 20,
    });
    expect(md).toContain(
      'Baseline drift since the first recorded baseline (1111111, 2026-01-01): <code>accuracy</code> 0.9 → 0.86: -0.04 (-4.444%).',
    );
  });
});
