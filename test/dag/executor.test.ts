import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliStepRunner, type ExecutorTask, executeTasks } from '../../src/dag/executor.js';
import { readHistory } from '../../src/dag/history.js';
import { preparePipeline } from '../../src/dag/prepare.js';
import { runPipeline } from '../../src/dag/run-pipeline.js';
import { tempDir, testContext, writeConfig } from './helpers.js';

function task(id: string, run: string, extra: Partial<ExecutorTask> = {}): ExecutorTask {
  return { id, needs: [], pool: 'cpu', run, env: {}, retries: 0, skipped: null, plannedStart: 0, ...extra };
}

function execute(
  dir: string,
  tasks: ExecutorTask[],
  extra: { capacity?: Record<string, number>; failFast?: boolean } = {},
) {
  const { ctx, logged } = testContext(dir);
  const report = executeTasks({
    tasks,
    capacity: extra.capacity ?? { cpu: 2 },
    cwd: dir,
    env: process.env,
    log: ctx.log,
    signal: ctx.signal,
    failFast: extra.failFast ?? true,
    killGraceMs: 500,
  });
  return { report, logged };
}

/** Alive means running: a zombie (exited, not yet reaped by a non-reaping PID 1) counts as gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return !/^\d+ \(.*\) Z /.test(stat);
}

describe('executor with real processes', () => {
  it('a failing task skips its dependents, and fail-fast stops tasks not started yet', async () => {
    const dir = tempDir();
    const { report, logged } = execute(
      dir,
      [
        task('fail', 'echo broken >&2; exit 7'),
        task('dependent', 'touch dependent.ran', { needs: ['fail'] }),
        task('grandchild', 'touch grandchild.ran', { needs: ['dependent'] }),
        task('later', 'touch later.ran', { plannedStart: 10 }),
      ],
      { capacity: { cpu: 1 } },
    );
    const { runs, failed } = await report;
    expect(failed).toEqual(['fail']);
    const byId = Object.fromEntries(runs.map((r) => [r.id, r]));
    expect(byId.fail).toMatchObject({ status: 'failed', exitCode: 7, reason: 'failed with exit code 7' });
    expect(byId.dependent).toMatchObject({ status: 'skipped', reason: 'needs fail, which failed' });
    expect(byId.grandchild).toMatchObject({ status: 'skipped', reason: 'upstream fail failed' });
    expect(byId.later).toMatchObject({
      status: 'skipped',
      reason: 'not started: fail-fast after fail failed',
    });
    for (const f of ['dependent.ran', 'grandchild.ran', 'later.ran'])
      expect(existsSync(join(dir, f))).toBe(false);
    expect(logged()).toContain('broken');
  });

  it('without fail-fast, independent tasks still run', async () => {
    const dir = tempDir();
    const { report } = execute(
      dir,
      [
        task('fail', 'exit 1'),
        task('dependent', 'touch dependent.ran', { needs: ['fail'] }),
        task('other', 'touch other.ran'),
      ],
      { capacity: { cpu: 1 }, failFast: false },
    );
    const { runs } = await report;
    expect(runs.map((r) => r.status)).toEqual(['failed', 'skipped', 'succeeded']);
    expect(existsSync(join(dir, 'other.ran'))).toBe(true);
    expect(existsSync(join(dir, 'dependent.ran'))).toBe(false);
  });

  it('tasks after skipped (cached or unaffected) ones run exactly once', async () => {
    const dir = tempDir();
    const { report } = execute(
      dir,
      [
        task('cached', 'echo cached >> runs.log', { skipped: 'cached' }),
        task('next', 'echo next >> runs.log', { needs: ['cached'] }),
        task('unaffected', 'echo unaffected >> runs.log', { needs: ['cached'], skipped: 'unaffected' }),
        task('last', 'echo last >> runs.log', { needs: ['unaffected', 'next'] }),
      ],
      { capacity: { cpu: 4 } },
    );
    const { runs } = await report;
    expect(runs.map((r) => r.status)).toEqual(['skipped', 'succeeded', 'skipped', 'succeeded']);
    expect(readFileSync(join(dir, 'runs.log'), 'utf8')).toBe('next\nlast\n');
  });

  it('a timeout kills the whole process tree, including a grandchild that ignores SIGTERM', async () => {
    const dir = tempDir();
    // The task's shell starts a grandchild shell that ignores SIGTERM and sleeps; it records its pid.
    const run = `sh -c 'trap "" TERM; echo $$ > gc.pid; sleep 30; echo survived > survived.txt' & wait`;
    const { report } = execute(dir, [task('hang', run, { timeoutMs: 500 })]);
    const { runs } = await report;
    expect(runs[0]).toMatchObject({ status: 'failed', timedOut: true, reason: 'timed out after 500ms' });
    const pid = Number(readFileSync(join(dir, 'gc.pid'), 'utf8'));
    expect(pid).toBeGreaterThan(1);
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(pid)).toBe(false);
    expect(existsSync(join(dir, 'survived.txt'))).toBe(false);
  });

  it('retries a failing task until it succeeds, and gives up after the last retry', async () => {
    const dir = tempDir();
    const flaky =
      'n=$(cat count-$MODEL_DEPLOY_TASK 2>/dev/null || echo 0); n=$((n+1)); echo $n > count-$MODEL_DEPLOY_TASK; test $n -ge 3';
    const { report, logged } = execute(dir, [
      task('flaky', flaky, { retries: 2 }),
      task('hopeless', flaky, { retries: 1 }),
    ]);
    const { runs } = await report;
    expect(runs[0]).toMatchObject({ id: 'flaky', status: 'succeeded', attempts: 3 });
    expect(readFileSync(join(dir, 'count-flaky'), 'utf8').trim()).toBe('3');
    expect(runs[1]).toMatchObject({ id: 'hopeless', status: 'failed', attempts: 2 });
    expect(readFileSync(join(dir, 'count-hopeless'), 'utf8').trim()).toBe('2');
    expect(logged()).toContain('attempt 3/3');
  });

  it('honours needs and never runs more tasks of a pool than it has runners', async () => {
    const dir = tempDir();
    const body = (id: string) =>
      `echo "start ${id} $(date +%s%N)" >> events.log; sleep 0.3; echo "end ${id} $(date +%s%N)" >> events.log`;
    const { report } = execute(
      dir,
      [
        task('a', body('a')),
        task('b', body('b')),
        task('c', body('c')),
        task('d', body('d'), { needs: ['a', 'b'] }),
        task('g', body('g'), { pool: 'gpu' }),
      ],
      { capacity: { cpu: 2, gpu: 1 } },
    );
    const { runs } = await report;
    expect(runs.every((r) => r.status === 'succeeded')).toBe(true);
    const events = readFileSync(join(dir, 'events.log'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split(' '))
      .map(([kind, id, t]) => ({ kind: kind!, id: id!, t: BigInt(t!) }))
      .sort((x, y) => (x.t < y.t ? -1 : x.t > y.t ? 1 : x.kind === 'end' ? -1 : 1));
    let cpu = 0;
    let peak = 0;
    for (const e of events) {
      if (e.id === 'g') continue;
      cpu += e.kind === 'start' ? 1 : -1;
      peak = Math.max(peak, cpu);
    }
    expect(peak).toBe(2);
    const at = (kind: string, id: string) => events.find((e) => e.kind === kind && e.id === id)!.t;
    expect(at('start', 'd')).toBeGreaterThanOrEqual(at('end', 'a'));
    expect(at('start', 'd')).toBeGreaterThanOrEqual(at('end', 'b'));
  });

  it('runs uses: steps through the injected map, and through the CLI script otherwise', async () => {
    const dir = tempDir();
    const script = join(dir, 'fake-cli.mjs');
    writeFileSync(
      script,
      "import { writeFileSync } from 'node:fs';\nwriteFileSync('cli-args.json', JSON.stringify(process.argv.slice(2)));\n",
    );
    const called: string[] = [];
    const { ctx } = testContext(dir);
    const { runs } = await executeTasks({
      tasks: [
        task('ev', '', { uses: 'evaluate', run: undefined }),
        task('sc', '', { uses: 'scan', run: undefined }),
      ],
      capacity: { cpu: 1 },
      cwd: dir,
      env: process.env,
      log: ctx.log,
      signal: ctx.signal,
      failFast: true,
      steps: {
        evaluate: async (step, c) => {
          called.push(`${step} in ${c.cwd}`);
          return {
            exitCode: 0,
            signal: null,
            timedOut: false,
            aborted: false,
            durationMs: 1,
            output: 'evaluated',
          };
        },
      },
      defaultStep: cliStepRunner(script, join(dir, 'model-deploy.yml')),
    });
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    expect(called).toEqual([`evaluate in ${dir}`]);
    expect(JSON.parse(readFileSync(join(dir, 'cli-args.json'), 'utf8'))).toEqual([
      'scan',
      '--config',
      join(dir, 'model-deploy.yml'),
    ]);
  });
});

describe('executor: timeouts of in-process steps and cancel', () => {
  it('an injected step that overruns its timeout is aborted and the task fails as timed out', async () => {
    const dir = tempDir();
    const { ctx } = testContext(dir);
    let sawAbort = false;
    const { runs } = await executeTasks({
      tasks: [task('ev', '', { uses: 'evaluate', run: undefined, timeoutMs: 200 })],
      capacity: { cpu: 1 },
      cwd: dir,
      env: process.env,
      log: ctx.log,
      signal: ctx.signal,
      failFast: true,
      steps: {
        evaluate: (_step, c) =>
          new Promise((resolve) => {
            c.signal.addEventListener('abort', () => {
              sawAbort = true;
              setTimeout(
                () =>
                  resolve({
                    exitCode: 0,
                    signal: null,
                    timedOut: false,
                    aborted: false,
                    durationMs: 0,
                    output: '',
                  }),
                50,
              );
            });
          }),
      },
    });
    expect(runs[0]).toMatchObject({ status: 'failed', timedOut: true });
    expect(sawAbort).toBe(true);
  });

  it('cancelling the pipeline kills running task trees and skips the rest as cancelled', async () => {
    const dir = tempDir();
    const controller = new AbortController();
    const { ctx } = testContext(dir, { signal: controller.signal });
    const done = executeTasks({
      tasks: [
        task('long', 'sleep 30 & echo $! > child.pid; wait'),
        task('next', 'touch next.ran', { needs: ['long'] }),
      ],
      capacity: { cpu: 1 },
      cwd: dir,
      env: process.env,
      log: ctx.log,
      signal: controller.signal,
      failFast: true,
      killGraceMs: 500,
    });
    for (let i = 0; i < 100 && !existsSync(join(dir, 'child.pid')); i++)
      await new Promise((r) => setTimeout(r, 50));
    controller.abort(new Error('SIGTERM'));
    const { runs } = await done;
    expect(runs[0]).toMatchObject({ status: 'failed', reason: 'cancelled' });
    expect(runs[1]).toMatchObject({ status: 'skipped' });
    const pid = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    expect(alive(pid)).toBe(false);
    expect(existsSync(join(dir, 'next.ran'))).toBe(false);
  });
});

describe('pipeline run: history and cache', () => {
  it('records measured durations and the next plan uses their median; a success is cached by input hash', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'train.py'), 'print("v1")\n');
    writeConfig(
      dir,
      [
        '  runners: { cpu: 1 }',
        '  tasks:',
        '    - id: prepare',
        '      run: sleep 0.2',
        '      duration: 1h',
        '      inputs: ["*.py"]',
        '    - id: train',
        '      run: sleep 0.1',
        '      needs: [prepare]',
        '      duration: 1h',
      ].join('\n'),
    );
    const { ctx } = testContext(dir);
    const first = await preparePipeline(ctx, { configPath: 'model-deploy.yml', useCache: true });
    expect(first.plan.tasks.map((t) => t.duration)).toEqual([3_600_000, 3_600_000]);
    const report = await runPipeline(ctx, first, { failFast: true });
    expect(report.failed).toEqual([]);

    const history = readHistory(join(dir, '.model-deploy/durations.json'));
    const recorded = report.runs.map((r) => Math.round(r.durationMs));
    expect(history.tasks).toEqual({ prepare: [recorded[0]], train: [recorded[1]] });
    expect(recorded[0]).toBeGreaterThanOrEqual(200);

    const second = await preparePipeline(ctx, { configPath: 'model-deploy.yml', useCache: false });
    expect(second.plan.tasks.map((t) => t.duration)).toEqual(recorded);
    expect(second.plan.makespan).toBe(recorded[0]! + recorded[1]!);

    const cached = await preparePipeline(ctx, { configPath: 'model-deploy.yml', useCache: true });
    expect(cached.plan.tasks.map((t) => t.skipped)).toEqual(['cached', 'cached']);

    // Changing an input invalidates the task and, through its hash, everything downstream.
    writeFileSync(join(dir, 'train.py'), 'print("v2")\n');
    const changed = await preparePipeline(ctx, { configPath: 'model-deploy.yml', useCache: true });
    expect(changed.plan.tasks.map((t) => t.skipped)).toEqual([null, null]);

    // A third run: the median of three recorded durations replaces the estimate.
    const again = await runPipeline(ctx, changed, { failFast: true });
    const third = await runPipeline(
      ctx,
      await preparePipeline(ctx, { configPath: 'model-deploy.yml', useCache: false }),
      {
        failFast: true,
      },
    );
    const runsOfPrepare = [
      recorded[0]!,
      Math.round(again.runs[0]!.durationMs),
      Math.round(third.runs[0]!.durationMs),
    ];
    const median = [...runsOfPrepare].sort((a, b) => a - b)[1];
    const next = await preparePipeline(ctx, { configPath: 'model-deploy.yml', useCache: false });
    expect(next.plan.tasks[0]!.duration).toBe(median);
  });
});
