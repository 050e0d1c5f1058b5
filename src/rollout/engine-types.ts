import type { Step } from '../config/sections/deploy.js';
import type { MetricPhase, MetricRule } from './analysis.js';
import type { RolloutState } from './state.js';

export type Router = 'replicas' | 'gateway-api' | 'kserve';

/** What we want: the same for every look at the cluster during one run. */
export interface RolloutSpec {
  image: string;
  replicas: number;
  steps: readonly Step[];
  /** Hash of everything that defines the rollout (image, replicas, pod spec, steps, metrics). */
  specHash: string;
  /** Identity of this process; a different one in the state means a rerun. */
  runId: string;
  router: Router;
  metrics: readonly MetricRule[];
  intervalMs: number;
  /** deploy.analysis.correction: across the series of a judge metric (holm when absent). */
  correction?: 'holm' | 'none';
  startupDeadlineMs: number;
  onRerun: 'resume' | 'rollback';
  /** deploy.dynamic-stable-scale: with a weighted router, scale stable down when the canary does not fit. */
  dynamicStableScale: boolean;
  /** deploy: roll out `image`; abort: roll back whatever is in progress and stop. */
  intent: 'deploy' | 'abort';
  /** Set by `rollback --to N`: skip steps and analysis (Argo's fast-track rollback). */
  rollbackTo?: number;
  /** Revision number the next rollout gets. */
  nextRevision: number;
}

export interface DeploymentView {
  image: string;
  /** spec.replicas */
  replicas: number;
  readyReplicas: number;
  updatedReplicas: number;
  availableReplicas: number;
  /** status.observedGeneration >= metadata.generation */
  observed: boolean;
  annotations: Record<string, string>;
}

export interface PodProblem {
  pod: string;
  reason: string;
  message: string;
}

/** What the shell saw this time round. */
export interface Observed {
  stable?: DeploymentView;
  canary?: DeploymentView;
  /** Fatal problems of canary pods (crash loop, OOMKilled, image pull, unschedulable, not ready past the deadline). */
  canaryProblems: readonly PodProblem[];
  /** The same for pods of the stable Deployment running the image being rolled (first deploy, promotion). */
  stableProblems: readonly PodProblem[];
  /** Canary traffic weight the router reports (for replicas: the ready pod share). */
  weight: number;
  /** Extra pods of the new pod spec that fit in the cluster now, or undefined when preflight is off. */
  room?: { pods: number; detail: string };
  /** Set when the job was cancelled (SIGINT/SIGTERM). */
  cancelled?: string;
}

export type Verdict = 'promoted' | 'rolled-back' | 'unchanged' | 'failed';

export type Action =
  | { kind: 'createStable'; replicas: number; revision: number; startedAt: number }
  | { kind: 'createCanary'; state: RolloutState }
  | { kind: 'writeState'; state: RolloutState }
  | { kind: 'scaleCanary'; replicas: number }
  | { kind: 'scaleStable'; replicas: number }
  | { kind: 'setWeight'; weight: number }
  | { kind: 'measure'; metrics: string[] }
  | {
      kind: 'updateStable';
      image: string;
      maxSurge: number;
      revision?: number;
      /** Pods replaced at once (default 0); only while stable takes no traffic. */
      maxUnavailable?: number;
      /** Stable's size while it updates (default: the spec's replicas). */
      replicas?: number;
    }
  | { kind: 'deleteCanary' }
  | { kind: 'markFirstDeployDone' }
  | {
      kind: 'recordHistory';
      verdict: 'promoted' | 'rolled-back' | 'failed';
      revision: number;
      reason?: string;
    };

export interface MetricStatus {
  name: string;
  phase: MetricPhase;
  value?: string;
  reason: string;
}

export interface Progress {
  phase: 'first-deploy' | 'progressing' | 'promoting' | 'aborting' | 'idle';
  step: number;
  steps: number;
  stepKind?: Step['kind'];
  /** The weight the router serves now (reached). */
  weight: number;
  /** The weight the current step asks for, when the rollout has one. */
  askedWeight?: number;
  canaryReady: number;
  canaryDesired: number;
  stableReady: number;
  metrics: MetricStatus[];
  message: string;
}

export interface Decision {
  /** Applied in order; traffic moves before pods are removed. */
  actions: Action[];
  /** Look again after this long (0: as soon as the actions are applied). */
  requeueAfterMs: number;
  /** Set when this run is over. */
  done?: { verdict: Verdict; reason: string };
  progress: Progress;
}
