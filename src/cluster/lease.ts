import type { V1Lease } from '@kubernetes/client-node';
import { GateError } from '../errors.js';
import { isConflict, isNotFound, type Kube } from './kube.js';

export interface LeaseOptions {
  namespace: string;
  name: string;
  holder: string;
  durationMs: number;
  /** How long to wait for a lease another holder keeps renewing; 0 fails at once. */
  waitMs: number;
  now(): number;
  signal?: AbortSignal;
  onWait?(message: string): void;
}

export type LeaseView = { holder?: string; renewedAt?: number; durationMs: number };

export function leaseView(lease: V1Lease | undefined): LeaseView | undefined {
  if (!lease) return undefined;
  const renew = lease.spec?.renewTime ?? lease.spec?.acquireTime;
  const renewedAt = renew ? new Date(renew as unknown as string).getTime() : undefined;
  return {
    ...(lease.spec?.holderIdentity ? { holder: lease.spec.holderIdentity } : {}),
    ...(renewedAt !== undefined && Number.isFinite(renewedAt) ? { renewedAt } : {}),
    durationMs: (lease.spec?.leaseDurationSeconds ?? 0) * 1000,
  };
}

/** Free when nobody holds it, we hold it, or the holder stopped renewing for longer than its duration. */
export function leaseFree(view: LeaseView | undefined, holder: string, now: number): boolean {
  if (!view?.holder || view.holder === holder) return true;
  if (view.renewedAt === undefined) return true;
  return now > view.renewedAt + view.durationMs;
}

/** Resolves after `ms`, or at once on abort; removes its abort listener either way. */
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** Annotation of the Lease holding the rollouts waiting for it, in order of arrival. */
export const QUEUE_ANNOTATION = 'model-deploy.dev/queue';

export interface QueueEntry {
  holder: string;
  /** When this waiter last said it is still waiting (ms); entries quiet for a lease duration are dropped. */
  seen: number;
}

/** The waiters still alive, in arrival order (a waiter killed while waiting drops out after a lease duration). */
export function liveQueue(lease: V1Lease | undefined, now: number, durationMs: number): QueueEntry[] {
  const text = lease?.metadata?.annotations?.[QUEUE_ANNOTATION];
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (e): e is QueueEntry =>
      typeof e?.holder === 'string' && typeof e?.seen === 'number' && now - e.seen <= durationMs,
  );
}

function withQueue(lease: V1Lease, queue: QueueEntry[]): V1Lease {
  const annotations = { ...lease.metadata?.annotations };
  if (queue.length) annotations[QUEUE_ANNOTATION] = JSON.stringify(queue);
  else delete annotations[QUEUE_ANNOTATION];
  return { ...lease, metadata: { ...lease.metadata, annotations } };
}

/**
 * A coordination.k8s.io/v1 Lease: one rollout of a model at a time. Acquired with the read
 * resourceVersion (a 409 means another writer won: look again), renewed every third of its
 * duration, and taken over once its holder stops renewing for longer than the duration.
 * Rollouts that wait queue in order of arrival (an annotation on the Lease): when it is freed,
 * the one that arrived first goes next, so the release started last is the one that ends stable.
 */
export class RolloutLease {
  private timer: NodeJS.Timeout | undefined;
  private lost: string | undefined;

  constructor(
    private readonly kube: Kube,
    private readonly options: LeaseOptions,
  ) {}

  get lostReason(): string | undefined {
    return this.lost;
  }

  private body(resourceVersion: string | undefined, acquireTime: Date, queue: QueueEntry[] = []): V1Lease {
    const { name, namespace, holder, durationMs, now } = this.options;
    return {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: {
        name,
        namespace,
        ...(resourceVersion ? { resourceVersion } : {}),
        labels: { 'app.kubernetes.io/managed-by': 'model-deploy' },
        ...(queue.length ? { annotations: { [QUEUE_ANNOTATION]: JSON.stringify(queue) } } : {}),
      },
      spec: {
        holderIdentity: holder,
        leaseDurationSeconds: Math.max(1, Math.ceil(durationMs / 1000)),
        acquireTime: acquireTime as never,
        renewTime: new Date(now()) as never,
      },
    };
  }

  /**
   * Takes the lease when it is free and no rollout that arrived earlier is still waiting;
   * otherwise joins the queue and waits its turn (at most `waitMs`).
   */
  async acquire(): Promise<{ tookOver?: string; waitedBehind?: string[] }> {
    const { name, namespace, holder, now, waitMs, durationMs } = this.options;
    const startedAt = now();
    const behind = new Set<string>();
    let said: string | undefined;
    for (;;) {
      const current = await this.kube.read(`read Lease ${name}`, () =>
        this.kube.coordination.readNamespacedLease({ name, namespace }),
      );
      const view = leaseView(current);
      const t = now();
      const queue = liveQueue(current, t, Math.max(durationMs, view?.durationMs ?? 0));
      const place = queue.findIndex((e) => e.holder === holder);
      const ahead = (place >= 0 ? queue.slice(0, place) : queue).filter((e) => e.holder !== holder);
      const free = leaseFree(view, holder, t);
      try {
        if (free && ahead.length === 0) {
          const rest = queue.filter((e) => e.holder !== holder);
          if (!current) {
            const created = await this.kube.create(`create Lease ${name}`, () =>
              this.kube.coordination.createNamespacedLease({
                namespace,
                body: this.body(undefined, new Date(t)),
              }),
            );
            if (!created) continue;
          } else {
            await this.kube.coordination.replaceNamespacedLease({
              name,
              namespace,
              body: this.body(current.metadata?.resourceVersion, new Date(t), rest),
            });
          }
          this.startRenewing();
          return {
            ...(view?.holder && view.holder !== holder ? { tookOver: view.holder } : {}),
            ...(behind.size ? { waitedBehind: [...behind] } : {}),
          };
        }
        if (view?.holder && view.holder !== holder) behind.add(view.holder);
        for (const e of ahead) behind.add(e.holder);
        // Join the queue, or say again that we still wait (every third of a lease duration).
        if (current && (place < 0 || t - queue[place]!.seen > durationMs / 3)) {
          const next =
            place < 0
              ? [...queue, { holder, seen: t }]
              : queue.map((e) => (e.holder === holder ? { holder, seen: t } : e));
          await this.kube.coordination.replaceNamespacedLease({
            name,
            namespace,
            body: withQueue(current, next),
          });
          continue;
        }
      } catch (error) {
        if (isConflict(error)) continue;
        throw error;
      }
      const held =
        !free && view?.holder && view.renewedAt !== undefined
          ? `another rollout of this model holds Lease ${namespace}/${name} (holder ${view.holder}, renewed ${new Date(view.renewedAt).toISOString()}, expires in ${Math.ceil((view.renewedAt + view.durationMs - t) / 1000)}s unless renewed)`
          : `Lease ${namespace}/${name} is free`;
      const earlier = ahead.length
        ? `; ${ahead.length} rollout(s) of this model arrived earlier and go first (${ahead.map((e) => e.holder).join(', ')})`
        : '';
      const message = `${held}${earlier}`;
      if (t - startedAt >= waitMs || this.options.signal?.aborted) {
        await this.leaveQueue().catch(() => {});
        throw new GateError(
          `${message}; gave up after waiting ${Math.round((t - startedAt) / 1000)}s. Wait for that rollout to finish, or run \`model-deploy abort\` there.`,
        );
      }
      const key = `${free ? '' : view?.holder} ${ahead.map((e) => e.holder).join(' ')}`;
      if (said !== key) this.options.onWait?.(`${message}: waiting in order of arrival`);
      said = key;
      await sleep(Math.min(1000, Math.max(100, durationMs / 3)), this.options.signal);
    }
  }

  /** Takes this rollout out of the queue (it gave up or was cancelled while waiting). */
  private async leaveQueue(): Promise<void> {
    const { name, namespace, holder, now, durationMs } = this.options;
    await this.kube.update(
      `leave the queue of Lease ${name}`,
      () => this.kube.coordination.readNamespacedLease({ name, namespace }),
      (current) => {
        const queue = liveQueue(current, now(), durationMs);
        if (!queue.some((e) => e.holder === holder)) return Promise.resolve(current);
        return this.kube.coordination.replaceNamespacedLease({
          name,
          namespace,
          body: withQueue(
            current,
            queue.filter((e) => e.holder !== holder),
          ),
        });
      },
    );
  }

  private startRenewing(): void {
    const every = Math.max(200, Math.floor(this.options.durationMs / 3));
    this.timer = setInterval(() => {
      this.renew().catch((error: unknown) => {
        this.lost = `cannot renew Lease ${this.options.name}: ${(error as Error).message}`;
      });
    }, every);
    this.timer.unref();
  }

  async renew(): Promise<void> {
    const { name, namespace, holder } = this.options;
    await this.kube.update(
      `renew Lease ${name}`,
      () => this.kube.coordination.readNamespacedLease({ name, namespace }),
      (current) => {
        if (current.spec?.holderIdentity !== holder) {
          this.lost = `Lease ${name} was taken over by ${current.spec?.holderIdentity ?? 'nobody'}`;
          return Promise.resolve(current);
        }
        const acquire = current.spec?.acquireTime as unknown as Date | undefined;
        return this.kube.coordination.replaceNamespacedLease({
          name,
          namespace,
          body: this.body(
            current.metadata?.resourceVersion,
            acquire ? new Date(acquire) : new Date(this.options.now()),
            liveQueue(current, this.options.now(), this.options.durationMs),
          ),
        });
      },
    );
  }

  /**
   * Stops renewing and frees the lease if we still hold it: deletes it, or, when rollouts are
   * queued, clears the holder and keeps the queue so the one that arrived first goes next.
   */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const { name, namespace, holder, now, durationMs } = this.options;
    for (let attempt = 1; ; attempt++) {
      const current = await this.kube.read(`read Lease ${name}`, () =>
        this.kube.coordination.readNamespacedLease({ name, namespace }),
      );
      if (!current || current.spec?.holderIdentity !== holder) return;
      const queue = liveQueue(current, now(), durationMs);
      try {
        if (queue.length === 0) {
          // Only the version we read: a waiter that queued since then keeps its place.
          await this.kube.call(`delete Lease ${name}`, () =>
            this.kube.coordination.deleteNamespacedLease({
              name,
              namespace,
              body: { preconditions: { resourceVersion: current.metadata?.resourceVersion } },
            }),
          );
        } else {
          const { holderIdentity: _held, ...spec } = current.spec ?? {};
          await this.kube.call(`free Lease ${name}`, () =>
            this.kube.coordination.replaceNamespacedLease({
              name,
              namespace,
              body: withQueue({ ...current, spec }, queue),
            }),
          );
        }
        return;
      } catch (error) {
        if (isNotFound(error)) return;
        if (!isConflict(error) || attempt >= 8) throw error;
      }
    }
  }
}
