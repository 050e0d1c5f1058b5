import type { Measurement } from '../analysis.js';
import { describeProblems } from '../engine.js';
import { podProblems } from '../health.js';
import { describeFailure, errorMeasurement, type Provider } from './provider.js';

/** Canary pod health from their status: Failed with the problems, Successful when there are none. */
export const kubernetesProvider: Provider = async (metric, ctx): Promise<Measurement> => {
  const at = ctx.now();
  try {
    const pods = await ctx.canaryPods();
    const problems = podProblems(pods, {
      startupDeadlineMs: ctx.startupDeadlineMs,
      now: at,
      maxRestarts: metric.config.kubernetes?.['max-restarts'] ?? 0,
    });
    const restarts = pods.reduce(
      (n, p) => n + (p.status?.containerStatuses ?? []).reduce((m, c) => m + c.restartCount, 0),
      0,
    );
    if (problems.length > 0)
      return {
        phase: 'Failed',
        at,
        value: `${problems.length} unhealthy pod(s)`,
        message: describeProblems(problems),
      };
    return { phase: 'Successful', at, value: `${pods.length} pod(s), ${restarts} restart(s)` };
  } catch (error) {
    return errorMeasurement(at, `cannot list canary pods: ${describeFailure(error)}`);
  }
};
