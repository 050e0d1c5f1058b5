import { createHash } from 'node:crypto';
import { ConfigError } from '../errors.js';
import { compileMetrics } from './analysis.js';
import type { RolloutSpec } from './engine-types.js';
import { type ModelObjects, podTemplate } from './manifests.js';

/** Everything that defines a rollout, hashed: the same hash on a rerun means the same rollout. */
export function specHash(o: ModelObjects, image: string): string {
  const d = o.deploy;
  const material = {
    image,
    replicas: d.replicas,
    template: podTemplate(o, 'canary', image),
    router: d.traffic,
    steps: d.steps,
    metrics: d.analysis.metrics,
    interval: d.analysis.interval,
  };
  return createHash('sha256').update(JSON.stringify(material)).digest('hex').slice(0, 16);
}

export function buildSpec(
  o: ModelObjects,
  options: {
    image: string;
    runId: string;
    intent: RolloutSpec['intent'];
    nextRevision: number;
    rollbackTo?: number;
  },
): RolloutSpec {
  const d = o.deploy;
  const { rules, problems } = compileMetrics(d.analysis.metrics, d.analysis.interval);
  if (problems.length > 0) {
    throw new ConfigError(
      problems.map((p) => ({
        path: `deploy.analysis.metrics[${p.index}].${p.field}`,
        message: `metric "${p.metric}": ${p.message}`,
      })),
    );
  }
  return {
    image: options.image,
    replicas: d.replicas,
    steps: options.rollbackTo !== undefined ? [] : d.steps,
    specHash: specHash(o, options.image),
    runId: options.runId,
    router: d.traffic.router,
    metrics: rules,
    intervalMs: d.analysis.interval,
    correction: d.analysis.correction,
    startupDeadlineMs: d.probes['startup-deadline'],
    onRerun: d.rollback['on-rerun'],
    dynamicStableScale: d['dynamic-stable-scale'],
    intent: options.intent,
    nextRevision: options.nextRevision,
    ...(options.rollbackTo !== undefined ? { rollbackTo: options.rollbackTo } : {}),
  };
}
