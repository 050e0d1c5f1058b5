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
  /** The unpicklers (C, Python, joblib) read these bytes differently: a way to hide a payload. */
  evasion?: boolean;
}

export interface PickleScanOptions {
  /** Stop after this many complete pickles (legacy torch files hold exactly 5, then raw tensor bytes). */
  maxPickles?: number;
  /** Called for every opcode with its position; `next` is the offset after its argument (for tests/diagnostics). */
  onOp?: (code: number, buf: Buffer, p: number, next: number, base: number) => void;
  /**
   * Read the way joblib.load's NumpyUnpickler does: after BUILD of a NumpyArrayWrapper, the array's
   * bytes (or, for object arrays, a nested pickle) follow in the file, not opcodes.
   */
  joblib?: boolean;
  /**
   * Continuation of another pickle from an unknown state (what pickle.load reads after a joblib
   * array wrapper): stops at the first byte that no unpickler gets past, whatever its stack.
   */
  continuation?: boolean;
}

/** Longest string argument kept as a value on the simulated stack; longer ones cannot name a module. */
const STRING_LIMIT = 1024;
const MAX_PROBLEMS = 50;
/** Deeper simulated stacks are refused: no real checkpoint comes near, and memory stays bounded. */
export const STACK_LIMIT = 4_000_000;
/** MARKs open at once (nesting); the pickler's own recursion stops near 1000. */
export const MARK_LIMIT = 100_000;
/** Memo entries per pickle (a dense Int32Array up to this many keys: 64 MB). */
export const MEMO_LIMIT = 1 << 24;
/** Memo keys above the dense range are kept in a Map, at most this many. */
const SPARSE_MEMO_LIMIT = 1 << 20;
/** Values followed in joblib mode (ints, tuples, dicts, dtypes, wrappers); containers keep at most 64 items. */
const OBJ_LIMIT = 1 << 20;
const ITEMS_LIMIT = 64;
/** Bytes after a joblib array wrapper checked as pickle.load would read them. */
const CONTINUATION_WINDOW = 1 << 16;
/** Stack value that is not a (short) str. */
const OTHER = 0;
/** A stack/memo value: OTHER, or the id (> 0) of a short str in the pickle's StringPool. */
type Val = number;
/** A value followed in joblib mode (what decides how many bytes a NumpyArrayWrapper reads). */
type Obj =
  | { k: 'int'; v: bigint }
  | { k: 'none' }
  | { k: 'bool'; v: boolean }
  | { k: 'seq'; tuple: boolean; items: Val[]; full: boolean }
  | { k: 'dict'; keys: Val[]; values: Val[]; full: boolean }
  | { k: 'class'; q: string }
  | { k: 'dtype'; typestr: Val; state: Val | undefined }
  | { k: 'wrapper'; attrs: Map<string, Val> | undefined };

/** The outer pickle's state while the nested pickle of an object array is read. */
interface SavedPickle {
  stack: Val[];
  marks: number[];
  memo: Int32Array<ArrayBuffer>;
  memoBig: Map<number, Val>;
  memoCount: number;
  strings: StringPool;
  objs: Obj[];
  tracking: boolean;
  pickleStart: number;
  pickleOps: number;
}

/** NumpyArrayWrapper.__init__'s parameters, in order, and the defaults it sets. */
const WRAPPER_PARAMS = ['subclass', 'shape', 'order', 'dtype', 'allow_mmap', 'numpy_array_alignment_bytes'];

/** Item sizes numpy gives the fixed-size dtype letters when the string has no digits. */
const FIXED_SIZES: Record<string, number> = {
  '?': 1,
  b: 1,
  B: 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  e: 2,
  f: 4,
  d: 8,
  g: 16,
  F: 8,
  D: 16,
  G: 32,
  O: 8,
};

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
  /** Where a problem stopped the reading, -1 while none did. */
  fatalAt = -1;
  /** Array wrappers joblib.load reads (joblib mode). */
  arrays = 0;
  private stack: Val[] = [];
  private strings = new StringPool();
  private marks: number[] = [];
  /** Absolute end of the current FRAME, -1 outside frames. */
  private frameEnd = -1;
  /** Opcodes read in the current pickle. */
  private pickleOps = 0;
  private readonly joblib: boolean;
  private readonly continuation: boolean;
  /** joblib mode: values followed once a NumpyArrayWrapper is imported; Val -(i + 1) is objs[i]. */
  private objs: Obj[] = [];
  private tracking = false;
  /** joblib mode: what the file holds next instead of an opcode. */
  private pendingArray: { pos: number; bytes: number; padded: boolean } | undefined;
  /** joblib mode: the outer pickle while a nested one (an object array) is read. */
  private outer: SavedPickle | undefined;
  /** Memo keys below 2^26, value + 1 (0 = no such key); larger keys go to memoBig. */
  private memo = new Int32Array(1 << 10);
  private memoBig = new Map<number, Val>();
  private memoCount = 0;
  private pickleStart = 0;
  private maxPickles: number;
  private readonly onOp: PickleScanOptions['onOp'];

  constructor(options: PickleScanOptions = {}) {
    this.maxPickles = options.maxPickles ?? Number.POSITIVE_INFINITY;
    this.onOp = options.onOp;
    this.joblib = options.joblib ?? false;
    this.continuation = options.continuation ?? false;
  }

  /** Goes on reading `pickles` more pickles from `pos` (torch's legacy files interleave raw bytes). */
  resume(pos: number, pickles = 1): void {
    this.pos = pos;
    this.done = false;
    this.maxPickles = this.pickles + pickles;
  }

  get globalList(): PickleGlobal[] {
    return [...this.globals.values()];
  }

  write(buf: Buffer, base: number, eof: boolean): number {
    let p = this.pos - base;
    const len = buf.length;
    let stack = this.stack;
    let marks = this.marks;
    const onOp = this.onOp;
    while (!this.done) {
      if (this.pendingArray) {
        const at = this.readArray(buf, p, base, eof);
        if (at < 0) break;
        p = at;
        stack = this.stack;
        marks = this.marks;
        continue;
      }
      if (p >= len) {
        if (eof) this.finish(base + p);
        break;
      }
      const code = buf[p]!;
      const kind = ARG_OF[code]!;
      if (!this.inPickle) {
        if (this.continuation && this.pickles > 0) {
          this.done = true;
          break;
        }
        if (kind < 0 && this.pickles > 0 && !this.outer) {
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
      if (
        code === 0x62 &&
        this.tracking &&
        !eof &&
        next <= len &&
        len - next < CONTINUATION_WINDOW &&
        this.isWrapper(stack[stack.length - 2])
      ) {
        break; // the bytes after the wrapper are needed in the window
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
        if (this.frameEnd >= 0 && base + p < this.frameEnd && base + next > this.frameEnd) {
          this.fatal(
            base + p,
            `${NAME_OF[code]} crosses the end of the frame at offset ${this.frameEnd}; unpicklers read it differently`,
            true,
          );
          break;
        }
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
      if (this.frameEnd >= 0) {
        if (base + p >= this.frameEnd) this.frameEnd = -1;
        else if (base + next > this.frameEnd) {
          // the C unpickler reads such an argument from after the frame, the Python one refuses it
          this.fatal(
            base + p,
            `${NAME_OF[code]} crosses the end of the frame at offset ${this.frameEnd}; unpicklers read it differently`,
            true,
          );
          break;
        }
      }
      if (code !== 0x80 || this.pickleOps > 0) this.pickleOps++;
      if (this.tracking && this.valueOp(code, buf, p, next, base, eof)) {
        p = next;
        // a wrapper may have started a nested pickle with a stack of its own
        stack = this.stack;
        marks = this.marks;
        continue;
      }
      switch (code) {
        case 0x28: // MARK
          if (marks.length >= MARK_LIMIT) {
            this.fatal(base + p, `more than ${MARK_LIMIT} MARKs open at once`);
            continue;
          }
          marks.push(stack.length);
          break;
        case 0x2e: // STOP
          if (stack.length <= this.floor()) this.problem(base + p, 'STOP with an empty stack');
          if (this.frameEnd > base + next)
            this.problem(base + p, `STOP inside a frame that runs on to offset ${this.frameEnd}`, true);
          this.frameEnd = -1;
          this.inPickle = false;
          if (this.outer) {
            // the nested pickle of an object array ends: back to the outer one, which holds the array
            this.restore();
            stack = this.stack;
            marks = this.marks;
            stack.push(OTHER);
            break;
          }
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
          const args = code === OP.INST ? this.popMarkItems(base + p) : undefined;
          this.addGlobal(module, name, base + p, code === OP.INST ? 'INST' : 'GLOBAL', true);
          const cls = this.joblib ? this.classValue(module, name) : OTHER;
          stack.push(args ? this.call(cls, args) : cls);
          break;
        }
        case 0x93: {
          // STACK_GLOBAL
          const name = this.pop(base + p);
          const module = this.pop(base + p);
          if (name > 0 && module > 0) {
            const m = this.strings.get(module);
            const n = this.strings.get(name);
            this.addGlobal(m, n, base + p, 'STACK_GLOBAL', true);
            if (this.joblib) {
              stack.push(this.classValue(m, n));
              break;
            }
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
          else this.memoSet(idx, this.top(base + p), base + p);
          break;
        }
        case 0x94: // MEMOIZE
          this.memoSet(this.memoCount, this.top(base + p), base + p);
          break;
        case 0x80: // PROTO
          if (buf[p + 1]! > 5) this.problem(base + p, `unsupported pickle protocol ${buf[p + 1]}`);
          if (this.pickleOps > 0) this.problem(base + p, 'PROTO after the start of the pickle', true);
          this.pickleOps++;
          break;
        case 0x98: // READONLY_BUFFER
          this.top(base + p);
          break;
        case 0x95: {
          // FRAME
          const hi = buf.readUInt32LE(p + 5);
          if (hi > 0x1fffff) {
            this.fatal(base + p, 'FRAME length is larger than any file');
            continue;
          }
          if (this.frameEnd >= 0 && base + next < this.frameEnd) {
            this.fatal(base + p, `FRAME inside a frame that runs on to offset ${this.frameEnd}`, true);
            continue;
          }
          this.frameEnd = base + next + hi * 0x100000000 + buf.readUInt32LE(p + 1);
          break;
        }
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

  /** joblib mode: steps over the array after a NumpyArrayWrapper; -1 when more input is needed. */
  private readArray(buf: Buffer, p: number, base: number, eof: boolean): number {
    const array = this.pendingArray!;
    if (!array.padded) {
      if (p >= buf.length) {
        if (eof) this.fatal(array.pos, 'truncated: the joblib array after the wrapper is missing');
        return -1;
      }
      // one byte of padding length, then that many bytes of padding
      array.bytes += 1 + buf[p]!;
    }
    this.pendingArray = undefined;
    const end = p + array.bytes;
    if (end > buf.length) this.lastSkip = { pos: array.pos, code: 0x62, end: base + end };
    return end;
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
    if (this.memo.length > 1 << 16) this.memo = new Int32Array(1 << 10);
    else this.memo.fill(0);
    this.memoBig.clear();
    this.strings.reset();
    this.memoCount = 0;
    this.frameEnd = -1;
    this.pickleOps = 0;
    this.objs = [];
    this.tracking = false;
  }

  private finish(at: number): void {
    if (this.continuation) {
      this.done = true;
      return;
    }
    if (this.inPickle) this.fatal(at, `pickle starting at offset ${this.pickleStart} ends before STOP`);
    else if (this.pickles === 0) this.fatal(at, 'empty: no pickle');
    this.done = true;
  }

  private fatal(at: number, message: string, evasion = false): void {
    this.problem(at, message, evasion);
    this.fatalAt = at;
    this.done = true;
  }

  private problem(pos: number, message: string, evasion = false): void {
    if (this.problems.length < MAX_PROBLEMS)
      this.problems.push(evasion ? { pos, message, evasion } : { pos, message });
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
    const v = idx < this.memo.length ? this.memo[idx]! : 0;
    if (v === 0) return this.memoBig.get(idx);
    return v > 0 ? v - 1 : v;
  }

  /** Dense keys in an Int32Array that grows with the memo's size, never with one large key. */
  private memoSet(idx: number, v: Val, at: number): void {
    if (this.memoCount >= MEMO_LIMIT) {
      this.fatal(at, `memo holds more than ${MEMO_LIMIT} entries`);
      return;
    }
    const dense = idx < this.memo.length || idx < Math.min(MEMO_LIMIT, Math.max(1 << 16, this.memoCount * 4));
    if (dense) {
      if (idx >= this.memo.length) {
        const grown = new Int32Array(Math.min(MEMO_LIMIT, Math.max(this.memo.length * 2, idx + 1)));
        grown.set(this.memo);
        this.memo = grown;
      }
      if (this.memo[idx] === 0 && !this.memoBig.delete(idx)) this.memoCount++;
      this.memo[idx] = v >= 0 ? v + 1 : v;
      return;
    }
    if (!this.memoBig.has(idx)) {
      if (this.memoBig.size >= SPARSE_MEMO_LIMIT) {
        this.fatal(at, `more than ${SPARSE_MEMO_LIMIT} sparse memo keys`);
        return;
      }
      this.memoCount++;
    }
    this.memoBig.set(idx, v);
  }

  // ---- joblib mode: values, array wrappers, nested pickles ----

  private obj(v: Val | undefined): Obj | undefined {
    return v !== undefined && v < 0 ? this.objs[-v - 1] : undefined;
  }

  private newObj(o: Obj): Val {
    if (this.objs.length >= OBJ_LIMIT) return OTHER;
    this.objs.push(o);
    return -this.objs.length;
  }

  private isWrapper(v: Val | undefined): boolean {
    return this.obj(v)?.k === 'wrapper';
  }

  /** The value a GLOBAL pushes in joblib mode; importing numpy.dtype or the wrapper starts value tracking. */
  private classValue(module: string, name: string): Val {
    const q = `${module}.${name}`;
    if (!this.tracking && (q === 'numpy.dtype' || name.endsWith('NumpyArrayWrapper'))) this.tracking = true;
    return this.tracking ? this.newObj({ k: 'class', q }) : OTHER;
  }

  /** Pops to the last MARK and returns what was above it. */
  private popMarkItems(at: number): Val[] {
    const mark = this.marks.pop();
    if (mark === undefined) {
      this.problem(at, 'no MARK to pop to');
      return [];
    }
    return this.stack.splice(mark);
  }

  private seq(tuple: boolean, items: Val[]): Val {
    return this.newObj({
      k: 'seq',
      tuple,
      items: items.slice(0, ITEMS_LIMIT),
      full: items.length <= ITEMS_LIMIT,
    });
  }

  private isClass(v: Val, test: (q: string) => boolean): boolean {
    const o = this.obj(v);
    return o?.k === 'class' && test(o.q);
  }

  /** cls(*args): a dtype, an initialised wrapper, or a value not followed. */
  private call(callable: Val, args: Val[]): Val {
    if (!this.tracking) return OTHER;
    if (this.isClass(callable, (q) => q === 'numpy.dtype'))
      return this.newObj({ k: 'dtype', typestr: args[0] ?? OTHER, state: undefined });
    if (this.isClass(callable, (q) => q.endsWith('NumpyArrayWrapper'))) {
      const attrs = new Map<string, Val>();
      attrs.set('allow_mmap', this.newObj({ k: 'bool', v: false }));
      attrs.set('numpy_array_alignment_bytes', this.newObj({ k: 'int', v: 16n }));
      args.forEach((a, i) => {
        if (i < WRAPPER_PARAMS.length) attrs.set(WRAPPER_PARAMS[i]!, a);
      });
      return this.newObj({ k: 'wrapper', attrs });
    }
    if (this.isClass(callable, (q) => q === 'copyreg._reconstructor' || q === 'copy_reg._reconstructor')) {
      if (this.isClass(args[0] ?? OTHER, (q) => q.endsWith('NumpyArrayWrapper')))
        return this.newObj({ k: 'wrapper', attrs: new Map() });
    }
    return OTHER;
  }

  private tupleItems(v: Val): Val[] | undefined {
    const o = this.obj(v);
    return o?.k === 'seq' && o.full ? o.items : undefined;
  }

  /** Opcodes whose values decide what a NumpyArrayWrapper reads; false for the rest (handled as usual). */
  private valueOp(code: number, buf: Buffer, p: number, next: number, base: number, eof: boolean): boolean {
    const stack = this.stack;
    const at = base + p;
    switch (code) {
      case 0x4b: // BININT1
        stack.push(this.newObj({ k: 'int', v: BigInt(buf[p + 1]!) }));
        return true;
      case 0x4d: // BININT2
        stack.push(this.newObj({ k: 'int', v: BigInt(buf.readUInt16LE(p + 1)) }));
        return true;
      case 0x4a: // BININT
        stack.push(this.newObj({ k: 'int', v: BigInt(buf.readInt32LE(p + 1)) }));
        return true;
      case 0x8a: {
        // LONG1
        const n = buf[p + 1]!;
        if (n > 16) return false;
        let v = 0n;
        for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(buf[p + 2 + i]!);
        if (n > 0 && buf[p + 1 + n]! & 0x80) v -= 1n << BigInt(8 * n);
        stack.push(this.newObj({ k: 'int', v }));
        return true;
      }
      case 0x49: {
        // INT
        const s = buf.toString('latin1', p + 1, next - 1);
        if (s === '00' || s === '01') stack.push(this.newObj({ k: 'bool', v: s === '01' }));
        else if (/^\s*[+-]?\d+\s*$/.test(s)) stack.push(this.newObj({ k: 'int', v: BigInt(s.trim()) }));
        else return false;
        return true;
      }
      case 0x4e: // NONE
        stack.push(this.newObj({ k: 'none' }));
        return true;
      case 0x88: // NEWTRUE
      case 0x89: // NEWFALSE
        stack.push(this.newObj({ k: 'bool', v: code === 0x88 }));
        return true;
      case 0x29: // EMPTY_TUPLE
        stack.push(this.seq(true, []));
        return true;
      case 0x85: // TUPLE1
      case 0x86: // TUPLE2
      case 0x87: {
        // TUPLE3
        const n = code - 0x84;
        const items: Val[] = [];
        for (let i = 0; i < n; i++) items.unshift(this.pop(at));
        stack.push(this.seq(true, items));
        return true;
      }
      case 0x74: // TUPLE
        stack.push(this.seq(true, this.popMarkItems(at)));
        return true;
      case 0x5d: // EMPTY_LIST
        stack.push(this.seq(false, []));
        return true;
      case 0x6c: // LIST
        stack.push(this.seq(false, this.popMarkItems(at)));
        return true;
      case 0x61: // APPEND
      case 0x65: {
        // APPENDS
        const items = code === 0x61 ? [this.pop(at)] : this.popMarkItems(at);
        const list = this.obj(this.top(at));
        if (list?.k === 'seq' && !list.tuple) {
          for (const item of items) {
            if (list.items.length < ITEMS_LIMIT) list.items.push(item);
            else list.full = false;
          }
        }
        return true;
      }
      case 0x7d: // EMPTY_DICT
        stack.push(this.newObj({ k: 'dict', keys: [], values: [], full: true }));
        return true;
      case 0x64: // DICT
      case 0x73: // SETITEM
      case 0x75: {
        // SETITEMS
        const items = code === 0x73 ? [this.pop(at), this.pop(at)].reverse() : this.popMarkItems(at);
        const target =
          code === 0x64 ? this.newObj({ k: 'dict', keys: [], values: [], full: true }) : this.top(at);
        const dict = this.obj(target);
        if (dict?.k === 'dict') {
          for (let i = 0; i + 1 < items.length; i += 2) {
            const key = items[i]!;
            const existing =
              key > 0
                ? dict.keys.findIndex((k) => k > 0 && this.strings.get(k) === this.strings.get(key))
                : -1;
            if (existing >= 0) dict.values[existing] = items[i + 1]!;
            else if (dict.keys.length < ITEMS_LIMIT) {
              dict.keys.push(key);
              dict.values.push(items[i + 1]!);
            } else dict.full = false;
          }
        }
        if (code === 0x64) stack.push(target);
        return true;
      }
      case 0x52: {
        // REDUCE
        const args = this.tupleItems(this.pop(at));
        const callable = this.pop(at);
        stack.push(args ? this.call(callable, args) : OTHER);
        return true;
      }
      case 0x81: // NEWOBJ
      case 0x92: {
        // NEWOBJ_EX: cls.__new__(cls, *args), no __init__
        if (code === 0x92) this.pop(at);
        this.pop(at);
        const cls = this.pop(at);
        stack.push(
          this.isClass(cls, (q) => q.endsWith('NumpyArrayWrapper'))
            ? this.newObj({ k: 'wrapper', attrs: new Map() })
            : OTHER,
        );
        return true;
      }
      case 0x6f: {
        // OBJ
        const items = this.popMarkItems(at);
        if (items.length < 1) this.problem(at, 'OBJ without a class');
        stack.push(this.call(items[0] ?? OTHER, items.slice(1)));
        return true;
      }
      case 0x62: {
        // BUILD
        const state = this.pop(at);
        const inst = this.obj(this.top(at));
        if (inst?.k === 'dtype') inst.state = state;
        else if (inst?.k === 'wrapper' && !this.outer) {
          const why = this.readWrapper(inst, state, buf, next, base, eof);
          if (why)
            this.fatal(
              at,
              `joblib array wrapper ${why}; what joblib.load reads next cannot be known, so it is refused`,
              true,
            );
        }
        return true;
      }
      default:
        return false;
    }
  }

  /** NumpyUnpickler.load_build: the wrapper's attributes decide what joblib reads from the file next. */
  private readWrapper(
    inst: Extract<Obj, { k: 'wrapper' }>,
    state: Val,
    buf: Buffer,
    next: number,
    base: number,
    eof: boolean,
  ): string | undefined {
    const refuse = (why: string) => why;
    // pickle.load does not read an array here: check what it makes of the bytes that follow
    this.checkContinuation(buf, next, base, eof);
    if (this.done) return undefined;
    const attrs = inst.attrs ?? new Map<string, Val>();
    const dicts: Val[] = [];
    const st = this.obj(state);
    if (st?.k === 'dict') dicts.push(state);
    else if (st?.k === 'seq' && st.tuple && st.items.length === 2) dicts.push(...st.items);
    else if (st?.k !== 'none') return refuse('state is not a dict');
    for (const d of dicts) {
      const o = this.obj(d);
      if (o?.k === 'none') continue;
      if (o?.k !== 'dict' || !o.full) return refuse('state is not a dict');
      for (let i = 0; i < o.keys.length; i++) {
        const k = o.keys[i]!;
        if (k <= 0) return refuse('state has a key that is not a string');
        attrs.set(this.strings.get(k), o.values[i]!);
      }
    }
    if (this.frameEnd >= 0 && base + next < this.frameEnd)
      return refuse(`is built inside a frame that runs on to offset ${this.frameEnd}`);
    this.frameEnd = -1;
    // shape: count = product, as int64 (numpy wraps on overflow)
    const shape = attrs.get('shape');
    const dims = shape === undefined ? undefined : this.tupleItems(shape);
    if (!dims) return refuse('has no readable shape');
    let count = 1n;
    for (const d of dims) {
      const o = this.obj(d);
      if (o?.k === 'int') count = BigInt.asIntN(64, count * o.v);
      else if (o?.k === 'bool') count = o.v ? count : 0n;
      else return refuse('shape holds something other than integers');
    }
    if (count < 0n) return refuse('has a negative size');
    const dtype = this.obj(attrs.get('dtype'));
    if (dtype?.k !== 'dtype' || dtype.typestr <= 0) return refuse('dtype is not a numpy.dtype');
    const typestr = this.strings.get(dtype.typestr);
    const state8 = dtype.state === undefined ? undefined : this.tupleItems(dtype.state);
    const flag = state8 ? this.obj(state8[7]) : undefined;
    if (dtype.state !== undefined && flag?.k !== 'int') return refuse('dtype state has no flags');
    // hasobject is bit 0 of the flags numpy takes from the state, else the type's own
    const hasObject = flag?.k === 'int' ? (flag.v & 1n) === 1n : /^[|<>=]?O/.test(typestr);
    this.arrays++;
    const top = this.stack.length - 1;
    if (hasObject) {
      // pickle.load(file): a whole pickle of its own, then the outer pickle goes on
      this.stack[top] = OTHER;
      this.nest(base + next);
      return undefined;
    }
    const m = /^[|<>=]?([?bBhHiIlLqQeEfdgFDGOuUSVaMmc])(\d*)(\[\w+\])?$/.exec(typestr);
    if (!m) return refuse(`dtype ${JSON.stringify(typestr.slice(0, 40))} is not understood`);
    let itemsize = m[2] ? Number(m[2]) : (FIXED_SIZES[m[1]!] ?? -1);
    if ('SUVa'.includes(m[1]!)) {
      // flexible types take their size from the state
      const elsize = state8 ? this.obj(state8[5]) : undefined;
      if (elsize?.k === 'int' && elsize.v >= 0n) itemsize = Number(elsize.v);
      else if (m[1] === 'U') itemsize *= 4;
    }
    if (itemsize < 0) return refuse(`dtype ${typestr} has no size`);
    const bytes = count * BigInt(itemsize);
    if (bytes > BigInt(Number.MAX_SAFE_INTEGER)) return refuse('is larger than any file');
    const align = attrs.get('numpy_array_alignment_bytes');
    const alignObj = this.obj(align);
    if (align !== undefined && alignObj?.k !== 'none' && alignObj?.k !== 'int')
      return refuse('has an alignment that is not an int');
    this.stack[top] = OTHER;
    this.pendingArray = {
      pos: base + next,
      bytes: Number(bytes),
      padded: align === undefined || alignObj?.k === 'none',
    };
    return undefined;
  }

  /** What pickle.load (no joblib) makes of the bytes after the wrapper: its imports count too. */
  private checkContinuation(buf: Buffer, next: number, base: number, eof: boolean): void {
    const end = Math.min(buf.length, next + CONTINUATION_WINDOW);
    const sub = new PickleScanner({ continuation: true });
    sub.pos = base + next;
    sub.write(buf.subarray(next, end), base + next, eof && end === buf.length);
    for (const g of sub.globals.values()) {
      const key = `${g.resolved ? 1 : 0}\u0000${g.module}\u0000${g.name}`;
      if (!this.globals.has(key)) this.globals.set(key, { ...g, pickle: this.pickles });
    }
    const stopped = sub.fatalAt >= 0 || sub.pickles > 0 || (eof && end === buf.length);
    if (!stopped)
      this.fatal(
        base + next,
        'pickle.load reads the bytes after a joblib array wrapper as opcodes for longer than can be checked',
        true,
      );
  }

  /** Starts the nested pickle of an object array, keeping the outer one. */
  private nest(at: number): void {
    this.outer = {
      stack: this.stack,
      marks: this.marks,
      memo: this.memo,
      memoBig: this.memoBig,
      memoCount: this.memoCount,
      strings: this.strings,
      objs: this.objs,
      tracking: this.tracking,
      pickleStart: this.pickleStart,
      pickleOps: this.pickleOps,
    };
    this.stack = [];
    this.marks = [];
    this.memo = new Int32Array(1 << 10);
    this.memoBig = new Map();
    this.strings = new StringPool();
    this.inPickle = false;
    this.pickleStart = at;
  }

  private restore(): void {
    const o = this.outer!;
    this.outer = undefined;
    this.stack = o.stack;
    this.marks = o.marks;
    this.memo = o.memo;
    this.memoBig = o.memoBig;
    this.memoCount = o.memoCount;
    this.strings = o.strings;
    this.objs = o.objs;
    this.tracking = o.tracking;
    this.pickleStart = o.pickleStart;
    this.pickleOps = o.pickleOps;
    this.inPickle = true;
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
