export const id = 515;
export const ids = [515];
export const modules = {

/***/ 3515:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./lib/cli-log.js
/** Log for the CLI: everything on stderr so stdout carries only the command's result. */
function cliLog(stream = process.stderr, verbose = !!process.env.MODEL_DEPLOY_DEBUG) {
    const secrets = [];
    const mask = (s) => secrets.reduce((acc, v) => acc.split(v).join('***'), s);
    const where = (w) => w?.file ? `${w.file}${w.line ? `:${w.line}:${w.col ?? 1}` : ''}: ` : '';
    let depth = 0;
    const write = (s) => stream.write(`${'  '.repeat(depth)}${mask(s)}\n`);
    return {
        info: (m) => write(m),
        warning: (m, w) => write(`warning: ${where(w)}${m}`),
        error: (m, w) => write(`error: ${where(w)}${m}`),
        debug: (m) => {
            if (verbose)
                write(`debug: ${m}`);
        },
        async group(title, fn) {
            write(`▸ ${title}`);
            depth++;
            try {
                return await fn();
            }
            finally {
                depth--;
            }
        },
        secret(value) {
            if (value)
                secrets.push(value);
        },
    };
}

// EXTERNAL MODULE: ./lib/commands/index.js
var commands = __webpack_require__(82738);
// EXTERNAL MODULE: ./lib/config/suggest.js
var suggest = __webpack_require__(51236);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/file-command.js



/**
 * One `name<<delimiter` entry of a runner file command (GITHUB_OUTPUT, GITHUB_ENV), with a random
 * delimiter as @actions/core writes it, so a value cannot end the entry and forge the next one.
 */
function fileCommandEntry(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (/[\r\n]|<<|=/.test(name))
        throw new errors/* InputError */.dz(`output name ${JSON.stringify(name)} cannot be written`);
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new errors/* InputError */.dz(`the value of ${name} contains the delimiter ${delimiter}, so it cannot be written to a runner file command`);
    }
    return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
/** Appends every name=value to the runner file at `path` (GITHUB_OUTPUT in CLI mode). */
function appendFileCommands(path, values) {
    (0,external_node_fs_.appendFileSync)(path, Object.entries(values)
        .map(([k, v]) => fileCommandEntry(k, v))
        .join(''));
}

// EXTERNAL MODULE: ./lib/report/summary.js
var summary = __webpack_require__(43394);
// EXTERNAL MODULE: ./lib/run-command.js
var run_command = __webpack_require__(47466);
// EXTERNAL MODULE: ./lib/version.js
var version = __webpack_require__(13411);
;// CONCATENATED MODULE: ./lib/cli.js









function usage() {
    const width = Math.max(...commands/* commands */.Pi.map((c) => c.name.length)) + 2;
    return [
        'Usage: model-deploy <command> [options]',
        '',
        'Take an ML model from a pull request to a GPU Kubernetes cluster.',
        '',
        'Commands:',
        ...commands/* commands */.Pi.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
        '',
        'Run model-deploy <command> --help for its options.',
    ].join('\n');
}
/** Runs the CLI; returns the exit code instead of exiting so tests and the demo can call it in-process. */
async function main(argv, env = process.env) {
    const log = cliLog();
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(`${usage()}\n`);
        return name ? errors/* ExitCode */.yU.Ok : errors/* ExitCode */.yU.Usage;
    }
    if (name === '--version' || name === '-v') {
        process.stdout.write(`${version/* VERSION */.x}\n`);
        return errors/* ExitCode */.yU.Ok;
    }
    const controller = new AbortController();
    const onSignal = (signal) => {
        if (controller.signal.aborted)
            process.exit(130);
        log.warning(`${signal} received: stopping and cleaning up (send it again to exit at once)`);
        controller.abort(new Error(`interrupted by ${signal}`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        const command = await (0,commands/* loadCommand */.yV)(name);
        if (!command) {
            const hint = (0,suggest/* suggest */.Z)(name, commands/* commandNames */.oQ);
            throw new errors/* InputError */.dz(`unknown command "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; run model-deploy --help`);
        }
        if (rest.includes('--help') || rest.includes('-h')) {
            process.stdout.write(`${(0,run_command/* commandHelp */.bD)(command)}\n`);
            return errors/* ExitCode */.yU.Ok;
        }
        const invocation = (0,run_command/* parseInvocation */.wG)(command, rest);
        const ctx = {
            cwd: process.cwd(),
            env,
            log,
            dryRun: invocation.options['dry-run'] === true,
            action: false,
            signal: controller.signal,
            now: () => new Date(),
            ...(env.KUBECONFIG ? { kubeconfigPath: env.KUBECONFIG } : {}),
            ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
            ...(env.REGISTRY_USERNAME && env.REGISTRY_PASSWORD
                ? { registryAuth: { username: env.REGISTRY_USERNAME, password: env.REGISTRY_PASSWORD } }
                : {}),
        };
        if (ctx.githubToken)
            log.secret(ctx.githubToken);
        if (ctx.registryAuth)
            log.secret(ctx.registryAuth.password);
        const result = await (0,run_command/* runCommand */.d1)(command, ctx, invocation);
        return finish(result, env, log);
    }
    catch (error) {
        log.error((0,errors/* describeError */.Uc)(error));
        return (0,errors/* exitCodeOf */.FO)(error);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
}
function finish(result, env, log) {
    const out = result.stdout ?? result.summary;
    if (out)
        process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
    // In a CI job that is not an action step (a workflow `run:` of the CLI), still honour the job files.
    if (env.GITHUB_OUTPUT && result.outputs)
        appendFileCommands(env.GITHUB_OUTPUT, result.outputs);
    if (env.GITHUB_STEP_SUMMARY && result.summary)
        (0,external_node_fs_.appendFileSync)(env.GITHUB_STEP_SUMMARY, `${(0,summary/* capSummary */.N)(result.summary)}\n`);
    if (result.failed) {
        log.error(result.failed);
        return result.exitCode ?? errors/* ExitCode */.yU.Gate;
    }
    return result.exitCode ?? errors/* ExitCode */.yU.Ok;
}


/***/ }),

/***/ 85583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ booleanOption),
/* harmony export */   NB: () => (/* binding */ defineCommand),
/* harmony export */   OP: () => (/* binding */ commonOptions),
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   y8: () => (/* binding */ listOption)
/* harmony export */ });
function defineCommand(command) {
    return command;
}
/** Options every command accepts. */
const commonOptions = {
    config: {
        type: 'string',
        short: 'c',
        value: 'FILE',
        description: 'config file',
        default: 'model-deploy.yml',
    },
    'dry-run': { type: 'boolean', description: 'plan and report, change nothing' },
    help: { type: 'boolean', short: 'h', description: 'show help for this command' },
};
function stringOption(options, name) {
    const v = options[name];
    if (Array.isArray(v))
        return v[v.length - 1];
    return typeof v === 'string' ? v : undefined;
}
function listOption(options, name) {
    const v = options[name];
    if (Array.isArray(v))
        return v;
    return typeof v === 'string' ? [v] : [];
}
function booleanOption(options, name) {
    return options[name] === true || options[name] === 'true';
}


/***/ }),

/***/ 82738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pi: () => (/* binding */ commands),
/* harmony export */   oQ: () => (/* binding */ commandNames),
/* harmony export */   yV: () => (/* binding */ loadCommand)
/* harmony export */ });
/**
 * Every command, loaded on demand so `--help` and light commands start fast
 * (the rollout and registry code pull in large clients).
 */
const commands = [
    {
        name: 'pipeline',
        summary: 'run the flow for this event: PR checks, or release and canary rollout',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(6), __webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(118), __webpack_require__.e(901), __webpack_require__.e(413), __webpack_require__.e(521), __webpack_require__.e(886), __webpack_require__.e(838), __webpack_require__.e(691), __webpack_require__.e(130), __webpack_require__.e(333), __webpack_require__.e(720), __webpack_require__.e(890), __webpack_require__.e(967), __webpack_require__.e(249)]).then(__webpack_require__.bind(__webpack_require__, 3249)),
    },
    {
        name: 'validate',
        summary: 'check model-deploy.yml and print the normalized config or every error',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(130), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 66374)),
    },
    {
        name: 'plan',
        summary: 'plan the pipeline tasks as a staged DAG with a runner-limited schedule',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(6), __webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(521), __webpack_require__.e(886), __webpack_require__.e(838), __webpack_require__.e(691), __webpack_require__.e(130), __webpack_require__.e(890), __webpack_require__.e(916)]).then(__webpack_require__.bind(__webpack_require__, 35140)),
    },
    {
        name: 'build',
        summary: 'build the model image (OCI layers or a Dockerfile) and push it',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(6), __webpack_require__.e(130), __webpack_require__.e(333), __webpack_require__.e(432)]).then(__webpack_require__.bind(__webpack_require__, 82432)),
    },
    {
        name: 'scan',
        summary: 'scan model files and image layers for code execution and vulnerabilities',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(6), __webpack_require__.e(118), __webpack_require__.e(253), __webpack_require__.e(130), __webpack_require__.e(333), __webpack_require__.e(223)]).then(__webpack_require__.bind(__webpack_require__, 12223)),
    },
    {
        name: 'evaluate',
        summary: 'run the evaluation and gate it against thresholds and the baseline',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(6), __webpack_require__.e(119), __webpack_require__.e(413), __webpack_require__.e(521), __webpack_require__.e(130), __webpack_require__.e(333), __webpack_require__.e(720), __webpack_require__.e(758)]).then(__webpack_require__.bind(__webpack_require__, 4758)),
    },
    {
        name: 'place',
        summary: 'check that the release fits the cluster GPUs, and where',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(130), __webpack_require__.e(238), __webpack_require__.e(256)]).then(__webpack_require__.bind(__webpack_require__, 2256)),
    },
    {
        name: 'aggregate',
        summary: 'aggregate federated checkpoints (FedAvg, median, trimmed mean, clipping)',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(6), __webpack_require__.e(130), __webpack_require__.e(900)]).then(__webpack_require__.bind(__webpack_require__, 76900)),
    },
    {
        name: 'deploy',
        summary: 'canary rollout with analysis and automatic rollback',
        load: () => __webpack_require__.e(/* import() */ 231).then(__webpack_require__.bind(__webpack_require__, 8231)),
    },
    {
        name: 'rollback',
        summary: 'roll back to the stable model or a given revision',
        load: () => __webpack_require__.e(/* import() */ 772).then(__webpack_require__.bind(__webpack_require__, 3772)),
    },
    {
        name: 'abort',
        summary: 'abort an in-progress rollout: traffic back to stable, canary removed',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(130), __webpack_require__.e(756)]).then(__webpack_require__.bind(__webpack_require__, 4756)),
    },
    {
        name: 'status',
        summary: 'show the rollout state and revision history in the cluster',
        load: () => __webpack_require__.e(/* import() */ 558).then(__webpack_require__.bind(__webpack_require__, 16558)),
    },
    {
        name: 'sim',
        summary: 'start the simulated GPU cluster (rehearse a rollout with injected faults)',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(6), __webpack_require__.e(886), __webpack_require__.e(222), __webpack_require__.e(447), __webpack_require__.e(853)]).then(__webpack_require__.bind(__webpack_require__, 18606)),
    },
    {
        name: 'demo',
        summary: 'run three releases through the pipeline against the simulated cluster',
        load: () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(6), __webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(118), __webpack_require__.e(901), __webpack_require__.e(413), __webpack_require__.e(886), __webpack_require__.e(222), __webpack_require__.e(130), __webpack_require__.e(333), __webpack_require__.e(720), __webpack_require__.e(447), __webpack_require__.e(967), __webpack_require__.e(459)]).then(__webpack_require__.bind(__webpack_require__, 88459)),
    },
];
const commandNames = commands.map((c) => c.name);
async function loadCommand(name) {
    const entry = commands.find((c) => c.name === name);
    return entry ? (await entry.load()).default : undefined;
}


/***/ }),

/***/ 51236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/* unused harmony export editDistance */
/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The closest candidate, if it is close enough to be what the user meant. */
function suggest(word, candidates) {
    let best;
    let bestD = Number.POSITIVE_INFINITY;
    const w = word.toLowerCase();
    for (const c of candidates) {
        const d = editDistance(w, c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   ue: () => (/* binding */ GateError),
/* harmony export */   v4: () => (/* binding */ ToolError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   yU: () => (/* binding */ ExitCode)
/* harmony export */ });
/* unused harmony exports formatIssue, formatIssues */
/** Exit codes: 0 ok, 1 a gate said no, 2 bad input or configuration. */
const ExitCode = { Ok: 0, Gate: 1, Usage: 2 };
/** Bad input: a flag, an input, a file the user gave us. Exit 2. */
class InputError extends Error {
    exitCode = ExitCode.Usage;
    constructor(message, options) {
        super(message, options);
        this.name = 'InputError';
    }
}
/** One or more problems in model-deploy.yml (or another config file). Exit 2. */
class ConfigError extends Error {
    issues;
    exitCode = ExitCode.Usage;
    constructor(issues, options) {
        super(formatIssues(issues), options);
        this.issues = issues;
        this.name = 'ConfigError';
    }
}
/** A gate said no (findings, regression, rollback happened). Exit 1. */
class GateError extends Error {
    exitCode = ExitCode.Gate;
    constructor(message, options) {
        super(message, options);
        this.name = 'GateError';
    }
}
/** An external tool or service failed in a way the user must fix (auth, unreachable). */
class ToolError extends Error {
    exitCode;
    constructor(message, options) {
        super(message, options);
        this.name = 'ToolError';
        this.exitCode = options?.exitCode ?? ExitCode.Gate;
    }
}
function formatIssue(issue) {
    const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}:${issue.col ?? 1}` : ''}: ` : '';
    return `${where}${issue.path || '(root)'}: ${issue.message}`;
}
function formatIssues(issues) {
    if (issues.length === 1)
        return formatIssue(issues[0]);
    return `${issues.length} problems:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`;
}
/** The one place that turns any thrown value into an exit code. */
function exitCodeOf(error) {
    if (error instanceof InputError || error instanceof ConfigError)
        return ExitCode.Usage;
    if (error instanceof GateError)
        return ExitCode.Gate;
    if (error instanceof ToolError)
        return error.exitCode;
    return ExitCode.Gate;
}
/** The one place that turns any thrown value into a message a user can act on. */
function describeError(error) {
    if (error instanceof InputError || error instanceof ConfigError || error instanceof GateError) {
        return error.message;
    }
    if (error instanceof ToolError)
        return withCause(error.message, error.cause);
    if (error instanceof Error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
            const path = error.path;
            return `cannot access ${path ?? 'a file'} (${code}): check the path and its permissions`;
        }
        if (code === 'ECONNREFUSED')
            return `connection refused: ${error.message}; is the service running?`;
        const kube = kubernetesStatus(error);
        if (kube)
            return kube;
        return withCause(`unexpected error: ${error.message}`, error.cause) + bugHint(error);
    }
    return `unexpected error: ${String(error)}${bugHint(undefined)}`;
}
/** @kubernetes/client-node's ApiException carries the apiserver's Status object as its body. */
function kubernetesStatus(error) {
    const { code, body } = error;
    if (typeof code !== 'number' || typeof body !== 'string')
        return undefined;
    try {
        const status = JSON.parse(body);
        if (status.kind !== 'Status')
            return undefined;
        const hint = code === 401 || code === 403
            ? ': check the kubeconfig credentials and the RBAC rules of its user'
            : status.reason === 'NotFound' && /namespaces? "/.test(status.message ?? '')
                ? ': create the namespace first (kubectl create namespace ...) or fix deploy.namespace'
                : '';
        return `Kubernetes API ${code} ${status.reason ?? ''}: ${status.message ?? ''}${hint}`;
    }
    catch {
        return undefined;
    }
}
function withCause(message, cause) {
    if (cause instanceof Error && !message.includes(cause.message))
        return `${message} (cause: ${cause.message})`;
    return message;
}
function bugHint(error) {
    const top = error?.stack?.split('\n').slice(1, 3).join('\n') ?? '';
    return `\nThis is likely a bug in model-deploy; please report it with the log above.${top ? `\n${top}` : ''}`;
}


/***/ }),

/***/ 91017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   ee: () => (/* binding */ bytes)
/* harmony export */ });
/* unused harmony export chars */
/**
 * Cutting markdown to a size without breaking it: a cut falls between blocks, never inside a
 * table row, a `<details>` element or a code fence, and a table is never left without its rows.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
function fenceEnds(line, open) {
    const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    return !!m && m[1][0] === open[0] && m[1].length >= open.length;
}
/** Lines from `start` through the end of the fence opened there. */
function fenceEnd(lines, start) {
    const open = FENCE.exec(lines[start])[1];
    for (let i = start + 1; i < lines.length; i++)
        if (fenceEnds(lines[i], open))
            return i;
    return lines.length - 1;
}
/** Lines from `start` through the `</details>` that closes the one opened there (fences skipped). */
function detailsEnd(lines, start) {
    let depth = 0;
    for (let i = start; i < lines.length; i++) {
        const line = lines[i];
        if (i > start && FENCE.test(line)) {
            i = fenceEnd(lines, i);
            continue;
        }
        depth += (line.match(/<details[\s>]/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
        if (depth <= 0)
            return i;
    }
    return lines.length - 1;
}
const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
function units(markdown) {
    const lines = markdown.split('\n');
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        let end = -1;
        if (FENCE.test(line))
            end = fenceEnd(lines, i);
        else if (/^\s*<details[\s>]/i.test(line))
            end = detailsEnd(lines, i);
        if (end >= 0) {
            out.push({ text: lines.slice(i, end + 1).join('\n'), kind: 'block' });
            i = end;
        }
        else if (line.trimStart().startsWith('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
            out.push({ text: `${line}\n${lines[i + 1]}`, kind: 'table-head' });
            i++;
            while (i + 1 < lines.length && lines[i + 1].trimStart().startsWith('|'))
                out.push({ text: lines[++i], kind: 'table-row' });
        }
        else
            out.push({ text: line, kind: 'line' });
    }
    return out;
}
/** Characters as GitHub counts them for a comment (UTF-16 units: never fewer than code points). */
const chars = (text) => text.length;
/** Bytes as the job summary's limit counts them. */
const bytes = (text) => Buffer.byteLength(text, 'utf8');
/**
 * `markdown` itself when it fits in `budget`, otherwise its longest prefix of whole blocks that fits
 * together with the note. Headings and table heads left with nothing under them are dropped too.
 */
function fitMarkdown(markdown, budget, options) {
    const measure = options.measure ?? chars;
    if (measure(markdown) <= budget)
        return markdown;
    const all = units(markdown);
    const kept = [];
    let used = 0;
    let stop = all.length;
    // the note's row count changes its length by a few digits at most: reserve for the longest
    const reserve = measure(options.note(all.length)) + 2;
    for (let i = 0; i < all.length; i++) {
        const cost = measure(all[i].text) + 1;
        if (used + cost + reserve > budget) {
            stop = i;
            break;
        }
        kept.push(all[i]);
        used += cost;
    }
    while (kept.length > 0) {
        const last = kept[kept.length - 1];
        if (last.kind === 'table-head' || (last.kind === 'line' && /^\s*(#{1,6}\s|$)/.test(last.text)))
            kept.pop();
        else
            break;
    }
    const hiddenRows = all.slice(stop).filter((u) => u.kind === 'table-row').length;
    const body = kept.map((u) => u.text).join('\n');
    return body ? `${body}\n\n${options.note(hiddenRows)}` : options.note(hiddenRows);
}


/***/ }),

/***/ 43394:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ capSummary)
/* harmony export */ });
/* unused harmony export MAX_SUMMARY_BYTES */
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91017);

/**
 * GitHub refuses a step summary over 1 MiB (1,048,576 bytes) and shows none of it; this leaves
 * room for what other steps of the job append.
 */
const MAX_SUMMARY_BYTES = 1_000_000;
/** The job summary cut at a block boundary to fit GitHub's limit, saying what was left out. */
function capSummary(markdown, max = MAX_SUMMARY_BYTES) {
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_0__/* .fitMarkdown */ .DJ)(markdown, max, {
        measure: _fit_js__WEBPACK_IMPORTED_MODULE_0__/* .bytes */ .ee,
        note: (rows) => `_✂️ Cut to fit GitHub's 1 MiB job-summary limit${rows > 0 ? ` (${rows} more table rows)` : ''}: run the command with \`--format json\` for everything._`,
    });
}


/***/ }),

/***/ 47466:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ commandHelp),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   wG: () => (/* binding */ parseInvocation)
/* harmony export */ });
/* unused harmony export optionSpecs */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _commands_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85583);
/* harmony import */ var _config_suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51236);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(452);




function optionSpecs(command) {
    return { ..._commands_command_js__WEBPACK_IMPORTED_MODULE_1__/* .commonOptions */ .OP, ...command.options };
}
/** Parses flags for one command; an unknown flag is an InputError naming the closest known one. */
function parseInvocation(command, args) {
    const specs = optionSpecs(command);
    const parseOptions = {};
    for (const [name, spec] of Object.entries(specs)) {
        parseOptions[name] = {
            type: spec.type,
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short ? { short: spec.short } : {}),
        };
    }
    try {
        const { values, positionals } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args,
            options: parseOptions,
            allowPositionals: true,
            strict: true,
        });
        const options = { ...values };
        for (const [name, spec] of Object.entries(specs)) {
            if (options[name] === undefined && spec.default !== undefined)
                options[name] = spec.default;
        }
        return { options, positionals };
    }
    catch (error) {
        const message = error.message;
        const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
        if (flag && /Unknown option/i.test(message)) {
            const hint = (0,_config_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .suggest */ .Z)(flag.replace(/^-+/, ''), Object.keys(specs));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`unknown option ${flag} for "model-deploy ${command.name}"${hint ? ` (did you mean --${hint}?)` : ''}; see model-deploy ${command.name} --help`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`model-deploy ${command.name}: ${message}; see model-deploy ${command.name} --help`);
    }
}
function commandHelp(command) {
    const specs = optionSpecs(command);
    const rows = Object.entries(specs).map(([name, spec]) => {
        const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
        const def = spec.default !== undefined && spec.default !== false ? ` (default: ${spec.default})` : '';
        const many = spec.multiple ? ' (repeatable)' : '';
        return [flag, `${spec.description}${many}${def}`];
    });
    const width = Math.max(...rows.map(([f]) => f.length)) + 2;
    return [
        `Usage: model-deploy ${command.name}${command.positionals ? ` ${command.positionals}` : ''} [options]`,
        '',
        command.summary,
        '',
        'Options:',
        ...rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`),
        ...(command.help ? ['', command.help] : []),
        '',
        'Exit codes: 0 ok, 1 a gate said no, 2 bad input or configuration.',
    ].join('\n');
}
async function runCommand(command, ctx, invocation) {
    return command.run(ctx, invocation.options, invocation.positionals);
}


/***/ }),

/***/ 13411:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by test/version.test.ts. */
const VERSION = '0.1.0';


/***/ })

};
