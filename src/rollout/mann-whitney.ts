import { errorFunction } from 'simple-statistics';

/** Up to this many samples in all, p-values come from the exact permutation distribution. */
export const EXACT_MAX_SAMPLES = 60;

export interface MannWhitney {
  /** U statistic of the first (canary) sample: pairs where it is larger, ties counting ½. */
  u: number;
  /** P(U ≥ u) under H0: the first sample tends to be larger. */
  pGreater: number;
  /** P(U ≤ u) under H0: the first sample tends to be smaller. */
  pLess: number;
  /** Two-sided: min(1, 2·min(pGreater, pLess)), as scipy's mannwhitneyu. */
  p: number;
  method: 'exact' | 'normal';
}

/**
 * Mann-Whitney U (Wilcoxon rank-sum) with average ranks for ties. Up to EXACT_MAX_SAMPLES in all,
 * the p-values are exact: the distribution of the rank sum over all C(n, n1) equally likely ways to
 * split the pooled ranks, given their tie structure (a count of subsets by doubled rank sum, so
 * midranks stay integers). Above that, the normal approximation with the tie-corrected variance
 * n1·n2/12·((n+1) − Σ(t³−t)/(n(n−1))) and a 0.5 continuity correction.
 */
export function mannWhitney(first: readonly number[], second: readonly number[]): MannWhitney {
  const n1 = first.length;
  const n2 = second.length;
  const n = n1 + n2;
  const all = [...first.map((v) => ({ v, c: true })), ...second.map((v) => ({ v, c: false }))].sort(
    (a, b) => a.v - b.v,
  );
  // Doubled midranks: (i + j + 2) for a tie run from index i to j.
  const doubled: number[] = new Array(n);
  let rank2Sum = 0;
  let tieTerm = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && all[j + 1]!.v === all[i]!.v) j++;
    const t = j - i + 1;
    tieTerm += t * t * t - t;
    for (let k = i; k <= j; k++) {
      doubled[k] = i + j + 2;
      if (all[k]!.c) rank2Sum += i + j + 2;
    }
    i = j + 1;
  }
  const u = rank2Sum / 2 - (n1 * (n1 + 1)) / 2;
  if (n1 === 0 || n2 === 0) return { u, pGreater: 1, pLess: 1, p: 1, method: 'exact' };
  if (n <= EXACT_MAX_SAMPLES) {
    const { pGreater, pLess } = exactTails(doubled, n1, rank2Sum);
    return { u, pGreater, pLess, p: Math.min(1, 2 * Math.min(pGreater, pLess)), method: 'exact' };
  }
  const mu = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (!(variance > 0)) return { u, pGreater: 1, pLess: 1, p: 1, method: 'normal' };
  const sd = Math.sqrt(variance);
  const pGreater = Math.min(1, 1 - normalCdf((u - mu - 0.5) / sd));
  const pLess = Math.min(1, normalCdf((u - mu + 0.5) / sd));
  return { u, pGreater, pLess, p: Math.min(1, 2 * Math.min(pGreater, pLess)), method: 'normal' };
}

/**
 * P(S ≥ s) and P(S ≤ s) where S is the doubled rank sum of n1 items drawn without replacement from
 * `doubled`: ways[k][s] counts k-subsets with sum s, built one item at a time (O(n · n1 · Σranks)).
 */
function exactTails(
  doubled: readonly number[],
  n1: number,
  observed: number,
): { pGreater: number; pLess: number } {
  const maxSum = doubled.reduce((a, b) => a + b, 0);
  const ways = Array.from({ length: n1 + 1 }, () => new Float64Array(maxSum + 1));
  ways[0]![0] = 1;
  let reach = 0;
  for (let i = 0; i < doubled.length; i++) {
    const r = doubled[i]!;
    reach += r;
    for (let k = Math.min(i + 1, n1); k >= 1; k--) {
      const from = ways[k - 1]!;
      const to = ways[k]!;
      for (let s = reach; s >= r; s--) to[s] = to[s]! + from[s - r]!;
    }
  }
  const dist = ways[n1]!;
  let total = 0;
  let atLeast = 0;
  let atMost = 0;
  for (let s = 0; s <= maxSum; s++) {
    const w = dist[s]!;
    if (w === 0) continue;
    total += w;
    if (s >= observed) atLeast += w;
    if (s <= observed) atMost += w;
  }
  return { pGreater: atLeast / total, pLess: atMost / total };
}

function normalCdf(x: number): number {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}
