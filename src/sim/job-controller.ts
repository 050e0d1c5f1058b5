import type { ClusterApi } from './api.js';
import { type Clock, timestamp } from './clock.js';
import type { EventRecorder } from './events.js';
import { controllerOf, podReady } from './replicaset-controller.js';
import { resourceByKind } from './resources.js';
import type { Condition, KubeObject } from './types.js';

const JOB = resourceByKind('Job')!;
const POD = resourceByKind('Pod')!;
const SOURCE = { component: 'job-controller' };

function finished(job: KubeObject): boolean {
  return ((job.status?.conditions ?? []) as Condition[]).some(
    (c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True',
  );
}

function restarts(p: KubeObject): number {
  return ((p.status?.containerStatuses ?? []) as { restartCount?: number }[]).reduce(
    (a, c) => a + (c.restartCount ?? 0),
    0,
  );
}

/**
 * batch/v1 Jobs (NonIndexed): keeps `min(parallelism, completions - succeeded)` pods running,
 * counts succeeded and failed pods (restarts of OnFailure pods count as failures, like
 * backoffLimit does), and ends with SuccessCriteriaMet + Complete or FailureTarget + Failed
 * (BackoffLimitExceeded), deleting the pods still running.
 */
export function reconcileJobs(api: ClusterApi, clock: Clock, events: EventRecorder): void {
  const store = api.store;
  const jobs = store.peekAll(JOB);
  if (!jobs.length) return;
  const pods = store.peekAll(POD);
  for (const live of jobs) {
    if (finished(live) || live.spec?.suspend) continue;
    const job = structuredClone(live);
    const uid = job.metadata.uid!;
    const ns = job.metadata.namespace!;
    const now = timestamp(clock.now());
    const owned = pods.filter((p) => p.metadata.namespace === ns && controllerOf(p) === uid);
    const active = owned.filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
    const succeeded = owned.filter((p) => p.status?.phase === 'Succeeded').length;
    const failed =
      owned.filter((p) => p.status?.phase === 'Failed').length + active.reduce((a, p) => a + restarts(p), 0);
    const completions: number | undefined = job.spec.completions;
    const parallelism: number = job.spec.parallelism ?? 1;
    const backoffLimit: number = job.spec.backoffLimit ?? 6;
    const status = { ...job.status };
    status.startTime ??= now;
    const conditions: Condition[] = [...(status.conditions ?? [])];
    const condition = (type: string, reason: string, message: string): Condition => ({
      type,
      status: 'True',
      reason,
      message,
      lastProbeTime: now,
      lastTransitionTime: now,
    });
    let running = active;
    if (completions !== undefined && succeeded >= completions) {
      conditions.push(
        condition('SuccessCriteriaMet', 'CompletionsReached', 'Reached expected number of succeeded pods'),
        condition('Complete', 'CompletionsReached', 'Reached expected number of succeeded pods'),
      );
      status.completionTime = now;
      events.record(job, 'Normal', 'Completed', 'Job completed', SOURCE);
    } else if (failed > backoffLimit) {
      conditions.push(
        condition('FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'),
        condition('Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'),
      );
      for (const p of active) api.delete(POD, ns, p.metadata.name!);
      running = [];
      events.record(
        job,
        'Warning',
        'BackoffLimitExceeded',
        'Job has reached the specified backoff limit',
        SOURCE,
      );
    } else {
      const want = Math.min(parallelism, (completions ?? parallelism) - succeeded) - active.length;
      for (let i = 0; i < want; i++) {
        const template = job.spec.template ?? {};
        const pod = api.create(POD, ns, {
          metadata: {
            generateName: `${job.metadata.name}-`,
            labels: { ...(template.metadata?.labels ?? {}) },
            ...(template.metadata?.annotations ? { annotations: { ...template.metadata.annotations } } : {}),
            ownerReferences: [
              {
                apiVersion: 'batch/v1',
                kind: 'Job',
                name: job.metadata.name!,
                uid,
                controller: true,
                blockOwnerDeletion: true,
              },
            ],
          },
          spec: structuredClone(template.spec),
        });
        running = [...running, pod];
        events.record(job, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, SOURCE);
      }
    }
    status.conditions = conditions.length ? conditions : undefined;
    if (!status.conditions) delete status.conditions;
    status.active = running.length || undefined;
    if (!status.active) delete status.active;
    status.ready = running.filter(podReady).length;
    status.terminating = 0;
    if (succeeded) status.succeeded = succeeded;
    if (failed) status.failed = failed;
    status.uncountedTerminatedPods = {};
    store.update(JOB, { ...job, status });
  }
}
