export const id = 43;
export const ids = [43];
export const modules = {

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


/***/ })

};
