export const id = 911;
export const ids = [911];
export const modules = {

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

/***/ 34911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
;// CONCATENATED MODULE: ./lib/action-log.js

/**
 * Log for the action: annotations for warnings and errors, collapsible groups. The runner does not
 * nest groups (actions/runner#802): a group opened inside another is a plain line.
 */
function actionLog() {
    let inGroup = false;
    const props = (w) => ({
        ...(w?.file ? { file: w.file } : {}),
        ...(w?.line ? { startLine: w.line } : {}),
        ...(w?.col ? { startColumn: w.col } : {}),
    });
    return {
        info: (m) => core/* info */.pq(m),
        warning: (m, w) => core/* warning */.$e(m, props(w)),
        error: (m, w) => core/* error */.z3(m, props(w)),
        debug: (m) => core/* debug */.Yz(m),
        async group(title, fn) {
            if (inGroup) {
                core/* info */.pq(`▸ ${title}`);
                return fn();
            }
            inGroup = true;
            try {
                return await core/* group */.Os(title, fn);
            }
            finally {
                inGroup = false;
            }
        },
        secret: (v) => {
            if (v)
                core/* setSecret */.Pq(v);
        },
    };
}

// EXTERNAL MODULE: ./lib/commands/index.js
var commands = __webpack_require__(82738);
// EXTERNAL MODULE: ./lib/config/suggest.js
var suggest = __webpack_require__(51236);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/inputs.js

function getInputs() {
    return {
        command: core/* getInput */.V4('command') || 'pipeline',
        args: core/* getInput */.V4('args'),
        config: core/* getInput */.V4('config') || 'model-deploy.yml',
        'working-directory': core/* getInput */.V4('working-directory') || '.',
        'github-token': core/* getInput */.V4('github-token'),
        kubeconfig: core/* getInput */.V4('kubeconfig'),
        'registry-username': core/* getInput */.V4('registry-username'),
        'registry-password': core/* getInput */.V4('registry-password'),
        'dry-run': parseBoolean(core/* getInput */.V4('dry-run')),
    };
}
function parseBoolean(value) {
    return /^(true|yes|on|1)$/i.test(value.trim());
}
/** Splits the `args` input like a shell would (quotes, no expansion); one flag per line also works. */
function splitArgs(text) {
    const out = [];
    let current = '';
    let quote;
    let started = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else if (ch === '\\' && quote === '"' && i + 1 < text.length)
                current += text[++i];
            else
                current += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            started = true;
        }
        else if (/\s/.test(ch)) {
            if (started)
                out.push(current);
            current = '';
            started = false;
        }
        else {
            if (ch === '\\' && i + 1 < text.length)
                current += text[++i];
            else
                current += ch;
            started = true;
        }
    }
    if (quote)
        throw new Error(`unterminated ${quote} quote in the args input`);
    if (started)
        out.push(current);
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./lib/kubeconfig-input.js




/** The input's kubeconfig text (YAML, base64 of it decoded), or undefined when it is a path to a file. */
function kubeconfigContents(value, cwd) {
    const trimmed = value.trim();
    if (!trimmed)
        return undefined;
    if (!trimmed.includes('\n') && (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(cwd, trimmed)))
        return undefined;
    return /^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(':')
        ? Buffer.from(trimmed, 'base64').toString('utf8')
        : trimmed;
}
const SECRET_KEY = /token|password|secret|key-data|certificate-data|^data$/i;
/**
 * Values in kubeconfig text that must never reach a log: tokens, passwords, client keys and
 * certificates, auth-provider secrets. Read from the YAML whatever form the input came in.
 */
function kubeconfigSecrets(contents) {
    const secrets = new Set();
    const doc = (0,dist/* parseDocument */.Tp)(contents, { prettyErrors: false });
    (0,dist/* visit */.YR)(doc, {
        Pair(_key, pair) {
            if (!(0,dist/* isPair */.tO)(pair) || !(0,dist/* isScalar */.jn)(pair.key) || !(0,dist/* isScalar */.jn)(pair.value))
                return;
            const value = pair.value.value;
            if (SECRET_KEY.test(String(pair.key.value)) && typeof value === 'string' && value.trim())
                secrets.add(value.trim());
        },
    });
    // Text the YAML parser could not read (a broken kubeconfig) still gets its `key: value` lines masked.
    for (const line of contents.split('\n')) {
        const m = /^\s*-?\s*["']?([\w-]+)["']?\s*:\s*["']?([^"'\s#][^"'#]*?)["']?\s*$/.exec(line);
        if (m && SECRET_KEY.test(m[1]))
            secrets.add(m[2]);
    }
    return [...secrets];
}
/**
 * The kubeconfig input is either a path to a file or the file's contents (YAML, or base64 of it).
 * Contents are written with mode 0600 under RUNNER_TEMP and removed at the end of the step.
 */
function materializeKubeconfig(value, cwd, env) {
    const trimmed = value.trim();
    if (!trimmed)
        return undefined;
    const contents = kubeconfigContents(trimmed, cwd);
    if (contents === undefined)
        return { path: (0,external_node_path_.resolve)(cwd, trimmed), dispose() { } };
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'model-deploy-kube-'));
    const path = (0,external_node_path_.join)(dir, 'config');
    (0,external_node_fs_.writeFileSync)(path, contents, { mode: 0o600 });
    return {
        path,
        dispose() {
            (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        },
    };
}

// EXTERNAL MODULE: ./lib/report/summary.js
var summary = __webpack_require__(43394);
// EXTERNAL MODULE: ./lib/run-command.js
var run_command = __webpack_require__(47466);
;// CONCATENATED MODULE: ./lib/main.js










/** The action's entry: read inputs once, mask secrets, run one command, write outputs and summary. */
async function run(env = process.env) {
    const log = actionLog();
    let kubeconfig;
    let code;
    const controller = new AbortController();
    const onSignal = (signal) => controller.abort(new Error(`cancelled (${signal})`));
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        const inputs = getInputs();
        // Mask before anything else can log them.
        for (const secret of [inputs['github-token'], inputs['registry-password'], inputs.kubeconfig])
            log.secret(secret);
        const cwd = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE ?? process.cwd(), inputs['working-directory']);
        const kubeconfigText = kubeconfigContents(inputs.kubeconfig, cwd);
        if (kubeconfigText !== undefined)
            for (const secret of kubeconfigSecrets(kubeconfigText))
                log.secret(secret);
        const command = await (0,commands/* loadCommand */.yV)(inputs.command);
        if (!command) {
            const hint = (0,suggest/* suggest */.Z)(inputs.command, commands/* commandNames */.oQ);
            throw new errors/* InputError */.dz(`input command: unknown command "${inputs.command}"${hint ? ` (did you mean "${hint}"?)` : ''}; one of ${commands/* commandNames */.oQ.join(', ')}`);
        }
        kubeconfig = materializeKubeconfig(inputs.kubeconfig, cwd, env);
        let extra;
        try {
            extra = splitArgs(inputs.args);
        }
        catch (error) {
            throw new errors/* InputError */.dz(`input args: ${error.message}`);
        }
        if (extra.includes('--help') || extra.includes('-h')) {
            core/* info */.pq((0,run_command/* commandHelp */.bD)(command));
            return 0;
        }
        const invocation = (0,run_command/* parseInvocation */.wG)(command, ['--config', inputs.config, ...extra]);
        if (inputs['dry-run'])
            invocation.options['dry-run'] = true;
        const ctx = {
            cwd,
            env,
            log,
            dryRun: invocation.options['dry-run'] === true,
            action: true,
            signal: controller.signal,
            now: () => new Date(),
            ...(inputs['github-token'] ? { githubToken: inputs['github-token'] } : {}),
            ...(kubeconfig ? { kubeconfigPath: kubeconfig.path } : {}),
            ...(inputs['registry-username'] && inputs['registry-password']
                ? { registryAuth: { username: inputs['registry-username'], password: inputs['registry-password'] } }
                : {}),
        };
        const result = await (0,run_command/* runCommand */.d1)(command, ctx, invocation);
        for (const [name, value] of Object.entries(result.outputs ?? {}))
            core/* setOutput */.uH(name, value);
        if (result.summary)
            await core/* summary */.z.addRaw((0,summary/* capSummary */.N)(result.summary), true).write();
        else if (result.stdout)
            core/* info */.pq(result.stdout);
        if (result.failed)
            core/* setFailed */.C1(result.failed);
        code = result.exitCode ?? (result.failed ? errors/* ExitCode */.yU.Gate : errors/* ExitCode */.yU.Ok);
    }
    catch (error) {
        core/* setFailed */.C1((0,errors/* describeError */.Uc)(error));
        code = (0,errors/* exitCodeOf */.FO)(error);
    }
    finally {
        kubeconfig?.dispose();
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
    }
    process.exitCode = code;
    return code;
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


/***/ })

};
