import type { V1Pod } from '@kubernetes/client-node';
import type { PodProblem } from './engine-types.js';

const FATAL_WAITING = new Set([
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'InvalidImageName',
  'CreateContainerConfigError',
]);

export interface HealthOptions {
  /** A pod not Ready this long after it started is a problem (the model did not load in time). */
  startupDeadlineMs: number;
  now: number;
  /** More restarts than this is a problem; undefined: restarts alone are not. */
  maxRestarts?: number;
}

/**
 * What is wrong with these pods, from their status alone: crash loops, OOM kills, image pulls,
 * unschedulable, not Ready past the startup deadline. Terminating pods are ignored.
 */
export function podProblems(pods: readonly V1Pod[], options: HealthOptions): PodProblem[] {
  const problems: PodProblem[] = [];
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp) continue;
    const name = pod.metadata?.name ?? '?';
    const status = pod.status ?? {};
    const found: PodProblem[] = [];
    const scheduled = status.conditions?.find((c) => c.type === 'PodScheduled');
    if (scheduled?.status === 'False' && scheduled.reason === 'Unschedulable') {
      found.push({ pod: name, reason: 'Unschedulable', message: scheduled.message ?? '' });
    }
    for (const cs of status.containerStatuses ?? []) {
      const waiting = cs.state?.waiting;
      const oom =
        cs.state?.terminated?.reason === 'OOMKilled' || cs.lastState?.terminated?.reason === 'OOMKilled';
      if (oom) {
        found.push({
          pod: name,
          reason: 'OOMKilled',
          message: `container ${cs.name} was OOMKilled (${cs.restartCount} restarts)`,
        });
      } else if (waiting?.reason && FATAL_WAITING.has(waiting.reason)) {
        found.push({
          pod: name,
          reason: waiting.reason,
          message: `container ${cs.name}: ${waiting.message ?? waiting.reason} (${cs.restartCount} restarts)`,
        });
      } else if (options.maxRestarts !== undefined && cs.restartCount > options.maxRestarts) {
        found.push({
          pod: name,
          reason: 'Restarts',
          message: `container ${cs.name} restarted ${cs.restartCount} times (max-restarts ${options.maxRestarts})`,
        });
      }
    }
    const ready = status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    const since = toMillis(status.startTime ?? pod.metadata?.creationTimestamp);
    if (
      found.length === 0 &&
      !ready &&
      since !== undefined &&
      options.now - since > options.startupDeadlineMs
    ) {
      found.push({
        pod: name,
        reason: 'NotReady',
        message: `not Ready ${Math.round((options.now - since) / 1000)}s after start (startup deadline ${Math.round(options.startupDeadlineMs / 1000)}s): the model did not load in time`,
      });
    }
    problems.push(...found);
  }
  return problems;
}

function toMillis(t: Date | string | undefined): number | undefined {
  if (t === undefined) return undefined;
  const ms = t instanceof Date ? t.getTime() : Date.parse(t);
  return Number.isFinite(ms) ? ms : undefined;
}
