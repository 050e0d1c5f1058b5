import { decodeQuoted, escapeDecode, PickleScanner, rawUnicodeEscape } from './pickle.js';
import { ARG_OF, Arg, NAME_OF } from './pickle-opcodes.js';

/** An opcode argument in a form comparable with pickletools (ints as decimal strings, floats as IEEE bits). */
export type OpArg =
  | null
  | ['bool', boolean]
  | ['int', string]
  | ['float', string]
  | ['str', string]
  | ['bytes', string]
  | ['error', string];

export interface Op {
  name: string;
  arg: OpArg;
  pos: number;
}

/** pickletools.genops for the first pickle in `buf`, read by the same loop the scanner uses. */
export function disassemble(buf: Buffer): { ops: Op[]; problems: string[] } {
  const ops: Op[] = [];
  const scanner = new PickleScanner({
    maxPickles: 1,
    onOp: (code, b, p, next, base) =>
      ops.push({ name: NAME_OF[code]!, arg: decodeArg(b, code, p, next), pos: base + p }),
  });
  scanner.write(buf, 0, true);
  return { ops, problems: scanner.problems.map((p) => `${p.pos}: ${p.message}`) };
}

function floatBits(x: number): ['float', string] {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return ['float', b.toString('hex')];
}

function signedLE(b: Buffer): bigint {
  if (b.length === 0) return 0n;
  let v = 0n;
  for (let i = b.length - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
  if (b[b.length - 1]! & 0x80) v -= 1n << BigInt(8 * b.length);
  return v;
}

function pyFloat(s: string): number {
  const t = s.trim().toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (m) {
    const v = m[2] === 'nan' ? Number.NaN : Number.POSITIVE_INFINITY;
    if (m[1] === '-') return m[2] === 'nan' ? -v : -v;
    return v;
  }
  if (!/^[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(e[+-]?\d+)?$/.test(t))
    throw new Error(`could not convert string to float: ${s}`);
  return Number(t.replace(/_/g, ''));
}

function decodeArg(buf: Buffer, code: number, p: number, next: number): OpArg {
  const a = p + 1;
  try {
    switch (ARG_OF[code]) {
      case Arg.None:
        return null;
      case Arg.Uint1:
        return ['int', String(buf[a])];
      case Arg.Uint2:
        return ['int', String(buf.readUInt16LE(a))];
      case Arg.Int4:
        return ['int', String(buf.readInt32LE(a))];
      case Arg.Uint4:
        return ['int', String(buf.readUInt32LE(a))];
      case Arg.Uint8:
        return ['int', String(buf.readBigUInt64LE(a))];
      case Arg.Float8:
        return floatBits(buf.readDoubleBE(a));
      case Arg.Long1:
        return ['int', String(signedLE(buf.subarray(a + 1, next)))];
      case Arg.Long4:
        return ['int', String(signedLE(buf.subarray(a + 4, next)))];
      case Arg.String1:
        return ['str', buf.toString('latin1', a + 1, next)];
      case Arg.String4:
        return ['str', buf.toString('latin1', a + 4, next)];
      case Arg.Bytes1:
        return ['bytes', buf.toString('hex', a + 1, next)];
      case Arg.Bytes4:
        return ['bytes', buf.toString('hex', a + 4, next)];
      case Arg.Bytes8:
      case Arg.Bytearray8:
        return ['bytes', buf.toString('hex', a + 8, next)];
      case Arg.Unicode1:
        return ['str', buf.toString('utf8', a + 1, next)];
      case Arg.Unicode4:
        return ['str', buf.toString('utf8', a + 4, next)];
      case Arg.Unicode8:
        return ['str', buf.toString('utf8', a + 8, next)];
      case Arg.DecimalShort: {
        const s = buf.toString('latin1', a, next - 1);
        if (s === '00') return ['bool', false];
        if (s === '01') return ['bool', true];
        return ['int', String(BigInt(s.trim().replace(/_/g, '')))];
      }
      case Arg.DecimalLong: {
        const s = buf.toString('latin1', a, next - 1);
        return ['int', String(BigInt((s.endsWith('L') ? s.slice(0, -1) : s).trim().replace(/_/g, '')))];
      }
      case Arg.FloatNl:
        return floatBits(pyFloat(buf.toString('latin1', a, next - 1)));
      case Arg.StringNl: {
        const s = decodeQuoted(buf, a, next - 1);
        return s === undefined ? ['error', 'no string quotes'] : ['str', s];
      }
      case Arg.UnicodeNl:
        return ['str', rawUnicodeEscape(buf, a, next - 1)];
      case Arg.NoEscape:
        return ['str', escapeDecode(buf, a, next - 1)];
      case Arg.NoEscapePair: {
        const nl = buf.indexOf(10, a);
        return ['str', `${escapeDecode(buf, a, nl)} ${escapeDecode(buf, nl + 1, next - 1)}`];
      }
      default:
        return ['error', 'unknown opcode'];
    }
  } catch (error) {
    return ['error', (error as Error).message];
  }
}
