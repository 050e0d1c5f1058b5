/**
 * safetensors header rules of the reference reader (huggingface/safetensors `read_metadata` +
 * `Metadata::validate`). Pure: header bytes and file length in, parsed header or problems out.
 */

export const SAFETENSORS_MAX_HEADER = 100_000_000;

/** Bits per element of every dtype the reference reader knows. */
export const SAFETENSORS_DTYPE_BITS: Readonly<Record<string, number>> = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
};

export interface SafetensorsTensor {
  name: string;
  dtype: string;
  shape: number[];
  /** Offsets relative to the start of the byte buffer (after the header); end is exclusive. */
  begin: number;
  end: number;
}

export interface SafetensorsHeader {
  /** Bytes of JSON header (N in the 8-byte prefix). */
  headerSize: number;
  /** File offset where tensor data starts (8 + N). */
  dataStart: number;
  /** Sorted by begin offset. */
  tensors: SafetensorsTensor[];
  metadata: Record<string, string>;
}

export type SafetensorsResult = { ok: true; header: SafetensorsHeader } | { ok: false; problems: string[] };

/** Header size from the first 8 bytes, or a problem. */
export function safetensorsHeaderSize(prefix: Uint8Array, fileLength: number): number | string {
  if (prefix.length < 8 || fileLength < 8) return 'file is shorter than the 8-byte header size';
  const n = Buffer.from(prefix.buffer, prefix.byteOffset, 8).readBigUInt64LE(0);
  if (n > BigInt(SAFETENSORS_MAX_HEADER)) return `header size ${n} is larger than the 100 MB limit`;
  if (8 + Number(n) > fileLength)
    return `header size ${n} runs past the end of the file (${fileLength} bytes; truncated?)`;
  return Number(n);
}

/**
 * Validates a safetensors header. `header` is the N header bytes (or the JSON text), `fileLength`
 * the whole file's length in bytes.
 */
export function validateSafetensorsHeader(
  header: Uint8Array | string,
  fileLength: number,
): SafetensorsResult {
  const problems: string[] = [];
  let text: string;
  if (typeof header === 'string') text = header;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(header);
    } catch {
      return { ok: false, problems: ['header is not valid UTF-8'] };
    }
  }
  const headerSize = Buffer.byteLength(text);
  if (8 + headerSize > fileLength) problems.push(`header (${headerSize} bytes) is longer than the file`);
  if (headerSize > SAFETENSORS_MAX_HEADER) problems.push('header is larger than the 100 MB limit');
  if (!text.startsWith('{')) return { ok: false, problems: [...problems, 'header does not begin with "{"'] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [...problems, `header is not JSON: ${(error as Error).message}`] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problems: [...problems, 'header is not a JSON object'] };
  }
  const duplicate = duplicateTopLevelKey(text);
  if (duplicate !== undefined) problems.push(`duplicate key "${duplicate}" in header`);

  const metadata: Record<string, string> = {};
  const tensors: SafetensorsTensor[] = [];
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push('__metadata__ must be an object of strings');
        continue;
      }
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string') problems.push(`__metadata__.${k} must be a string`);
        else metadata[k] = v;
      }
      continue;
    }
    const t = tensorInfo(name, value, problems);
    if (t) tensors.push(t);
  }
  if (problems.length) return { ok: false, problems };

  tensors.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let expected = 0;
  for (const t of tensors) {
    if (t.begin !== expected || t.end < t.begin) {
      problems.push(
        t.begin < expected
          ? `tensor "${t.name}" overlaps the previous tensor (begins at ${t.begin}, previous ends at ${expected})`
          : t.begin > expected
            ? `gap before tensor "${t.name}" (begins at ${t.begin}, previous ends at ${expected})`
            : `tensor "${t.name}" ends before it begins`,
      );
    }
    const bits = SAFETENSORS_DTYPE_BITS[t.dtype]!;
    let elements = 1n;
    for (const d of t.shape) elements *= BigInt(d);
    const nbits = elements * BigInt(bits);
    if (elements > 0xffffffffffffffffn || nbits > 0xffffffffffffffffn) {
      problems.push(`tensor "${t.name}": shape × dtype size overflows`);
    } else if (nbits % 8n !== 0n) {
      problems.push(`tensor "${t.name}": ${nbits} bits is not a whole number of bytes`);
    } else if (BigInt(t.end - t.begin) !== nbits / 8n) {
      problems.push(
        `tensor "${t.name}": data_offsets span ${t.end - t.begin} bytes but shape [${t.shape.join(', ')}] of ${t.dtype} needs ${nbits / 8n}`,
      );
    }
    expected = Math.max(expected, t.end);
  }
  const dataStart = 8 + headerSize;
  if (problems.length === 0 && dataStart + expected !== fileLength) {
    problems.push(
      dataStart + expected < fileLength
        ? `${fileLength - dataStart - expected} trailing bytes after the last tensor (file not fully covered)`
        : `tensors end at ${dataStart + expected} but the file has ${fileLength} bytes (truncated)`,
    );
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, header: { headerSize, dataStart, tensors, metadata } };
}

function tensorInfo(name: string, value: unknown, problems: string[]): SafetensorsTensor | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`tensor "${name}" must be an object`);
    return undefined;
  }
  const v = value as Record<string, unknown>;
  const extra = Object.keys(v).filter((k) => k !== 'dtype' && k !== 'shape' && k !== 'data_offsets');
  if (extra.length) problems.push(`tensor "${name}" has unknown field(s) ${extra.join(', ')}`);
  const { dtype, shape, data_offsets: offsets } = v;
  if (typeof dtype !== 'string' || SAFETENSORS_DTYPE_BITS[dtype] === undefined) {
    problems.push(`tensor "${name}" has unknown dtype ${JSON.stringify(dtype)}`);
    return undefined;
  }
  const isSize = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  if (!Array.isArray(shape) || !shape.every(isSize)) {
    problems.push(`tensor "${name}": shape must be a list of non-negative integers`);
    return undefined;
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isSize)) {
    problems.push(`tensor "${name}": data_offsets must be [begin, end] non-negative integers`);
    return undefined;
  }
  return { name, dtype, shape: shape as number[], begin: offsets[0] as number, end: offsets[1] as number };
}

/** First key that appears twice in the top-level object (JSON.parse would silently keep the last). */
function duplicateTopLevelKey(text: string): string | undefined {
  const seen = new Set<string>();
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      if (depth === 1 && expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (seen.has(key)) return key;
        seen.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth === 1) expectKey = true;
    } else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 1) expectKey = true;
  }
  return undefined;
}
