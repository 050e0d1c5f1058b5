/**
 * A Python literal as `ast.literal_eval` builds it: what numpy parses an .npy header with.
 * Strings whose value cannot be known statically (`\N{...}` escapes) are `unknown`.
 */
export type PyValue =
  | { t: 'str'; v: string }
  | { t: 'bytes'; v: string }
  | { t: 'unknown' }
  | { t: 'int'; v: bigint }
  | { t: 'float' }
  | { t: 'complex' }
  | { t: 'bool'; v: boolean }
  | { t: 'none' }
  | { t: 'ellipsis' }
  | { t: 'tuple'; items: PyValue[] }
  | { t: 'list'; items: PyValue[] }
  | { t: 'set'; items: PyValue[] }
  | { t: 'dict'; entries: [PyValue, PyValue][] };

export class PyLiteralError extends Error {}

export interface PyLiteralOptions {
  /** numpy's _filter_header for version 1 and 2 headers: drop a Python 2 `L` after an integer. */
  dropLongSuffix?: boolean;
  /** Nesting depth refused beyond this (CPython's parser stops at 200 parentheses). */
  maxDepth?: number;
}

const SIMPLE: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** ast.literal_eval(text) for the literals it accepts; throws PyLiteralError where Python raises. */
export function parsePyLiteral(text: string, options: PyLiteralOptions = {}): PyValue {
  const maxDepth = options.maxDepth ?? 100;
  let i = 0;
  let depth = 0;
  const fail = (why: string): never => {
    throw new PyLiteralError(`${why} at character ${i}`);
  };

  /** Skips blanks, comments and line continuations; newlines only inside brackets. */
  const skip = (): void => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\f' || c === '\r') i++;
      else if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n')))
        i += text[i + 1] === '\n' ? 2 : 3;
      else if (c === '#') {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === '\n') {
        if (depth === 0) {
          // a newline at top level ends the expression: only blank lines and comments may follow
          const rest = text.slice(i).split('\n');
          if (rest.every((line) => /^[ \t\f\r]*(#.*)?$/.test(line))) {
            i = text.length;
            return;
          }
          fail('newline inside the expression');
        }
        i++;
      } else return;
    }
  };

  const isIdent = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_\u0080-\uffff]/.test(c);

  const stringLiteral = (): PyValue | undefined => {
    const m = /^([rRbBuU]{0,2})(['"])/.exec(text.slice(i, i + 3));
    if (!m) return undefined;
    const prefix = m[1]!.toLowerCase();
    if (prefix && !['r', 'u', 'b', 'br', 'rb'].includes(prefix)) return undefined;
    const raw = prefix.includes('r');
    const bytes = prefix.includes('b');
    i += prefix.length;
    const q = text[i]!;
    const triple = text.startsWith(q.repeat(3), i);
    const close = triple ? q.repeat(3) : q;
    i += close.length;
    let out = '';
    let unknown = false;
    for (;;) {
      if (i >= text.length) fail('unterminated string');
      if (text.startsWith(close, i)) {
        i += close.length;
        break;
      }
      const c = text[i]!;
      if (c === '\n' && !triple) fail('newline in a string');
      if (bytes && c.charCodeAt(0) > 0x7f) fail('non-ASCII character in a bytes literal');
      if (c !== '\\') {
        out += c;
        i++;
        continue;
      }
      const e = text[i + 1];
      if (e === undefined) fail('unterminated string');
      if (raw) {
        out += c + e;
        i += 2;
        continue;
      }
      if (e === '\n') {
        i += 2;
      } else if (SIMPLE[e!] !== undefined) {
        out += SIMPLE[e!];
        i += 2;
      } else if (/[0-7]/.test(e!)) {
        const oct = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))![0];
        out += String.fromCharCode(Number.parseInt(oct, 8));
        i += 1 + oct.length;
      } else if (e === 'x') {
        const hex = text.slice(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) fail('truncated \\xXX escape');
        out += String.fromCharCode(Number.parseInt(hex, 16));
        i += 4;
      } else if (!bytes && (e === 'u' || e === 'U')) {
        const n = e === 'u' ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + n);
        if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) fail(`truncated \\${e} escape`);
        const cp = Number.parseInt(hex, 16);
        if (cp > 0x10ffff) fail('illegal Unicode character');
        out += String.fromCodePoint(cp);
        i += 2 + n;
      } else if (!bytes && e === 'N') {
        const end = text.indexOf('}', i);
        if (text[i + 2] !== '{' || end < 0) fail('malformed \\N character escape');
        // a named character: its value is not known here, so it may spell anything
        unknown = true;
        i = end + 1;
      } else {
        out += c + e;
        i += 2;
      }
    }
    if (unknown) return { t: 'unknown' };
    return bytes ? { t: 'bytes', v: out } : { t: 'str', v: out };
  };

  const number = (): PyValue | undefined => {
    const m =
      /^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/.exec(
        text.slice(i, i + 4096),
      );
    if (!m) return undefined;
    const s = m[0];
    i += s.length;
    if (isIdent(text[i])) {
      if (options.dropLongSuffix && text[i] === 'L' && !isIdent(text[i + 1])) i++;
      else fail('invalid number');
    }
    if (/[jJ]$/.test(s)) return { t: 'complex' };
    if (/^0[xXoObB]/.test(s)) return { t: 'int', v: BigInt(s.replace(/_/g, '')) };
    if (/[.eE]/.test(s)) return { t: 'float' };
    if (/^0+[1-9]/.test(s.replace(/_/g, ''))) fail('leading zeros in a decimal integer');
    return { t: 'int', v: BigInt(s.replace(/_/g, '')) };
  };

  const seq = (close: string): PyValue[] => {
    const items: PyValue[] = [];
    skip();
    while (text[i] !== close) {
      items.push(value());
      skip();
      if (text[i] === ',') {
        i++;
        skip();
      } else if (text[i] !== close) fail(`expected , or ${close}`);
    }
    i++;
    return items;
  };

  const nest = <T>(f: () => T): T => {
    if (++depth > maxDepth) fail(`nested deeper than ${maxDepth}`);
    const r = f();
    depth--;
    return r;
  };

  const atom = (): PyValue => {
    skip();
    const c = text[i];
    if (c === undefined) fail('unexpected end');
    const s = stringLiteral();
    if (s) {
      // implicit concatenation: 'a' 'b' is one string
      let acc = s;
      for (;;) {
        const save = i;
        skip();
        const next = stringLiteral();
        if (!next) {
          i = save;
          break;
        }
        const kindOf = (v: PyValue) => (v.t === 'bytes' ? 'bytes' : 'str');
        if (kindOf(acc) !== kindOf(next)) fail('cannot mix bytes and nonbytes literals');
        acc =
          acc.t === 'unknown' || next.t === 'unknown'
            ? { t: 'unknown' }
            : { t: acc.t as 'str', v: (acc as { v: string }).v + (next as { v: string }).v };
      }
      return acc;
    }
    if (c === '(') {
      i++;
      return nest(() => {
        skip();
        if (text[i] === ')') {
          i++;
          return { t: 'tuple', items: [] };
        }
        const first = value();
        skip();
        if (text[i] === ')') {
          i++;
          return first; // parentheses only group
        }
        if (text[i] !== ',') fail('expected , or )');
        i++;
        return { t: 'tuple', items: [first, ...seq(')')] };
      });
    }
    if (c === '[') {
      i++;
      return nest(() => ({ t: 'list', items: seq(']') }));
    }
    if (c === '{') {
      i++;
      return nest(() => {
        skip();
        if (text[i] === '}') {
          i++;
          return { t: 'dict', entries: [] };
        }
        const first = value();
        skip();
        if (text[i] !== ':') {
          if (text[i] === '}') {
            i++;
            return { t: 'set', items: [first] };
          }
          if (text[i] !== ',') fail('expected : , or }');
          i++;
          return { t: 'set', items: [first, ...seq('}')] };
        }
        const entries: [PyValue, PyValue][] = [];
        let key = first;
        for (;;) {
          i++; // ':'
          const v = value();
          entries.push([key, v]);
          skip();
          if (text[i] === ',') {
            i++;
            skip();
          } else if (text[i] !== '}') fail('expected , or }');
          if (text[i] === '}') {
            i++;
            break;
          }
          key = value();
          skip();
          if (text[i] !== ':') fail('expected :');
        }
        return { t: 'dict', entries: dictEntries(entries) };
      });
    }
    if (c === '.' && text.startsWith('...', i)) {
      i += 3;
      return { t: 'ellipsis' };
    }
    const n = number();
    if (n) return n;
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 256))?.[0];
    if (word === 'True' || word === 'False' || word === 'None') {
      i += word.length;
      return word === 'None' ? { t: 'none' } : { t: 'bool', v: word === 'True' };
    }
    if (word === 'set') {
      const m = /^set\s*\(\s*\)/.exec(text.slice(i, i + 256));
      if (m) {
        i += m[0].length;
        return { t: 'set', items: [] };
      }
    }
    return fail(`not a literal: ${JSON.stringify(text.slice(i, i + 20))}`);
  };

  /** literal_eval's signed numbers and complex sums: -1, +2.0, 1+2j, -(3). */
  const value = (): PyValue => {
    skip();
    const c = text[i];
    if (c === '-' || c === '+') {
      i++;
      const v = nest(atom);
      if (v.t !== 'int' && v.t !== 'float' && v.t !== 'complex') fail('unary sign on a non-number');
      const signed = v.t === 'int' && c === '-' ? { t: 'int' as const, v: -v.v } : v;
      return complexTail(signed);
    }
    const v = atom();
    return v.t === 'int' || v.t === 'float' ? complexTail(v) : v;
  };

  const complexTail = (left: PyValue): PyValue => {
    const save = i;
    skip();
    const op = text[i];
    if ((op === '+' || op === '-') && (left.t === 'int' || left.t === 'float')) {
      i++;
      const right = atom();
      if (right.t === 'complex') return { t: 'complex' };
      fail('only a complex number may follow + or -');
    }
    i = save;
    return left;
  };

  const result = value();
  skip();
  if (i < text.length) fail('unexpected text after the literal');
  return result;
}

/** A dict keeps the first position of a key and the last value given for it; unhashable keys raise. */
function dictEntries(entries: [PyValue, PyValue][]): [PyValue, PyValue][] {
  const byKey = new Map<string, number>();
  const out: [PyValue, PyValue][] = [];
  for (const [k, v] of entries) {
    const id = hashKey(k);
    const at = id === undefined ? undefined : byKey.get(id);
    if (at === undefined) {
      if (id !== undefined) byKey.set(id, out.length);
      out.push([k, v]);
    } else out[at] = [out[at]![0], v];
  }
  return out;
}

/** Equal keys get equal strings; undefined for keys never merged here (floats, unknown strings). */
function hashKey(v: PyValue): string | undefined {
  switch (v.t) {
    case 'str':
    case 'bytes':
      return `${v.t}:${v.v}`;
    case 'int':
      return `num:${v.v}`;
    case 'bool':
      // True == 1 and hash(True) == hash(1)
      return `num:${v.v ? 1 : 0}`;
    case 'tuple': {
      const parts = v.items.map(hashKey);
      return parts.includes(undefined) ? undefined : `tuple:(${parts.join(',')})`;
    }
    case 'list':
    case 'set':
    case 'dict':
      throw new PyLiteralError(`unhashable type: '${v.t}'`);
    default:
      // floats, complex, unknown strings: kept apart (the reader of the dict fails closed on them)
      return undefined;
  }
}
