import type { Config } from '../config/schema.js';
import type { RunContext } from './context.js';

/** One step of the event flow; the order of the list is the order they run in. */
export type FlowStep =
  | { kind: 'validate' }
  | { kind: 'build'; push: boolean; tags: string[] }
  | { kind: 'scan'; gate: boolean; record: boolean }
  | { kind: 'evaluate'; gate: boolean; record: boolean }
  | { kind: 'plan' }
  | { kind: 'place' }
  | { kind: 'deploy'; requireGates: boolean }
  | { kind: 'rollback'; to?: number };

export interface FlowOptions {
  /** A kubeconfig is available (placement preflight on PRs, rollout on releases). */
  cluster: boolean;
}

/**
 * What `model-deploy pipeline` does for this event (pure). Pull requests get every check and
 * one comment, and are not stopped by a failing gate so the comment shows all of them;
 * releases stop at the first gate that says no; a rollback only rolls back.
 */
export function planFlow(run: RunContext, config: Config, options: FlowOptions): FlowStep[] {
  const evaluates = config.evaluate.command !== undefined;
  switch (run.trigger) {
    case 'pull_request': {
      const pr = run.pullRequest;
      const push = config.image.repository !== undefined && !pr?.fork;
      return [
        { kind: 'validate' },
        { kind: 'build', push, tags: pr ? [`pr-${pr.number}`] : [] },
        { kind: 'scan', gate: false, record: true },
        ...(evaluates ? [{ kind: 'evaluate' as const, gate: false, record: true }] : []),
        { kind: 'plan' },
        ...(options.cluster && config.deploy ? [{ kind: 'place' as const }] : []),
      ];
    }
    case 'release':
      return [
        { kind: 'validate' },
        { kind: 'build', push: true, tags: run.release ? [run.release.version] : [] },
        { kind: 'scan', gate: true, record: true },
        ...(evaluates ? [{ kind: 'evaluate' as const, gate: true, record: true }] : []),
        // Without a cluster, refuseUndeployableRelease has stopped the release before this.
        ...(config.deploy
          ? [{ kind: 'deploy' as const, requireGates: config.deploy['require-gates'] ?? true }]
          : []),
      ];
    case 'rollback':
      return [{ kind: 'rollback', ...(run.rollbackTo !== undefined ? { to: run.rollbackTo } : {}) }];
    case 'other':
      return [{ kind: 'validate' }, { kind: 'plan' }];
    default: {
      const never: never = run.trigger;
      throw new Error(`unknown trigger ${String(never)}`);
    }
  }
}

export function describeStep(step: FlowStep): string {
  switch (step.kind) {
    case 'validate':
      return 'validate the config';
    case 'build':
      return `build the image${step.push ? ' and push it' : ' into the local OCI layout'}${step.tags.length ? ` (tags ${step.tags.join(', ')})` : ''}`;
    case 'scan':
      return step.gate ? 'scan gate (model files and image)' : 'scan (model files and image)';
    case 'evaluate':
      return step.gate ? 'evaluation gate' : 'evaluation';
    case 'plan':
      return 'plan the pipeline tasks';
    case 'place':
      return 'GPU placement preflight';
    case 'deploy':
      return `canary rollout${step.requireGates ? ' (gate records required)' : ''}`;
    case 'rollback':
      return step.to !== undefined
        ? `roll back to revision ${step.to}`
        : 'roll back to the previous revision';
  }
}
