import { dirname, join } from 'node:path';
import type { CommandContext } from '../commands/command.js';
import type { BuiltinStep } from '../config/sections/pipeline.js';
import { InputError } from '../errors.js';
import { saveHistory } from './cache.js';
import {
  cliStepRunner,
  type ExecutionReport,
  type ExecutorTask,
  executeTasks,
  type StepRunner,
} from './executor.js';
import { recordDurations, writeHistory } from './history.js';
import type { PreparedPipeline } from './prepare.js';

export interface RunPipelineOptions {
  failFast: boolean;
  /** Run only these task ids (their needs are assumed done, e.g. by earlier matrix jobs). */
  only?: readonly string[];
  /** Built-in steps wired in-process; others run through the CLI at `cliScript`. */
  steps?: Partial<Record<BuiltinStep, StepRunner>>;
  cliScript?: string;
  killGraceMs?: number;
}

/**
 * Executes a prepared plan, records each success in the cache as it happens and the measured
 * durations in the history file at the end, for the next plan's estimates.
 */
export async function runPipeline(
  ctx: CommandContext,
  prepared: PreparedPipeline,
  options: RunPipelineOptions,
): Promise<ExecutionReport> {
  const only = options.only && options.only.length > 0 ? new Set(options.only) : undefined;
  if (only) {
    const unknown = [...only].filter((id) => !prepared.tasks.some((t) => t.id === id));
    if (unknown.length > 0)
      throw new InputError(`--only: unknown task ${unknown.map((u) => `"${u}"`).join(', ')}`);
  }
  const planned = new Map(prepared.plan.tasks.map((t) => [t.id, t]));
  const tasks: ExecutorTask[] = prepared.tasks.map((t) => {
    const p = planned.get(t.id)!;
    return {
      id: t.id,
      needs: only ? t.needs.filter((need) => only.has(need)) : t.needs,
      pool: t.runner,
      run: t.run,
      uses: t.uses,
      env: t.env,
      retries: t.retries,
      timeoutMs: t.timeout,
      skipped: only && !only.has(t.id) ? 'not selected' : p.skipped,
      plannedStart: p.start,
    };
  });
  const report = await executeTasks({
    tasks,
    capacity: prepared.config.pipeline.runners,
    cwd: prepared.dir,
    env: ctx.env,
    log: ctx.log,
    signal: ctx.signal,
    failFast: options.failFast,
    ...(options.killGraceMs !== undefined ? { killGraceMs: options.killGraceMs } : {}),
    ...(options.steps ? { steps: options.steps } : {}),
    defaultStep: cliStepRunner(options.cliScript ?? defaultCliScript(ctx), prepared.configFile),
    onSuccess: (run) =>
      prepared.store.record({
        id: run.id,
        hash: prepared.hashes.get(run.id)!,
        durationMs: Math.round(run.durationMs),
        finishedAt: ctx.now().toISOString(),
      }),
  });
  const measured = report.runs.filter((r) => r.status === 'succeeded');
  if (measured.length > 0) {
    writeHistory(prepared.historyFile, recordDurations(prepared.history, measured));
    await saveHistory(prepared.historyFile, {
      action: ctx.action,
      log: ctx.log,
      env: ctx.env,
      now: ctx.now(),
      api: prepared.actionsCache,
    });
  }
  return report;
}

/** The CLI script for built-in steps: this CLI, or in the action the cli.js next to the bundle. */
function defaultCliScript(ctx: CommandContext): string {
  const override = ctx.env.MODEL_DEPLOY_CLI;
  if (override) return override;
  const entry = process.argv[1] ?? 'model-deploy';
  return ctx.action ? join(dirname(entry), 'cli.js') : entry;
}
