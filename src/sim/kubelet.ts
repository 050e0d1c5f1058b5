import type { ClusterApi } from './api.js';
import { type Clock, timestamp } from './clock.js';
import type { FaultProfile, SimConfig } from './config.js';
import type { EventRecorder } from './events.js';
import { profileFor } from './faults.js';
import type { ImageCatalog } from './images.js';
import { resourceByKind } from './resources.js';
import type { Condition, Container, KubeObject } from './types.js';

const POD = resourceByKind('Pod')!;

type Phase = 'pulling' | 'pull-failed' | 'pull-backoff' | 'running' | 'crash-backoff' | 'exited';

/** What a simulated container runtime knows about one container. */
interface ContainerRuntime {
  name: string;
  image: string;
  profile: FaultProfile;
  phase: Phase;
  /** When the current phase ends (pull done, back-off over). */
  until: number;
  startedAt: number;
  restartCount: number;
  backoffMs: number;
  pullBackoffMs: number;
  lastTerminated?: {
    exitCode: number;
    reason: string;
    startedAt: number;
    finishedAt: number;
    containerID: string;
  };
  containerID: string;
  logs: string[];
  previousLogs: string[];
  readinessWarned: number;
}

interface PodRuntime {
  uid: string;
  startTime: number;
  podIP: string;
  containers: ContainerRuntime[];
}

export interface KubeletView {
  /** Per pod uid: whether each container is running and Ready, for traffic and GPU metrics. */
  runtime(uid: string): { profile: FaultProfile; running: boolean; loadedFraction: number }[] | undefined;
}

/** All the simulated kubelets: pull, start, model load, readiness, crash loop, OOMKilled, logs. */
export class Kubelets implements KubeletView {
  private readonly pods = new Map<string, PodRuntime>();
  private ipSeq = 2;

  constructor(
    private readonly api: ClusterApi,
    private readonly clock: Clock,
    private readonly events: EventRecorder,
    private readonly images: ImageCatalog,
    private readonly config: SimConfig,
  ) {}

  runtime(uid: string) {
    const p = this.pods.get(uid);
    if (!p) return undefined;
    const now = this.clock.now();
    return p.containers.map((c) => ({
      profile: c.profile,
      running: c.phase === 'running',
      loadedFraction:
        c.phase === 'running' ? Math.min(1, (now - c.startedAt) / Math.max(1, this.startupMs(c))) : 0,
    }));
  }

  logs(
    namespace: string,
    pod: string,
    container: string | undefined,
    previous: boolean,
  ): string | undefined | { error: string } {
    const o = this.api.store.peek(POD, namespace, pod);
    if (!o) return undefined;
    const rt = this.pods.get(o.metadata.uid!);
    const names = ((o.spec?.containers ?? []) as Container[]).map((c) => c.name);
    if (!container && names.length > 1) {
      return {
        error: `a container name must be specified for pod ${pod}, choose one of: [${names.join(' ')}]`,
      };
    }
    const name = container ?? names[0];
    if (name && !names.includes(name)) return { error: `container ${name} is not valid for pod ${pod}` };
    const c = rt?.containers.find((x) => x.name === name);
    if (!c || (c.phase !== 'running' && c.phase !== 'crash-backoff' && !previous)) {
      const reason =
        o.status?.containerStatuses?.find((s: { name: string }) => s.name === name)?.state?.waiting?.reason ??
        'ContainerCreating';
      return {
        error: `container "${name}" in pod "${pod}" is waiting to start: ${reason === 'ContainerCreating' ? 'ContainerCreating' : `trying and failing to pull image`}`,
      };
    }
    if (previous) {
      if (!c.lastTerminated)
        return { error: `previous terminated container "${name}" in pod "${pod}" not found` };
      return c.previousLogs.map((l) => `${l}\n`).join('');
    }
    return c.logs.map((l) => `${l}\n`).join('');
  }

  private startupMs(c: ContainerRuntime): number {
    return c.profile.startup ?? this.config.kubelet.startup;
  }

  tick(): void {
    const now = this.clock.now();
    const seen = new Set<string>();
    for (const pod of this.api.store.peekAll(POD)) {
      const uid = pod.metadata.uid!;
      seen.add(uid);
      if (!pod.spec?.nodeName || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed')
        continue;
      let rt = this.pods.get(uid);
      if (!rt) {
        rt = {
          uid,
          startTime: now,
          podIP: `10.244.${Math.floor(this.ipSeq / 250) % 250}.${(this.ipSeq++ % 250) + 2}`,
          containers: ((pod.spec.containers ?? []) as Container[]).map((c, i) => ({
            name: c.name,
            image: c.image ?? '',
            profile: profileFor(this.config.faultProfiles, pod, c.image ?? ''),
            phase: 'pulling' as Phase,
            until: 0,
            startedAt: 0,
            restartCount: 0,
            backoffMs: 0,
            pullBackoffMs: 0,
            containerID: `containerd://${uid.replaceAll('-', '')}${i}`,
            logs: [],
            previousLogs: [],
            readinessWarned: 0,
          })),
        };
        this.pods.set(uid, rt);
      }
      for (const c of rt.containers) this.step(pod, c, now);
      this.writeStatus(pod, rt, now);
    }
    for (const uid of this.pods.keys()) if (!seen.has(uid)) this.pods.delete(uid);
  }

  private source(pod: KubeObject) {
    return { component: 'kubelet', host: pod.spec?.nodeName as string };
  }

  private step(pod: KubeObject, c: ContainerRuntime, now: number): void {
    const field = `spec.containers{${c.name}}`;
    const cfg = this.config.kubelet;
    switch (c.phase) {
      case 'pulling': {
        if (c.until === 0) {
          const state = c.profile.pullError ? 'absent' : this.images.state(c.image);
          if (state === 'pending') return;
          this.events.record(pod, 'Normal', 'Pulling', `Pulling image "${c.image}"`, this.source(pod), field);
          if (state === 'absent') {
            this.pullFailed(pod, c, now);
            return;
          }
          c.until = now + cfg.pull;
          return;
        }
        if (now < c.until) return;
        this.events.record(
          pod,
          'Normal',
          'Pulled',
          `Successfully pulled image "${c.image}" in ${cfg.pull}ms (${cfg.pull}ms including waiting). Image size: 0 bytes.`,
          this.source(pod),
          field,
        );
        this.start(pod, c, now);
        return;
      }
      case 'pull-failed':
        if (now < c.until) return;
        c.phase = 'pull-backoff';
        c.until = now + c.pullBackoffMs;
        this.events.record(
          pod,
          'Normal',
          'BackOff',
          `Back-off pulling image "${c.image}"`,
          this.source(pod),
          field,
        );
        this.events.record(pod, 'Warning', 'Failed', 'Error: ImagePullBackOff', this.source(pod), field);
        return;
      case 'pull-backoff':
        if (now < c.until) return;
        c.phase = 'pulling';
        c.until = 0;
        return;
      case 'running': {
        const up = now - c.startedAt;
        const oom = c.profile.oomAfter;
        const crash = c.profile.crashAfter;
        if (oom !== undefined && up >= oom && (crash === undefined || oom <= crash)) {
          c.logs.push(
            `torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 79.15 GiB total capacity)`,
            'Killed',
          );
          this.terminate(pod, c, now, 137, 'OOMKilled');
          return;
        }
        if (crash !== undefined && up >= crash) {
          c.logs.push(
            `RuntimeError: CUDA error: an illegal memory access was encountered`,
            `model server exited with code ${c.profile.crashExitCode}`,
          );
          this.terminate(pod, c, now, c.profile.crashExitCode, 'Error');
          return;
        }
        if (batch(pod) && up >= this.startupMs(c)) {
          c.logs.push(`job finished in ${(up / 1000).toFixed(1)}s`);
          this.terminate(pod, c, now, 0, 'Completed');
          return;
        }
        if (up >= this.startupMs(c) && c.logs.length === 2)
          c.logs.push(`model loaded in ${(this.startupMs(c) / 1000).toFixed(1)}s; serving on :8080`);
        if (c.profile.readinessFailure && up >= this.startupMs(c) && now - c.readinessWarned >= 10_000) {
          c.readinessWarned = now;
          this.events.record(
            pod,
            'Warning',
            'Unhealthy',
            'Readiness probe failed: HTTP probe failed with statuscode: 503',
            this.source(pod),
            field,
          );
        }
        return;
      }
      case 'crash-backoff':
        if (now < c.until) return;
        c.restartCount++;
        this.start(pod, c, now);
        return;
      case 'exited':
        return;
    }
  }

  private pullFailed(pod: KubeObject, c: ContainerRuntime, now: number): void {
    const cfg = this.config.kubelet;
    const message = `failed to pull and unpack image "${c.image}": failed to resolve reference "${c.image}": ${c.image}: not found`;
    this.events.record(
      pod,
      'Warning',
      'Failed',
      `Failed to pull image "${c.image}": rpc error: code = NotFound desc = ${message}`,
      this.source(pod),
      `spec.containers{${c.name}}`,
    );
    this.events.record(
      pod,
      'Warning',
      'Failed',
      'Error: ErrImagePull',
      this.source(pod),
      `spec.containers{${c.name}}`,
    );
    c.phase = 'pull-failed';
    c.pullBackoffMs = c.pullBackoffMs ? Math.min(c.pullBackoffMs * 2, cfg.backoffMax) : cfg.backoffBase;
    c.until = now + Math.min(cfg.backoffBase, 1_000);
  }

  private start(pod: KubeObject, c: ContainerRuntime, now: number): void {
    const field = `spec.containers{${c.name}}`;
    this.events.record(pod, 'Normal', 'Created', `Created container: ${c.name}`, this.source(pod), field);
    this.events.record(pod, 'Normal', 'Started', `Started container ${c.name}`, this.source(pod), field);
    c.phase = 'running';
    c.startedAt = now;
    c.readinessWarned = 0;
    c.logs = [
      `starting model server for ${c.image}`,
      `loading model weights (expected ${(this.startupMs(c) / 1000).toFixed(1)}s)`,
    ];
  }

  private terminate(
    pod: KubeObject,
    c: ContainerRuntime,
    now: number,
    exitCode: number,
    reason: string,
  ): void {
    const cfg = this.config.kubelet;
    c.lastTerminated = {
      exitCode,
      reason,
      startedAt: c.startedAt,
      finishedAt: now,
      containerID: c.containerID,
    };
    const policy = pod.spec?.restartPolicy ?? 'Always';
    if (policy === 'Never' || (policy === 'OnFailure' && exitCode === 0)) {
      c.phase = 'exited';
      return;
    }
    c.previousLogs = c.logs;
    c.logs = [];
    // like kubelet: the first restart is immediate, later ones back off 10s, 20s, 40s ... up to 5m
    const delay = c.backoffMs;
    c.backoffMs = c.backoffMs ? Math.min(c.backoffMs * 2, cfg.backoffMax) : cfg.backoffBase;
    c.phase = 'crash-backoff';
    c.until = now + delay;
    if (delay > 0) {
      this.events.record(
        pod,
        'Warning',
        'BackOff',
        `Back-off restarting failed container ${c.name} in pod ${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`,
        this.source(pod),
        `spec.containers{${c.name}}`,
      );
    }
  }

  private writeStatus(pod: KubeObject, rt: PodRuntime, now: number): void {
    const current = this.api.store.peek(POD, pod.metadata.namespace, pod.metadata.name!);
    if (!current) return;
    const statuses = rt.containers.map((c) => {
      const ready =
        c.phase === 'running' && now - c.startedAt >= this.startupMs(c) && !c.profile.readinessFailure;
      let state: object;
      switch (c.phase) {
        case 'pulling':
          state = { waiting: { reason: 'ContainerCreating' } };
          break;
        case 'pull-failed':
          state = {
            waiting: {
              reason: 'ErrImagePull',
              message: `rpc error: code = NotFound desc = failed to pull and unpack image "${c.image}": failed to resolve reference "${c.image}": ${c.image}: not found`,
            },
          };
          break;
        case 'pull-backoff':
          state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}"` } };
          break;
        case 'running':
          state = { running: { startedAt: timestamp(c.startedAt) } };
          break;
        case 'crash-backoff':
          state =
            now < c.until && c.backoffMs && c.until > c.lastTerminated!.finishedAt
              ? {
                  waiting: {
                    reason: 'CrashLoopBackOff',
                    message: `back-off ${Math.round((c.until - c.lastTerminated!.finishedAt) / 1000)}s restarting failed container=${c.name} pod=${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`,
                  },
                }
              : { terminated: this.terminatedJson(c) };
          break;
        case 'exited':
          state = { terminated: this.terminatedJson(c) };
          break;
      }
      return {
        name: c.name,
        image: c.image,
        imageID:
          c.phase === 'pulling' || c.phase === 'pull-failed' || c.phase === 'pull-backoff'
            ? ''
            : `${c.image.split(/[:@]/)[0]}@sha256:${'0'.repeat(64)}`,
        ...(c.phase === 'running' || c.phase === 'crash-backoff' || c.phase === 'exited'
          ? { containerID: c.containerID }
          : {}),
        ready,
        started: c.phase === 'running',
        restartCount: c.restartCount,
        state,
        lastState: c.lastTerminated && c.phase !== 'exited' ? { terminated: this.terminatedJson(c) } : {},
      };
    });
    const anyStarted = rt.containers.some(
      (c) => c.phase === 'running' || c.phase === 'crash-backoff' || c.lastTerminated,
    );
    const allReady = statuses.every((s) => s.ready);
    const unready = statuses.filter((s) => !s.ready).map((s) => s.name);
    const ts = timestamp(now);
    const old: Condition[] = current.status?.conditions ?? [];
    const cond = (type: string, ok: boolean, reason?: string, message?: string): Condition => {
      const prev = old.find((c) => c.type === type);
      const status = ok ? 'True' : 'False';
      return {
        type,
        status,
        ...(reason && !ok ? { reason } : {}),
        ...(message && !ok ? { message } : {}),
        lastProbeTime: null,
        lastTransitionTime: prev && prev.status === status ? (prev.lastTransitionTime ?? ts) : ts,
      };
    };
    const conditions = [
      cond('PodReadyToStartContainers', true),
      cond('Initialized', true),
      cond('Ready', allReady, 'ContainersNotReady', `containers with unready status: [${unready.join(' ')}]`),
      cond(
        'ContainersReady',
        allReady,
        'ContainersNotReady',
        `containers with unready status: [${unready.join(' ')}]`,
      ),
      old.find((c) => c.type === 'PodScheduled') ?? cond('PodScheduled', true),
    ];
    const nodeIP =
      this.api.store.peek(resourceByKind('Node')!, undefined, pod.spec.nodeName)?.status?.addresses?.[0]
        ?.address ?? '10.0.0.1';
    const next: KubeObject = { ...current };
    next.status = {
      ...current.status,
      phase: this.podPhase(rt, anyStarted),
      conditions,
      hostIP: nodeIP,
      hostIPs: [{ ip: nodeIP }],
      podIP: rt.podIP,
      podIPs: [{ ip: rt.podIP }],
      startTime: timestamp(rt.startTime),
      containerStatuses: statuses,
    };
    this.api.store.update(POD, next);
  }

  /** Running while a container runs or will restart; Failed/Succeeded once every container exited for good. */
  private podPhase(rt: PodRuntime, anyStarted: boolean): string {
    if (rt.containers.length && rt.containers.every((c) => c.phase === 'exited')) {
      return rt.containers.some((c) => c.lastTerminated?.exitCode !== 0) ? 'Failed' : 'Succeeded';
    }
    return anyStarted ? 'Running' : 'Pending';
  }

  private terminatedJson(c: ContainerRuntime): object {
    const t = c.lastTerminated!;
    return {
      exitCode: t.exitCode,
      reason: t.reason,
      startedAt: timestamp(t.startedAt),
      finishedAt: timestamp(t.finishedAt),
      containerID: t.containerID,
    };
  }
}

/** A Job's pod: its containers run to completion (exit 0 after `startup`) unless the profile crashes them first. */
function batch(pod: KubeObject): boolean {
  return !!pod.metadata.ownerReferences?.some((r) => r.kind === 'Job' && r.controller);
}
