export { ManualClock } from './clock.js';
export { type SimCluster, type SimOptions, startSimCluster } from './cluster.js';
export {
  type FaultProfile,
  loadSimConfig,
  parseSimConfig,
  type SimConfig,
  type SimConfigInput,
} from './config.js';
export { FAULT_ANNOTATION } from './faults.js';
export { kubeconfigYaml, SIM_CONTEXT, writeKubeconfig } from './kubeconfig.js';
export { RPS_ANNOTATION, TRACK_LABELS } from './traffic.js';
