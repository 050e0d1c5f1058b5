export const id = 61;
export const ids = [61,280];
export const modules = {

/***/ 49051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   QZ: () => (/* binding */ worst),
/* harmony export */   e2: () => (/* binding */ isBad),
/* harmony export */   fk: () => (/* binding */ compileMetrics),
/* harmony export */   no: () => (/* binding */ assess),
/* harmony export */   r3: () => (/* binding */ nextMeasurementAt),
/* harmony export */   xd: () => (/* binding */ evaluateResult)
/* harmony export */ });
/* harmony import */ var _condition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49424);

/** Parses every metric's conditions; problems are returned, not thrown, so all are reported at once. */
function compileMetrics(metrics, defaultIntervalMs) {
    const problems = [];
    const rules = metrics.map((m, index) => {
        const parse = (field) => {
            const text = m[field];
            if (text === undefined)
                return undefined;
            try {
                return (0,_condition_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCondition */ .zB)(text);
            }
            catch (error) {
                if (!(error instanceof _condition_js__WEBPACK_IMPORTED_MODULE_0__/* .ConditionError */ .iG))
                    throw error;
                problems.push({
                    metric: m.name,
                    field,
                    index,
                    message: `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}": ${error.message}`,
                });
                return undefined;
            }
        };
        const provider = m.prometheus ? 'prometheus' : m.web ? 'web' : m.kubernetes ? 'kubernetes' : 'judge';
        const success = parse('success-condition');
        const failure = parse('failure-condition');
        return {
            name: m.name,
            provider,
            ...(success ? { success } : {}),
            ...(failure ? { failure } : {}),
            intervalMs: m.interval ?? defaultIntervalMs,
            ...(m.count !== undefined ? { count: m.count } : {}),
            initialDelayMs: m['initial-delay'] ?? 0,
            failureLimit: m['failure-limit'],
            inconclusiveLimit: m['inconclusive-limit'],
            consecutiveErrorLimit: m['consecutive-error-limit'],
            noData: m['no-data'],
            config: m,
        };
    });
    return { rules, problems };
}
/**
 * Phase of one query result under the metric's conditions (Argo's evaluate): with both conditions,
 * neither true is Inconclusive; with only a success condition, false is Failed; with only a failure
 * condition, false is Successful; with none, any data is Successful. No data follows `no-data`.
 * A value that is not a finite number is an Error unless the failure condition holds.
 */
function evaluateResult(metric, values) {
    if (values === null || values.length === 0) {
        const phase = metric.noData === 'pass' ? 'Successful' : metric.noData === 'inconclusive' ? 'Inconclusive' : 'Failed';
        return { phase, message: `no data (no-data: ${metric.noData})` };
    }
    const result = values.length === 1 ? values[0] : [...values];
    const odd = values.filter((v) => typeof v !== 'number' || !Number.isFinite(v));
    try {
        if (metric.failure?.evaluate(result))
            return { phase: 'Failed', message: `failure condition "${metric.failure.source}" is true` };
        // NaN (0/0 with no traffic), ±Inf or a non-number compares false to everything, so a lone
        // failure condition would call it a success. It is an Error instead, counted against
        // consecutive-error-limit, and never counted towards `count`.
        if (odd.length > 0) {
            return {
                phase: 'Error',
                message: `the query returned ${odd.map(String).join(', ')}: not a finite number, never a success (handle it in the failure-condition, e.g. isNaN(result), to fail at once)`,
            };
        }
        if (metric.success) {
            if (metric.success.evaluate(result))
                return { phase: 'Successful' };
            return metric.failure
                ? { phase: 'Inconclusive', message: 'neither the success nor the failure condition holds' }
                : { phase: 'Failed', message: `success condition "${metric.success.source}" is false` };
        }
        return { phase: 'Successful' };
    }
    catch (error) {
        if (error instanceof _condition_js__WEBPACK_IMPORTED_MODULE_0__/* .ConditionError */ .iG)
            return { phase: 'Error', message: error.message };
        throw error;
    }
}
/**
 * Argo's assessMetricStatus: more failures than failureLimit is Failed, more inconclusives than
 * inconclusiveLimit is Inconclusive, more consecutive errors than consecutiveErrorLimit is Error;
 * otherwise Successful once `count` measurements exist (or when `terminating`), else Running.
 */
function assess(metric, measurements, options = {}) {
    let failed = 0;
    let inconclusive = 0;
    let consecutiveErrors = 0;
    let errors = 0;
    for (const m of measurements) {
        if (m.phase === 'Error') {
            consecutiveErrors++;
            errors++;
            continue;
        }
        consecutiveErrors = 0;
        if (m.phase === 'Failed')
            failed++;
        else if (m.phase === 'Inconclusive')
            inconclusive++;
    }
    const n = measurements.length;
    if (failed > metric.failureLimit) {
        return {
            phase: 'Failed',
            reason: `${failed} of ${n} measurements failed (failure-limit ${metric.failureLimit})`,
        };
    }
    if (inconclusive > metric.inconclusiveLimit) {
        return {
            phase: 'Inconclusive',
            reason: `${inconclusive} of ${n} measurements inconclusive (inconclusive-limit ${metric.inconclusiveLimit})`,
        };
    }
    if (consecutiveErrors > metric.consecutiveErrorLimit) {
        return {
            phase: 'Error',
            reason: `${consecutiveErrors} consecutive measurement errors (consecutive-error-limit ${metric.consecutiveErrorLimit}); analysis fails closed`,
        };
    }
    // Counting errors against `count` would let an unreachable provider complete a metric.
    const counted = n - errors;
    if (options.count !== undefined && counted >= options.count) {
        return {
            phase: 'Successful',
            reason: `${counted} measurements, ${failed} failed, ${inconclusive} inconclusive`,
        };
    }
    if (options.terminating) {
        if (counted === 0)
            return {
                phase: 'Error',
                reason: 'the analysis ended without one successful query; analysis fails closed',
            };
        return { phase: 'Successful', reason: `${counted} measurements in the step, ${failed} failed` };
    }
    return { phase: 'Running', reason: `${n} measurements so far` };
}
const ORDER = ['Successful', 'Running', 'Inconclusive', 'Error', 'Failed'];
/** The worst phase wins: Failed > Error > Inconclusive > Running > Successful (all done and good). */
function worst(phases) {
    let w = 'Successful';
    for (const p of phases)
        if (ORDER.indexOf(p) > ORDER.indexOf(w))
            w = p;
    return w;
}
function isBad(phase) {
    return phase === 'Failed' || phase === 'Error' || phase === 'Inconclusive';
}
/** When the metric wants its next measurement: initial delay after the step starts, then every interval. */
function nextMeasurementAt(metric, measurements, stepStartedAt) {
    const last = measurements[measurements.length - 1];
    return last ? last.at + metric.intervalMs : stepStartedAt + metric.initialDelayMs;
}
/** Compact form of a number for progress lines and reports. */
function formatValue(values) {
    const f = (v) => Number.isInteger(v) ? String(v) : Math.abs(v) >= 100 ? v.toFixed(1) : Number(v.toPrecision(4)).toString();
    return values.length === 1 ? f(values[0]) : `[${values.map(f).join(', ')}]`;
}


/***/ }),

/***/ 88061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  decide: () => (/* binding */ decide),
  y: () => (/* binding */ describeProblems)
});

// UNUSED EXPORTS: peakCanaryReplicas

;// CONCATENATED MODULE: ./lib/cluster/placement-scale.js
function canaryReplicas(replicas, weight) {
    if (weight <= 0)
        return 0;
    return Math.min(replicas, Math.max(1, Math.ceil((replicas * weight) / 100)));
}
function stableScaleForWeight(input) {
    const { replicas, weight, canaryNow, stableNow, room, dynamic } = input;
    const canary = canaryReplicas(replicas, weight);
    const minStable = Math.min(stableNow, Math.ceil((replicas * (100 - weight)) / 100));
    const needed = Math.max(0, canary - canaryNow);
    const base = { canary, minStable };
    if (needed <= room) {
        return {
            ...base,
            stable: stableNow,
            scaleStableDownBy: 0,
            feasible: true,
            reason: `${needed} more canary pod(s) fit as they are (room for ${room})`,
        };
    }
    const short = needed - room;
    if (!dynamic) {
        return {
            ...base,
            stable: stableNow,
            scaleStableDownBy: 0,
            feasible: false,
            reason: `weight ${weight}% needs ${needed} more canary pod(s) but the cluster has room for ${room}; set deploy.dynamic-stable-scale: true to make room by scaling stable down, or add capacity`,
        };
    }
    const spare = stableNow - minStable;
    if (short > spare) {
        return {
            ...base,
            stable: minStable,
            scaleStableDownBy: stableNow - minStable,
            feasible: false,
            reason: `weight ${weight}% needs ${needed} more canary pod(s); the cluster has room for ${room} and stable can give up only ${spare} (it must keep ${minStable} for ${100 - weight}% of the traffic): short by ${short - spare}`,
        };
    }
    return {
        ...base,
        stable: stableNow - short,
        scaleStableDownBy: short,
        feasible: true,
        reason: `scale stable down by ${short} (to ${stableNow - short}, at least ${minStable} needed for ${100 - weight}% of the traffic) to make room for ${needed} canary pod(s)`,
    };
}

// EXTERNAL MODULE: ./lib/rollout/analysis.js
var analysis = __webpack_require__(49051);
// EXTERNAL MODULE: ./lib/rollout/state.js
var rollout_state = __webpack_require__(39280);
// EXTERNAL MODULE: ./lib/rollout/weights.js
var weights = __webpack_require__(5500);
;// CONCATENATED MODULE: ./lib/rollout/engine.js




/**
 * The rollout engine: one look at the cluster in, the next writes and when to look again out.
 * Pure: no clock (now is given), no I/O, never sleeps. All state it needs lives in the canary's
 * annotations (RolloutState), so any run can pick up where another stopped.
 */
function decide(spec, observed, now) {
    const { stable, canary } = observed;
    if (!canary) {
        if (spec.intent === 'abort') {
            return finish(spec, observed, 'unchanged', 'no rollout in progress: nothing to abort');
        }
        if (!stable)
            return firstDeploy(spec, observed, now);
        if (stable.image === spec.image)
            return settled(spec, observed, stable, now);
        return start(spec, observed, stable, now);
    }
    const read = (0,rollout_state.readState)(canary.annotations);
    if (!read.ok) {
        const orphan = {
            phase: 'aborting',
            step: 0,
            specHash: '',
            revision: 0,
            runId: spec.runId,
            startedAt: now,
            stepStartedAt: now,
            weight: 0,
            stableImage: stable?.image ?? '',
            stableReplicas: stable?.replicas ?? 0,
            stableReadyAtStart: 0,
            analysis: {},
        };
        return beginAbort(spec, observed, orphan, `found a canary Deployment without usable rollout state (${read.problem})`, now);
    }
    const state = read.state;
    if (state.phase === 'aborting')
        return continueAbort(spec, observed, state, now);
    if (!stable)
        return beginAbort(spec, observed, state, 'the stable workload disappeared during the rollout', now);
    if (spec.intent === 'abort')
        return beginAbort(spec, observed, state, 'aborted by `model-deploy abort`', now);
    if (observed.cancelled)
        return beginAbort(spec, observed, state, `cancelled: ${observed.cancelled}`, now);
    if (state.specHash !== spec.specHash) {
        return beginAbort(spec, observed, state, `found a half-done rollout of another spec (revision ${state.revision}, image ${canary.image}); rolled back before starting this one`, now);
    }
    if (state.runId !== spec.runId) {
        if (spec.onRerun === 'rollback') {
            return beginAbort(spec, observed, state, 'a rerun found this rollout half-done (deploy.rollback.on-rerun: rollback)', now);
        }
        return {
            actions: [{ kind: 'writeState', state: { ...state, runId: spec.runId } }],
            requeueAfterMs: 0,
            progress: progressOf(spec, observed, state, `resuming revision ${state.revision} at step ${stepLabel(spec, state)}`),
        };
    }
    if (canary.image !== spec.image) {
        // Only a workload written in two steps (kserve: state, then the predictor) can be caught half-way.
        return {
            actions: [{ kind: 'createCanary', state }],
            requeueAfterMs: waitMs(spec),
            progress: progressOf(spec, observed, state, `the canary does not run ${spec.image} yet: applying it`),
        };
    }
    if (state.phase === 'promoting')
        return promote(spec, observed, state, now);
    return progressStep(spec, observed, state, now);
}
/** dynamic-stable-scale: stable gives up pods as the canary grows (not with kserve, whose revisions Knative sizes). */
function dynamicScale(spec) {
    return spec.dynamicStableScale === true && spec.router !== 'kserve';
}
/** How soon to look again while pods start or roll: short, since each look is a few cheap reads. */
function waitMs(spec) {
    return Math.min(250, spec.intervalMs);
}
function firstDeploy(spec, observed, now) {
    if (observed.room && observed.room.pods < spec.replicas) {
        return finish(spec, observed, 'failed', `preflight: ${spec.replicas} pod(s) of ${spec.image} do not fit (${observed.room.pods} fit): ${observed.room.detail}; nothing was changed`);
    }
    return {
        actions: [{ kind: 'createStable', replicas: spec.replicas, revision: spec.nextRevision, startedAt: now }],
        requeueAfterMs: waitMs(spec),
        progress: idle(spec, observed, `first deploy: creating the Deployment with ${spec.replicas} replica(s), no canary`),
    };
}
/** Stable already runs the image: either a first deploy is becoming ready, or there is nothing to do. */
function settled(spec, observed, stable, now) {
    const firstAt = stable.annotations[rollout_state/* ANNOTATION */.YX.firstDeploy];
    const revision = Number(stable.annotations[rollout_state/* ANNOTATION */.YX.revision] ?? spec.nextRevision);
    if (firstAt === undefined) {
        return finish(spec, observed, 'unchanged', `${spec.image} is already stable (${stable.readyReplicas}/${stable.replicas} ready)`);
    }
    if (rolledOut(stable, spec.replicas)) {
        return {
            ...finish(spec, observed, 'promoted', `first deploy: ${stable.readyReplicas}/${spec.replicas} ready`),
            actions: [{ kind: 'recordHistory', verdict: 'promoted', revision }, { kind: 'markFirstDeployDone' }],
        };
    }
    const deadline = Date.parse(firstAt) + spec.startupDeadlineMs + spec.intervalMs;
    const problem = observed.stableProblems[0];
    if (problem || now > deadline) {
        const reason = problem
            ? `first deploy failed: ${describeProblems(observed.stableProblems)}`
            : `first deploy failed: ${stable.readyReplicas}/${spec.replicas} ready after the startup deadline`;
        return {
            ...finish(spec, observed, 'failed', reason),
            actions: [{ kind: 'recordHistory', verdict: 'failed', revision, reason }],
        };
    }
    return {
        actions: [],
        requeueAfterMs: waitMs(spec),
        progress: idle(spec, observed, `first deploy: ${stable.readyReplicas}/${spec.replicas} ready`),
    };
}
function start(spec, observed, stable, now) {
    const peak = peakCanaryReplicas(spec, stable.replicas);
    if (observed.room && observed.room.pods < peak) {
        return finish(spec, observed, 'failed', `preflight: the canary needs ${peak} pod(s) of ${spec.image} at its largest step but ${observed.room.pods} fit: ${observed.room.detail}; nothing was changed`);
    }
    const fastTrack = spec.rollbackTo !== undefined || spec.steps.length === 0;
    const state = {
        phase: fastTrack ? 'promoting' : 'progressing',
        step: fastTrack ? spec.steps.length : 0,
        specHash: spec.specHash,
        revision: spec.nextRevision,
        runId: spec.runId,
        startedAt: now,
        stepStartedAt: now,
        weight: 0,
        stableImage: stable.image,
        stableReplicas: stable.replicas,
        stableReadyAtStart: stable.readyReplicas,
        analysis: {},
        ...(spec.rollbackTo !== undefined ? { rollbackTo: spec.rollbackTo } : {}),
    };
    return {
        actions: [{ kind: 'createCanary', state }],
        requeueAfterMs: 0,
        progress: progressOf(spec, observed, state, `starting revision ${state.revision}: ${stable.image} → ${spec.image}`),
    };
}
/**
 * The most pods any step needs beyond those running: what preflight must find room for before
 * anything changes. With dynamic-stable-scale stable gives up the pods its traffic share does not need.
 */
function peakCanaryReplicas(spec, stableReplicas) {
    let weight = 0;
    let scale;
    let peak = 0;
    const dynamic = dynamicScale(spec);
    for (const step of spec.steps) {
        if (step.kind === 'setWeight')
            weight = step.weight;
        if (step.kind === 'setCanaryScale')
            scale = canaryScaleOf(step);
        const canary = (0,weights/* canaryReplicasFor */.H)(spec.router, weight, stableReplicas, scale, dynamic);
        const minStable = spec.router === 'replicas'
            ? stableReplicas - canary
            : Math.ceil((stableReplicas * (100 - weight)) / 100);
        peak = Math.max(peak, canary - (dynamic ? stableReplicas - minStable : 0));
    }
    return peak;
}
function canaryScaleOf(step) {
    if (step.matchTrafficWeight)
        return undefined;
    if (step.replicas !== undefined)
        return { replicas: step.replicas };
    if (step.weight !== undefined)
        return { weight: step.weight };
    return undefined;
}
function progressStep(spec, observed, state, now) {
    if (state.step >= spec.steps.length) {
        const promoting = { ...state, phase: 'promoting', stepStartedAt: now, analysis: {} };
        return {
            actions: [{ kind: 'writeState', state: promoting }],
            requeueAfterMs: 0,
            progress: progressOf(spec, observed, promoting, 'every step passed: promoting'),
        };
    }
    if (observed.canaryProblems.length > 0) {
        return beginAbort(spec, observed, state, `canary pods unhealthy: ${describeProblems(observed.canaryProblems)}`, now);
    }
    const step = spec.steps[state.step];
    switch (step.kind) {
        case 'setWeight': {
            const next = { ...state, weight: step.weight };
            return converge(spec, observed, next, now);
        }
        case 'setCanaryScale': {
            const scale = canaryScaleOf(step);
            const next = { ...state };
            if (scale)
                next.canaryScale = scale;
            else
                delete next.canaryScale;
            return converge(spec, observed, next, now);
        }
        case 'pause': {
            const end = state.stepStartedAt + step.durationMs;
            if (now >= end)
                return advance(spec, observed, state, now, 'pause over');
            return {
                actions: [],
                requeueAfterMs: Math.min(end - now, spec.intervalMs),
                progress: progressOf(spec, observed, state, `paused, ${Math.ceil((end - now) / 1000)}s left`),
            };
        }
        case 'analysis':
            return analysisStep(spec, observed, state, step, now);
        default:
            return assertNever(step);
    }
}
function assertNever(step) {
    throw new Error(`unknown step kind ${JSON.stringify(step)}`);
}
/** Brings the canary to the pod count and traffic weight of `next`, then moves to the next step. */
function converge(spec, observed, next, now) {
    const canary = observed.canary;
    const dynamic = dynamicScale(spec);
    const want = (0,weights/* canaryReplicasFor */.H)(spec.router, next.weight, next.stableReplicas, next.canaryScale, dynamic);
    const progress = (message) => progressOf(spec, observed, next, message);
    if (canary.replicas < want) {
        const need = want - canary.replicas;
        const stable = observed.stable;
        if (observed.room && observed.room.pods < need && dynamic && stable) {
            const plan = stableScaleForWeight({
                replicas: next.stableReplicas,
                weight: next.weight,
                canaryNow: canary.replicas,
                stableNow: stable.replicas,
                room: observed.room.pods,
                dynamic: true,
            });
            if (!plan.feasible)
                return beginAbort(spec, observed, next, `dynamic-stable-scale: ${plan.reason}`, now);
            if (observed.room.pods >= 1) {
                const replicas = canary.replicas + observed.room.pods;
                return {
                    actions: [{ kind: 'scaleCanary', replicas }],
                    requeueAfterMs: waitMs(spec),
                    progress: progress(`scaling canary to ${replicas} (the room there is), then stable makes more`),
                };
            }
            if (canary.readyReplicas < canary.replicas || stable.readyReplicas < stable.replicas) {
                return {
                    actions: [],
                    requeueAfterMs: waitMs(spec),
                    progress: progress(`dynamic-stable-scale: waiting for canary ${canary.readyReplicas}/${canary.replicas} ready`),
                };
            }
            // One stable pod at a time, its traffic first, so no backend is ever routed beyond its ready pods.
            const weight = Math.round((0,weights/* podShare */.F)(canary.readyReplicas, stable.readyReplicas - 1));
            return {
                actions: [
                    ...(spec.router !== 'replicas' && observed.weight !== weight
                        ? [{ kind: 'setWeight', weight }]
                        : []),
                    { kind: 'scaleStable', replicas: stable.replicas - 1 },
                ],
                requeueAfterMs: waitMs(spec),
                progress: progress(`dynamic-stable-scale: stable ${stable.replicas} → ${stable.replicas - 1} to make room (${plan.reason})`),
            };
        }
        if (observed.room && observed.room.pods < need) {
            return beginAbort(spec, observed, next, `preflight: ${need} more canary pod(s) do not fit (${observed.room.pods} fit): ${observed.room.detail}`, now);
        }
        return {
            actions: [{ kind: 'scaleCanary', replicas: want }],
            requeueAfterMs: waitMs(spec),
            progress: progress(`scaling canary to ${want}`),
        };
    }
    if (canary.replicas > want) {
        const actions = [];
        if (spec.router !== 'replicas' && observed.weight !== next.weight)
            actions.push({ kind: 'setWeight', weight: next.weight });
        actions.push({ kind: 'scaleCanary', replicas: want });
        return { actions, requeueAfterMs: waitMs(spec), progress: progress(`scaling canary down to ${want}`) };
    }
    if (canary.readyReplicas < want) {
        return {
            actions: [],
            requeueAfterMs: waitMs(spec),
            progress: progress(`waiting for canary pods: ${canary.readyReplicas}/${want} ready`),
        };
    }
    if (spec.router === 'replicas' &&
        dynamic &&
        observed.stable &&
        observed.stable.replicas > next.stableReplicas - want) {
        // The pods are the weight: stable gives up what the canary now serves, once those canary pods are ready.
        const replicas = next.stableReplicas - want;
        return {
            actions: [{ kind: 'scaleStable', replicas }],
            requeueAfterMs: waitMs(spec),
            progress: progress(`dynamic-stable-scale: stable ${observed.stable.replicas} → ${replicas} for ${next.weight}%`),
        };
    }
    if (spec.router !== 'replicas' && observed.weight !== next.weight) {
        return {
            actions: [{ kind: 'setWeight', weight: next.weight }],
            requeueAfterMs: 0,
            progress: progress(`routing ${next.weight}% to the canary`),
        };
    }
    return advance(spec, observed, next, now, `canary at ${want} pod(s), weight ${next.weight}%`);
}
function advance(spec, observed, state, now, message) {
    const next = { ...state, step: state.step + 1, stepStartedAt: now, analysis: {} };
    return {
        actions: [{ kind: 'writeState', state: next }],
        requeueAfterMs: 0,
        progress: progressOf(spec, observed, state, `step ${stepLabel(spec, state)} done: ${message}`),
    };
}
function analysisStep(spec, observed, state, step, now) {
    const names = step.metrics === 'all' ? spec.metrics.map((m) => m.name) : step.metrics;
    const metrics = spec.metrics.filter((m) => names.includes(m.name));
    const terminating = step.durationMs !== undefined && now >= state.stepStartedAt + step.durationMs;
    const statuses = metricStatuses(spec, state, step, terminating);
    const bad = statuses.filter((s) => (0,analysis/* isBad */.e2)(s.phase));
    if (bad.length > 0) {
        const reason = bad.map((s) => `metric "${s.name}" ${s.phase}: ${s.reason}${s.value !== undefined ? ` (last value ${s.value})` : ''}`);
        return beginAbort(spec, observed, state, `analysis: ${reason.join('; ')}`, now);
    }
    if ((0,analysis/* worst */.QZ)(statuses.map((s) => s.phase)) === 'Successful') {
        return advance(spec, observed, state, now, `analysis passed (${statuses.map((s) => s.name).join(', ') || 'no metrics'})`);
    }
    const running = metrics.filter((m) => statuses.find((s) => s.name === m.name)?.phase === 'Running');
    const nextAt = running.map((m) => ({
        m,
        at: (0,analysis/* nextMeasurementAt */.r3)(m, state.analysis[m.name] ?? [], state.stepStartedAt),
    }));
    const due = nextAt.filter((n) => n.at <= now).map((n) => n.m.name);
    const progress = progressOf(spec, observed, state, `analysing ${names.join(', ')}`);
    if (due.length > 0)
        return { actions: [{ kind: 'measure', metrics: due }], requeueAfterMs: 0, progress };
    const wake = Math.min(...nextAt.map((n) => n.at), step.durationMs !== undefined ? state.stepStartedAt + step.durationMs : Number.POSITIVE_INFINITY);
    return { actions: [], requeueAfterMs: Math.max(0, Math.min(wake - now, spec.intervalMs)), progress };
}
function metricStatuses(spec, state, step, terminating) {
    if (!step)
        return [];
    const names = step.metrics === 'all' ? spec.metrics.map((m) => m.name) : step.metrics;
    return spec.metrics
        .filter((m) => names.includes(m.name))
        .map((m) => {
        const ms = state.analysis[m.name] ?? [];
        const count = m.count ?? (step.durationMs === undefined ? 1 : undefined);
        const a = (0,analysis/* assess */.no)(m, ms, { ...(count !== undefined ? { count } : {}), terminating });
        const last = ms[ms.length - 1];
        return {
            name: m.name,
            phase: a.phase,
            reason: last?.message && a.phase !== 'Running' && a.phase !== 'Successful'
                ? `${a.reason}; last: ${last.message}`
                : a.reason,
            ...(last?.value !== undefined ? { value: last.value } : {}),
        };
    });
}
function rolledOut(d, replicas) {
    return (d.observed &&
        d.updatedReplicas >= replicas &&
        d.readyReplicas >= replicas &&
        d.availableReplicas >= replicas);
}
function promote(spec, observed, state, now) {
    const stable = observed.stable;
    const canary = observed.canary;
    const progress = (message) => progressOf(spec, observed, state, message);
    if (stable.image !== spec.image && spec.router === 'kserve') {
        // The canary revision already runs every pod: KServe promotes it by giving it 100%.
        return {
            actions: [{ kind: 'updateStable', image: spec.image, maxSurge: 0, revision: state.revision }],
            requeueAfterMs: waitMs(spec),
            progress: progress(`promoting: the latest revision of the InferenceService takes 100% (${spec.image})`),
        };
    }
    const swapping = dynamicScale(spec) &&
        observed.room !== undefined &&
        (stable.replicas < spec.replicas || observed.room.pods < 1) &&
        (stable.image === spec.image || observed.weight === 100);
    if (swapping)
        return promoteBySwap(spec, observed, state, now);
    if (stable.image !== spec.image) {
        const surge = Math.min(observed.room?.pods ?? spec.replicas, spec.replicas);
        if (surge < 1) {
            if (canary.replicas > 0) {
                return {
                    actions: [
                        { kind: 'setWeight', weight: 0 },
                        { kind: 'scaleCanary', replicas: 0 },
                    ],
                    requeueAfterMs: waitMs(spec),
                    progress: progress('no room for a surge pod: moving traffic to stable and freeing the canary pods first'),
                };
            }
            return beginAbort(spec, observed, state, `promotion: no room for one more pod of ${spec.image}, and stable is never scaled below its ready count: ${observed.room?.detail ?? ''}`, now);
        }
        return {
            actions: [{ kind: 'updateStable', image: spec.image, maxSurge: surge, revision: state.revision }],
            requeueAfterMs: waitMs(spec),
            progress: progress(`promoting: stable takes ${spec.image} (max surge ${surge}, max unavailable 0)`),
        };
    }
    if (observed.stableProblems.length > 0)
        return stableUnhealthy(spec, observed, state, now);
    if (!rolledOut(stable, spec.replicas)) {
        if (now > state.stepStartedAt + spec.startupDeadlineMs + spec.intervalMs) {
            return beginAbort(spec, observed, state, `promotion: stable not rolled out ${stable.readyReplicas}/${spec.replicas} after the startup deadline`, now);
        }
        return {
            actions: [],
            requeueAfterMs: waitMs(spec),
            progress: progress(`promoting: stable ${stable.updatedReplicas}/${spec.replicas} updated, ${stable.readyReplicas} ready`),
        };
    }
    return promoted(spec, observed, state, stable);
}
/** Stable runs the image everywhere: traffic to it, the canary removed, the verdict recorded. */
function promoted(spec, observed, state, stable) {
    return {
        actions: [
            { kind: 'setWeight', weight: 0 },
            { kind: 'scaleCanary', replicas: 0 },
            { kind: 'recordHistory', verdict: 'promoted', revision: state.revision },
            { kind: 'deleteCanary' },
        ],
        requeueAfterMs: 0,
        done: {
            verdict: 'promoted',
            reason: state.rollbackTo !== undefined
                ? `rolled back to revision ${state.rollbackTo}: ${spec.image} is stable`
                : `revision ${state.revision} promoted: ${spec.image} is stable (${stable.readyReplicas}/${spec.replicas} ready)`,
        },
        progress: progressOf(spec, observed, state, 'promoted: 100% to stable, canary removed'),
    };
}
function stableUnhealthy(spec, observed, state, now) {
    return beginAbort(spec, observed, state, `promotion: new stable pods unhealthy: ${describeProblems(observed.stableProblems)}`, now);
}
/**
 * The canary gives stable one pod when there is no room: traffic first moves to match the pods
 * that will be ready (`weight`), then the canary shrinks and stable grows into the freed room.
 */
function handOverToStable(spec, canaryLeft, stableReplicas, weight) {
    return [
        ...(spec.router === 'replicas' ? [] : [{ kind: 'setWeight', weight }]),
        { kind: 'scaleCanary', replicas: canaryLeft },
        { kind: 'scaleStable', replicas: stableReplicas + 1 },
    ];
}
/**
 * Promotion when dynamic-stable-scale gave stable's room to the canary: stable (which takes no
 * traffic at 100%) gets the image in place, then the canary hands its pods over one at a time,
 * traffic following the ready pods, so no request goes to a backend without one.
 */
function promoteBySwap(spec, observed, state, now) {
    const stable = observed.stable;
    const canary = observed.canary;
    const progress = (message) => progressOf(spec, observed, state, message);
    const wait = (message) => ({
        actions: [],
        requeueAfterMs: waitMs(spec),
        progress: progress(message),
    });
    if (stable.image !== spec.image) {
        return {
            actions: [
                {
                    kind: 'updateStable',
                    image: spec.image,
                    maxSurge: 0,
                    maxUnavailable: Math.max(1, stable.replicas),
                    replicas: stable.replicas,
                    revision: state.revision,
                },
            ],
            requeueAfterMs: waitMs(spec),
            progress: progress(`promoting by swap: stable (no traffic) takes ${spec.image} in place`),
        };
    }
    if (observed.stableProblems.length > 0)
        return stableUnhealthy(spec, observed, state, now);
    const share = (c, s) => (c + s === 0 ? 100 : Math.round((0,weights/* podShare */.F)(c, s)));
    const follow = share(canary.readyReplicas, stable.readyReplicas);
    if (spec.router !== 'replicas' && observed.weight !== follow) {
        return {
            actions: [{ kind: 'setWeight', weight: follow }],
            requeueAfterMs: 0,
            progress: progress(`promoting by swap: ${100 - follow}% to stable's ${stable.readyReplicas} ready pod(s)`),
        };
    }
    const deadline = state.stepStartedAt + (spec.startupDeadlineMs + spec.intervalMs) * Math.max(1, spec.replicas);
    if (now > deadline) {
        return beginAbort(spec, observed, state, `promotion: stable ${stable.readyReplicas}/${spec.replicas} ready after ${spec.replicas} startup deadlines`, now);
    }
    if (stable.replicas < spec.replicas) {
        const room = observed.room?.pods ?? 0;
        if (room >= 1) {
            const replicas = Math.min(spec.replicas, stable.replicas + room);
            return {
                actions: [{ kind: 'scaleStable', replicas }],
                requeueAfterMs: waitMs(spec),
                progress: progress(`promoting by swap: stable ${stable.replicas} → ${replicas}`),
            };
        }
        if (stable.readyReplicas < stable.replicas)
            return wait(`promoting by swap: stable ${stable.readyReplicas}/${stable.replicas} ready`);
        const left = Math.max(0, canary.replicas - 1);
        return {
            actions: handOverToStable(spec, left, stable.replicas, share(Math.min(left, canary.readyReplicas), stable.readyReplicas)),
            requeueAfterMs: waitMs(spec),
            progress: progress(`promoting by swap: one canary pod makes room for stable ${stable.replicas + 1}/${spec.replicas}`),
        };
    }
    if (!rolledOut(stable, spec.replicas))
        return wait(`promoting by swap: stable ${stable.readyReplicas}/${spec.replicas} ready`);
    return promoted(spec, observed, state, stable);
}
function beginAbort(spec, observed, state, reason, now) {
    const aborting = { ...state, phase: 'aborting', abortedAt: now, abortReason: reason };
    if (spec.router === 'kserve') {
        // What KServe serves depends on the phase (the restore is a new revision): look again as aborting.
        return {
            actions: [{ kind: 'writeState', state: aborting }],
            requeueAfterMs: 0,
            progress: progressOf(spec, observed, aborting, `rolling back: ${reason}`),
        };
    }
    const rest = continueAbort(spec, observed, aborting, now);
    return { ...rest, actions: [{ kind: 'writeState', state: aborting }, ...rest.actions] };
}
/**
 * Traffic back to stable first (restoring stable's image and replicas if a promotion or dynamic
 * scaling touched them), then the canary to zero, the verdict into history, the canary deleted.
 */
function continueAbort(spec, observed, state, now) {
    const stable = observed.stable;
    const reason = state.abortReason ?? 'aborted';
    const progress = (message) => progressOf(spec, observed, state, message);
    const stableActions = [];
    if (stable && state.stableImage && stable.image !== state.stableImage) {
        stableActions.push({ kind: 'updateStable', image: state.stableImage, maxSurge: 1 });
    }
    const canary = observed.canary;
    if (stableActions.length === 0 && stable && stable.replicas < state.stableReplicas) {
        // dynamic-stable-scale gave stable's pods to the canary. With room they all come back at once
        // (traffic moves once they are ready); without, the canary hands them back one at a time, the
        // traffic following the ready pods, so stable is never routed more than it can serve.
        const missing = state.stableReplicas - stable.replicas;
        const room = observed.room?.pods ?? missing;
        if (room >= missing || !canary || canary.replicas === 0) {
            stableActions.push({ kind: 'scaleStable', replicas: state.stableReplicas });
        }
        else if (room >= 1) {
            stableActions.push({ kind: 'scaleStable', replicas: stable.replicas + room });
        }
        else if (stable.readyReplicas < stable.replicas) {
            return {
                actions: [],
                requeueAfterMs: waitMs(spec),
                progress: progress(`rolling back: stable ${stable.readyReplicas}/${stable.replicas} ready (${reason})`),
            };
        }
        else {
            const left = canary.replicas - 1;
            const weight = Math.round((0,weights/* podShare */.F)(Math.min(left, canary.readyReplicas), stable.readyReplicas));
            stableActions.push(...handOverToStable(spec, left, stable.replicas, weight));
        }
    }
    if (stableActions.length > 0) {
        return {
            actions: stableActions,
            requeueAfterMs: waitMs(spec),
            progress: progress(`rolling back: restoring stable (${reason})`),
        };
    }
    const mustBeReady = Math.min(state.stableReadyAtStart, state.stableReplicas);
    const abortedAt = state.abortedAt ?? now;
    if (stable && stable.readyReplicas < mustBeReady && now < abortedAt + spec.startupDeadlineMs) {
        return {
            actions: [],
            requeueAfterMs: waitMs(spec),
            progress: progress(`rolling back: waiting for stable ${stable.readyReplicas}/${mustBeReady} ready before removing the canary`),
        };
    }
    const actions = [
        { kind: 'setWeight', weight: 0 },
        { kind: 'scaleCanary', replicas: 0 },
        ...(state.revision > 0
            ? [
                {
                    kind: 'recordHistory',
                    verdict: 'rolled-back',
                    revision: state.revision,
                    reason,
                },
            ]
            : []),
        { kind: 'deleteCanary' },
    ];
    const ours = spec.intent === 'abort' || state.specHash === spec.specHash || state.specHash === '';
    if (!ours)
        return { actions, requeueAfterMs: 0, progress: progress(`rolled back the earlier rollout: ${reason}`) };
    return {
        actions,
        requeueAfterMs: 0,
        done: { verdict: 'rolled-back', reason },
        progress: progress(`rolled back: ${reason}`),
    };
}
function finish(spec, observed, verdict, reason) {
    return {
        actions: [],
        requeueAfterMs: 0,
        done: { verdict, reason },
        progress: idle(spec, observed, reason),
    };
}
function idle(spec, observed, message) {
    return {
        phase: observed.stable?.annotations[rollout_state/* ANNOTATION */.YX.firstDeploy] || !observed.stable ? 'first-deploy' : 'idle',
        step: 0,
        steps: spec.steps.length,
        weight: 0,
        canaryReady: 0,
        canaryDesired: 0,
        stableReady: observed.stable?.readyReplicas ?? 0,
        metrics: [],
        message,
    };
}
function stepLabel(spec, state) {
    const step = spec.steps[state.step];
    return `${Math.min(state.step + 1, spec.steps.length)}/${spec.steps.length}${step ? ` (${step.kind})` : ''}`;
}
function progressOf(spec, observed, state, message) {
    const step = spec.steps[state.step];
    const metrics = step?.kind === 'analysis' && state.phase === 'progressing'
        ? metricStatuses(spec, state, step, false)
        : [];
    return {
        phase: state.phase,
        step: Math.min(state.step + 1, spec.steps.length),
        steps: spec.steps.length,
        ...(step ? { stepKind: step.kind } : {}),
        weight: observed.weight,
        askedWeight: state.weight,
        canaryReady: observed.canary?.readyReplicas ?? 0,
        canaryDesired: (0,weights/* canaryReplicasFor */.H)(spec.router, state.weight, state.stableReplicas, state.canaryScale, dynamicScale(spec)),
        stableReady: observed.stable?.readyReplicas ?? 0,
        metrics,
        message,
    };
}
function describeProblems(problems) {
    const shown = problems.slice(0, 3).map((p) => `${p.pod}: ${p.reason}${p.message ? ` (${p.message})` : ''}`);
    return shown.join('; ') + (problems.length > 3 ? `; and ${problems.length - 3} more` : '');
}


/***/ }),

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


/***/ }),

/***/ 5500:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ podShare),
/* harmony export */   H: () => (/* binding */ canaryReplicasFor)
/* harmony export */ });
/**
 * Canary pods for a traffic weight. With the replicas router the weight IS the pod share
 * (canary / (stable + canary)), so pick the count whose share is closest, rounding up on ties,
 * capped at the stable count (stable is never scaled down). With a weighted router the canary
 * gets ceil(replicas × weight) pods (at least one while it takes traffic).
 */
function canaryReplicasFor(router, weight, stableReplicas, scale, dynamic = false) {
    // A KServe revision runs its minReplicas from the start, whatever its share of traffic.
    if (router === 'kserve')
        return stableReplicas;
    if (scale?.replicas !== undefined)
        return scale.replicas;
    const w = scale?.weight ?? weight;
    if (w <= 0)
        return 0;
    if (router !== 'replicas' || scale?.weight !== undefined) {
        return Math.min(stableReplicas, Math.max(1, Math.ceil((stableReplicas * w) / 100)));
    }
    if (dynamic) {
        // Stable keeps the rest of the replicas, so the pod share is the weight.
        return Math.min(stableReplicas, Math.max(1, Math.round((stableReplicas * w) / 100)));
    }
    let best = 1;
    let bestDelta = Number.POSITIVE_INFINITY;
    for (let c = 1; c <= stableReplicas; c++) {
        const delta = Math.abs((100 * c) / (stableReplicas + c) - w);
        if (delta <= bestDelta + 1e-9) {
            best = c;
            bestDelta = Math.min(bestDelta, delta);
        }
    }
    return best;
}
/** The share of traffic the canary really gets with the replicas router: ready canary pods over all ready pods. */
function podShare(canaryReady, stableReady) {
    const total = canaryReady + stableReady;
    return total === 0 ? 0 : (100 * canaryReady) / total;
}


/***/ })

};
