import { errorFunction, probit, quickselect } from 'simple-statistics';
import { TWO_POW_MINUS_32, Xoshiro128 } from './prng.js';
import { exactBinomialTwoSided, pairedBootstrap, percentile } from './stats.js';

// One-sided tests of "the change goes beyond the allowed amount" on paired samples. A side is
// `drop` (baseline − candidate) or `rise` (candidate − baseline); `allowed` is the bound on it.
// Every tester also gives the two-sided interval of candidate − baseline that the same test
// inverts, so the table's CI and the verdict cannot disagree.

export type Side = 'drop' | 'rise';

/** Per-sample values of both models on the same ids, and candidate − baseline per id. */
export interface PairedValues {
  candidate: Float64Array;
  baseline: Float64Array;
  deltas: Float64Array;
}

export interface PairedTester {
  kind: 'score' | 'mcnemar' | 'bootstrap';
  /** What is compared, e.g. "mean of correct" or "p95 of latency_ms". */
  statistic: string;
  n: number;
  /** The statistic on each side and candidate − baseline, from the samples. */
  candidate: number;
  baseline: number;
  delta: number;
  /** One-sided p-value of H0 "change on `side` ≤ allowed" against "change > allowed". */
  pValue(side: Side, allowed: number): number;
  /** Two-sided interval of candidate − baseline whose each end is a one-sided (1 − confidence)/2 test. */
  interval(confidence: number): [number, number];
}

/** Upper tail of the standard normal. */
export function normalUpper(z: number): number {
  if (Number.isNaN(z)) return 1;
  return Math.min(1, Math.max(0, 0.5 * (1 - errorFunction(z / Math.SQRT2))));
}

/**
 * Tango's (1998) score statistic for the paired difference of proportions δ = (worse − better)/n
 * at δ0, with the restricted maximum-likelihood variance. `worse`: pairs that went 1 → 0 in the
 * bounded direction, `better`: 0 → 1. At δ0 = 0 it is McNemar's z = (worse − better)/√(worse + better).
 */
export function tangoScore(worse: number, better: number, n: number, delta0: number): number {
  const a = 2 * n;
  const b = -worse - better + (2 * n - worse + better) * delta0;
  const c = -better * delta0 * (1 - delta0);
  const q = (Math.sqrt(Math.max(0, b * b - 4 * a * c)) - b) / (2 * a);
  const numerator = worse - better - n * delta0;
  const variance = n * (2 * q + delta0 * (1 - delta0));
  if (!(variance > 0)) return numerator === 0 ? 0 : numerator > 0 ? Infinity : -Infinity;
  return numerator / Math.sqrt(variance);
}

/** The δ0 where Tango's score equals z (the score is decreasing in δ0), by bisection on (−1, 1). */
function tangoBound(worse: number, better: number, n: number, z: number): number {
  let lo = -1;
  let hi = 1;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (tangoScore(worse, better, n, mid) > z) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** P(X ≤ k), X ~ Binomial(n, 1/2), through the exact two-sided McNemar routine. */
function binomialHalfCdf(k: number, n: number): number {
  if (k < 0) return 0;
  if (2 * k >= n) return 1 - binomialHalfCdf(n - k - 1, n);
  return exactBinomialTwoSided(k, n - k) / 2;
}

/**
 * Paired 0/1 values: the score test of the difference of proportions against the bound (and its
 * score interval); against a zero bound with `exact`, the exact one-sided McNemar test.
 */
export function pairedProportionTester(
  paired: PairedValues,
  options: { exact: boolean; column: string },
): PairedTester {
  const { deltas } = paired;
  let up = 0;
  let down = 0;
  for (let i = 0; i < deltas.length; i++) {
    if (deltas[i]! > 0) up++;
    else if (deltas[i]! < 0) down++;
  }
  const n = deltas.length;
  const counts = (side: Side) => (side === 'drop' ? [down, up] : [up, down]) as [number, number];
  return {
    kind: options.exact ? 'mcnemar' : 'score',
    statistic: `mean of ${options.column}`,
    n,
    candidate: mean(paired.candidate),
    baseline: mean(paired.baseline),
    delta: (up - down) / n,
    pValue(side, allowed) {
      const [worse, better] = counts(side);
      if (options.exact && allowed === 0) return binomialHalfCdf(better, worse + better);
      return normalUpper(tangoScore(worse, better, n, allowed));
    },
    interval(confidence) {
      const z = probit(1 - (1 - confidence) / 2);
      // interval of the rise (up − down)/n, which is candidate − baseline
      return [tangoBound(up, down, n, z), tangoBound(up, down, n, -z)];
    },
  };
}

/** Paired bootstrap of the mean delta (the SIMD kernel of stats.ts). */
export function meanBootstrapTester(
  paired: PairedValues,
  options: { resamples: number; seed: number; column: string },
): PairedTester {
  const boot = pairedBootstrap(paired.deltas, {
    resamples: options.resamples,
    seed: options.seed,
    confidence: 0.95,
  });
  return bootstrapTester(boot.means, {
    statistic: `mean of ${options.column}`,
    n: boot.n,
    candidate: mean(paired.candidate),
    baseline: mean(paired.baseline),
    delta: boot.mean,
  });
}

/**
 * Paired bootstrap of a percentile: resample r draws the same sample ids for both models (its own
 * xoshiro128** stream, as in stats.ts) and takes the difference of their q-th percentiles (numpy's
 * linear interpolation).
 */
export function percentileBootstrapTester(
  { candidate, baseline }: PairedValues,
  options: { q: number; resamples: number; seed: number; column: string },
): PairedTester {
  const n = candidate.length;
  const c = new Float64Array(n);
  const b = new Float64Array(n);
  const scale = n * TWO_POW_MINUS_32;
  const deltas = new Float64Array(options.resamples);
  for (let r = 0; r < options.resamples; r++) {
    const rng = new Xoshiro128(options.seed, r);
    for (let j = 0; j < n; j++) {
      const k = (rng.nextU32() * scale) | 0;
      c[j] = candidate[k]!;
      b[j] = baseline[k]!;
    }
    deltas[r] = selectPercentile(c, options.q) - selectPercentile(b, options.q);
  }
  const cs = candidate.slice().sort();
  const bs = baseline.slice().sort();
  const cq = percentile(cs, options.q);
  const bq = percentile(bs, options.q);
  return bootstrapTester(deltas, {
    statistic: `p${options.q} of ${options.column}`,
    n,
    candidate: cq,
    baseline: bq,
    delta: cq - bq,
  });
}

function bootstrapTester(
  replicates: Float64Array,
  fields: Pick<PairedTester, 'statistic' | 'n' | 'candidate' | 'baseline' | 'delta'>,
): PairedTester {
  const sorted = replicates.slice().sort();
  const r = sorted.length;
  return {
    kind: 'bootstrap',
    ...fields,
    pValue(side, allowed) {
      // share of resamples whose change is within the bound, +1 smoothed
      let within = 0;
      for (let i = 0; i < r; i++) {
        const change = side === 'drop' ? -sorted[i]! : sorted[i]!;
        if (change <= allowed) within++;
      }
      return Math.min(1, (within + 1) / (r + 1));
    },
    interval(confidence) {
      const tail = ((1 - confidence) / 2) * 100;
      return [percentile(sorted, tail), percentile(sorted, 100 - tail)];
    },
  };
}

/** q-th percentile (linear interpolation) of `values`, reordering them in place. */
function selectPercentile(values: Float64Array, q: number): number {
  const h = ((values.length - 1) * q) / 100;
  const lo = Math.floor(h);
  const arr = values as unknown as number[];
  quickselect(arr, lo);
  const a = values[lo]!;
  if (h === lo) return a;
  let next = Infinity;
  for (let i = lo + 1; i < values.length; i++) if (values[i]! < next) next = values[i]!;
  return a + (h - lo) * (next - a);
}

function mean(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}
