export const id = 890;
export const ids = [890];
export const modules = {

/***/ 97518:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ saveHistory),
/* harmony export */   rC: () => (/* binding */ restoreHistory),
/* harmony export */   u_: () => (/* binding */ taskHashes),
/* harmony export */   ww: () => (/* binding */ cacheStore)
/* harmony export */ });
/* unused harmony exports DirectoryCacheStore, ActionsCacheStore, matchFiles */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61691);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(14006);
/* harmony import */ var _config_env_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11289);






/** Local store: one small JSON file per hash in a directory (pipeline.cache). */
class DirectoryCacheStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    fileOf(hash) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, `${hash}.json`);
    }
    async has(hash) {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(this.fileOf(hash));
    }
    async record(entry) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(this.dir, { recursive: true });
        const file = this.fileOf(entry.hash);
        const tmp = `${file}.${process.pid}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, `${JSON.stringify(entry)}\n`);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
    }
}
/**
 * In the action: the entry file of the directory store saved to the GitHub Actions cache under
 * `model-deploy-task-<hash>`; a hit is looked up without downloading. Cache service errors are
 * warnings (a miss), never a failed pipeline.
 */
class ActionsCacheStore {
    log;
    api;
    local;
    constructor(dir, log, api = _actions_cache__WEBPACK_IMPORTED_MODULE_3__) {
        this.log = log;
        this.api = api;
        this.local = new DirectoryCacheStore(dir);
    }
    static key(hash) {
        return `model-deploy-task-${hash}`;
    }
    async has(hash) {
        if (await this.local.has(hash))
            return true;
        try {
            const key = ActionsCacheStore.key(hash);
            return (await this.api.restoreCache([this.local.fileOf(hash)], key, [], { lookupOnly: true })) === key;
        }
        catch (error) {
            this.log.warning(`cache lookup for ${hash.slice(0, 12)} failed, running the task: ${error.message}`);
            return false;
        }
    }
    async record(entry) {
        await this.local.record(entry);
        try {
            await this.api.saveCache([this.local.fileOf(entry.hash)], ActionsCacheStore.key(entry.hash));
        }
        catch (error) {
            this.log.warning(`could not save the cache entry of ${entry.id}: ${error.message}`);
        }
    }
}
/** The store for this run: the Actions cache in the action when the service is reachable, else the directory. */
function cacheStore(dir, options) {
    const api = options.api ?? _actions_cache__WEBPACK_IMPORTED_MODULE_3__;
    if (options.action) {
        if (api.isFeatureAvailable())
            return new ActionsCacheStore(dir, options.log, api);
        options.log.warning('the GitHub Actions cache service is not available; task results are cached in the runner only');
    }
    return new DirectoryCacheStore(dir);
}
/** Files under `dir` matching any glob, as sorted forward-slash paths relative to `dir`. */
function matchFiles(dir, globs) {
    if (globs.length === 0)
        return [];
    const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_5__([...globs], { dot: true });
    const found = new Set();
    const bases = new Set(globs.map((g) => picomatch__WEBPACK_IMPORTED_MODULE_5__.scan(g).base || '.'));
    const walk = (abs) => {
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(abs, { withFileTypes: true })) {
            const child = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(abs, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== '.git')
                    walk(child);
            }
            else {
                const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, child).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
                if (isMatch(rel))
                    found.add(rel);
            }
        }
    };
    for (const base of bases) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, base);
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(abs, { throwIfNoEntry: false });
        if (stat?.isDirectory())
            walk(abs);
        else if (stat) {
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, abs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
            if (isMatch(rel))
                found.add(rel);
        }
    }
    return [...found].sort();
}
/**
 * Input hash per task: sha256 over the task's definition, the path and contents of every file its
 * `inputs` globs match, and the hashes of the tasks it needs, so a change upstream invalidates
 * everything downstream. `order` must be topological.
 */
function taskHashes(tasks, order, dir, env = {}) {
    const hashes = new Map();
    for (let k = 0; k < order.length; k++) {
        const t = tasks[order[k]];
        const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const definition = { id: t.id, run: t.run, uses: t.uses, env: t.env, inputs: t.inputs, runner: t.runner };
        h.update(JSON.stringify(definition));
        // the shell expands variables at run time, so their values are part of what the task does
        if (t.run)
            h.update(`\0env\0${(0,_config_env_js__WEBPACK_IMPORTED_MODULE_4__/* .shellReferences */ .PA)(t.run, { ...env, ...t.env })}`);
        for (const file of matchFiles(dir, t.inputs)) {
            h.update(`\0file\0${file}\0`);
            h.update((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, file)));
        }
        for (const need of [...t.needs].sort())
            h.update(`\0need\0${need}\0${hashes.get(need) ?? ''}`);
        hashes.set(t.id, h.digest('hex'));
    }
    return hashes;
}
const HISTORY_KEY = 'model-deploy-durations-';
/**
 * In the action the runner's workspace is new each time, so the duration history travels in the
 * Actions cache: restored (newest entry by prefix) when the file is not in the checkout, and saved
 * under a key unique to the run after the pipeline recorded new durations.
 */
async function restoreHistory(file, options) {
    const api = options.api ?? _actions_cache__WEBPACK_IMPORTED_MODULE_3__;
    if (!options.action || (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file) || !api.isFeatureAvailable())
        return;
    try {
        const hit = await api.restoreCache([file], `${HISTORY_KEY}${options.env.GITHUB_RUN_ID ?? 'local'}`, [
            HISTORY_KEY,
        ]);
        if (hit)
            options.log.info(`duration history restored from the Actions cache (${hit})`);
    }
    catch (error) {
        options.log.warning(`could not restore the duration history: ${error.message}`);
    }
}
async function saveHistory(file, options) {
    const api = options.api ?? _actions_cache__WEBPACK_IMPORTED_MODULE_3__;
    if (!options.action || !api.isFeatureAvailable())
        return;
    const run = options.env.GITHUB_RUN_ID ?? String(options.now.getTime());
    try {
        await api.saveCache([file], `${HISTORY_KEY}${run}-${options.env.GITHUB_RUN_ATTEMPT ?? '1'}`);
    }
    catch (error) {
        options.log.warning(`could not save the duration history: ${error.message}`);
    }
}


/***/ }),

/***/ 32348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ KeyedHeap)
/* harmony export */ });
/**
 * Binary min-heap of (key, value) pairs: smallest key first, ties by smaller value (a task index),
 * so results never depend on insertion order. Pairs live in growable typed arrays and comparisons
 * are inline, so hot loops allocate nothing and call nothing per comparison.
 */
class KeyedHeap {
    keys;
    values;
    count = 0;
    constructor(initialCapacity = 16) {
        const capacity = Math.max(1, initialCapacity);
        this.keys = new Float64Array(capacity);
        this.values = new Int32Array(capacity);
    }
    get size() {
        return this.count;
    }
    peekKey() {
        if (this.count === 0)
            throw new RangeError('peek on an empty heap');
        return this.keys[0];
    }
    push(key, value) {
        if (this.count === this.keys.length) {
            const keys = new Float64Array(this.keys.length * 2);
            keys.set(this.keys);
            this.keys = keys;
            const values = new Int32Array(this.values.length * 2);
            values.set(this.values);
            this.values = values;
        }
        const keys = this.keys;
        const values = this.values;
        let i = this.count++;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const pk = keys[parent];
            if (pk < key || (pk === key && values[parent] <= value))
                break;
            keys[i] = pk;
            values[i] = values[parent];
            i = parent;
        }
        keys[i] = key;
        values[i] = value;
    }
    /** Removes the smallest pair and returns its value. */
    pop() {
        if (this.count === 0)
            throw new RangeError('pop on an empty heap');
        const keys = this.keys;
        const values = this.values;
        const top = values[0];
        const n = --this.count;
        const key = keys[n];
        const value = values[n];
        let i = 0;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= n)
                break;
            const right = child + 1;
            if (right < n &&
                (keys[right] < keys[child] || (keys[right] === keys[child] && values[right] < values[child]))) {
                child = right;
            }
            const ck = keys[child];
            if (key < ck || (key === ck && value <= values[child]))
                break;
            keys[i] = ck;
            values[i] = values[child];
            i = child;
        }
        if (n > 0) {
            keys[i] = key;
            values[i] = value;
        }
        return top;
    }
}


/***/ }),

/***/ 26188:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lu: () => (/* binding */ readHistory),
/* harmony export */   Mx: () => (/* binding */ medianDurations),
/* harmony export */   Xf: () => (/* binding */ recordDurations),
/* harmony export */   wn: () => (/* binding */ writeHistory)
/* harmony export */ });
/* unused harmony exports HISTORY_KEEP, emptyHistory, parseHistory */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15521);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(452);




/** Runs kept per task: enough for a stable median, small enough to follow a task that got slower. */
const HISTORY_KEEP = 20;
function emptyHistory() {
    return { version: 1, tasks: {} };
}
function parseHistory(text, file) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: not valid JSON (${error.message}); delete it to start a new history`);
    }
    const tasks = data?.tasks;
    if (typeof tasks !== 'object' || tasks === null || Array.isArray(tasks)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: expected {"version": 1, "tasks": {"<task id>": [ms, ...]}}; delete it to start a new history`);
    }
    const out = {};
    for (const [id, runs] of Object.entries(tasks)) {
        if (!Array.isArray(runs) || runs.some((r) => typeof r !== 'number' || !Number.isFinite(r) || r < 0)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${file}: tasks.${id} must be a list of durations in milliseconds`);
        }
        out[id] = runs;
    }
    return { version: 1, tasks: out };
}
/** The history at `file`; an empty one when the file does not exist yet. */
function readHistory(file) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return emptyHistory();
        throw error;
    }
    return parseHistory(text, file);
}
/** Written to a temporary file and renamed, so a killed run never leaves half a file. */
function writeHistory(file, history) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, `${JSON.stringify(history, null, 2)}\n`);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, file);
}
/** Median recorded duration per task id, for tasks with at least one recorded run. */
function medianDurations(history) {
    const out = new Map();
    for (const [id, runs] of Object.entries(history.tasks))
        if (runs.length > 0)
            out.set(id, (0,simple_statistics__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(runs));
    return out;
}
/** A new history with `runs` appended, keeping the last HISTORY_KEEP per task. */
function recordDurations(history, runs) {
    const tasks = { ...history.tasks };
    for (const { id, durationMs } of runs) {
        tasks[id] = [...(tasks[id] ?? []), Math.round(durationMs)].slice(-HISTORY_KEEP);
    }
    return { version: 1, tasks };
}


/***/ }),

/***/ 92966:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ affectedOptions)
/* harmony export */ });
/** Options that choose which tasks run: affected-only and the input-hash cache (plan and pipeline run). */
const affectedOptions = {
    'changed-from': {
        type: 'string',
        value: 'REF',
        description: 'run only tasks affected by git diff REF...HEAD',
    },
    changed: {
        type: 'string',
        multiple: true,
        value: 'FILE',
        description: 'a changed file; run only tasks it affects',
    },
    'no-cache': { type: 'boolean', description: 'run tasks even when a recorded run has the same input hash' },
};


/***/ }),

/***/ 18550:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ preparePipeline)
});

// UNUSED EXPORTS: gitChangedFiles

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./lib/config/load.js + 9 modules
var load = __webpack_require__(35130);
// EXTERNAL MODULE: ./lib/config/positions.js
var positions = __webpack_require__(16370);
// EXTERNAL MODULE: ./lib/errors.js
var errors = __webpack_require__(452);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
;// CONCATENATED MODULE: ./lib/dag/affected.js

/**
 * Ids of the tasks a change affects: those whose `paths` match a changed file, those without
 * `paths`, and everything downstream of them. `changed` holds paths relative to the config
 * directory, with forward slashes.
 */
function affectedTasks(tasks, changed) {
    const dependents = new Map();
    for (const t of tasks) {
        for (const need of t.needs) {
            const list = dependents.get(need);
            if (list)
                list.push(t.id);
            else
                dependents.set(need, [t.id]);
        }
    }
    const affected = new Set();
    const queue = [];
    for (const t of tasks) {
        const matches = t.paths === undefined ? undefined : picomatch([...t.paths], { dot: true });
        if (matches === undefined || (t.paths.length > 0 && changed.some((file) => matches(file)))) {
            affected.add(t.id);
            queue.push(t.id);
        }
    }
    while (queue.length > 0) {
        for (const d of dependents.get(queue.pop()) ?? []) {
            if (!affected.has(d)) {
                affected.add(d);
                queue.push(d);
            }
        }
    }
    return affected;
}

// EXTERNAL MODULE: ./lib/dag/cache.js
var cache = __webpack_require__(97518);
// EXTERNAL MODULE: ./lib/dag/cycle.js
var dag_cycle = __webpack_require__(56970);
;// CONCATENATED MODULE: ./lib/dag/graph.js


const taskPath = (i) => `pipeline.tasks[${i}]`;
/**
 * Builds and validates the graph: duplicate ids, unknown or self needs, unknown pools, bad durations
 * and capacities are reported together; a cycle is reported with every task on it.
 */
function buildGraph(tasks, capacity) {
    const n = tasks.length;
    const issues = [];
    const pools = Object.keys(capacity);
    const poolIndex = new Map(pools.map((p, i) => [p, i]));
    const caps = new Int32Array(pools.length);
    pools.forEach((p, i) => {
        const c = capacity[p];
        if (!Number.isInteger(c) || c < 1) {
            issues.push({
                path: `pipeline.runners.${p}`,
                message: `capacity must be a whole number ≥ 1, got ${c}`,
            });
        }
        caps[i] = c;
    });
    const index = new Map();
    const ids = new Array(n);
    const duration = new Float64Array(n);
    const pool = new Int32Array(n);
    const skipped = new Uint8Array(n);
    let needCount = 0;
    for (let i = 0; i < n; i++) {
        const t = tasks[i];
        ids[i] = t.id;
        if (index.has(t.id)) {
            issues.push({
                path: `${taskPath(i)}.id`,
                message: `duplicate task id "${t.id}" (first at ${taskPath(index.get(t.id))})`,
            });
        }
        else
            index.set(t.id, i);
        if (!(Number.isFinite(t.duration) && t.duration >= 0)) {
            issues.push({
                path: `${taskPath(i)}.duration`,
                message: `duration must be a finite number ≥ 0 ms, got ${t.duration}`,
            });
        }
        duration[i] = t.skipped ? 0 : t.duration;
        skipped[i] = t.skipped ? 1 : 0;
        const p = poolIndex.get(t.pool);
        if (p === undefined) {
            issues.push({
                path: `${taskPath(i)}.runner`,
                message: `runner pool "${t.pool}" has no capacity in pipeline.runners (${pools.join(', ') || 'none'})`,
            });
        }
        pool[i] = p ?? 0;
        needCount += t.needs.length;
    }
    // Resolve needs, dropping repeats of the same need so each edge appears once.
    const predStart = new Int32Array(n + 1);
    const pred = new Int32Array(needCount);
    const stamp = new Int32Array(n);
    let e = 0;
    for (let i = 0; i < n; i++) {
        predStart[i] = e;
        const needs = tasks[i].needs;
        for (let j = 0; j < needs.length; j++) {
            const need = needs[j];
            const p = index.get(need);
            if (p === undefined) {
                issues.push({ path: `${taskPath(i)}.needs[${j}]`, message: `unknown task "${need}"` });
            }
            else if (p === i) {
                issues.push({ path: `${taskPath(i)}.needs[${j}]`, message: `task "${need}" needs itself` });
            }
            else if (stamp[p] !== i + 1) {
                stamp[p] = i + 1;
                pred[e++] = p;
            }
        }
    }
    predStart[n] = e;
    if (issues.length > 0)
        throw new errors/* ConfigError */.xL(issues);
    const succStart = new Int32Array(n + 1);
    for (let k = 0; k < e; k++)
        succStart[pred[k] + 1]++;
    for (let i = 0; i < n; i++)
        succStart[i + 1] += succStart[i];
    const succ = new Int32Array(e);
    const fill = succStart.slice(0, n);
    for (let i = 0; i < n; i++) {
        for (let k = predStart[i]; k < predStart[i + 1]; k++)
            succ[fill[pred[k]]++] = i;
    }
    const order = topologicalOrder(n, predStart, succStart, succ);
    if (order === undefined) {
        const cycle = (0,dag_cycle/* findCycle */.u)(n, predStart, pred.subarray(0, e));
        // Start the cycle at its first task in the file so the message is stable.
        const first = cycle.indexOf(Math.min(...cycle));
        const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
        const names = [...rotated, rotated[0]].map((i) => ids[i]).join(' → ');
        throw new errors/* ConfigError */.xL([
            {
                path: `${taskPath(rotated[0])}.needs`,
                message: `dependency cycle: ${names} (each task needs the next); remove one of these needs`,
            },
        ]);
    }
    return {
        n,
        ids,
        duration,
        pool,
        pools,
        capacity: caps,
        skipped,
        predStart,
        pred: pred.subarray(0, e),
        succStart,
        succ,
        order,
    };
}
/** Kahn's algorithm; undefined when a cycle leaves tasks unordered. */
function topologicalOrder(n, predStart, succStart, succ) {
    const indegree = new Int32Array(n);
    for (let i = 0; i < n; i++)
        indegree[i] = predStart[i + 1] - predStart[i];
    const order = new Int32Array(n);
    let tail = 0;
    for (let i = 0; i < n; i++)
        if (indegree[i] === 0)
            order[tail++] = i;
    for (let head = 0; head < tail; head++) {
        const v = order[head];
        for (let k = succStart[v]; k < succStart[v + 1]; k++) {
            const s = succ[k];
            if (--indegree[s] === 0)
                order[tail++] = s;
        }
    }
    return tail === n ? order : undefined;
}

// EXTERNAL MODULE: ./lib/dag/history.js
var dag_history = __webpack_require__(26188);
// EXTERNAL MODULE: ./lib/dag/heap.js
var heap = __webpack_require__(32348);
;// CONCATENATED MODULE: ./lib/dag/schedule.js

/**
 * Resource-constrained list schedule: whenever a runner of a pool is free, it takes the ready task
 * of that pool with the longest path to the end (`priority`, ties by input order). Event driven,
 * O((n + e) log n): a ready heap and a free-slot heap per pool, one heap of running tasks.
 */
function listSchedule(g, priority) {
    const { n, pool, duration, skipped, succStart, succ, predStart } = g;
    const poolCount = g.pools.length;
    const start = new Float64Array(n);
    const finish = new Float64Array(n);
    const slot = new Int32Array(n).fill(-1);
    const waiting = new Int32Array(n);
    for (let i = 0; i < n; i++)
        waiting[i] = predStart[i + 1] - predStart[i];
    // Ready tasks keyed by -priority (longest path first); running tasks by finish time.
    const ready = [];
    const freeSlots = [];
    for (let p = 0; p < poolCount; p++) {
        ready.push(new heap/* KeyedHeap */.f(64));
        const free = new heap/* KeyedHeap */.f(g.capacity[p]);
        for (let s = 0; s < g.capacity[p]; s++)
            free.push(s, s);
        freeSlots.push(free);
    }
    const running = new heap/* KeyedHeap */.f(64);
    // Skipped tasks complete the moment they are ready; a stack resolves chains of them.
    const done = [];
    const release = (v, now) => {
        done.push(v);
        while (done.length > 0) {
            const u = done.pop();
            for (let k = succStart[u]; k < succStart[u + 1]; k++) {
                const s = succ[k];
                if (--waiting[s] !== 0)
                    continue;
                if (skipped[s]) {
                    start[s] = now;
                    finish[s] = now;
                    done.push(s);
                }
                else
                    ready[pool[s]].push(-priority[s], s);
            }
        }
    };
    let now = 0;
    // Sources first, then release skipped ones: releasing during the scan would queue a task twice.
    const sources = [];
    for (let i = 0; i < n; i++)
        if (waiting[i] === 0)
            sources.push(i);
    for (const i of sources) {
        if (skipped[i])
            release(i, 0);
        else
            ready[pool[i]].push(-priority[i], i);
    }
    let makespan = 0;
    for (;;) {
        for (let p = 0; p < poolCount; p++) {
            const r = ready[p];
            const free = freeSlots[p];
            while (r.size > 0 && free.size > 0) {
                const v = r.pop();
                slot[v] = free.pop();
                start[v] = now;
                finish[v] = now + duration[v];
                running.push(finish[v], v);
            }
        }
        if (running.size === 0)
            break;
        now = running.peekKey();
        if (now > makespan)
            makespan = now;
        while (running.size > 0 && running.peekKey() <= now) {
            const v = running.pop();
            freeSlots[pool[v]].push(slot[v], slot[v]);
            release(v, now);
        }
    }
    return { start, finish, slot, makespan };
}
/**
 * The naive schedule: stage k starts when all of stage k-1 has finished (a barrier between
 * stages, as `needs:` on whole stages would do); inside a stage, longest task first onto the
 * earliest free runner of its pool.
 */
function barrierSchedule(g, stage, stageCount) {
    const { n, pool, duration, skipped } = g;
    const start = new Float64Array(n);
    const finish = new Float64Array(n);
    const slot = new Int32Array(n).fill(-1);
    // Bucket tasks by stage and pool, longest first.
    const poolCount = g.pools.length;
    const buckets = stageCount * poolCount;
    const bucketStart = new Int32Array(buckets + 1);
    for (let v = 0; v < n; v++)
        if (!skipped[v])
            bucketStart[stage[v] * poolCount + pool[v] + 1]++;
    for (let b = 0; b < buckets; b++)
        bucketStart[b + 1] += bucketStart[b];
    const members = new Int32Array(bucketStart[buckets]);
    const fill = bucketStart.slice(0, buckets);
    for (let v = 0; v < n; v++)
        if (!skipped[v])
            members[fill[stage[v] * poolCount + pool[v]]++] = v;
    const longestFirst = new heap/* KeyedHeap */.f(64);
    let stageStart = 0;
    const stageEnd = new Float64Array(stageCount);
    for (let s = 0; s < stageCount; s++) {
        let end = stageStart;
        for (let p = 0; p < poolCount; p++) {
            const b = s * poolCount + p;
            const from = bucketStart[b];
            const to = bucketStart[b + 1];
            if (from === to)
                continue;
            for (let k = from; k < to; k++)
                longestFirst.push(-duration[members[k]], members[k]);
            // More runners than tasks: only the first (to - from) slots are ever used.
            const slots = Math.min(g.capacity[p], to - from);
            const earliest = new heap/* KeyedHeap */.f(slots);
            for (let k = 0; k < slots; k++)
                earliest.push(stageStart, k);
            while (longestFirst.size > 0) {
                const v = longestFirst.pop();
                const free = earliest.peekKey();
                const k = earliest.pop();
                start[v] = free;
                finish[v] = free + duration[v];
                slot[v] = k;
                earliest.push(finish[v], k);
                if (finish[v] > end)
                    end = finish[v];
            }
        }
        stageEnd[s] = end;
        stageStart = end;
    }
    for (let v = 0; v < n; v++) {
        if (!skipped[v])
            continue;
        const t = stage[v] > 0 ? stageEnd[stage[v] - 1] : 0;
        start[v] = t;
        finish[v] = t;
    }
    return { start, finish, slot, makespan: stageStart };
}

;// CONCATENATED MODULE: ./lib/dag/timing.js
function analyzeTiming(g) {
    const { n, order, predStart, pred, succStart, succ, duration } = g;
    const stage = new Int32Array(n);
    const earliestStart = new Float64Array(n);
    let stageCount = n > 0 ? 1 : 0;
    for (let k = 0; k < n; k++) {
        const v = order[k];
        let level = 0;
        let start = 0;
        for (let e = predStart[v]; e < predStart[v + 1]; e++) {
            const p = pred[e];
            if (stage[p] + 1 > level)
                level = stage[p] + 1;
            const finish = earliestStart[p] + duration[p];
            if (finish > start)
                start = finish;
        }
        stage[v] = level;
        earliestStart[v] = start;
        if (level + 1 > stageCount)
            stageCount = level + 1;
    }
    const tail = new Float64Array(n);
    let criticalLength = 0;
    for (let k = n - 1; k >= 0; k--) {
        const v = order[k];
        let longest = 0;
        for (let e = succStart[v]; e < succStart[v + 1]; e++) {
            const t = tail[succ[e]];
            if (t > longest)
                longest = t;
        }
        tail[v] = duration[v] + longest;
        if (tail[v] > criticalLength)
            criticalLength = tail[v];
    }
    const latestStart = new Float64Array(n);
    const critical = new Uint8Array(n);
    const epsilon = 1e-9 * Math.max(1, criticalLength);
    for (let v = 0; v < n; v++) {
        latestStart[v] = criticalLength - tail[v];
        critical[v] = !g.skipped[v] && latestStart[v] - earliestStart[v] <= epsilon ? 1 : 0;
    }
    const work = new Float64Array(g.pools.length);
    for (let v = 0; v < n; v++)
        if (!g.skipped[v])
            work[g.pool[v]] += duration[v];
    let lowerBound = criticalLength;
    for (let p = 0; p < work.length; p++)
        lowerBound = Math.max(lowerBound, work[p] / g.capacity[p]);
    return {
        stage,
        stageCount,
        earliestStart,
        latestStart,
        tail,
        criticalLength,
        critical,
        criticalPath: longestChain(g, tail),
        work,
        lowerBound,
    };
}
function longestChain(g, tail) {
    let v = -1;
    for (let i = 0; i < g.n; i++) {
        if (g.predStart[i + 1] === g.predStart[i] && (v < 0 || tail[i] > tail[v]))
            v = i;
    }
    const chain = [];
    while (v >= 0) {
        if (!g.skipped[v])
            chain.push(v);
        let next = -1;
        for (let e = g.succStart[v]; e < g.succStart[v + 1]; e++) {
            const s = g.succ[e];
            if (next < 0 || tail[s] > tail[next])
                next = s;
        }
        v = next;
    }
    return chain;
}

;// CONCATENATED MODULE: ./lib/dag/planner.js



function planPipeline(tasks, options) {
    return toPlan(tasks, planDetail(tasks, options));
}
function planDetail(tasks, options) {
    const graph = buildGraph(tasks, options.capacity);
    const timing = analyzeTiming(graph);
    const schedule = listSchedule(graph, timing.tail);
    const barrier = barrierSchedule(graph, timing.stage, timing.stageCount);
    return { graph, timing, schedule, barrier };
}
function toPlan(tasks, { graph, timing, schedule, barrier }) {
    const stages = Array.from({ length: timing.stageCount }, () => []);
    const planned = new Array(graph.n);
    for (let i = 0; i < graph.n; i++) {
        const t = tasks[i];
        const stage = timing.stage[i];
        stages[stage].push(t.id);
        const earliestStart = timing.earliestStart[i];
        const latestStart = timing.latestStart[i];
        planned[i] = {
            id: t.id,
            needs: t.needs,
            stage,
            start: schedule.start[i],
            finish: schedule.finish[i],
            duration: graph.duration[i],
            pool: t.pool,
            slot: schedule.slot[i] < 0 ? null : schedule.slot[i],
            earliestStart,
            latestStart,
            slack: latestStart - earliestStart,
            critical: timing.critical[i] === 1,
            skipped: t.skipped ?? null,
        };
    }
    return {
        makespan: schedule.makespan,
        lowerBound: timing.lowerBound,
        barrierMakespan: barrier.makespan,
        criticalLength: timing.criticalLength,
        criticalPath: timing.criticalPath.map((i) => graph.ids[i]),
        stages,
        pools: graph.pools.map((name, p) => ({ name, runners: graph.capacity[p], work: timing.work[p] })),
        tasks: planned,
    };
}

;// CONCATENATED MODULE: ./lib/dag/prepare.js












async function preparePipeline(ctx, options) {
    const { config, file, dir } = (0,load/* loadConfig */.Z)(options.configPath, { cwd: ctx.cwd, env: ctx.env });
    const { tasks, runners } = config.pipeline;
    const graph = withPositions(file, ctx.cwd, () => buildGraph(tasks.map(toDagTask), runners));
    const historyFile = (0,external_node_path_.resolve)(dir, config.pipeline.history);
    const cacheOptions = { action: ctx.action, log: ctx.log, env: ctx.env, api: options.actionsCache };
    await (0,cache/* restoreHistory */.rC)(historyFile, cacheOptions);
    const history = (0,dag_history/* readHistory */.Lu)(historyFile);
    const medians = (0,dag_history/* medianDurations */.Mx)(history);
    const changed = changedFiles(ctx, dir, options);
    const affected = changed === undefined ? undefined : affectedTasks(tasks, changed);
    const hashes = (0,cache/* taskHashes */.u_)(tasks, graph.order, dir, ctx.env);
    const store = (0,cache/* cacheStore */.ww)((0,external_node_path_.resolve)(dir, config.pipeline.cache), cacheOptions);
    const skips = await Promise.all(tasks.map(async (t) => {
        if (affected && !affected.has(t.id))
            return 'unaffected';
        if (options.useCache && (await store.has(hashes.get(t.id))))
            return 'cached';
        return null;
    }));
    const dagTasks = tasks.map((t, i) => ({
        ...toDagTask(t),
        duration: medians.get(t.id) ?? t.duration,
        skipped: skips[i],
    }));
    const plan = planPipeline(dagTasks, { capacity: runners });
    return {
        config,
        configFile: file,
        dir,
        tasks,
        plan,
        hashes,
        store,
        historyFile,
        history,
        changed,
        actionsCache: options.actionsCache,
    };
}
function toDagTask(t) {
    return { id: t.id, needs: t.needs, duration: t.duration, pool: t.runner };
}
function changedFiles(ctx, dir, options) {
    const listed = options.changed ?? [];
    if (options.changedFrom === undefined && listed.length === 0)
        return undefined;
    const files = listed.map((f) => (0,external_node_path_.relative)(dir, (0,external_node_path_.resolve)(ctx.cwd, f)).split(external_node_path_.sep).join('/'));
    if (options.changedFrom !== undefined)
        files.push(...gitChangedFiles(dir, options.changedFrom));
    return files;
}
/** Files changed between REF and HEAD (merge-base diff, as a pull request shows it), relative to `dir`. */
function gitChangedFiles(dir, ref) {
    if (ref.startsWith('-'))
        throw new errors/* InputError */.dz(`--changed-from: "${ref}" is not a git ref`);
    try {
        const out = (0,external_node_child_process_.execFileSync)('git', ['diff', '--name-only', '--relative', '-z', `${ref}...HEAD`], {
            cwd: dir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'pipe'],
            maxBuffer: 64 << 20,
        });
        return out.split('\0').filter((f) => f.length > 0);
    }
    catch (error) {
        const stderr = String(error.stderr ?? error.message).trim();
        throw new errors/* InputError */.dz(`--changed-from ${ref}: git diff failed: ${stderr.split('\n')[0]}; check the ref exists (in a shallow checkout use fetch-depth: 0)`, { cause: error });
    }
}
/** Adds file:line:col to ConfigErrors the planner raised with a path only. */
function withPositions(file, cwd, fn) {
    try {
        return fn();
    }
    catch (error) {
        if (!(error instanceof errors/* ConfigError */.xL))
            throw error;
        const counter = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)((0,external_node_fs_.readFileSync)(file, 'utf8'), { lineCounter: counter });
        const shown = (0,external_node_path_.relative)(cwd, file) || file;
        throw new errors/* ConfigError */.xL(error.issues.map((issue) => ({
            ...issue,
            file: shown,
            ...(0,positions/* positionOf */.d)(doc, counter, parsePath(issue.path)),
        })), { cause: error });
    }
}
function parsePath(path) {
    const out = [];
    for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
        out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
    return out;
}


/***/ }),

/***/ 66342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ft: () => (/* binding */ planVerdict),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   eJ: () => (/* binding */ renderRun)
/* harmony export */ });
/* unused harmony exports DIAGRAM_LIMIT, TABLE_LIMIT, mermaidText, renderGantt, renderFlowchart, renderStageGantt, renderStageFlowchart */
/* harmony import */ var _config_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17361);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63021);
/* harmony import */ var _report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49789);



/** Task-level diagrams up to this many tasks; beyond, a stage-level chart (mermaid refuses over 500 edges). */
const DIAGRAM_LIMIT = 100;
const EDGE_LIMIT = 300;
/** A chain longer than this renders as a hairline: it is charted by stage instead. */
const STAGE_LIMIT = 15;
/** Groups of consecutive stages in the stage-level chart, at most. */
const STAGE_GROUPS = 12;
const TABLE_LIMIT = 500;
/**
 * Text for a mermaid label: anything but letters, digits, space, `_`, `.`, `-` and parentheses becomes a
 * numeric entity (`#35;`), which mermaid decodes after parsing, so ids cannot break the diagram.
 */
function mermaidText(text) {
    return text.replace(/[^A-Za-z0-9 _.()-]/gu, (c) => `#${c.codePointAt(0)};`);
}
const ms = (n) => (0,_config_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(n);
/** Job summary: headline figures, the task table, the schedule as a gantt and the DAG as a flowchart. */
function renderMarkdown(plan) {
    const skipped = plan.tasks.filter((t) => t.skipped);
    const running = plan.tasks.length - skipped.length;
    const runners = plan.pools.map((p) => `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.escapeMarkdown)(p.name)} ${p.runners}`).join(' · ');
    const ratio = plan.makespan > 0 ? plan.barrierMakespan / plan.makespan : 1;
    const lines = [
        '### Pipeline plan',
        '',
        `**Makespan ${ms(plan.makespan)}** on ${runners || 'no'} runners: lower bound ${ms(plan.lowerBound)} ` +
            `(critical path ${ms(plan.criticalLength)}), stage-by-stage ${ms(plan.barrierMakespan)}` +
            (ratio > 1 ? ` (${ratio.toFixed(2)}× longer)` : '') +
            '.',
        '',
        `${running} of ${plan.tasks.length} tasks run in ${plan.stages.length} stages` +
            (skipped.length > 0 ? `; skipped: ${countReasons(skipped)}` : '') +
            '.',
        '',
        `**Critical path:** ${criticalPath(plan)}`,
        '',
        renderTable(plan),
    ];
    if (plan.tasks.length > 0) {
        if (taskLevel(plan))
            lines.push('', (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaidBlock */ .tW)(renderGantt(plan)), '', (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaidBlock */ .tW)(renderFlowchart(plan)));
        else
            lines.push('', `_${plan.tasks.length} tasks in ${plan.stages.length} stages: charted by stage._`, '', (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaidBlock */ .tW)(renderStageGantt(plan)), '', (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaidBlock */ .tW)(renderStageFlowchart(plan)));
    }
    return `${lines.join('\n')}\n`;
}
/** The plan's line at the top of the pull-request comment: it informs, it does not block. */
function planVerdict(plan) {
    const running = plan.tasks.filter((t) => !t.skipped).length;
    return {
        status: 'info',
        reason: `${running} of ${plan.tasks.length} tasks in ${plan.stages.length} stages, makespan ${ms(plan.makespan)} (lower bound ${ms(plan.lowerBound)})`,
    };
}
function criticalPath(plan) {
    const path = plan.criticalPath;
    if (path.length === 0)
        return 'none';
    if (path.length <= 12)
        return path.map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.code).join(' → ');
    return `${path.slice(0, 5).map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.code).join(' → ')} → … ${path.length - 10} more → ${path.slice(-5).map(_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.code).join(' → ')}`;
}
function edgeCount(plan) {
    return plan.tasks.reduce((n, t) => n + t.needs.length, 0);
}
/** Small and shallow enough to draw task by task. */
function taskLevel(plan) {
    return (plan.tasks.length <= DIAGRAM_LIMIT && edgeCount(plan) <= EDGE_LIMIT && plan.stages.length <= STAGE_LIMIT);
}
function countReasons(tasks) {
    const counts = new Map();
    for (const t of tasks)
        counts.set(t.skipped, (counts.get(t.skipped) ?? 0) + 1);
    return [...counts].map(([reason, n]) => `${n} ${reason}`).join(', ');
}
function renderTable(plan) {
    const rows = [...plan.tasks].sort((a, b) => a.start - b.start || a.stage - b.stage);
    return (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.table)(['task', 'runner', 'stage', 'start', 'finish', 'slack', 'critical'], rows.map((t) => {
        if (t.skipped)
            return [(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.code)(t.id), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.escapeMarkdown)(t.pool), String(t.stage), '—', '—', '—', `skipped: ${t.skipped}`];
        return [
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.code)(t.id),
            `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.escapeMarkdown)(t.pool)} #${(t.slot ?? 0) + 1}`,
            String(t.stage),
            ms(t.start),
            ms(t.finish),
            ms(t.slack),
            t.critical ? '**yes**' : '',
        ];
    }), {
        align: ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
        max: TABLE_LIMIT,
        more: (n) => `_… and ${n} more tasks: \`model-deploy plan --format json\` lists every one._`,
    });
}
/** Mermaid gantt of the list schedule in elapsed time: one section per runner, critical tasks marked `crit`. */
function renderGantt(plan) {
    const lanes = new Map();
    for (const t of [...plan.tasks].sort((a, b) => a.start - b.start)) {
        if (t.skipped || t.slot === null)
            continue;
        const name = `${t.pool} ${t.slot + 1}`;
        const lane = lanes.get(name) ?? { name, tasks: [] };
        lanes.set(name, lane);
        lane.tasks.push({
            label: t.id,
            start: t.start,
            duration: Math.max(1, t.finish - t.start),
            ...(t.critical ? { tag: 'crit' } : {}),
        });
    }
    const names = [...lanes.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    return (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .ganttChart */ .$G)('Schedule (elapsed time)', names.map((n) => lanes.get(n)));
}
/** Mermaid flowchart of the DAG; node ids are generated, task ids only appear as escaped labels. */
function renderFlowchart(plan) {
    const node = new Map(plan.tasks.map((t, i) => [t.id, `t${i}`]));
    const wide = Math.max(...plan.stages.map((s) => s.length));
    const out = [`flowchart ${plan.stages.length >= wide ? 'LR' : 'TB'}`];
    plan.tasks.forEach((t, i) => {
        const label = t.skipped ? `${t.id} (${t.skipped})` : `${t.id} (${ms(t.duration)})`;
        out.push(`  t${i}["${mermaidText(label)}"]`);
    });
    for (const t of plan.tasks) {
        for (const need of t.needs) {
            const from = node.get(need);
            if (from)
                out.push(`  ${from} --> ${node.get(t.id)}`);
        }
    }
    const critical = plan.tasks.filter((t) => t.critical).map((t) => node.get(t.id));
    const skipped = plan.tasks.filter((t) => t.skipped).map((t) => node.get(t.id));
    out.push('  classDef critical stroke:#d73a49,stroke-width:3px');
    out.push('  classDef skipped stroke-dasharray:4 3,color:#888');
    if (critical.length > 0)
        out.push(`  class ${critical.join(',')} critical`);
    if (skipped.length > 0)
        out.push(`  class ${skipped.join(',')} skipped`);
    return out.join('\n');
}
/** Consecutive stages in at most {@link STAGE_GROUPS} groups, with their tasks and time span. */
function stageGroups(plan) {
    const per = Math.ceil(plan.stages.length / STAGE_GROUPS);
    const groups = [];
    for (let first = 0; first < plan.stages.length; first += per) {
        const last = Math.min(plan.stages.length, first + per) - 1;
        const tasks = plan.tasks.filter((t) => t.stage >= first && t.stage <= last);
        const run = tasks.filter((t) => !t.skipped);
        groups.push({
            label: first === last ? `stage ${first}` : `stages ${first}–${last}`,
            tasks,
            start: run.length ? Math.min(...run.map((t) => t.start)) : 0,
            finish: run.length ? Math.max(...run.map((t) => t.finish)) : 0,
            critical: run.some((t) => t.critical),
        });
    }
    return groups;
}
/** The schedule by stage group: one bar per group from its first start to its last finish. */
function renderStageGantt(plan) {
    return (0,_report_mermaid_js__WEBPACK_IMPORTED_MODULE_2__/* .ganttChart */ .$G)('Schedule by stage (elapsed time)', [
        {
            name: 'stages',
            tasks: stageGroups(plan).map((g) => ({
                label: `${g.label} (${g.tasks.length} tasks)`,
                start: g.start,
                duration: Math.max(1, g.finish - g.start),
                ...(g.critical ? { tag: 'crit' } : {}),
            })),
        },
    ]);
}
/** The DAG by stage group: a node per group (tasks, span), an edge where a task needs one in another group. */
function renderStageFlowchart(plan) {
    const groups = stageGroups(plan);
    const per = Math.ceil(plan.stages.length / STAGE_GROUPS);
    const groupOf = new Map(plan.tasks.map((t) => [t.id, Math.floor(t.stage / per)]));
    const out = [`flowchart ${groups.length > 4 ? 'TB' : 'LR'}`];
    groups.forEach((g, i) => {
        const skipped = g.tasks.filter((t) => t.skipped).length;
        const label = `${g.label}: ${g.tasks.length} tasks${skipped ? `, ${skipped} skipped` : ''}, ${ms(g.finish - g.start)}`;
        out.push(`  s${i}["${mermaidText(label)}"]`);
    });
    const edges = new Map();
    for (const t of plan.tasks) {
        for (const need of t.needs) {
            const from = groupOf.get(need);
            const to = groupOf.get(t.id);
            if (from === undefined || from === to)
                continue;
            const key = `${from} ${to}`;
            edges.set(key, (edges.get(key) ?? 0) + 1);
        }
    }
    for (const [key, n] of edges) {
        const [from, to] = key.split(' ');
        out.push(`  s${from} -->|"${n} need${n === 1 ? '' : 's'}"| s${to}`);
    }
    const critical = groups.flatMap((g, i) => (g.critical ? [`s${i}`] : []));
    out.push('  classDef critical stroke:#d73a49,stroke-width:3px');
    if (critical.length > 0)
        out.push(`  class ${critical.join(',')} critical`);
    return out.join('\n');
}
/** Job summary of a pipeline run: one row per task with its outcome. */
function renderRun(report) {
    const counts = new Map();
    for (const r of report.runs)
        counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    const icon = { succeeded: '✅', failed: '❌', skipped: '⏭️' };
    const rank = { failed: 0, skipped: 1, succeeded: 2 };
    // failures first: they are what a reader of a capped table needs
    const runs = [...report.runs].sort((a, b) => rank[a.status] - rank[b.status]);
    const lines = [
        '### Pipeline run',
        '',
        [...counts].map(([status, n]) => `${n} ${status}`).join(', ') + '.',
        '',
        (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.table)(['task', 'result', 'attempts', 'duration', 'detail'], runs.map((r) => [
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.code)(r.id),
            `${icon[r.status]} ${r.status}`,
            String(r.attempts),
            r.attempts > 0 ? ms(r.durationMs) : '—',
            (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__.escapeMarkdown)((0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(r.reason ?? '', 200)),
        ]), { align: ['left', 'left', 'right', 'right', 'left'], max: TABLE_LIMIT }),
    ];
    return `${lines.join('\n')}\n`;
}


/***/ })

};
