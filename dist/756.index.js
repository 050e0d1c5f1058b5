export const id = 756;
export const ids = [756];
export const modules = {

/***/ 4756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1383);
/* harmony import */ var _rollout_history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96849);
/* harmony import */ var _rollout_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22613);
/* harmony import */ var _rollout_spec_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31858);
/* harmony import */ var _rollout_state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(39280);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(85583);









/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .defineCommand */ .NB)({
    name: 'abort',
    summary: 'roll back a rollout in progress: traffic to stable, canary removed',
    options: {
        ..._rollout_session_js__WEBPACK_IMPORTED_MODULE_5__/* .clusterOptions */ .dU,
        'wait-lock': {
            type: 'string',
            value: 'DURATION',
            description: 'wait this long for a live rollout holding the lease (default: deploy.lease + 5s)',
        },
    },
    help: 'Reads the rollout state from the cluster. The action runs it as its last step after a failure or cancel. Exit 0 when nothing is left half-done.',
    async run(ctx, options) {
        // The action runs abort after ANY failure: a job that failed before a rollout could start has nothing to undo.
        const nothing = nothingToAbort(ctx, options);
        if (nothing) {
            ctx.log.info(`abort: nothing to abort (${nothing})`);
            return { stdout: `nothing to abort: ${nothing}` };
        }
        const s = (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_5__/* .openSession */ .fA)(ctx, options);
        const canary = await s.kube.read('read canary Deployment', () => s.kube.apps.readNamespacedDeployment({ name: s.objects.canaryName, namespace: s.objects.namespace }));
        const state = (0,_rollout_state_js__WEBPACK_IMPORTED_MODULE_7__/* .readState */ .un)(canary?.metadata?.annotations);
        const history = await (0,_rollout_history_js__WEBPACK_IMPORTED_MODULE_4__/* .readHistory */ .Lu)(s.kube, s.objects);
        const image = canary?.spec?.template.spec?.containers[0]?.image ?? s.deploy.image ?? 'none';
        const spec = (0,_rollout_spec_js__WEBPACK_IMPORTED_MODULE_6__/* .buildSpec */ .m)(s.objects, {
            image,
            runId: (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_5__/* .newRunId */ .F$)(s.holder),
            intent: 'abort',
            nextRevision: state.ok ? state.state.revision : (0,_rollout_history_js__WEBPACK_IMPORTED_MODULE_4__/* .nextRevision */ .fB)(history),
        });
        const out = await (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_5__/* .runUnderLease */ .YI)(ctx, s, spec, {
            waitMs: (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_5__/* .waitOption */ .fz)(options, 'wait-lock', s.deploy.lease + 5000),
            title: 'Abort',
        });
        const { result, ...rest } = out;
        // Rolling back is what abort is for: it succeeded when nothing is left half-done.
        if (result.verdict === 'rolled-back' || result.verdict === 'unchanged') {
            const { failed: _f, exitCode: _e, ...ok } = rest;
            return { ...ok, stdout: result.reason };
        }
        return rest;
    },
}));
function nothingToAbort(ctx, options) {
    const path = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(options, 'config') ?? 'model-deploy.yml';
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.cwd, path)))
        return `no config file ${path}`;
    const { config } = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(path, { cwd: ctx.cwd, env: ctx.env });
    if (!config.deploy)
        return 'the config has no deploy: section';
    const kubeconfig = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .stringOption */ .Pp)(options, 'kubeconfig') ?? ctx.kubeconfigPath ?? ctx.env.KUBECONFIG;
    if (!kubeconfig && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config')))
        return 'no kubeconfig, so no rollout was started';
    return undefined;
}


/***/ }),

/***/ 31858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ buildSpec)
/* harmony export */ });
/* unused harmony export specHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _analysis_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49051);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75851);




/** Everything that defines a rollout, hashed: the same hash on a rerun means the same rollout. */
function specHash(o, image) {
    const d = o.deploy;
    const material = {
        image,
        replicas: d.replicas,
        template: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .podTemplate */ .oM)(o, 'canary', image),
        router: d.traffic,
        steps: d.steps,
        metrics: d.analysis.metrics,
        interval: d.analysis.interval,
    };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(material)).digest('hex').slice(0, 16);
}
function buildSpec(o, options) {
    const d = o.deploy;
    const { rules, problems } = (0,_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .compileMetrics */ .fk)(d.analysis.metrics, d.analysis.interval);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(problems.map((p) => ({
            path: `deploy.analysis.metrics[${p.index}].${p.field}`,
            message: `metric "${p.metric}": ${p.message}`,
        })));
    }
    return {
        image: options.image,
        replicas: d.replicas,
        steps: options.rollbackTo !== undefined ? [] : d.steps,
        specHash: specHash(o, options.image),
        runId: options.runId,
        router: d.traffic.router,
        metrics: rules,
        intervalMs: d.analysis.interval,
        startupDeadlineMs: d.probes['startup-deadline'],
        onRerun: d.rollback['on-rerun'],
        dynamicStableScale: d['dynamic-stable-scale'],
        intent: options.intent,
        nextRevision: options.nextRevision,
        ...(options.rollbackTo !== undefined ? { rollbackTo: options.rollbackTo } : {}),
    };
}


/***/ })

};
