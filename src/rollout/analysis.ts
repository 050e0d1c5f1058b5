import type { MetricConfig } from '../config/sections/deploy.js';
import { type Condition, ConditionError, parseCondition, type Value } from './condition.js';

/** Phase of one measurement (Argo's names). */
export type MeasurementPhase = 'Successful' | 'Failed' | 'Inconclusive' | 'Error';
/** Phase of a metric over its measurements. */
export type MetricPhase = 'Running' | MeasurementPhase;

export interface Measurement {
  phase: MeasurementPhase;
  /** Epoch milliseconds when it was taken. */
  at: number;
  /** The value as shown to users (`0.012`, `[0.9, 1.2]`, `score 40`). */
  value?: string;
  message?: string;
}

/** A metric ready to evaluate: the config plus its parsed conditions. */
export interface MetricRule {
  name: string;
  provider: 'prometheus' | 'web' | 'kubernetes' | 'judge';
  success?: Condition;
  failure?: Condition;
  intervalMs: number;
  count?: number;
  initialDelayMs: number;
  failureLimit: number;
  inconclusiveLimit: number;
  consecutiveErrorLimit: number;
  noData: 'fail' | 'inconclusive' | 'pass';
  config: MetricConfig;
}

export interface ConditionProblem {
  metric: string;
  field: 'success-condition' | 'failure-condition';
  index: number;
  message: string;
}

/** Parses every metric's conditions; problems are returned, not thrown, so all are reported at once. */
export function compileMetrics(
  metrics: readonly MetricConfig[],
  defaultIntervalMs: number,
): { rules: MetricRule[]; problems: ConditionProblem[] } {
  const problems: ConditionProblem[] = [];
  const rules = metrics.map((m, index): MetricRule => {
    const parse = (field: ConditionProblem['field']): Condition | undefined => {
      const text = m[field];
      if (text === undefined) return undefined;
      try {
        return parseCondition(text);
      } catch (error) {
        if (!(error instanceof ConditionError)) throw error;
        problems.push({
          metric: m.name,
          field,
          index,
          message: `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}": ${error.message}`,
        });
        return undefined;
      }
    };
    const provider = m.prometheus ? 'prometheus' : m.web ? 'web' : m.kubernetes ? 'kubernetes' : 'judge';
    const success = parse('success-condition');
    const failure = parse('failure-condition');
    return {
      name: m.name,
      provider,
      ...(success ? { success } : {}),
      ...(failure ? { failure } : {}),
      intervalMs: m.interval ?? defaultIntervalMs,
      ...(m.count !== undefined ? { count: m.count } : {}),
      initialDelayMs: m['initial-delay'] ?? 0,
      failureLimit: m['failure-limit'],
      inconclusiveLimit: m['inconclusive-limit'],
      consecutiveErrorLimit: m['consecutive-error-limit'],
      noData: m['no-data'],
      config: m,
    };
  });
  return { rules, problems };
}

/**
 * Phase of one query result under the metric's conditions (Argo's evaluate): with both conditions,
 * neither true is Inconclusive; with only a success condition, false is Failed; with only a failure
 * condition, false is Successful; with none, any data is Successful. No data follows `no-data`.
 * A value that is not a finite number is an Error unless the failure condition holds.
 */
export function evaluateResult(
  metric: Pick<MetricRule, 'success' | 'failure' | 'noData'>,
  values: readonly number[] | null,
): { phase: MeasurementPhase; message?: string } {
  if (values === null || values.length === 0) {
    const phase =
      metric.noData === 'pass' ? 'Successful' : metric.noData === 'inconclusive' ? 'Inconclusive' : 'Failed';
    return { phase, message: `no data (no-data: ${metric.noData})` };
  }
  const result: Value = values.length === 1 ? values[0]! : [...values];
  const odd = values.filter((v) => typeof v !== 'number' || !Number.isFinite(v));
  try {
    if (metric.failure?.evaluate(result))
      return { phase: 'Failed', message: `failure condition "${metric.failure.source}" is true` };
    // NaN (0/0 with no traffic), ±Inf or a non-number compares false to everything, so a lone
    // failure condition would call it a success. It is an Error instead, counted against
    // consecutive-error-limit, and never counted towards `count`.
    if (odd.length > 0) {
      return {
        phase: 'Error',
        message: `the query returned ${odd.map(String).join(', ')}: not a finite number, never a success (handle it in the failure-condition, e.g. isNaN(result), to fail at once)`,
      };
    }
    if (metric.success) {
      if (metric.success.evaluate(result)) return { phase: 'Successful' };
      return metric.failure
        ? { phase: 'Inconclusive', message: 'neither the success nor the failure condition holds' }
        : { phase: 'Failed', message: `success condition "${metric.success.source}" is false` };
    }
    return { phase: 'Successful' };
  } catch (error) {
    if (error instanceof ConditionError) return { phase: 'Error', message: error.message };
    throw error;
  }
}

export interface Assessment {
  phase: MetricPhase;
  reason: string;
}

/**
 * Argo's assessMetricStatus: more failures than failureLimit is Failed, more inconclusives than
 * inconclusiveLimit is Inconclusive, more consecutive errors than consecutiveErrorLimit is Error;
 * otherwise Successful once `count` measurements exist (or when `terminating`), else Running.
 */
export function assess(
  metric: Pick<MetricRule, 'failureLimit' | 'inconclusiveLimit' | 'consecutiveErrorLimit'>,
  measurements: readonly Measurement[],
  options: { count?: number; terminating?: boolean } = {},
): Assessment {
  let failed = 0;
  let inconclusive = 0;
  let consecutiveErrors = 0;
  let errors = 0;
  for (const m of measurements) {
    if (m.phase === 'Error') {
      consecutiveErrors++;
      errors++;
      continue;
    }
    consecutiveErrors = 0;
    if (m.phase === 'Failed') failed++;
    else if (m.phase === 'Inconclusive') inconclusive++;
  }
  const n = measurements.length;
  if (failed > metric.failureLimit) {
    return {
      phase: 'Failed',
      reason: `${failed} of ${n} measurements failed (failure-limit ${metric.failureLimit})`,
    };
  }
  if (inconclusive > metric.inconclusiveLimit) {
    return {
      phase: 'Inconclusive',
      reason: `${inconclusive} of ${n} measurements inconclusive (inconclusive-limit ${metric.inconclusiveLimit})`,
    };
  }
  if (consecutiveErrors > metric.consecutiveErrorLimit) {
    return {
      phase: 'Error',
      reason: `${consecutiveErrors} consecutive measurement errors (consecutive-error-limit ${metric.consecutiveErrorLimit}); analysis fails closed`,
    };
  }
  // Counting errors against `count` would let an unreachable provider complete a metric.
  const counted = n - errors;
  if (options.count !== undefined && counted >= options.count) {
    return {
      phase: 'Successful',
      reason: `${counted} measurements, ${failed} failed, ${inconclusive} inconclusive`,
    };
  }
  if (options.terminating) {
    if (counted === 0)
      return {
        phase: 'Error',
        reason: 'the analysis ended without one successful query; analysis fails closed',
      };
    return { phase: 'Successful', reason: `${counted} measurements in the step, ${failed} failed` };
  }
  return { phase: 'Running', reason: `${n} measurements so far` };
}

const ORDER: readonly MetricPhase[] = ['Successful', 'Running', 'Inconclusive', 'Error', 'Failed'];

/** The worst phase wins: Failed > Error > Inconclusive > Running > Successful (all done and good). */
export function worst(phases: readonly MetricPhase[]): MetricPhase {
  let w: MetricPhase = 'Successful';
  for (const p of phases) if (ORDER.indexOf(p) > ORDER.indexOf(w)) w = p;
  return w;
}

export function isBad(phase: MetricPhase): boolean {
  return phase === 'Failed' || phase === 'Error' || phase === 'Inconclusive';
}

/** When the metric wants its next measurement: initial delay after the step starts, then every interval. */
export function nextMeasurementAt(
  metric: Pick<MetricRule, 'intervalMs' | 'initialDelayMs'>,
  measurements: readonly Measurement[],
  stepStartedAt: number,
): number {
  const last = measurements[measurements.length - 1];
  return last ? last.at + metric.intervalMs : stepStartedAt + metric.initialDelayMs;
}

/** Compact form of a number for progress lines and reports. */
export function formatValue(values: readonly number[]): string {
  const f = (v: number) =>
    Number.isInteger(v) ? String(v) : Math.abs(v) >= 100 ? v.toFixed(1) : Number(v.toPrecision(4)).toString();
  return values.length === 1 ? f(values[0]!) : `[${values.map(f).join(', ')}]`;
}
