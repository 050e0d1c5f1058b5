export const id = 613;
export const ids = [613];
export const modules = {

/***/ 17424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ RolloutLease),
/* harmony export */   leaseView: () => (/* binding */ leaseView)
/* harmony export */ });
/* unused harmony export leaseFree */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(452);
/* harmony import */ var _kube_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21509);


function leaseView(lease) {
    if (!lease)
        return undefined;
    const renew = lease.spec?.renewTime ?? lease.spec?.acquireTime;
    const renewedAt = renew ? new Date(renew).getTime() : undefined;
    return {
        ...(lease.spec?.holderIdentity ? { holder: lease.spec.holderIdentity } : {}),
        ...(renewedAt !== undefined && Number.isFinite(renewedAt) ? { renewedAt } : {}),
        durationMs: (lease.spec?.leaseDurationSeconds ?? 0) * 1000,
    };
}
/** Free when nobody holds it, we hold it, or the holder stopped renewing for longer than its duration. */
function leaseFree(view, holder, now) {
    if (!view?.holder || view.holder === holder)
        return true;
    if (view.renewedAt === undefined)
        return true;
    return now > view.renewedAt + view.durationMs;
}
const sleep = (ms, signal) => new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
        clearTimeout(t);
        resolve();
    });
});
/**
 * A coordination.k8s.io/v1 Lease: one rollout of a model at a time. Acquired with the read
 * resourceVersion (a 409 means another writer won: look again), renewed every third of its
 * duration, and taken over once its holder stops renewing for longer than the duration.
 */
class RolloutLease {
    kube;
    options;
    timer;
    lost;
    constructor(kube, options) {
        this.kube = kube;
        this.options = options;
    }
    get lostReason() {
        return this.lost;
    }
    body(resourceVersion, acquireTime) {
        const { name, namespace, holder, durationMs, now } = this.options;
        return {
            apiVersion: 'coordination.k8s.io/v1',
            kind: 'Lease',
            metadata: {
                name,
                namespace,
                ...(resourceVersion ? { resourceVersion } : {}),
                labels: { 'app.kubernetes.io/managed-by': 'model-deploy' },
            },
            spec: {
                holderIdentity: holder,
                leaseDurationSeconds: Math.max(1, Math.ceil(durationMs / 1000)),
                acquireTime: acquireTime,
                renewTime: new Date(now()),
            },
        };
    }
    async acquire() {
        const { name, namespace, holder, now, waitMs } = this.options;
        const startedAt = now();
        let waitedFor;
        for (;;) {
            const current = await this.kube.read(`read Lease ${name}`, () => this.kube.coordination.readNamespacedLease({ name, namespace }));
            const view = leaseView(current);
            if (leaseFree(view, holder, now())) {
                try {
                    if (!current) {
                        const created = await this.kube.create(`create Lease ${name}`, () => this.kube.coordination.createNamespacedLease({
                            namespace,
                            body: this.body(undefined, new Date(now())),
                        }));
                        if (!created)
                            continue;
                    }
                    else {
                        await this.kube.coordination.replaceNamespacedLease({
                            name,
                            namespace,
                            body: this.body(current.metadata?.resourceVersion, new Date(now())),
                        });
                    }
                }
                catch (error) {
                    if ((0,_kube_js__WEBPACK_IMPORTED_MODULE_1__/* .isConflict */ .dh)(error))
                        continue;
                    throw error;
                }
                this.startRenewing();
                return view?.holder && view.holder !== holder ? { tookOver: view.holder } : {};
            }
            const left = view.renewedAt + view.durationMs - now();
            const message = `another rollout of this model holds Lease ${namespace}/${name} (holder ${view.holder}, renewed ${new Date(view.renewedAt).toISOString()}, expires in ${Math.ceil(left / 1000)}s unless renewed)`;
            if (now() - startedAt >= waitMs || this.options.signal?.aborted) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateError */ .ue(`${message}; gave up after waiting ${Math.round((now() - startedAt) / 1000)}s. Wait for that rollout to finish, or run \`model-deploy abort\` there.`);
            }
            if (waitedFor !== view.holder)
                this.options.onWait?.(`${message}: waiting`);
            waitedFor = view.holder;
            await sleep(Math.min(1000, Math.max(100, left)), this.options.signal);
        }
    }
    startRenewing() {
        const every = Math.max(200, Math.floor(this.options.durationMs / 3));
        this.timer = setInterval(() => {
            this.renew().catch((error) => {
                this.lost = `cannot renew Lease ${this.options.name}: ${error.message}`;
            });
        }, every);
        this.timer.unref();
    }
    async renew() {
        const { name, namespace, holder } = this.options;
        await this.kube.update(`renew Lease ${name}`, () => this.kube.coordination.readNamespacedLease({ name, namespace }), (current) => {
            if (current.spec?.holderIdentity !== holder) {
                this.lost = `Lease ${name} was taken over by ${current.spec?.holderIdentity ?? 'nobody'}`;
                return Promise.resolve(current);
            }
            const acquire = current.spec?.acquireTime;
            return this.kube.coordination.replaceNamespacedLease({
                name,
                namespace,
                body: this.body(current.metadata?.resourceVersion, acquire ? new Date(acquire) : new Date(this.options.now())),
            });
        });
    }
    /** Stops renewing and frees the lease if we still hold it. */
    async release() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
        const { name, namespace, holder } = this.options;
        const current = await this.kube.read(`read Lease ${name}`, () => this.kube.coordination.readNamespacedLease({ name, namespace }));
        if (current?.spec?.holderIdentity !== holder)
            return;
        await this.kube.remove(`delete Lease ${name}`, () => this.kube.coordination.deleteNamespacedLease({ name, namespace }));
    }
}


/***/ }),

/***/ 22613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  newRunId: () => (/* binding */ newRunId),
  openSession: () => (/* binding */ openSession),
  runUnderLease: () => (/* binding */ runUnderLease),
  waitOption: () => (/* binding */ waitOption)
});

// UNUSED EXPORTS: clusterOptions, holderIdentity, leaseFor, nextRevisionNow

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(92413);
// EXTERNAL MODULE: ./lib/cluster/capacity.js
var capacity = __webpack_require__(44048);
// EXTERNAL MODULE: ./lib/cluster/kube.js
var cluster_kube = __webpack_require__(21509);
// EXTERNAL MODULE: ./lib/cluster/lease.js
var lease = __webpack_require__(17424);
// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
// EXTERNAL MODULE: ./lib/config/load.js + 8 modules
var load = __webpack_require__(1383);
// EXTERNAL MODULE: ./lib/config/units.js
var units = __webpack_require__(17361);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/rollout/github-deployment.js
/**
 * GitHub Deployments API: one deployment per rollout in its environment, then statuses.
 * Failures are returned as warnings: the rollout never depends on GitHub answering.
 */
class GitHubDeployment {
    octokit;
    target;
    id;
    warnings = [];
    constructor(octokit, target) {
        this.octokit = octokit;
        this.target = target;
    }
    get deploymentId() {
        return this.id;
    }
    async start(description, payload) {
        try {
            const res = await this.octokit.rest.repos.createDeployment({
                owner: this.target.owner,
                repo: this.target.repo,
                ref: this.target.ref,
                environment: this.target.environment,
                description: description.slice(0, 140),
                auto_merge: false,
                required_contexts: [],
                payload,
                production_environment: this.target.environment === 'production',
            });
            if (res.status === 201 && 'id' in res.data)
                this.id = res.data.id;
            else
                this.warnings.push(`GitHub did not create a deployment: ${JSON.stringify(res.data).slice(0, 200)}`);
            await this.status('in_progress', description);
        }
        catch (error) {
            this.warnings.push(`GitHub deployment for ${this.target.environment} not created: ${error.message}`);
        }
    }
    async status(state, description) {
        if (this.id === undefined)
            return;
        try {
            await this.octokit.rest.repos.createDeploymentStatus({
                owner: this.target.owner,
                repo: this.target.repo,
                deployment_id: this.id,
                state,
                description: description.slice(0, 140),
                environment: this.target.environment,
                ...(this.target.logUrl ? { log_url: this.target.logUrl } : {}),
                auto_inactive: state === 'success',
            });
        }
        catch (error) {
            this.warnings.push(`GitHub deployment status ${state} not set: ${error.message}`);
        }
    }
}

// EXTERNAL MODULE: ./lib/rollout/history.js
var rollout_history = __webpack_require__(96849);
// EXTERNAL MODULE: ./lib/rollout/manifests.js
var manifests = __webpack_require__(75851);
// EXTERNAL MODULE: ./lib/rollout/report.js
var report = __webpack_require__(37555);
// EXTERNAL MODULE: ./lib/rollout/run.js + 11 modules
var run = __webpack_require__(63584);
// EXTERNAL MODULE: ./lib/rollout/state.js
var state = __webpack_require__(39280);
// EXTERNAL MODULE: ./lib/rollout/traffic.js
var traffic = __webpack_require__(59864);
// EXTERNAL MODULE: ./lib/rollout/cluster-options.js
var cluster_options = __webpack_require__(87384);
;// CONCATENATED MODULE: ./lib/rollout/session.js




















/** Config with its deploy: section, the kubeconfig, and the client. */
function openSession(ctx, options) {
    const path = (0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml';
    const { config } = (0,load/* loadConfig */.Z)(path, { cwd: ctx.cwd, env: ctx.env });
    if (!config.deploy) {
        throw new errors/* ConfigError */.xL([
            {
                path: 'deploy',
                message: 'this command needs a deploy: section (namespace, replicas, steps, analysis)',
                file: path,
            },
        ]);
    }
    const given = (0,command/* stringOption */.Pp)(options, 'kubeconfig') ?? ctx.kubeconfigPath ?? ctx.env.KUBECONFIG;
    const kubeconfigPath = given ? (0,external_node_path_.resolve)(ctx.cwd, given) : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.kube', 'config');
    if (!(0,external_node_fs_.existsSync)(kubeconfigPath)) {
        throw new errors/* InputError */.dz(`kubeconfig ${kubeconfigPath} not found: pass --kubeconfig PATH, set KUBECONFIG, or give the action a kubeconfig input`);
    }
    const kube = cluster_kube/* Kube */.We.fromKubeconfig(kubeconfigPath);
    return {
        config,
        deploy: config.deploy,
        objects: (0,manifests/* modelObjects */.SX)(config.deploy, config.model),
        kube,
        kubeconfigPath,
        holder: holderIdentity(ctx.env),
    };
}
/**
 * Who holds the lease: the workflow job when in GitHub Actions (a re-run or the abort step of the
 * same job takes over at once), else this host and process.
 */
function holderIdentity(env) {
    if (env.MODEL_DEPLOY_HOLDER)
        return env.MODEL_DEPLOY_HOLDER;
    if (env.GITHUB_RUN_ID)
        return `${env.GITHUB_REPOSITORY ?? 'github'}@${env.GITHUB_RUN_ID}/${env.GITHUB_JOB ?? 'job'}`;
    return `${(0,external_node_os_.hostname)()}/${process.pid}`;
}
function leaseFor(ctx, s, waitMs) {
    return new lease/* RolloutLease */.a(s.kube, {
        namespace: s.objects.namespace,
        name: `${s.objects.name}-model-deploy`,
        holder: s.holder,
        durationMs: s.deploy.lease,
        waitMs,
        now: () => ctx.now().getTime(),
        signal: ctx.signal,
        onWait: (m) => ctx.log.info(m),
    });
}
function waitOption(options, name, fallbackMs) {
    const text = (0,command/* stringOption */.Pp)(options, name);
    if (text === undefined)
        return fallbackMs;
    const ms = (0,units/* parseDuration */.E9)(text);
    if (ms === undefined)
        throw new errors/* InputError */.dz(`--${name} must be a duration like 30s or 2m, got "${text}"`);
    return ms;
}
function githubDeployment(ctx, s) {
    const repository = ctx.env.GITHUB_REPOSITORY;
    const ref = ctx.env.GITHUB_SHA ?? ctx.env.GITHUB_REF;
    if (!ctx.githubToken || !repository || !ref)
        return undefined;
    const [owner, repo] = repository.split('/');
    if (!owner || !repo)
        return undefined;
    const octokit = (0,github/* getOctokit */.Q)(ctx.githubToken, {
        baseUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    });
    const server = ctx.env.GITHUB_SERVER_URL || 'https://github.com';
    return new GitHubDeployment(octokit, {
        owner,
        repo,
        ref,
        environment: s.deploy.environment,
        ...(ctx.env.GITHUB_RUN_ID
            ? { logUrl: `${server}/${repository}/actions/runs/${ctx.env.GITHUB_RUN_ID}` }
            : {}),
    });
}
/** Runs a rollout under the lease, with GitHub deployment statuses, and turns it into a CommandResult. */
async function runUnderLease(ctx, s, planned, options) {
    const lease = leaseFor(ctx, s, options.waitMs);
    const took = await lease.acquire();
    // Another rollout may have finished while we waited for the lease: number after it.
    const spec = planned.intent === 'deploy' ? { ...planned, nextRevision: await nextRevisionNow(s) } : planned;
    if (took.tookOver)
        ctx.log.warning(`took over Lease ${s.objects.name}-model-deploy from ${took.tookOver} (it stopped renewing)`);
    const gh = spec.intent === 'deploy' ? githubDeployment(ctx, s) : undefined;
    try {
        await gh?.start(`${options.title}: ${spec.image}`, { image: spec.image, revision: spec.nextRevision });
        const runner = new run.RolloutRunner({
            kube: s.kube,
            objects: s.objects,
            router: (0,traffic.makeRouter)(s.kube, s.objects),
            spec,
            log: ctx.log,
            now: () => ctx.now().getTime(),
            signal: ctx.signal,
            ...((options.prometheus ?? s.deploy.analysis.prometheus)
                ? { prometheus: options.prometheus ?? s.deploy.analysis.prometheus }
                : {}),
            ...(s.deploy.preflight ? { snapshot: () => (0,capacity/* snapshotFromCluster */.vh)(s.kubeconfigPath) } : {}),
            revisionInfo: {
                ...(s.config.model.version ? { modelVersion: s.config.model.version } : {}),
                ...(ctx.env.GITHUB_SHA ? { gitSha: ctx.env.GITHUB_SHA } : {}),
            },
            stopReason: () => lease.lostReason,
        });
        const result = await ctx.log.group(`${options.title} ${s.objects.namespace}/${s.objects.name}`, () => runner.run());
        const ok = result.verdict === 'promoted' || result.verdict === 'unchanged';
        await gh?.status(ok ? 'success' : 'failure', result.reason);
        for (const w of gh?.warnings ?? [])
            ctx.log.warning(w);
        const summary = (0,report/* renderReport */.B)(result.report);
        return {
            result,
            outputs: {
                verdict: result.verdict,
                image: spec.image,
                ...(result.report.revision !== undefined ? { revision: String(result.report.revision) } : {}),
                ...(gh?.deploymentId !== undefined ? { 'deployment-id': String(gh.deploymentId) } : {}),
            },
            summary,
            ...(ok
                ? {}
                : { failed: `${s.objects.name}: ${result.verdict}: ${result.reason}`, exitCode: errors/* ExitCode */.yU.Gate }),
        };
    }
    catch (error) {
        await gh?.status('failure', error.message ?? 'error');
        throw error;
    }
    finally {
        await lease
            .release()
            .catch((error) => ctx.log.warning(`could not release the lease: ${error.message}`));
    }
}
/** The revision number the next rollout gets: after every recorded one and the stable's. */
async function nextRevisionNow(s) {
    const [history, stable] = await Promise.all([
        (0,rollout_history.readHistory)(s.kube, s.objects),
        s.kube.read('read stable Deployment', () => s.kube.apps.readNamespacedDeployment({ name: s.objects.name, namespace: s.objects.namespace })),
    ]);
    return (0,rollout_history.nextRevision)(history, Number(stable?.metadata?.annotations?.[state.ANNOTATION.revision] ?? 0));
}
function newRunId(holder) {
    return `${holder}#${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
}


/***/ }),

/***/ 59864:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   makeRouter: () => (/* binding */ makeRouter)
/* harmony export */ });
/* unused harmony exports ReplicasRouter, HTTPROUTE, httpRouteRules, httpRoute, GatewayApiRouter, INFERENCESERVICE, kserveTrafficPatch, KServeRouter */
/* harmony import */ var _cluster_kube_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21509);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75851);
/* harmony import */ var _weights_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5500);




/** Stable and canary pods behind one Service: the weight is the share of ready pods, reported as it is. */
class ReplicasRouter {
    kube;
    o;
    kind = 'replicas';
    constructor(kube, o) {
        this.kube = kube;
        this.o = o;
    }
    async prepare() {
        const { namespace, service: name } = this.o;
        const existing = await this.kube.read('read Service', () => this.kube.core.readNamespacedService({ name, namespace }));
        if (!existing) {
            await this.kube.create('create Service', () => this.kube.core.createNamespacedService({
                namespace,
                body: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .service */ .eu)(this.o, name, (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .modelSelector */ .BZ)(this.o)),
            }));
        }
    }
    async setWeight() { }
    async weight(ready) {
        return (0,_weights_js__WEBPACK_IMPORTED_MODULE_3__/* .podShare */ .F)(ready.canary, ready.stable);
    }
    async cleanup() { }
}
const HTTPROUTE = { group: 'gateway.networking.k8s.io', version: 'v1', plural: 'httproutes' };
/** The HTTPRoute rule that splits traffic between `<svc>-stable` and `<svc>-canary`. */
function httpRouteRules(o, weight) {
    const backend = (track, w) => ({
        group: '',
        kind: 'Service',
        name: `${o.service}-${track}`,
        port: o.port,
        weight: w,
    });
    return [
        {
            backendRefs: weight > 0 ? [backend('stable', 100 - weight), backend('canary', weight)] : [backend('stable', 100)],
        },
    ];
}
function httpRoute(o, routeName, gateway, weight) {
    return {
        apiVersion: `${HTTPROUTE.group}/${HTTPROUTE.version}`,
        kind: 'HTTPRoute',
        metadata: {
            name: routeName,
            namespace: o.namespace,
            labels: { 'app.kubernetes.io/managed-by': 'model-deploy' },
        },
        spec: {
            ...(gateway ? { parentRefs: [{ name: gateway }] } : {}),
            rules: httpRouteRules(o, weight),
        },
    };
}
/** Gateway API: HTTPRoute backendRef weights to `<svc>-stable` and `<svc>-canary`. */
class GatewayApiRouter {
    kube;
    o;
    kind = 'gateway-api';
    route;
    constructor(kube, o) {
        this.kube = kube;
        this.o = o;
        this.route = o.deploy.traffic.route ?? o.service;
    }
    async prepare() {
        const { namespace } = this.o;
        for (const track of ['stable', 'canary']) {
            const name = `${this.o.service}-${track}`;
            const existing = await this.kube.read('read Service', () => this.kube.core.readNamespacedService({ name, namespace }));
            if (!existing) {
                await this.kube.create(`create Service ${name}`, () => this.kube.core.createNamespacedService({
                    namespace,
                    body: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .service */ .eu)(this.o, name, (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .trackSelector */ .h2)(this.o, track)),
                }));
            }
        }
        const existing = await this.readRoute();
        if (!existing) {
            await this.kube.create(`create HTTPRoute ${this.route}`, () => this.kube.custom.createNamespacedCustomObject({
                ...HTTPROUTE,
                namespace,
                body: httpRoute(this.o, this.route, this.o.deploy.traffic.gateway, 0),
            }));
        }
    }
    readRoute() {
        return this.kube.read(`read HTTPRoute ${this.route}`, () => this.kube.custom.getNamespacedCustomObject({
            ...HTTPROUTE,
            namespace: this.o.namespace,
            name: this.route,
        }));
    }
    async setWeight(weight) {
        await this.kube.call(`set HTTPRoute ${this.route} weights`, () => this.kube.custom.patchNamespacedCustomObject({
            ...HTTPROUTE,
            namespace: this.o.namespace,
            name: this.route,
            body: { spec: { rules: httpRouteRules(this.o, weight) } },
        }, _cluster_kube_js__WEBPACK_IMPORTED_MODULE_0__/* .MERGE_PATCH */ .Yy), { conflicts: true });
    }
    async weight() {
        const route = await this.readRoute();
        const refs = route?.spec?.rules?.[0]?.backendRefs ?? [];
        const total = refs.reduce((n, r) => n + (r.weight ?? 1), 0);
        const canary = refs.find((r) => r.name === `${this.o.service}-canary`);
        return total === 0 || !canary ? 0 : (100 * (canary.weight ?? 1)) / total;
    }
    async cleanup() {
        await this.setWeight(0);
        const name = `${this.o.service}-canary`;
        await this.kube.remove(`delete Service ${name}`, () => this.kube.core.deleteNamespacedService({ name, namespace: this.o.namespace }));
    }
}
const INFERENCESERVICE = {
    group: 'serving.kserve.io',
    version: 'v1beta1',
    plural: 'inferenceservices',
};
/**
 * The merge patch that sets KServe's canary split. KServe routes `canaryTrafficPercent` to the
 * latest revision and the rest to the previous one; 0 pins all traffic to the previous revision,
 * and removing it (null) sends everything to the latest (promotion).
 */
function kserveTrafficPatch(weight) {
    return { spec: { predictor: { canaryTrafficPercent: weight } } };
}
/**
 * KServe InferenceService canaryTrafficPercent (serverless mode; RawDeployment ignores it, kserve#5335).
 * The InferenceService must exist; the stable and canary pods carry its predictor label
 * (`serving.kserve.io/inferenceservice`) and the canary is its latest revision.
 */
class KServeRouter {
    kube;
    o;
    kind = 'kserve';
    isvc;
    constructor(kube, o) {
        this.kube = kube;
        this.o = o;
        this.isvc = (0,_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .inferenceServiceName */ .mi)(o);
    }
    async prepare() {
        if (!(await this.read())) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`InferenceService ${this.o.namespace}/${this.isvc} not found: the kserve router only moves its ` +
                `spec.predictor.canaryTrafficPercent. Create it (pods labelled ${_manifests_js__WEBPACK_IMPORTED_MODULE_2__/* .INFERENCESERVICE_LABEL */ .KL}=${this.isvc}) ` +
                'or set deploy.traffic.inference-service to an existing one');
        }
        await this.setWeight(0);
    }
    async read() {
        return (await this.kube.read(`read InferenceService ${this.isvc}`, () => this.kube.custom.getNamespacedCustomObject({
            ...INFERENCESERVICE,
            namespace: this.o.namespace,
            name: this.isvc,
        })));
    }
    async setWeight(weight) {
        await this.kube.call(`set InferenceService ${this.isvc} canaryTrafficPercent`, () => this.kube.custom.patchNamespacedCustomObject({
            ...INFERENCESERVICE,
            namespace: this.o.namespace,
            name: this.isvc,
            body: kserveTrafficPatch(weight),
        }, _cluster_kube_js__WEBPACK_IMPORTED_MODULE_0__/* .MERGE_PATCH */ .Yy), { conflicts: true });
    }
    async weight() {
        return (await this.read())?.spec?.predictor?.canaryTrafficPercent ?? 0;
    }
    async cleanup() {
        await this.setWeight(0);
    }
}
function makeRouter(kube, o) {
    switch (o.deploy.traffic.router) {
        case 'replicas':
            return new ReplicasRouter(kube, o);
        case 'gateway-api':
            return new GatewayApiRouter(kube, o);
        case 'kserve':
            return new KServeRouter(kube, o);
    }
}


/***/ })

};
