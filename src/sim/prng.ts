/** mulberry32: a small seeded PRNG so simulated traffic and names repeat run to run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal sample (Box-Muller). */
export function normal(random: () => number): number {
  const u = Math.max(random(), Number.EPSILON);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-normal latency with the given median and 99th percentile (milliseconds). */
export function lognormalMs(random: () => number, p50: number, p99: number): number {
  const mu = Math.log(Math.max(p50, 0.001));
  const sigma = Math.max(0, (Math.log(Math.max(p99, p50, 0.001)) - mu) / 2.3263);
  return Math.exp(mu + sigma * normal(random));
}
