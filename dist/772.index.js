export const id = 772;
export const ids = [772];
export const modules = {

/***/ 3772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _rollout_history_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96849);
/* harmony import */ var _rollout_manifests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75851);
/* harmony import */ var _rollout_session_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22613);
/* harmony import */ var _rollout_spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31858);
/* harmony import */ var _rollout_state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39280);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85583);







/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .defineCommand */ .NB)({
    name: 'rollback',
    summary: 'restore an earlier revision from the history kept in the cluster',
    options: {
        to: {
            type: 'string',
            value: 'REVISION',
            description: 'revision number (see `model-deploy status`); default: the previous promoted one',
        },
        ..._rollout_session_js__WEBPACK_IMPORTED_MODULE_3__/* .clusterOptions */ .dU,
        'wait-lock': {
            type: 'string',
            value: 'DURATION',
            description: 'wait this long for another rollout (default: twice deploy.lease)',
        },
    },
    help: 'Skips steps and analysis (a fast-track rollback): stable takes the old image with a surge that fits, never below its ready count.',
    async run(ctx, options) {
        const s = (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_3__/* .openSession */ .fA)(ctx, options);
        const history = await (0,_rollout_history_js__WEBPACK_IMPORTED_MODULE_1__/* .readHistory */ .Lu)(s.kube, s.objects);
        const stable = await s.kube.read('read stable Deployment', () => s.kube.apps.readNamespacedDeployment({ name: s.objects.name, namespace: s.objects.namespace }));
        if (!stable)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`Deployment ${s.objects.namespace}/${s.objects.name} does not exist: nothing to roll back`);
        const to = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .stringOption */ .Pp)(options, 'to');
        let target;
        if (to !== undefined) {
            const n = Number(to);
            if (!Number.isInteger(n) || n < 1)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--to must be a revision number, got "${to}"`);
            target = history.find((r) => r.revision === n);
            if (!target) {
                const known = history.map((r) => `${r.revision} (${r.verdict})`).join(', ') || 'none';
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`revision ${n} is not in the history of ${s.objects.name}; known revisions: ${known}`);
            }
        }
        else {
            target = (0,_rollout_history_js__WEBPACK_IMPORTED_MODULE_1__/* .previousPromoted */ .oV)(history, (0,_rollout_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .imageOf */ .dT)(stable));
            if (!target)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no earlier promoted revision of ${s.objects.name} to roll back to; see model-deploy status`);
        }
        const spec = (0,_rollout_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .buildSpec */ .m)(s.objects, {
            image: target.image,
            runId: (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_3__/* .newRunId */ .F$)(s.holder),
            intent: 'deploy',
            nextRevision: (0,_rollout_history_js__WEBPACK_IMPORTED_MODULE_1__/* .nextRevision */ .fB)(history, Number(stable.metadata?.annotations?.[_rollout_state_js__WEBPACK_IMPORTED_MODULE_5__/* .ANNOTATION */ .YX.revision] ?? 0)),
            rollbackTo: target.revision,
        });
        const { result: _r, ...rest } = await (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_3__/* .runUnderLease */ .YI)(ctx, s, spec, {
            waitMs: (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_3__/* .waitOption */ .fz)(options, 'wait-lock', 2 * s.deploy.lease),
            title: `Rollback to revision ${target.revision}`,
        });
        return rest;
    },
}));


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
