// Canary judge error rates by seeded simulation (the real provider, config defaults and look plan;
// see test/support/judge-simulation.ts): false rollbacks with an identical canary and stable,
// rate[1m] scraped every 15 s, and the power to catch a real latency regression.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { simulateJudge, wilson } from '../test/support/judge-simulation.js';

interface Row {
  what: string;
  rollbacks: number;
  trials: number;
}

/** Simulates and prints the judge's rates, each with its 95% Wilson interval; returns the rows. */
export async function judgeRates(options: { trials?: number; seed?: number } = {}): Promise<Row[]> {
  const trials = options.trials ?? Number(process.env.JUDGE_TRIALS ?? 2000);
  const seed = options.seed ?? 2026;
  const cases = [
    { what: 'false rollback, one analysis, 1 series', looks: 'single', series: 1, effect: 0 },
    { what: 'false rollback, default rollout (2 looks), 1 series', looks: 'rollout', series: 1, effect: 0 },
    { what: 'false rollback, default rollout (2 looks), 5 series', looks: 'rollout', series: 5, effect: 0 },
    {
      what: 'false rollback, count 10 per step (20 looks), 1 series',
      looks: 'rollout',
      series: 1,
      effect: 0,
      count: 10,
      trials: Math.ceil(trials / 4),
    },
    { what: 'power, +20% latency, default rollout, 1 series', looks: 'rollout', series: 1, effect: 0.2 },
    { what: 'power, +30% latency, default rollout, 1 series', looks: 'rollout', series: 1, effect: 0.3 },
  ] as const;
  const rows: Row[] = [];
  for (const c of cases) {
    const r = await simulateJudge({
      trials: 'trials' in c ? c.trials : trials,
      seed,
      series: c.series,
      effect: c.effect,
      looks: c.looks,
      ...('count' in c ? { count: c.count } : {}),
    });
    rows.push({ what: c.what, rollbacks: r.rollbacks, trials: r.trials });
  }
  const table = [
    ['judge (alpha 0.05, identical canary unless power)', 'rate', '95% interval', 'trials'],
    ...rows.map((r) => {
      const [lo, hi] = wilson(r.rollbacks, r.trials);
      const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
      return [r.what, pct(r.rollbacks / r.trials), `[${pct(lo)}, ${pct(hi)}]`, String(r.trials)];
    }),
  ];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)));
  for (const r of table) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  const rate = (i: number) => (rows[i]!.rollbacks / rows[i]!.trials).toFixed(3);
  console.log(`judge-rates: false_rollback_rollout=${rate(1)} five_series=${rate(2)} power_20pct=${rate(4)}`);
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await judgeRates();
