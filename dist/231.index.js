export const id = 231;
export const ids = [231];
export const modules = {

/***/ 8231:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _pipeline_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(65733);
/* harmony import */ var _rollout_cluster_options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87384);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85583);




/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .defineCommand */ .NB)({
    name: 'deploy',
    summary: 'canary rollout with analysis and automatic rollback',
    options: {
        image: { type: 'string', value: 'REF', description: 'image to roll out (default: deploy.image)' },
        ..._rollout_cluster_options_js__WEBPACK_IMPORTED_MODULE_2__/* .clusterOptions */ .d,
        prometheus: {
            type: 'string',
            value: 'URL',
            description: 'Prometheus for analysis (default: deploy.analysis.prometheus)',
        },
        'require-gates': {
            type: 'string',
            value: 'true|false',
            description: 'refuse an image without passing scan and evaluation records (default: deploy.require-gates, else true on a release tag)',
        },
        'wait-lock': {
            type: 'string',
            value: 'DURATION',
            description: 'wait this long for another rollout of the model to finish (default: twice deploy.lease)',
        },
    },
    help: [
        'Creates the Deployment on a first deploy; otherwise runs deploy.steps on a canary Deployment, analysing',
        'each step, then promotes (stable takes the image) or rolls back (traffic to stable first, canary removed).',
        'State lives in annotations on the canary: a rerun after a kill resumes or rolls back (deploy.rollback.on-rerun).',
        'Exit 1 when the rollout was rolled back or failed; the job summary holds the report.',
    ].join('\n'),
    async run(ctx, options) {
        const { requireGateRecords } = await Promise.all(/* import() */[__webpack_require__.e(333), __webpack_require__.e(207)]).then(__webpack_require__.bind(__webpack_require__, 58207));
        const { decide } = await Promise.all(/* import() */[__webpack_require__.e(61), __webpack_require__.e(43)]).then(__webpack_require__.bind(__webpack_require__, 88061));
        const { newRunId, nextRevisionNow, openSession, runUnderLease, sessionRunner, waitOption } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(72), __webpack_require__.e(830), __webpack_require__.e(119), __webpack_require__.e(118), __webpack_require__.e(901), __webpack_require__.e(413), __webpack_require__.e(521), __webpack_require__.e(130), __webpack_require__.e(238), __webpack_require__.e(61), __webpack_require__.e(168)]).then(__webpack_require__.bind(__webpack_require__, 48168));
        const { buildSpec } = await __webpack_require__.e(/* import() */ 858).then(__webpack_require__.bind(__webpack_require__, 31858));
        const s = openSession(ctx, options);
        const image = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(options, 'image') ?? s.deploy.image;
        if (!image)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('no image to deploy: pass --image REF (the action passes the image it built) or set deploy.image');
        const { refuseUnpullableImage } = await __webpack_require__.e(/* import() */ 124).then(__webpack_require__.bind(__webpack_require__, 81124));
        await refuseUnpullableImage(s.kube, image, ctx.cwd);
        const requireGates = requireGatesFor(options, s.deploy['require-gates'], ctx.env);
        if (requireGates && !ctx.dryRun)
            await requireGateRecords(ctx, image);
        const prometheus = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(options, 'prometheus');
        const spec = buildSpec(s.objects, {
            image,
            runId: newRunId(s.holder),
            intent: 'deploy',
            nextRevision: await nextRevisionNow(s),
        });
        if (ctx.dryRun) {
            const runner = sessionRunner(ctx, s, spec, { revisionInfo: {} });
            const decision = decide(spec, await runner.observe(), ctx.now().getTime());
            const lines = [
                `dry run: ${decision.progress.message}`,
                ...decision.actions.map((a) => `would ${a.kind}${'replicas' in a ? ` ${a.replicas}` : ''}${'weight' in a ? ` ${a.weight}%` : ''}`),
            ];
            return { stdout: lines.join('\n'), outputs: { verdict: 'dry-run' } };
        }
        const { result: _result, ...rest } = await runUnderLease(ctx, s, spec, {
            waitMs: waitOption(options, 'wait-lock', 2 * s.deploy.lease),
            ...(prometheus ? { prometheus } : {}),
            title: 'Canary rollout',
        });
        return rest;
    },
}));
/** --require-gates, else deploy.require-gates, else on for release tags (GitHub, GitLab, Jenkins). */
function requireGatesFor(options, configured, env) {
    const flag = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .stringOption */ .Pp)(options, 'require-gates');
    if (flag !== undefined) {
        if (flag !== 'true' && flag !== 'false')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`--require-gates must be true or false, got "${flag}"`);
        return flag === 'true';
    }
    return configured ?? (0,_pipeline_context_js__WEBPACK_IMPORTED_MODULE_1__/* .detectContext */ .h)(env).trigger === 'release';
}


/***/ }),

/***/ 65733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ detectContext)
/* harmony export */ });
/* unused harmony export releaseOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);

const SEMVER_TAG = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;
function releaseOf(tag) {
    const m = tag ? SEMVER_TAG.exec(tag) : null;
    return m && tag ? { tag, version: m[1] } : undefined;
}
/** Maps CI variables (GitHub Actions, GitLab CI, Jenkins) to one RunContext. Pure but for reading the event file. */
function detectContext(env, readEvent = (p) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(p, 'utf8')) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_EVENT_NAME)
        return github(env, readEvent);
    if (env.GITLAB_CI)
        return gitlab(env);
    if (env.JENKINS_URL || env.BUILD_TAG?.startsWith('jenkins-'))
        return jenkins(env);
    const tag = env.MODEL_DEPLOY_TAG;
    const release = releaseOf(tag);
    return {
        ci: 'local',
        trigger: env.MODEL_DEPLOY_EVENT === 'pull_request' ? 'pull_request' : release ? 'release' : 'other',
        sha: env.MODEL_DEPLOY_SHA ?? '',
        ref: tag ? `refs/tags/${tag}` : '',
        repository: env.MODEL_DEPLOY_REPOSITORY ?? 'local/model',
        ...(release ? { release } : {}),
    };
}
function github(env, readEvent) {
    let event = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            event = JSON.parse(readEvent(env.GITHUB_EVENT_PATH));
        }
        catch {
            event = {};
        }
    }
    const name = env.GITHUB_EVENT_NAME ?? '';
    const ref = env.GITHUB_REF ?? '';
    const repository = env.GITHUB_REPOSITORY ?? '';
    const base = {
        ci: 'github',
        sha: env.GITHUB_SHA ?? '',
        ref,
        repository,
        ...(env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
            ? { runUrl: `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
    };
    if ((name === 'pull_request' || name === 'pull_request_target') && event.pull_request) {
        const pr = event.pull_request;
        const head = pr.head.repo?.full_name;
        return {
            ...base,
            trigger: 'pull_request',
            pullRequest: {
                number: pr.number,
                fork: !!head && head !== (pr.base.repo?.full_name ?? repository),
                headRef: pr.head.ref,
                baseRef: pr.base.ref,
            },
        };
    }
    if (name === 'workflow_dispatch' &&
        (event.inputs?.rollback === true || event.inputs?.rollback === 'true')) {
        const to = Number(event.inputs?.revision ?? event.inputs?.to);
        return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
    }
    const release = ref.startsWith('refs/tags/') ? releaseOf(ref.slice('refs/tags/'.length)) : undefined;
    return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}
function gitlab(env) {
    const base = {
        ci: 'gitlab',
        sha: env.CI_COMMIT_SHA ?? '',
        ref: env.CI_COMMIT_TAG
            ? `refs/tags/${env.CI_COMMIT_TAG}`
            : `refs/heads/${env.CI_COMMIT_BRANCH ?? env.CI_COMMIT_REF_NAME ?? ''}`,
        repository: env.CI_PROJECT_PATH ?? '',
        ...(env.CI_PIPELINE_URL ? { runUrl: env.CI_PIPELINE_URL } : {}),
    };
    if (env.CI_PIPELINE_SOURCE === 'merge_request_event' && env.CI_MERGE_REQUEST_IID) {
        return {
            ...base,
            trigger: 'pull_request',
            pullRequest: {
                number: Number(env.CI_MERGE_REQUEST_IID),
                fork: !!env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH &&
                    env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH !== env.CI_MERGE_REQUEST_PROJECT_PATH,
                headRef: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
                baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? '',
            },
        };
    }
    if (env.MODEL_DEPLOY_ROLLBACK === 'true') {
        const to = Number(env.MODEL_DEPLOY_ROLLBACK_TO);
        return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
    }
    const release = releaseOf(env.CI_COMMIT_TAG);
    return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}
function jenkins(env) {
    const base = {
        ci: 'jenkins',
        sha: env.GIT_COMMIT ?? '',
        ref: env.TAG_NAME ? `refs/tags/${env.TAG_NAME}` : `refs/heads/${env.BRANCH_NAME ?? env.GIT_BRANCH ?? ''}`,
        repository: env.MODEL_DEPLOY_REPOSITORY ?? env.JOB_NAME ?? '',
        ...(env.BUILD_URL ? { runUrl: env.BUILD_URL } : {}),
    };
    if (env.CHANGE_ID) {
        return {
            ...base,
            trigger: 'pull_request',
            pullRequest: {
                number: Number(env.CHANGE_ID),
                fork: !!env.CHANGE_FORK,
                headRef: env.CHANGE_BRANCH ?? '',
                baseRef: env.CHANGE_TARGET ?? '',
            },
        };
    }
    if (env.MODEL_DEPLOY_ROLLBACK === 'true') {
        const to = Number(env.MODEL_DEPLOY_ROLLBACK_TO);
        return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
    }
    const release = releaseOf(env.TAG_NAME);
    return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
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
