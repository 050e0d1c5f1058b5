/** .npy header (numpy.lib.format): magic, version, header length, Python-literal dict with descr/shape. */

export interface NpyHeader {
  version: number;
  descr: string;
  /** True when the dtype holds Python objects: the data is a pickle. */
  object: boolean;
  shape: number[];
  /** Offset where the array data (or the pickle) starts. */
  dataStart: number;
}

export function readNpyHeader(prefix: Buffer): NpyHeader | string {
  if (prefix.length < 10 || prefix.toString('latin1', 0, 6) !== '\x93NUMPY')
    return 'not an .npy file (bad magic)';
  const major = prefix[6]!;
  if (major < 1 || major > 3) return `unsupported .npy version ${major}`;
  const lenSize = major === 1 ? 2 : 4;
  if (prefix.length < 8 + lenSize) return '.npy header is truncated';
  const headerLen = major === 1 ? prefix.readUInt16LE(8) : prefix.readUInt32LE(8);
  const start = 8 + lenSize;
  if (prefix.length < start + headerLen) return '.npy header is truncated';
  const text = prefix.toString(major === 3 ? 'utf8' : 'latin1', start, start + headerLen);
  const descrList = /'descr'\s*:\s*\[/.test(text);
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  if (!descrList && descr === undefined) return `.npy header has no descr: ${text.slice(0, 100)}`;
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (shapeText === undefined) return '.npy header has no shape';
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  // a structured dtype is a list of fields; any 'O' field makes the whole array a pickle
  const object = descrList ? /'[|<>=]?O\d*'/.test(text) : /^[|<>=]?O/.test(descr!);
  return { version: major, descr: descr ?? 'structured', object, shape, dataStart: start + headerLen };
}
