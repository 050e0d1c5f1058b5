import type { FileHandle } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { DTYPE_BITS } from './dtype.js';

// Strict safetensors header validation (huggingface/safetensors `Metadata::validate`).
// src/scan/safetensors.ts validates the same format for the scan command; the two should be merged.

/** safetensors MAX_HEADER_SIZE. */
export const MAX_HEADER_BYTES = 100_000_000;

export interface TensorInfo {
  name: string;
  dtype: string;
  shape: number[];
  /** Number of elements (product of shape). */
  elements: number;
  /** Byte offsets relative to the start of the data buffer; end is one past. */
  begin: number;
  end: number;
}

export interface SafetensorsHeader {
  /** Tensors in data order. */
  tensors: TensorInfo[];
  byName: Map<string, TensorInfo>;
  metadata: Record<string, string>;
  /** File offset of the data buffer (8 + header length). */
  dataStart: number;
  fileSize: number;
}

/** Reads and validates the header of an open safetensors file; every failure is an InputError naming `label`. */
export async function readHeader(fh: FileHandle, label: string): Promise<SafetensorsHeader> {
  const fileSize = (await fh.stat()).size;
  if (fileSize < 8) throw bad(label, `file is ${fileSize} bytes, shorter than the 8-byte header length`);
  const lenBytes = Buffer.alloc(8);
  await readFully(fh, lenBytes, 0, label);
  const n = lenBytes.readBigUInt64LE(0);
  if (n > BigInt(MAX_HEADER_BYTES))
    throw bad(label, `header length ${n} exceeds the ${MAX_HEADER_BYTES}-byte limit`);
  const headerLength = Number(n);
  if (8 + headerLength > fileSize) {
    throw bad(
      label,
      `header length ${headerLength} runs past the end of the ${fileSize}-byte file (truncated?)`,
    );
  }
  const headerBytes = Buffer.alloc(headerLength);
  await readFully(fh, headerBytes, 8, label);
  return parseHeader(headerBytes, fileSize, label);
}

/** Validates header bytes (without the 8-byte length) of a file of `fileSize` bytes. */
export function parseHeader(headerBytes: Uint8Array, fileSize: number, label: string): SafetensorsHeader {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(headerBytes);
  } catch {
    throw bad(label, 'header is not valid UTF-8');
  }
  if (!text.startsWith('{')) throw bad(label, 'header must be a JSON object starting with "{"');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw bad(label, `header is not valid JSON (${(error as Error).message})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw bad(label, 'header must be a JSON object');

  const metadata: Record<string, string> = {};
  const tensors: TensorInfo[] = [];
  for (const [name, value] of Object.entries(json as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw bad(label, '__metadata__ must be an object of string values');
      }
      for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'string')
          throw bad(label, `__metadata__.${k} must be a string, got ${JSON.stringify(v)}`);
        metadata[k] = v;
      }
      continue;
    }
    tensors.push(tensorInfo(name, value, label));
  }

  tensors.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let expected = 0;
  for (const t of tensors) {
    if (t.begin !== expected) {
      throw bad(
        label,
        `tensor "${t.name}" starts at byte ${t.begin} of the data buffer but the previous tensor ends at ${expected} (${t.begin > expected ? 'gap' : 'overlap'})`,
      );
    }
    expected = t.end;
  }
  const dataStart = 8 + headerBytes.length;
  if (dataStart + expected !== fileSize) {
    throw bad(
      label,
      `tensors cover ${expected} data bytes but the file holds ${fileSize - dataStart} after the header (${dataStart + expected > fileSize ? 'truncated' : 'trailing bytes'})`,
    );
  }
  return { tensors, byName: new Map(tensors.map((t) => [t.name, t])), metadata, dataStart, fileSize };
}

function tensorInfo(name: string, value: unknown, label: string): TensorInfo {
  const where = `tensor "${name}"`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw bad(label, `${where}: expected an object with dtype, shape and data_offsets`);
  }
  const entry = value as Record<string, unknown>;
  const extra = Object.keys(entry).filter((k) => !['dtype', 'shape', 'data_offsets'].includes(k));
  if (extra.length > 0) throw bad(label, `${where}: unknown field ${extra.map((k) => `"${k}"`).join(', ')}`);
  const { dtype, shape, data_offsets: offsets } = entry;
  if (typeof dtype !== 'string' || !(dtype in DTYPE_BITS)) {
    throw bad(
      label,
      `${where}: unknown dtype ${JSON.stringify(dtype)} (known: ${Object.keys(DTYPE_BITS).join(', ')})`,
    );
  }
  if (!Array.isArray(shape) || !shape.every(isSize)) {
    throw bad(label, `${where}: shape must be a list of non-negative integers, got ${JSON.stringify(shape)}`);
  }
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isSize)) {
    throw bad(label, `${where}: data_offsets must be [begin, end] integers, got ${JSON.stringify(offsets)}`);
  }
  const [begin, end] = offsets as [number, number];
  if (end < begin) throw bad(label, `${where}: data_offsets end ${end} is before begin ${begin}`);
  let elements = 1;
  for (const d of shape as number[]) {
    elements *= d;
    if (!Number.isSafeInteger(elements))
      throw bad(label, `${where}: shape ${JSON.stringify(shape)} overflows`);
  }
  const bits = elements * DTYPE_BITS[dtype]!;
  if (!Number.isSafeInteger(bits)) throw bad(label, `${where}: shape ${JSON.stringify(shape)} overflows`);
  if (bits % 8 !== 0) throw bad(label, `${where}: ${elements} elements of ${dtype} do not fill whole bytes`);
  if (end - begin !== bits / 8) {
    throw bad(
      label,
      `${where}: ${dtype}${JSON.stringify(shape)} needs ${bits / 8} bytes but data_offsets [${begin}, ${end}] span ${end - begin}`,
    );
  }
  return { name, dtype, shape: shape as number[], elements, begin, end };
}

function isSize(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

function bad(label: string, message: string): InputError {
  return new InputError(`${label}: invalid safetensors file: ${message}`);
}

/** Reads exactly `buffer.length` bytes at `position`. */
export async function readFully(
  fh: FileHandle,
  buffer: Uint8Array,
  position: number,
  label: string,
): Promise<void> {
  let done = 0;
  while (done < buffer.length) {
    const { bytesRead } = await fh.read(buffer, done, buffer.length - done, position + done);
    if (bytesRead === 0)
      throw new InputError(
        `${label}: unexpected end of file at byte ${position + done} (file changed while reading?)`,
      );
    done += bytesRead;
  }
}
