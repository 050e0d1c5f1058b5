export const id = 853;
export const ids = [853];
export const modules = {

/***/ 18606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ sim)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/sim/cluster.js + 36 modules
var cluster = __webpack_require__(67447);
// EXTERNAL MODULE: ./lib/sim/config.js
var sim_config = __webpack_require__(12521);
;// CONCATENATED MODULE: ./lib/sim/import.js
/** Annotation on nodes and pods copied from a real cluster. */
const IMPORTED_ANNOTATION = 'sim.model-deploy.io/imported-from';
/**
 * Nodes and the GPU/CPU usage of running pods from a real cluster, as initial objects for the
 * simulator: identity, labels, taints, capacity and requests are kept; owners, managed fields and
 * volumes are dropped so the simulator's controllers leave the copies alone.
 */
function importedObjects(nodes, pods, source) {
    const out = [];
    const nodeNames = new Set();
    for (const n of nodes) {
        if (!n.metadata.name)
            continue;
        nodeNames.add(n.metadata.name);
        out.push({
            apiVersion: 'v1',
            kind: 'Node',
            metadata: {
                name: n.metadata.name,
                labels: { ...n.metadata.labels },
                annotations: { [IMPORTED_ANNOTATION]: source },
            },
            spec: {
                ...(n.spec?.taints ? { taints: n.spec.taints } : {}),
                ...(n.spec?.unschedulable ? { unschedulable: true } : {}),
            },
            status: {
                capacity: { ...n.status?.capacity },
                allocatable: { ...(n.status?.allocatable ?? n.status?.capacity) },
                conditions: n.status?.conditions ?? [],
                addresses: n.status?.addresses ?? [],
                nodeInfo: n.status?.nodeInfo ?? {},
            },
        });
    }
    for (const p of pods) {
        const phase = p.status?.phase;
        if (!p.spec?.nodeName || !nodeNames.has(p.spec.nodeName) || (phase !== 'Running' && phase !== 'Pending'))
            continue;
        out.push({
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: {
                name: p.metadata.name,
                namespace: p.metadata.namespace ?? 'default',
                labels: { ...p.metadata.labels },
                annotations: { [IMPORTED_ANNOTATION]: source },
            },
            spec: {
                nodeName: p.spec.nodeName,
                containers: (p.spec.containers ?? []).map((c) => ({
                    name: c.name,
                    image: c.image ?? 'imported',
                    ...(c.resources ? { resources: c.resources } : {}),
                })),
                ...(p.spec.tolerations ? { tolerations: p.spec.tolerations } : {}),
                restartPolicy: 'Always',
            },
            status: { phase: 'Pending' },
        });
    }
    return out;
}

// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/sim.js






const DEFAULT_KUBECONFIG = '.model-deploy/sim/kubeconfig';
async function fromKubeconfig(path) {
    // Loaded on use: the client is large, and --help or file-based runs do not need it.
    const { CoreV1Api, KubeConfig } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(118), __webpack_require__.e(901)]).then(__webpack_require__.bind(__webpack_require__, 12901));
    const kc = new KubeConfig();
    try {
        kc.loadFromFile(path);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`--from-kubeconfig ${path}: cannot load it (${error.message})`, {
            cause: error,
        });
    }
    const core = kc.makeApiClient(CoreV1Api);
    const source = kc.getCurrentContext() || kc.getCurrentCluster()?.server || path;
    try {
        const nodes = await core.listNode();
        const pods = await core.listPodForAllNamespaces({
            fieldSelector: 'status.phase!=Succeeded,status.phase!=Failed',
        });
        const plain = (x) => JSON.parse(JSON.stringify(x));
        return { objects: importedObjects(plain(nodes.items), plain(pods.items), source), source };
    }
    catch (error) {
        throw new errors/* ToolError */.v4(`--from-kubeconfig: cannot list nodes and pods of ${kc.getCurrentCluster()?.server ?? path}: ${error.message}; check the context and that you may list nodes and pods`, { cause: error });
    }
}
function describe(config) {
    return config.nodePools
        .map((p) => {
        const mig = Object.entries(p.mig).map(([k, v]) => `${v}x mig-${k}`);
        const taints = p.taints.map((t) => `${t.key}=${t.value ?? ''}:${t.effect}`);
        return `  ${p.count} x ${p.name}: ${p.gpus} x ${p.product}${mig.length ? `, ${mig.join(', ')}` : ''}${taints.length ? `, taints ${taints.join(', ')}` : ''}`;
    })
        .join('\n');
}
/* harmony default export */ const sim = ((0,command/* defineCommand */.NB)({
    name: 'sim',
    summary: 'start the simulated GPU cluster (Kubernetes API, controllers, faults, metrics) until interrupted',
    options: {
        config: {
            type: 'string',
            short: 'c',
            value: 'FILE',
            description: 'simulator config (sim.yaml); without it: four nodes with 8 A100s each',
        },
        port: { type: 'string', value: 'N', description: 'API server port on 127.0.0.1 (default: a free port)' },
        kubeconfig: {
            type: 'string',
            value: 'PATH',
            description: `where to write the kubeconfig (default: ${DEFAULT_KUBECONFIG})`,
        },
        'from-kubeconfig': {
            type: 'string',
            value: 'PATH',
            description: 'copy nodes and running pod usage from a real cluster',
        },
    },
    help: [
        'The server speaks the Kubernetes REST API over plain http; the kubeconfig it writes sets',
        'insecure-skip-tls-verify so kubectl and @kubernetes/client-node accept it. /metrics serves',
        'model_requests_total, model_request_duration_seconds and DCGM_FI_DEV_* per pod (labels namespace,',
        'pod, deployment, track). Fault profiles in the config are matched by image (exact or glob) or by',
        'the pod annotation sim.model-deploy.io/fault-profile.',
    ].join('\n'),
    async run(ctx, options) {
        const configPath = (0,command/* stringOption */.Pp)(options, 'config');
        const loaded = configPath
            ? (0,sim_config/* loadSimConfig */.gc)(configPath, ctx.cwd)
            : { config: (0,sim_config/* parseSimConfig */.Be)({}), dir: ctx.cwd };
        const config = loaded.config;
        if (config.ociLayout && !(0,external_node_path_.isAbsolute)(config.ociLayout))
            config.ociLayout = (0,external_node_path_.resolve)(loaded.dir, config.ociLayout);
        const portText = (0,command/* stringOption */.Pp)(options, 'port');
        const port = portText === undefined ? 0 : Number(portText);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
            throw new errors/* InputError */.dz(`--port must be a port number from 0 to 65535, got "${portText}"`);
        }
        const kubeconfigPath = (0,external_node_path_.resolve)(ctx.cwd, (0,command/* stringOption */.Pp)(options, 'kubeconfig') ?? DEFAULT_KUBECONFIG);
        const fromPath = (0,command/* stringOption */.Pp)(options, 'from-kubeconfig');
        const imported = fromPath ? await fromKubeconfig((0,external_node_path_.resolve)(ctx.cwd, fromPath)) : undefined;
        if (ctx.dryRun) {
            return {
                stdout: `would start a simulated cluster with:\n${describe(config)}\nand write ${kubeconfigPath}`,
            };
        }
        let sim;
        try {
            sim = await (0,cluster/* startSimCluster */.k)({
                config,
                port,
                kubeconfigPath,
                ...(imported ? { initialObjects: imported.objects, noNodePools: !configPath } : {}),
            });
        }
        catch (error) {
            if (error.code === 'EADDRINUSE') {
                throw new errors/* InputError */.dz(`--port ${port} is already in use: pick another port or omit --port for a free one`, { cause: error });
            }
            throw error;
        }
        ctx.log.info(`simulated cluster listening on ${sim.url}`);
        ctx.log.info(imported ? `nodes and pods copied from ${imported.source}` : `nodes:\n${describe(config)}`);
        ctx.log.info(`kubeconfig: ${kubeconfigPath}  (export KUBECONFIG=${kubeconfigPath})`);
        ctx.log.info(`metrics: ${sim.url}/metrics`);
        ctx.log.info('press Ctrl-C to stop');
        await new Promise((done) => {
            if (ctx.signal.aborted)
                done();
            else
                ctx.signal.addEventListener('abort', () => done(), { once: true });
        });
        await sim.close();
        return {
            outputs: { url: sim.url, kubeconfig: kubeconfigPath },
            stdout: `simulated cluster at ${sim.url} stopped`,
        };
    },
}));


/***/ }),

/***/ 16370:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ positionOf),
/* harmony export */   j: () => (/* binding */ formatPath)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else
            out += out ? `.${seg}` : seg;
    }
    return out;
}
/**
 * Line and column (1-based) of the deepest node on `path` that exists in the document:
 * a map key's own position when the path ends at a key, else the value's.
 */
function positionOf(doc, counter, path) {
    let node = doc.contents;
    let offset = rangeStart(node);
    for (const seg of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(seg));
            if (!pair)
                break;
            offset = rangeStart(pair.key) ?? offset;
            node = pair.value;
            continue;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
            const item = node.items[seg];
            if (item === undefined)
                break;
            offset = rangeStart(item) ?? offset;
            node = item;
            continue;
        }
        break;
    }
    if (offset === undefined)
        return undefined;
    const { line, col } = counter.linePos(offset);
    return { line, col };
}
function rangeStart(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}


/***/ }),

/***/ 34065:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UG: () => (/* binding */ dnsLabel),
/* harmony export */   re: () => (/* binding */ strictObject),
/* harmony export */   xS: () => (/* binding */ UNKNOWN_KEY_SEPARATOR)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51236);



/** Marks the message of one unknown key; load.ts splits the issue per key on this separator. */
const UNKNOWN_KEY_SEPARATOR = '\u0000';
/**
 * A strict object whose unknown-key error names each key and the closest known one.
 * The message holds one line per key, in the order of `issue.keys`.
 */
function strictObject(shape) {
    const known = Object.keys(shape);
    return zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(shape, {
        error: (issue) => {
            if (issue.code !== 'unrecognized_keys')
                return undefined;
            return issue.keys
                .map((k) => {
                const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .suggest */ .Z)(k, known);
                return `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : `; known keys: ${known.join(', ')}`}`;
            })
                .join(UNKNOWN_KEY_SEPARATOR);
        },
    });
}
const dnsLabel = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label: lowercase letters, digits and "-", starting and ending with a letter or digit')
    .max(63);


/***/ }),

/***/ 17361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Lf: () => (/* binding */ parseQuantity),
/* harmony export */   YV: () => (/* binding */ durationProblem),
/* harmony export */   Zg: () => (/* binding */ change),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   au: () => (/* binding */ quantity),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* unused harmony exports MAX_TIMER_MS, parsePercent, DURATION */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88532);

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const DURATION_UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `30s`, `2m`, `1.5h`, `500ms`, or a compound `1h30m`; a bare number is seconds. Returns milliseconds. */
function parseDuration(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text >= 0 ? text * 1000 : undefined;
    const s = text.trim();
    if (/^\d+(\.\d+)?$/.test(s))
        return Number(s) * 1000;
    let total = 0;
    let rest = s;
    if (!rest)
        return undefined;
    while (rest) {
        const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)/.exec(rest);
        if (!m)
            return undefined;
        total += Number(m[1]) * DURATION_UNIT_MS[m[2]];
        rest = rest.slice(m[0].length);
    }
    return total;
}
/** The longest delay a Node timer holds (2^31-1 ms, about 24.8 days); a longer one fires after 1 ms. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** Why a parsed duration cannot be used, or undefined when it can. */
function durationProblem(ms) {
    return ms > MAX_TIMER_MS
        ? `${formatDuration(ms)} is longer than a timer can wait (${formatDuration(MAX_TIMER_MS)}, 2^31-1 ms): use at most 24d`
        : undefined;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${Number.isInteger(s) ? s : s.toFixed(1)}s`;
    const m = Math.floor(s / 60);
    const rs = Math.round(s - m * 60);
    if (m < 60)
        return rs ? `${m}m${rs}s` : `${m}m`;
    const h = Math.floor(m / 60);
    return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
}
const BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL = {
    n: 1e-9,
    u: 1e-6,
    m: 1e-3,
    '': 1,
    k: 1e3,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
};
/**
 * A Kubernetes resource quantity (`32Gi`, `500m`, `1.5`, `2e3`) as a plain number
 * (bytes for memory, cores for cpu).
 */
function parseQuantity(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text >= 0 ? text : undefined;
    const m = /^([+]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|K|M|G|T|P|E)?$/.exec(text.trim());
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const suffix = m[2] ?? '';
    const factor = suffix in BINARY ? BINARY[suffix] : DECIMAL[suffix];
    return n * factor;
}
/** `10%` or `10` → 10; `0.1` is 0.1 percent, not ten (say `10%`). */
function parsePercent(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) ? text : undefined;
    const m = /^(-?\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
    return m ? Number(m[1]) : undefined;
}
/** Duration field: accepts `30s`/`2m`/`1h30m`/seconds; normalizes to milliseconds. */
const duration = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()])
    .transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid duration ${JSON.stringify(v)}: use a number with a unit, e.g. 30s, 2m, 1h30m, 500ms`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    const problem = durationProblem(ms);
    if (problem) {
        ctx.addIssue({ code: 'custom', message: `duration ${JSON.stringify(v)}: ${problem}` });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return ms;
})
    .meta({ description: 'duration: 500ms, 30s, 2m, 1h30m, or a number of seconds' });
/** Quantity field: `32Gi`, `500m`, `4`; normalizes to a number (bytes, cores). */
const quantity = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()])
    .transform((v, ctx) => {
    const q = parseQuantity(v);
    if (q === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid quantity ${JSON.stringify(v)}: use a Kubernetes quantity, e.g. 32Gi, 512Mi, 500m, 4`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return q;
})
    .meta({ description: 'Kubernetes quantity: 32Gi, 512Mi, 500m, 4' });
/** Percentage field: `10%` or 10; normalizes to a number in [min, max]. */
const percent = (min = 0, max = 100) => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()])
    .transform((v, ctx) => {
    const p = parsePercent(v);
    if (p === undefined || p < min || p > max) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid percentage ${JSON.stringify(v)}: use a number from ${min} to ${max}, e.g. 10%`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return p;
})
    .meta({ description: `percentage from ${min} to ${max}: 10% or 10` });
/** A change threshold: absolute (`0.02`) or relative to the baseline (`2%`). */
const change = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()])
    .transform((v, ctx) => {
    if (typeof v === 'number')
        return { value: v, relative: false };
    const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(v.trim());
    if (!m) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid change ${JSON.stringify(v)}: use an absolute number (0.02) or a percentage of the baseline (2%)`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return m[2] ? { value: Number(m[1]) / 100, relative: true } : { value: Number(m[1]), relative: false };
})
    .meta({ description: 'absolute change (0.02) or relative to the baseline (2%)' });



/***/ })

};
