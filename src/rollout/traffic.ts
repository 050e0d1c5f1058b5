import { type Kube, MERGE_PATCH } from '../cluster/kube.js';
import { KServeRouter, KServeWorkload } from './kserve-workload.js';
import { type ModelObjects, modelSelector, service, trackSelector } from './manifests.js';
import { podShare } from './weights.js';
import type { Workload } from './workload.js';

/** Moves traffic between stable and canary; one implementation per kind of router. */
export interface TrafficRouter {
  readonly kind: 'replicas' | 'gateway-api' | 'kserve';
  /** Services and routes exist with 0% to the canary. Idempotent. */
  prepare(): Promise<void>;
  setWeight(weight: number): Promise<void>;
  /** The weight the canary really gets now. */
  weight(ready: { canary: number; stable: number }): Promise<number>;
  /** The canary is gone: route only to stable and drop canary-only objects. */
  cleanup(): Promise<void>;
}

/** Stable and canary pods behind one Service: the weight is the share of ready pods, reported as it is. */
export class ReplicasRouter implements TrafficRouter {
  readonly kind = 'replicas' as const;
  constructor(
    private readonly kube: Kube,
    private readonly o: ModelObjects,
  ) {}

  async prepare(): Promise<void> {
    const { namespace, service: name } = this.o;
    const existing = await this.kube.read('read Service', () =>
      this.kube.core.readNamespacedService({ name, namespace }),
    );
    if (!existing) {
      await this.kube.create('create Service', () =>
        this.kube.core.createNamespacedService({
          namespace,
          body: service(this.o, name, modelSelector(this.o)),
        }),
      );
    }
  }

  async setWeight(): Promise<void> {}

  async weight(ready: { canary: number; stable: number }): Promise<number> {
    return podShare(ready.canary, ready.stable);
  }

  async cleanup(): Promise<void> {}
}

export const HTTPROUTE = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' } as const;

/** The HTTPRoute rule that splits traffic between `<svc>-stable` and `<svc>-canary`. */
export function httpRouteRules(o: ModelObjects, weight: number) {
  const backend = (track: 'stable' | 'canary', w: number) => ({
    group: '',
    kind: 'Service',
    name: `${o.service}-${track}`,
    port: o.port,
    weight: w,
  });
  return [
    {
      backendRefs:
        weight > 0 ? [backend('stable', 100 - weight), backend('canary', weight)] : [backend('stable', 100)],
    },
  ];
}

export function httpRoute(o: ModelObjects, routeName: string, gateway: string | undefined, weight: number) {
  return {
    apiVersion: `${HTTPROUTE.group}/${HTTPROUTE.version}`,
    kind: 'HTTPRoute',
    metadata: {
      name: routeName,
      namespace: o.namespace,
      labels: { 'app.kubernetes.io/managed-by': 'model-deploy' },
    },
    spec: {
      ...(gateway ? { parentRefs: [{ name: gateway }] } : {}),
      rules: httpRouteRules(o, weight),
    },
  };
}

/** Gateway API: HTTPRoute backendRef weights to `<svc>-stable` and `<svc>-canary`. */
export class GatewayApiRouter implements TrafficRouter {
  readonly kind = 'gateway-api' as const;
  private readonly route: string;
  constructor(
    private readonly kube: Kube,
    private readonly o: ModelObjects,
  ) {
    this.route = o.deploy.traffic.route ?? o.service;
  }

  async prepare(): Promise<void> {
    const { namespace } = this.o;
    for (const track of ['stable', 'canary'] as const) {
      const name = `${this.o.service}-${track}`;
      const existing = await this.kube.read('read Service', () =>
        this.kube.core.readNamespacedService({ name, namespace }),
      );
      if (!existing) {
        await this.kube.create(`create Service ${name}`, () =>
          this.kube.core.createNamespacedService({
            namespace,
            body: service(this.o, name, trackSelector(this.o, track)),
          }),
        );
      }
    }
    const existing = await this.readRoute();
    if (!existing) {
      await this.kube.create(`create HTTPRoute ${this.route}`, () =>
        this.kube.custom.createNamespacedCustomObject({
          ...HTTPROUTE,
          namespace,
          body: httpRoute(this.o, this.route, this.o.deploy.traffic.gateway, 0),
        }),
      );
    }
  }

  private readRoute() {
    return this.kube.read(`read HTTPRoute ${this.route}`, () =>
      this.kube.custom.getNamespacedCustomObject({
        ...HTTPROUTE,
        namespace: this.o.namespace,
        name: this.route,
      }),
    ) as Promise<{ spec?: { rules?: { backendRefs?: { name: string; weight?: number }[] }[] } } | undefined>;
  }

  async setWeight(weight: number): Promise<void> {
    await this.kube.call(
      `set HTTPRoute ${this.route} weights`,
      () =>
        this.kube.custom.patchNamespacedCustomObject(
          {
            ...HTTPROUTE,
            namespace: this.o.namespace,
            name: this.route,
            body: { spec: { rules: httpRouteRules(this.o, weight) } },
          },
          MERGE_PATCH,
        ),
      { conflicts: true },
    );
  }

  async weight(): Promise<number> {
    const route = await this.readRoute();
    const refs = route?.spec?.rules?.[0]?.backendRefs ?? [];
    const total = refs.reduce((n, r) => n + (r.weight ?? 1), 0);
    const canary = refs.find((r) => r.name === `${this.o.service}-canary`);
    return total === 0 || !canary ? 0 : (100 * (canary.weight ?? 1)) / total;
  }

  async cleanup(): Promise<void> {
    await this.setWeight(0);
    const name = `${this.o.service}-canary`;
    await this.kube.remove(`delete Service ${name}`, () =>
      this.kube.core.deleteNamespacedService({ name, namespace: this.o.namespace }),
    );
  }
}

export function makeRouter(kube: Kube, o: ModelObjects, workload: Workload): TrafficRouter {
  switch (o.deploy.traffic.router) {
    case 'replicas':
      return new ReplicasRouter(kube, o);
    case 'gateway-api':
      return new GatewayApiRouter(kube, o);
    case 'kserve':
      if (!(workload instanceof KServeWorkload))
        throw new Error('the kserve router needs the kserve workload');
      return new KServeRouter(workload);
  }
}
