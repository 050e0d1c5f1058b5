import type { Measurement, MetricRule } from '../analysis.js';
import { judgeProvider } from './judge.js';
import { kubernetesProvider } from './kubernetes.js';
import { prometheusProvider } from './prometheus.js';
import { describeFailure, errorMeasurement, type MeasureContext, type Provider } from './provider.js';
import { webProvider } from './web.js';

const PROVIDERS: Record<MetricRule['provider'], Provider> = {
  prometheus: prometheusProvider,
  web: webProvider,
  kubernetes: kubernetesProvider,
  judge: judgeProvider,
};

/** One measurement of a metric; a provider that throws anyway is recorded as an Error measurement. */
export async function measure(metric: MetricRule, ctx: MeasureContext): Promise<Measurement> {
  try {
    return await PROVIDERS[metric.provider](metric, ctx);
  } catch (error) {
    return errorMeasurement(ctx.now(), `${metric.provider} provider failed: ${describeFailure(error)}`);
  }
}

export type { MeasureContext, Target } from './provider.js';
