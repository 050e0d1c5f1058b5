export const id = 858;
export const ids = [858,43,477,280];
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

/***/ 49424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iG: () => (/* binding */ ConditionError),
/* harmony export */   zB: () => (/* binding */ parseCondition)
/* harmony export */ });
/* unused harmony exports MAX_CONDITION_LENGTH, MAX_CONDITION_DEPTH */
/**
 * The condition language of success/failure conditions: a tiny expression grammar over `result`
 * (a number, or a list of numbers when the query returns several series), evaluated by a
 * hand-written parser. Never JS eval.
 *
 *   or      := and (('||' | 'or') and)*
 *   and     := not (('&&' | 'and') not)*
 *   not     := ('!' | 'not') not | compare
 *   compare := sum (('<' | '<=' | '>' | '>=' | '==' | '!=') sum)?
 *   sum     := product (('+' | '-') product)*
 *   product := unary (('*' | '/' | '%') unary)*
 *   unary   := '-' unary | postfix
 *   postfix := primary ('[' or ']')*
 *   primary := number | string | true | false | result | name '(' args ')' | '(' or ')'
 *
 * Functions: len(x), isNaN(x), isInf(x), default(x, d), abs(x), min(x...), max(x...). A one-element list
 * compares as its element; a longer list needs an index (`result[1]`).
 */
class ConditionError extends Error {
    column;
    constructor(message, column) {
        super(column === undefined ? message : `${message} (at column ${column})`);
        this.column = column;
        this.name = 'ConditionError';
    }
}
const OPERATORS = [
    '&&',
    '||',
    '<=',
    '>=',
    '==',
    '!=',
    '<',
    '>',
    '!',
    '+',
    '-',
    '*',
    '/',
    '%',
    '(',
    ')',
    '[',
    ']',
    ',',
];
const FUNCTIONS = new Set(['len', 'isNaN', 'isInf', 'default', 'abs', 'min', 'max']);
/** Conditions are one line of a config file; these bounds keep parsing and evaluation linear and shallow. */
const MAX_CONDITION_LENGTH = 1000;
const MAX_CONDITION_DEPTH = 32;
const NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
function sticky(re, text, at) {
    re.lastIndex = at;
    return re.exec(text);
}
function tokenize(text) {
    if (text.length > MAX_CONDITION_LENGTH) {
        throw new ConditionError(`the condition is ${text.length} characters long; at most ${MAX_CONDITION_LENGTH} are accepted`);
    }
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const col = i + 1;
        const num = sticky(NUMBER, text, i);
        if (num) {
            tokens.push({ kind: 'num', text: num[0], col });
            i += num[0].length;
            continue;
        }
        const name = sticky(NAME, text, i);
        if (name) {
            tokens.push({ kind: 'name', text: name[0], col });
            i += name[0].length;
            continue;
        }
        if (c === '"' || c === "'") {
            const end = text.indexOf(c, i + 1);
            if (end < 0)
                throw new ConditionError('unterminated string', col);
            tokens.push({ kind: 'str', text: text.slice(i + 1, end), col });
            i = end + 1;
            continue;
        }
        const op = OPERATORS.find((o) => text.startsWith(o, i));
        if (!op)
            throw new ConditionError(`unexpected character "${c}"`, col);
        tokens.push({ kind: 'op', text: op, col });
        i += op.length;
    }
    tokens.push({ kind: 'end', text: '', col: text.length + 1 });
    return tokens;
}
class Parser {
    tokens;
    pos = 0;
    depth = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    /** Every recursive rule goes through here, so nesting is bounded before the stack is. */
    nested(fn) {
        if (++this.depth > MAX_CONDITION_DEPTH) {
            throw new ConditionError(`the condition nests deeper than ${MAX_CONDITION_DEPTH} levels`, this.peek().col);
        }
        try {
            return fn();
        }
        finally {
            this.depth--;
        }
    }
    parse() {
        const node = this.or();
        const t = this.peek();
        if (t.kind !== 'end')
            throw new ConditionError(`unexpected "${t.text}"`, t.col);
        return node;
    }
    peek() {
        return this.tokens[this.pos];
    }
    next() {
        return this.tokens[this.pos++];
    }
    isOp(...ops) {
        const t = this.peek();
        return (t.kind === 'op' && ops.includes(t.text)) || (t.kind === 'name' && ops.includes(t.text));
    }
    expect(op) {
        const t = this.next();
        if (t.text !== op)
            throw new ConditionError(`expected "${op}" but found ${t.kind === 'end' ? 'the end' : `"${t.text}"`}`, t.col);
    }
    or() {
        let left = this.and();
        while (this.isOp('||', 'or')) {
            const col = this.next().col;
            left = { t: 'binary', op: '||', left, right: this.and(), col };
        }
        return left;
    }
    and() {
        let left = this.not();
        while (this.isOp('&&', 'and')) {
            const col = this.next().col;
            left = { t: 'binary', op: '&&', left, right: this.not(), col };
        }
        return left;
    }
    not() {
        if (this.isOp('!', 'not')) {
            this.next();
            return { t: 'unary', op: '!', arg: this.nested(() => this.not()) };
        }
        return this.compare();
    }
    compare() {
        const left = this.sum();
        if (this.isOp('<', '<=', '>', '>=', '==', '!=')) {
            const t = this.next();
            return { t: 'binary', op: t.text, left, right: this.sum(), col: t.col };
        }
        return left;
    }
    sum() {
        let left = this.product();
        while (this.isOp('+', '-')) {
            const t = this.next();
            left = { t: 'binary', op: t.text, left, right: this.product(), col: t.col };
        }
        return left;
    }
    product() {
        let left = this.unary();
        while (this.isOp('*', '/', '%')) {
            const t = this.next();
            left = { t: 'binary', op: t.text, left, right: this.unary(), col: t.col };
        }
        return left;
    }
    unary() {
        if (this.isOp('-')) {
            this.next();
            return { t: 'unary', op: '-', arg: this.nested(() => this.unary()) };
        }
        return this.postfix();
    }
    postfix() {
        let node = this.primary();
        while (this.isOp('[')) {
            const col = this.next().col;
            const index = this.nested(() => this.or());
            this.expect(']');
            node = { t: 'index', target: node, index, col };
        }
        return node;
    }
    primary() {
        const t = this.next();
        if (t.kind === 'num')
            return { t: 'num', v: Number(t.text) };
        if (t.kind === 'str')
            return { t: 'str', v: t.text };
        if (t.kind === 'op' && t.text === '(') {
            const inner = this.nested(() => this.or());
            this.expect(')');
            return inner;
        }
        if (t.kind === 'name') {
            if (t.text === 'true' || t.text === 'false')
                return { t: 'bool', v: t.text === 'true' };
            if (t.text === 'result')
                return { t: 'result' };
            if (t.text === 'NaN')
                return { t: 'num', v: Number.NaN };
            if (t.text === 'Inf')
                return { t: 'num', v: Number.POSITIVE_INFINITY };
            if (!FUNCTIONS.has(t.text)) {
                throw new ConditionError(`unknown name "${t.text}": use result, numbers, and the functions ${[...FUNCTIONS].join(', ')}`, t.col);
            }
            this.expect('(');
            const args = [];
            if (!this.isOp(')')) {
                args.push(this.nested(() => this.or()));
                while (this.isOp(',')) {
                    this.next();
                    args.push(this.nested(() => this.or()));
                }
            }
            this.expect(')');
            return { t: 'call', name: t.text, args, col: t.col };
        }
        throw new ConditionError(t.kind === 'end' ? 'the condition ends too early' : `unexpected "${t.text}"`, t.col);
    }
}
function parseCondition(source) {
    const ast = new Parser(tokenize(source)).parse();
    return {
        source,
        evaluate(result) {
            const v = evaluate(ast, result);
            if (typeof v !== 'boolean') {
                throw new ConditionError(`the condition "${source}" gives ${describe(v)}, not true or false`);
            }
            return v;
        },
    };
}
function describe(v) {
    if (v === null)
        return 'no value';
    if (Array.isArray(v))
        return `a list of ${v.length}`;
    return `${typeof v} ${JSON.stringify(v)}`;
}
/** A list compared or combined with a scalar uses its single element; an empty list has no value. */
function scalar(v, col) {
    if (!Array.isArray(v))
        return v;
    if (v.length === 1)
        return scalar(v[0], col);
    if (v.length === 0)
        return null;
    throw new ConditionError(`a list of ${v.length} values needs an index, e.g. result[0]`, col);
}
function num(v, col, what) {
    const s = scalar(v, col);
    if (typeof s === 'number')
        return s;
    throw new ConditionError(`${what} needs a number, got ${describe(s)}`, col);
}
function evaluate(node, result) {
    switch (node.t) {
        case 'num':
        case 'str':
        case 'bool':
            return node.v;
        case 'result':
            return result;
        case 'unary': {
            const v = evaluate(node.arg, result);
            if (node.op === '-')
                return -num(v, 0, 'minus');
            const s = scalar(v, 0);
            if (typeof s !== 'boolean')
                throw new ConditionError(`"!" needs true or false, got ${describe(s)}`);
            return !s;
        }
        case 'index': {
            const target = evaluate(node.target, result);
            const i = num(evaluate(node.index, result), node.col, 'an index');
            if (!Array.isArray(target)) {
                if (i === 0 && target !== null)
                    return target;
                throw new ConditionError(`cannot index ${describe(target)}`, node.col);
            }
            const item = target[i];
            if (item === undefined)
                throw new ConditionError(`index ${i} is out of range: the result has ${target.length} values`, node.col);
            return item;
        }
        case 'call':
            return call(node.name, node.args.map((a) => evaluate(a, result)), node.col);
        case 'binary':
            return binary(node, result);
    }
}
function binary(node, result) {
    if (node.op === '&&' || node.op === '||') {
        const l = scalar(evaluate(node.left, result), node.col);
        if (typeof l !== 'boolean')
            throw new ConditionError(`"${node.op}" needs true or false, got ${describe(l)}`, node.col);
        if (node.op === '&&' && !l)
            return false;
        if (node.op === '||' && l)
            return true;
        const r = scalar(evaluate(node.right, result), node.col);
        if (typeof r !== 'boolean')
            throw new ConditionError(`"${node.op}" needs true or false, got ${describe(r)}`, node.col);
        return r;
    }
    const lv = evaluate(node.left, result);
    const rv = evaluate(node.right, result);
    if (node.op === '==' || node.op === '!=') {
        const l = scalar(lv, node.col);
        const r = scalar(rv, node.col);
        return node.op === '==' ? l === r : l !== r;
    }
    const l = num(lv, node.col, `"${node.op}"`);
    const r = num(rv, node.col, `"${node.op}"`);
    switch (node.op) {
        case '<':
            return l < r;
        case '<=':
            return l <= r;
        case '>':
            return l > r;
        case '>=':
            return l >= r;
        case '+':
            return l + r;
        case '-':
            return l - r;
        case '*':
            return l * r;
        case '/':
            return l / r;
        case '%':
            return l % r;
        default:
            throw new ConditionError(`unknown operator "${node.op}"`, node.col);
    }
}
function call(name, args, col) {
    const arity = (n) => {
        if (args.length !== n)
            throw new ConditionError(`${name}() takes ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`, col);
    };
    switch (name) {
        case 'len': {
            arity(1);
            const v = args[0];
            if (Array.isArray(v))
                return v.length;
            if (typeof v === 'string')
                return v.length;
            return v === null ? 0 : 1;
        }
        case 'isNaN':
            arity(1);
            return Number.isNaN(num(args[0], col, 'isNaN()'));
        case 'isInf': {
            arity(1);
            const v = num(args[0], col, 'isInf()');
            return v === Number.POSITIVE_INFINITY || v === Number.NEGATIVE_INFINITY;
        }
        case 'default': {
            arity(2);
            const v = args[0];
            const empty = v === null || (Array.isArray(v) && v.length === 0) || (typeof v === 'number' && Number.isNaN(v));
            return empty ? args[1] : v;
        }
        case 'abs':
            arity(1);
            return Math.abs(num(args[0], col, 'abs()'));
        case 'min':
        case 'max': {
            const flat = args.flatMap((a) => (Array.isArray(a) ? a : [a])).map((a) => num(a, col, `${name}()`));
            if (flat.length === 0)
                throw new ConditionError(`${name}() of nothing`, col);
            return name === 'min' ? Math.min(...flat) : Math.max(...flat);
        }
        default:
            throw new ConditionError(`unknown function ${name}()`, col);
    }
}


/***/ }),

/***/ 75851:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ modelSelector),
/* harmony export */   SX: () => (/* binding */ modelObjects),
/* harmony export */   WD: () => (/* binding */ labels),
/* harmony export */   ZM: () => (/* binding */ containerResources),
/* harmony export */   dT: () => (/* binding */ imageOf),
/* harmony export */   eu: () => (/* binding */ service),
/* harmony export */   h2: () => (/* binding */ trackSelector),
/* harmony export */   kG: () => (/* binding */ deployment),
/* harmony export */   ld: () => (/* binding */ promotePatch),
/* harmony export */   oM: () => (/* binding */ podTemplate),
/* harmony export */   zD: () => (/* binding */ selectorString)
/* harmony export */ });
/* unused harmony exports labelValue, versionOf */
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39280);

function modelObjects(deploy, model) {
    const name = deploy.name ?? model.name;
    return {
        namespace: deploy.namespace,
        name,
        canaryName: `${name}-canary`,
        service: deploy.service ?? name,
        model: model.name,
        ...(model.version ? { version: model.version } : {}),
        port: deploy.port,
        deploy,
    };
}
/** A label value (63 chars of [A-Za-z0-9._-], alphanumeric at both ends) from an image tag or version. */
function labelValue(text) {
    const cleaned = text
        .replace(/[^A-Za-z0-9._-]/g, '-')
        .slice(0, 63)
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    return cleaned || 'unknown';
}
function versionOf(image, version) {
    if (version)
        return labelValue(version);
    const at = image.indexOf('@');
    if (at >= 0)
        return labelValue(image
            .slice(at + 1)
            .replace(/^sha256:/, '')
            .slice(0, 12));
    const colon = image.lastIndexOf(':');
    return labelValue(colon > image.lastIndexOf('/') ? image.slice(colon + 1) : 'latest');
}
/** Labels every object and pod of the model carries; `track` tells stable from canary. */
function labels(o, track, image) {
    return {
        [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.name]: o.model,
        [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.instance]: o.name,
        [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.managedBy]: _state_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGER */ .u,
        ...(image ? { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.version]: versionOf(image, o.version) } : {}),
        ...(track ? { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.track]: track } : {}),
    };
}
/** Pods of both tracks: what the Service of the replicas router selects. */
function modelSelector(o) {
    return { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.name]: o.model, [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.instance]: o.name };
}
function trackSelector(o, track) {
    return { ...modelSelector(o), [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.track]: track };
}
function selectorString(selector) {
    return Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
/** GPU, MIG, cpu and memory as requests and limits (extended resources: limits, requests equal). */
function containerResources(deploy) {
    const r = deploy.resources;
    const limits = {};
    const requests = {};
    if (r.gpus > 0)
        limits['nvidia.com/gpu'] = String(r.gpus);
    if (r.mig)
        limits[`nvidia.com/mig-${r.mig}`] = '1';
    if (r.cpu !== undefined)
        requests.cpu = `${Math.round(r.cpu * 1000)}m`;
    if (r.memory !== undefined) {
        requests.memory = String(Math.round(r.memory));
        limits.memory = String(Math.round(r.memory));
    }
    return {
        ...(Object.keys(limits).length ? { limits } : {}),
        ...(Object.keys(requests).length ? { requests } : {}),
    };
}
/**
 * The pod template: startupProbe gives the model `startup-deadline` to load
 * (failureThreshold × period ≥ deadline), then readiness is probed every period.
 */
function podTemplate(o, track, image) {
    const d = o.deploy;
    const periodSeconds = Math.max(1, Math.round(d.probes.period / 1000));
    const failureThreshold = Math.max(1, Math.ceil(d.probes['startup-deadline'] / 1000 / periodSeconds));
    const probe = { httpGet: { path: d.probes.path, port: 'http' } };
    const nodeSelector = {
        ...d['node-selector'],
        ...(d.resources['gpu-product'] ? { 'nvidia.com/gpu.product': d.resources['gpu-product'] } : {}),
    };
    return {
        metadata: {
            labels: labels(o, track, image),
        },
        spec: {
            containers: [
                {
                    name: 'model',
                    image,
                    ports: [{ name: 'http', containerPort: o.port }],
                    resources: containerResources(d),
                    startupProbe: { ...probe, periodSeconds, failureThreshold },
                    readinessProbe: { ...probe, periodSeconds, failureThreshold: 3 },
                },
            ],
            ...(Object.keys(nodeSelector).length ? { nodeSelector } : {}),
            ...(d.tolerations.length
                ? {
                    tolerations: d.tolerations.map((t) => ({
                        ...(t.key !== undefined ? { key: t.key } : {}),
                        operator: t.operator,
                        ...(t.value !== undefined ? { value: t.value } : {}),
                        ...(t.effect !== undefined ? { effect: t.effect } : {}),
                    })),
                }
                : {}),
        },
    };
}
function deployment(o, track, image, replicas, annotations) {
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
            name: track === 'stable' ? o.name : o.canaryName,
            namespace: o.namespace,
            labels: labels(o, track, image),
            annotations,
        },
        spec: {
            replicas,
            selector: { matchLabels: trackSelector(o, track) },
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } },
            template: podTemplate(o, track, image),
        },
    };
}
/**
 * Merge patch that makes an existing (possibly adopted) stable Deployment run `image`: the
 * container named `model`, or the first one, gets the image; surge that fits, never unavailable.
 */
function promotePatch(current, o, image, update) {
    const { maxSurge, maxUnavailable, replicas, revision } = update;
    const containers = current.spec?.template.spec?.containers ?? [];
    const index = Math.max(0, containers.findIndex((c) => c.name === 'model'));
    const patched = containers.map((c, i) => (i === index ? { ...c, image } : c));
    return {
        metadata: {
            labels: { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.version]: versionOf(image, o.version) },
            ...(revision !== undefined ? { annotations: { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATION */ .YX.revision]: String(revision) } } : {}),
        },
        spec: {
            replicas,
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge, maxUnavailable } },
            template: {
                metadata: { labels: { [_state_js__WEBPACK_IMPORTED_MODULE_0__/* .LABEL */ .d_.version]: versionOf(image, o.version) } },
                spec: { containers: patched },
            },
        },
    };
}
function service(o, name, selector) {
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name, namespace: o.namespace, labels: labels(o) },
        spec: {
            selector,
            ports: [{ name: 'http', port: o.port, targetPort: 'http' }],
        },
    };
}
/** Image of the model container of a Deployment (the one named `model`, else the first). */
function imageOf(d) {
    const containers = d.spec?.template.spec?.containers ?? [];
    return (containers.find((c) => c.name === 'model') ?? containers[0])?.image ?? '';
}


/***/ }),

/***/ 31858:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildSpec: () => (/* binding */ buildSpec)
/* harmony export */ });
/* unused harmony export specHash */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(452);
/* harmony import */ var _analysis_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49051);
/* harmony import */ var _manifests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75851);




/** Everything that defines a rollout, hashed: the same hash on a rerun means the same rollout. */
function specHash(o, image) {
    const d = o.deploy;
    const material = {
        image,
        replicas: d.replicas,
        template: (0,_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .podTemplate */ .oM)(o, 'canary', image),
        router: d.traffic,
        steps: d.steps,
        metrics: d.analysis.metrics,
        interval: d.analysis.interval,
    };
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(material)).digest('hex').slice(0, 16);
}
function buildSpec(o, options) {
    const d = o.deploy;
    const { rules, problems } = (0,_analysis_js__WEBPACK_IMPORTED_MODULE_2__/* .compileMetrics */ .fk)(d.analysis.metrics, d.analysis.interval);
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(problems.map((p) => ({
            path: `deploy.analysis.metrics[${p.index}].${p.field}`,
            message: `metric "${p.metric}": ${p.message}`,
        })));
    }
    return {
        image: options.image,
        replicas: d.replicas,
        steps: options.rollbackTo !== undefined ? [] : d.steps,
        specHash: specHash(o, options.image),
        runId: options.runId,
        router: d.traffic.router,
        metrics: rules,
        intervalMs: d.analysis.interval,
        correction: d.analysis.correction,
        startupDeadlineMs: d.probes['startup-deadline'],
        onRerun: d.rollback['on-rerun'],
        dynamicStableScale: d['dynamic-stable-scale'],
        intent: options.intent,
        nextRevision: options.nextRevision,
        ...(options.rollbackTo !== undefined ? { rollbackTo: options.rollbackTo } : {}),
    };
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


/***/ })

};
