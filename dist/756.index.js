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
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(35130);
/* harmony import */ var _rollout_cluster_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87384);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85583);






/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .defineCommand */ .NB)({
    name: 'abort',
    summary: 'roll back a rollout in progress: traffic to stable, canary removed',
    options: {
        ..._rollout_cluster_options_js__WEBPACK_IMPORTED_MODULE_4__/* .clusterOptions */ .d,
        'wait-lock': {
            type: 'string',
            value: 'DURATION',
            description: 'wait this long for a live rollout holding the lease (default: deploy.lease + 5s)',
        },
    },
    help: 'Reads the rollout state from the cluster. The action runs it as its last step after a failure or cancel. Exit 0 when nothing is left half-done.',
    async run(ctx, options) {
        const { nextRevision, readHistory } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 96849));
        const { newRunId, openSession, runUnderLease, waitOption } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(118), __webpack_require__.e(901), __webpack_require__.e(413), __webpack_require__.e(521), __webpack_require__.e(238), __webpack_require__.e(61), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 48168));
        const { buildSpec } = await __webpack_require__.e(/* import() */ 477).then(__webpack_require__.bind(__webpack_require__, 31858));
        const { readState } = await __webpack_require__.e(/* import() */ 280).then(__webpack_require__.bind(__webpack_require__, 39280));
        // The action runs abort after ANY failure: a job that failed before a rollout could start has nothing to undo.
        const nothing = nothingToAbort(ctx, options);
        if (nothing) {
            ctx.log.info(`abort: nothing to abort (${nothing})`);
            return { stdout: `nothing to abort: ${nothing}` };
        }
        const s = openSession(ctx, options);
        const { canary } = await s.workload.read();
        const state = readState(canary?.annotations);
        const history = await readHistory(s.kube, s.objects);
        const image = canary?.image || s.deploy.image || 'none';
        const spec = buildSpec(s.objects, {
            image,
            runId: newRunId(s.holder),
            intent: 'abort',
            nextRevision: state.ok ? state.state.revision : nextRevision(history),
        });
        const out = await runUnderLease(ctx, s, spec, {
            waitMs: waitOption(options, 'wait-lock', s.deploy.lease + 5000),
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
    const path = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOption */ .Pp)(options, 'config') ?? 'model-deploy.yml';
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(ctx.cwd, path)))
        return `no config file ${path}`;
    const { config } = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadConfig */ .Z)(path, { cwd: ctx.cwd, env: ctx.env });
    if (!config.deploy)
        return 'the config has no deploy: section';
    const kubeconfig = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .stringOption */ .Pp)(options, 'kubeconfig') ?? ctx.kubeconfigPath ?? ctx.env.KUBECONFIG;
    if (!kubeconfig && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)(), '.kube', 'config')))
        return 'no kubeconfig, so no rollout was started';
    return undefined;
}


/***/ }),

/***/ 87384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ clusterOptions)
/* harmony export */ });
/** The --kubeconfig option of every command that talks to the cluster (kept apart from the client so --help stays light). */
const clusterOptions = {
    kubeconfig: {
        type: 'string',
        value: 'PATH',
        description: 'kubeconfig file (default: $KUBECONFIG, then ~/.kube/config)',
    },
};


/***/ })

};
