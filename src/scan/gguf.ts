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
  alignment: number;
  /** Tensor infos, when the prefix held them all. */
  tensors: GgufTensor[];
  /** File offset where tensor data starts. */
  dataStart: number;
}

export interface GgufTensor {
  name: string;
  dims: bigint[];
  type: number;
  /** Relative to the data section. */
  offset: bigint;
  bytes: bigint;
}

/** ggml types a reader knows today (ggml.h `ggml_type`, gguf-py GGML_QUANT_SIZES): [block size, bytes per block]. */
const GGML_TYPES: Record<number, [number, number]> = {
  0: [1, 4], // F32
  1: [1, 2], // F16
  2: [32, 18], // Q4_0
  3: [32, 20], // Q4_1
  6: [32, 22], // Q5_0
  7: [32, 24], // Q5_1
  8: [32, 34], // Q8_0
  9: [32, 36], // Q8_1
  10: [256, 84], // Q2_K
  11: [256, 110], // Q3_K
  12: [256, 144], // Q4_K
  13: [256, 176], // Q5_K
  14: [256, 210], // Q6_K
  15: [256, 292], // Q8_K
  16: [256, 66], // IQ2_XXS
  17: [256, 74], // IQ2_XS
  18: [256, 98], // IQ3_XXS
  19: [256, 50], // IQ1_S
  20: [32, 18], // IQ4_NL
  21: [256, 110], // IQ3_S
  22: [256, 82], // IQ2_S
  23: [256, 136], // IQ4_XS
  24: [1, 1], // I8
  25: [1, 2], // I16
  26: [1, 4], // I32
  27: [1, 8], // I64
  28: [1, 8], // F64
  29: [256, 56], // IQ1_M
  30: [1, 2], // BF16
  34: [256, 54], // TQ1_0
  35: [256, 66], // TQ2_0
  39: [32, 17], // MXFP4
};
const GGML_MAX_DIMS = 4;
const INT64_MAX = (1n << 63n) - 1n;
const UINT32 = 4;

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
  let alignment = 32;
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
      } else if (key === 'general.alignment') {
        if (type !== UINT32) throw new Error(`general.alignment has type ${type}, not uint32`);
        if (!need(4)) {
          complete = false;
          break;
        }
        alignment = prefix.readUInt32LE(p);
        if (alignment === 0 || (alignment & (alignment - 1)) !== 0)
          throw new Error(`general.alignment ${alignment} is not a power of two`);
        p += 4;
      } else if (!skipValue(type, 0)) {
        complete = false;
        break;
      }
      keys.push(key);
    }
  } catch (error) {
    return { ok: false, problems: [`metadata: ${(error as Error).message}`] };
  }
  const header: GgufHeader = {
    version,
    tensorCount,
    kvCount,
    keys,
    architecture,
    alignment,
    tensors: [],
    dataStart: 0,
  };
  if (!complete) return { ok: true, header, complete };
  try {
    const tensors = readTensorInfos();
    if (!tensors) return { ok: true, header, complete: false };
    header.tensors = tensors;
  } catch (error) {
    return { ok: false, problems: [`tensor infos: ${(error as Error).message}`] };
  }
  header.dataStart = Math.ceil(p / alignment) * alignment;
  const tensorProblems = checkTensorLayout(header, fileLength);
  if (tensorProblems.length) return { ok: false, problems: tensorProblems };
  return { ok: true, header, complete: true };

  /** Tensor infos as gguf-py's reader and llama.cpp's gguf.cpp read them; undefined when the prefix ends first. */
  function readTensorInfos(): GgufTensor[] | undefined {
    const tensors: GgufTensor[] = [];
    const names = new Set<string>();
    for (let i = 0n; i < tensorCount; i++) {
      const name = readString();
      if (name === undefined || !need(4)) return undefined;
      if (names.has(name)) throw new Error(`duplicate tensor name "${name}"`);
      names.add(name);
      const nDims = prefix.readUInt32LE(p);
      p += 4;
      if (nDims > GGML_MAX_DIMS)
        throw new Error(`tensor "${name}" has ${nDims} dimensions (at most ${GGML_MAX_DIMS})`);
      if (!need(nDims * 8 + 12)) return undefined;
      const dims: bigint[] = [];
      for (let d = 0; d < nDims; d++, p += 8) dims.push(prefix.readBigUInt64LE(p));
      const type = prefix.readUInt32LE(p);
      const offset = prefix.readBigUInt64LE(p + 4);
      p += 12;
      const layout = GGML_TYPES[type];
      if (!layout) throw new Error(`tensor "${name}" has unknown ggml type ${type}`);
      let elements = 1n;
      for (const d of dims) {
        if (d > INT64_MAX) throw new Error(`tensor "${name}" dimension ${d} overflows int64`);
        elements *= d;
        if (elements > INT64_MAX) throw new Error(`tensor "${name}" element count overflows int64`);
      }
      const [block, blockBytes] = layout;
      const rowLength = dims[0] ?? 1n;
      if (rowLength % BigInt(block) !== 0n)
        throw new Error(
          `tensor "${name}" rows of ${rowLength} elements are not a multiple of its block size ${block}`,
        );
      tensors.push({ name, dims, type, offset, bytes: (elements / BigInt(block)) * BigInt(blockBytes) });
    }
    return tensors;
  }
}

/** Every tensor aligned, inside the file and apart from every other. */
function checkTensorLayout(header: GgufHeader, fileLength: number): string[] {
  const problems: string[] = [];
  const dataBytes = BigInt(fileLength) - BigInt(header.dataStart);
  if (header.tensors.length && dataBytes < 0n)
    problems.push(
      `tensor data would start at ${header.dataStart}, past the end of the ${fileLength}-byte file`,
    );
  const align = BigInt(header.alignment);
  for (const t of header.tensors) {
    if (t.offset % align !== 0n)
      problems.push(
        `tensor "${t.name}" offset ${t.offset} is not a multiple of the alignment ${header.alignment}`,
      );
    if (t.offset + t.bytes > dataBytes)
      problems.push(
        `tensor "${t.name}" (${t.bytes} bytes at data offset ${t.offset}) runs past the end of the file`,
      );
  }
  const sorted = [...header.tensors].sort((a, b) => (a.offset < b.offset ? -1 : a.offset > b.offset ? 1 : 0));
  let last: GgufTensor | undefined;
  for (const t of sorted) {
    if (t.bytes === 0n) continue;
    if (last && t.offset < last.offset + last.bytes)
      problems.push(`tensor "${t.name}" overlaps tensor "${last.name}"`);
    if (!last || t.offset + t.bytes > last.offset + last.bytes) last = t;
  }
  return problems.slice(0, 10);
}
