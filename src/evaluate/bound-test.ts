import { errorFunction, probit } from 'simple-statistics';
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
 * linear interpolation). A resample is counted by rank instead of sorted: O(n) per resample.
 */
export function percentileBootstrapTester(
  { candidate, baseline }: PairedValues,
  options: { q: number; resamples: number; seed: number; column: string },
): PairedTester {
  const n = candidate.length;
  const c = ranked(candidate);
  const b = ranked(baseline);
  const rankC = c.rank;
  const rankB = b.rank;
  const countsC = new Uint32Array(n);
  const countsB = new Uint32Array(n);
  const h = ((n - 1) * options.q) / 100;
  const scale = n * TWO_POW_MINUS_32;
  const deltas = new Float64Array(options.resamples);
  for (let r = 0; r < options.resamples; r++) {
    const rng = new Xoshiro128(options.seed, r);
    let { s0, s1, s2, s3 } = rng;
    countsC.fill(0);
    countsB.fill(0);
    for (let j = 0; j < n; j++) {
      // xoshiro128** step, inlined (see Xoshiro128.nextU32)
      const m = Math.imul(s1, 5);
      const u = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const k = (u * scale) | 0;
      countsC[rankC[k]!]!++;
      countsB[rankB[k]!]!++;
    }
    deltas[r] = countedPercentile(countsC, c.sorted, h) - countedPercentile(countsB, b.sorted, h);
  }
  const cq = percentile(c.sorted, options.q);
  const bq = percentile(b.sorted, options.q);
  return bootstrapTester(deltas, {
    statistic: `p${options.q} of ${options.column}`,
    n,
    candidate: cq,
    baseline: bq,
    delta: cq - bq,
  });
}

/** The values sorted, and each sample's position in that order. */
function ranked(values: Float64Array): { sorted: Float64Array; rank: Uint32Array } {
  const order = Array.from(values.keys()).sort((x, y) => values[x]! - values[y]!);
  const sorted = new Float64Array(values.length);
  const rank = new Uint32Array(values.length);
  order.forEach((k, i) => {
    sorted[i] = values[k]!;
    rank[k] = i;
  });
  return { sorted, rank };
}

/** Linear-interpolated order statistic at fractional position h of a resample given as counts per rank. */
function countedPercentile(counts: Uint32Array, sorted: Float64Array, h: number): number {
  const n = counts.length;
  const lo = Math.floor(h);
  // walk from the top for high percentiles: the positions lo and lo + 1 counted from the end
  let seen = 0;
  let a = Number.NaN;
  let above = Number.NaN;
  for (let i = n - 1; i >= 0; i--) {
    const k = counts[i]!;
    if (k === 0) continue;
    const first = n - seen - k; // positions [first, n − seen) hold sorted[i]
    if (Number.isNaN(above) && lo + 1 < n && lo + 1 >= first) above = sorted[i]!;
    if (lo >= first) {
      a = sorted[i]!;
      break;
    }
    seen += k;
  }
  if (h === lo || lo + 1 >= n) return a;
  return a + (h - lo) * (above - a);
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

function mean(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}
