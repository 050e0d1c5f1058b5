import type { V1ConfigMap, V1Pod } from '@kubernetes/client-node';
import { type Kube, MERGE_PATCH } from '../cluster/kube.js';
import { InputError } from '../errors.js';
import type { DeploymentView } from './engine-types.js';
import {
  INFERENCESERVICE,
  INFERENCESERVICE_LABEL,
  type InferenceService,
  inferenceService,
  inferenceServiceName,
  predictorImage,
  predictorPatch,
  predictorStatus,
  REVISION_LABEL,
  rawDeploymentMode,
} from './kserve-manifest.js';
import { labels, type ModelObjects, selectorString } from './manifests.js';
import { ANNOTATION, readState } from './state.js';
import type { TrafficRouter } from './traffic.js';
import type { StableUpdate, Workload, WorkloadView } from './workload.js';

/** On the canary ConfigMap: the image being rolled out and the revision that was stable when it started. */
const CANARY_IMAGE = 'model-deploy.io/canary-image';
const STABLE_REVISION = 'model-deploy.io/stable-revision';

function ready(pod: V1Pod): boolean {
  return (
    !pod.metadata?.deletionTimestamp &&
    pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true
  );
}

/**
 * KServe serverless: the canary is the InferenceService's own latest revision. A rollout patches
 * the predictor image with canaryTrafficPercent 0, moves the percent, promotes by removing it
 * (the latest takes 100% and becomes the rolled-out revision) and rolls back by restoring the old
 * image pinned at 0% until its revision is ready. The InferenceService's own labels and
 * annotations are never written: KServe copies them into the revision template, so each write
 * would start a new revision. Our bookkeeping lives in two ConfigMaps: `<name>-model-deploy-stable`
 * (revision, first deploy) and `<name>-canary` (the rollout state, deleted when the rollout ends).
 */
export class KServeWorkload implements Workload {
  readonly isvc: string;
  readonly stableName: string;
  readonly canaryName: string;
  private readonly stableRecord: string;
  constructor(
    private readonly kube: Kube,
    private readonly o: ModelObjects,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.isvc = inferenceServiceName(o);
    this.stableRecord = `${o.name}-model-deploy-stable`;
    this.stableName = `InferenceService ${o.namespace}/${this.isvc} (rolled-out revision)`;
    this.canaryName = `InferenceService ${o.namespace}/${this.isvc} (latest revision)`;
  }

  readIsvc(): Promise<InferenceService | undefined> {
    return this.kube.read(`read InferenceService ${this.isvc}`, () =>
      this.kube.custom.getNamespacedCustomObject({
        ...INFERENCESERVICE,
        namespace: this.o.namespace,
        name: this.isvc,
      }),
    ) as Promise<InferenceService | undefined>;
  }

  private readConfigMap(name: string): Promise<V1ConfigMap | undefined> {
    return this.kube.read(`read ConfigMap ${name}`, () =>
      this.kube.core.readNamespacedConfigMap({ name, namespace: this.o.namespace }),
    );
  }

  async read(): Promise<WorkloadView> {
    const { namespace } = this.o;
    const [isvc, record, marker, pods] = await Promise.all([
      this.readIsvc(),
      this.readConfigMap(this.stableRecord),
      this.readConfigMap(this.o.canaryName),
      this.kube.call('list predictor pods', () =>
        this.kube.core.listNamespacedPod({
          namespace,
          labelSelector: selectorString({ [INFERENCESERVICE_LABEL]: this.isvc }),
        }),
      ),
    ]);
    const podsOf = (revision: string | undefined) =>
      revision ? pods.items.filter((p) => p.metadata?.labels?.[REVISION_LABEL] === revision) : [];
    const target = (stable = 'none', canary = 'none') => ({
      namespace,
      stable: `${stable}-deployment`,
      canary: `${canary}-deployment`,
      revisions: { stable, canary },
    });
    const markerView = (): DeploymentView | undefined =>
      marker
        ? {
            image: marker.metadata?.annotations?.[CANARY_IMAGE] ?? '',
            replicas: 0,
            readyReplicas: 0,
            updatedReplicas: 0,
            availableReplicas: 0,
            observed: true,
            annotations: marker.metadata?.annotations ?? {},
          }
        : undefined;
    if (!isvc) {
      const canary = markerView();
      return {
        ...(canary ? { canary } : {}),
        stablePods: [],
        canaryPods: [],
        target: target(undefined, undefined),
      };
    }
    const predictor = isvc.spec.predictor;
    const image = predictorImage(predictor) ?? '';
    const replicas = predictor.minReplicas ?? 1;
    const { observed, latest, latestReady, rolledOut } = predictorStatus(isvc);
    const view = (img: string, revision: string | undefined, annotations: Record<string, string>) => {
      const n = podsOf(revision).filter(ready).length;
      return {
        image: img,
        replicas,
        readyReplicas: n,
        updatedReplicas: n,
        availableReplicas: n,
        observed,
        annotations,
      };
    };
    const recordAnnotations = record?.metadata?.annotations ?? {};
    if (!marker) {
      const revision = latest ?? rolledOut;
      return {
        stable: { ...view(image, revision, recordAnnotations), observed: observed && rolledOut === latest },
        stablePods: podsOf(revision),
        canaryPods: [],
        target: target(revision, undefined),
      };
    }
    const annotations = marker.metadata?.annotations ?? {};
    const state = readState(annotations);
    const stableImage = state.ok ? state.state.stableImage : image;
    const before = annotations[STABLE_REVISION];
    const canaryRevision = latest !== undefined && latest !== before ? latest : undefined;
    if (state.ok && state.state.phase === 'aborting') {
      // Rolling back: stable is what the spec says once the restored revision is ready.
      const restored = image === stableImage && latestReady ? latest : undefined;
      const stableRevision = image === stableImage ? restored : rolledOut;
      return {
        stable: view(image, stableRevision, recordAnnotations),
        canary: { ...view(annotations[CANARY_IMAGE] ?? image, undefined, annotations) },
        stablePods: podsOf(stableRevision),
        canaryPods: [],
        target: target(stableRevision, undefined),
      };
    }
    const stableRevision = rolledOut ?? before;
    return {
      stable: view(
        rolledOut !== undefined && rolledOut === latest ? image : stableImage,
        stableRevision,
        recordAnnotations,
      ),
      canary: view(image, canaryRevision, annotations),
      stablePods: podsOf(stableRevision).filter(
        (p) => !canaryRevision || p.metadata?.labels?.[REVISION_LABEL] !== canaryRevision,
      ),
      canaryPods: podsOf(canaryRevision),
      target: target(stableRevision, canaryRevision),
    };
  }

  async patchIsvc(what: string, body: object): Promise<void> {
    await this.kube.call(
      what,
      () =>
        this.kube.custom.patchNamespacedCustomObject(
          { ...INFERENCESERVICE, namespace: this.o.namespace, name: this.isvc, body },
          MERGE_PATCH,
        ),
      { conflicts: true },
    );
  }

  private imageOf(isvc: InferenceService): string {
    const image = predictorImage(isvc.spec.predictor);
    if (image === undefined) {
      throw new InputError(
        `InferenceService ${this.o.namespace}/${this.isvc}: spec.predictor has no container image and no oci:// ` +
          'storageUri; model-deploy rolls out images: give it a custom container (containers[].name: kserve-container) ' +
          'or a modelcar (model.storageUri: oci://IMAGE)',
      );
    }
    return image;
  }

  /** Makes the predictor of `isvc` (as just read) run `image`, with canaryTrafficPercent in the same write. */
  private async setImage(
    isvc: InferenceService | undefined,
    image: string,
    canaryTrafficPercent: number | null,
  ): Promise<void> {
    if (!isvc)
      throw new InputError(
        `InferenceService ${this.o.namespace}/${this.isvc} disappeared during the rollout`,
      );
    const current = this.imageOf(isvc);
    const percent = isvc.spec.predictor.canaryTrafficPercent ?? null;
    if (current === image && percent === canaryTrafficPercent) return;
    await this.patchIsvc(
      `set InferenceService ${this.isvc} image`,
      predictorPatch(isvc.spec.predictor, image, canaryTrafficPercent),
    );
  }

  async createStable(image: string, replicas: number, annotations: Record<string, string>): Promise<void> {
    await this.kube.create(`create InferenceService ${this.isvc}`, () =>
      this.kube.custom.createNamespacedCustomObject({
        ...INFERENCESERVICE,
        namespace: this.o.namespace,
        body: inferenceService(this.o, image, replicas),
      }),
    );
    await this.annotateStable(annotations);
  }

  async createCanary(image: string, annotations: Record<string, string>): Promise<boolean> {
    const isvc = await this.readIsvc();
    if (isvc) {
      this.imageOf(isvc);
      const raw = rawDeploymentMode(isvc);
      if (raw) {
        throw new InputError(
          `InferenceService ${this.o.namespace}/${this.isvc} runs in ${raw} mode, where KServe ignores ` +
            'canaryTrafficPercent (kserve#5335): a kserve canary would take all the traffic at once. Use ' +
            'traffic.router: gateway-api, or serverless mode (serving.kserve.io/deploymentMode: Serverless)',
        );
      }
    }
    const before = isvc?.status?.components?.predictor?.latestRolledoutRevision;
    const body: V1ConfigMap = {
      metadata: {
        name: this.o.canaryName,
        namespace: this.o.namespace,
        labels: labels(this.o, 'canary'),
        annotations: {
          ...annotations,
          [CANARY_IMAGE]: image,
          ...(before ? { [STABLE_REVISION]: before } : {}),
        },
      },
    };
    const created = await this.kube.create('create canary ConfigMap', () =>
      this.kube.core.createNamespacedConfigMap({ namespace: this.o.namespace, body }),
    );
    if (!created) await this.writeState(annotations);
    await this.setImage(isvc, image, 0);
    return created !== undefined;
  }

  async writeState(annotations: Record<string, string>): Promise<void> {
    const { canaryName: name, namespace } = this.o;
    await this.kube.patchIfExists('patch canary ConfigMap', () =>
      this.kube.core.patchNamespacedConfigMap(
        { name, namespace, body: { metadata: { annotations } } },
        MERGE_PATCH,
      ),
    );
  }

  /** Knative sizes each revision (minReplicas); one revision cannot be scaled on its own. */
  async scaleCanary(): Promise<void> {}
  async scaleStable(): Promise<void> {}

  /** Promotion when the predictor already runs `image` (drop the split); otherwise restore it, pinned at 0%. */
  async updateStable(image: string, { revision }: StableUpdate): Promise<void> {
    const isvc = await this.readIsvc();
    const current = isvc ? predictorImage(isvc.spec.predictor) : undefined;
    await this.setImage(isvc, image, current === image ? null : 0);
    if (revision !== undefined) await this.annotateStable({ [ANNOTATION.revision]: String(revision) });
  }

  async deleteCanary(): Promise<void> {
    const [marker, isvc] = await Promise.all([this.readConfigMap(this.o.canaryName), this.readIsvc()]);
    const state = readState(marker?.metadata?.annotations);
    if (isvc && state.ok && state.state.phase === 'aborting') {
      const s = isvc.status?.components?.predictor ?? {};
      const restored = predictorImage(isvc.spec.predictor) === state.state.stableImage;
      if (restored && predictorStatus(isvc).latestReady) {
        await this.patchIsvc(`unpin InferenceService ${this.isvc}`, {
          spec: { predictor: { canaryTrafficPercent: null } },
        });
      } else {
        this.log(
          `InferenceService ${this.o.namespace}/${this.isvc} stays pinned (canaryTrafficPercent: 0, all traffic on ` +
            `${s.latestRolledoutRevision ?? 'the rolled-out revision'}) because the restored revision ` +
            `${s.latestCreatedRevision ?? ''} is not ready; the next deploy or \`kubectl patch\` removing ` +
            'canaryTrafficPercent finishes it once it is',
        );
      }
    }
    await this.kube.remove('delete canary ConfigMap', () =>
      this.kube.core.deleteNamespacedConfigMap({ name: this.o.canaryName, namespace: this.o.namespace }),
    );
  }

  async annotateStable(annotations: Record<string, string | null>): Promise<void> {
    const { kube } = this;
    const { namespace } = this.o;
    const name = this.stableRecord;
    const patched = await kube.patchIfExists('patch stable ConfigMap', () =>
      kube.core.patchNamespacedConfigMap(
        { name, namespace, body: { metadata: { annotations } } },
        MERGE_PATCH,
      ),
    );
    if (!patched) {
      const set = Object.fromEntries(Object.entries(annotations).filter(([, v]) => v !== null)) as Record<
        string,
        string
      >;
      await kube.create('create stable ConfigMap', () =>
        kube.core.createNamespacedConfigMap({
          namespace,
          body: { metadata: { name, namespace, labels: labels(this.o, 'stable'), annotations: set } },
        }),
      );
    }
  }
}

/**
 * canaryTrafficPercent of the InferenceService: the share of its latest revision; the rest goes to
 * the last rolled-out one. Weight 0 once the latest IS the rolled-out revision means "no split".
 */
export class KServeRouter implements TrafficRouter {
  readonly kind = 'kserve' as const;
  constructor(private readonly workload: KServeWorkload) {}

  async prepare(): Promise<void> {}

  async setWeight(weight: number): Promise<void> {
    const isvc = await this.workload.readIsvc();
    if (!isvc) return;
    const { latest, rolledOut } = predictorStatus(isvc);
    const percent = weight === 0 && latest !== undefined && latest === rolledOut ? null : weight;
    await this.workload.patchIsvc(`set InferenceService ${this.workload.isvc} canaryTrafficPercent`, {
      spec: { predictor: { canaryTrafficPercent: percent } },
    });
  }

  async weight(): Promise<number> {
    const isvc = await this.workload.readIsvc();
    const c = isvc?.spec.predictor.canaryTrafficPercent;
    return typeof c === 'number' ? c : 0;
  }

  async cleanup(): Promise<void> {}
}
