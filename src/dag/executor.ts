import type { Log } from '../commands/command.js';
import type { BuiltinStep } from '../config/sections/pipeline.js';
import { formatDuration } from '../config/units.js';
import type { SkipReason } from './graph.js';
import { KeyedHeap } from './heap.js';
import { type ProcessResult, runProcess } from './process.js';

export interface ExecutorTask {
  id: string;
  needs: readonly string[];
  pool: string;
  /** Shell command (run with `sh -c`). */
  run?: string | undefined;
  /** Built-in step, run through `steps` or the model-deploy CLI. */
  uses?: BuiltinStep | undefined;
  env: Readonly<Record<string, string>>;
  retries: number;
  timeoutMs?: number | undefined;
  /** Why the task does not run (unaffected, cached, not selected), or null. */
  skipped: SkipReason | string | null;
  /** Planned start (ms): when runners are scarce, the earliest planned task goes first. */
  plannedStart: number;
}

/** What one attempt of a built-in step needs; resolves with its exit code. */
export interface StepContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  signal: AbortSignal;
  timeoutMs?: number | undefined;
  killGraceMs: number;
}
export type StepRunner = (step: BuiltinStep, context: StepContext) => Promise<ProcessResult>;

export type TaskStatus = 'succeeded' | 'failed' | 'skipped';

export interface TaskRun {
  id: string;
  status: TaskStatus;
  /** Why a task was skipped or how it failed. */
  reason?: string;
  attempts: number;
  /** Duration of the last attempt (ms). */
  durationMs: number;
  exitCode: number | null;
  timedOut: boolean;
}

export interface ExecuteOptions {
  tasks: readonly ExecutorTask[];
  capacity: Readonly<Record<string, number>>;
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: Log;
  signal: AbortSignal;
  /** Stop starting tasks after the first failure (dependents of a failed task are always skipped). */
  failFast: boolean;
  killGraceMs?: number;
  /** Built-in steps by name; a step without an entry runs through `defaultStep`. */
  steps?: Partial<Record<BuiltinStep, StepRunner>>;
  defaultStep?: StepRunner;
  /** Called as each task succeeds (to record it in the cache before the run ends). */
  onSuccess?: (run: TaskRun) => Promise<void>;
}

export interface ExecutionReport {
  runs: TaskRun[];
  failed: string[];
}

/**
 * Runs tasks in one process: at most `capacity[pool]` at a time per pool, each after all of its
 * needs succeeded (or were skipped as unaffected/cached), retried up to `retries` times, killed
 * with its whole process tree on timeout. A failed task skips everything downstream of it.
 */
export async function executeTasks(options: ExecuteOptions): Promise<ExecutionReport> {
  const { tasks, log } = options;
  const n = tasks.length;
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  const dependents: number[][] = tasks.map(() => []);
  const waiting = new Int32Array(n);
  tasks.forEach((t, i) => {
    if (!(t.pool in options.capacity)) throw new Error(`task ${t.id}: runner pool ${t.pool} has no capacity`);
    for (const need of t.needs) {
      const p = index.get(need);
      if (p === undefined) throw new Error(`task ${t.id} needs unknown task ${need}`);
      dependents[p]!.push(i);
      waiting[i]!++;
    }
  });
  const runs: (TaskRun | undefined)[] = new Array(n);
  const ready = new Map<string, KeyedHeap>();
  const busy = new Map<string, number>();
  for (const pool of Object.keys(options.capacity)) {
    ready.set(pool, new KeyedHeap());
    busy.set(pool, 0);
  }
  const failed: string[] = [];
  let stopReason: string | undefined;
  let active = 0;
  const grace = options.killGraceMs ?? 5000;

  const skip = (i: number, reason: string) => {
    if (runs[i]) return;
    runs[i] = {
      id: tasks[i]!.id,
      status: 'skipped',
      reason,
      attempts: 0,
      durationMs: 0,
      exitCode: null,
      timedOut: false,
    };
  };
  const release = (i: number) => {
    for (const d of dependents[i]!) if (--waiting[d]! === 0) enqueue(d);
  };
  const enqueue = (i: number) => {
    const t = tasks[i]!;
    if (t.skipped) {
      skip(i, t.skipped);
      log.info(`○ ${t.id}: skipped (${t.skipped})`);
      release(i);
      return;
    }
    ready.get(t.pool)!.push(t.plannedStart, i);
  };
  const skipDownstream = (i: number) => {
    const failedId = tasks[i]!.id;
    const direct = new Set(dependents[i]);
    const stack = [...dependents[i]!];
    while (stack.length > 0) {
      const d = stack.pop()!;
      if (runs[d]) continue;
      skip(d, direct.has(d) ? `needs ${failedId}, which failed` : `upstream ${failedId} failed`);
      stack.push(...dependents[d]!);
    }
  };

  await new Promise<void>((resolveAll) => {
    const pump = () => {
      if (stopReason === undefined && options.signal.aborted) stopReason = 'cancelled';
      if (stopReason === undefined) {
        for (const [pool, heap] of ready) {
          const cap = options.capacity[pool]!;
          while (heap.size > 0 && busy.get(pool)! < cap) {
            const i = heap.pop();
            if (runs[i]) continue;
            busy.set(pool, busy.get(pool)! + 1);
            active++;
            void start(i)
              .catch((error: unknown) => log.error(`executor: ${(error as Error).message}`))
              .then(() => {
                busy.set(pool, busy.get(pool)! - 1);
                active--;
                pump();
              });
          }
        }
      }
      if (active === 0) resolveAll();
    };
    const start = async (i: number) => {
      const run = await runTask(tasks[i]!, options, grace).catch(
        (error: unknown): TaskRun => ({
          id: tasks[i]!.id,
          status: 'failed',
          reason: `executor error: ${(error as Error).message}`,
          attempts: 1,
          durationMs: 0,
          exitCode: null,
          timedOut: false,
        }),
      );
      runs[i] = run;
      if (run.status === 'succeeded') {
        release(i);
        try {
          await options.onSuccess?.(run);
        } catch (error) {
          log.warning(`${run.id}: could not record the result: ${(error as Error).message}`);
        }
      } else {
        failed.push(run.id);
        skipDownstream(i);
        if (options.failFast && stopReason === undefined) stopReason = `fail-fast after ${run.id} failed`;
      }
    };
    // Collect sources before enqueueing: a skipped source releases its dependents at once.
    const sources: number[] = [];
    for (let i = 0; i < n; i++) if (waiting[i] === 0) sources.push(i);
    for (const i of sources) enqueue(i);
    pump();
  });

  const reason = stopReason ?? 'not started';
  for (let i = 0; i < n; i++) skip(i, options.signal.aborted ? 'cancelled' : `not started: ${reason}`);
  return { runs: runs as TaskRun[], failed };
}

async function runTask(task: ExecutorTask, options: ExecuteOptions, grace: number): Promise<TaskRun> {
  const attempts = task.retries + 1;
  const transcript: string[] = [];
  const env = { ...options.env, ...task.env, MODEL_DEPLOY_TASK: task.id };
  options.log.info(`▶ ${task.id}: started on ${task.pool}`);
  let last: ProcessResult | undefined;
  let attempt = 0;
  while (attempt < attempts) {
    attempt++;
    last = await runOnce(task, options, env, grace);
    const outcome = describe(last, task);
    if (attempts > 1) transcript.push(`── attempt ${attempt}/${attempts}: ${outcome}`);
    if (last.output) transcript.push(last.output.replace(/\n$/, ''));
    if (last.error) transcript.push(last.error);
    if (last.exitCode === 0 || last.aborted) break;
  }
  const result = last!;
  const succeeded = result.exitCode === 0 && !result.timedOut && !result.aborted;
  const outcome = describe(result, task);
  const title = `${succeeded ? '✓' : '✗'} ${task.id}: ${outcome} in ${formatDuration(result.durationMs)}${attempt > 1 ? ` (attempt ${attempt}/${attempts})` : ''}`;
  await options.log.group(title, async () => {
    for (const line of transcript.join('\n').split('\n')) if (line) options.log.info(line);
  });
  if (!succeeded)
    options.log.error(`${task.id} ${outcome}${attempt > 1 ? ` after ${attempt} attempts` : ''}`);
  return {
    id: task.id,
    status: succeeded ? 'succeeded' : 'failed',
    ...(succeeded ? {} : { reason: outcome }),
    attempts: attempt,
    durationMs: result.durationMs,
    exitCode: result.exitCode,
    timedOut: result.timedOut,
  };
}

function runOnce(task: ExecutorTask, options: ExecuteOptions, env: NodeJS.ProcessEnv, grace: number) {
  if (task.uses !== undefined) {
    const injected = options.steps?.[task.uses];
    if (injected) return runInjectedStep(injected, task.uses, task.timeoutMs, options, env, grace);
    if (!options.defaultStep) {
      return Promise.resolve(notRun(`built-in step "${task.uses}" is not available to the executor`));
    }
    return options.defaultStep(task.uses, {
      cwd: options.cwd,
      env,
      signal: options.signal,
      timeoutMs: task.timeoutMs,
      killGraceMs: grace,
    });
  }
  return runProcess({
    command: 'sh',
    args: ['-c', task.run ?? 'true'],
    cwd: options.cwd,
    env,
    timeoutMs: task.timeoutMs,
    signal: options.signal,
    killGraceMs: grace,
  });
}

function notRun(error: string): ProcessResult {
  return { exitCode: null, signal: null, timedOut: false, aborted: false, durationMs: 0, output: '', error };
}

/**
 * An in-process step cannot be killed: on timeout or cancel its signal is aborted and the task is
 * finished as timed out (or cancelled) without waiting for it; a thrown error is a failed attempt.
 */
async function runInjectedStep(
  step: StepRunner,
  name: BuiltinStep,
  timeoutMs: number | undefined,
  options: ExecuteOptions,
  env: NodeJS.ProcessEnv,
  grace: number,
): Promise<ProcessResult> {
  const started = performance.now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stopped = new Promise<ProcessResult>((resolveStop) => {
    const stop = (kind: 'timedOut' | 'aborted') => {
      controller.abort(new Error(kind === 'timedOut' ? 'step timed out' : 'pipeline cancelled'));
      resolveStop({
        exitCode: null,
        signal: null,
        timedOut: kind === 'timedOut',
        aborted: kind === 'aborted',
        durationMs: performance.now() - started,
        output: '',
      });
    };
    if (timeoutMs !== undefined) timer = setTimeout(() => stop('timedOut'), timeoutMs);
    onAbort = () => stop('aborted');
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
  });
  const ran = step(name, {
    cwd: options.cwd,
    env,
    signal: controller.signal,
    timeoutMs,
    killGraceMs: grace,
  }).catch(
    (error: unknown): ProcessResult => ({
      ...notRun(`step ${name} failed: ${(error as Error).message}`),
      exitCode: 1,
      durationMs: performance.now() - started,
    }),
  );
  try {
    return await Promise.race([ran, stopped]);
  } finally {
    clearTimeout(timer);
    if (onAbort) options.signal.removeEventListener('abort', onAbort);
  }
}

function describe(result: ProcessResult, task: ExecutorTask): string {
  if (result.aborted) return 'cancelled';
  if (result.timedOut) return `timed out after ${formatDuration(task.timeoutMs ?? 0)}`;
  if (result.error) return result.error;
  if (result.exitCode === 0) return 'succeeded';
  if (result.exitCode === null) return `killed by ${result.signal ?? 'a signal'}`;
  return `failed with exit code ${result.exitCode}`;
}

/**
 * The default way to run a built-in step until the executor gets the commands wired in-process:
 * the model-deploy CLI (`script`) in a child process, `node <script> <step> --config <file>`, with
 * this process's node flags (so a CLI started through a loader keeps it).
 */
export function cliStepRunner(script: string, configFile: string): StepRunner {
  return (step, context) =>
    runProcess({
      command: process.execPath,
      args: [...process.execArgv, script, step, '--config', configFile],
      cwd: context.cwd,
      env: context.env,
      timeoutMs: context.timeoutMs,
      signal: context.signal,
      killGraceMs: context.killGraceMs,
    });
}
