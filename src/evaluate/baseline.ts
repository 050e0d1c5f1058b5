import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import type { GateReport } from './gate.js';
import type { Metrics } from './metrics.js';

/** One evaluation's results, as stored for reuse (result cache) and as a baseline. */
export interface EvaluationRecord {
  model: string;
  /** Result cache key: hash of (model digest or files, dataset, command). */
  key: string;
  /** Model digest or files hash the key was built from. */
  modelKey: string;
  sha?: string;
  ref?: string;
  createdAt: string;
  metrics: Metrics;
  /** The per-sample JSONL text, when the evaluation writes one. */
  samples?: string;
}

export interface HistoryPoint {
  sha?: string;
  ref?: string;
  createdAt: string;
  metrics: Metrics;
}

export interface BaselineRecord extends EvaluationRecord {
  /** Earlier baselines, oldest first, this one last (capped at HISTORY_LIMIT). */
  history: HistoryPoint[];
  /** The first baseline ever recorded (kept when the history is capped): how far it has drifted. */
  origin?: HistoryPoint;
}

export const HISTORY_LIMIT = 200;
export const RECORD_MEDIA_TYPE = 'application/vnd.model-deploy.evaluation.v1+json';

/** Where baselines live. `load` is the newest recorded baseline, if any. */
export interface BaselineStore {
  readonly description: string;
  load(): Promise<BaselineRecord | undefined>;
  save(record: BaselineRecord): Promise<void>;
}

/** The record to save next: this evaluation, with the previous baseline's history carried on. */
export function nextBaseline(
  previous: BaselineRecord | undefined,
  current: EvaluationRecord,
): BaselineRecord {
  const point: HistoryPoint = {
    createdAt: current.createdAt,
    metrics: current.metrics,
    ...(current.sha ? { sha: current.sha } : {}),
    ...(current.ref ? { ref: current.ref } : {}),
  };
  return {
    ...current,
    history: [...(previous?.history ?? []), point].slice(-HISTORY_LIMIT),
    origin: previous?.origin ?? previous?.history[0] ?? point,
  };
}

/**
 * Whether this result may become the baseline: only a passing result, from the default branch or
 * a tag. An inconclusive result (over a bound but not significantly) never does, or a chain of
 * slightly worse models would ratchet quality down; the one exception is the very first baseline,
 * when nothing but the missing baseline kept the gates from passing.
 */
export function baselineDecision(
  report: Pick<GateReport, 'verdict' | 'metrics'>,
  options: { baselineRef: boolean; hasBaseline: boolean },
): { record: boolean; reason: string } {
  if (!options.baselineRef)
    return { record: false, reason: 'only the default branch and tags record baselines' };
  if (report.verdict === 'pass') return { record: true, reason: 'the gates passed' };
  if (report.verdict === 'fail')
    return { record: false, reason: 'the gate failed, so this result is not recorded as the baseline' };
  const firstBaseline =
    !options.hasBaseline &&
    report.metrics.every((m) => m.checks.every((c) => c.verdict === 'pass' || c.check === 'baseline'));
  return firstBaseline
    ? {
        record: true,
        reason: 'no baseline yet and every other check passed: this becomes the first baseline',
      }
    : {
        record: false,
        reason:
          'the gate was inconclusive, so this result is not recorded as the baseline (only passing results are)',
      };
}

export function encodeRecord(record: BaselineRecord): Buffer {
  return Buffer.from(JSON.stringify(record));
}

export function decodeRecord(bytes: Uint8Array | string, source: string): BaselineRecord {
  let doc: unknown;
  try {
    doc = JSON.parse(typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8'));
  } catch (error) {
    throw new InputError(
      `${source}: baseline record is not JSON (${(error as Error).message}); delete it and record a new baseline`,
    );
  }
  const r = doc as Partial<BaselineRecord>;
  if (!r || typeof r !== 'object' || typeof r.metrics !== 'object' || typeof r.key !== 'string') {
    throw new InputError(
      `${source}: not a model-deploy baseline record (needs key and metrics); delete it and record a new baseline`,
    );
  }
  return { ...r, history: Array.isArray(r.history) ? r.history : [] } as BaselineRecord;
}

/** Writes a file atomically (temp file + rename): readers never see half a record. */
export function writeAtomic(path: string, bytes: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, path);
}

function readIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A local directory (or a shared mount): `<dir>/<model>/baseline.json`. */
export class DirBaselineStore implements BaselineStore {
  readonly description: string;
  private readonly file: string;

  constructor(dir: string, model: string) {
    this.file = join(dir, model, 'baseline.json');
    this.description = `directory ${this.file}`;
  }

  async load(): Promise<BaselineRecord | undefined> {
    const bytes = readIfExists(this.file);
    return bytes ? decodeRecord(bytes, this.file) : undefined;
  }

  async save(record: BaselineRecord): Promise<void> {
    writeAtomic(this.file, encodeRecord(record));
  }
}

/** The two calls of @actions/cache the store uses (injectable for tests). */
export interface CacheApi {
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

/**
 * GitHub Actions cache. Cache entries are immutable, so every save gets a new key
 * `model-deploy-baseline-<model>-<sha>-<run>`; a restore asks for the prefix and GitHub returns
 * the newest entry. Pull requests can restore what the default branch saved, not the reverse,
 * so baselines are saved on the default branch and on tags only (see isBaselineRef).
 */
export class ActionsCacheBaselineStore implements BaselineStore {
  readonly description: string;
  private readonly file: string;
  private readonly prefix: string;

  constructor(
    private readonly cache: CacheApi,
    private readonly dir: string,
    model: string,
    private readonly saveSuffix: string,
  ) {
    this.file = join(dir, 'baseline.json');
    this.prefix = `model-deploy-baseline-${model}-`;
    this.description = `GitHub Actions cache (keys ${this.prefix}*)`;
  }

  async load(): Promise<BaselineRecord | undefined> {
    const hit = await this.cache.restoreCache([this.dir], `${this.prefix}${this.saveSuffix}`, [this.prefix]);
    if (!hit) return undefined;
    const bytes = readIfExists(this.file);
    return bytes ? decodeRecord(bytes, `cache entry ${hit}`) : undefined;
  }

  async save(record: BaselineRecord): Promise<void> {
    writeAtomic(this.file, encodeRecord(record));
    await this.cache.saveCache([this.dir], `${this.prefix}${this.saveSuffix}`);
  }
}

/**
 * Artifacts attached to an image by digest (OCI referrers, or the `sha256-<digest>` tag where a
 * registry has no referrers API). The OCI registry client implements this.
 */
export interface ArtifactStore {
  put(subjectDigest: string, mediaType: string, bytes: Uint8Array): Promise<void>;
  get(subjectDigest: string, mediaType: string): Promise<Uint8Array | undefined>;
}

/**
 * Baselines as OCI artifacts on the image they describe: loaded from the baseline image's
 * digest, saved onto the candidate image's digest (which becomes the next baseline image).
 */
export class RegistryBaselineStore implements BaselineStore {
  readonly description: string;

  constructor(
    private readonly artifacts: ArtifactStore,
    private readonly digests: { baseline?: string; candidate?: string },
  ) {
    this.description = `registry artifact on ${digests.baseline ?? '(no baseline image)'}`;
  }

  async load(): Promise<BaselineRecord | undefined> {
    if (!this.digests.baseline) return undefined;
    const bytes = await this.artifacts.get(this.digests.baseline, RECORD_MEDIA_TYPE);
    return bytes ? decodeRecord(bytes, `artifact on ${this.digests.baseline}`) : undefined;
  }

  async save(record: BaselineRecord): Promise<void> {
    if (!this.digests.candidate) {
      throw new InputError(
        'the registry baseline store saves onto the candidate image digest: pass --model-digest (the pushed image digest)',
      );
    }
    await this.artifacts.put(this.digests.candidate, RECORD_MEDIA_TYPE, encodeRecord(record));
  }
}
