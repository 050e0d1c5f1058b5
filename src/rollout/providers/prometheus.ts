import type { Measurement } from '../analysis.js';
import {
  describeFailure,
  errorMeasurement,
  type MeasureContext,
  type Provider,
  renderQuery,
  valuesMeasurement,
} from './provider.js';

interface PromSample {
  metric: Record<string, string>;
  value?: [number, string];
  values?: [number, string][];
}

type QueryOutcome = { ok: true; resultType: string; result: unknown } | { ok: false; error: string };

/** GET /api/v1/query or /api/v1/query_range; any failure is returned, never thrown. */
export async function promQuery(
  address: string,
  path: 'query' | 'query_range',
  params: Record<string, string>,
  ctx: Pick<MeasureContext, 'fetch'>,
  timeoutMs = 10_000,
): Promise<QueryOutcome> {
  const url = new URL(`api/v1/${path}`, address.endsWith('/') ? address : `${address}/`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  try {
    const res = await (ctx.fetch ?? fetch)(url, { signal: AbortSignal.timeout(timeoutMs) });
    const text = await res.text();
    let body: { status?: string; error?: string; data?: { resultType?: string; result?: unknown } };
    try {
      body = JSON.parse(text);
    } catch {
      return {
        ok: false,
        error: `Prometheus at ${address} answered ${res.status} with non-JSON: ${text.slice(0, 200)}`,
      };
    }
    if (!res.ok || body.status !== 'success' || !body.data) {
      return {
        ok: false,
        error: `Prometheus at ${address} answered ${res.status}: ${body.error ?? text.slice(0, 200)}`,
      };
    }
    return { ok: true, resultType: body.data.resultType ?? '', result: body.data.result };
  } catch (error) {
    return { ok: false, error: `Prometheus at ${address} unreachable: ${describeFailure(error)}` };
  }
}

/** A sample value as Prometheus writes it: a decimal, or "NaN", "+Inf", "-Inf" (which Number() reads as NaN). */
export function promNumber(text: string | undefined): number {
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  return Number(text);
}

/** Instant-query result as numbers: a scalar is one value, a vector one value per series (sorted by labels). */
export function instantValues(resultType: string, result: unknown): number[] | { error: string } {
  if (resultType === 'scalar') return [promNumber((result as [number, string])[1])];
  if (resultType === 'vector') {
    const samples = [...(result as PromSample[])].sort((a, b) =>
      JSON.stringify(a.metric).localeCompare(JSON.stringify(b.metric)),
    );
    return samples.map((s) => promNumber(s.value?.[1]));
  }
  return { error: `the query returned a ${resultType}; use an instant vector or scalar expression` };
}

export const prometheusProvider: Provider = async (metric, ctx): Promise<Measurement> => {
  const at = ctx.now();
  const config = metric.config.prometheus;
  if (!config) return errorMeasurement(at, 'metric has no prometheus provider');
  const address = config.address ?? ctx.prometheus;
  if (!address)
    return errorMeasurement(at, 'no Prometheus address: set deploy.analysis.prometheus or --prometheus');
  const rendered = renderQuery(config.query, ctx.target, 'canary');
  if ('error' in rendered) return errorMeasurement(at, rendered.error);
  const outcome = await promQuery(address, 'query', { query: rendered.query }, ctx);
  if (!outcome.ok) return errorMeasurement(at, outcome.error);
  const values = instantValues(outcome.resultType, outcome.result);
  if (!Array.isArray(values)) return errorMeasurement(at, values.error);
  return valuesMeasurement(metric, at, values);
};
