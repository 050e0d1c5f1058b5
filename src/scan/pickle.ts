import { ARG_OF, Arg, NAME_OF, OP } from './pickle-opcodes.js';

/** An import the pickle performs when loaded: the only way a pickle reaches code. */
export interface PickleGlobal {
  module: string;
  name: string;
  /** Offset of the first opcode that imports it. */
  pos: number;
  opcode: 'GLOBAL' | 'INST' | 'STACK_GLOBAL' | 'EXT1' | 'EXT2' | 'EXT4';
  /** false when the module/name could not be resolved statically (fail closed: dangerous). */
  resolved: boolean;
  /** Index of the pickle in the file (0-based) where it first appears. */
  pickle: number;
  count: number;
}

export interface PickleProblem {
  pos: number;
  message: string;
}

export interface PickleScanOptions {
  /** Stop after this many complete pickles (legacy torch files hold exactly 5, then raw tensor bytes). */
  maxPickles?: number;
  /** Called for every opcode with its position; `next` is the offset after its argument (for tests/diagnostics). */
  onOp?: (code: number, buf: Buffer, p: number, next: number, base: number) => void;
}

/** Longest string argument kept as a value on the simulated stack; longer ones cannot name a module. */
const STRING_LIMIT = 1024;
const MAX_PROBLEMS = 50;
/** Deeper simulated stacks are refused: no real checkpoint comes near, and memory stays bounded. */
const STACK_LIMIT = 16_000_000;
/** Stack value that is not a (short) str. */
const OTHER = 0;
/** A stack/memo value: OTHER, or the id (> 0) of a short str in the pickle's StringPool. */
type Val = number;
/** Strings kept per pickle; beyond this they become OTHER (and cannot resolve an import: fail closed). */
const POOL_LIMIT = 256 << 20;

/**
 * The bytes of the short strings a pickle pushes, copied into one growing buffer: millions of
 * vocabulary entries cost a memcpy each instead of a garbage-collected JS string.
 */
class StringPool {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private starts = new Int32Array(1 << 12);
  private latin1 = new Uint8Array(1 << 12);
  private count = 1;

  reset(): void {
    this.used = 0;
    this.count = 1;
  }

  /** Copies buf[start, end) and returns its id, or OTHER when the pool is full. */
  add(buf: Buffer, start: number, end: number, latin1: boolean): Val {
    const n = end - start;
    if (this.used + n > this.bytes.length) {
      if (this.used + n > POOL_LIMIT) return OTHER;
      const grown = Buffer.allocUnsafe(Math.min(POOL_LIMIT, Math.max(this.bytes.length * 2, this.used + n)));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    if (this.count + 1 >= this.starts.length) {
      const starts = new Int32Array(this.starts.length * 2);
      starts.set(this.starts);
      this.starts = starts;
      const l1 = new Uint8Array(this.latin1.length * 2);
      l1.set(this.latin1);
      this.latin1 = l1;
    }
    if (n < 64) {
      const bytes = this.bytes;
      for (let i = 0, o = this.used; i < n; i++) bytes[o + i] = buf[start + i]!;
    } else buf.copy(this.bytes, this.used, start, end);
    const id = this.count++;
    this.starts[id] = this.used;
    this.used += n;
    this.starts[id + 1] = this.used;
    this.latin1[id] = latin1 ? 1 : 0;
    return id;
  }

  addString(s: string): Val {
    const b = Buffer.from(s, 'utf8');
    return this.add(b, 0, b.length, false);
  }

  get(id: Val): string {
    return this.bytes.toString(this.latin1[id] ? 'latin1' : 'utf8', this.starts[id], this.starts[id + 1]);
  }
}

/**
 * Static pickle reader: walks every opcode (protocols 0–5) and simulates the stack and the memo
 * just enough to know which strings reach STACK_GLOBAL. Never builds objects, never imports.
 *
 * Feed it windows of the input with `write(buf, base, eof)`; it returns the absolute offset to
 * continue from, which is past the end of `buf` when a large payload can be skipped unread, or
 * inside `buf` when the next opcode is incomplete (give it a larger window from that offset).
 */
export class PickleScanner {
  readonly globals = new Map<string, PickleGlobal>();
  readonly problems: PickleProblem[] = [];
  /** Complete pickles seen. */
  pickles = 0;
  /** Opcodes read. */
  ops = 0;
  done = false;
  /** Absolute offset of the next opcode. */
  pos = 0;
  /** True while inside a pickle (after its first opcode, before STOP). */
  inPickle = false;
  /** Set when bytes after the last complete pickle are not a pickle. */
  trailingGarbage = false;
  /** The last payload skipped unread (to report it if the file ends inside it). */
  lastSkip: { pos: number; code: number; end: number } | undefined;
  private stack: Val[] = [];
  private strings = new StringPool();
  private marks: number[] = [];
  /** Memo keys below 2^26, value + 1 (0 = no such key); larger keys go to memoBig. */
  private memo = new Int32Array(1 << 10);
  private memoBig = new Map<number, Val>();
  private memoCount = 0;
  private pickleStart = 0;
  private readonly maxPickles: number;
  private readonly onOp: PickleScanOptions['onOp'];

  constructor(options: PickleScanOptions = {}) {
    this.maxPickles = options.maxPickles ?? Number.POSITIVE_INFINITY;
    this.onOp = options.onOp;
  }

  get globalList(): PickleGlobal[] {
    return [...this.globals.values()];
  }

  write(buf: Buffer, base: number, eof: boolean): number {
    let p = this.pos - base;
    const len = buf.length;
    const stack = this.stack;
    const marks = this.marks;
    const onOp = this.onOp;
    while (!this.done) {
      if (p >= len) {
        if (eof) this.finish(base + p);
        break;
      }
      const code = buf[p]!;
      const kind = ARG_OF[code]!;
      if (!this.inPickle) {
        if (kind < 0 && this.pickles > 0) {
          this.trailingGarbage = true;
          this.problem(base + p, `data after pickle ${this.pickles} is not a pickle (byte 0x${hex(code)})`);
          this.done = true;
          break;
        }
        this.startPickle(base + p);
      }
      let next: number;
      let n = 0;
      switch (kind) {
        case 0: // None
          next = p + 1;
          break;
        case 1: // Uint1
          next = p + 2;
          break;
        case 2: // Uint2
          next = p + 3;
          break;
        case 3: // Int4
        case 4: // Uint4
          next = p + 5;
          break;
        case 5: // Uint8
        case 6: // Float8
          next = p + 9;
          break;
        case 7: // Long1
        case 9: // String1
        case 11: // Bytes1
        case 15: // Unicode1
          if (p + 2 > len) {
            next = p + 2;
            break;
          }
          n = buf[p + 1]!;
          next = p + 2 + n;
          break;
        case 8: // Long4
        case 10: // String4
        case 12: // Bytes4
        case 16: // Unicode4
          if (p + 5 > len) {
            next = p + 5;
            break;
          }
          if (kind === Arg.Long4 || kind === Arg.String4) {
            n = buf.readInt32LE(p + 1);
            if (n < 0) {
              this.fatal(base + p, `${NAME_OF[code]} has a negative length ${n}`);
              continue;
            }
          } else n = buf.readUInt32LE(p + 1);
          next = p + 5 + n;
          break;
        case 13: // Bytes8
        case 17: // Unicode8
        case 14: {
          // Bytearray8
          if (p + 9 > len) {
            next = p + 9;
            break;
          }
          const hi = buf.readUInt32LE(p + 5);
          if (hi > 0x1fffff) {
            this.fatal(base + p, `${NAME_OF[code]} length is larger than any file`);
            continue;
          }
          n = hi * 0x100000000 + buf.readUInt32LE(p + 1);
          next = p + 9 + n;
          break;
        }
        case 18: // DecimalShort
        case 19: // DecimalLong
        case 20: // FloatNl
        case 21: // StringNl
        case 22: // UnicodeNl
        case 23: {
          // NoEscape
          const nl = newline(buf, p + 1, len);
          next = nl < 0 ? len + 1 : nl + 1;
          break;
        }
        case 24: {
          // NoEscapePair
          const nl = newline(buf, p + 1, len);
          const nl2 = nl < 0 ? -1 : newline(buf, nl + 1, len);
          next = nl2 < 0 ? len + 1 : nl2 + 1;
          break;
        }
        default:
          this.fatal(base + p, `unknown opcode 0x${hex(code)}`);
          continue;
      }
      if (next > len) {
        if (eof) {
          this.fatal(
            base + p,
            `truncated: ${NAME_OF[code]} needs ${next - len} more bytes than the file has`,
          );
          break;
        }
        const headerDone = n > 0 || kind === Arg.Long1 || kind === Arg.String1;
        const skippable =
          headerDone &&
          (kind === Arg.Bytes1 ||
            kind === Arg.Bytes4 ||
            kind === Arg.Bytes8 ||
            kind === Arg.Bytearray8 ||
            kind === Arg.Long1 ||
            kind === Arg.Long4 ||
            n > STRING_LIMIT);
        if (!skippable) break;
        // a payload we do not need to read: account for the opcode and skip its bytes
        this.lastSkip = { pos: base + p, code, end: base + next };
        this.ops++;
        onOp?.(code, buf, p, next, base);
        stack.push(OTHER);
        p = next;
        break;
      }
      this.ops++;
      if (onOp) onOp(code, buf, p, next, base);
      switch (code) {
        case 0x28: // MARK
          marks.push(stack.length);
          break;
        case 0x2e: // STOP
          if (stack.length <= this.floor()) this.problem(base + p, 'STOP with an empty stack');
          this.inPickle = false;
          this.pickles++;
          if (this.pickles >= this.maxPickles) this.done = true;
          break;
        case 0x30: // POP
          if (stack.length > this.floor()) stack.pop();
          else if (marks.length > 0) marks.pop();
          else this.problem(base + p, 'POP on an empty stack');
          break;
        case 0x31: // POP_MARK
          this.popMark(base + p);
          break;
        case 0x32: // DUP
          if (stack.length > this.floor()) stack.push(stack[stack.length - 1]!);
          else {
            this.problem(base + p, 'DUP on an empty stack');
            stack.push(OTHER);
          }
          break;
        case 0x8c: // SHORT_BINUNICODE
        case 0x58: // BINUNICODE
        case 0x8d: // BINUNICODE8
          stack.push(n <= STRING_LIMIT ? this.strings.add(buf, next - n, next, false) : OTHER);
          break;
        case 0x55: // SHORT_BINSTRING
        case 0x54: // BINSTRING
          stack.push(n <= STRING_LIMIT ? this.strings.add(buf, next - n, next, true) : OTHER);
          break;
        case 0x53: // STRING
          stack.push(next - p <= STRING_LIMIT ? this.pooled(decodeQuoted(buf, p + 1, next - 1)) : OTHER);
          break;
        case 0x56: // UNICODE
          if (next - p > STRING_LIMIT) stack.push(OTHER);
          else if (!hasBackslash(buf, p + 1, next - 1))
            stack.push(this.strings.add(buf, p + 1, next - 1, true));
          else stack.push(this.pooled(rawUnicodeEscape(buf, p + 1, next - 1)));
          break;
        case 0x51: // BINPERSID
        case 0x85: // TUPLE1
          this.pop(base + p);
          stack.push(OTHER);
          break;
        case 0x52: // REDUCE
        case 0x81: // NEWOBJ
        case 0x86: // TUPLE2
          this.pop(base + p);
          this.pop(base + p);
          stack.push(OTHER);
          break;
        case 0x92: // NEWOBJ_EX
        case 0x87: // TUPLE3
          this.pop(base + p);
          this.pop(base + p);
          this.pop(base + p);
          stack.push(OTHER);
          break;
        case 0x62: // BUILD
        case 0x61: // APPEND
          this.pop(base + p);
          this.top(base + p);
          break;
        case 0x73: // SETITEM
          this.pop(base + p);
          this.pop(base + p);
          this.top(base + p);
          break;
        case 0x65: // APPENDS
        case 0x75: // SETITEMS
        case 0x90: // ADDITEMS
          this.popMark(base + p);
          this.top(base + p);
          break;
        case 0x64: // DICT
        case 0x6c: // LIST
        case 0x74: // TUPLE
        case 0x91: // FROZENSET
          this.popMark(base + p);
          stack.push(OTHER);
          break;
        case 0x6f: // OBJ
          if (this.popMark(base + p) < 1) this.problem(base + p, 'OBJ without a class');
          stack.push(OTHER);
          break;
        case 0x63: // GLOBAL
        case 0x69: {
          // INST
          const nl = buf.indexOf(10, p + 1);
          const module = buf.toString('utf8', p + 1, nl);
          const name = buf.toString('utf8', nl + 1, next - 1);
          if (code === OP.INST) this.popMark(base + p);
          this.addGlobal(module, name, base + p, code === OP.INST ? 'INST' : 'GLOBAL', true);
          stack.push(OTHER);
          break;
        }
        case 0x93: {
          // STACK_GLOBAL
          const name = this.pop(base + p);
          const module = this.pop(base + p);
          if (name > 0 && module > 0) {
            this.addGlobal(this.strings.get(module), this.strings.get(name), base + p, 'STACK_GLOBAL', true);
          } else {
            this.addGlobal(
              module > 0 ? this.strings.get(module) : '?',
              name > 0 ? this.strings.get(name) : '?',
              base + p,
              'STACK_GLOBAL',
              false,
            );
          }
          stack.push(OTHER);
          break;
        }
        case 0x82: // EXT1
        case 0x83: // EXT2
        case 0x84: {
          // EXT4
          const ext =
            code === OP.EXT1
              ? buf[p + 1]!
              : code === OP.EXT2
                ? buf.readUInt16LE(p + 1)
                : buf.readInt32LE(p + 1);
          this.addGlobal(
            'copyreg._extension_registry',
            String(ext),
            base + p,
            NAME_OF[code] as 'EXT1',
            false,
          );
          stack.push(OTHER);
          break;
        }
        case 0x67: // GET
        case 0x68: // BINGET
        case 0x6a: {
          // LONG_BINGET
          const idx =
            code === OP.BINGET
              ? buf[p + 1]!
              : code === OP.LONG_BINGET
                ? buf.readUInt32LE(p + 1)
                : decimal(buf, p + 1, next - 1);
          const v = this.memoGet(idx);
          if (v === undefined) {
            this.problem(base + p, `${NAME_OF[code]} ${idx}: memo has no such key`);
            stack.push(OTHER);
          } else stack.push(v);
          break;
        }
        case 0x70: // PUT
        case 0x71: // BINPUT
        case 0x72: {
          // LONG_BINPUT
          const idx =
            code === OP.BINPUT
              ? buf[p + 1]!
              : code === OP.LONG_BINPUT
                ? buf.readUInt32LE(p + 1)
                : decimal(buf, p + 1, next - 1);
          if (!(idx >= 0)) this.problem(base + p, `${NAME_OF[code]} with an invalid index`);
          else this.memoSet(idx, this.top(base + p));
          break;
        }
        case 0x94: // MEMOIZE
          this.memoSet(this.memoCount, this.top(base + p));
          break;
        case 0x80: // PROTO
          if (buf[p + 1]! > 5) this.problem(base + p, `unsupported pickle protocol ${buf[p + 1]}`);
          break;
        case 0x98: // READONLY_BUFFER
          this.top(base + p);
          break;
        case 0x95: // FRAME
          break;
        default:
          // every other opcode pushes one value that is not a str
          stack.push(OTHER);
      }
      p = next;
      if (stack.length > STACK_LIMIT) this.fatal(base + p, `stack deeper than ${STACK_LIMIT} items`);
    }
    this.pos = base + p;
    return this.pos;
  }

  /** The input ended at `size`, inside the payload skipped last. */
  truncatedAt(size: number): void {
    const skip = this.lastSkip;
    if (skip && skip.end > size) {
      this.fatal(
        skip.pos,
        `truncated: ${NAME_OF[skip.code]} needs ${skip.end - size} more bytes than the file has`,
      );
    } else this.write(Buffer.alloc(0), this.pos, true);
  }

  private pooled(s: string | undefined): Val {
    return s === undefined ? OTHER : this.strings.addString(s);
  }

  private startPickle(at: number): void {
    this.inPickle = true;
    this.pickleStart = at;
    this.stack.length = 0;
    this.marks.length = 0;
    this.memo.fill(0);
    this.memoBig.clear();
    this.strings.reset();
    this.memoCount = 0;
  }

  private finish(at: number): void {
    if (this.inPickle) this.fatal(at, `pickle starting at offset ${this.pickleStart} ends before STOP`);
    else if (this.pickles === 0) this.fatal(at, 'empty: no pickle');
    this.done = true;
  }

  private fatal(at: number, message: string): void {
    this.problem(at, message);
    this.done = true;
  }

  private problem(pos: number, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ pos, message });
  }

  private floor(): number {
    const m = this.marks;
    return m.length > 0 ? m[m.length - 1]! : 0;
  }

  private pop(at: number): Val {
    if (this.stack.length > this.floor()) return this.stack.pop()!;
    this.problem(at, 'stack underflow');
    return OTHER;
  }

  private top(at: number): Val {
    if (this.stack.length > this.floor()) return this.stack[this.stack.length - 1]!;
    this.problem(at, 'stack underflow');
    return OTHER;
  }

  /** Pops to the last MARK; returns how many items were above it (-1 without a MARK). */
  private popMark(at: number): number {
    const mark = this.marks.pop();
    if (mark === undefined) {
      this.problem(at, 'no MARK to pop to');
      return -1;
    }
    const count = this.stack.length - mark;
    this.stack.length = mark;
    return count;
  }

  private memoGet(idx: number): Val | undefined {
    if (idx >= 0x4000000) return this.memoBig.get(idx);
    const v = idx < this.memo.length ? this.memo[idx]! : 0;
    return v === 0 ? undefined : v - 1;
  }

  private memoSet(idx: number, v: Val): void {
    if (idx < 0x4000000) {
      if (idx >= this.memo.length) {
        const grown = new Int32Array(Math.max(this.memo.length * 2, idx + 1));
        grown.set(this.memo);
        this.memo = grown;
      }
      if (this.memo[idx] === 0) this.memoCount++;
      this.memo[idx] = v + 1;
    } else {
      if (!this.memoBig.has(idx)) this.memoCount++;
      this.memoBig.set(idx, v);
    }
  }

  private addGlobal(
    module: string,
    name: string,
    pos: number,
    opcode: PickleGlobal['opcode'],
    resolved: boolean,
  ) {
    const key = `${resolved ? 1 : 0}\u0000${module}\u0000${name}`;
    const existing = this.globals.get(key);
    if (existing) existing.count++;
    else this.globals.set(key, { module, name, pos, opcode, resolved, pickle: this.pickles, count: 1 });
  }
}

function hasBackslash(buf: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (buf[i] === 0x5c) return true;
  return false;
}

function hex(b: number): string {
  return b.toString(16).padStart(2, '0');
}

/** Python int() of a short decimal line; NaN when it is not one. */
/** Offset of the next \n at or after `from`, -1 if none before `len` (short lines: a loop beats indexOf). */
function newline(buf: Buffer, from: number, len: number): number {
  const stop = Math.min(len, from + 64);
  for (let i = from; i < stop; i++) if (buf[i] === 10) return i;
  return stop < len ? buf.indexOf(10, stop) : -1;
}

function decimal(buf: Buffer, start: number, end: number): number {
  if (end > start && end - start < 16) {
    let v = 0;
    let i = start;
    for (; i < end; i++) {
      const c = buf[i]! - 0x30;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
    }
    if (i === end) return v;
  }
  const s = buf.toString('latin1', start, end).trim().replace(/_/g, '');
  return /^[+-]?\d+$/.test(s) ? Number(s) : Number.NaN;
}

/** Body of a quoted STRING line with Python escapes undone; undefined when it is not quoted. */
export function decodeQuoted(buf: Buffer, start: number, end: number): string | undefined {
  const q = buf[start];
  if (end - start < 2 || (q !== 0x22 && q !== 0x27) || buf[end - 1] !== q) return undefined;
  return escapeDecode(buf, start + 1, end - 1);
}

const SIMPLE_ESCAPES: Record<string, number> = {
  '\n': -1,
  '\\': 0x5c,
  "'": 0x27,
  '"': 0x22,
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
};

/** codecs.escape_decode: Python bytes-literal escapes, result as latin-1 text. */
export function escapeDecode(buf: Buffer, start: number, end: number): string {
  if (buf.indexOf(0x5c, start) < 0 || buf.indexOf(0x5c, start) >= end)
    return buf.toString('latin1', start, end);
  const out: number[] = [];
  let i = start;
  while (i < end) {
    const c = buf[i]!;
    if (c !== 0x5c || i + 1 >= end) {
      out.push(c);
      i++;
      continue;
    }
    const e = String.fromCharCode(buf[i + 1]!);
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple >= 0) out.push(simple);
      i += 2;
    } else if (
      e === 'x' &&
      i + 3 < end + 0 &&
      /^[0-9a-fA-F]{2}$/.test(buf.toString('latin1', i + 2, i + 4))
    ) {
      out.push(Number.parseInt(buf.toString('latin1', i + 2, i + 4), 16));
      i += 4;
    } else if (e >= '0' && e <= '7') {
      let j = i + 1;
      let v = 0;
      while (j < end && j < i + 4 && buf[j]! >= 0x30 && buf[j]! <= 0x37) v = v * 8 + (buf[j++]! - 0x30);
      out.push(v & 0xff);
      i = j;
    } else {
      out.push(0x5c);
      i++;
    }
  }
  return Buffer.from(out).toString('latin1');
}

/** str(data, 'raw-unicode-escape'): latin-1 except \uXXXX and \UXXXXXXXX. */
export function rawUnicodeEscape(buf: Buffer, start: number, end: number): string {
  const s = buf.toString('latin1', start, end);
  if (!s.includes('\\')) return s;
  return s.replace(
    /\\u([0-9a-fA-F]{4})|\\U([0-9a-fA-F]{8})/g,
    (_m, u: string | undefined, U: string | undefined) =>
      String.fromCodePoint(Number.parseInt((u ?? U)!, 16)),
  );
}

/** Scans a whole in-memory buffer. */
export function scanPickleBuffer(buf: Buffer, options: PickleScanOptions = {}): PickleScanner {
  const scanner = new PickleScanner(options);
  scanner.write(buf, 0, true);
  return scanner;
}
