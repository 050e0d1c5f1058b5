import { resolve } from 'node:path';
import { parseDuration } from '../config/units.js';
import { ClusterApi } from './api.js';
import { type Clock, ManualClock, realClock, timestamp } from './clock.js';
import { parseSimConfig, type SimConfig, type SimConfigInput } from './config.js';
import { reconcileDeployments } from './deployment-controller.js';
import { SERVER_VERSION } from './discovery.js';
import { reconcileEndpoints } from './endpoints-controller.js';
import { EventRecorder } from './events.js';
import { reconcileHttpRoutes } from './gateway-controller.js';
import { ImageCatalog } from './images.js';
import { reconcileJobs } from './job-controller.js';
import { reconcileInferenceServices } from './kserve-controller.js';
import { writeKubeconfig } from './kubeconfig.js';
import { Kubelets } from './kubelet.js';
import { renewNodeLeases } from './node-leases.js';
import { poolNodes } from './nodes.js';
import { seededRandom } from './prng.js';
import { reconcileReplicaSets } from './replicaset-controller.js';
import { resourceByKind } from './resources.js';
import { schedule } from './scheduler.js';
import { SimServer } from './server.js';
import { ApiError } from './status.js';
import { Store } from './store.js';
import { TrafficGenerator } from './traffic.js';
import type { Condition, KubeObject } from './types.js';

const POD = resourceByKind('Pod')!;
const NODE = resourceByKind('Node')!;
const NS = resourceByKind('Namespace')!;
const EVENT = resourceByKind('Event')!;
const SERVICE = resourceByKind('Service')!;
/** Like the apiserver's --event-ttl default. */
const EVENT_TTL_MS = 3_600_000;

export interface SimOptions {
  /** sim.yaml content (parsed or not); defaults give four 8-GPU nodes. */
  config?: SimConfigInput | SimConfig;
  port?: number;
  host?: string;
  /** Write a kubeconfig pointing at the server here. */
  kubeconfigPath?: string;
  /** A ManualClock makes time move only when the test calls advance(); ticks then run only on advance/tick. */
  clock?: Clock;
  /** Objects to load before the controllers start (nodes and pods from --from-kubeconfig). */
  initialObjects?: KubeObject[];
  /** Skip the default node pools (initialObjects bring their own nodes). */
  noNodePools?: boolean;
}

export interface SimCluster {
  url: string;
  kubeconfigPath?: string;
  config: SimConfig;
  api: ClusterApi;
  clock: Clock;
  traffic: TrafficGenerator;
  /** Failures of background ticks (also emitted as process warnings). */
  errors: string[];
  /** Runs every controller once. */
  tick(): void;
  /** Manual clock only: moves time forward in steps of the tick interval, ticking each step. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** Starts the simulated cluster in-process: API server on 127.0.0.1, controllers, kubelets and traffic. */
export async function startSimCluster(options: SimOptions = {}): Promise<SimCluster> {
  const config = isParsed(options.config) ? options.config : parseSimConfig(options.config ?? {});
  const clock = options.clock ?? realClock;
  const random = seededRandom(config.seed);
  const store = new Store(clock);
  const api = new ClusterApi(store, clock, random);
  const events = new EventRecorder(store, clock);
  const images = new ImageCatalog(
    {
      ...(config.registry ? { registry: config.registry } : {}),
      ...(config.ociLayout ? { ociLayout: config.ociLayout } : {}),
    },
    () => clock.now(),
  );
  const kubelets = new Kubelets(api, clock, events, images, config);
  const traffic = new TrafficGenerator(store, kubelets, clock, config, seededRandom(config.seed + 1));

  for (const ns of new Set([
    'default',
    'kube-system',
    'kube-public',
    'kube-node-lease',
    ...config.namespaces,
  ])) {
    api.create(NS, undefined, { metadata: { name: ns } });
  }
  api.create(SERVICE, 'default', {
    metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: {
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
    },
  });
  if (!options.noNodePools) {
    config.nodePools.forEach((pool, i) => {
      for (const node of poolNodes(pool, i, clock.now())) api.create(NODE, undefined, node);
    });
  }
  for (const o of options.initialObjects ?? []) {
    const r = resourceByKind(o.kind ?? '');
    if (!r) continue;
    if (r.namespaced && o.metadata.namespace && !store.peek(NS, undefined, o.metadata.namespace)) {
      api.create(NS, undefined, { metadata: { name: o.metadata.namespace } });
    }
    const created = store.create(r, o);
    if (r === POD && o.status) store.update(POD, { ...created, status: o.status });
  }

  const lastUnschedulable = new Map<string, { message: string; at: number }>();
  const scheduleTick = () => {
    const nodes = store.peekAll(NODE);
    const pods = store.peekAll(POD);
    const bound = pods.filter((p) => p.spec?.nodeName);
    for (const pod of pods) {
      if (pod.spec?.nodeName || pod.metadata.deletionTimestamp) continue;
      if (pod.spec?.schedulerName && pod.spec.schedulerName !== 'default-scheduler') continue;
      const result = schedule(pod, nodes, bound);
      const now = clock.now();
      const copy = structuredClone(pod);
      const conds: Condition[] = (copy.status?.conditions ?? []).filter(
        (c: Condition) => c.type !== 'PodScheduled',
      );
      if (result.node) {
        copy.spec.nodeName = result.node;
        copy.status = {
          ...copy.status,
          conditions: [
            ...conds,
            { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: timestamp(now) },
          ],
        };
        const saved = store.update(POD, copy);
        bound.push(saved);
        lastUnschedulable.delete(pod.metadata.uid!);
        events.record(
          saved,
          'Normal',
          'Scheduled',
          `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${result.node}`,
          {
            component: 'default-scheduler',
          },
        );
        continue;
      }
      const message = result.message ?? '';
      const prev = lastUnschedulable.get(pod.metadata.uid!);
      if (prev && prev.message === message && now - prev.at < 10_000) continue;
      lastUnschedulable.set(pod.metadata.uid!, { message, at: now });
      copy.status = {
        ...copy.status,
        phase: 'Pending',
        conditions: [
          ...conds,
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message,
            lastProbeTime: null,
            lastTransitionTime: timestamp(now),
          },
        ],
      };
      const saved = store.update(POD, copy);
      events.record(saved, 'Warning', 'FailedScheduling', message, { component: 'default-scheduler' });
    }
  };

  let lastEventSweep = clock.now();
  const sweepEvents = () => {
    const now = clock.now();
    if (now - lastEventSweep < 10_000) return;
    lastEventSweep = now;
    for (const e of store.peekAll(EVENT)) {
      const last = Date.parse((e.lastTimestamp as string | undefined) ?? e.metadata.creationTimestamp ?? '');
      if (now - last > EVENT_TTL_MS) store.delete(EVENT, e.metadata.namespace, e.metadata.name!);
    }
  };

  const tick = () => {
    reconcileDeployments(api, clock, events);
    reconcileReplicaSets(api, clock, events);
    scheduleTick();
    kubelets.tick();
    reconcileReplicaSets(api, clock, events);
    reconcileDeployments(api, clock, events);
    reconcileJobs(api, clock, events);
    reconcileEndpoints(store);
    renewNodeLeases(store, clock);
    api.collectGarbage();
    reconcileHttpRoutes(store, clock);
    reconcileInferenceServices(store);
    traffic.tick();
    sweepEvents();
  };

  const server = new SimServer(api, {
    logs: (ns, pod, container, previous) => {
      const out = kubelets.logs(ns, pod, container, previous);
      if (out === undefined)
        return new ApiError(404, 'NotFound', `pods "${pod}" not found`, { name: pod, kind: 'pods' });
      if (typeof out === 'object') return new ApiError(400, 'BadRequest', out.error);
      return out;
    },
    metrics: () => traffic.metrics(),
    stats: (q) =>
      traffic.stats.window(
        q.get('namespace') ?? 'default',
        q.get('track') ?? 'canary',
        parseDuration(q.get('window') ?? '30s') ?? 30_000,
        clock.now(),
      ),
    // Only a simulator given a layout can pull oci: images; without one it is like a real cluster.
    version: () =>
      config.ociLayout
        ? { ...SERVER_VERSION, modelDeploySimulator: { ociLayout: resolve(config.ociLayout) } }
        : SERVER_VERSION,
  });
  const url = await server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  if (options.kubeconfigPath) writeKubeconfig(options.kubeconfigPath, url);

  const manual = clock instanceof ManualClock;
  let timer: NodeJS.Timeout | undefined;
  const errors: string[] = [];
  if (!manual) {
    timer = setInterval(() => {
      try {
        tick();
      } catch (error) {
        const text = (error as Error).stack ?? String(error);
        if (errors.length < 100) errors.push(text);
        process.emitWarning(`simulated cluster tick failed: ${text}`);
      }
    }, config.tick);
    timer.unref();
  }
  tick();

  return {
    url,
    ...(options.kubeconfigPath ? { kubeconfigPath: options.kubeconfigPath } : {}),
    config,
    api,
    clock,
    traffic,
    errors,
    tick,
    advance(ms: number) {
      if (!(clock instanceof ManualClock))
        throw new Error('advance() needs the simulator started with a ManualClock');
      let left = ms;
      while (left > 0) {
        const step = Math.min(left, config.tick);
        clock.advance(step);
        tick();
        left -= step;
      }
    },
    async close() {
      if (timer) clearInterval(timer);
      await server.close();
    },
  };
}

function isParsed(c: SimOptions['config']): c is SimConfig {
  return (
    !!c &&
    typeof c === 'object' &&
    'kubelet' in c &&
    'traffic' in c &&
    Array.isArray((c as SimConfig).faultProfiles) &&
    typeof (c as SimConfig).tick === 'number' &&
    typeof (c as SimConfig).kubelet.backoffBase === 'number'
  );
}
