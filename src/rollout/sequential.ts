import type { Step } from '../config/sections/deploy.js';
import type { Measurement, MetricRule } from './analysis.js';

/** Where one measurement sits in the rollout's plan of looks at a metric (1-based `index`). */
export interface Look {
  index: number;
  planned: number;
}

type Planned = Pick<MetricRule, 'name' | 'count' | 'intervalMs' | 'initialDelayMs'>;

function covers(step: Step, metric: string): step is Extract<Step, { kind: 'analysis' }> {
  return step.kind === 'analysis' && (step.metrics === 'all' || step.metrics.includes(metric));
}

/**
 * Most measurements an analysis step can count for a metric. Without a duration the step ends at
 * `count` (default 1) measurements that are not errors. With one, measurement j is taken no earlier
 * than initial-delay + j·interval into the step and only before the duration ends.
 */
export function looksInStep(step: Extract<Step, { kind: 'analysis' }>, metric: Planned): number {
  if (step.durationMs === undefined) return metric.count ?? 1;
  return Math.max(1, Math.ceil((step.durationMs - metric.initialDelayMs) / metric.intervalMs));
}

/** Every look the rollout's steps plan at the metric. */
export function plannedLooks(steps: readonly Step[], metric: Planned): number {
  return steps.reduce((sum, s) => sum + (covers(s, metric.name) ? looksInStep(s, metric) : 0), 0);
}

/**
 * The look a measurement taken `at` at step `stepIndex` is. Earlier steps count with every look they
 * planned. Within a step without a duration, it is one more than the measurements so far that were
 * not errors; with a duration, the interval slot `at` falls in (measurements are an interval apart,
 * so each has its own slot, and fewer than the step plans, however many the state kept).
 */
export function lookAt(
  steps: readonly Step[],
  stepIndex: number,
  metric: Planned,
  sofar: readonly Measurement[],
  stepStartedAt: number,
  at: number,
): Look {
  const planned = plannedLooks(steps, metric);
  const step = steps[stepIndex];
  if (!step || !covers(step, metric.name)) return { index: planned, planned };
  const before = plannedLooks(steps.slice(0, stepIndex), metric);
  const inStep =
    step.durationMs === undefined
      ? sofar.filter((m) => m.phase !== 'Error').length
      : Math.max(0, Math.floor((at - stepStartedAt - metric.initialDelayMs) / metric.intervalMs));
  return { index: before + inStep + 1, planned };
}

/**
 * erfc with fractional error below 1.2e-7 everywhere (Numerical Recipes' Chebyshev fit), so tiny
 * tail probabilities keep their relative precision.
 */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? r : 2 - r;
}

/** Inverse of the standard normal upper tail by bisection on erfc: the z with P(Z > z) = p. */
function upperQuantile(p: number): number {
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (erfc(mid / Math.SQRT2) / 2 > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Lan-DeMets O'Brien-Fleming-type spending: the share of `alpha` spent by information fraction t,
 * α(t) = 2 − 2Φ(z_{1−α/2}/√t), scaled so that α(1) is exactly `alpha`.
 */
export function obrienFlemingSpent(alpha: number, t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return alpha;
  const z = upperQuantile(alpha / 2);
  return (alpha * erfc(z / Math.sqrt(2 * t))) / erfc(z / Math.SQRT2);
}

/**
 * The level of one look: the alpha its slot of the plan adds to the spent total. Summed over all
 * looks it is at most `alpha`, so by the union bound the chance of any false rollback over the whole
 * rollout stays at or below `alpha`, whatever the dependence between looks (their lookback windows
 * overlap and the canary weight changes between steps, so the classic joint boundaries do not apply).
 */
export function lookAlpha(alpha: number, look: Look): number {
  if (look.planned <= 0 || look.index > look.planned) return 0;
  return (
    obrienFlemingSpent(alpha, look.index / look.planned) -
    obrienFlemingSpent(alpha, (look.index - 1) / look.planned)
  );
}
