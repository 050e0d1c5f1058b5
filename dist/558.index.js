export const id = 558;
export const ids = [558];
export const modules = {

/***/ 16558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _rollout_cluster_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87384);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85583);



/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .defineCommand */ .NB)({
    name: 'status',
    summary: 'show the stable and canary of the model, a rollout in progress, the lease and the revision history',
    options: {
        format: { type: 'string', value: 'json|markdown', description: 'output format', default: 'markdown' },
        ..._rollout_cluster_options_js__WEBPACK_IMPORTED_MODULE_1__/* .clusterOptions */ .d,
    },
    async run(ctx, options) {
        const { leaseView } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(118), __webpack_require__.e(901), __webpack_require__.e(424)]).then(__webpack_require__.bind(__webpack_require__, 17424));
        const { readHistory } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 96849));
        const { code, escapeMarkdown: cell, table } = await __webpack_require__.e(/* import() */ 21).then(__webpack_require__.bind(__webpack_require__, 63021));
        const { openSession } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(118), __webpack_require__.e(901), __webpack_require__.e(413), __webpack_require__.e(521), __webpack_require__.e(130), __webpack_require__.e(238), __webpack_require__.e(61), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 48168));
        const { readState } = await __webpack_require__.e(/* import() */ 280).then(__webpack_require__.bind(__webpack_require__, 39280));
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(options, 'format') ?? 'markdown';
        if (format !== 'json' && format !== 'markdown')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--format must be json or markdown, got "${format}"`);
        const s = openSession(ctx, options);
        const { namespace, name } = s.objects;
        const [{ stable, canary }, lease, history] = await Promise.all([
            s.workload.read(),
            s.kube.read('read Lease', () => s.kube.coordination.readNamespacedLease({ name: `${name}-model-deploy`, namespace })),
            readHistory(s.kube, s.objects),
        ]);
        const state = canary ? readState(canary.annotations) : undefined;
        const deploymentStatus = (d) => d ? { image: d.image, replicas: d.replicas, ready: d.readyReplicas, updated: d.updatedReplicas } : null;
        const lv = leaseView(lease);
        const report = {
            namespace,
            name,
            stable: deploymentStatus(stable),
            canary: deploymentStatus(canary),
            rollout: state?.ok
                ? {
                    phase: state.state.phase,
                    revision: state.state.revision,
                    step: state.state.step + 1,
                    steps: s.deploy.steps.length,
                    weight: state.state.weight,
                    startedAt: new Date(state.state.startedAt).toISOString(),
                    ...(state.state.abortReason ? { abortReason: state.state.abortReason } : {}),
                    analysis: state.state.analysis,
                }
                : state
                    ? { problem: state.problem }
                    : null,
            lease: lv?.holder
                ? {
                    holder: lv.holder,
                    renewedAt: lv.renewedAt ? new Date(lv.renewedAt).toISOString() : null,
                    durationSeconds: lv.durationMs / 1000,
                }
                : null,
            history,
        };
        const inProgress = report.rollout && 'phase' in report.rollout ? report.rollout : undefined;
        const outputs = {
            'stable-image': report.stable?.image ?? '',
            'rollout-in-progress': String(canary !== undefined),
            revision: String(history[history.length - 1]?.revision ?? ''),
        };
        if (format === 'json')
            return { stdout: JSON.stringify(report, null, 2), outputs };
        const lines = [
            `## ${cell(namespace)}/${cell(name)}`,
            '',
            `- stable: ${report.stable ? `${code(report.stable.image)} ${report.stable.ready}/${report.stable.replicas} ready` : 'none'}`,
            `- canary: ${report.canary ? `${code(report.canary.image)} ${report.canary.ready}/${report.canary.replicas} ready` : 'none'}`,
            ...(inProgress
                ? [
                    `- rollout: revision ${inProgress.revision} ${inProgress.phase}, step ${inProgress.step}/${inProgress.steps}, weight ${inProgress.weight}%${inProgress.abortReason ? `, aborting: ${cell(inProgress.abortReason)}` : ''}`,
                ]
                : []),
            `- lease: ${report.lease ? `held by ${cell(report.lease.holder)} (renewed ${report.lease.renewedAt})` : 'free'}`,
            '',
            table(['revision', 'verdict', 'image', 'model version', 'git sha', 'time'], [...history]
                .reverse()
                .map((r) => [
                String(r.revision),
                cell(r.verdict),
                code(r.image),
                cell(r.modelVersion ?? ''),
                cell((r.gitSha ?? '').slice(0, 12)),
                cell(r.at),
            ]), { max: 30, more: (n) => `_… and ${n} older revisions: \`--format json\` lists every one._` }),
        ];
        return { stdout: lines.join('\n'), outputs };
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
