import type { V1Deployment, V1Pod } from '@kubernetes/client-node';
import { type Kube, MERGE_PATCH } from '../cluster/kube.js';
import type { DeploymentView } from './engine-types.js';
import {
  deployment,
  imageOf,
  type ModelObjects,
  promotePatch,
  selectorString,
  trackSelector,
} from './manifests.js';
import type { StableUpdate, Workload, WorkloadView } from './workload.js';

export function deploymentView(d: V1Deployment | undefined): DeploymentView | undefined {
  if (!d) return undefined;
  const s = d.status ?? {};
  return {
    image: imageOf(d),
    replicas: d.spec?.replicas ?? 1,
    readyReplicas: s.readyReplicas ?? 0,
    updatedReplicas: s.updatedReplicas ?? 0,
    availableReplicas: s.availableReplicas ?? 0,
    observed: (s.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0),
    annotations: d.metadata?.annotations ?? {},
  };
}

/** The stable Deployment `<name>` and the canary Deployment `<name>-canary`, both ours. */
export class DeploymentWorkload implements Workload {
  readonly stableName: string;
  readonly canaryName: string;
  constructor(
    private readonly kube: Kube,
    private readonly o: ModelObjects,
  ) {
    this.stableName = `Deployment ${o.namespace}/${o.name}`;
    this.canaryName = `Deployment ${o.namespace}/${o.canaryName}`;
  }

  async read(): Promise<WorkloadView> {
    const { kube } = this;
    const { namespace, name, canaryName } = this.o;
    const [stableD, canaryD] = await Promise.all([
      kube.read('read stable Deployment', () => kube.apps.readNamespacedDeployment({ name, namespace })),
      kube.read('read canary Deployment', () =>
        kube.apps.readNamespacedDeployment({ name: canaryName, namespace }),
      ),
    ]);
    const stableSelector = stableD?.spec?.selector.matchLabels ?? trackSelector(this.o, 'stable');
    const list = (what: string, selector: Record<string, string>) =>
      kube.call(what, () =>
        kube.core.listNamespacedPod({ namespace, labelSelector: selectorString(selector) }),
      );
    const [canaryPods, stablePods] = await Promise.all([
      canaryD ? list('list canary pods', trackSelector(this.o, 'canary')) : { items: [] as V1Pod[] },
      stableD ? list('list stable pods', stableSelector) : { items: [] as V1Pod[] },
    ]);
    const canaryNames = new Set(canaryPods.items.map((p) => p.metadata?.name));
    const stable = deploymentView(stableD);
    const canary = deploymentView(canaryD);
    return {
      ...(stable ? { stable } : {}),
      ...(canary ? { canary } : {}),
      canaryPods: canaryPods.items,
      // Pods of the canary also match an adopted stable's selector when it is broad: keep them apart.
      stablePods: stablePods.items.filter((p) => !canaryNames.has(p.metadata?.name)),
      target: { namespace, stable: name, canary: canaryName },
    };
  }

  async createStable(image: string, replicas: number, annotations: Record<string, string>): Promise<void> {
    const body = deployment(this.o, 'stable', image, replicas, annotations);
    await this.kube.create('create stable Deployment', () =>
      this.kube.apps.createNamespacedDeployment({ namespace: this.o.namespace, body }),
    );
  }

  async createCanary(image: string, annotations: Record<string, string>): Promise<boolean> {
    const body = deployment(this.o, 'canary', image, 0, annotations);
    const created = await this.kube.create('create canary Deployment', () =>
      this.kube.apps.createNamespacedDeployment({ namespace: this.o.namespace, body }),
    );
    if (!created) await this.writeState(annotations);
    return created !== undefined;
  }

  writeState(annotations: Record<string, string>): Promise<void> {
    return this.patch(this.o.canaryName, { metadata: { annotations } }, true);
  }

  scaleCanary(replicas: number): Promise<void> {
    return this.patch(this.o.canaryName, { spec: { replicas } }, true);
  }

  scaleStable(replicas: number): Promise<void> {
    return this.patch(this.o.name, { spec: { replicas } }, false);
  }

  async updateStable(image: string, update: StableUpdate): Promise<void> {
    const { kube } = this;
    const { name, namespace } = this.o;
    const current = await kube.read('read stable Deployment', () =>
      kube.apps.readNamespacedDeployment({ name, namespace }),
    );
    if (!current) return;
    await this.patch(name, promotePatch(current, this.o, image, update), false);
  }

  async deleteCanary(): Promise<void> {
    await this.kube.remove('delete canary Deployment', () =>
      this.kube.apps.deleteNamespacedDeployment({
        name: this.o.canaryName,
        namespace: this.o.namespace,
        propagationPolicy: 'Background',
      }),
    );
  }

  annotateStable(annotations: Record<string, string | null>): Promise<void> {
    return this.patch(this.o.name, { metadata: { annotations } }, false);
  }

  private async patch(name: string, body: object, missingOk: boolean): Promise<void> {
    const { kube } = this;
    const what = `patch Deployment ${name}`;
    const write = () =>
      kube.apps.patchNamespacedDeployment({ name, namespace: this.o.namespace, body }, MERGE_PATCH);
    if (missingOk) await kube.patchIfExists(what, write);
    else await kube.call(what, write, { conflicts: true });
  }
}
