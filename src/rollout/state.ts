import type { Measurement } from './analysis.js';

/** Annotation keys on the objects model-deploy owns; the cluster is the only memory of a rollout. */
export const ANNOTATION = {
  state: 'model-deploy.io/rollout-state',
  revision: 'model-deploy.io/revision',
  specHash: 'model-deploy.io/spec-hash',
  step: 'model-deploy.io/step',
  startedAt: 'model-deploy.io/started-at',
  stepStartedAt: 'model-deploy.io/step-started-at',
  abortedAt: 'model-deploy.io/aborted-at',
  abortReason: 'model-deploy.io/abort-reason',
  firstDeploy: 'model-deploy.io/first-deploy-started-at',
} as const;

export const LABEL = {
  name: 'app.kubernetes.io/name',
  instance: 'app.kubernetes.io/instance',
  version: 'app.kubernetes.io/version',
  managedBy: 'app.kubernetes.io/managed-by',
  track: 'track',
} as const;

export const MANAGER = 'model-deploy';

export type RolloutPhase = 'progressing' | 'promoting' | 'aborting';

export interface CanaryScale {
  replicas?: number;
  weight?: number;
}

/** Everything a later run needs to resume or roll back, stored on the canary Deployment. */
export interface RolloutState {
  phase: RolloutPhase;
  /** Index of the current step; `steps.length` once every step is done. */
  step: number;
  specHash: string;
  revision: number;
  /** Which process drives the rollout; a different one means the job was rerun. */
  runId: string;
  startedAt: number;
  stepStartedAt: number;
  /** Last weight set by a setWeight step. */
  weight: number;
  /** setCanaryScale override; absent means the canary follows the traffic weight. */
  canaryScale?: CanaryScale;
  /** What stable ran when the rollout started: restored on abort. */
  stableImage: string;
  stableReplicas: number;
  stableReadyAtStart: number;
  /** Measurements of the current analysis step, by metric name. */
  analysis: Record<string, Measurement[]>;
  abortedAt?: number;
  abortReason?: string;
  /** Set on a fast-track rollback: skip steps and analysis. */
  rollbackTo?: number;
}

/** Annotations that carry the state: one JSON document plus readable copies of the key fields. */
export function stateAnnotations(state: RolloutState): Record<string, string> {
  return {
    [ANNOTATION.state]: JSON.stringify(state),
    [ANNOTATION.revision]: String(state.revision),
    [ANNOTATION.specHash]: state.specHash,
    [ANNOTATION.step]: String(state.step),
    [ANNOTATION.startedAt]: new Date(state.startedAt).toISOString(),
    [ANNOTATION.stepStartedAt]: new Date(state.stepStartedAt).toISOString(),
    ...(state.abortedAt !== undefined
      ? { [ANNOTATION.abortedAt]: new Date(state.abortedAt).toISOString() }
      : {}),
    ...(state.abortReason !== undefined
      ? { [ANNOTATION.abortReason]: state.abortReason.slice(0, 1000) }
      : {}),
  };
}

export type ReadState = { ok: true; state: RolloutState } | { ok: false; problem: string };

export function readState(annotations: Record<string, string> | undefined): ReadState {
  const raw = annotations?.[ANNOTATION.state];
  if (raw === undefined) return { ok: false, problem: `no ${ANNOTATION.state} annotation` };
  try {
    const s = JSON.parse(raw) as Partial<RolloutState>;
    const phases: RolloutPhase[] = ['progressing', 'promoting', 'aborting'];
    if (
      !s ||
      typeof s !== 'object' ||
      !phases.includes(s.phase as RolloutPhase) ||
      typeof s.step !== 'number' ||
      typeof s.specHash !== 'string' ||
      typeof s.runId !== 'string' ||
      typeof s.stableImage !== 'string'
    ) {
      return { ok: false, problem: `${ANNOTATION.state} is not a rollout state written by model-deploy` };
    }
    return { ok: true, state: { analysis: {}, ...s } as RolloutState };
  } catch {
    return { ok: false, problem: `${ANNOTATION.state} is not valid JSON` };
  }
}
