import type { FileHandle } from 'node:fs/promises';
import { InputError } from '../errors.js';

import { safetensorsHeaderSize, validateSafetensorsHeader } from '../scan/safetensors.js';

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

/**
 * Reads the header of an open safetensors file and checks it with the scanner's rules (those of the
 * reference reader); every failure is an InputError naming `label` and all the problems found.
 */
export async function readHeader(fh: FileHandle, label: string): Promise<SafetensorsHeader> {
  const fileSize = (await fh.stat()).size;
  const prefix = Buffer.alloc(Math.min(8, fileSize));
  await readFully(fh, prefix, 0, label);
  const size = safetensorsHeaderSize(prefix, fileSize);
  if (typeof size === 'string') throw bad(label, fileSize < 8 ? `${size} (${fileSize} bytes)` : size);
  const headerBytes = Buffer.alloc(size);
  await readFully(fh, headerBytes, 8, label);
  return parseHeader(headerBytes, fileSize, label);
}

/** Validates header bytes (without the 8-byte length) of a file of `fileSize` bytes. */
export function parseHeader(headerBytes: Uint8Array, fileSize: number, label: string): SafetensorsHeader {
  const result = validateSafetensorsHeader(headerBytes, fileSize);
  if (!result.ok) throw bad(label, result.problems.join('; '));
  const { header } = result;
  const tensors = header.tensors.map((t) => ({ ...t, elements: t.shape.reduce((n, d) => n * d, 1) }));
  return {
    tensors,
    byName: new Map(tensors.map((t) => [t.name, t])),
    metadata: header.metadata,
    dataStart: header.dataStart,
    fileSize,
  };
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
