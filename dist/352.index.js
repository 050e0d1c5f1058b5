export const id = 352;
export const ids = [352,43];
export const modules = {

/***/ 17361:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   Lf: () => (/* binding */ parseQuantity),
/* harmony export */   Zg: () => (/* binding */ change),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   au: () => (/* binding */ quantity),
/* harmony export */   p0: () => (/* binding */ duration)
/* harmony export */ });
/* unused harmony exports parsePercent, DURATION */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88532);

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const DURATION_UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `30s`, `2m`, `1.5h`, `500ms`, or a compound `1h30m`; a bare number is seconds. Returns milliseconds. */
function parseDuration(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text >= 0 ? text * 1000 : undefined;
    const s = text.trim();
    if (/^\d+(\.\d+)?$/.test(s))
        return Number(s) * 1000;
    let total = 0;
    let rest = s;
    if (!rest)
        return undefined;
    while (rest) {
        const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)/.exec(rest);
        if (!m)
            return undefined;
        total += Number(m[1]) * DURATION_UNIT_MS[m[2]];
        rest = rest.slice(m[0].length);
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${Number.isInteger(s) ? s : s.toFixed(1)}s`;
    const m = Math.floor(s / 60);
    const rs = Math.round(s - m * 60);
    if (m < 60)
        return rs ? `${m}m${rs}s` : `${m}m`;
    const h = Math.floor(m / 60);
    return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
}
const BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL = {
    n: 1e-9,
    u: 1e-6,
    m: 1e-3,
    '': 1,
    k: 1e3,
    K: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
};
/**
 * A Kubernetes resource quantity (`32Gi`, `500m`, `1.5`, `2e3`) as a plain number
 * (bytes for memory, cores for cpu).
 */
function parseQuantity(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) && text >= 0 ? text : undefined;
    const m = /^([+]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|K|M|G|T|P|E)?$/.exec(text.trim());
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const suffix = m[2] ?? '';
    const factor = suffix in BINARY ? BINARY[suffix] : DECIMAL[suffix];
    return n * factor;
}
/** `10%` or `10` → 10; `0.1` is 0.1 percent, not ten (say `10%`). */
function parsePercent(text) {
    if (typeof text === 'number')
        return Number.isFinite(text) ? text : undefined;
    const m = /^(-?\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
    return m ? Number(m[1]) : undefined;
}
/** Duration field: accepts `30s`/`2m`/`1h30m`/seconds; normalizes to milliseconds. */
const duration = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()])
    .transform((v, ctx) => {
    const ms = parseDuration(v);
    if (ms === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid duration ${JSON.stringify(v)}: use a number with a unit, e.g. 30s, 2m, 1h30m, 500ms`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return ms;
})
    .meta({ description: 'duration: 500ms, 30s, 2m, 1h30m, or a number of seconds' });
/** Quantity field: `32Gi`, `500m`, `4`; normalizes to a number (bytes, cores). */
const quantity = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().nonnegative(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()])
    .transform((v, ctx) => {
    const q = parseQuantity(v);
    if (q === undefined) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid quantity ${JSON.stringify(v)}: use a Kubernetes quantity, e.g. 32Gi, 512Mi, 500m, 4`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return q;
})
    .meta({ description: 'Kubernetes quantity: 32Gi, 512Mi, 500m, 4' });
/** Percentage field: `10%` or 10; normalizes to a number in [min, max]. */
const percent = (min = 0, max = 100) => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()])
    .transform((v, ctx) => {
    const p = parsePercent(v);
    if (p === undefined || p < min || p > max) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid percentage ${JSON.stringify(v)}: use a number from ${min} to ${max}, e.g. 10%`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return p;
})
    .meta({ description: `percentage from ${min} to ${max}: 10% or 10` });
/** A change threshold: absolute (`0.02`) or relative to the baseline (`2%`). */
const change = () => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()])
    .transform((v, ctx) => {
    if (typeof v === 'number')
        return { value: v, relative: false };
    const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(v.trim());
    if (!m) {
        ctx.addIssue({
            code: 'custom',
            message: `invalid change ${JSON.stringify(v)}: use an absolute number (0.02) or a percentage of the baseline (2%)`,
        });
        return zod__WEBPACK_IMPORTED_MODULE_1__/* .NEVER */ .tm;
    }
    return m[2] ? { value: Number(m[1]) / 100, relative: true } : { value: Number(m[1]), relative: false };
})
    .meta({ description: 'absolute change (0.02) or relative to the baseline (2%)' });



/***/ }),

/***/ 49424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ ConditionError),
/* harmony export */   z: () => (/* binding */ parseCondition)
/* harmony export */ });
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
function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const col = i + 1;
        const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i));
        if (num) {
            tokens.push({ kind: 'num', text: num[0], col });
            i += num[0].length;
            continue;
        }
        const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
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
    constructor(tokens) {
        this.tokens = tokens;
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
            return { t: 'unary', op: '!', arg: this.not() };
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
            return { t: 'unary', op: '-', arg: this.unary() };
        }
        return this.postfix();
    }
    postfix() {
        let node = this.primary();
        while (this.isOp('[')) {
            const col = this.next().col;
            const index = this.or();
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
            const inner = this.or();
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
                args.push(this.or());
                while (this.isOp(',')) {
                    this.next();
                    args.push(this.or());
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


/***/ })

};
