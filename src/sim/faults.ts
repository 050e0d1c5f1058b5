import picomatch from 'picomatch';
import type { FaultProfile } from './config.js';
import type { KubeObject } from './types.js';

/** Pod annotation naming the fault profile for its containers (overrides image matching). */
export const FAULT_ANNOTATION = 'sim.model-deploy.io/fault-profile';

export const HEALTHY: FaultProfile = {
  name: '(none)',
  match: {},
  pullError: false,
  crashExitCode: 1,
  readinessFailure: false,
  errorRate: 0,
};

/** Picks the profile for a container: the pod annotation first, then the first image match (exact or glob). */
export function profileFor(profiles: FaultProfile[], pod: KubeObject, image: string): FaultProfile {
  const wanted = pod.metadata.annotations?.[FAULT_ANNOTATION];
  if (wanted) {
    const byAnnotation = profiles.find((p) => p.name === wanted || p.match.annotation === wanted);
    if (byAnnotation) return byAnnotation;
  }
  for (const p of profiles) {
    const glob = p.match.image;
    if (!glob) continue;
    if (glob === image || picomatch.isMatch(image, glob, { dot: true })) return p;
  }
  return HEALTHY;
}
