export const id = 459;
export const ids = [459];
export const modules = {

/***/ 88459:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ demo)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/commands/index.js
var commands = __webpack_require__(82738);
// EXTERNAL MODULE: ./lib/pipeline/run.js + 1 modules
var run = __webpack_require__(82967);
// EXTERNAL MODULE: ./lib/sim/cluster.js + 36 modules
var cluster = __webpack_require__(67447);
;// CONCATENATED MODULE: ./lib/demo/config.js
/** The demo repository's model-deploy.yml: the example model released three times to the simulated cluster. */
const DEMO_CONFIG = `# model-deploy demo: the example model, released to a simulated GPU cluster.
model:
  name: tiny-classifier
  artifacts: [model/*]
  framework: safetensors

image:
  layout: oci

scan:
  vulnerabilities:
    enabled: false   # the demo has no Trivy; the model-file scan still runs

evaluate:
  command: python3 eval/evaluate.py
  timeout: 2m
  samples: samples.jsonl
  baseline: { store: dir, path: .baseline }
  gates:
    - { metric: accuracy, min: 0.85, max-drop: 1% }
    - { metric: latency.p95_ms, direction: lower, max-rise: 20%, samples-column: latency_ms }

pipeline:
  runners: { cpu: 2, gpu: 1 }
  tasks:
    - { id: build, uses: build, duration: 40s }
    - { id: scan, uses: scan, needs: [build], duration: 20s }
    - { id: evaluate, uses: evaluate, needs: [build], runner: gpu, duration: 3m }
    - { id: lint-eval, run: python3 -m py_compile eval/evaluate.py, duration: 5s }
    - { id: deploy, uses: deploy, needs: [scan, evaluate, lint-eval], duration: 2m }

deploy:
  namespace: demo
  replicas: 4
  resources: { gpus: 1, cpu: 4, memory: 16Gi }
  probes: { startup-deadline: 30s, period: 1s }
  lease: 30s
  steps:
    - setWeight: 25
    - pause: 2s
    - analysis: {}
    - setWeight: 50
    - pause: 2s
    - analysis: {}
    - setWeight: 100
    - pause: 1s
    - analysis: {}
  analysis:
    interval: 1s
    metrics:
      - name: error-rate
        web:
          url: \${DEMO_STATS_URL}?namespace=demo&track=canary&window=3s
          pick: $.errorRate
        success-condition: result < 0.05
        no-data: inconclusive
        inconclusive-limit: 2
      - name: health
        kubernetes: {}
`;

// EXTERNAL MODULE: ./lib/pipeline/flow.js
var flow = __webpack_require__(88388);
// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
// EXTERNAL MODULE: ./lib/report/mermaid.js
var mermaid = __webpack_require__(49789);
;// CONCATENATED MODULE: ./lib/demo/report.js



const ROLLOUT_LINE = /step \d+\/\d+|weight|rolled back|rolling back|promot|analysis|abort|stable|canary/i;
/** report.md: what happened to each release, the evaluation tables, the schedule, the rollout timeline. */
function renderDemoReport(input) {
    const out = [
        '# model-deploy demo',
        '',
        `${input.ok ? '✅ every release did what it should' : '❌ a release did not do what it should'} — ${input.seconds.toFixed(1)} s in all, against a simulated cluster of 3 nodes × 8 GPUs.`,
        '',
        (0,markdown.table)(['release', 'expected', 'outcome', 'image', 'steps'], input.releases.map((r) => [
            (0,markdown.escapeMarkdown)(r.tag),
            (0,markdown.escapeMarkdown)(r.expect),
            `${r.got === r.expect ? '✅' : '❌'} ${(0,markdown.escapeMarkdown)(r.got)}`,
            r.report.digest ? (0,markdown.code)((0,markdown/* shortDigest */.VK)(r.report.digest)) : '',
            r.report.steps
                .map((s) => `${s.step.kind} ${s.status === 'passed' ? '✓' : s.status === 'failed' ? '✗' : '–'}`)
                .join(', '),
        ])),
        '',
        '## Release timeline',
        '',
    ];
    let clock = 0;
    const lanes = input.releases.map((r) => ({
        name: r.tag,
        tasks: r.report.steps.map((s) => {
            const duration = Math.max(50, Math.round(s.seconds * 1000));
            const task = {
                label: (0,flow/* describeStep */.E)(s.step),
                start: clock,
                duration,
                ...(s.status === 'failed'
                    ? { tag: 'crit' }
                    : s.status === 'skipped'
                        ? { tag: 'done' }
                        : {}),
            };
            clock += duration;
            return task;
        }),
    }));
    out.push((0,mermaid/* mermaidBlock */.tW)((0,mermaid/* ganttChart */.$G)('Releases through the pipeline (elapsed time)', lanes)), '');
    out.push('## Evaluation', '');
    for (const r of input.releases) {
        const evaluation = r.report.steps.find((s) => s.step.kind === 'evaluate')?.result?.summary;
        out.push(`### ${r.tag}`, '', evaluation?.trim() ?? '_not evaluated_', '');
    }
    out.push('## Pipeline schedule', '', input.schedule.trim(), '');
    out.push('## Rollout log', '', '| t (s) | event |', '| ---: | --- |');
    for (const e of input.timeline.filter((e) => ROLLOUT_LINE.test(e.message) || e.message.startsWith('━━'))) {
        out.push(`| ${e.t.toFixed(1)} | ${(0,markdown.escapeMarkdown)((0,markdown/* truncate */.xv)((0,markdown/* shortenDigests */.fQ)(e.message), 300))} |`);
    }
    out.push('');
    for (const r of input.releases) {
        const deploy = r.report.steps.find((s) => s.step.kind === 'deploy')?.result?.summary;
        if (deploy)
            out.push(`## Rollout report: ${r.tag}`, '', deploy.trim(), '');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
;// CONCATENATED MODULE: ./lib/demo/workspace.js





/** The repository's examples/ folder, found from this module (src/demo or the dist bundle). */
function examplesDir() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'examples', 'model', 'config.json')))
            return (0,external_node_path_.join)(dir, 'examples');
        dir = (0,external_node_path_.dirname)(dir);
    }
    throw new errors/* InputError */.dz('examples/model not found next to model-deploy: run the demo from a checkout of the repository');
}
const RELEASES = [
    {
        tag: 'v1.0.0',
        version: '1.0.0',
        model: { quality: 0.91, latency_ms: 40 },
        expect: 'promoted',
        story: 'first release: the stable model is created',
    },
    {
        tag: 'v2.0.0',
        version: '2.0.0',
        model: { quality: 0.915, latency_ms: 38 },
        expect: 'rolled-back',
        story: 'passes offline evaluation but answers 30% of live requests with 5xx: canary analysis must roll it back',
    },
    {
        tag: 'v3.0.0',
        version: '3.0.0',
        model: { quality: 0.93, latency_ms: 36 },
        expect: 'promoted',
        story: 'a better model: promoted through every canary step',
    },
];
/** A throw-away repository: the example model, the example eval script and the demo config. */
function createWorkspace(configYaml) {
    const ws = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'model-deploy-demo-'));
    const examples = examplesDir();
    (0,external_node_fs_.cpSync)((0,external_node_path_.join)(examples, 'model'), (0,external_node_path_.join)(ws, 'model'), { recursive: true });
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(ws, 'eval'), { recursive: true });
    (0,external_node_fs_.cpSync)((0,external_node_path_.join)(examples, 'eval', 'evaluate.py'), (0,external_node_path_.join)(ws, 'eval', 'evaluate.py'));
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(ws, 'model-deploy.yml'), configYaml);
    return ws;
}
/** Writes the release's model: the example weights with this version's config.json. */
function checkoutRelease(ws, release) {
    const file = (0,external_node_path_.join)(ws, 'model', 'config.json');
    const config = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    (0,external_node_fs_.writeFileSync)(file, `${JSON.stringify({ ...config, ...release.model, version: release.version }, null, 2)}\n`);
}

;// CONCATENATED MODULE: ./lib/demo/run.js








/** Starts the simulated cluster, then runs three releases of the example model through the real pipeline. */
async function runDemo(ctx, options) {
    const t0 = Date.now();
    const ws = createWorkspace(DEMO_CONFIG);
    const timeline = [];
    const log = timedLog(ctx.log, timeline, t0);
    const layout = (0,external_node_path_.join)(ws, 'oci');
    // The sim needs to know which image misbehaves under traffic: build v2 once to learn its digest
    // (builds are reproducible, so the pipeline's own build of v2 gets the same one).
    const faultyDigest = await log.group('Prepare: learn the digest of the faulty v2 image', async () => {
        const v2 = RELEASES.find((r) => r.expect === 'rolled-back');
        checkoutRelease(ws, v2);
        const build = (await (0,commands/* loadCommand */.yV)('build'));
        const scratch = (0,external_node_path_.join)(ws, 'scratch-oci');
        const env = { ...ctx.env, DEMO_STATS_URL: 'http://127.0.0.1/not-started-yet' };
        const result = await build.run({ ...ctx, env, log: quiet(log), cwd: ws }, { config: 'model-deploy.yml', repository: `oci:${scratch}`, tag: [v2.version] }, []);
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
        return result.outputs.digest;
    });
    const sim = await (0,cluster/* startSimCluster */.k)({
        kubeconfigPath: (0,external_node_path_.join)(ws, 'kubeconfig'),
        config: {
            tick: '100ms',
            seed: 7,
            traffic: { rps: 200 },
            kubelet: { startup: '1s', pull: '300ms', backoffBase: '2s', backoffMax: '10s' },
            ociLayout: layout,
            nodePools: [{ name: 'gpu', count: 3, gpus: 8, product: 'NVIDIA-A100-SXM4-80GB' }],
            faultProfiles: [
                { name: 'v2-serving-errors', match: { image: `oci:${layout}@${faultyDigest}` }, errorRate: 0.3 },
            ],
        },
    });
    // Like a platform team would, create the namespace the model deploys into.
    const created = await fetch(`${sim.url}/api/v1/namespaces`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo' } }),
    });
    if (!created.ok)
        throw new Error(`creating the demo namespace failed: ${created.status} ${await created.text()}`);
    log.info(`simulated cluster: ${sim.url} (3 nodes × 8 NVIDIA A100), kubeconfig ${(0,external_node_path_.join)(ws, 'kubeconfig')}`);
    const releases = [];
    try {
        const env = { ...ctx.env, DEMO_STATS_URL: `${sim.url}/sim/v1/stats` };
        for (const release of RELEASES) {
            checkoutRelease(ws, release);
            log.info(`━━ ${release.tag}: ${release.story}`);
            const flowCtx = { ...ctx, cwd: ws, env, log, kubeconfigPath: (0,external_node_path_.join)(ws, 'kubeconfig') };
            const report = await (0,run/* runFlow */.c)(flowCtx, {
                ci: 'local',
                trigger: 'release',
                sha: '',
                ref: `refs/tags/${release.tag}`,
                repository: 'demo/tiny-classifier',
                release: { tag: release.tag, version: release.version },
            }, { configPath: 'model-deploy.yml' });
            const deploy = report.steps.find((s) => s.step.kind === 'deploy');
            const got = deploy?.result?.outputs?.verdict ?? (report.failed ? `failed: ${report.failed}` : 'no deploy step');
            log.info(`━━ ${release.tag}: ${got} (expected ${release.expect})`);
            releases.push({ tag: release.tag, expect: release.expect, got, report });
        }
        const plan = (await (0,commands/* loadCommand */.yV)('plan'));
        const schedule = await plan.run({ ...ctx, cwd: ws, env, log: quiet(log) }, { config: 'model-deploy.yml', format: 'markdown' }, []);
        const seconds = (Date.now() - t0) / 1000;
        const ok = releases.every((r) => r.got === r.expect);
        const reportPath = (0,external_node_path_.resolve)(ctx.cwd, options.out);
        (0,external_node_fs_.writeFileSync)(reportPath, renderDemoReport({ releases, schedule: schedule.summary ?? '', timeline, seconds, ok }));
        return { ok, reportPath, releases, seconds };
    }
    finally {
        await sim.close();
        if (!options.keep)
            (0,external_node_fs_.rmSync)(ws, { recursive: true, force: true });
        else
            log.info(`workspace kept: ${ws}`);
    }
}
/** Passes lines through and keeps the rollout's progress lines, with their time, for the report. */
function timedLog(inner, timeline, t0) {
    const keep = (message) => timeline.push({ t: (Date.now() - t0) / 1000, message });
    return {
        ...inner,
        info(message) {
            keep(message);
            inner.info(message);
        },
        warning(message, where) {
            keep(`warning: ${message}`);
            inner.warning(message, where);
        },
        error(message, where) {
            keep(`error: ${message}`);
            inner.error(message, where);
        },
        group: (title, fn) => {
            keep(`▸ ${title}`);
            return inner.group(title, fn);
        },
    };
}
function quiet(log) {
    return { ...log, info: () => { }, group: (_title, fn) => fn() };
}

// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/demo.js


/* harmony default export */ const demo = ((0,command/* defineCommand */.NB)({
    name: 'demo',
    summary: 'run three releases of the example model through the pipeline against the simulated GPU cluster',
    options: {
        out: {
            type: 'string',
            value: 'FILE',
            description: 'where to write the markdown report',
            default: 'report.md',
        },
        keep: {
            type: 'boolean',
            description: 'keep the demo workspace (model, layout, kubeconfig) for a look afterwards',
        },
    },
    help: [
        'Nothing to install: starts the simulated cluster (3 nodes × 8 GPUs), packs examples/model into an OCI layout',
        'the cluster pulls from, then releases v1 (deployed), v2 (a serving regression caught by canary analysis and',
        'rolled back automatically) and v3 (promoted). Exit 0 when each release did what it should.',
    ].join('\n'),
    async run(ctx, options) {
        const result = await runDemo(ctx, {
            out: (0,command/* stringOption */.Pp)(options, 'out') ?? 'report.md',
            keep: (0,command/* booleanOption */.Ic)(options, 'keep'),
        });
        const lines = result.releases.map((r) => `${r.tag}: ${r.got}${r.got === r.expect ? '' : ` (expected ${r.expect})`}`);
        ctx.log.info(`demo finished in ${result.seconds.toFixed(1)} s; report: ${result.reportPath}`);
        return {
            stdout: lines.join('\n'),
            outputs: { report: result.reportPath },
            ...(result.ok ? {} : { failed: `the demo did not go as expected: ${lines.join('; ')}` }),
        };
    },
}));


/***/ })

};
