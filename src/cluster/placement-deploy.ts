import type { DeployConfig } from '../config/sections/deploy.js';
import type { PodShape, Toleration } from './placement-model.js';

/** The Deployment's pod shape from deploy.* in model-deploy.yml, for `replicas` pods (e.g. canary + surge). */
export function podShapeFromDeploy(deploy: DeployConfig, replicas: number, name?: string): PodShape {
  const r = deploy.resources;
  const tolerations: Toleration[] = deploy.tolerations.map((t) => ({
    ...(t.key !== undefined ? { key: t.key } : {}),
    operator: t.operator,
    ...(t.value !== undefined ? { value: t.value } : {}),
    ...(t.effect !== undefined ? { effect: t.effect } : {}),
  }));
  return {
    ...(name ? { name } : {}),
    replicas,
    ...(r.gpus ? { gpus: r.gpus } : {}),
    ...(r.mig ? { mig: r.mig } : {}),
    ...(r['gpu-product'] ? { gpuProduct: r['gpu-product'] } : {}),
    ...(r.cpu ? { cpu: r.cpu } : {}),
    ...(r.memory ? { memory: r.memory } : {}),
    nodeSelector: { ...deploy['node-selector'] },
    tolerations,
  };
}
