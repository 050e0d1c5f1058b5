export const id = 280;
export const ids = [280];
export const modules = {

/***/ 39280:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ww: () => (/* binding */ stateAnnotations),
/* harmony export */   YX: () => (/* binding */ ANNOTATION),
/* harmony export */   d_: () => (/* binding */ LABEL),
/* harmony export */   readState: () => (/* binding */ readState),
/* harmony export */   u: () => (/* binding */ MANAGER)
/* harmony export */ });
/** Annotation keys on the objects model-deploy owns; the cluster is the only memory of a rollout. */
const ANNOTATION = {
    state: 'model-deploy.io/rollout-state',
    revision: 'model-deploy.io/revision',
    specHash: 'model-deploy.io/spec-hash',
    step: 'model-deploy.io/step',
    startedAt: 'model-deploy.io/started-at',
    stepStartedAt: 'model-deploy.io/step-started-at',
    abortedAt: 'model-deploy.io/aborted-at',
    abortReason: 'model-deploy.io/abort-reason',
    firstDeploy: 'model-deploy.io/first-deploy-started-at',
};
const LABEL = {
    name: 'app.kubernetes.io/name',
    instance: 'app.kubernetes.io/instance',
    version: 'app.kubernetes.io/version',
    managedBy: 'app.kubernetes.io/managed-by',
    track: 'track',
};
const MANAGER = 'model-deploy';
/** Annotations that carry the state: one JSON document plus readable copies of the key fields. */
function stateAnnotations(state) {
    return {
        [ANNOTATION.state]: JSON.stringify(state),
        [ANNOTATION.revision]: String(state.revision),
        [ANNOTATION.specHash]: state.specHash,
        [ANNOTATION.step]: String(state.step),
        [ANNOTATION.startedAt]: new Date(state.startedAt).toISOString(),
        [ANNOTATION.stepStartedAt]: new Date(state.stepStartedAt).toISOString(),
        ...(state.abortedAt !== undefined
            ? { [ANNOTATION.abortedAt]: new Date(state.abortedAt).toISOString() }
            : {}),
        ...(state.abortReason !== undefined
            ? { [ANNOTATION.abortReason]: state.abortReason.slice(0, 1000) }
            : {}),
    };
}
function readState(annotations) {
    const raw = annotations?.[ANNOTATION.state];
    if (raw === undefined)
        return { ok: false, problem: `no ${ANNOTATION.state} annotation` };
    try {
        const s = JSON.parse(raw);
        const phases = ['progressing', 'promoting', 'aborting'];
        if (!s ||
            typeof s !== 'object' ||
            !phases.includes(s.phase) ||
            typeof s.step !== 'number' ||
            typeof s.specHash !== 'string' ||
            typeof s.runId !== 'string' ||
            typeof s.stableImage !== 'string') {
            return { ok: false, problem: `${ANNOTATION.state} is not a rollout state written by model-deploy` };
        }
        return { ok: true, state: { analysis: {}, ...s } };
    }
    catch {
        return { ok: false, problem: `${ANNOTATION.state} is not valid JSON` };
    }
}


/***/ })

};
