import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from './clock.js';
import type { SimConfig } from './config.js';
import { predictorTraffic } from './kserve-controller.js';
import type { KubeletView } from './kubelet.js';
import { lognormalMs } from './prng.js';
import { controllerOf, podReady } from './replicaset-controller.js';
import { resourceByKind } from './resources.js';
import { matchesMap } from './selectors.js';
import { TrackStats } from './stats.js';
import type { Store } from './store.js';
import type { KubeObject } from './types.js';

const POD = resourceByKind('Pod')!;
const SVC = resourceByKind('Service')!;
const ROUTE = resourceByKind('HTTPRoute')!;
const RS = resourceByKind('ReplicaSet')!;
const ISVC = resourceByKind('InferenceService')!;

/** Service / HTTPRoute / InferenceService annotation overriding the requests per second sent through it. */
export const RPS_ANNOTATION = 'sim.model-deploy.io/rps';
/** Pod labels read for the `track` metric label, first one present wins. */
export const TRACK_LABELS = ['track', 'model-deploy.io/track', 'app.kubernetes.io/track'];

const POD_LABELS = ['namespace', 'pod', 'deployment', 'track'] as const;

interface PodSeries {
  labels: Record<(typeof POD_LABELS)[number], string>;
  codes: Set<string>;
  gpus: string[];
  node: string;
  product: string;
  containers: string[];
}

/** Sends simulated requests through Services, HTTPRoutes and InferenceServices and keeps per-pod metrics in a prom-client registry. */
export class TrafficGenerator {
  readonly registry = new Registry();
  readonly stats = new TrackStats();
  private readonly requests: Counter;
  private readonly routeRequests: Counter;
  private readonly duration: Histogram;
  private readonly gpuUtil: Gauge;
  private readonly fbUsed: Gauge;
  private readonly restarts: Counter;
  private readonly restartsSeen = new Map<string, number>();
  private readonly ready: Gauge;
  private readonly carry = new Map<string, number>();
  private readonly series = new Map<string, PodSeries>();
  private last: number | undefined;

  constructor(
    private readonly store: Store,
    private readonly kubelets: KubeletView,
    private readonly clock: Clock,
    private readonly config: SimConfig,
    private readonly random: () => number,
  ) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'model_requests_total',
      help: 'Inference requests served by a model pod, by HTTP status code.',
      labelNames: [...POD_LABELS, 'code'],
      registers,
    });
    this.routeRequests = new Counter({
      name: 'model_route_requests_total',
      help: 'Requests sent through an HTTPRoute backendRef (code 503 when the backend has no ready pod).',
      labelNames: ['namespace', 'route', 'backend', 'code'],
      registers,
    });
    this.duration = new Histogram({
      name: 'model_request_duration_seconds',
      help: 'Inference request latency.',
      labelNames: [...POD_LABELS],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    const gpuLabels = [...POD_LABELS, 'container', 'gpu', 'UUID', 'device', 'modelName', 'Hostname'];
    this.gpuUtil = new Gauge({
      name: 'DCGM_FI_DEV_GPU_UTIL',
      help: 'GPU utilization (in %).',
      labelNames: gpuLabels,
      registers,
    });
    this.fbUsed = new Gauge({
      name: 'DCGM_FI_DEV_FB_USED',
      help: 'Framebuffer memory used (in MiB).',
      labelNames: gpuLabels,
      registers,
    });
    this.restarts = new Counter({
      name: 'kube_pod_container_status_restarts_total',
      help: 'The number of container restarts per container.',
      labelNames: [...POD_LABELS, 'container'],
      registers,
    });
    this.ready = new Gauge({
      name: 'kube_pod_status_ready',
      help: 'Describes whether the pod is ready to serve requests.',
      labelNames: [...POD_LABELS, 'condition'],
      registers,
    });
  }

  async metrics(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }

  private deploymentOf(pod: KubeObject): string {
    const rsUid = controllerOf(pod);
    if (!rsUid) return '';
    const rs = this.store.peekAll(RS, pod.metadata.namespace).find((r) => r.metadata.uid === rsUid);
    return rs?.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Deployment')?.name ?? '';
  }

  private labelsOf(pod: KubeObject): PodSeries['labels'] {
    const l = pod.metadata.labels ?? {};
    const track = TRACK_LABELS.map((k) => l[k]).find((v) => v !== undefined) ?? '';
    return {
      namespace: pod.metadata.namespace ?? '',
      pod: pod.metadata.name ?? '',
      deployment: this.deploymentOf(pod),
      track,
    };
  }

  private rps(o: KubeObject): number {
    const a = Number(o.metadata.annotations?.[RPS_ANNOTATION]);
    return Number.isFinite(a) && a >= 0 && o.metadata.annotations?.[RPS_ANNOTATION] !== undefined
      ? a
      : this.config.traffic.rps;
  }

  private readyPods(svc: KubeObject, pods: readonly KubeObject[]): KubeObject[] {
    return pods.filter(
      (p) =>
        p.metadata.namespace === svc.metadata.namespace &&
        !p.metadata.deletionTimestamp &&
        podReady(p) &&
        matchesMap(p.metadata.labels, svc.spec?.selector),
    );
  }

  tick(): void {
    const now = this.clock.now();
    const dt = this.last === undefined ? 0 : Math.min(Math.max(0, now - this.last), 60_000) / 1000;
    this.last = now;
    const pods = this.store.peekAll(POD);
    const services = this.store.peekAll(SVC);
    const routes = this.store.peekAll(ROUTE);
    const perPod = new Map<string, number>();
    const send = (pod: KubeObject, rate: number) =>
      perPod.set(pod.metadata.uid!, (perPod.get(pod.metadata.uid!) ?? 0) + rate);
    const routed = new Set<string>();
    for (const route of routes) {
      const rules: {
        backendRefs?: { name: string; namespace?: string; weight?: number; kind?: string }[];
      }[] = route.spec?.rules ?? [];
      const total = this.rps(route);
      const perRule = rules.length ? total / rules.length : 0;
      for (const rule of rules) {
        const refs = (rule.backendRefs ?? []).filter((b) => (b.kind ?? 'Service') === 'Service');
        const weightSum = refs.reduce((a, b) => a + (b.weight ?? 1), 0);
        for (const ref of refs) {
          const ns = ref.namespace ?? route.metadata.namespace;
          routed.add(`${ns}/${ref.name}`);
          if (!weightSum) continue;
          const rate = (perRule * (ref.weight ?? 1)) / weightSum;
          const svc = services.find((s) => s.metadata.namespace === ns && s.metadata.name === ref.name);
          const backends = svc ? this.readyPods(svc, pods) : [];
          if (!backends.length) {
            const n = this.whole(`route/${ns}/${route.metadata.name}/${ref.name}`, rate * dt);
            if (n)
              this.routeRequests.inc(
                { namespace: ns ?? '', route: route.metadata.name ?? '', backend: ref.name, code: '503' },
                n,
              );
            continue;
          }
          const n = this.whole(`route/${ns}/${route.metadata.name}/${ref.name}/ok`, rate * dt);
          if (n)
            this.routeRequests.inc(
              { namespace: ns ?? '', route: route.metadata.name ?? '', backend: ref.name, code: '200' },
              n,
            );
          for (const p of backends) send(p, rate / backends.length);
        }
      }
    }
    for (const isvc of this.store.peekAll(ISVC)) {
      const total = this.rps(isvc);
      for (const revision of predictorTraffic(isvc, pods)) {
        const rate = (total * revision.percent) / 100;
        for (const p of revision.pods) send(p, rate / revision.pods.length);
      }
    }
    for (const svc of services) {
      if (routed.has(`${svc.metadata.namespace}/${svc.metadata.name}`)) continue;
      const backends = this.readyPods(svc, pods);
      const rate = this.rps(svc);
      for (const p of backends) send(p, rate / backends.length);
    }
    const alive = new Set<string>();
    for (const pod of pods) {
      const uid = pod.metadata.uid!;
      const rt = this.kubelets.runtime(uid);
      if (!rt || !pod.spec?.nodeName) continue;
      alive.add(uid);
      const series = this.seriesFor(pod);
      const profile = rt[0]?.profile;
      const rate = perPod.get(uid) ?? 0;
      const n = this.whole(uid, rate * dt);
      if (profile && n > 0) {
        const p50 = profile.latency?.p50 ?? 50;
        const p99 = profile.latency?.p99 ?? 200;
        let errors = 0;
        for (let i = 0; i < n; i++) {
          if (this.random() < profile.errorRate) errors++;
          this.duration.observe(series.labels, lognormalMs(this.random, p50, p99) / 1000);
        }
        if (n - errors) this.inc(series, '200', n - errors);
        if (errors) this.inc(series, '500', errors);
      }
      this.gpuGauges(pod, series, rt, rate);
      const statuses: { name: string; restartCount?: number }[] = pod.status?.containerStatuses ?? [];
      for (const s of statuses) {
        const key = `${uid}/${s.name}`;
        const seen = this.restartsSeen.get(key);
        const count = s.restartCount ?? 0;
        if (seen === undefined || count > seen)
          this.restarts.inc({ ...series.labels, container: s.name }, count - (seen ?? 0));
        this.restartsSeen.set(key, count);
      }
      const ready = podReady(pod);
      this.ready.set({ ...series.labels, condition: 'true' }, ready ? 1 : 0);
      this.ready.set({ ...series.labels, condition: 'false' }, ready ? 0 : 1);
    }
    for (const [uid, s] of this.series) if (!alive.has(uid)) this.drop(uid, s);
  }

  /** Whole requests for a fractional rate, carrying the remainder to the next tick. */
  private whole(key: string, amount: number): number {
    const total = (this.carry.get(key) ?? 0) + amount;
    const n = Math.floor(total);
    this.carry.set(key, total - n);
    return n;
  }

  private inc(series: PodSeries, code: string, n: number): void {
    series.codes.add(code);
    this.requests.inc({ ...series.labels, code }, n);
    this.stats.record(series.labels.namespace, series.labels.track, code, n, this.clock.now());
  }

  private seriesFor(pod: KubeObject): PodSeries {
    const uid = pod.metadata.uid!;
    let s = this.series.get(uid);
    if (!s) {
      const node = this.store.peek(resourceByKind('Node')!, undefined, pod.spec.nodeName);
      const gpus: string[] = [];
      for (const c of pod.spec?.containers ?? []) {
        const lim = { ...(c.resources?.requests ?? {}), ...(c.resources?.limits ?? {}) } as Record<
          string,
          string | number
        >;
        for (const [k, v] of Object.entries(lim)) {
          if (k === 'nvidia.com/gpu' || k.startsWith('nvidia.com/mig-'))
            for (let i = 0; i < Number(v); i++) gpus.push(`${gpus.length}`);
        }
      }
      s = {
        labels: this.labelsOf(pod),
        codes: new Set(),
        gpus,
        node: pod.spec.nodeName,
        product: node?.metadata.labels?.['nvidia.com/gpu.product'] ?? 'NVIDIA-A100-SXM4-80GB',
        containers: (pod.spec?.containers ?? []).map((c: { name: string }) => c.name),
      };
      this.series.set(uid, s);
    }
    return s;
  }

  private gpuGauges(
    pod: KubeObject,
    s: PodSeries,
    rt: ReturnType<KubeletView['runtime']> & object,
    rate: number,
  ): void {
    const c = rt[0];
    if (!c || !s.gpus.length) return;
    const mem = c.profile.gpuMemoryMiB ?? 20_480;
    const util = c.profile.gpuUtil ?? Math.min(95, 5 + rate * 2);
    for (const gpu of s.gpus) {
      const labels = {
        ...s.labels,
        container: s.containers[0] ?? '',
        gpu,
        UUID: `GPU-${pod.metadata.uid?.slice(0, 8)}-${gpu}`,
        device: `nvidia${gpu}`,
        modelName: s.product,
        Hostname: s.node,
      };
      this.fbUsed.set(labels, c.running ? Math.round(mem * c.loadedFraction) : 0);
      this.gpuUtil.set(labels, c.running && c.loadedFraction >= 1 ? Math.round(util) : 0);
    }
  }

  private drop(uid: string, s: PodSeries): void {
    for (const code of s.codes) this.requests.remove({ ...s.labels, code });
    this.duration.remove(s.labels);
    for (const gpu of s.gpus) {
      const labels = {
        ...s.labels,
        container: s.containers[0] ?? '',
        gpu,
        UUID: `GPU-${uid.slice(0, 8)}-${gpu}`,
        device: `nvidia${gpu}`,
        modelName: s.product,
        Hostname: s.node,
      };
      this.gpuUtil.remove(labels);
      this.fbUsed.remove(labels);
    }
    for (const c of s.containers) {
      this.restarts.remove({ ...s.labels, container: c });
      this.restartsSeen.delete(`${uid}/${c}`);
    }
    this.ready.remove({ ...s.labels, condition: 'true' });
    this.ready.remove({ ...s.labels, condition: 'false' });
    this.series.delete(uid);
    this.carry.delete(uid);
  }
}
