export const id = 130;
export const ids = [130,43];
export const modules = {

/***/ 11289:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PA: () => (/* binding */ shellReferences),
/* harmony export */   y0: () => (/* binding */ substituteEnv)
/* harmony export */ });
/* unused harmony export isSecretName */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);

const REF = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
/** Variable names whose values are credentials: never written into an image, masked when shown. */
const SECRET_NAME = /TOKEN|SECRET|PASSW(OR)?D|PASSPHRASE|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|AUTH|COOKIE|SESSION|(^|_)(PAT|KEY|PASS|PWD)$/i;
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
/**
 * Shell text run by `/bin/sh -c`. Values are never spliced into it (a branch name such as
 * `x";touch${IFS}PWNED;echo"` would run): the shell expands `${VAR}` itself from the environment
 * the command gets. Only `$$` is turned into `$`, as everywhere else in the file.
 */
function isShellField(path) {
    return ((path.length === 2 && path[0] === 'evaluate' && path[1] === 'command') ||
        (path.length === 4 && path[0] === 'pipeline' && path[1] === 'tasks' && path[3] === 'run'));
}
function isLabel(path) {
    return path.length === 3 && path[0] === 'image' && path[1] === 'labels';
}
/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string scalar; `$$` is a literal `$`.
 * Shell fields keep their references for the shell; labels refuse secret-looking variables,
 * since labels are published with the image.
 */
function substituteEnv(doc, env) {
    const issues = [];
    const secrets = new Set();
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(_key, node, ancestry) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || typeof node.value !== 'string' || !node.value.includes('$'))
                return;
            const path = pathOf(ancestry, node);
            if (isShellField(path)) {
                node.value = node.value.replace(REF, (whole) => (whole === '$$' ? '$' : whole));
                return;
            }
            node.value = node.value.replace(REF, (whole, name, fallback) => {
                if (whole === '$$')
                    return '$';
                if (isLabel(path) && isSecretName(name)) {
                    issues.push({
                        path,
                        message: `\${${name}} looks like a secret, and image labels are published with the image (and printed by validate): remove it from the label`,
                    });
                    return whole;
                }
                const v = env[name];
                if (v !== undefined && v !== '') {
                    if (isSecretName(name))
                        secrets.add(v);
                    return v;
                }
                if (fallback !== undefined)
                    return fallback;
                issues.push({
                    path,
                    message: `environment variable ${name} is not set: export it, give a default with \${${name}:-value}, or write $$ for a literal $`,
                });
                return whole;
            });
        },
    });
    return { issues, secrets: [...secrets] };
}
const SHELL_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)/g;
/**
 * `NAME=value` for each `${NAME}` in shell text (what the loader used to substitute), sorted: what
 * the command does depends on them, so its cache key includes them.
 */
function shellReferences(text, env) {
    const names = new Set();
    for (const m of text.matchAll(SHELL_REF))
        names.add(m[1]);
    return [...names]
        .sort()
        .filter((n) => env[n] !== undefined)
        .map((n) => `${n}=${env[n]}`)
        .join('\0');
}
function pathOf(ancestry, node) {
    const chain = [...ancestry, node];
    const path = [];
    for (let i = 0; i < chain.length - 1; i++) {
        const a = chain[i];
        const next = chain[i + 1];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(a))
            path.push(a.items.indexOf(next));
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(a) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(a.key))
            path.push(String(a.key.value));
    }
    return path;
}


/***/ }),

/***/ 35130:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: parseConfigText

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/config/env.js
var env = __webpack_require__(11289);
// EXTERNAL MODULE: ./lib/config/positions.js
var positions = __webpack_require__(16370);
// EXTERNAL MODULE: ./lib/dag/cycle.js
var dag_cycle = __webpack_require__(56970);
// EXTERNAL MODULE: ./lib/rollout/condition.js
var condition = __webpack_require__(49424);
// EXTERNAL MODULE: ./lib/config/suggest.js
var suggest = __webpack_require__(51236);
;// CONCATENATED MODULE: ./lib/config/rules.js



/** Rules across fields, checked after the schema; every problem is returned. */
function checkRules(config) {
    return [...pipelineRules(config), ...evaluateRules(config), ...deployRules(config)];
}
function evaluateRules(config) {
    const issues = [];
    const { gates, samples } = config.evaluate;
    const first = new Map();
    gates.forEach((gate, i) => {
        const seen = first.get(gate.metric);
        if (seen !== undefined) {
            issues.push({
                path: ['evaluate', 'gates', i, 'metric'],
                message: `metric "${gate.metric}" already has a gate at evaluate.gates[${seen}]; put both bounds in one gate`,
            });
        }
        else
            first.set(gate.metric, i);
        const paired = gate.test === 'bootstrap' ||
            gate.test === 'mcnemar' ||
            gate['non-inferiority-margin'] !== undefined ||
            gate['samples-column'] !== undefined;
        if (paired && samples === undefined) {
            issues.push({
                path: [
                    'evaluate',
                    'gates',
                    i,
                    gate['non-inferiority-margin'] !== undefined
                        ? 'non-inferiority-margin'
                        : gate['samples-column'] !== undefined
                            ? 'samples-column'
                            : 'test',
                ],
                message: 'paired tests need per-sample results: set evaluate.samples (the JSONL your command writes)',
            });
        }
        if (gate.direction === 'lower' && gate['max-drop'] !== undefined && gate['max-rise'] === undefined) {
            issues.push({
                path: ['evaluate', 'gates', i, 'max-drop'],
                message: `metric "${gate.metric}" is lower-is-better, so a drop is an improvement (did you mean max-rise?)`,
            });
        }
    });
    return issues;
}
function pipelineRules(config) {
    const issues = [];
    const { tasks, runners } = config.pipeline;
    const firstIndex = new Map();
    tasks.forEach((task, i) => {
        const seen = firstIndex.get(task.id);
        if (seen !== undefined) {
            issues.push({
                path: ['pipeline', 'tasks', i, 'id'],
                message: `duplicate task id "${task.id}" (first at pipeline.tasks[${seen}])`,
            });
        }
        else
            firstIndex.set(task.id, i);
        if ((task.run === undefined) === (task.uses === undefined)) {
            issues.push({
                path: ['pipeline', 'tasks', i],
                message: task.run === undefined
                    ? 'a task needs either run: (a command) or uses: (a built-in step)'
                    : 'a task has run: or uses:, not both',
            });
        }
        if (!(task.runner in runners)) {
            issues.push({
                path: ['pipeline', 'tasks', i, 'runner'],
                message: `runner pool "${task.runner}" is not in pipeline.runners (${Object.keys(runners).join(', ') || 'none'}); add it there`,
            });
        }
    });
    const ids = [...firstIndex.keys()];
    tasks.forEach((task, i) => {
        task.needs.forEach((need, j) => {
            if (need === task.id) {
                issues.push({
                    path: ['pipeline', 'tasks', i, 'needs', j],
                    message: `task "${task.id}" needs itself`,
                });
            }
            else if (!firstIndex.has(need)) {
                const hint = (0,suggest/* suggest */.Z)(need, ids);
                issues.push({
                    path: ['pipeline', 'tasks', i, 'needs', j],
                    message: `unknown task "${need}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
                });
            }
        });
    });
    if (issues.length === 0)
        issues.push(...cycleRule(tasks, firstIndex));
    return issues;
}
/** The cycle `plan` would refuse, found here so every command (validate too) refuses it. */
function cycleRule(tasks, index) {
    const predStart = new Int32Array(tasks.length + 1);
    const pred = [];
    tasks.forEach((task, i) => {
        predStart[i] = pred.length;
        for (const need of new Set(task.needs))
            pred.push(index.get(need));
    });
    predStart[tasks.length] = pred.length;
    const cycle = (0,dag_cycle/* findCycle */.u)(tasks.length, predStart, Int32Array.from(pred));
    if (!cycle)
        return [];
    const first = cycle.indexOf(Math.min(...cycle));
    const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
    const names = [...rotated, rotated[0]].map((i) => tasks[i].id).join(' → ');
    return [
        {
            path: ['pipeline', 'tasks', rotated[0], 'needs'],
            message: `dependency cycle: ${names} (each task needs the next); remove one of these needs`,
        },
    ];
}
function deployRules(config) {
    const deploy = config.deploy;
    if (!deploy)
        return [];
    const issues = [];
    let last = 0;
    let lastWeightIndex = -1;
    deploy.steps.forEach((step, i) => {
        if (step.kind !== 'setWeight')
            return;
        if (step.weight <= last && lastWeightIndex >= 0) {
            issues.push({
                path: ['deploy', 'steps', i, 'setWeight'],
                message: `canary weights must rise: ${step.weight} after ${last} at deploy.steps[${lastWeightIndex}]`,
            });
        }
        last = step.weight;
        lastWeightIndex = i;
    });
    if (lastWeightIndex >= 0 && last !== 100) {
        issues.push({
            path: ['deploy', 'steps', lastWeightIndex, 'setWeight'],
            message: `the last setWeight must be 100 so the canary takes all traffic before promotion; it is ${last}`,
        });
    }
    const metricNames = new Set(deploy.analysis.metrics.map((m) => m.name));
    deploy.analysis.metrics.forEach((m, i) => {
        for (const field of ['success-condition', 'failure-condition']) {
            const text = m[field];
            if (text === undefined)
                continue;
            try {
                (0,condition/* parseCondition */.zB)(text);
            }
            catch (error) {
                if (!(error instanceof condition/* ConditionError */.iG))
                    throw error;
                issues.push({
                    path: ['deploy', 'analysis', 'metrics', i, field],
                    message: `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}": ${error.message}`,
                });
            }
        }
        const providers = ['prometheus', 'web', 'kubernetes', 'judge'].filter((p) => m[p] !== undefined);
        if (providers.length !== 1) {
            issues.push({
                path: ['deploy', 'analysis', 'metrics', i],
                message: `metric "${m.name}" needs exactly one provider (prometheus, web, kubernetes or judge); found ${providers.length ? providers.join(', ') : 'none'}`,
            });
        }
        const needsAddress = m.prometheus ?? m.judge;
        if (needsAddress && !needsAddress.address && !deploy.analysis.prometheus) {
            issues.push({
                path: ['deploy', 'analysis', 'metrics', i, m.prometheus ? 'prometheus' : 'judge'],
                message: `metric "${m.name}" has no Prometheus address: set address: here or deploy.analysis.prometheus`,
            });
        }
    });
    deploy.steps.forEach((step, i) => {
        if (step.kind !== 'analysis' || step.metrics === 'all')
            return;
        step.metrics.forEach((name, j) => {
            if (!metricNames.has(name)) {
                const hint = (0,suggest/* suggest */.Z)(name, [...metricNames]);
                issues.push({
                    path: ['deploy', 'steps', i, 'analysis', 'metrics', j],
                    message: `unknown metric "${name}"${hint ? ` (did you mean "${hint}"?)` : '; define it under deploy.analysis.metrics'}`,
                });
            }
        });
    });
    if (deploy.resources.gpus > 0 && deploy.resources.mig) {
        issues.push({
            path: ['deploy', 'resources', 'mig'],
            message: 'set gpus: or mig:, not both (a MIG slice is a GPU share)',
        });
    }
    if (deploy['dynamic-stable-scale'] && deploy.traffic.router === 'kserve') {
        issues.push({
            path: ['deploy', 'dynamic-stable-scale'],
            message: 'dynamic-stable-scale cannot be used with traffic.router: kserve; Knative sizes each revision from minReplicas',
        });
    }
    if (deploy.traffic.router === 'kserve') {
        deploy.steps.forEach((step, i) => {
            if (step.kind === 'setCanaryScale')
                issues.push({
                    path: ['deploy', 'steps', i],
                    message: 'setCanaryScale cannot be used with traffic.router: kserve: the canary is a revision of the InferenceService and runs its minReplicas; remove the step or use traffic.router: gateway-api',
                });
        });
    }
    return issues;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/core.js
var core = __webpack_require__(88532);
// EXTERNAL MODULE: ./lib/config/strict.js
var strict = __webpack_require__(34065);
// EXTERNAL MODULE: ./lib/config/units.js
var units = __webpack_require__(17361);
;// CONCATENATED MODULE: ./lib/config/sections/deploy.js



const STEP_KINDS = ['setWeight', 'pause', 'analysis', 'setCanaryScale'];
/** A canary step as written: exactly one of the four keys. Normalized into a tagged union. */
const writtenStep = (0,strict/* strictObject */.re)({
    setWeight: (0,units/* percent */.KN)().optional().describe('route this share of traffic to the canary'),
    pause: schemas/* union */.KCZ([(0,units/* duration */.p0)(), (0,strict/* strictObject */.re)({ duration: (0,units/* duration */.p0)() })])
        .optional()
        .describe('wait, e.g. 2m'),
    analysis: (0,strict/* strictObject */.re)({
        metrics: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('metric names; all when absent'),
        duration: (0,units/* duration */.p0)().optional().describe('keep analysing for this long'),
    })
        .optional()
        .describe('run analysis until it passes or fails'),
    setCanaryScale: (0,strict/* strictObject */.re)({
        replicas: schemas/* number */.aig().int().min(0).optional(),
        weight: (0,units/* percent */.KN)().optional(),
        matchTrafficWeight: schemas/* boolean */.zMY().optional(),
    })
        .optional()
        .describe('scale the canary independently of traffic'),
});
const stepSchema = writtenStep.transform((s, ctx) => {
    const present = STEP_KINDS.filter((k) => s[k] !== undefined);
    if (present.length !== 1) {
        ctx.addIssue({
            code: 'custom',
            message: present.length === 0
                ? `a step needs one of ${STEP_KINDS.join(', ')}`
                : `a step has exactly one of ${STEP_KINDS.join(', ')}; found ${present.join(' and ')} (split them into two steps)`,
        });
        return core/* NEVER */.tm;
    }
    if (s.setWeight !== undefined)
        return { kind: 'setWeight', weight: s.setWeight };
    if (s.pause !== undefined)
        return { kind: 'pause', durationMs: typeof s.pause === 'number' ? s.pause : s.pause.duration };
    if (s.analysis !== undefined) {
        return {
            kind: 'analysis',
            metrics: s.analysis.metrics ?? 'all',
            ...(s.analysis.duration !== undefined ? { durationMs: s.analysis.duration } : {}),
        };
    }
    const c = s.setCanaryScale;
    return { kind: 'setCanaryScale', ...c };
});
const prometheusProvider = (0,strict/* strictObject */.re)({
    address: schemas/* string */.YjP().url().optional().describe('Prometheus URL; defaults to analysis.prometheus'),
    query: schemas/* string */.YjP()
        .min(1)
        .describe('PromQL; {{namespace}}, {{canary}}, {{stable}}, {{selector}} and {{track}} are filled in'),
});
const webProvider = (0,strict/* strictObject */.re)({
    url: schemas/* string */.YjP().url(),
    method: schemas/* enum */.k5n(['GET', 'POST']).default('GET'),
    headers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
    body: schemas/* string */.YjP().optional(),
    pick: schemas/* string */.YjP().default('$').describe('JSONPath-like pick: $.data.value, $.items[0].score'),
    timeout: (0,units/* duration */.p0)().default(10_000),
});
const kubernetesProvider = (0,strict/* strictObject */.re)({
    'max-restarts': schemas/* number */.aig().int().min(0).default(0),
});
const judgeProvider = (0,strict/* strictObject */.re)({
    address: schemas/* string */.YjP().url().optional(),
    query: schemas/* string */.YjP().min(1).describe('PromQL range query evaluated for canary and stable'),
    lookback: (0,units/* duration */.p0)().default(300_000),
    step: (0,units/* duration */.p0)()
        .default(15_000)
        .describe('sample spacing; raised to the query window so samples never overlap'),
    window: (0,units/* duration */.p0)()
        .optional()
        .describe('longest range the query averages over (e.g. inside a recording rule); default: read from the query'),
    direction: schemas/* enum */.k5n(['higher-is-worse', 'lower-is-worse', 'either']).default('higher-is-worse'),
    alpha: schemas/* number */.aig()
        .gt(0)
        .lt(1)
        .default(0.05)
        .describe("false-rollback rate over the whole rollout, spent across its looks (O'Brien-Fleming)"),
    'pass-score': schemas/* number */.aig().min(0).max(100).default(95),
    'marginal-score': schemas/* number */.aig().min(0).max(100).default(75),
});
const metricSchema = (0,strict/* strictObject */.re)({
    name: schemas/* string */.YjP().min(1),
    prometheus: prometheusProvider.optional(),
    web: webProvider.optional(),
    kubernetes: kubernetesProvider.optional(),
    judge: judgeProvider.optional(),
    'success-condition': schemas/* string */.YjP().optional().describe('e.g. "result < 0.01"; never evaluated as JS'),
    'failure-condition': schemas/* string */.YjP().optional(),
    interval: (0,units/* duration */.p0)().optional(),
    count: schemas/* number */.aig().int().min(1).optional(),
    'initial-delay': (0,units/* duration */.p0)().optional(),
    'failure-limit': schemas/* number */.aig().int().min(0).default(0),
    'inconclusive-limit': schemas/* number */.aig().int().min(0).default(0),
    'consecutive-error-limit': schemas/* number */.aig().int().min(0).default(4),
    'no-data': schemas/* enum */.k5n(['fail', 'inconclusive', 'pass']).default('fail'),
});
const toleration = (0,strict/* strictObject */.re)({
    key: schemas/* string */.YjP().optional(),
    operator: schemas/* enum */.k5n(['Exists', 'Equal']).default('Equal'),
    value: schemas/* string */.YjP().optional(),
    effect: schemas/* enum */.k5n(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).optional(),
});
const deploySection = (0,strict/* strictObject */.re)({
    namespace: (0,strict/* dnsLabel */.UG)().default('default'),
    name: (0,strict/* dnsLabel */.UG)().optional().describe('Deployment name; defaults to model.name'),
    service: (0,strict/* dnsLabel */.UG)().optional().describe('Service name; defaults to the Deployment name'),
    environment: schemas/* string */.YjP().default('production').describe('GitHub deployment environment'),
    image: schemas/* string */.YjP().optional().describe('image to deploy; defaults to the image built by this run'),
    replicas: schemas/* number */.aig().int().min(1).default(2),
    port: schemas/* number */.aig().int().min(1).max(65535).default(8080),
    resources: (0,strict/* strictObject */.re)({
        gpus: schemas/* number */.aig().int().min(0).default(0),
        'gpu-product': schemas/* string */.YjP().optional().describe('nvidia.com/gpu.product label value'),
        mig: schemas/* string */.YjP()
            .regex(/^\d+g\.\d+gb$/, 'use a MIG profile like 1g.10gb')
            .optional(),
        cpu: (0,units/* quantity */.au)().optional(),
        memory: (0,units/* quantity */.au)().optional(),
    }).prefault({}),
    'node-selector': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
    tolerations: schemas/* array */.YOg(toleration).default([]),
    probes: (0,strict/* strictObject */.re)({
        path: schemas/* string */.YjP().default('/healthz'),
        'startup-deadline': (0,units/* duration */.p0)().default(600_000).describe('how long a model may take to load'),
        period: (0,units/* duration */.p0)().default(5_000),
    }).prefault({}),
    traffic: (0,strict/* strictObject */.re)({
        router: schemas/* enum */.k5n(['replicas', 'gateway-api', 'kserve']).default('replicas'),
        route: schemas/* string */.YjP().optional().describe('HTTPRoute name (gateway-api)'),
        gateway: schemas/* string */.YjP().optional().describe('parent Gateway name (gateway-api)'),
        'inference-service': schemas/* string */.YjP()
            .optional()
            .describe('InferenceService name (kserve); default: the deploy name. Created if absent'),
    }).prefault({}),
    steps: schemas/* array */.YOg(stepSchema).default([
        { kind: 'setWeight', weight: 20 },
        { kind: 'pause', durationMs: 60_000 },
        { kind: 'analysis', metrics: 'all' },
        { kind: 'setWeight', weight: 50 },
        { kind: 'pause', durationMs: 60_000 },
        { kind: 'analysis', metrics: 'all' },
        { kind: 'setWeight', weight: 100 },
    ]),
    analysis: (0,strict/* strictObject */.re)({
        interval: (0,units/* duration */.p0)().default(30_000),
        prometheus: schemas/* string */.YjP().url().optional().describe('default Prometheus URL for metrics'),
        metrics: schemas/* array */.YOg(metricSchema).default([]),
        correction: schemas/* enum */.k5n(['holm', 'none'])
            .default('holm')
            .describe('family-wise correction across the series of a judge metric'),
    }).prefault({}),
    rollback: (0,strict/* strictObject */.re)({
        'on-rerun': schemas/* enum */.k5n(['resume', 'rollback'])
            .default('resume')
            .describe('a rollout found half-done (killed job): resume it or roll it back'),
        history: schemas/* number */.aig().int().min(1).max(100).default(10).describe('revisions kept for rollback --to'),
    }).prefault({}),
    'dynamic-stable-scale': schemas/* boolean */.zMY()
        .default(false)
        .describe('stable gives the canary the pods its traffic share no longer needs (gateway-api, replicas)'),
    'require-gates': schemas/* boolean */.zMY()
        .optional()
        .describe('refuse images without passing gate records (default on tags)'),
    preflight: schemas/* boolean */.zMY().default(true).describe('check GPU placement before changing anything'),
    lease: (0,units/* duration */.p0)().default(60_000).describe('lock duration; renewed while the rollout runs'),
});

;// CONCATENATED MODULE: ./lib/config/sections/evaluate.js



const gateSchema = (0,strict/* strictObject */.re)({
    metric: schemas/* string */.YjP().min(1).describe('dotted metric name in the metrics JSON, e.g. eval.accuracy'),
    direction: schemas/* enum */.k5n(['higher', 'lower']).default('higher').describe('which way is better'),
    min: schemas/* number */.aig().optional().describe('absolute lower threshold'),
    max: schemas/* number */.aig().optional().describe('absolute upper threshold'),
    'max-drop': (0,units/* change */.Zg)().optional().describe('largest allowed drop vs baseline: 0.02 or 2%'),
    'max-rise': (0,units/* change */.Zg)().optional().describe('largest allowed rise vs baseline: 0.02 or 2%'),
    test: schemas/* enum */.k5n(['auto', 'bootstrap', 'mcnemar', 'none'])
        .default('auto')
        .describe('auto: paired-proportion test for 0/1 per-sample values, else paired bootstrap; mcnemar: the paired-proportion test; none: point estimates'),
    'samples-column': schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe("per-sample field this gate is tested on (default: the field named like the metric; 'correct' only for accuracy)"),
    statistic: schemas/* string */.YjP()
        .regex(/^(mean|median|p(100|[1-9]?[0-9](\.[0-9]+)?))$/, 'use mean, median or a percentile such as p95')
        .optional()
        .describe('what the metric is of its per-sample column: mean, median or pNN (default: pNN when the metric name has one, e.g. latency.p95_ms, else mean)'),
    'non-inferiority-margin': (0,units/* change */.Zg)()
        .optional()
        .describe('fail unless the CI of the delta stays within this margin of the baseline'),
});
const evaluateSection = (0,strict/* strictObject */.re)({
    command: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('evaluation command; gets MODEL_DIR, MODEL_IMAGE, EVAL_OUTPUT'),
    timeout: (0,units/* duration */.p0)().default(1_800_000),
    output: schemas/* string */.YjP().default('.model-deploy/eval').describe('directory EVAL_OUTPUT points to'),
    metrics: schemas/* string */.YjP().default('metrics.json').describe('metrics JSON written by the command, in EVAL_OUTPUT'),
    samples: schemas/* string */.YjP().optional().describe('per-sample JSONL written by the command, in EVAL_OUTPUT'),
    dataset: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('dataset files hashed into the result cache key'),
    baseline: (0,strict/* strictObject */.re)({
        store: schemas/* enum */.k5n(['actions-cache', 'dir', 'registry', 'none']).default('dir'),
        path: schemas/* string */.YjP().default('.model-deploy/baseline'),
        image: schemas/* string */.YjP().optional().describe('baseline image reference for the registry store'),
    }).prefault({}),
    gates: schemas/* array */.YOg(gateSchema).default([]),
    significance: (0,strict/* strictObject */.re)({
        alpha: schemas/* number */.aig().gt(0).lt(1).default(0.05),
        resamples: schemas/* number */.aig().int().min(100).max(1_000_000).default(10_000),
        seed: schemas/* number */.aig().int().default(42),
        correction: schemas/* enum */.k5n(['holm', 'none'])
            .default('holm')
            .describe('multiple-testing correction across the gates tested for significance (Holm keeps the chance of any false fail at alpha/2)'),
    }).prefault({}),
    history: schemas/* number */.aig().int().min(1).max(200).default(20).describe('runs shown in the PR chart'),
    cache: schemas/* string */.YjP()
        .default('.model-deploy/eval-cache')
        .describe('results by (model, dataset, command): an unchanged model is not evaluated twice'),
    'fail-on-inconclusive': schemas/* boolean */.zMY()
        .default(false)
        .describe('fail the job when a gate cannot decide (over a bound but not significantly, zero baseline, no baseline yet)'),
});

// EXTERNAL MODULE: ./lib/config/sections/federated.js
var federated = __webpack_require__(83803);
;// CONCATENATED MODULE: ./lib/config/sections/image.js



const imageSection = (0,strict/* strictObject */.re)({
    mode: schemas/* enum */.k5n(['model', 'dockerfile'])
        .default('model')
        .describe('model: pack model files as OCI layers without a daemon; dockerfile: build a Dockerfile'),
    repository: schemas/* string */.YjP()
        .min(1)
        .optional()
        .describe('registry repository, e.g. ghcr.io/org/model; without it the image goes to the local layout'),
    layout: schemas/* string */.YjP().default('.model-deploy/oci').describe('local OCI image layout directory (oci:DIR:TAG)'),
    tags: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).default([]).describe('extra tags; the version or git tag is always added'),
    base: schemas/* string */.YjP().min(1).optional().describe('base serving image the model layers go on top of'),
    artifact: schemas/* enum */.k5n(['image', 'modelpack'])
        .default('image')
        .describe('image: runnable image (base + model layers); modelpack: CNCF ModelPack artifact'),
    'model-dir': schemas/* string */.YjP().default('/models').describe('where model files live in the image (env MODEL_DIR)'),
    labels: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
    push: schemas/* boolean */.zMY().default(true),
    'compress-below': (0,units/* quantity */.au)()
        .default(64 * 2 ** 20)
        .describe('gzip files smaller than this; larger files (weights) are stored uncompressed'),
    'chunk-size': (0,units/* quantity */.au)()
        .default(64 * 2 ** 20)
        .describe('upload chunk size for large blobs'),
    concurrency: schemas/* number */.aig().int().min(1).max(32).default(4).describe('parallel blob uploads'),
    dockerfile: (0,strict/* strictObject */.re)({
        path: schemas/* string */.YjP().default('Dockerfile'),
        context: schemas/* string */.YjP().default('.'),
        builder: schemas/* enum */.k5n(['auto', 'docker', 'buildah']).default('auto'),
        'build-args': schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
        target: schemas/* string */.YjP().optional(),
        platforms: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
    }).optional(),
});

;// CONCATENATED MODULE: ./lib/config/sections/model.js


const modelSection = (0,strict/* strictObject */.re)({
    name: (0,strict/* dnsLabel */.UG)().describe('model name; names the Deployment, image and PR comment'),
    version: schemas/* string */.YjP().min(1).optional().describe('model version; defaults to the git tag on a release'),
    artifacts: schemas/* array */.YOg(schemas/* string */.YjP().min(1))
        .min(1)
        .describe('model files or globs, relative to the config file (weights, tokenizer, config)'),
    framework: schemas/* enum */.k5n(['pytorch', 'safetensors', 'onnx', 'gguf', 'tensorflow', 'sklearn', 'other']).optional(),
    description: schemas/* string */.YjP().optional(),
});

;// CONCATENATED MODULE: ./lib/config/sections/pipeline.js



const builtinSteps = ['build', 'scan', 'evaluate', 'aggregate', 'place', 'deploy'];
const taskSchema = (0,strict/* strictObject */.re)({
    id: schemas/* string */.YjP()
        .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, "_", "." and "-"')
        .describe('unique task id'),
    run: schemas/* string */.YjP().min(1).optional().describe('shell command'),
    uses: schemas/* enum */.k5n(builtinSteps).optional().describe('built-in step'),
    needs: schemas/* array */.YOg(schemas/* string */.YjP()).default([]),
    duration: (0,units/* duration */.p0)().default(60_000).describe('estimate; the median of recorded runs replaces it'),
    runner: schemas/* string */.YjP().default('cpu').describe('runner pool, e.g. cpu or gpu'),
    paths: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('globs; the task runs only when a changed file matches'),
    inputs: schemas/* array */.YOg(schemas/* string */.YjP()).default([]).describe('files hashed into the cache key'),
    retries: schemas/* number */.aig().int().min(0).max(10).default(0),
    timeout: (0,units/* duration */.p0)().optional(),
    env: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).default({}),
});
const pipelineSection = (0,strict/* strictObject */.re)({
    runners: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig().int().min(1)).default({ cpu: 2 }).describe('runners per pool'),
    tasks: schemas/* array */.YOg(taskSchema).default([]),
    cache: schemas/* string */.YjP().default('.model-deploy/cache').describe('local cache directory'),
    history: schemas/* string */.YjP().default('.model-deploy/durations.json').describe('recorded task durations'),
});

// EXTERNAL MODULE: ./lib/config/sections/scan.js
var scan = __webpack_require__(64738);
;// CONCATENATED MODULE: ./lib/config/sections/security.js


const securitySection = (0,strict/* strictObject */.re)({
    'allow-pull-request-target': schemas/* boolean */.zMY()
        .default(false)
        .describe('run on pull_request_target (a write token and secrets next to code a fork may have written); refused unless true'),
});

;// CONCATENATED MODULE: ./lib/config/schema.js










/** model-deploy.yml. Sections other than `model` are optional; commands that need one say so. */
const configSchema = (0,strict/* strictObject */.re)({
    $schema: schemas/* string */.YjP().optional(),
    model: modelSection,
    image: imageSection.prefault({}),
    scan: scan/* scanSection */.Z.prefault({}),
    evaluate: evaluateSection.prefault({}),
    pipeline: pipelineSection.prefault({}),
    deploy: deploySection.optional(),
    federated: federated/* federatedSection */.R.optional(),
    security: securitySection.prefault({}),
});
/** JSON Schema of what users write (input side of every transform), for yaml-language-server. */
function jsonSchema() {
    return {
        ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }),
        $id: 'https://github.com/org/model-deploy-action/schema/model-deploy.schema.json',
        title: 'model-deploy.yml',
    };
}

;// CONCATENATED MODULE: ./lib/config/structure.js

/** Bounds that keep loading linear and shallow whatever the file holds. */
const MAX_DEPTH = 64;
const MAX_ALIASES = 100;
/** How much one alias may expand to (yaml's maxAliasCount): an alias bomb stops here. */
const MAX_ALIAS_EXPANSION = 100;
/**
 * One iterative pass over the parsed document, in document order: nesting depth, duplicate keys
 * (a Set per mapping, where yaml's own uniqueKeys check is quadratic), aliases and their anchors.
 */
function checkStructure(doc) {
    const issues = [];
    const anchors = new Set();
    let aliases = 0;
    const stack = [{ node: doc.contents, path: [] }];
    while (stack.length > 0 && issues.length === 0) {
        const { node, path } = stack.pop();
        if (!node)
            continue;
        const offset = node.range?.[0];
        if ((0,dist/* isAlias */.Vj)(node)) {
            aliases++;
            if (!anchors.has(node.source)) {
                issues.push({
                    path,
                    offset,
                    message: `alias *${node.source} has no anchor &${node.source} before it: define the anchor first or write the value out`,
                });
            }
            else if (aliases > MAX_ALIASES) {
                issues.push({
                    path,
                    offset,
                    message: `more than ${MAX_ALIASES} YAML aliases: write the values out`,
                });
            }
            continue;
        }
        const anchor = node.anchor;
        if (anchor)
            anchors.add(anchor);
        if (path.length > MAX_DEPTH) {
            issues.push({ path, offset, message: `nested deeper than ${MAX_DEPTH} levels` });
            continue;
        }
        const children = [];
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Map();
            for (const pair of node.items) {
                if (!(0,dist/* isPair */.tO)(pair))
                    continue;
                const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
                const keyOffset = pair.key?.range?.[0];
                if (seen.has(key)) {
                    issues.push({
                        path: [...path, key],
                        offset: keyOffset,
                        message: `duplicate key "${key}": each key may appear once in a mapping`,
                    });
                    break;
                }
                seen.set(key, keyOffset);
                if (pair.key && !(0,dist/* isScalar */.jn)(pair.key))
                    children.push({ node: pair.key, path: [...path, key] });
                children.push({ node: pair.value, path: [...path, key] });
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, i) => {
                children.push({ node: item, path: [...path, i] });
            });
        }
        // reversed onto the stack so they come off in document order
        for (let i = children.length - 1; i >= 0; i--)
            stack.push(children[i]);
    }
    return issues;
}

;// CONCATENATED MODULE: ./lib/config/load.js










/** Reads, substitutes, validates and normalizes a config file; throws ConfigError with every problem. */
function loadConfig(path, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const file = (0,external_node_path_.resolve)(cwd, path);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new errors/* InputError */.dz(code === 'ENOENT'
            ? `config file ${path} not found (looked in ${(0,external_node_path_.dirname)(file)}): create it (see examples/model-deploy.yml) or pass --config`
            : `cannot read config file ${path}: ${error.message}`, { cause: error });
    }
    const shown = (0,external_node_path_.relative)(cwd, file) || file;
    return { ...parseConfig(text, { ...options, file: shown }), file, dir: (0,external_node_path_.dirname)(file) };
}
/** The same as loadConfig for text already in memory; `file` is only used in messages. */
function parseConfigText(text, options = {}) {
    return parseConfig(text, options).config;
}
function parseConfig(text, options) {
    const file = options.file ?? 'model-deploy.yml';
    const counter = new dist/* LineCounter */.HN();
    // yaml's own uniqueKeys check is quadratic in the keys of a mapping; checkStructure does it with a Set
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
    const at = (path, message) => ({
        path: (0,positions/* formatPath */.j)(path),
        message,
        file,
        ...(0,positions/* positionOf */.d)(doc, counter, path),
    });
    // positions are looked up for the first MAX_ISSUES only, so a flood of bad keys stays linear
    let secrets = [];
    const fail = (found) => {
        const issues = found.map((i) => ({ ...i, message: maskSecrets(i.message, secrets) }));
        throw new errors/* ConfigError */.xL(issues.length > MAX_ISSUES
            ? [
                ...issues.slice(0, MAX_ISSUES),
                { path: '', message: `and ${issues.length - MAX_ISSUES} more problems`, file },
            ]
            : [...issues]);
    };
    const failAt = (issues) => fail(issues.map((i, n) => (n < MAX_ISSUES ? at(i.path, i.message) : { path: '', message: i.message })));
    if (doc.errors.length > 0) {
        fail(doc.errors.map((e) => {
            const { line, col } = counter.linePos(e.pos[0]);
            const message = /call stack/i.test(e.message)
                ? `nested too deeply to read (at most ${MAX_DEPTH} levels)`
                : firstLine(e.message);
            return { path: '', message: `YAML syntax: ${message}`, file, line, col };
        }));
    }
    const structure = checkStructure(doc);
    if (structure.length > 0) {
        fail(structure.map((i) => ({
            path: (0,positions/* formatPath */.j)(i.path),
            message: i.message,
            file,
            ...(i.offset !== undefined ? counter.linePos(i.offset) : {}),
        })));
    }
    const substituted = (0,env/* substituteEnv */.y0)(doc, options.env ?? process.env);
    secrets = substituted.secrets;
    if (substituted.issues.length > 0)
        failAt(substituted.issues);
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }) ?? {};
    }
    catch (error) {
        // yaml stops an alias that expands too far (an alias bomb) here
        const alias = firstAlias(doc);
        return fail([
            {
                path: '',
                message: `YAML aliases: ${firstLine(error.message)}; write the values out instead of aliasing them`,
                file,
                ...(alias !== undefined ? counter.linePos(alias) : {}),
            },
        ]);
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        throw new errors/* ConfigError */.xL([at([], 'the config must be a mapping with a model: section at the top')]);
    }
    const parsed = configSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success)
        return failAt(zodIssues(parsed.error.issues));
    refuseUntrustedEvent(parsed.data, options.env ?? process.env);
    const ruleIssues = checkRules(parsed.data);
    if (ruleIssues.length > 0)
        failAt(ruleIssues);
    return { config: parsed.data, secrets: substituted.secrets };
}
/** More problems than this are summed up in one line: reading 50,000 bad keys stays linear. */
const MAX_ISSUES = 50;
/** Messages quote values; values of secret-looking variables are shown as ***. */
function maskSecrets(message, secrets) {
    let out = message;
    for (const secret of secrets) {
        out = out.split(secret).join('***').split(JSON.stringify(secret).slice(1, -1)).join('***');
    }
    return out;
}
function firstAlias(doc) {
    let offset;
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            offset = node.range?.[0];
            return dist/* visit */.YR.BREAK;
        },
    });
    return offset;
}
function zodIssues(issues) {
    const out = [];
    for (const issue of issues) {
        const path = issue.path.filter((p) => typeof p !== 'symbol');
        if (issue.code === 'unrecognized_keys') {
            const messages = issue.message.split(strict/* UNKNOWN_KEY_SEPARATOR */.xS);
            issue.keys.forEach((key, i) => {
                out.push({ path: [...path, key], message: messages[i] ?? `unknown key "${key}"` });
            });
            continue;
        }
        if (issue.code === 'invalid_union') {
            // Prefer the branch that got furthest (fewest issues) so the message names the real problem.
            const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
            if (best && best.length > 0) {
                out.push(...zodIssues(best.map((b) => ({ ...b, path: [...issue.path, ...b.path] }))));
                continue;
            }
        }
        out.push({ path, message: humanize(issue) });
    }
    return out;
}
function humanize(issue) {
    if (issue.code === 'invalid_type') {
        const got = issue.input === undefined ? 'nothing' : describeValue(issue.input);
        return issue.input === undefined
            ? `required: expected ${issue.expected}`
            : `expected ${issue.expected}, got ${got}`;
    }
    if (issue.code === 'invalid_value') {
        return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
    }
    return issue.message;
}
function describeValue(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${typeof v} ${JSON.stringify(v)}`;
}
function firstLine(s) {
    return s.split('\n')[0] ?? s;
}
/**
 * pull_request_target runs with a token that can write to the repository and with its secrets,
 * in a workflow that may have checked out a fork's code: refused unless the config opts in.
 */
function refuseUntrustedEvent(config, env) {
    if (env.GITHUB_EVENT_NAME !== 'pull_request_target' || config.security['allow-pull-request-target'])
        return;
    throw new errors/* InputError */.dz('refusing to run on pull_request_target: that event gives the job a token that can write to this repository and its secrets, ' +
        "while the files model-deploy runs (evaluate.command, pipeline.tasks[].run, the Dockerfile) and this config may come from a fork's pull request. " +
        'Use the pull_request event (fork pull requests get a read-only token and no secrets; the report goes to the job summary). ' +
        "Only if this workflow never checks out the pull request's code (actions/checkout without ref:, so this config is the base branch's) " +
        'and you accept the risk, set security.allow-pull-request-target: true in model-deploy.yml.');
}


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

/***/ 83803:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ federatedSection)
/* harmony export */ });
/* unused harmony export aggregationMethod */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var _strict_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34065);
/* harmony import */ var _units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17361);



const aggregationMethod = zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()
    .regex(/^(fedavg|median|trimmed-mean(:0?\.\d+)?|fedavg-clip:\d+(\.\d+)?)$/, 'use fedavg, median, trimmed-mean:0.1 or fedavg-clip:NORM')
    .refine((m) => !m.startsWith('trimmed-mean:') || Number(m.slice('trimmed-mean:'.length)) < 0.5, {
    message: 'the trimmed fraction must be below 0.5 (it is cut from each side), e.g. trimmed-mean:0.1',
});
const federatedSection = (0,_strict_js__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .re)({
    inputs: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1)).min(1).describe('client checkpoints (globs), safetensors'),
    'weight-key': zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('num_samples').describe('__metadata__ field holding the sample count'),
    weights: zod__WEBPACK_IMPORTED_MODULE_1__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().positive())
        .optional()
        .describe('explicit weight per input (path or glob relative to the config file)'),
    method: aggregationMethod.default('fedavg'),
    base: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional().describe('previous global model; clients may send deltas'),
    deltas: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().default(false).describe('clients send updates relative to base'),
    out: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().default('global.safetensors'),
    'non-finite': zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['exclude', 'fail'])
        .default('fail')
        .describe('a client with NaN/Inf: drop it or fail'),
    round: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig()
        .int()
        .min(0)
        .optional()
        .describe('round number recorded in the output; default base round + 1'),
    'chunk-size': (0,_units_js__WEBPACK_IMPORTED_MODULE_0__/* .quantity */ .au)()
        .default(8 * 2 ** 20)
        .describe('float64 working set per client per step; memory is about (3 × clients + 4) × chunk-size'),
}).superRefine((section, ctx) => {
    if (section.deltas && !section.base) {
        ctx.addIssue({
            code: 'custom',
            path: ['deltas'],
            message: 'deltas need a base: the result is base + aggregated delta',
        });
    }
    if (section.method.startsWith('fedavg-clip') && !section.base) {
        ctx.addIssue({
            code: 'custom',
            path: ['method'],
            message: 'fedavg-clip clips updates relative to the previous global model: set base',
        });
    }
});


/***/ }),

/***/ 64738:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ scanSection)
/* harmony export */ });
/* unused harmony export severity */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var _strict_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34065);


const severity = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['critical', 'high', 'medium', 'low', 'unknown']);
const failOn = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['critical', 'high', 'medium', 'low', 'unknown', 'never']);
const globalsRule = (0,_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .re)({
    files: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('**').describe('glob of files the rule applies to'),
    globals: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .min(1)
        .describe('module.name entries, e.g. torch._utils._rebuild_tensor_v2'),
});
const scanSection = (0,_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .re)({
    paths: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1)).optional().describe('paths to scan; defaults to model.artifacts'),
    model: (0,_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .re)({
        enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
        'fail-on': failOn.default('high'),
        allow: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(globalsRule).default([]).describe('extra pickle globals allowed, per file glob'),
        deny: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(globalsRule).default([]).describe('pickle globals denied even if allowlisted'),
        'max-file-size': zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().int().positive().optional(),
    }).prefault({}),
    vulnerabilities: (0,_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .re)({
        enabled: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(true),
        report: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('read this Trivy JSON report instead of running Trivy'),
        trivy: (0,_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .re)({
            version: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().default('0.69.3'),
            sha256: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
                .regex(/^[0-9a-f]{64}$/)
                .optional()
                .describe('expected SHA-256 of the Trivy tarball (built in for 0.69.3 on Linux and macOS, amd64 and arm64)'),
        }).prefault({}),
        'fail-on': failOn.default('critical'),
        'ignore-unfixed': zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY().default(false),
        ignore: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg((0,_strict_js__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .re)({
            id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).describe('CVE or GHSA id'),
            reason: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1),
            until: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
                .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date YYYY-MM-DD')
                .optional(),
            packages: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()).optional(),
        }))
            .default([]),
    }).prefault({}),
    sarif: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional().describe('write a SARIF 2.1.0 report here'),
});


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



/***/ }),

/***/ 56970:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ findCycle)
/* harmony export */ });
/**
 * One dependency cycle as task indices `[a, b, c]` where a needs b, b needs c and c needs a;
 * null when the graph is acyclic. Linear time: peel off every task whose needs can all be
 * ordered, then walk needs among the rest; each remaining task has a remaining need, so the
 * walk must revisit a task, and the loop it closed is a cycle.
 */
function findCycle(n, predStart, pred) {
    const succStart = new Int32Array(n + 1);
    for (let k = 0; k < pred.length; k++)
        succStart[pred[k] + 1]++;
    for (let i = 0; i < n; i++)
        succStart[i + 1] += succStart[i];
    const succ = new Int32Array(pred.length);
    const fill = succStart.slice(0, n);
    for (let i = 0; i < n; i++) {
        for (let k = predStart[i]; k < predStart[i + 1]; k++)
            succ[fill[pred[k]]++] = i;
    }
    // Peel tasks whose needs are all peeled (Kahn on needs).
    const indegree = new Int32Array(n);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let i = 0; i < n; i++) {
        indegree[i] = predStart[i + 1] - predStart[i];
        if (indegree[i] === 0)
            queue[tail++] = i;
    }
    const peeled = new Uint8Array(n);
    for (let head = 0; head < tail; head++) {
        const v = queue[head];
        peeled[v] = 1;
        for (let k = succStart[v]; k < succStart[v + 1]; k++) {
            const s = succ[k];
            if (--indegree[s] === 0)
                queue[tail++] = s;
        }
    }
    if (tail === n)
        return null;
    let start = 0;
    while (peeled[start])
        start++;
    const position = new Int32Array(n).fill(-1);
    const path = [];
    let v = start;
    while (position[v] === -1) {
        position[v] = path.length;
        path.push(v);
        let next = -1;
        for (let k = predStart[v]; k < predStart[v + 1]; k++) {
            if (!peeled[pred[k]]) {
                next = pred[k];
                break;
            }
        }
        v = next;
    }
    return path.slice(position[v]);
}


/***/ }),

/***/ 49424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iG: () => (/* binding */ ConditionError),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
/* unused harmony exports MAX_CONDITION_LENGTH, MAX_CONDITION_DEPTH */
/**
 * The condition language of success/failure conditions: a tiny expression grammar over `result`
 * (a number, or a list of numbers when the query returns several series), evaluated by a
 * hand-written parser. Never JS eval.
 *
 *   or      := and (('||' | 'or') and)*
 *   and     := not (('&&' | 'and') not)*
 *   not     := ('!' | 'not') not | compare
 *   compare := sum (('<' | '<=' | '>' | '>=' | '==' | '!=') sum)?
 *   sum     := product (('+' | '-') product)*
 *   product := unary (('*' | '/' | '%') unary)*
 *   unary   := '-' unary | postfix
 *   postfix := primary ('[' or ']')*
 *   primary := number | string | true | false | result | name '(' args ')' | '(' or ')'
 *
 * Functions: len(x), isNaN(x), isInf(x), default(x, d), abs(x), min(x...), max(x...). A one-element list
 * compares as its element; a longer list needs an index (`result[1]`).
 */
class ConditionError extends Error {
    column;
    constructor(message, column) {
        super(column === undefined ? message : `${message} (at column ${column})`);
        this.column = column;
        this.name = 'ConditionError';
    }
}
const OPERATORS = [
    '&&',
    '||',
    '<=',
    '>=',
    '==',
    '!=',
    '<',
    '>',
    '!',
    '+',
    '-',
    '*',
    '/',
    '%',
    '(',
    ')',
    '[',
    ']',
    ',',
];
const FUNCTIONS = new Set(['len', 'isNaN', 'isInf', 'default', 'abs', 'min', 'max']);
/** Conditions are one line of a config file; these bounds keep parsing and evaluation linear and shallow. */
const MAX_CONDITION_LENGTH = 1000;
const MAX_CONDITION_DEPTH = 32;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
function sticky(re, text, at) {
    re.lastIndex = at;
    return re.exec(text);
}
function tokenize(text) {
    if (text.length > MAX_CONDITION_LENGTH) {
        throw new ConditionError(`the condition is ${text.length} characters long; at most ${MAX_CONDITION_LENGTH} are accepted`);
    }
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const col = i + 1;
        const num = sticky(NUMBER, text, i);
        if (num) {
            tokens.push({ kind: 'num', text: num[0], col });
            i += num[0].length;
            continue;
        }
        const name = sticky(NAME, text, i);
        if (name) {
            tokens.push({ kind: 'name', text: name[0], col });
            i += name[0].length;
            continue;
        }
        if (c === '"' || c === "'") {
            const end = text.indexOf(c, i + 1);
            if (end < 0)
                throw new ConditionError('unterminated string', col);
            tokens.push({ kind: 'str', text: text.slice(i + 1, end), col });
            i = end + 1;
            continue;
        }
        const op = OPERATORS.find((o) => text.startsWith(o, i));
        if (!op)
            throw new ConditionError(`unexpected character "${c}"`, col);
        tokens.push({ kind: 'op', text: op, col });
        i += op.length;
    }
    tokens.push({ kind: 'end', text: '', col: text.length + 1 });
    return tokens;
}
class Parser {
    tokens;
    pos = 0;
    depth = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    /** Every recursive rule goes through here, so nesting is bounded before the stack is. */
    nested(fn) {
        if (++this.depth > MAX_CONDITION_DEPTH) {
            throw new ConditionError(`the condition nests deeper than ${MAX_CONDITION_DEPTH} levels`, this.peek().col);
        }
        try {
            return fn();
        }
        finally {
            this.depth--;
        }
    }
    parse() {
        const node = this.or();
        const t = this.peek();
        if (t.kind !== 'end')
            throw new ConditionError(`unexpected "${t.text}"`, t.col);
        return node;
    }
    peek() {
        return this.tokens[this.pos];
    }
    next() {
        return this.tokens[this.pos++];
    }
    isOp(...ops) {
        const t = this.peek();
        return (t.kind === 'op' && ops.includes(t.text)) || (t.kind === 'name' && ops.includes(t.text));
    }
    expect(op) {
        const t = this.next();
        if (t.text !== op)
            throw new ConditionError(`expected "${op}" but found ${t.kind === 'end' ? 'the end' : `"${t.text}"`}`, t.col);
    }
    or() {
        let left = this.and();
        while (this.isOp('||', 'or')) {
            const col = this.next().col;
            left = { t: 'binary', op: '||', left, right: this.and(), col };
        }
        return left;
    }
    and() {
        let left = this.not();
        while (this.isOp('&&', 'and')) {
            const col = this.next().col;
            left = { t: 'binary', op: '&&', left, right: this.not(), col };
        }
        return left;
    }
    not() {
        if (this.isOp('!', 'not')) {
            this.next();
            return { t: 'unary', op: '!', arg: this.nested(() => this.not()) };
        }
        return this.compare();
    }
    compare() {
        const left = this.sum();
        if (this.isOp('<', '<=', '>', '>=', '==', '!=')) {
            const t = this.next();
            return { t: 'binary', op: t.text, left, right: this.sum(), col: t.col };
        }
        return left;
    }
    sum() {
        let left = this.product();
        while (this.isOp('+', '-')) {
            const t = this.next();
            left = { t: 'binary', op: t.text, left, right: this.product(), col: t.col };
        }
        return left;
    }
    product() {
        let left = this.unary();
        while (this.isOp('*', '/', '%')) {
            const t = this.next();
            left = { t: 'binary', op: t.text, left, right: this.unary(), col: t.col };
        }
        return left;
    }
    unary() {
        if (this.isOp('-')) {
            this.next();
            return { t: 'unary', op: '-', arg: this.nested(() => this.unary()) };
        }
        return this.postfix();
    }
    postfix() {
        let node = this.primary();
        while (this.isOp('[')) {
            const col = this.next().col;
            const index = this.nested(() => this.or());
            this.expect(']');
            node = { t: 'index', target: node, index, col };
        }
        return node;
    }
    primary() {
        const t = this.next();
        if (t.kind === 'num')
            return { t: 'num', v: Number(t.text) };
        if (t.kind === 'str')
            return { t: 'str', v: t.text };
        if (t.kind === 'op' && t.text === '(') {
            const inner = this.nested(() => this.or());
            this.expect(')');
            return inner;
        }
        if (t.kind === 'name') {
            if (t.text === 'true' || t.text === 'false')
                return { t: 'bool', v: t.text === 'true' };
            if (t.text === 'result')
                return { t: 'result' };
            if (t.text === 'NaN')
                return { t: 'num', v: Number.NaN };
            if (t.text === 'Inf')
                return { t: 'num', v: Number.POSITIVE_INFINITY };
            if (!FUNCTIONS.has(t.text)) {
                throw new ConditionError(`unknown name "${t.text}": use result, numbers, and the functions ${[...FUNCTIONS].join(', ')}`, t.col);
            }
            this.expect('(');
            const args = [];
            if (!this.isOp(')')) {
                args.push(this.nested(() => this.or()));
                while (this.isOp(',')) {
                    this.next();
                    args.push(this.nested(() => this.or()));
                }
            }
            this.expect(')');
            return { t: 'call', name: t.text, args, col: t.col };
        }
        throw new ConditionError(t.kind === 'end' ? 'the condition ends too early' : `unexpected "${t.text}"`, t.col);
    }
}
function parseCondition(source) {
    const ast = new Parser(tokenize(source)).parse();
    return {
        source,
        evaluate(result) {
            const v = evaluate(ast, result);
            if (typeof v !== 'boolean') {
                throw new ConditionError(`the condition "${source}" gives ${describe(v)}, not true or false`);
            }
            return v;
        },
    };
}
function describe(v) {
    if (v === null)
        return 'no value';
    if (Array.isArray(v))
        return `a list of ${v.length}`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
/** A list compared or combined with a scalar uses its single element; an empty list has no value. */
function scalar(v, col) {
    if (!Array.isArray(v))
        return v;
    if (v.length === 1)
        return scalar(v[0], col);
    if (v.length === 0)
        return null;
    throw new ConditionError(`a list of ${v.length} values needs an index, e.g. result[0]`, col);
}
function num(v, col, what) {
    const s = scalar(v, col);
    if (typeof s === 'number')
        return s;
    throw new ConditionError(`${what} needs a number, got ${describe(s)}`, col);
}
function evaluate(node, result) {
    switch (node.t) {
        case 'num':
        case 'str':
        case 'bool':
            return node.v;
        case 'result':
            return result;
        case 'unary': {
            const v = evaluate(node.arg, result);
            if (node.op === '-')
                return -num(v, 0, 'minus');
            const s = scalar(v, 0);
            if (typeof s !== 'boolean')
                throw new ConditionError(`"!" needs true or false, got ${describe(s)}`);
            return !s;
        }
        case 'index': {
            const target = evaluate(node.target, result);
            const i = num(evaluate(node.index, result), node.col, 'an index');
            if (!Array.isArray(target)) {
                if (i === 0 && target !== null)
                    return target;
                throw new ConditionError(`cannot index ${describe(target)}`, node.col);
            }
            const item = target[i];
            if (item === undefined)
                throw new ConditionError(`index ${i} is out of range: the result has ${target.length} values`, node.col);
            return item;
        }
        case 'call':
            return call(node.name, node.args.map((a) => evaluate(a, result)), node.col);
        case 'binary':
            return binary(node, result);
    }
}
function binary(node, result) {
    if (node.op === '&&' || node.op === '||') {
        const l = scalar(evaluate(node.left, result), node.col);
        if (typeof l !== 'boolean')
            throw new ConditionError(`"${node.op}" needs true or false, got ${describe(l)}`, node.col);
        if (node.op === '&&' && !l)
            return false;
        if (node.op === '||' && l)
            return true;
        const r = scalar(evaluate(node.right, result), node.col);
        if (typeof r !== 'boolean')
            throw new ConditionError(`"${node.op}" needs true or false, got ${describe(r)}`, node.col);
        return r;
    }
    const lv = evaluate(node.left, result);
    const rv = evaluate(node.right, result);
    if (node.op === '==' || node.op === '!=') {
        const l = scalar(lv, node.col);
        const r = scalar(rv, node.col);
        return node.op === '==' ? l === r : l !== r;
    }
    const l = num(lv, node.col, `"${node.op}"`);
    const r = num(rv, node.col, `"${node.op}"`);
    switch (node.op) {
        case '<':
            return l < r;
        case '<=':
            return l <= r;
        case '>':
            return l > r;
        case '>=':
            return l >= r;
        case '+':
            return l + r;
        case '-':
            return l - r;
        case '*':
            return l * r;
        case '/':
            return l / r;
        case '%':
            return l % r;
        default:
            throw new ConditionError(`unknown operator "${node.op}"`, node.col);
    }
}
function call(name, args, col) {
    const arity = (n) => {
        if (args.length !== n)
            throw new ConditionError(`${name}() takes ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`, col);
    };
    switch (name) {
        case 'len': {
            arity(1);
            const v = args[0];
            if (Array.isArray(v))
                return v.length;
            if (typeof v === 'string')
                return v.length;
            return v === null ? 0 : 1;
        }
        case 'isNaN':
            arity(1);
            return Number.isNaN(num(args[0], col, 'isNaN()'));
        case 'isInf': {
            arity(1);
            const v = num(args[0], col, 'isInf()');
            return v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY;
        }
        case 'default': {
            arity(2);
            const v = args[0];
            const empty = v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'number' && Number.isNaN(v));
            return empty ? args[1] : v;
        }
        case 'abs':
            arity(1);
            return Math.abs(num(args[0], col, 'abs()'));
        case 'min':
        case 'max': {
            const flat = args.flatMap((a) => (Array.isArray(a) ? a : [a])).map((a) => num(a, col, `${name}()`));
            if (flat.length === 0)
                throw new ConditionError(`${name}() of nothing`, col);
            return name === 'min' ? Math.min(...flat) : Math.max(...flat);
        }
        default:
            throw new ConditionError(`unknown function ${name}()`, col);
    }
}


/***/ })

};
