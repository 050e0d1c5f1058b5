import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as actionsCache from '@actions/cache';
import picomatch from 'picomatch';
import type { Log } from '../commands/command.js';
import { shellReferences } from '../config/env.js';
import type { TaskConfig } from '../config/sections/pipeline.js';

/** What a successful run leaves behind: its task, input hash and duration. */
export interface CacheEntry {
  id: string;
  hash: string;
  durationMs: number;
  finishedAt: string;
}

/** Where successful runs are recorded by input hash. */
export interface TaskCacheStore {
  has(hash: string): Promise<boolean>;
  record(entry: CacheEntry): Promise<void>;
}

/** Local store: one small JSON file per hash in a directory (pipeline.cache). */
export class DirectoryCacheStore implements TaskCacheStore {
  constructor(readonly dir: string) {}

  fileOf(hash: string): string {
    return join(this.dir, `${hash}.json`);
  }

  async has(hash: string): Promise<boolean> {
    return existsSync(this.fileOf(hash));
  }

  async record(entry: CacheEntry): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const file = this.fileOf(entry.hash);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(entry)}\n`);
    renameSync(tmp, file);
  }
}

export type ActionsCacheApi = Pick<typeof actionsCache, 'restoreCache' | 'saveCache' | 'isFeatureAvailable'>;

/**
 * In the action: the entry file of the directory store saved to the GitHub Actions cache under
 * `model-deploy-task-<hash>`; a hit is looked up without downloading. Cache service errors are
 * warnings (a miss), never a failed pipeline.
 */
export class ActionsCacheStore implements TaskCacheStore {
  private readonly local: DirectoryCacheStore;

  constructor(
    dir: string,
    private readonly log: Log,
    private readonly api: ActionsCacheApi = actionsCache,
  ) {
    this.local = new DirectoryCacheStore(dir);
  }

  static key(hash: string): string {
    return `model-deploy-task-${hash}`;
  }

  async has(hash: string): Promise<boolean> {
    if (await this.local.has(hash)) return true;
    try {
      const key = ActionsCacheStore.key(hash);
      return (await this.api.restoreCache([this.local.fileOf(hash)], key, [], { lookupOnly: true })) === key;
    } catch (error) {
      this.log.warning(
        `cache lookup for ${hash.slice(0, 12)} failed, running the task: ${(error as Error).message}`,
      );
      return false;
    }
  }

  async record(entry: CacheEntry): Promise<void> {
    await this.local.record(entry);
    try {
      await this.api.saveCache([this.local.fileOf(entry.hash)], ActionsCacheStore.key(entry.hash));
    } catch (error) {
      this.log.warning(`could not save the cache entry of ${entry.id}: ${(error as Error).message}`);
    }
  }
}

/** The store for this run: the Actions cache in the action when the service is reachable, else the directory. */
export function cacheStore(
  dir: string,
  options: { action: boolean; log: Log; api?: ActionsCacheApi },
): TaskCacheStore {
  const api = options.api ?? actionsCache;
  if (options.action) {
    if (api.isFeatureAvailable()) return new ActionsCacheStore(dir, options.log, api);
    options.log.warning(
      'the GitHub Actions cache service is not available; task results are cached in the runner only',
    );
  }
  return new DirectoryCacheStore(dir);
}

/** Files under `dir` matching any glob, as sorted forward-slash paths relative to `dir`. */
export function matchFiles(dir: string, globs: readonly string[]): string[] {
  if (globs.length === 0) return [];
  const isMatch = picomatch([...globs], { dot: true });
  const found = new Set<string>();
  const bases = new Set(globs.map((g) => picomatch.scan(g).base || '.'));
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const child = join(abs, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git') walk(child);
      } else {
        const rel = relative(dir, child).split(sep).join('/');
        if (isMatch(rel)) found.add(rel);
      }
    }
  };
  for (const base of bases) {
    const abs = join(dir, base);
    const stat = statSync(abs, { throwIfNoEntry: false });
    if (stat?.isDirectory()) walk(abs);
    else if (stat) {
      const rel = relative(dir, abs).split(sep).join('/');
      if (isMatch(rel)) found.add(rel);
    }
  }
  return [...found].sort();
}

/**
 * Input hash per task: sha256 over the task's definition, the path and contents of every file its
 * `inputs` globs match, and the hashes of the tasks it needs, so a change upstream invalidates
 * everything downstream. `order` must be topological.
 */
export function taskHashes(
  tasks: readonly TaskConfig[],
  order: ArrayLike<number>,
  dir: string,
  env: NodeJS.ProcessEnv = {},
): Map<string, string> {
  const hashes = new Map<string, string>();
  for (let k = 0; k < order.length; k++) {
    const t = tasks[order[k]!]!;
    const h = createHash('sha256');
    const definition = { id: t.id, run: t.run, uses: t.uses, env: t.env, inputs: t.inputs, runner: t.runner };
    h.update(JSON.stringify(definition));
    // the shell expands variables at run time, so their values are part of what the task does
    if (t.run) h.update(`\0env\0${shellReferences(t.run, { ...env, ...t.env })}`);
    for (const file of matchFiles(dir, t.inputs)) {
      h.update(`\0file\0${file}\0`);
      h.update(readFileSync(join(dir, file)));
    }
    for (const need of [...t.needs].sort()) h.update(`\0need\0${need}\0${hashes.get(need) ?? ''}`);
    hashes.set(t.id, h.digest('hex'));
  }
  return hashes;
}

const HISTORY_KEY = 'model-deploy-durations-';

/**
 * In the action the runner's workspace is new each time, so the duration history travels in the
 * Actions cache: restored (newest entry by prefix) when the file is not in the checkout, and saved
 * under a key unique to the run after the pipeline recorded new durations.
 */
export async function restoreHistory(
  file: string,
  options: { action: boolean; log: Log; env: NodeJS.ProcessEnv; api?: ActionsCacheApi },
): Promise<void> {
  const api = options.api ?? actionsCache;
  if (!options.action || existsSync(file) || !api.isFeatureAvailable()) return;
  try {
    const hit = await api.restoreCache([file], `${HISTORY_KEY}${options.env.GITHUB_RUN_ID ?? 'local'}`, [
      HISTORY_KEY,
    ]);
    if (hit) options.log.info(`duration history restored from the Actions cache (${hit})`);
  } catch (error) {
    options.log.warning(`could not restore the duration history: ${(error as Error).message}`);
  }
}

export async function saveHistory(
  file: string,
  options: { action: boolean; log: Log; env: NodeJS.ProcessEnv; now: Date; api?: ActionsCacheApi },
): Promise<void> {
  const api = options.api ?? actionsCache;
  if (!options.action || !api.isFeatureAvailable()) return;
  const run = options.env.GITHUB_RUN_ID ?? String(options.now.getTime());
  try {
    await api.saveCache([file], `${HISTORY_KEY}${run}-${options.env.GITHUB_RUN_ATTEMPT ?? '1'}`);
  } catch (error) {
    options.log.warning(`could not save the duration history: ${(error as Error).message}`);
  }
}
