import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { CommandContext } from '../commands/command.js';
import { loadConfig } from '../config/load.js';
import { type PathSegment, positionOf } from '../config/positions.js';
import type { Config } from '../config/schema.js';
import type { TaskConfig } from '../config/sections/pipeline.js';
import { ConfigError, InputError } from '../errors.js';
import { affectedTasks } from './affected.js';
import {
  type ActionsCacheApi,
  cacheStore,
  restoreHistory,
  type TaskCacheStore,
  taskHashes,
} from './cache.js';
import { buildGraph, type DagTask, type SkipReason } from './graph.js';
import { type DurationHistory, medianDurations, readHistory } from './history.js';
import { type Plan, planPipeline } from './planner.js';

export interface PrepareOptions {
  configPath: string;
  /** Git ref: only tasks affected by `git diff REF...HEAD` run. */
  changedFrom?: string | undefined;
  /** Changed files (relative to the working directory): only tasks they affect run. */
  changed?: readonly string[] | undefined;
  /** Look up recorded runs with the same input hash and skip those tasks as cached. */
  useCache: boolean;
  /** The GitHub Actions cache service (replaceable in tests); used only in the action. */
  actionsCache?: ActionsCacheApi;
}

/** The world read for a plan: config, history, changed files and cache, and the plan made of them. */
export interface PreparedPipeline {
  config: Config;
  configFile: string;
  dir: string;
  tasks: TaskConfig[];
  plan: Plan;
  hashes: Map<string, string>;
  store: TaskCacheStore;
  historyFile: string;
  history: DurationHistory;
  /** Changed files relative to the config directory; undefined when every task is affected. */
  changed: string[] | undefined;
  actionsCache: ActionsCacheApi | undefined;
}

export async function preparePipeline(
  ctx: CommandContext,
  options: PrepareOptions,
): Promise<PreparedPipeline> {
  const { config, file, dir } = loadConfig(options.configPath, { cwd: ctx.cwd, env: ctx.env });
  const { tasks, runners } = config.pipeline;
  const graph = withPositions(file, ctx.cwd, () => buildGraph(tasks.map(toDagTask), runners));

  const historyFile = resolve(dir, config.pipeline.history);
  const cacheOptions = { action: ctx.action, log: ctx.log, env: ctx.env, api: options.actionsCache };
  await restoreHistory(historyFile, cacheOptions);
  const history = readHistory(historyFile);
  const medians = medianDurations(history);

  const changed = changedFiles(ctx, dir, options);
  const affected = changed === undefined ? undefined : affectedTasks(tasks, changed);
  const hashes = taskHashes(tasks, graph.order, dir, ctx.env);
  const store = cacheStore(resolve(dir, config.pipeline.cache), cacheOptions);

  const skips = await Promise.all(
    tasks.map(async (t): Promise<SkipReason | null> => {
      if (affected && !affected.has(t.id)) return 'unaffected';
      if (options.useCache && (await store.has(hashes.get(t.id)!))) return 'cached';
      return null;
    }),
  );
  const dagTasks = tasks.map((t, i) => ({
    ...toDagTask(t),
    duration: medians.get(t.id) ?? t.duration,
    skipped: skips[i]!,
  }));
  const plan = planPipeline(dagTasks, { capacity: runners });
  return {
    config,
    configFile: file,
    dir,
    tasks,
    plan,
    hashes,
    store,
    historyFile,
    history,
    changed,
    actionsCache: options.actionsCache,
  };
}

function toDagTask(t: TaskConfig): DagTask {
  return { id: t.id, needs: t.needs, duration: t.duration, pool: t.runner };
}

function changedFiles(ctx: CommandContext, dir: string, options: PrepareOptions): string[] | undefined {
  const listed = options.changed ?? [];
  if (options.changedFrom === undefined && listed.length === 0) return undefined;
  const files = listed.map((f) => relative(dir, resolve(ctx.cwd, f)).split(sep).join('/'));
  if (options.changedFrom !== undefined) files.push(...gitChangedFiles(dir, options.changedFrom));
  return files;
}

/** Files changed between REF and HEAD (merge-base diff, as a pull request shows it), relative to `dir`. */
export function gitChangedFiles(dir: string, ref: string): string[] {
  if (ref.startsWith('-')) throw new InputError(`--changed-from: "${ref}" is not a git ref`);
  try {
    const out = execFileSync('git', ['diff', '--name-only', '--relative', '-z', `${ref}...HEAD`], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
    });
    return out.split('\0').filter((f) => f.length > 0);
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? (error as Error).message).trim();
    throw new InputError(
      `--changed-from ${ref}: git diff failed: ${stderr.split('\n')[0]}; check the ref exists (in a shallow checkout use fetch-depth: 0)`,
      { cause: error },
    );
  }
}

/** Adds file:line:col to ConfigErrors the planner raised with a path only. */
function withPositions<T>(file: string, cwd: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const counter = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
    const shown = relative(cwd, file) || file;
    throw new ConfigError(
      error.issues.map((issue) => ({
        ...issue,
        file: shown,
        ...positionOf(doc, counter, parsePath(issue.path)),
      })),
      { cause: error },
    );
  }
}

function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}
