import type { V1Pod } from '@kubernetes/client-node';
import type { CapacitySnapshot } from '../cluster/capacity.js';
import type { Kube } from '../cluster/kube.js';
import type { Log } from '../commands/command.js';
import type { Measurement, MetricRule } from './analysis.js';
import { decide } from './engine.js';
import type { Action, Observed, PodProblem, Progress, RolloutSpec, Verdict } from './engine-types.js';
import { gatherEvidence, type PodEvidence } from './evidence.js';
import { podProblems } from './health.js';
import { digestOf, recordRevision } from './history.js';
import type { ModelObjects } from './manifests.js';
import { measure } from './providers/index.js';
import type { Target } from './providers/provider.js';
import { progressLine, type RolloutReport } from './report.js';
import { podShape, room } from './room.js';
import { lookAt } from './sequential.js';
import { ANNOTATION, readState, stateAnnotations } from './state.js';
import type { TrafficRouter } from './traffic.js';
import type { Workload } from './workload.js';

export interface RunOptions {
  kube: Kube;
  objects: ModelObjects;
  workload: Workload;
  router: TrafficRouter;
  spec: RolloutSpec;
  log: Log;
  now(): number;
  /** Aborted on SIGINT/SIGTERM: the rollout is rolled back, then the run ends. */
  signal: AbortSignal;
  prometheus?: string;
  /** Capacity snapshot for the placement preflight; undefined turns preflight off. */
  snapshot?: () => Promise<CapacitySnapshot>;
  revisionInfo: { modelVersion?: string; gitSha?: string };
  /** Called after each look at the cluster (tests watch stable's ready count through it). */
  onObserve?(observed: Observed, progress: Progress): void;
  /** Another reason to stop (e.g. the lease was lost). */
  stopReason?(): string | undefined;
}

export interface RunResult {
  verdict: Verdict;
  reason: string;
  report: RolloutReport;
}

const MAX_MEASUREMENTS = 100;

/** Whether a container of the pod runs the image (the model container, or a KServe modelcar sidecar). */
function runsImage(pod: V1Pod, image: string): boolean {
  return (pod.spec?.containers ?? []).some((c) => c.image === image);
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    if (signal && !signal.aborted) signal.addEventListener('abort', done);
  });

/**
 * The shell around decide(): observe the cluster, decide, apply the actions in order, sleep until
 * the decision wants another look. Cancellation wakes it at once; the engine then rolls back.
 */
export class RolloutRunner {
  private readonly o: ModelObjects;
  private canaryPods: V1Pod[] = [];
  private stablePods: V1Pod[] = [];
  private evidence: PodEvidence[] = [];
  private measurements: Record<string, Measurement[]> = {};
  private lastProgress: Progress | undefined;
  private stableReadyMin: number | undefined;
  private stableImageAtStart: string | undefined;
  private revision: number | undefined;
  private target: Target | undefined;

  constructor(private readonly options: RunOptions) {
    this.o = options.objects;
  }

  async run(): Promise<RunResult> {
    const { spec, log, now, signal } = this.options;
    const started = now();
    let lastMessage = '';
    let lastLogAt = 0;
    for (;;) {
      const observed = await this.observe();
      const stop = signal.aborted
        ? String((signal.reason as Error | undefined)?.message ?? 'interrupted')
        : this.options.stopReason?.();
      if (stop) observed.cancelled = stop;
      const decision = decide(spec, observed, now());
      this.lastProgress = decision.progress;
      this.options.onObserve?.(observed, decision.progress);
      // A line when something changes, and at least one per interval while waiting.
      const line = progressLine(decision.progress);
      if (decision.progress.message !== lastMessage || now() - lastLogAt >= spec.intervalMs) {
        log.info(line);
        lastLogAt = now();
        lastMessage = decision.progress.message;
      }
      for (const action of decision.actions) await this.apply(action, observed);
      if (decision.done) {
        const report: RolloutReport = {
          model: this.o.name,
          namespace: this.o.namespace,
          image: spec.image,
          ...(this.stableImageAtStart ? { stableImage: this.stableImageAtStart } : {}),
          ...(this.revision !== undefined ? { revision: this.revision } : {}),
          verdict: decision.done.verdict,
          reason: decision.done.reason,
          durationMs: now() - started,
          metrics: this.lastProgress?.metrics ?? [],
          measurements: this.measurements,
          evidence: this.evidence,
          ...(this.lastProgress ? { lastProgress: this.lastProgress } : {}),
          ...(this.stableReadyMin !== undefined ? { stableReadyMin: this.stableReadyMin } : {}),
        };
        if (
          decision.done.verdict === 'failed' &&
          this.evidence.length === 0 &&
          observed.stableProblems.length > 0
        ) {
          report.evidence = await gatherEvidence(
            this.options.kube,
            this.o.namespace,
            this.problemPods(this.stablePods, observed.stableProblems),
          );
        }
        return { verdict: decision.done.verdict, reason: decision.done.reason, report };
      }
      // Once cancelled the rollback must finish: keep sleeping for real, not on the aborted signal.
      await sleep(decision.requeueAfterMs, observed.cancelled ? undefined : signal);
    }
  }

  private problemPods(pods: V1Pod[], problems: readonly PodProblem[]): V1Pod[] {
    const names = new Set(problems.map((p) => p.pod));
    const bad = pods.filter((p) => names.has(p.metadata?.name ?? ''));
    return bad.length > 0 ? bad : pods;
  }

  async observe(): Promise<Observed> {
    const { spec, now, workload } = this.options;
    const view = await workload.read();
    const { stable, canary } = view;
    this.canaryPods = view.canaryPods;
    this.stablePods = view.stablePods;
    this.target = view.target;
    const t = now();
    const deadline = { startupDeadlineMs: spec.startupDeadlineMs, now: t };
    if (stable) {
      this.stableReadyMin = Math.min(this.stableReadyMin ?? stable.readyReplicas, stable.readyReplicas);
      this.stableImageAtStart ??= stable.image;
    }
    const state = canary ? readState(canary.annotations) : undefined;
    if (state?.ok) {
      this.revision = state.state.revision;
      this.stableImageAtStart = state.state.stableImage;
      for (const [k, v] of Object.entries(state.state.analysis)) {
        const known = this.measurements[k] ?? [];
        const fresh = v.filter((m) => !known.some((x) => x.at === m.at));
        this.measurements[k] = [...known, ...fresh];
      }
    }
    const weight = await this.options.router.weight({
      canary: canary?.readyReplicas ?? 0,
      stable: stable?.readyReplicas ?? 0,
    });
    const observed: Observed = {
      ...(stable ? { stable } : {}),
      ...(canary ? { canary } : {}),
      canaryProblems: podProblems(this.canaryPods, deadline),
      stableProblems: podProblems(
        this.stablePods.filter((p) => runsImage(p, spec.image)),
        deadline,
      ),
      weight,
    };
    if (this.options.snapshot) {
      const snapshot = await this.snapshotWithRetry();
      observed.room = room(snapshot, podShape(this.o.deploy, 'canary'));
    }
    return observed;
  }

  private async snapshotWithRetry(): Promise<CapacitySnapshot> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.options.snapshot!();
      } catch (error) {
        if (attempt >= 6) throw error;
        await sleep(50 * 2 ** attempt);
      }
    }
  }

  private async apply(action: Action, observed: Observed): Promise<void> {
    const { workload, router, spec, log, now } = this.options;
    switch (action.kind) {
      case 'createStable': {
        await router.prepare();
        await workload.createStable(spec.image, action.replicas, {
          [ANNOTATION.revision]: String(action.revision),
          [ANNOTATION.firstDeploy]: new Date(action.startedAt).toISOString(),
        });
        this.revision = action.revision;
        log.info(`created ${workload.stableName} (${spec.image}, ${action.replicas} replicas)`);
        return;
      }
      case 'createCanary': {
        await router.prepare();
        const created = await workload.createCanary(spec.image, stateAnnotations(action.state));
        this.revision = action.state.revision;
        if (created) log.info(`created canary ${workload.canaryName} (revision ${action.state.revision})`);
        return;
      }
      case 'writeState':
        if (action.state.phase === 'aborting' && observed.canary) {
          const aborted = readState(observed.canary.annotations);
          if (!aborted.ok || aborted.state.phase !== 'aborting') {
            log.warning(`rolling back: ${action.state.abortReason ?? 'aborted'}`);
            // Evidence first, while the failing pods are still there.
            if (this.evidence.length === 0 && observed.canaryProblems.length + this.failedMetrics() > 0) {
              this.evidence = await gatherEvidence(
                this.options.kube,
                this.o.namespace,
                this.problemPods(this.canaryPods, observed.canaryProblems),
              );
            }
          }
        }
        await workload.writeState(stateAnnotations(action.state));
        return;
      case 'scaleCanary':
        await workload.scaleCanary(action.replicas);
        return;
      case 'scaleStable':
        await workload.scaleStable(action.replicas);
        return;
      case 'setWeight':
        await router.setWeight(action.weight);
        return;
      case 'measure':
        await this.measure(action.metrics, observed);
        return;
      case 'updateStable': {
        const maxUnavailable = action.maxUnavailable ?? 0;
        await workload.updateStable(action.image, {
          maxSurge: action.maxSurge,
          maxUnavailable,
          replicas: action.replicas ?? Math.max(spec.replicas, 1),
          ...(action.revision !== undefined ? { revision: action.revision } : {}),
        });
        log.info(
          `${workload.stableName} → ${action.image} (max surge ${action.maxSurge}, max unavailable ${maxUnavailable})`,
        );
        return;
      }
      case 'deleteCanary':
        await workload.deleteCanary();
        await router.cleanup();
        return;
      case 'markFirstDeployDone':
        await workload.annotateStable({ [ANNOTATION.firstDeploy]: null });
        return;
      case 'recordHistory': {
        const image = action.verdict === 'rolled-back' ? (observed.canary?.image ?? spec.image) : spec.image;
        const digest = digestOf(image);
        await recordRevision(this.options.kube, this.o, {
          revision: action.revision,
          image,
          ...(digest ? { digest } : {}),
          ...(this.options.revisionInfo.modelVersion
            ? { modelVersion: this.options.revisionInfo.modelVersion }
            : {}),
          ...(this.options.revisionInfo.gitSha ? { gitSha: this.options.revisionInfo.gitSha } : {}),
          verdict: action.verdict,
          ...(action.reason ? { reason: action.reason.slice(0, 500) } : {}),
          at: new Date(now()).toISOString(),
        });
        return;
      }
      default: {
        const never: never = action;
        throw new Error(`unknown action ${JSON.stringify(never)}`);
      }
    }
  }

  private failedMetrics(): number {
    return Object.values(this.measurements).filter((ms) => ms.some((m) => m.phase !== 'Successful')).length;
  }

  private async measure(names: string[], observed: Observed): Promise<void> {
    const { spec, now, log, prometheus } = this.options;
    const canary = observed.canary;
    if (!canary) return;
    const read = readState(canary.annotations);
    if (!read.ok) return;
    const metrics = spec.metrics.filter((m) => names.includes(m.name));
    const ctx = {
      target: this.target ?? { namespace: this.o.namespace, stable: this.o.name, canary: this.o.canaryName },
      ...(prometheus ? { prometheus } : {}),
      now,
      startupDeadlineMs: spec.startupDeadlineMs,
      canaryPods: async () => this.canaryPods,
      look: (m: MetricRule, at: number) =>
        lookAt(
          spec.steps,
          read.state.step,
          m,
          read.state.analysis[m.name] ?? [],
          read.state.stepStartedAt,
          at,
        ),
      ...(spec.correction ? { correction: spec.correction } : {}),
    };
    const results = await Promise.all(metrics.map(async (m) => [m.name, await measure(m, ctx)] as const));
    const analysis = { ...read.state.analysis };
    for (const [metric, measurement] of results) {
      analysis[metric] = [...(analysis[metric] ?? []), measurement].slice(-MAX_MEASUREMENTS);
      this.measurements[metric] = [...(this.measurements[metric] ?? []), measurement];
      const text = `${metric}: ${measurement.phase}${measurement.value !== undefined ? ` ${measurement.value}` : ''}${measurement.message ? ` (${measurement.message})` : ''}`;
      if (measurement.phase === 'Successful') log.info(`  measured ${text}`);
      else log.warning(`measured ${text}`);
    }
    const next = { ...read.state, analysis };
    await this.options.workload.writeState(stateAnnotations(next));
    canary.annotations = { ...canary.annotations, ...stateAnnotations(next) };
  }
}
