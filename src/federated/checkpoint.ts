import { type FileHandle, open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { FLOAT_DTYPES, isFloatDtype } from './dtype.js';
import { readHeader, type SafetensorsHeader, type TensorInfo } from './safetensors-header.js';

/** An open safetensors checkpoint: a client's or the base model. */
export interface Checkpoint {
  /** The path as the user gave it, for messages. */
  label: string;
  path: string;
  fh: FileHandle;
  header: SafetensorsHeader;
}

export async function openCheckpoint(path: string, label: string): Promise<Checkpoint> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(`${label}: cannot open checkpoint (${code}): check the path`, { cause: error });
  }
  try {
    return { label, path, fh, header: await readHeader(fh, label) };
  } catch (error) {
    await fh.close();
    throw error;
  }
}

export async function closeAll(checkpoints: Checkpoint[]): Promise<void> {
  await Promise.allSettled(checkpoints.map((c) => c.fh.close()));
}

/**
 * Checks that every checkpoint holds the reference's tensors with the same shapes and dtypes
 * and that they are floats; returns the reference's tensors in data order.
 */
export function checkCompatible(reference: Checkpoint, others: Checkpoint[]): TensorInfo[] {
  const tensors = reference.header.tensors;
  if (tensors.length === 0) throw new InputError(`${reference.label}: the checkpoint holds no tensors`);
  for (const t of tensors) {
    if (!isFloatDtype(t.dtype)) {
      throw new InputError(
        `${reference.label}: tensor "${t.name}" has dtype ${t.dtype}; aggregation supports ${FLOAT_DTYPES.join(', ')}`,
      );
    }
  }
  for (const other of others) {
    for (const t of tensors) {
      const o = other.header.byName.get(t.name);
      if (!o)
        throw new InputError(`${other.label} is missing tensor "${t.name}" (present in ${reference.label})`);
      if (o.dtype !== t.dtype) {
        throw new InputError(
          `tensor "${t.name}": ${other.label} has dtype ${o.dtype} but ${reference.label} has ${t.dtype}`,
        );
      }
      if (o.shape.length !== t.shape.length || o.shape.some((d, i) => d !== t.shape[i])) {
        throw new InputError(
          `tensor "${t.name}": ${other.label} has shape ${JSON.stringify(o.shape)} but ${reference.label} has ${JSON.stringify(t.shape)}`,
        );
      }
    }
    if (other.header.tensors.length !== tensors.length) {
      const extra = other.header.tensors.find((t) => !reference.header.byName.has(t.name));
      throw new InputError(
        `${other.label} has tensor "${extra?.name}" that ${reference.label} does not have`,
      );
    }
  }
  return tensors;
}
