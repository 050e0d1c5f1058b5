export const id = 249;
export const ids = [249];
export const modules = {

/***/ 3249:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ pipeline)
});

// EXTERNAL MODULE: ./lib/dag/options.js
var options = __webpack_require__(92966);
// EXTERNAL MODULE: ./lib/dag/prepare.js + 5 modules
var prepare = __webpack_require__(18550);
// EXTERNAL MODULE: ./lib/dag/render.js
var render = __webpack_require__(66342);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/dag/cache.js
var cache = __webpack_require__(97518);
// EXTERNAL MODULE: ./lib/config/units.js
var units = __webpack_require__(17361);
// EXTERNAL MODULE: ./lib/dag/heap.js
var heap = __webpack_require__(32348);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./lib/dag/process.js

const MAX_OUTPUT = 1 << 20;
/**
 * Runs a command as the leader of its own process group, so a timeout or cancel can end the whole
 * tree it started (SIGTERM to the group, SIGKILL after the grace period). When the leader exits,
 * processes it left running in the background are ended the same way.
 */
function runProcess(options) {
    const started = performance.now();
    const grace = options.killGraceMs ?? 5000;
    const limit = options.maxOutputBytes ?? MAX_OUTPUT;
    return new Promise((resolvePromise) => {
        const chunks = [];
        let kept = 0;
        let dropped = 0;
        let timedOut = false;
        let aborted = false;
        let exit;
        let settled = false;
        const timers = [];
        const child = (0,external_node_child_process_.spawn)(options.command, [...options.args], {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const killGroup = (signal) => {
            if (child.pid === undefined)
                return;
            try {
                process.kill(-child.pid, signal);
            }
            catch {
                // ESRCH: the group is already gone
            }
        };
        const terminate = () => {
            killGroup('SIGTERM');
            timers.push(setTimeout(() => killGroup('SIGKILL'), grace));
        };
        const collect = (chunk) => {
            const room = limit - kept;
            if (chunk.length <= room) {
                chunks.push(chunk);
                kept += chunk.length;
            }
            else {
                if (room > 0)
                    chunks.push(chunk.subarray(0, room));
                kept = limit;
                dropped += chunk.length - room;
            }
        };
        child.stdout.on('data', collect);
        child.stderr.on('data', collect);
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            for (const t of timers)
                clearTimeout(t);
            options.signal?.removeEventListener('abort', onAbort);
            let output = Buffer.concat(chunks).toString('utf8');
            if (dropped > 0)
                output += `\n… ${dropped} more bytes of output not kept`;
            resolvePromise({
                exitCode: exit?.code ?? null,
                signal: exit?.signal ?? null,
                timedOut,
                aborted,
                durationMs: performance.now() - started,
                output,
                ...(error ? { error } : {}),
            });
        };
        const onAbort = () => {
            aborted = true;
            terminate();
        };
        if (options.timeoutMs !== undefined) {
            timers.push(setTimeout(() => {
                timedOut = true;
                terminate();
            }, options.timeoutMs));
        }
        if (options.signal?.aborted)
            onAbort();
        else
            options.signal?.addEventListener('abort', onAbort, { once: true });
        child.on('error', (error) => finish(`could not start ${options.command}: ${error.message}`));
        child.on('exit', (code, signal) => {
            exit = { code, signal };
            // Background processes the task left behind hold its output open; end them and stop waiting soon.
            killGroup('SIGTERM');
            timers.push(setTimeout(() => {
                killGroup('SIGKILL');
                finish();
            }, Math.min(grace, 2000)));
        });
        child.on('close', () => finish());
    });
}

;// CONCATENATED MODULE: ./lib/dag/executor.js



/**
 * Runs tasks in one process: at most `capacity[pool]` at a time per pool, each after all of its
 * needs succeeded (or were skipped as unaffected/cached), retried up to `retries` times, killed
 * with its whole process tree on timeout. A failed task skips everything downstream of it.
 */
async function executeTasks(options) {
    const { tasks, log } = options;
    const n = tasks.length;
    const index = new Map(tasks.map((t, i) => [t.id, i]));
    const dependents = tasks.map(() => []);
    const waiting = new Int32Array(n);
    tasks.forEach((t, i) => {
        if (!(t.pool in options.capacity))
            throw new Error(`task ${t.id}: runner pool ${t.pool} has no capacity`);
        for (const need of t.needs) {
            const p = index.get(need);
            if (p === undefined)
                throw new Error(`task ${t.id} needs unknown task ${need}`);
            dependents[p].push(i);
            waiting[i]++;
        }
    });
    const runs = new Array(n);
    const ready = new Map();
    const busy = new Map();
    for (const pool of Object.keys(options.capacity)) {
        ready.set(pool, new heap/* KeyedHeap */.f());
        busy.set(pool, 0);
    }
    const failed = [];
    let stopReason;
    let active = 0;
    const grace = options.killGraceMs ?? 5000;
    const skip = (i, reason) => {
        if (runs[i])
            return;
        runs[i] = {
            id: tasks[i].id,
            status: 'skipped',
            reason,
            attempts: 0,
            durationMs: 0,
            exitCode: null,
            timedOut: false,
        };
    };
    const release = (i) => {
        for (const d of dependents[i])
            if (--waiting[d] === 0)
                enqueue(d);
    };
    const enqueue = (i) => {
        const t = tasks[i];
        if (t.skipped) {
            skip(i, t.skipped);
            log.info(`○ ${t.id}: skipped (${t.skipped})`);
            release(i);
            return;
        }
        ready.get(t.pool).push(t.plannedStart, i);
    };
    const skipDownstream = (i) => {
        const failedId = tasks[i].id;
        const direct = new Set(dependents[i]);
        const stack = [...dependents[i]];
        while (stack.length > 0) {
            const d = stack.pop();
            if (runs[d])
                continue;
            skip(d, direct.has(d) ? `needs ${failedId}, which failed` : `upstream ${failedId} failed`);
            stack.push(...dependents[d]);
        }
    };
    await new Promise((resolveAll) => {
        const pump = () => {
            if (stopReason === undefined && options.signal.aborted)
                stopReason = 'cancelled';
            if (stopReason === undefined) {
                for (const [pool, heap] of ready) {
                    const cap = options.capacity[pool];
                    while (heap.size > 0 && busy.get(pool) < cap) {
                        const i = heap.pop();
                        if (runs[i])
                            continue;
                        busy.set(pool, busy.get(pool) + 1);
                        active++;
                        void start(i)
                            .catch((error) => log.error(`executor: ${error.message}`))
                            .then(() => {
                            busy.set(pool, busy.get(pool) - 1);
                            active--;
                            pump();
                        });
                    }
                }
            }
            if (active === 0)
                resolveAll();
        };
        const start = async (i) => {
            const run = await runTask(tasks[i], options, grace).catch((error) => ({
                id: tasks[i].id,
                status: 'failed',
                reason: `executor error: ${error.message}`,
                attempts: 1,
                durationMs: 0,
                exitCode: null,
                timedOut: false,
            }));
            runs[i] = run;
            if (run.status === 'succeeded') {
                release(i);
                try {
                    await options.onSuccess?.(run);
                }
                catch (error) {
                    log.warning(`${run.id}: could not record the result: ${error.message}`);
                }
            }
            else {
                failed.push(run.id);
                skipDownstream(i);
                if (options.failFast && stopReason === undefined)
                    stopReason = `fail-fast after ${run.id} failed`;
            }
        };
        // Collect sources before enqueueing: a skipped source releases its dependents at once.
        const sources = [];
        for (let i = 0; i < n; i++)
            if (waiting[i] === 0)
                sources.push(i);
        for (const i of sources)
            enqueue(i);
        pump();
    });
    const reason = stopReason ?? 'not started';
    for (let i = 0; i < n; i++)
        skip(i, options.signal.aborted ? 'cancelled' : `not started: ${reason}`);
    return { runs: runs, failed };
}
async function runTask(task, options, grace) {
    const attempts = task.retries + 1;
    const transcript = [];
    const env = { ...options.env, ...task.env, MODEL_DEPLOY_TASK: task.id };
    options.log.info(`▶ ${task.id}: started on ${task.pool}`);
    let last;
    let attempt = 0;
    while (attempt < attempts) {
        attempt++;
        last = await runOnce(task, options, env, grace);
        const outcome = describe(last, task);
        if (attempts > 1)
            transcript.push(`── attempt ${attempt}/${attempts}: ${outcome}`);
        if (last.output)
            transcript.push(last.output.replace(/\n$/, ''));
        if (last.error)
            transcript.push(last.error);
        if (last.exitCode === 0 || last.aborted)
            break;
    }
    const result = last;
    const succeeded = result.exitCode === 0 && !result.timedOut && !result.aborted;
    const outcome = describe(result, task);
    const title = `${succeeded ? '✓' : '✗'} ${task.id}: ${outcome} in ${(0,units/* formatDuration */.a3)(result.durationMs)}${attempt > 1 ? ` (attempt ${attempt}/${attempts})` : ''}`;
    await options.log.group(title, async () => {
        for (const line of transcript.join('\n').split('\n'))
            if (line)
                options.log.info(line);
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
function runOnce(task, options, env, grace) {
    if (task.uses !== undefined) {
        const injected = options.steps?.[task.uses];
        if (injected)
            return runInjectedStep(injected, task.uses, task.timeoutMs, options, env, grace);
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
function notRun(error) {
    return { exitCode: null, signal: null, timedOut: false, aborted: false, durationMs: 0, output: '', error };
}
/**
 * An in-process step cannot be killed: on timeout or cancel its signal is aborted and the task is
 * finished as timed out (or cancelled) without waiting for it; a thrown error is a failed attempt.
 */
async function runInjectedStep(step, name, timeoutMs, options, env, grace) {
    const started = performance.now();
    const controller = new AbortController();
    let timer;
    let onAbort;
    const stopped = new Promise((resolveStop) => {
        const stop = (kind) => {
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
        if (timeoutMs !== undefined)
            timer = setTimeout(() => stop('timedOut'), timeoutMs);
        onAbort = () => stop('aborted');
        if (options.signal.aborted)
            onAbort();
        else
            options.signal.addEventListener('abort', onAbort, { once: true });
    });
    const ran = step(name, {
        cwd: options.cwd,
        env,
        signal: controller.signal,
        timeoutMs,
        killGraceMs: grace,
    }).catch((error) => ({
        ...notRun(`step ${name} failed: ${error.message}`),
        exitCode: 1,
        durationMs: performance.now() - started,
    }));
    try {
        return await Promise.race([ran, stopped]);
    }
    finally {
        clearTimeout(timer);
        if (onAbort)
            options.signal.removeEventListener('abort', onAbort);
    }
}
function describe(result, task) {
    if (result.aborted)
        return 'cancelled';
    if (result.timedOut)
        return `timed out after ${(0,units/* formatDuration */.a3)(task.timeoutMs ?? 0)}`;
    if (result.error)
        return result.error;
    if (result.exitCode === 0)
        return 'succeeded';
    if (result.exitCode === null)
        return `killed by ${result.signal ?? 'a signal'}`;
    return `failed with exit code ${result.exitCode}`;
}
/**
 * The default way to run a built-in step until the executor gets the commands wired in-process:
 * the model-deploy CLI (`script`) in a child process, `node <script> <step> --config <file>`, with
 * this process's node flags (so a CLI started through a loader keeps it).
 */
function cliStepRunner(script, configFile) {
    return (step, context) => runProcess({
        command: process.execPath,
        args: [...process.execArgv, script, step, '--config', configFile],
        cwd: context.cwd,
        env: context.env,
        timeoutMs: context.timeoutMs,
        signal: context.signal,
        killGraceMs: context.killGraceMs,
    });
}

// EXTERNAL MODULE: ./lib/dag/history.js
var dag_history = __webpack_require__(26188);
;// CONCATENATED MODULE: ./lib/dag/run-pipeline.js





/**
 * Executes a prepared plan, records each success in the cache as it happens and the measured
 * durations in the history file at the end, for the next plan's estimates.
 */
async function runPipeline(ctx, prepared, options) {
    const only = options.only && options.only.length > 0 ? new Set(options.only) : undefined;
    if (only) {
        const unknown = [...only].filter((id) => !prepared.tasks.some((t) => t.id === id));
        if (unknown.length > 0)
            throw new errors/* InputError */.dz(`--only: unknown task ${unknown.map((u) => `"${u}"`).join(', ')}`);
    }
    const planned = new Map(prepared.plan.tasks.map((t) => [t.id, t]));
    const tasks = prepared.tasks.map((t) => {
        const p = planned.get(t.id);
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
        onSuccess: (run) => prepared.store.record({
            id: run.id,
            hash: prepared.hashes.get(run.id),
            durationMs: Math.round(run.durationMs),
            finishedAt: ctx.now().toISOString(),
        }),
    });
    const measured = report.runs.filter((r) => r.status === 'succeeded');
    if (measured.length > 0) {
        (0,dag_history/* writeHistory */.wn)(prepared.historyFile, (0,dag_history/* recordDurations */.Xf)(prepared.history, measured));
        await (0,cache/* saveHistory */.QX)(prepared.historyFile, {
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
function defaultCliScript(ctx) {
    const override = ctx.env.MODEL_DEPLOY_CLI;
    if (override)
        return override;
    const entry = process.argv[1] ?? 'model-deploy';
    return ctx.action ? (0,external_node_path_.join)((0,external_node_path_.dirname)(entry), 'cli.js') : entry;
}

// EXTERNAL MODULE: ./lib/pipeline/context.js
var context = __webpack_require__(65733);
// EXTERNAL MODULE: ./lib/pipeline/run.js + 1 modules
var run = __webpack_require__(82967);
// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/pipeline.js








/* harmony default export */ const pipeline = ((0,command/* defineCommand */.NB)({
    name: 'pipeline',
    summary: 'run the flow for this event (PR checks, or release and canary rollout); `pipeline run` runs pipeline.tasks',
    positionals: '[run]',
    options: {
        ...options/* affectedOptions */.j,
        only: {
            type: 'string',
            multiple: true,
            value: 'ID',
            description: 'run only this task (its needs are assumed done)',
        },
        'keep-going': {
            type: 'boolean',
            description: 'after a failure, still run the tasks that do not depend on it',
        },
    },
    help: [
        'Without "run": decides by the CI event (GitHub, GitLab, Jenkins, or MODEL_DEPLOY_TAG / MODEL_DEPLOY_EVENT locally):',
        '  pull request: build (PR tag, or the local layout on forks), scan, evaluate, plan, placement; one PR comment;',
        '  semver tag: build and push, scan gate, evaluation gate (records attached to the digest), canary rollout;',
        '  workflow_dispatch with rollback: rollback (--to the revision input when given).',
        'With "run": runs pipeline.tasks in this job with runner limits, needs, retries and timeouts.',
        'Durations of successful tasks are recorded in pipeline.history; successful runs are cached by input hash.',
        'uses: steps run the model-deploy CLI in a child process (MODEL_DEPLOY_CLI overrides its path).',
        'With --dry-run the plan is printed and nothing runs.',
    ].join('\n'),
    async run(ctx, options, positionals) {
        const [action, ...extra] = positionals;
        if (action === undefined) {
            const report = await (0,run/* runFlow */.c)(ctx, (0,context/* detectContext */.h)(ctx.env), {
                configPath: (0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml',
            });
            const result = {
                summary: report.summary,
                outputs: {
                    trigger: report.run.trigger,
                    ...(report.image ? { image: report.image } : {}),
                    ...(report.digest ? { digest: report.digest } : {}),
                },
                ...(report.failed ? { failed: report.failed, exitCode: report.exitCode } : {}),
            };
            return result;
        }
        if (action !== 'run' || extra.length > 0) {
            throw new errors/* InputError */.dz(`model-deploy pipeline: expected "run", got "${positionals.join(' ')}"`);
        }
        const prepared = await (0,prepare/* preparePipeline */.Y)(ctx, {
            configPath: (0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml',
            changedFrom: (0,command/* stringOption */.Pp)(options, 'changed-from'),
            changed: (0,command/* listOption */.y8)(options, 'changed'),
            useCache: !(0,command/* booleanOption */.Ic)(options, 'no-cache'),
        });
        if (ctx.dryRun)
            return { summary: (0,render/* renderMarkdown */.Gc)(prepared.plan) };
        const report = await runPipeline(ctx, prepared, {
            failFast: !(0,command/* booleanOption */.Ic)(options, 'keep-going'),
            only: (0,command/* listOption */.y8)(options, 'only'),
        });
        const summary = (0,render/* renderRun */.eJ)(report);
        return {
            summary,
            outputs: {
                succeeded: report.runs
                    .filter((r) => r.status === 'succeeded')
                    .map((r) => r.id)
                    .join(','),
                failed: report.failed.join(','),
            },
            ...(report.failed.length > 0
                ? { failed: `pipeline failed: ${report.failed.join(', ')} (dependents skipped)` }
                : {}),
        };
    },
}));


/***/ }),

/***/ 65733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ detectContext)
/* harmony export */ });
/* unused harmony export releaseOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

const SEMVER_TAG = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
function releaseOf(tag) {
    const m = tag ? SEMVER_TAG.exec(tag) : null;
    return m && tag ? { tag, version: m[1] } : undefined;
}
/** Maps CI variables (GitHub Actions, GitLab CI, Jenkins) to one RunContext. Pure but for reading the event file. */
function detectContext(env, readEvent = (p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8')) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_EVENT_NAME)
        return github(env, readEvent);
    if (env.GITLAB_CI)
        return gitlab(env);
    if (env.JENKINS_URL || env.BUILD_TAG?.startsWith('jenkins-'))
        return jenkins(env);
    const tag = env.MODEL_DEPLOY_TAG;
    const release = releaseOf(tag);
    return {
        ci: 'local',
        trigger: env.MODEL_DEPLOY_EVENT === 'pull_request' ? 'pull_request' : release ? 'release' : 'other',
        sha: env.MODEL_DEPLOY_SHA ?? '',
        ref: tag ? `refs/tags/${tag}` : '',
        repository: env.MODEL_DEPLOY_REPOSITORY ?? 'local/model',
        ...(release ? { release } : {}),
    };
}
function github(env, readEvent) {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(readEvent(env.GITHUB_EVENT_PATH));
        }
        catch {
            event = {};
        }
    }
    const name = env.GITHUB_EVENT_NAME ?? '';
    const ref = env.GITHUB_REF ?? '';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const base = {
        ci: 'github',
        sha: env.GITHUB_SHA ?? '',
        ref,
        repository,
        ...(env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
            ? { runUrl: `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
    };
    if ((name === 'pull_request' || name === 'pull_request_target') && event.pull_request) {
        const pr = event.pull_request;
        const head = pr.head.repo?.full_name;
        return {
            ...base,
            trigger: 'pull_request',
            pullRequest: {
                number: pr.number,
                fork: !!head && head !== (pr.base.repo?.full_name ?? repository),
                headRef: pr.head.ref,
                baseRef: pr.base.ref,
            },
        };
    }
    if (name === 'workflow_dispatch' &&
        (event.inputs?.rollback === true || event.inputs?.rollback === 'true')) {
        const to = Number(event.inputs?.revision ?? event.inputs?.to);
        return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
    }
    const release = ref.startsWith('refs/tags/') ? releaseOf(ref.slice('refs/tags/'.length)) : undefined;
    return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}
function gitlab(env) {
    const base = {
        ci: 'gitlab',
        sha: env.CI_COMMIT_SHA ?? '',
        ref: env.CI_COMMIT_TAG
            ? `refs/tags/${env.CI_COMMIT_TAG}`
            : `refs/heads/${env.CI_COMMIT_BRANCH ?? env.CI_COMMIT_REF_NAME ?? ''}`,
        repository: env.CI_PROJECT_PATH ?? '',
        ...(env.CI_PIPELINE_URL ? { runUrl: env.CI_PIPELINE_URL } : {}),
    };
    if (env.CI_PIPELINE_SOURCE === 'merge_request_event' && env.CI_MERGE_REQUEST_IID) {
        return {
            ...base,
            trigger: 'pull_request',
            pullRequest: {
                number: Number(env.CI_MERGE_REQUEST_IID),
                fork: !!env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH &&
                    env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH !== env.CI_MERGE_REQUEST_PROJECT_PATH,
                headRef: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
                baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? '',
            },
        };
    }
    if (env.MODEL_DEPLOY_ROLLBACK === 'true') {
        const to = Number(env.MODEL_DEPLOY_ROLLBACK_TO);
        return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
    }
    const release = releaseOf(env.CI_COMMIT_TAG);
    return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}
function jenkins(env) {
    const base = {
        ci: 'jenkins',
        sha: env.GIT_COMMIT ?? '',
        ref: env.TAG_NAME ? `refs/tags/${env.TAG_NAME}` : `refs/heads/${env.BRANCH_NAME ?? env.GIT_BRANCH ?? ''}`,
        repository: env.MODEL_DEPLOY_REPOSITORY ?? env.JOB_NAME ?? '',
        ...(env.BUILD_URL ? { runUrl: env.BUILD_URL } : {}),
    };
    if (env.CHANGE_ID) {
        return {
            ...base,
            trigger: 'pull_request',
            pullRequest: {
                number: Number(env.CHANGE_ID),
                fork: !!env.CHANGE_FORK,
                headRef: env.CHANGE_BRANCH ?? '',
                baseRef: env.CHANGE_TARGET ?? '',
            },
        };
    }
    if (env.MODEL_DEPLOY_ROLLBACK === 'true') {
        const to = Number(env.MODEL_DEPLOY_ROLLBACK_TO);
        return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
    }
    const release = releaseOf(env.TAG_NAME);
    return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}


/***/ })

};
