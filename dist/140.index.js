export const id = 140;
export const ids = [140];
export const modules = {

/***/ 35140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FORMATS: () => (/* binding */ FORMATS),
  "default": () => (/* binding */ plan)
});

;// CONCATENATED MODULE: ./lib/dag/matrix.js
/**
 * One `strategy.matrix` value per stage that has tasks to run, in stage order:
 * `[{ "include": [{ "task": "build", "runner": "cpu", "stage": 0 }, ...] }, ...]`.
 * Skipped tasks are left out, and so are stages left empty by them.
 */
function planMatrix(plan) {
    const byStage = new Map();
    for (const t of plan.tasks) {
        if (t.skipped)
            continue;
        const list = byStage.get(t.stage) ?? [];
        list.push({ task: t.id, runner: t.pool, stage: t.stage });
        byStage.set(t.stage, list);
    }
    return [...byStage.keys()].sort((a, b) => a - b).map((stage) => ({ include: byStage.get(stage) }));
}

// EXTERNAL MODULE: ./lib/dag/options.js
var options = __webpack_require__(92966);
// EXTERNAL MODULE: ./lib/dag/prepare.js + 6 modules
var prepare = __webpack_require__(83243);
// EXTERNAL MODULE: ./lib/dag/render.js
var render = __webpack_require__(66342);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/plan.js






const FORMATS = ['json', 'markdown', 'matrix'];
/* harmony default export */ const plan = ((0,command/* defineCommand */.NB)({
    name: 'plan',
    summary: 'plan the pipeline tasks as a staged DAG: critical path and a runner-limited schedule',
    options: {
        format: {
            type: 'string',
            value: 'json|markdown|matrix',
            description: 'output format',
            default: 'markdown',
        },
        ...options/* affectedOptions */.j,
    },
    help: [
        'Durations: the median of recorded runs (pipeline.history) replaces the estimate in the config.',
        'Times are milliseconds from the start of the pipeline. The markdown also goes to the job summary;',
        'matrix prints one strategy.matrix per stage (also the `matrix` output).',
    ].join('\n'),
    async run(ctx, options) {
        const format = (0,command/* stringOption */.Pp)(options, 'format') ?? 'markdown';
        if (!FORMATS.includes(format)) {
            throw new errors/* InputError */.dz(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
        }
        const { plan } = await (0,prepare/* preparePipeline */.Y)(ctx, {
            configPath: (0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml',
            changedFrom: (0,command/* stringOption */.Pp)(options, 'changed-from'),
            changed: (0,command/* listOption */.y8)(options, 'changed'),
            useCache: !(0,command/* booleanOption */.Ic)(options, 'no-cache'),
        });
        const matrix = planMatrix(plan);
        const summary = (0,render/* renderMarkdown */.Gc)(plan);
        const stdout = format === 'json'
            ? JSON.stringify(plan, null, 2)
            : format === 'matrix'
                ? JSON.stringify(matrix, null, 2)
                : summary;
        return {
            stdout,
            summary,
            outputs: {
                matrix: JSON.stringify(matrix),
                stages: String(matrix.length),
                makespan: String(Math.round(plan.makespan)),
                'lower-bound': String(Math.round(plan.lowerBound)),
                'critical-path': plan.criticalPath.join(','),
            },
        };
    },
}));


/***/ })

};
