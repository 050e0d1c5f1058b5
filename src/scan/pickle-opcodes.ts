/** How an opcode's argument is laid out in the stream (pickletools' ArgumentDescriptor names). */
export const Arg = {
  None: 0,
  Uint1: 1,
  Uint2: 2,
  Int4: 3,
  Uint4: 4,
  Uint8: 5,
  Float8: 6,
  Long1: 7,
  Long4: 8,
  String1: 9,
  String4: 10,
  Bytes1: 11,
  Bytes4: 12,
  Bytes8: 13,
  Bytearray8: 14,
  Unicode1: 15,
  Unicode4: 16,
  Unicode8: 17,
  /** newline-terminated: decimal int (INT, GET, PUT) */
  DecimalShort: 18,
  DecimalLong: 19,
  FloatNl: 20,
  /** quoted repr-style string with escapes (STRING) */
  StringNl: 21,
  /** raw-unicode-escape line (UNICODE) */
  UnicodeNl: 22,
  /** one unescaped line (PERSID) */
  NoEscape: 23,
  /** two unescaped lines, joined by a space (GLOBAL, INST) */
  NoEscapePair: 24,
} as const;
export type Arg = (typeof Arg)[keyof typeof Arg];

export interface OpInfo {
  code: number;
  name: string;
  arg: Arg;
}

const table: [string, string, Arg][] = [
  ['(', 'MARK', Arg.None],
  ['.', 'STOP', Arg.None],
  ['0', 'POP', Arg.None],
  ['1', 'POP_MARK', Arg.None],
  ['2', 'DUP', Arg.None],
  ['F', 'FLOAT', Arg.FloatNl],
  ['I', 'INT', Arg.DecimalShort],
  ['J', 'BININT', Arg.Int4],
  ['K', 'BININT1', Arg.Uint1],
  ['L', 'LONG', Arg.DecimalLong],
  ['M', 'BININT2', Arg.Uint2],
  ['N', 'NONE', Arg.None],
  ['P', 'PERSID', Arg.NoEscape],
  ['Q', 'BINPERSID', Arg.None],
  ['R', 'REDUCE', Arg.None],
  ['S', 'STRING', Arg.StringNl],
  ['T', 'BINSTRING', Arg.String4],
  ['U', 'SHORT_BINSTRING', Arg.String1],
  ['V', 'UNICODE', Arg.UnicodeNl],
  ['X', 'BINUNICODE', Arg.Unicode4],
  ['a', 'APPEND', Arg.None],
  ['b', 'BUILD', Arg.None],
  ['c', 'GLOBAL', Arg.NoEscapePair],
  ['d', 'DICT', Arg.None],
  ['}', 'EMPTY_DICT', Arg.None],
  ['e', 'APPENDS', Arg.None],
  ['g', 'GET', Arg.DecimalShort],
  ['h', 'BINGET', Arg.Uint1],
  ['i', 'INST', Arg.NoEscapePair],
  ['j', 'LONG_BINGET', Arg.Uint4],
  ['l', 'LIST', Arg.None],
  [']', 'EMPTY_LIST', Arg.None],
  ['o', 'OBJ', Arg.None],
  ['p', 'PUT', Arg.DecimalShort],
  ['q', 'BINPUT', Arg.Uint1],
  ['r', 'LONG_BINPUT', Arg.Uint4],
  ['s', 'SETITEM', Arg.None],
  ['t', 'TUPLE', Arg.None],
  [')', 'EMPTY_TUPLE', Arg.None],
  ['u', 'SETITEMS', Arg.None],
  ['G', 'BINFLOAT', Arg.Float8],
  ['\x80', 'PROTO', Arg.Uint1],
  ['\x81', 'NEWOBJ', Arg.None],
  ['\x82', 'EXT1', Arg.Uint1],
  ['\x83', 'EXT2', Arg.Uint2],
  ['\x84', 'EXT4', Arg.Int4],
  ['\x85', 'TUPLE1', Arg.None],
  ['\x86', 'TUPLE2', Arg.None],
  ['\x87', 'TUPLE3', Arg.None],
  ['\x88', 'NEWTRUE', Arg.None],
  ['\x89', 'NEWFALSE', Arg.None],
  ['\x8a', 'LONG1', Arg.Long1],
  ['\x8b', 'LONG4', Arg.Long4],
  ['B', 'BINBYTES', Arg.Bytes4],
  ['C', 'SHORT_BINBYTES', Arg.Bytes1],
  ['\x8c', 'SHORT_BINUNICODE', Arg.Unicode1],
  ['\x8d', 'BINUNICODE8', Arg.Unicode8],
  ['\x8e', 'BINBYTES8', Arg.Bytes8],
  ['\x8f', 'EMPTY_SET', Arg.None],
  ['\x90', 'ADDITEMS', Arg.None],
  ['\x91', 'FROZENSET', Arg.None],
  ['\x92', 'NEWOBJ_EX', Arg.None],
  ['\x93', 'STACK_GLOBAL', Arg.None],
  ['\x94', 'MEMOIZE', Arg.None],
  ['\x95', 'FRAME', Arg.Uint8],
  ['\x96', 'BYTEARRAY8', Arg.Bytearray8],
  ['\x97', 'NEXT_BUFFER', Arg.None],
  ['\x98', 'READONLY_BUFFER', Arg.None],
];

/** Opcode byte → info; undefined for bytes that are not pickle opcodes. */
export const OPCODES: (OpInfo | undefined)[] = new Array(256).fill(undefined);
/** Opcode byte → argument layout, -1 for unknown bytes (the hot loop reads this). */
export const ARG_OF = new Int8Array(256).fill(-1);
export const NAME_OF: string[] = new Array(256).fill('');

for (const [ch, name, arg] of table) {
  const code = ch.charCodeAt(0);
  OPCODES[code] = { code, name, arg };
  ARG_OF[code] = arg;
  NAME_OF[code] = name;
}

export const OP = Object.fromEntries(table.map(([ch, name]) => [name, ch.charCodeAt(0)])) as Record<
  string,
  number
>;
