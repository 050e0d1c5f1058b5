import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploySection } from '../../src/config/sections/deploy.js';
import { compileMetrics } from '../../src/rollout/analysis.js';
import { judge } from '../../src/rollout/judge.js';
import { mannWhitney } from '../../src/rollout/mann-whitney.js';
import { judgeStepMs, queryWindowMs } from '../../src/rollout/promql-window.js';
import { judgeProvider } from '../../src/rollout/providers/judge.js';
import { lookAlpha, lookAt, obrienFlemingSpent, plannedLooks } from '../../src/rollout/sequential.js';
import { simulateJudge } from '../support/judge-simulation.js';
import { prometheusComponent, startPrometheus, type TestPrometheus } from '../support/prometheus.js';

describe('the window of a PromQL query', () => {
  it.each([
    ['sum(rate(x{a="b"}[1m]))', 60_000],
    ['rate(x[5m]) / rate(y[1m])', 300_000],
    ['histogram_quantile(0.95, sum by (le) (rate(b[2m] offset 1h)))', 120_000],
    ['max_over_time(rate(x[1m])[5m:30s])', 360_000],
    ['avg_over_time(x[1h30m])', 5_400_000],
    ['rate(x[90])', 90_000],
    ['rate(x{path="[10m]"}[30s])', 30_000],
    ['rate(x{path=~"a\\"[10m]"}[500ms])', 500],
    ['job:latency:avg5m{{{selector}}}', undefined],
    ['x[', undefined],
  ])('%s reaches back %s ms', (query, window) => {
    expect(queryWindowMs(query)).toBe(window);
  });

  it('any text gives a window or none, never a throw', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('[', ']', ':', '"', "'", '\\', '1', 'm', 's', 'x', '(', ' ', '#', '\n'),
        }),
        (q) => {
          const w = queryWindowMs(q);
          expect(w === undefined || (Number.isFinite(w) && w >= 0)).toBe(true);
        },
      ),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('a long hostile query is read in one pass', () => {
    expect(queryWindowMs('['.repeat(200_000))).toBeUndefined();
    expect(queryWindowMs(`${'[1m'.repeat(100_000)}]`)).toBe(60_000);
  });

  it('samples are spaced by at least the window; a declared window wins', () => {
    expect(judgeStepMs({ query: 'rate(x[1m])', stepMs: 15_000 })).toBe(60_000);
    expect(judgeStepMs({ query: 'rate(x[10s])', stepMs: 15_000 })).toBe(15_000);
    expect(judgeStepMs({ query: 'job:x:rate5m', stepMs: 15_000, windowMs: 300_000 })).toBe(300_000);
    expect(judgeStepMs({ query: 'job:x:rate5m', stepMs: 15_000 })).toBe(15_000);
  });
});

describe.skipIf(!prometheusComponent().available)('judge provider against a real Prometheus', () => {
  let prom: TestPrometheus;
  beforeAll(async () => {
    prom = await startPrometheus([]);
  });
  afterAll(async () => {
    await prom?.close();
  });

  it('asks for one sample per query window, and spends the look its share of alpha', async () => {
    const steps: string[] = [];
    const deploy = deploySection.parse({
      analysis: {
        metrics: [
          {
            name: 'lat',
            judge: { query: 'sum(rate(nothing{{{selector}}}[1m])) or vector(1)', lookback: '5m' },
          },
        ],
      },
    });
    const rule = compileMetrics(deploy.analysis.metrics, deploy.analysis.interval).rules[0]!;
    const m = await judgeProvider(rule, {
      target: { namespace: 'ml', stable: 'llm', canary: 'llm-canary' },
      prometheus: prom.url,
      now: () => Date.now(),
      startupDeadlineMs: 1000,
      canaryPods: async () => [],
      fetch: (async (input: string | URL, init?: RequestInit) => {
        steps.push(new URL(String(input)).searchParams.get('step')!);
        return fetch(input, init);
      }) as typeof fetch,
      look: (metric) => lookAt(deploy.steps, 2, metric, [], 0, 0),
    });
    expect(steps).toEqual(['60', '60']);
    expect(m.phase).toBe('Successful');
    // 5 minutes at one sample a minute, both ends included; the first of the default rollout's two looks.
    expect(m.message).toMatch(/6\/6 samples/);
    expect(m.message).toMatch(/look 1 of 2 at alpha 0\.0055\d* of 0\.05, one sample per 60s/);
  });

  it('says when a look has too few samples to flag anything', async () => {
    const deploy = deploySection.parse({
      analysis: {
        metrics: [
          { name: 'lat', judge: { query: 'sum(rate(x{{{selector}}}[1m])) or vector(1)', lookback: '2m' } },
        ],
      },
    });
    const rule = compileMetrics(deploy.analysis.metrics, deploy.analysis.interval).rules[0]!;
    const m = await judgeProvider(rule, {
      target: { namespace: 'ml', stable: 'llm', canary: 'llm-canary' },
      prometheus: prom.url,
      now: () => Date.now(),
      startupDeadlineMs: 1000,
      canaryPods: async () => [],
      look: (metric) => lookAt(deploy.steps, 2, metric, [], 0, 0),
    });
    expect(m.message).toMatch(/3\/3 samples, which cannot go below p=0\.05: this look cannot flag it/);
  });

  it('a canary too young for three windows is measured again later (Error), never rolled back on no data', async () => {
    const deploy = deploySection.parse({
      analysis: {
        metrics: [
          { name: 'lat', judge: { query: 'sum(rate(x{{{selector}}}[1m])) or vector(1)', lookback: '1m' } },
        ],
      },
    });
    const rule = compileMetrics(deploy.analysis.metrics, deploy.analysis.interval).rules[0]!;
    const m = await judgeProvider(rule, {
      target: { namespace: 'ml', stable: 'llm', canary: 'llm-canary' },
      prometheus: prom.url,
      now: () => Date.now(),
      startupDeadlineMs: 1000,
      canaryPods: async () => [],
      look: (metric) => lookAt(deploy.steps, 2, metric, [], 0, 0),
    });
    expect(m.phase).toBe('Error');
    expect(m.message).toMatch(
      /too few samples to judge yet .*2 canary \/ 2 stable samples.*needs 3 windows of 60s/,
    );
  });
});

describe('sequential looks: O’Brien-Fleming alpha spending', () => {
  it('spends alpha by information fraction as Lan-DeMets, all of it by the last look', () => {
    expect(obrienFlemingSpent(0.05, 1)).toBe(0.05);
    expect(obrienFlemingSpent(0.05, 0.5)).toBeCloseTo(0.005574, 5);
    expect(obrienFlemingSpent(0.05, 0.2)).toBeCloseTo(1.1727e-5, 8);
    for (let planned = 1; planned <= 12; planned++) {
      const levels = Array.from({ length: planned }, (_, i) => lookAlpha(0.05, { index: i + 1, planned }));
      expect(levels.reduce((a, b) => a + b, 0)).toBeCloseTo(0.05, 12);
      for (let i = 1; i < planned; i++) expect(levels[i]!).toBeGreaterThan(levels[i - 1]!);
      expect(lookAlpha(0.05, { index: planned + 1, planned })).toBe(0);
    }
  });

  it('plans the looks from the steps: count, duration and the metrics each analysis names', () => {
    const metric = { name: 'lat', count: undefined, intervalMs: 30_000, initialDelayMs: 0 };
    const defaults = deploySection.parse({}).steps;
    expect(plannedLooks(defaults, metric)).toBe(2);
    expect(plannedLooks(defaults, { ...metric, count: 3 })).toBe(6);
    const steps = [
      { kind: 'setWeight' as const, weight: 10 },
      { kind: 'analysis' as const, metrics: 'all' as const, durationMs: 300_000 },
      { kind: 'analysis' as const, metrics: ['other'] },
      { kind: 'analysis' as const, metrics: ['lat'] },
    ];
    expect(plannedLooks(steps, metric)).toBe(11);
    expect(plannedLooks(steps, { ...metric, initialDelayMs: 60_000 })).toBe(9);
    // Step 3 comes after the 10 slots of step 1; a duration step counts interval slots from its start.
    expect(lookAt(steps, 3, metric, [], 0, 0)).toEqual({ index: 11, planned: 11 });
    expect(lookAt(steps, 1, metric, [], 1000, 1000 + 95_000)).toEqual({ index: 4, planned: 11 });
    const errors = [
      { phase: 'Error' as const, at: 0 },
      { phase: 'Successful' as const, at: 1 },
    ];
    // Errors are no look: with count 3, a success after an error is the 2nd look of step 2.
    const three = { ...metric, count: 3 };
    expect(lookAt(defaults, 2, three, errors, 0, 0)).toEqual({ index: 2, planned: 6 });
    expect(lookAt(defaults, 5, three, errors.slice(0, 1), 0, 0)).toEqual({ index: 4, planned: 6 });
  });
});

describe('Holm across the series of a judge metric', () => {
  const base = [1, 2, 3, 4, 5, 12];
  const shifted = [6, 7, 8, 9, 10, 11];
  const opts = { alpha: 0.05, passScore: 95, marginalScore: 75, direction: 'higher-is-worse' as const };
  it('one of five series at p between alpha/5 and alpha is no evidence after the correction', () => {
    const p = mannWhitney(shifted, base).pGreater;
    expect(p).toBeGreaterThan(0.01);
    expect(p).toBeLessThanOrEqual(0.05);
    const pairs = [
      { label: 'bad', canary: shifted, baseline: base },
      ...[1, 2, 3, 4].map((i) => ({ label: `e${i}`, canary: base, baseline: [...base].reverse() })),
    ];
    const holm = judge(pairs, opts);
    expect(holm.verdict).toBe('pass');
    expect(holm.series[0]).toMatchObject({ classification: 'Pass', level: 0.01 });
    const none = judge(pairs, { ...opts, correction: 'none' });
    expect(none.series[0]!.classification).toBe('High');
    expect(none.verdict).toBe('marginal');
  });

  it('a clear regression in one series still stands out', () => {
    const pairs = [
      { label: 'bad', canary: base.map((v) => v + 20), baseline: base },
      ...[1, 2, 3, 4].map((i) => ({ label: `e${i}`, canary: base, baseline: base })),
    ];
    expect(judge(pairs, opts).series[0]!.classification).toBe('High');
  });
});

describe('simulated false-rollback rate with an identical canary (rate[1m] sampled every 15 s)', () => {
  const alpha = 0.05;
  it.each([
    ['one analysis, 1 series', 'single', 1],
    ['the whole default rollout, 1 series', 'rollout', 1],
    ['the whole default rollout, 5 series', 'rollout', 5],
  ] as const)('%s: at most alpha + 2%%', async (_n, looks, series) => {
    const r = await simulateJudge({ trials: 600, seed: 16, series, effect: 0, looks });
    expect(r.rollbacks / r.trials).toBeLessThanOrEqual(alpha + 0.02);
  });

  it('and it still catches a real regression (+30% latency) in most rollouts', async () => {
    const r = await simulateJudge({ trials: 200, seed: 17, series: 1, effect: 0.3, looks: 'rollout' });
    expect(r.rollbacks / r.trials).toBeGreaterThan(0.7);
  });
});
