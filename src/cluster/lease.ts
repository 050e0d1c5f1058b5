import type { V1Lease } from '@kubernetes/client-node';
import { GateError } from '../errors.js';
import { isConflict, type Kube } from './kube.js';

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

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });

/**
 * A coordination.k8s.io/v1 Lease: one rollout of a model at a time. Acquired with the read
 * resourceVersion (a 409 means another writer won: look again), renewed every third of its
 * duration, and taken over once its holder stops renewing for longer than the duration.
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

  private body(resourceVersion: string | undefined, acquireTime: Date): V1Lease {
    const { name, namespace, holder, durationMs, now } = this.options;
    return {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: {
        name,
        namespace,
        ...(resourceVersion ? { resourceVersion } : {}),
        labels: { 'app.kubernetes.io/managed-by': 'model-deploy' },
      },
      spec: {
        holderIdentity: holder,
        leaseDurationSeconds: Math.max(1, Math.ceil(durationMs / 1000)),
        acquireTime: acquireTime as never,
        renewTime: new Date(now()) as never,
      },
    };
  }

  async acquire(): Promise<{ tookOver?: string }> {
    const { name, namespace, holder, now, waitMs } = this.options;
    const startedAt = now();
    let waitedFor: string | undefined;
    for (;;) {
      const current = await this.kube.read(`read Lease ${name}`, () =>
        this.kube.coordination.readNamespacedLease({ name, namespace }),
      );
      const view = leaseView(current);
      if (leaseFree(view, holder, now())) {
        try {
          if (!current) {
            const created = await this.kube.create(`create Lease ${name}`, () =>
              this.kube.coordination.createNamespacedLease({
                namespace,
                body: this.body(undefined, new Date(now())),
              }),
            );
            if (!created) continue;
          } else {
            await this.kube.coordination.replaceNamespacedLease({
              name,
              namespace,
              body: this.body(current.metadata?.resourceVersion, new Date(now())),
            });
          }
        } catch (error) {
          if (isConflict(error)) continue;
          throw error;
        }
        this.startRenewing();
        return view?.holder && view.holder !== holder ? { tookOver: view.holder } : {};
      }
      const left = view!.renewedAt! + view!.durationMs - now();
      const message = `another rollout of this model holds Lease ${namespace}/${name} (holder ${view!.holder}, renewed ${new Date(view!.renewedAt!).toISOString()}, expires in ${Math.ceil(left / 1000)}s unless renewed)`;
      if (now() - startedAt >= waitMs || this.options.signal?.aborted) {
        throw new GateError(
          `${message}; gave up after waiting ${Math.round((now() - startedAt) / 1000)}s. Wait for that rollout to finish, or run \`model-deploy abort\` there.`,
        );
      }
      if (waitedFor !== view!.holder) this.options.onWait?.(`${message}: waiting`);
      waitedFor = view!.holder;
      await sleep(Math.min(1000, Math.max(100, left)), this.options.signal);
    }
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
          ),
        });
      },
    );
  }

  /** Stops renewing and frees the lease if we still hold it. */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    const { name, namespace, holder } = this.options;
    const current = await this.kube.read(`read Lease ${name}`, () =>
      this.kube.coordination.readNamespacedLease({ name, namespace }),
    );
    if (current?.spec?.holderIdentity !== holder) return;
    await this.kube.remove(`delete Lease ${name}`, () =>
      this.kube.coordination.deleteNamespacedLease({ name, namespace }),
    );
  }
}
