import { type PyValue, parsePyLiteral } from './py-literal.js';

/** .npy header (numpy.lib.format): magic, version, header length, Python-literal dict with descr/shape. */
export interface NpyHeader {
  version: number;
  /** True when numpy would build a dtype that holds Python objects: the data is a pickle. */
  object: boolean;
  shape: number[];
  /** Offset where the array data (or the pickle) starts. */
  dataStart: number;
}

/**
 * numpy refuses headers over 10,000 bytes unless allow_pickle=True, which lifts the limit: a
 * hostile file may carry a larger one, so it is read up to this and refused beyond.
 */
export const NPY_HEADER_LIMIT = 1 << 20;
const NPY_DEPTH_LIMIT = 100;

/** Bytes the header occupies (magic through dict), or a problem; `prefix` needs at least 12 bytes. */
export function npyHeaderEnd(prefix: Buffer): number | string {
  if (prefix.length < 10 || prefix.toString('latin1', 0, 6) !== '\x93NUMPY')
    return 'not an .npy file (bad magic)';
  const major = prefix[6]!;
  const minor = prefix[7]!;
  if (major < 1 || major > 3 || minor !== 0) return `unsupported .npy version ${major}.${minor}`;
  const lenSize = major === 1 ? 2 : 4;
  if (prefix.length < 8 + lenSize) return '.npy header is truncated';
  const headerLen = major === 1 ? prefix.readUInt16LE(8) : prefix.readUInt32LE(8);
  if (headerLen > NPY_HEADER_LIMIT)
    return `.npy header of ${headerLen} bytes is larger than the ${NPY_HEADER_LIMIT} this scanner reads (numpy reads it with allow_pickle=True)`;
  return 8 + lenSize + headerLen;
}

/** Reads the header the way numpy's _read_array_header does: ast.literal_eval of the dict, then descr_to_dtype. */
export function readNpyHeader(prefix: Buffer): NpyHeader | string {
  const end = npyHeaderEnd(prefix);
  if (typeof end === 'string') return end;
  if (prefix.length < end) return '.npy header is truncated';
  const major = prefix[6]!;
  const start = major === 1 ? 10 : 12;
  let text: string;
  if (major === 3) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(prefix.subarray(start, end));
    } catch {
      return '.npy version 3 header is not UTF-8';
    }
  } else text = prefix.toString('latin1', start, end);
  let dict: PyValue;
  try {
    // literal_eval strips leading blanks itself
    dict = parsePyLiteral(text.replace(/^[ \t]+/, ''), {
      dropLongSuffix: major <= 2,
      maxDepth: NPY_DEPTH_LIMIT,
    });
  } catch (error) {
    return `.npy header is not a Python literal numpy can read: ${(error as Error).message}`;
  }
  if (dict.t !== 'dict') return `.npy header is not a dict: ${text.slice(0, 80)}`;
  const get = (key: string) => dict.entries.find(([k]) => k.t === 'str' && k.v === key)?.[1];
  const unknownKeys = dict.entries.some(([k]) => k.t === 'unknown');
  const known = dict.entries.filter(([k]) => k.t === 'str').map(([k]) => (k as { v: string }).v);
  if (!unknownKeys) {
    const keys = [...known].sort().join(',');
    if (keys !== 'descr,fortran_order,shape' || dict.entries.length !== 3)
      return `.npy header does not have exactly the keys descr, fortran_order, shape: ${text.slice(0, 80)}`;
  }
  const shapeValue = get('shape');
  const shape: number[] = [];
  if (shapeValue) {
    if (shapeValue.t !== 'tuple') return '.npy header shape is not a tuple';
    for (const x of shapeValue.items) {
      if (x.t === 'int') shape.push(Number(x.v));
      else if (x.t === 'bool') shape.push(x.v ? 1 : 0);
      else return '.npy header shape holds something other than integers';
    }
  }
  const fortran = get('fortran_order');
  if (fortran && fortran.t !== 'bool') return '.npy header fortran_order is not a bool';
  // a key whose spelling is unknown may be 'descr': then every value could be the dtype
  const descrs = unknownKeys ? dict.entries.map(([, v]) => v) : [get('descr')!];
  const object = descrs.some((d) => mayHoldObjects(d, 0));
  return { version: major, object, shape, dataStart: end };
}

/** A dtype string that numpy.dtype() could turn into (or around) an object field: 'O', '|O8', 'object', 'i4,O', '(2,)O'. */
function stringMayBeObject(s: string): boolean {
  return /O|object/.test(s);
}

/** Elements of a value as Python iterates it (a dict by its keys, a str by its characters). */
function iterate(v: PyValue): PyValue[] | undefined {
  switch (v.t) {
    case 'tuple':
    case 'list':
    case 'set':
      return v.items;
    case 'dict':
      return v.entries.map(([k]) => k);
    case 'str':
      return [...v.v].map((c) => ({ t: 'str', v: c }));
    case 'unknown':
      return undefined;
    default:
      return [];
  }
}

/**
 * numpy.lib.format.descr_to_dtype followed by dtype.hasobject, answered conservatively: true
 * whenever the dtype numpy would build may hold an object anywhere (nested fields, subarrays).
 */
function mayHoldObjects(descr: PyValue | undefined, depth: number): boolean {
  if (!descr) return false;
  if (depth > NPY_DEPTH_LIMIT) return true;
  switch (descr.t) {
    case 'str':
    case 'bytes':
      return stringMayBeObject(descr.v);
    case 'unknown':
      return true;
    case 'tuple':
      // (subtype, shape): a subarray of the subtype
      return mayHoldObjects(descr.items[0], depth + 1);
    default: {
      const fields = iterate(descr);
      if (fields === undefined) return true;
      return fields.some((field) => {
        // a str field unpacks into its characters: the second is the format
        if (field.t === 'str') return stringMayBeObject(field.v[1] ?? '');
        const parts = iterate(field);
        if (parts === undefined) return true;
        // a set has no order: any of its members could be the format
        if (field.t === 'set') return parts.some((p) => mayHoldObjects(p, depth + 1));
        return parts.length >= 2 && mayHoldObjects(parts[1], depth + 1);
      });
    }
  }
}
