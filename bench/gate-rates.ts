// Simulated error rates of the evaluation gate with the default settings (alpha 0.05, test auto,
// Holm): false fails under the null and at the bound, power at twice the bound, each with its
// Wilson 95% interval. Called by bench/gate.ts; the gate's decision per bound is the one of
// src/evaluate/gate.ts: the observed change is over the bound and its one-sided p < level.
import { probit } from 'simple-statistics';
import {
  meanBootstrapTester,
  type PairedTester,
  pairedProportionTester,
  percentileBootstrapTester,
  type Side,
} from '../src/evaluate/bound-test.js';
import { assignLevels } from '../src/evaluate/gate.js';
import { Xoshiro128 } from '../src/evaluate/prng.js';

const ALPHA = 0.05;
const LEVEL = ALPHA / 2;

export interface RateRow {
  scenario: string;
  truth: string;
  trials: number;
  rate: number;
  interval: [number, number];
}

/** Wilson score interval for a binomial proportion. */
export function wilson(successes: number, trials: number, confidence = 0.95): [number, number] {
  const z = probit(1 - (1 - confidence) / 2);
  const p = successes / trials;
  const d = 1 + (z * z) / trials;
  const centre = (p + (z * z) / (2 * trials)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + (z * z) / (4 * trials * trials))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function fails(tester: PairedTester, side: Side, allowed: number, level = LEVEL): boolean {
  const observed = side === 'drop' ? tester.baseline - tester.candidate : tester.candidate - tester.baseline;
  return observed > allowed && tester.pValue(side, allowed) < level;
}

/** Accuracy: 0/1 per sample, baseline 90% right, 2% of answers flip each way plus the true drop. */
function correctness(rng: Xoshiro128, n: number, drop: number) {
  const baseline = new Float64Array(n);
  const candidate = new Float64Array(n);
  const deltas = new Float64Array(n);
  const lose = (0.02 + drop) / 0.9;
  for (let i = 0; i < n; i++) {
    const b = rng.nextU32() < 0.9 * 2 ** 32 ? 1 : 0;
    const v = rng.nextU32() / 2 ** 32;
    const c = b === 1 ? (v < lose ? 0 : 1) : v < 0.2 ? 1 : 0;
    baseline[i] = b;
    candidate[i] = c;
    deltas[i] = c - b;
  }
  return { baseline, candidate, deltas };
}

function uniform(rng: Xoshiro128): number {
  return rng.nextU32() / 2 ** 32;
}

function row(scenario: string, truth: string, trials: number, hits: number): RateRow {
  return { scenario, truth, trials, rate: hits / trials, interval: wilson(hits, trials) };
}

export function simulateGateRates(scale = 1): RateRow[] {
  const rows: RateRow[] = [];
  const rng = new Xoshiro128(20_261_203);

  // 1. accuracy, max-drop 0.005, 20,000 samples: paired-proportion score test
  {
    const n = 20_000;
    const bound = 0.005;
    const trials = Math.round(4000 * scale);
    for (const [truth, drop] of [
      ['null (no change)', 0],
      ['at the bound', bound],
      ['2× the bound', 2 * bound],
    ] as const) {
      let hits = 0;
      for (let t = 0; t < trials; t++) {
        const tester = pairedProportionTester(correctness(rng, n, drop), { exact: false, column: 'correct' });
        if (fails(tester, 'drop', bound)) hits++;
      }
      rows.push(row('accuracy (0/1), n=20000, max-drop 0.005', truth, trials, hits));
    }
  }

  // 2. a continuous per-sample metric (mean F1), max-drop 0.005, 1,000 samples: paired bootstrap
  {
    const n = 1000;
    const bound = 0.005;
    const trials = Math.round(600 * scale);
    for (const [truth, drop] of [
      ['null (no change)', 0],
      ['at the bound', bound],
      ['2× the bound', 2 * bound],
    ] as const) {
      let hits = 0;
      for (let t = 0; t < trials; t++) {
        const base = new Float64Array(n);
        const cand = new Float64Array(n);
        const deltas = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          base[i] = uniform(rng);
          cand[i] = base[i]! - drop + (uniform(rng) - 0.5) * 0.2;
          deltas[i] = cand[i]! - base[i]!;
        }
        const tester = meanBootstrapTester(
          { baseline: base, candidate: cand, deltas },
          { resamples: 1000, seed: t, column: 'f1' },
        );
        if (fails(tester, 'drop', bound)) hits++;
      }
      rows.push(row('mean f1, n=1000, max-drop 0.005 (1k resamples)', truth, trials, hits));
    }
  }

  // 3. p95 latency, max-rise 10%, 1,000 samples: paired bootstrap of the percentile
  {
    const n = 1000;
    const trials = Math.round(400 * scale);
    for (const [truth, rise] of [
      ['null (no change)', 0],
      ['at the bound', 0.1],
      ['2× the bound', 0.2],
    ] as const) {
      let hits = 0;
      for (let t = 0; t < trials; t++) {
        const baseline = new Float64Array(n);
        const candidate = new Float64Array(n);
        const deltas = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const work = 40 * (0.8 + 0.4 * uniform(rng));
          baseline[i] = work * (1 + 0.1 * (uniform(rng) - 0.5));
          candidate[i] = work * (1 + rise) * (1 + 0.1 * (uniform(rng) - 0.5));
          deltas[i] = candidate[i]! - baseline[i]!;
        }
        const tester = percentileBootstrapTester(
          { baseline, candidate, deltas },
          { q: 95, resamples: 1000, seed: t, column: 'latency_ms' },
        );
        if (fails(tester, 'rise', 0.1 * Math.abs(tester.baseline))) hits++;
      }
      rows.push(row('p95 latency_ms, n=1000, max-rise 10% (1k resamples)', truth, trials, hits));
    }
  }

  // 4. 5 and 10 accuracy gates all at their bound: any false fail, with Holm and without
  {
    const n = 2000;
    const bound = 0.005;
    const trials = Math.round(1500 * scale);
    for (const gates of [5, 10]) {
      let holm = 0;
      let plain = 0;
      for (let t = 0; t < trials; t++) {
        const tests = Array.from({ length: gates }, () => {
          const tester = pairedProportionTester(correctness(rng, n, bound), {
            exact: false,
            column: 'correct',
          });
          return { tester, pValue: tester.pValue('drop', bound), level: undefined as number | undefined };
        });
        if (tests.some((x) => fails(x.tester, 'drop', bound))) plain++;
        assignLevels(tests, LEVEL, true);
        if (tests.some((x) => fails(x.tester, 'drop', bound, x.level!))) holm++;
      }
      rows.push(row(`${gates} accuracy gates at their bound, n=2000, Holm`, 'any gate fails', trials, holm));
      rows.push(
        row(`${gates} accuracy gates at their bound, n=2000, no correction`, 'any gate fails', trials, plain),
      );
    }
  }
  return rows;
}

export function formatRates(rows: RateRow[]): string[] {
  const table = [
    ['scenario', 'true change', 'trials', 'fail rate', '95% interval (Wilson)'],
    ...rows.map((r) => [
      r.scenario,
      r.truth,
      String(r.trials),
      r.rate.toFixed(4),
      `[${r.interval[0].toFixed(4)}, ${r.interval[1].toFixed(4)}]`,
    ]),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  return table.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
}
