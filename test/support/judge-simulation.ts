// Seeded simulation of the judge over a canary rollout: the real judge provider, config defaults,
// look plan and assess(), against an in-process stand-in for Prometheus's query_range that
// evaluates rate()-style windows over simulated per-scrape increments. Thousands of trials cannot
// each start a real Prometheus; the scenario tests cover the real one.
import { deploySection } from '../../src/config/sections/deploy.js';
import { Xoshiro128 } from '../../src/evaluate/prng.js';
import {
  assess,
  compileMetrics,
  isBad,
  type Measurement,
  type MetricRule,
} from '../../src/rollout/analysis.js';
import { judgeProvider } from '../../src/rollout/providers/judge.js';
import type { MeasureContext } from '../../src/rollout/providers/provider.js';
import { lookAt } from '../../src/rollout/sequential.js';

export interface JudgeSimulationOptions {
  trials: number;
  seed: number;
  /** Series the query returns per track (one per endpoint, say). */
  series: number;
  /** Canary mean shift as a fraction of the mean: 0 is an identical canary. */
  effect: number;
  /** `rollout`: every look the default steps plan; `single`: one analysis at the full alpha. */
  looks: 'rollout' | 'single';
  correction?: 'holm' | 'none';
  /** Window of the query's rate() in seconds (the data really overlaps by this much). */
  windowS?: number;
  scrapeS?: number;
  /** Per-scrape coefficient of variation at full traffic; a track with share w has cv/√w. */
  cv?: number;
  /** The metric's `count`: measurements per analysis step (default 1). */
  count?: number;
}

export interface JudgeSimulationResult {
  trials: number;
  rollbacks: number;
  looks: number;
}

const MU = 0.2;
const T0 = 7200;

function normal(rng: Xoshiro128): number {
  const u = (rng.nextU32() + 1) / 2 ** 32;
  const v = rng.nextU32() / 2 ** 32;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export async function simulateJudge(o: JudgeSimulationOptions): Promise<JudgeSimulationResult> {
  const windowS = o.windowS ?? 60;
  const scrapeS = o.scrapeS ?? 15;
  const cv = o.cv ?? 0.1;
  const query = `sum by (endpoint) (rate(latency_seconds_sum{{{selector}}}[${windowS}s])) / sum by (endpoint) (rate(latency_seconds_count{{{selector}}}[${windowS}s]))`;
  const deploy = deploySection.parse({
    analysis: {
      correction: o.correction ?? 'holm',
      metrics: [{ name: 'latency', judge: { query }, ...(o.count ? { count: o.count } : {}) }],
    },
  });
  const rule = compileMetrics(deploy.analysis.metrics, deploy.analysis.interval).rules[0]!;
  const lookbackS = rule.config.judge!.lookback / 1000;
  const steps =
    o.looks === 'single' ? [{ kind: 'analysis' as const, metrics: 'all' as const }] : deploy.steps;

  // The timeline of the steps (no data yet): the weight over time. The canary is taken to have
  // served the first step's share for a whole lookback before the first look (the judge needs
  // that: with less, it sees Nodata and rolls back).
  const firstWeight = steps.find((s) => s.kind === 'setWeight');
  const weights = [{ from: -Infinity, weight: firstWeight?.kind === 'setWeight' ? firstWeight.weight : 50 }];
  let clock = T0;
  for (const s of steps) {
    if (s.kind === 'setWeight') weights.push({ from: clock, weight: s.weight });
    if (s.kind === 'pause') clock += s.durationMs / 1000;
    if (s.kind === 'analysis') clock += ((rule.count ?? 1) - 1) * (rule.intervalMs / 1000);
  }
  const first = Math.floor((T0 - lookbackS - 2 * windowS) / scrapeS);
  const last = Math.ceil(clock / scrapeS) + 1;
  const share = (t: number, track: 'canary' | 'stable') => {
    let w = 0;
    for (const p of weights) if (p.from <= t) w = p.weight;
    if (o.looks === 'single') w = 50;
    const s = track === 'canary' ? w / 100 : 1 - w / 100;
    return Math.min(1, Math.max(0.05, s));
  };

  let rollbacks = 0;
  let looks = 0;
  for (let trial = 0; trial < o.trials; trial++) {
    const rng = new Xoshiro128(o.seed, trial);
    // increments[track][series][j]: the value the rate sees over scrape interval (s_{j-1}, s_j].
    const increments = { canary: [] as Float64Array[], stable: [] as Float64Array[] };
    for (const track of ['canary', 'stable'] as const) {
      for (let k = 0; k < o.series; k++) {
        const a = new Float64Array(last - first + 1);
        for (let j = first; j <= last; j++) {
          const mean = MU * (1 + (track === 'canary' ? o.effect : 0));
          a[j - first] = mean + (cv * MU * normal(rng)) / Math.sqrt(share(j * scrapeS, track));
        }
        increments[track].push(a);
      }
    }
    const rate = (track: 'canary' | 'stable', k: number, t: number) => {
      let sum = 0;
      let n = 0;
      // Samples at s_j in (t − window, t]; rate() uses the increments between them.
      for (let j = Math.floor(t / scrapeS); (j - 1) * scrapeS > t - windowS; j--) {
        sum += increments[track][k]![j - first]!;
        n++;
      }
      return n === 0 ? Number.NaN : sum / n;
    };
    const prometheus = (async (input: string | URL) => {
      const url = new URL(String(input));
      const q = url.searchParams.get('query') ?? '';
      const track = q.includes('-canary"') ? 'canary' : 'stable';
      const start = Number(url.searchParams.get('start'));
      const end = Number(url.searchParams.get('end'));
      const step = Number(url.searchParams.get('step'));
      const result = Array.from({ length: o.series }, (_, k) => {
        const values: [number, string][] = [];
        for (let t = start; t <= end + 1e-9; t += step) values.push([t, String(rate(track, k, t))]);
        return { metric: { endpoint: `e${k}`, deployment: track }, values };
      });
      return new Response(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result } }));
    }) as typeof fetch;

    let now = T0 * 1000;
    let stepIndex = 0;
    let stepStartedAt = now;
    let sofar: Measurement[] = [];
    const ctx: MeasureContext = {
      target: { namespace: 'ml', stable: 'llm', canary: 'llm-canary' },
      prometheus: 'http://prometheus.invalid:9090',
      now: () => now,
      startupDeadlineMs: 600_000,
      canaryPods: async () => [],
      fetch: prometheus,
      look: (m: MetricRule, at: number) => lookAt(steps, stepIndex, m, sofar, stepStartedAt, at),
      correction: deploy.analysis.correction,
    };
    let rolledBack = false;
    for (; stepIndex < steps.length && !rolledBack; stepIndex++) {
      const s = steps[stepIndex]!;
      stepStartedAt = now;
      if (s.kind === 'pause') now += s.durationMs;
      if (s.kind !== 'analysis') continue;
      sofar = [];
      const count = rule.count ?? 1;
      for (;;) {
        const m = await judgeProvider(rule, ctx);
        looks++;
        sofar = [...sofar, m];
        const a = assess(rule, sofar, { count });
        if (isBad(a.phase)) {
          rolledBack = true;
          break;
        }
        if (a.phase === 'Successful') break;
        now += rule.intervalMs;
      }
    }
    if (rolledBack) rollbacks++;
  }
  return { trials: o.trials, rollbacks, looks };
}

/** 95% Wilson score interval of a proportion. */
export function wilson(successes: number, n: number, z = 1.959964): [number, number] {
  if (n === 0) return [0, 1];
  const p = successes / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
