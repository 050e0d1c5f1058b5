import {
  ApiException,
  AppsV1Api,
  CoordinationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { InputError, ToolError } from '../errors.js';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, baseDelayMs: 50, maxDelayMs: 1000 };

/** HTTP status of a failed API call; undefined for network errors. */
export function statusOf(error: unknown): number | undefined {
  return error instanceof ApiException ? error.code : undefined;
}

/** `reason` of the Status object in an API error body (AlreadyExists, Conflict, NotFound...). */
export function reasonOf(error: unknown): string | undefined {
  if (!(error instanceof ApiException)) return undefined;
  let body: unknown = error.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return undefined;
    }
  }
  return body && typeof body === 'object' && 'reason' in body
    ? String((body as { reason: unknown }).reason)
    : undefined;
}

function messageOf(error: unknown): string {
  if (error instanceof ApiException) {
    let body: unknown = error.body;
    if (typeof body === 'string') {
      const text = body;
      try {
        body = JSON.parse(text);
      } catch {
        return `HTTP ${error.code}: ${text.slice(0, 200)}`;
      }
    }
    const message =
      body && typeof body === 'object' && 'message' in body
        ? String((body as { message: unknown }).message)
        : '';
    return `HTTP ${error.code}${message ? `: ${message}` : ''}`;
  }
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}

/** 5xx, 429 and connection failures are worth another try; 4xx answers are not. */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  if (status !== undefined) return status >= 500 || status === 429;
  if (error instanceof InputError || error instanceof ToolError) return false;
  return error instanceof Error;
}

/** A 409 Conflict (stale resourceVersion or a concurrent writer), not AlreadyExists. */
export function isConflict(error: unknown): boolean {
  return statusOf(error) === 409 && reasonOf(error) !== 'AlreadyExists';
}

export function isNotFound(error: unknown): boolean {
  return statusOf(error) === 404;
}

export function isAlreadyExists(error: unknown): boolean {
  return statusOf(error) === 409 && reasonOf(error) === 'AlreadyExists';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const MERGE_PATCH = setHeaderOptions('Content-Type', PatchStrategy.MergePatch);

/**
 * The Kubernetes API through @kubernetes/client-node, built from a kubeconfig file. `call` retries
 * transient failures (5xx, 429, connection errors) and, for writes that are idempotent, 409 conflicts.
 */
export class Kube {
  readonly apps: AppsV1Api;
  readonly core: CoreV1Api;
  readonly coordination: CoordinationV1Api;
  readonly custom: CustomObjectsApi;
  /** Calls retried so far (for tests and progress). */
  retries = 0;

  constructor(
    readonly config: KubeConfig,
    readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {
    this.apps = config.makeApiClient(AppsV1Api);
    this.core = config.makeApiClient(CoreV1Api);
    this.coordination = config.makeApiClient(CoordinationV1Api);
    this.custom = config.makeApiClient(CustomObjectsApi);
  }

  static fromKubeconfig(path: string, retry?: RetryPolicy): Kube {
    const config = new KubeConfig();
    try {
      config.loadFromFile(path);
    } catch (error) {
      throw new InputError(
        `cannot load kubeconfig ${path}: ${(error as Error).message}; pass --kubeconfig or set KUBECONFIG`,
        {
          cause: error,
        },
      );
    }
    if (!config.getCurrentCluster()) {
      throw new InputError(`kubeconfig ${path} has no current cluster: set current-context`);
    }
    return new Kube(config, retry);
  }

  get server(): string {
    return this.config.getCurrentCluster()?.server ?? '?';
  }

  /**
   * Runs one API call with retries. `conflicts: true` for writes safe to repeat as they are
   * (merge patches without a resourceVersion, deletes); read-modify-write loops use `update`.
   */
  async call<T>(what: string, fn: () => Promise<T>, options: { conflicts?: boolean } = {}): Promise<T> {
    let delay = this.retry.baseDelayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        const retryable = isTransient(error) || (options.conflicts === true && isConflict(error));
        if (!retryable || attempt >= this.retry.attempts) {
          if (isNotFound(error) || isAlreadyExists(error) || isConflict(error)) throw error;
          throw new ToolError(`Kubernetes API (${this.server}): ${what} failed: ${messageOf(error)}`, {
            cause: error,
          });
        }
        this.retries++;
        await sleep(delay * (0.5 + Math.random()));
        delay = Math.min(delay * 2, this.retry.maxDelayMs);
      }
    }
  }

  /** Read, or undefined on 404. */
  async read<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.call(what, fn);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Create, or undefined when it already exists. */
  async create<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await this.call(what, fn);
    } catch (error) {
      if (isAlreadyExists(error)) return undefined;
      throw error;
    }
  }

  /** A write safe to repeat (merge patch); false when the object does not exist. */
  async patchIfExists(what: string, fn: () => Promise<unknown>): Promise<boolean> {
    try {
      await this.call(what, fn, { conflicts: true });
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  /** Delete; a missing object is already deleted. */
  async remove(what: string, fn: () => Promise<unknown>): Promise<void> {
    try {
      await this.call(what, fn, { conflicts: true });
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  /** Read-modify-write with the read resourceVersion; a 409 re-reads and tries again. */
  async update<T>(what: string, read: () => Promise<T>, write: (current: T) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.call(`read for ${what}`, read);
      try {
        return await this.call(what, () => write(current));
      } catch (error) {
        if (!isConflict(error) || attempt >= this.retry.attempts) {
          if (isConflict(error))
            throw new ToolError(
              `Kubernetes API (${this.server}): ${what}: conflict after ${attempt} attempts`,
              { cause: error },
            );
          throw error;
        }
        this.retries++;
      }
    }
  }
}
