import { evaluateResult, type Measurement } from '../analysis.js';
import { judge } from '../judge.js';
import { judgeStepMs } from '../promql-window.js';
import { lookAlpha } from '../sequential.js';
import { promNumber, promQuery } from './prometheus.js';
import { errorMeasurement, type MeasureContext, type Provider, renderQuery, type Track } from './provider.js';

interface RangeSeries {
  metric: Record<string, string>;
  values: [number, string][];
}

/** Labels that differ between the two tracks by construction; series are paired on the rest. */
const TRACK_LABELS = new Set(['pod', 'instance', 'track', 'pod_template_hash', 'deployment', 'replicaset']);

function seriesKey(labels: Record<string, string>): string {
  const kept = Object.entries(labels)
    .filter(([k]) => !TRACK_LABELS.has(k))
    .sort(([a], [b]) => a.localeCompare(b));
  return kept.length === 0 ? 'all' : kept.map(([k, v]) => `${k}=${v}`).join(',');
}

async function samples(
  metric: Parameters<Provider>[0],
  ctx: MeasureContext,
  address: string,
  track: Track,
  stepMs: number,
): Promise<Map<string, number[]> | { error: string }> {
  const config = metric.config.judge!;
  const rendered = renderQuery(config.query, ctx.target, track);
  if ('error' in rendered) return rendered;
  const end = ctx.now() / 1000;
  const outcome = await promQuery(
    address,
    'query_range',
    {
      query: rendered.query,
      start: String(end - config.lookback / 1000),
      end: String(end),
      step: String(stepMs / 1000),
    },
    ctx,
  );
  if (!outcome.ok) return { error: outcome.error };
  if (outcome.resultType !== 'matrix')
    return { error: `the judge query returned a ${outcome.resultType}, not a range vector` };
  const bySeries = new Map<string, number[]>();
  for (const s of outcome.result as RangeSeries[]) {
    const key = seriesKey(s.metric);
    bySeries.set(key, [...(bySeries.get(key) ?? []), ...s.values.map(([, v]) => promNumber(v))]);
  }
  return bySeries;
}

/**
 * Canary vs stable over the lookback, sampled once per window of the query so samples do not share
 * data: Mann-Whitney U per paired series at this look's share of alpha (O'Brien-Fleming spending
 * over the looks the rollout plans), Holm across series, Kayenta's score, then pass → Successful,
 * marginal → Inconclusive, fail → Failed. Conditions, when set, see the score.
 */
export const judgeProvider: Provider = async (metric, ctx): Promise<Measurement> => {
  const at = ctx.now();
  const config = metric.config.judge;
  if (!config) return errorMeasurement(at, 'metric has no judge provider');
  const address = config.address ?? ctx.prometheus;
  if (!address)
    return errorMeasurement(at, 'no Prometheus address: set deploy.analysis.prometheus or --prometheus');
  const stepMs = judgeStepMs({
    query: config.query,
    stepMs: config.step,
    ...(config.window !== undefined ? { windowMs: config.window } : {}),
  });
  const [canary, stable] = await Promise.all([
    samples(metric, ctx, address, 'canary', stepMs),
    samples(metric, ctx, address, 'stable', stepMs),
  ]);
  if (!(canary instanceof Map)) return errorMeasurement(at, canary.error);
  if (!(stable instanceof Map)) return errorMeasurement(at, stable.error);
  if (canary.size === 0 || stable.size === 0) {
    const { phase, message } = evaluateResult(metric, null);
    return {
      phase,
      at,
      message: `judge: ${canary.size === 0 ? 'canary' : 'stable'} has no samples; ${message}`,
    };
  }
  const shared = [...canary.keys()].filter((k) => stable.has(k));
  const pairs =
    shared.length > 0
      ? [...canary.keys()].map((k) => ({ label: k, canary: canary.get(k)!, baseline: stable.get(k) ?? [] }))
      : [{ label: 'all', canary: [...canary.values()].flat(), baseline: [...stable.values()].flat() }];
  const look = ctx.look?.(metric, at) ?? { index: 1, planned: 1 };
  const alpha = lookAlpha(config.alpha, look);
  const result = judge(pairs, {
    direction: config.direction,
    alpha,
    correction: ctx.correction ?? 'holm',
    passScore: config['pass-score'],
    marginalScore: config['marginal-score'],
  });
  const detail = result.series
    .map((s) =>
      s.classification === 'Nodata'
        ? `${s.label}: no data (${s.samples.canary} canary / ${s.samples.baseline} stable samples)`
        : `${s.label}: ${s.classification} (canary median ${fmt(s.canaryMedian)} vs stable ${fmt(s.baselineMedian)}, p=${fmt(s.p)} vs ${fmt(s.level)}, ${s.samples.canary}/${s.samples.baseline} samples${(s.smallestP ?? 0) > (s.level ?? 1) ? `, which cannot go below p=${fmt(s.smallestP)}: this look cannot flag it` : ''})`,
    )
    .join('; ');
  const plan = `look ${look.index} of ${look.planned} at alpha ${fmt(alpha)} of ${fmt(config.alpha)}, one sample per ${stepMs / 1000}s`;
  // A canary younger than a few query windows has no independent samples yet: measuring again later
  // (an Error, retried up to consecutive-error-limit) is what the data allows, not a rollback.
  if (result.series.every((s) => s.classification === 'Nodata'))
    return errorMeasurement(
      at,
      `too few samples to judge yet (${detail}); it needs ${MIN_SAMPLES} windows of ${stepMs / 1000}s of traffic on each track, measured again at the next interval`,
    );
  const value = `score ${Math.round(result.score)} (${result.verdict})`;
  if (metric.success || metric.failure) {
    const { phase, message } = evaluateResult(metric, [result.score]);
    return { phase, at, value, message: [message, detail, plan].filter(Boolean).join('; ') };
  }
  const phase =
    result.verdict === 'pass' ? 'Successful' : result.verdict === 'marginal' ? 'Inconclusive' : 'Failed';
  return { phase, at, value, message: `${detail}; ${plan}` };
};

/** The judge's fewest samples per track (its default `minSamples`). */
const MIN_SAMPLES = 3;

function fmt(v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return 'n/a';
  if (v !== 0 && Math.abs(v) < 0.001) return v.toExponential(2);
  return Math.abs(v) >= 100 ? v.toFixed(1) : Number(v.toPrecision(3)).toString();
}
