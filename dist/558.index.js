export const id = 558;
export const ids = [558];
export const modules = {

/***/ 16558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _cluster_lease_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17424);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _rollout_history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96849);
/* harmony import */ var _rollout_manifests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75851);
/* harmony import */ var _rollout_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37555);
/* harmony import */ var _rollout_session_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22613);
/* harmony import */ var _rollout_state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39280);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85583);








/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .defineCommand */ .NB)({
    name: 'status',
    summary: 'show the stable and canary of the model, a rollout in progress, the lease and the revision history',
    options: {
        format: { type: 'string', value: 'json|markdown', description: 'output format', default: 'markdown' },
        ..._rollout_session_js__WEBPACK_IMPORTED_MODULE_5__/* .clusterOptions */ .dU,
    },
    async run(ctx, options) {
        const format = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .stringOption */ .Pp)(options, 'format') ?? 'markdown';
        if (format !== 'json' && format !== 'markdown')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--format must be json or markdown, got "${format}"`);
        const s = (0,_rollout_session_js__WEBPACK_IMPORTED_MODULE_5__/* .openSession */ .fA)(ctx, options);
        const { namespace, name, canaryName } = s.objects;
        const [stable, canary, lease, history] = await Promise.all([
            s.kube.read('read stable Deployment', () => s.kube.apps.readNamespacedDeployment({ name, namespace })),
            s.kube.read('read canary Deployment', () => s.kube.apps.readNamespacedDeployment({ name: canaryName, namespace })),
            s.kube.read('read Lease', () => s.kube.coordination.readNamespacedLease({ name: `${name}-model-deploy`, namespace })),
            (0,_rollout_history_js__WEBPACK_IMPORTED_MODULE_2__/* .readHistory */ .Lu)(s.kube, s.objects),
        ]);
        const state = canary ? (0,_rollout_state_js__WEBPACK_IMPORTED_MODULE_6__/* .readState */ .un)(canary.metadata?.annotations) : undefined;
        const deploymentStatus = (d) => d
            ? {
                image: (0,_rollout_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .imageOf */ .dT)(d),
                replicas: d.spec?.replicas ?? 0,
                ready: d.status?.readyReplicas ?? 0,
                updated: d.status?.updatedReplicas ?? 0,
            }
            : null;
        const lv = (0,_cluster_lease_js__WEBPACK_IMPORTED_MODULE_0__/* .leaseView */ .OE)(lease);
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
            `## ${(0,_rollout_report_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(namespace)}/${(0,_rollout_report_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(name)}`,
            '',
            `- stable: ${report.stable ? `\`${report.stable.image}\` ${report.stable.ready}/${report.stable.replicas} ready` : 'none'}`,
            `- canary: ${report.canary ? `\`${report.canary.image}\` ${report.canary.ready}/${report.canary.replicas} ready` : 'none'}`,
            ...(inProgress
                ? [
                    `- rollout: revision ${inProgress.revision} ${inProgress.phase}, step ${inProgress.step}/${inProgress.steps}, weight ${inProgress.weight}%${inProgress.abortReason ? `, aborting: ${(0,_rollout_report_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(inProgress.abortReason)}` : ''}`,
                ]
                : []),
            `- lease: ${report.lease ? `held by ${(0,_rollout_report_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(report.lease.holder)} (renewed ${report.lease.renewedAt})` : 'free'}`,
            '',
            '| revision | verdict | image | model version | git sha | time |',
            '| --- | --- | --- | --- | --- | --- |',
            ...[...history]
                .reverse()
                .map((r) => `| ${r.revision} | ${r.verdict} | \`${r.image}\` | ${(0,_rollout_report_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)(r.modelVersion ?? '')} | ${(0,_rollout_report_js__WEBPACK_IMPORTED_MODULE_4__/* .cell */ .Hn)((r.gitSha ?? '').slice(0, 12))} | ${r.at} |`),
        ];
        return { stdout: lines.join('\n'), outputs };
    },
}));


/***/ })

};
