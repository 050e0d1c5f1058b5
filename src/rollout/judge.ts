import { errorFunction, mean, median } from 'simple-statistics';

export type Direction = 'higher-is-worse' | 'lower-is-worse' | 'either';

export interface MannWhitney {
  /** U statistic of the canary sample. */
  u: number;
  z: number;
  /** Two-sided p-value from the normal approximation with tie correction and continuity correction. */
  p: number;
}

/**
 * Mann-Whitney U (Wilcoxon rank-sum) with the normal approximation: average ranks for ties, the
 * tie-corrected variance n1·n2/12·((n+1) − Σ(t³−t)/(n(n−1))), and a 0.5 continuity correction.
 */
export function mannWhitney(canary: readonly number[], baseline: readonly number[]): MannWhitney {
  const n1 = canary.length;
  const n2 = baseline.length;
  const all = [...canary.map((v) => ({ v, c: true })), ...baseline.map((v) => ({ v, c: false }))].sort(
    (a, b) => a.v - b.v,
  );
  const n = all.length;
  let rankSum = 0;
  let tieTerm = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && all[j + 1]!.v === all[i]!.v) j++;
    const rank = (i + j + 2) / 2;
    const t = j - i + 1;
    tieTerm += t * t * t - t;
    for (let k = i; k <= j; k++) if (all[k]!.c) rankSum += rank;
    i = j + 1;
  }
  const u = rankSum - (n1 * (n1 + 1)) / 2;
  const mu = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(variance > 0)) return { u, z: 0, p: 1 };
  const diff = u - mu;
  const z = diff === 0 ? 0 : (diff - Math.sign(diff) * 0.5) / Math.sqrt(variance);
  const p = Math.min(1, 2 * (1 - normalCdf(Math.abs(z))));
  return { u, z, p };
}

function normalCdf(x: number): number {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}

export type Classification = 'Pass' | 'High' | 'Low' | 'Nodata';

export interface SeriesJudgement {
  label: string;
  classification: Classification;
  canaryMedian?: number;
  baselineMedian?: number;
  /** canary mean / baseline mean (Kayenta's meanRatio effect size); NaN when the baseline mean is 0. */
  ratio?: number;
  p?: number;
  samples: { canary: number; baseline: number };
}

export interface JudgeOptions {
  direction: Direction;
  alpha: number;
  passScore: number;
  marginalScore: number;
  /** Fewer samples than this on either side is Nodata. */
  minSamples?: number;
}

export interface Judgement {
  /** Kayenta's score: Pass / (Pass + High + Low + Nodata) × 100. */
  score: number;
  verdict: 'pass' | 'marginal' | 'fail';
  series: SeriesJudgement[];
}

/** One series pair: High when the canary is significantly above the baseline, Low when below. */
export function classify(
  label: string,
  canary: readonly number[],
  baseline: readonly number[],
  options: Pick<JudgeOptions, 'alpha' | 'minSamples'>,
): SeriesJudgement {
  const c = canary.filter(Number.isFinite);
  const b = baseline.filter(Number.isFinite);
  const samples = { canary: c.length, baseline: b.length };
  if (c.length < (options.minSamples ?? 3) || b.length < (options.minSamples ?? 3)) {
    return { label, classification: 'Nodata', samples };
  }
  const test = mannWhitney(c, b);
  const cm = median(c);
  const bm = median(b);
  const bMean = mean(b);
  const ratio = bMean === 0 ? Number.NaN : mean(c) / bMean;
  const significant = test.p < options.alpha;
  // The direction of a significant shift: U above its mean means canary values rank higher.
  const classification: Classification = !significant
    ? 'Pass'
    : test.u > (c.length * b.length) / 2
      ? 'High'
      : 'Low';
  return { label, classification, canaryMedian: cm, baselineMedian: bm, ratio, p: test.p, samples };
}

/**
 * Kayenta-style judgement over series pairs: a series fails when it moved in the bad direction
 * (High for higher-is-worse, Low for lower-is-worse, either for either); Nodata counts against.
 */
export function judge(
  pairs: readonly { label: string; canary: readonly number[]; baseline: readonly number[] }[],
  options: JudgeOptions,
): Judgement {
  const series = pairs.map((p) => classify(p.label, p.canary, p.baseline, options));
  const bad = (s: SeriesJudgement) =>
    s.classification === 'Nodata' ||
    (s.classification === 'High' && options.direction !== 'lower-is-worse') ||
    (s.classification === 'Low' && options.direction !== 'higher-is-worse');
  const passed = series.filter((s) => !bad(s)).length;
  const score = series.length === 0 ? 0 : (100 * passed) / series.length;
  const verdict = score >= options.passScore ? 'pass' : score >= options.marginalScore ? 'marginal' : 'fail';
  return { score, verdict, series };
}
