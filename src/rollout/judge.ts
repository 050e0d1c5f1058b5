import { mean, median } from 'simple-statistics';
import { mannWhitney } from './mann-whitney.js';

export type Direction = 'higher-is-worse' | 'lower-is-worse' | 'either';
export type Correction = 'holm' | 'none';

export type Classification = 'Pass' | 'High' | 'Low' | 'Nodata';

export interface SeriesJudgement {
  label: string;
  classification: Classification;
  canaryMedian?: number;
  baselineMedian?: number;
  /** canary mean / baseline mean (Kayenta's meanRatio effect size); NaN when the baseline mean is 0. */
  ratio?: number;
  /** p-value of the test in the bad direction (one-sided; two-sided for `either`). */
  p?: number;
  /** The level p was held to after the correction across series. */
  level?: number;
  /** The smallest p these sample sizes allow (no ties): 1/C(n1+n2, n1), doubled for `either`. */
  smallestP?: number;
  method?: 'exact' | 'normal';
  samples: { canary: number; baseline: number };
}

export interface JudgeOptions {
  direction: Direction;
  /** The level of this analysis across all its series (already the share of a sequential budget). */
  alpha: number;
  passScore: number;
  marginalScore: number;
  /** Fewer samples than this on either side is Nodata. */
  minSamples?: number;
  /** Family-wise control across series; default holm. */
  correction?: Correction;
}

export interface Judgement {
  /** Kayenta's score: Pass / (Pass + High + Low + Nodata) × 100. */
  score: number;
  verdict: 'pass' | 'marginal' | 'fail';
  series: SeriesJudgement[];
}

interface Tested {
  judgement: SeriesJudgement;
  /** p in the bad direction, and in the other one (shown, never counted). */
  bad: number;
  good: number;
  badClass: 'High' | 'Low';
}

function test(
  label: string,
  canary: readonly number[],
  baseline: readonly number[],
  options: Pick<JudgeOptions, 'direction' | 'minSamples'>,
): Tested | SeriesJudgement {
  const c = canary.filter(Number.isFinite);
  const b = baseline.filter(Number.isFinite);
  const samples = { canary: c.length, baseline: b.length };
  if (c.length < (options.minSamples ?? 3) || b.length < (options.minSamples ?? 3)) {
    return { label, classification: 'Nodata', samples };
  }
  const mw = mannWhitney(c, b);
  const bMean = mean(b);
  const judgement: SeriesJudgement = {
    label,
    classification: 'Pass',
    canaryMedian: median(c),
    baselineMedian: median(b),
    ratio: bMean === 0 ? Number.NaN : mean(c) / bMean,
    method: mw.method,
    smallestP: Math.min(
      1,
      (options.direction === 'either' ? 2 : 1) / binomial(c.length + b.length, c.length),
    ),
    samples,
  };
  switch (options.direction) {
    case 'higher-is-worse':
      return { judgement, bad: mw.pGreater, good: mw.pLess, badClass: 'High' };
    case 'lower-is-worse':
      return { judgement, bad: mw.pLess, good: mw.pGreater, badClass: 'Low' };
    case 'either':
      return { judgement, bad: mw.p, good: 1, badClass: mw.pGreater <= mw.pLess ? 'High' : 'Low' };
  }
}

/**
 * Kayenta-style judgement over series pairs. Each series is a Mann-Whitney test in the bad direction
 * (one-sided; two-sided for `either`), the series held together to `alpha` by Holm's step-down
 * (or each at `alpha` with `correction: none`); a series that moved the bad way is High or Low,
 * one that moved significantly the good way is shown High or Low but counts as a pass. Nodata
 * counts against the score.
 */
export function judge(
  pairs: readonly { label: string; canary: readonly number[]; baseline: readonly number[] }[],
  options: JudgeOptions,
): Judgement {
  const results = pairs.map((p) => test(p.label, p.canary, p.baseline, options));
  const tested = results.filter((r): r is Tested => 'judgement' in r);
  const m = tested.length;
  const holm = (options.correction ?? 'holm') === 'holm';
  // Holm: the i-th smallest p (0-based) is held to alpha/(m − i) until the first that misses.
  const order = [...tested].sort((a, b) => a.bad - b.bad);
  let stopped = false;
  order.forEach((t, i) => {
    const level = holm ? options.alpha / (m - i) : options.alpha;
    t.judgement.p = t.bad;
    t.judgement.level = level;
    const rejected = !stopped && t.bad <= level;
    if (holm && !rejected) stopped = true;
    if (rejected) t.judgement.classification = t.badClass;
    else if (t.good <= level) t.judgement.classification = t.badClass === 'High' ? 'Low' : 'High';
  });
  const series = results.map((r) => ('judgement' in r ? r.judgement : r));
  const bad = (s: SeriesJudgement) =>
    s.classification === 'Nodata' ||
    (s.classification === 'High' && options.direction !== 'lower-is-worse') ||
    (s.classification === 'Low' && options.direction !== 'higher-is-worse');
  const passed = series.filter((s) => !bad(s)).length;
  const score = series.length === 0 ? 0 : (100 * passed) / series.length;
  const verdict = score >= options.passScore ? 'pass' : score >= options.marginalScore ? 'marginal' : 'fail';
  return { score, verdict, series };
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
