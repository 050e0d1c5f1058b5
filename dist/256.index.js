export const id = 256;
export const ids = [256];
export const modules = {

/***/ 2256:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ place),
  parseToleration: () => (/* binding */ parseToleration),
  placementJson: () => (/* binding */ placementJson),
  shapeFrom: () => (/* binding */ shapeFrom)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/cluster/capacity.js
var capacity = __webpack_require__(44048);
// EXTERNAL MODULE: ./lib/cluster/placement.js + 3 modules
var placement = __webpack_require__(48532);
;// CONCATENATED MODULE: ./lib/cluster/placement-deploy.js
/** The Deployment's pod shape from deploy.* in model-deploy.yml, for `replicas` pods (e.g. canary + surge). */
function podShapeFromDeploy(deploy, replicas, name) {
    const r = deploy.resources;
    const tolerations = deploy.tolerations.map((t) => ({
        ...(t.key !== undefined ? { key: t.key } : {}),
        operator: t.operator,
        ...(t.value !== undefined ? { value: t.value } : {}),
        ...(t.effect !== undefined ? { effect: t.effect } : {}),
    }));
    return {
        ...(name ? { name } : {}),
        replicas,
        ...(r.gpus ? { gpus: r.gpus } : {}),
        ...(r.mig ? { mig: r.mig } : {}),
        ...(r['gpu-product'] ? { gpuProduct: r['gpu-product'] } : {}),
        ...(r.cpu ? { cpu: r.cpu } : {}),
        ...(r.memory ? { memory: r.memory } : {}),
        nodeSelector: { ...deploy['node-selector'] },
        tolerations,
    };
}

// EXTERNAL MODULE: ./lib/report/markdown.js
var markdown = __webpack_require__(63021);
;// CONCATENATED MODULE: ./lib/cluster/placement-report.js

/** Replicas by number, from 1 (`#1–#4, #7`): the placement's pod indices start at 0. */
function podList(indices) {
    const pods = indices.map((i) => i + 1);
    const ranges = [];
    for (let i = 0; i < pods.length;) {
        let j = i;
        while (j + 1 < pods.length && pods[j + 1] === pods[j] + 1)
            j++;
        ranges.push(i === j ? `#${pods[i]}` : `#${pods[i]}–#${pods[j]}`);
        i = j + 1;
    }
    return ranges.join(', ');
}
const MAX_ROWS = 30;
/** The PR-comment / job-summary section for a placement preflight. */
function placementMarkdown(result, title = 'GPU placement preflight') {
    const total = result.assignments.length + result.unplaced.length;
    const lines = [`### ${title}`, ''];
    if (result.feasible) {
        lines.push(`✅ **Fits**: ${total} pod(s) on ${result.nodesUsed} node(s) (lower bound ${result.lowerBound}${result.method === 'exact' ? ', optimal' : ''}), ${result.strandedGpus} GPU(s) stranded.`);
    }
    else {
        lines.push(`❌ **Does not fit**: ${result.unplaced.length} of ${total} pod(s) cannot be placed.`);
    }
    lines.push(`The default scheduler (LeastAllocated on cpu/memory) would use ${result.spread.nodesUsed} node(s), strand ${result.spread.strandedGpus} GPU(s)${result.spread.unplaced ? ` and leave ${result.spread.unplaced} pod(s) Pending` : ''}.`, '');
    if (result.nodes.length > 0) {
        lines.push((0,markdown.table)(['node', 'GPU product', 'replicas', 'free after'], result.nodes.map((n) => [(0,markdown.escapeMarkdown)(n.name), (0,markdown.escapeMarkdown)(n.product ?? '—'), podList(n.pods), String(n.freeAfter)]), {
            align: ['left', 'left', 'left', 'right'],
            max: MAX_ROWS,
            more: (k) => `_… and ${k} more node(s): the \`placement\` output lists every one._`,
        }), '');
    }
    if (result.unplaced.length > 0) {
        const byReason = new Map();
        for (const u of result.unplaced)
            byReason.set(u.reason, [...(byReason.get(u.reason) ?? []), u.pod]);
        lines.push('**Cannot be placed**', '');
        for (const [reason, pods] of [...byReason].slice(0, MAX_ROWS))
            lines.push(`- replica${pods.length === 1 ? '' : 's'} ${podList(pods)}: ${(0,markdown.escapeMarkdown)(reason)}`);
        if (byReason.size > MAX_ROWS)
            lines.push(`- … and ${byReason.size - MAX_ROWS} more reasons`);
        lines.push('');
    }
    if (result.notUnderstood.length > 0) {
        lines.push(`⚠️ ${result.notUnderstood.length} pod(s) use resources this check cannot count; free capacity may be overstated:`, '');
        for (const p of result.notUnderstood.slice(0, MAX_ROWS))
            lines.push(`- ${(0,markdown.escapeMarkdown)(`${p.namespace}/${p.name}`)}: ${(0,markdown.escapeMarkdown)(p.reason)}`);
        if (result.notUnderstood.length > MAX_ROWS)
            lines.push(`- … and ${result.notUnderstood.length - MAX_ROWS} more pod(s)`);
        lines.push('');
    }
    lines.push('<details><summary>How to read this</summary>', '', '- **nodes used**: nodes that receive at least one of these pods. **Lower bound**: no placement can use fewer nodes (per resource, the fewest nodes whose free amounts cover the demand; pods that cannot share a node; replicas ÷ max per node; or the optimum when the exact search finished).', '- **Stranded GPUs**: free GPUs (or MIG devices) on nodes that could host a pod of the largest shape when empty but can no longer host one. They are free yet unusable for another replica.', '- Free capacity is allocatable minus the requests of every non-terminated pod on the node (init containers and pod overhead counted as the scheduler does).', '', '</details>');
    return lines.join('\n');
}
/** The placement's line at the top of the pull-request comment. */
function placementVerdict(result) {
    const total = result.assignments.length + result.unplaced.length;
    if (!result.feasible)
        return {
            status: 'fail',
            reason: `${result.unplaced.length} of ${total} replica(s) cannot be placed: ${result.unplaced[0]?.reason ?? ''}`,
        };
    if (result.notUnderstood.length > 0)
        return {
            status: 'warn',
            reason: `fits on ${result.nodesUsed} node(s), but ${result.notUnderstood.length} pod(s) use resources this check cannot count`,
        };
    return {
        status: 'pass',
        reason: `${total} replica(s) fit on ${result.nodesUsed} node(s), ${result.strandedGpus} GPU(s) stranded`,
    };
}

// EXTERNAL MODULE: ./lib/config/load.js + 9 modules
var load = __webpack_require__(35130);
// EXTERNAL MODULE: ./lib/config/units.js
var units = __webpack_require__(17361);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./lib/commands/command.js
var command = __webpack_require__(85583);
;// CONCATENATED MODULE: ./lib/commands/place.js










function wholeNumber(options, name, min) {
    const text = (0,command/* stringOption */.Pp)(options, name);
    if (text === undefined)
        return undefined;
    if (!/^\d+$/.test(text.trim()) || Number(text) < min) {
        throw new errors/* InputError */.dz(`--${name} must be a whole number ≥ ${min}, got "${text}"`);
    }
    return Number(text);
}
function quantityOption(options, name, example) {
    const text = (0,command/* stringOption */.Pp)(options, name);
    if (text === undefined)
        return undefined;
    const q = (0,units/* parseQuantity */.Lf)(text);
    if (q === undefined)
        throw new errors/* InputError */.dz(`--${name} "${text}" is not a Kubernetes quantity; use e.g. ${example}`);
    return q;
}
/** `key=value:Effect`, `key:Effect` or `key` (Exists), as in kubectl taint. */
function parseToleration(text) {
    const m = /^([^=:\s]+)(?:=([^:\s]*))?(?::(NoSchedule|PreferNoSchedule|NoExecute))?$/.exec(text.trim());
    if (!m) {
        throw new errors/* InputError */.dz(`--toleration "${text}": use key=value:Effect, key:Effect or key (Effect is NoSchedule, PreferNoSchedule or NoExecute), e.g. nvidia.com/gpu=present:NoSchedule`);
    }
    const [, key, value, effect] = m;
    return {
        key: key,
        ...(value !== undefined ? { operator: 'Equal', value } : { operator: 'Exists' }),
        ...(effect ? { effect: effect } : {}),
    };
}
function parseSelector(items) {
    const selector = {};
    for (const item of items) {
        const i = item.indexOf('=');
        if (i <= 0)
            throw new errors/* InputError */.dz(`--node-selector "${item}": use key=value, e.g. cloud.google.com/gke-nodepool=a3-pool`);
        selector[item.slice(0, i)] = item.slice(i + 1);
    }
    return selector;
}
function deployConfig(ctx, options) {
    const path = (0,command/* stringOption */.Pp)(options, 'config') ?? 'model-deploy.yml';
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(ctx.cwd, path)))
        return undefined;
    return (0,load/* loadConfig */.Z)(path, { cwd: ctx.cwd, env: ctx.env }).config.deploy;
}
/** The pod shape from flags, falling back to deploy.* in the config. */
function shapeFrom(options, deploy) {
    const replicas = wholeNumber(options, 'replicas', 1) ?? deploy?.replicas;
    if (replicas === undefined) {
        throw new errors/* InputError */.dz('--replicas is required (or set deploy.replicas in model-deploy.yml)');
    }
    const base = deploy ? podShapeFromDeploy(deploy, replicas) : { replicas };
    const gpus = wholeNumber(options, 'gpus', 0) ?? base.gpus;
    const mig = (0,command/* stringOption */.Pp)(options, 'mig') ?? base.mig;
    if (mig !== undefined && !/^\d+g\.\d+gb$/.test(mig))
        throw new errors/* InputError */.dz(`--mig "${mig}": use a MIG profile like 1g.10gb or 3g.40gb`);
    if (gpus && mig)
        throw new errors/* InputError */.dz('ask for whole GPUs (--gpus) or a MIG profile (--mig), not both');
    const gpuProduct = (0,command/* stringOption */.Pp)(options, 'gpu-product') ?? base.gpuProduct;
    const cpu = quantityOption(options, 'cpu', '8 or 500m') ?? base.cpu;
    const memory = quantityOption(options, 'memory', '64Gi') ?? base.memory;
    const maxPerNode = wholeNumber(options, 'max-per-node', 1);
    const selectorFlags = (0,command/* listOption */.y8)(options, 'node-selector');
    const tolerationFlags = (0,command/* listOption */.y8)(options, 'toleration');
    return {
        replicas,
        ...(gpus ? { gpus } : {}),
        ...(mig ? { mig } : {}),
        ...(gpuProduct ? { gpuProduct } : {}),
        ...(cpu ? { cpu } : {}),
        ...(memory ? { memory } : {}),
        ...(maxPerNode ? { maxPerNode } : {}),
        nodeSelector: selectorFlags.length > 0 ? parseSelector(selectorFlags) : (base.nodeSelector ?? {}),
        tolerations: tolerationFlags.length > 0 ? tolerationFlags.map(parseToleration) : (base.tolerations ?? []),
    };
}
async function snapshotFor(ctx, options) {
    const nodes = (0,command/* stringOption */.Pp)(options, 'nodes');
    const pods = (0,command/* stringOption */.Pp)(options, 'pods');
    if (nodes)
        return (0,capacity/* snapshotFromFiles */.cb)(nodes, pods, ctx.cwd);
    if (pods)
        throw new errors/* InputError */.dz('--pods needs --nodes (kubectl get nodes -o json > nodes.json)');
    const kubeconfig = (0,command/* stringOption */.Pp)(options, 'kubeconfig') ?? ctx.kubeconfigPath;
    if (kubeconfig)
        return (0,capacity/* snapshotFromCluster */.vh)((0,external_node_path_.resolve)(ctx.cwd, kubeconfig));
    throw new errors/* InputError */.dz('no cluster to check: pass --nodes nodes.json [--pods pods.json] (from kubectl get nodes -o json / kubectl get pods -A -o json) or --kubeconfig FILE (or set KUBECONFIG)');
}
/** The JSON the issue specifies (spread without its per-pod list), plus method, nodes and notUnderstood. */
function placementJson(result) {
    const { assignments: _spreadAssignments, ...spread } = result.spread;
    return JSON.stringify({ ...result, spread }, null, 2);
}
/* harmony default export */ const place = ((0,command/* defineCommand */.NB)({
    name: 'place',
    summary: 'check that the release fits the cluster GPUs, and where it would go',
    options: {
        nodes: { type: 'string', value: 'FILE', description: 'NodeList JSON (kubectl get nodes -o json)' },
        pods: {
            type: 'string',
            value: 'FILE',
            description: 'PodList JSON (kubectl get pods -A -o json): what already runs',
        },
        kubeconfig: {
            type: 'string',
            value: 'FILE',
            description: 'read nodes and pods from this cluster instead',
        },
        replicas: { type: 'string', value: 'N', description: 'pods to place (default: deploy.replicas)' },
        gpus: { type: 'string', value: 'G', description: 'whole GPUs per pod (default: deploy.resources.gpus)' },
        'gpu-product': {
            type: 'string',
            value: 'P',
            description: 'required nvidia.com/gpu.product, e.g. NVIDIA-H100-80GB-HBM3',
        },
        mig: {
            type: 'string',
            value: 'PROFILE',
            description: 'one MIG device per pod instead of GPUs, e.g. 3g.40gb',
        },
        cpu: { type: 'string', value: 'C', description: 'cpu per pod, e.g. 8 or 500m' },
        memory: { type: 'string', value: 'M', description: 'memory per pod, e.g. 64Gi' },
        'node-selector': {
            type: 'string',
            value: 'KEY=VALUE',
            multiple: true,
            description: 'node label the pods require',
        },
        toleration: {
            type: 'string',
            value: 'KEY[=VALUE][:EFFECT]',
            multiple: true,
            description: 'taint the pods tolerate',
        },
        'max-per-node': { type: 'string', value: 'N', description: 'spread: at most N pods on one node' },
        format: { type: 'string', value: 'json|markdown', description: 'stdout format', default: 'json' },
    },
    help: [
        'Examples:',
        '  kubectl get nodes -o json > nodes.json; kubectl get pods -A -o json > pods.json',
        '  model-deploy place --nodes nodes.json --pods pods.json --replicas 4 --gpus 8 \\',
        '    --gpu-product NVIDIA-H100-80GB-HBM3 --toleration nvidia.com/gpu=present:NoSchedule',
        '  model-deploy place --kubeconfig ~/.kube/config        # shape from deploy.* in model-deploy.yml',
        '',
        'Exit 1 when some pod cannot be placed, with the reason for each.',
    ].join('\n'),
    async run(ctx, options) {
        const format = (0,command/* stringOption */.Pp)(options, 'format') ?? 'json';
        if (format !== 'json' && format !== 'markdown')
            throw new errors/* InputError */.dz(`--format must be json or markdown, got "${format}"`);
        const shape = shapeFrom(options, deployConfig(ctx, options));
        const snapshot = await snapshotFor(ctx, options);
        if ((0,command/* stringOption */.Pp)(options, 'nodes') && !(0,command/* stringOption */.Pp)(options, 'pods')) {
            ctx.log.warning('no --pods: counting every node as empty (kubectl get pods -A -o json > pods.json for what runs now)');
        }
        for (const p of snapshot.notUnderstood)
            ctx.log.warning(`${p.namespace}/${p.name}: ${p.reason}`);
        const result = (0,placement/* place */.ik)(snapshot, { shapes: [shape] });
        ctx.log.info(`${snapshot.source}: ${snapshot.nodes.length} node(s); ${result.assignments.length}/${shape.replicas} pod(s) placed on ${result.nodesUsed} node(s) (lower bound ${result.lowerBound}), ${result.strandedGpus} GPU(s) stranded; default scheduler: ${result.spread.nodesUsed} node(s), ${result.spread.strandedGpus} stranded`);
        const markdown = placementMarkdown(result);
        const reasons = [...new Set(result.unplaced.map((u) => u.reason))];
        return {
            stdout: format === 'json' ? placementJson(result) : markdown,
            summary: markdown,
            verdict: placementVerdict(result),
            outputs: {
                feasible: String(result.feasible),
                'nodes-used': String(result.nodesUsed),
                'stranded-gpus': String(result.strandedGpus),
                placement: placementJson(result),
            },
            ...(result.feasible
                ? {}
                : {
                    failed: `${result.unplaced.length} of ${shape.replicas} pod(s) do not fit: ${reasons.join(' | ')}`,
                }),
        };
    },
}));


/***/ })

};
