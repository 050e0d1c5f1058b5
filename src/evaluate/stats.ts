import { simdResampleSums } from './bootstrap-kernel.js';
import { TWO_POW_MINUS_32, Xoshiro128 } from './prng.js';

/** Largest sample count the multiply-shift index draw handles exactly (n · 2^32 < 2^53). */
export const MAX_BOOTSTRAP_SAMPLES = 2 ** 21;

export interface BootstrapOptions {
  resamples: number;
  seed: number;
  /** Two-sided confidence level of the interval, e.g. 0.95. */
  confidence: number;
}

export interface BootstrapResult {
  /** Mean of the per-sample deltas (the observed effect). */
  mean: number;
  /** Percentile interval of the resampled means at `confidence`. */
  ci: [number, number];
  /** Two-sided bootstrap p-value for "mean delta is zero": 2·min(P(m ≤ 0), P(m ≥ 0)), with +1 smoothing. */
  pValue: number;
  /** The resampled means, in draw order. */
  means: Float64Array;
  n: number;
  resamples: number;
  seed: number;
}

/**
 * Paired bootstrap (Koehn 2004) of the mean of per-sample deltas (candidate − baseline on the same
 * sample ids). Resample r draws its n indices with replacement from its own xoshiro128** stream
 * `Xoshiro128(seed, r)`, index = floor(u32 · n / 2^32); `resampleIndices` yields the same indices.
 */
export function pairedBootstrap(deltas: Float64Array, options: BootstrapOptions): BootstrapResult {
  const n = deltas.length;
  if (n === 0) throw new RangeError('paired bootstrap needs at least one sample');
  if (n > MAX_BOOTSTRAP_SAMPLES)
    throw new RangeError(`paired bootstrap supports at most ${MAX_BOOTSTRAP_SAMPLES} samples`);
  const resamples = options.resamples;
  const sums =
    simdResampleSums(deltas, resamples, options.seed) ?? scalarResampleSums(deltas, resamples, options.seed);
  const means = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) means[r] = sums[r]! / n;
  let total = 0;
  for (let j = 0; j < n; j++) total += deltas[j]!;
  const sorted = means.slice().sort();
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (let r = 0; r < resamples; r++) {
    const m = means[r]!;
    if (m <= 0) atOrBelow++;
    if (m >= 0) atOrAbove++;
  }
  const tail = (Math.min(atOrBelow, atOrAbove) + 1) / (resamples + 1);
  const alpha = 1 - options.confidence;
  return {
    mean: total / n,
    ci: [percentile(sorted, (alpha / 2) * 100), percentile(sorted, (1 - alpha / 2) * 100)],
    pValue: Math.min(1, 2 * tail),
    means,
    n,
    resamples,
    seed: options.seed,
  };
}

/** The scalar loop the SIMD kernel replaces (and the fallback where WebAssembly SIMD is missing). */
export function scalarResampleSums(deltas: Float64Array, resamples: number, seed: number): Float64Array {
  const n = deltas.length;
  const sums = new Float64Array(resamples);
  const scale = n * TWO_POW_MINUS_32;
  for (let r = 0; r < resamples; r++) {
    const rng = new Xoshiro128(seed, r);
    let s0 = rng.s0;
    let s1 = rng.s1;
    let s2 = rng.s2;
    let s3 = rng.s3;
    let sum = 0;
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
      sum += deltas[(u * scale) | 0]!;
    }
    sums[r] = sum;
  }
  return sums;
}

/** The index stream pairedBootstrap draws: `resamples` rows of `n` indices, row-major. */
export function resampleIndices(n: number, resamples: number, seed: number): Uint32Array {
  const out = new Uint32Array(n * resamples);
  for (let r = 0; r < resamples; r++) {
    const rng = new Xoshiro128(seed, r);
    for (let j = 0; j < n; j++) out[r * n + j] = rng.nextBelow(n);
  }
  return out;
}

/** Percentile of ascending-sorted values with linear interpolation (numpy's default, Hyndman–Fan type 7). */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = ((n - 1) * q) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (h - lo) * (b - a);
}

export interface McNemarResult {
  /** Samples the baseline got right and the candidate wrong. */
  baselineOnly: number;
  /** Samples the candidate got right and the baseline wrong. */
  candidateOnly: number;
  /** Exact two-sided p-value: min(1, 2 · P(X ≤ min(b, c))), X ~ Binomial(b + c, 1/2). */
  pValue: number;
}

/**
 * Exact McNemar test on paired binary outcomes (1 = correct). Only discordant pairs carry
 * information; under H0 each is equally likely to favour either model.
 */
export function mcnemarExact(baseline: ArrayLike<number>, candidate: ArrayLike<number>): McNemarResult {
  let b = 0;
  let c = 0;
  for (let i = 0; i < baseline.length; i++) {
    const x = baseline[i]!;
    const y = candidate[i]!;
    if (x === 1 && y === 0) b++;
    else if (x === 0 && y === 1) c++;
  }
  return { baselineOnly: b, candidateOnly: c, pValue: exactBinomialTwoSided(b, c) };
}

/** min(1, 2 · P(X ≤ min(b, c))) for X ~ Binomial(b + c, 1/2), summed in log space so large counts stay finite. */
export function exactBinomialTwoSided(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  const logHalfN = -n * Math.LN2;
  // log C(n, i) built incrementally: C(n, i) = C(n, i-1) · (n - i + 1) / i
  let logC = 0;
  let maxLog = logHalfN;
  const terms: number[] = [logHalfN];
  for (let i = 1; i <= k; i++) {
    logC += Math.log(n - i + 1) - Math.log(i);
    const term = logC + logHalfN;
    terms.push(term);
    if (term > maxLog) maxLog = term;
  }
  let sum = 0;
  for (const term of terms) sum += Math.exp(term - maxLog);
  const cdf = Math.exp(maxLog) * sum;
  return Math.min(1, 2 * cdf);
}
