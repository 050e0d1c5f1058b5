/** GGUF header checks (ggml docs/gguf.md): magic, version, counts sane against the file size, metadata walk. */

const TYPE_SIZE: Record<number, number> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8,
};
const STRING = 8;
const ARRAY = 9;

export interface GgufHeader {
  version: number;
  tensorCount: bigint;
  kvCount: bigint;
  /** Metadata keys read (all of them when the header fit in the given prefix). */
  keys: string[];
  architecture?: string;
}

export type GgufResult =
  | { ok: true; header: GgufHeader; complete: boolean }
  | { ok: false; problems: string[] };

/**
 * Validates the start of a GGUF file. `prefix` is as much of the file as the caller read (the
 * metadata walk stops, without a problem, where the prefix ends); `fileLength` is the whole size.
 */
export function validateGgufHeader(prefix: Buffer, fileLength: number): GgufResult {
  if (prefix.length < 24 || fileLength < 24)
    return { ok: false, problems: ['file is shorter than the 24-byte GGUF header'] };
  if (prefix.toString('latin1', 0, 4) !== 'GGUF') return { ok: false, problems: ['magic is not "GGUF"'] };
  const version = prefix.readUInt32LE(4);
  if (version < 1 || version > 3) return { ok: false, problems: [`unsupported GGUF version ${version}`] };
  const tensorCount = prefix.readBigUInt64LE(8);
  const kvCount = prefix.readBigUInt64LE(16);
  const problems: string[] = [];
  // every tensor info is at least name length (8) + n_dims (4) + type (4) + offset (8); every kv at least 8 + 4 + 1
  if (tensorCount * 24n > BigInt(fileLength))
    problems.push(`tensor_count ${tensorCount} cannot fit in ${fileLength} bytes`);
  if (kvCount * 13n > BigInt(fileLength))
    problems.push(`metadata_kv_count ${kvCount} cannot fit in ${fileLength} bytes`);
  if (problems.length) return { ok: false, problems };

  const keys: string[] = [];
  let architecture: string | undefined;
  let p = 24;
  const end = prefix.length;
  const need = (n: number) => p + n <= end;
  const readString = (): string | undefined => {
    if (!need(8)) return undefined;
    const len = prefix.readBigUInt64LE(p);
    if (len > BigInt(fileLength))
      throw new Error(`string length ${len} at offset ${p} is larger than the file`);
    if (!need(8 + Number(len))) return undefined;
    const s = prefix.toString('utf8', p + 8, p + 8 + Number(len));
    p += 8 + Number(len);
    return s;
  };
  const skipValue = (type: number, depth: number): boolean => {
    const size = TYPE_SIZE[type];
    if (size !== undefined) {
      if (!need(size)) return false;
      p += size;
      return true;
    }
    if (type === STRING) return readString() !== undefined;
    if (type === ARRAY && depth === 0) {
      if (!need(12)) return false;
      const inner = prefix.readUInt32LE(p);
      const count = prefix.readBigUInt64LE(p + 4);
      p += 12;
      if (count > BigInt(fileLength)) throw new Error(`array of ${count} items cannot fit in the file`);
      const innerSize = TYPE_SIZE[inner];
      if (innerSize !== undefined) {
        const bytes = Number(count) * innerSize;
        if (!need(bytes)) return false;
        p += bytes;
        return true;
      }
      if (inner !== STRING && inner !== ARRAY) throw new Error(`unknown array element type ${inner}`);
      for (let i = 0n; i < count; i++) if (!skipValue(inner, depth + 1)) return false;
      return true;
    }
    throw new Error(`unknown metadata value type ${type}`);
  };
  let complete = true;
  try {
    for (let i = 0n; i < kvCount; i++) {
      const key = readString();
      if (key === undefined || !need(4)) {
        complete = false;
        break;
      }
      const type = prefix.readUInt32LE(p);
      p += 4;
      const at = p;
      if (key === 'general.architecture' && type === STRING) {
        architecture = readString();
        if (architecture === undefined) {
          p = at;
          complete = false;
          break;
        }
      } else if (!skipValue(type, 0)) {
        complete = false;
        break;
      }
      keys.push(key);
    }
  } catch (error) {
    return { ok: false, problems: [`metadata: ${(error as Error).message}`] };
  }
  return { ok: true, header: { version, tensorCount, kvCount, keys, architecture }, complete };
}
