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
/* harmony import */ var _rollout_cluster_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87384);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85583);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .NB)({
    name: 'rollback',
    summary: 'restore an earlier revision from the history kept in the cluster',
    options: {
        to: {
            type: 'string',
            value: 'REVISION',
            description: 'revision number (see `model-deploy status`); default: the previous promoted one',
        },
        ..._rollout_cluster_options_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterOptions */ .d,
        'wait-lock': {
            type: 'string',
            value: 'DURATION',
            description: 'wait this long for another rollout (default: twice deploy.lease)',
        },
    },
    help: 'Skips steps and analysis (a fast-track rollback): stable takes the old image with a surge that fits, never below its ready count.',
    async run(ctx, options) {
        const { previousPromoted, readHistory } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 96849));
        const { newRunId, openSession, revisionAfter, runUnderLease, waitOption } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(118), __webpack_require__.e(901), __webpack_require__.e(413), __webpack_require__.e(521), __webpack_require__.e(130), __webpack_require__.e(238), __webpack_require__.e(61), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 48168));
        const { buildSpec } = await __webpack_require__.e(/* import() */ 858).then(__webpack_require__.bind(__webpack_require__, 31858));
        const s = openSession(ctx, options);
        const history = await readHistory(s.kube, s.objects);
        const { stable } = await s.workload.read();
        if (!stable)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${s.workload.stableName} does not exist: nothing to roll back`);
        const to = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(options, 'to');
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
            target = previousPromoted(history, stable.image);
            if (!target)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`no earlier promoted revision of ${s.objects.name} to roll back to; see model-deploy status`);
        }
        const spec = buildSpec(s.objects, {
            image: target.image,
            runId: newRunId(s.holder),
            intent: 'deploy',
            nextRevision: revisionAfter(history, stable),
            rollbackTo: target.revision,
        });
        const { result: _r, ...rest } = await runUnderLease(ctx, s, spec, {
            waitMs: waitOption(options, 'wait-lock', 2 * s.deploy.lease),
            title: `Rollback to revision ${target.revision}`,
        });
        return rest;
    },
}));


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
