import type { V1Pod } from '@kubernetes/client-node';
import { evaluateResult, formatValue, type Measurement, type MetricRule } from '../analysis.js';
import type { Correction } from '../judge.js';
import type { Look } from '../sequential.js';

export type Track = 'canary' | 'stable';

/** What a query is about: the two Deployments of one model. */
export interface Target {
  namespace: string;
  stable: string;
  canary: string;
  /** KServe: the predictor revisions (Knative's `revision_name`) behind the two Deployments. */
  revisions?: { stable: string; canary: string };
}

export interface MeasureContext {
  target: Target;
  /** deploy.analysis.prometheus, or --prometheus. */
  prometheus?: string;
  now(): number;
  startupDeadlineMs: number;
  /** Pods of the canary Deployment, for the kubernetes provider. */
  canaryPods(): Promise<V1Pod[]>;
  fetch?: typeof fetch;
  /** Which of the rollout's planned looks at the metric a measurement taken `at` is; one of one when absent. */
  look?(metric: MetricRule, at: number): Look;
  /** Family-wise correction across the series of one judge measurement (deploy.analysis.correction). */
  correction?: Correction;
}

/** Takes one measurement. Never throws: a failed query is a measurement in phase Error. */
export type Provider = (metric: MetricRule, ctx: MeasureContext) => Promise<Measurement>;

/**
 * PromQL label matchers for one track's pods: `namespace` and `deployment` labels, as the
 * simulator exports them and as a relabeling of kube pod metadata gives them.
 */
export function trackSelector(target: Target, track: Track): string {
  const deployment = track === 'canary' ? target.canary : target.stable;
  return `namespace="${target.namespace}",deployment="${deployment}"`;
}

const PLACEHOLDER = /\{\{\s*([a-z]+)\s*\}\}/g;

/**
 * Fills {{namespace}}, {{canary}}, {{stable}}, {{selector}} and {{track}}, and with KServe {{revision}}
 * (the track's predictor revision); an unknown placeholder is an error.
 */
export function renderQuery(
  query: string,
  target: Target,
  track: Track,
): { query: string } | { error: string } {
  const vars: Record<string, string> = {
    namespace: target.namespace,
    canary: target.canary,
    stable: target.stable,
    selector: trackSelector(target, track),
    track,
    ...(target.revisions ? { revision: target.revisions[track] } : {}),
  };
  const unknown = [...query.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((n) => !(n in vars));
  if (unknown.length > 0) {
    return {
      error: `unknown placeholder {{${unknown[0]}}} in the query; use ${Object.keys(vars)
        .map((v) => `{{${v}}}`)
        .join(', ')}`,
    };
  }
  return { query: query.replace(PLACEHOLDER, (_, name: string) => vars[name]!) };
}

export function errorMeasurement(at: number, message: string): Measurement {
  return { phase: 'Error', at, message };
}

/** The measurement for the numbers a query returned: the metric's conditions decide its phase. */
export function valuesMeasurement(metric: MetricRule, at: number, values: number[]): Measurement {
  const { phase, message } = evaluateResult(metric, values);
  return {
    phase,
    at,
    ...(values.length > 0 ? { value: formatValue(values) } : {}),
    ...(message ? { message } : {}),
  };
}

export function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
