import type { V1Pod } from '@kubernetes/client-node';
import type { Kube } from '../cluster/kube.js';
import { DeploymentWorkload } from './deployment-workload.js';
import type { DeploymentView } from './engine-types.js';
import { KServeWorkload } from './kserve-workload.js';
import type { ModelObjects } from './manifests.js';
import type { Target } from './providers/provider.js';

export interface StableUpdate {
  maxSurge: number;
  maxUnavailable: number;
  replicas: number;
  revision?: number;
}

/** One look at a model's stable and canary, whatever runs them. */
export interface WorkloadView {
  stable?: DeploymentView;
  canary?: DeploymentView;
  stablePods: V1Pod[];
  canaryPods: V1Pod[];
  /** The Deployments analysis queries name as {{stable}} and {{canary}}. */
  target: Target;
}

/**
 * What the rollout changes: two Deployments of ours, or the revisions of a KServe InferenceService.
 * Every write is idempotent; annotations are the stable's bookkeeping and the canary's rollout state.
 */
export interface Workload {
  read(): Promise<WorkloadView>;
  createStable(image: string, replicas: number, annotations: Record<string, string>): Promise<void>;
  /** False when the canary already existed; its state was written instead. */
  createCanary(image: string, annotations: Record<string, string>): Promise<boolean>;
  writeState(annotations: Record<string, string>): Promise<void>;
  scaleCanary(replicas: number): Promise<void>;
  scaleStable(replicas: number): Promise<void>;
  /** Stable runs `image`: a rolling update (promotion), or the old image again (rollback). */
  updateStable(image: string, update: StableUpdate): Promise<void>;
  deleteCanary(): Promise<void>;
  /** Merge patch of the stable's annotations (null removes one). */
  annotateStable(annotations: Record<string, string | null>): Promise<void>;
  /** Names in log lines. */
  readonly stableName: string;
  readonly canaryName: string;
}

export function makeWorkload(kube: Kube, o: ModelObjects, log?: (line: string) => void): Workload {
  return o.deploy.traffic.router === 'kserve'
    ? new KServeWorkload(kube, o, log)
    : new DeploymentWorkload(kube, o);
}
