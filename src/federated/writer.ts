import { randomBytes } from 'node:crypto';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

export interface TensorLayout {
  name: string;
  dtype: string;
  shape: number[];
  bytes: number;
}

/** Header bytes (8-byte length + JSON padded with spaces to a multiple of 8) and each tensor's data offset. */
export function buildHeader(
  tensors: TensorLayout[],
  metadata: Record<string, string>,
): { bytes: Buffer; offsets: number[]; dataBytes: number } {
  const json: Record<string, unknown> = { __metadata__: metadata };
  const offsets: number[] = [];
  let at = 0;
  for (const t of tensors) {
    offsets.push(at);
    json[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [at, at + t.bytes] };
    at += t.bytes;
  }
  const text = Buffer.from(JSON.stringify(json), 'utf8');
  const padded = Math.ceil(text.length / 8) * 8;
  const bytes = Buffer.alloc(8 + padded, 0x20);
  bytes.writeBigUInt64LE(BigInt(padded), 0);
  text.copy(bytes, 8);
  return { bytes, offsets, dataBytes: at };
}

/**
 * Writes a safetensors file to a temporary file next to `out`; `commit` renames it into place,
 * `discard` removes it. The output path never holds a partial file.
 */
export class SafetensorsWriter {
  private constructor(
    readonly out: string,
    readonly label: string,
    readonly temp: string,
    private readonly fh: FileHandle,
    readonly dataStart: number,
  ) {}

  /** `label` names the output in messages (the path as the user gave it). */
  static async create(out: string, header: Buffer, label = out): Promise<SafetensorsWriter> {
    const temp = join(dirname(out), `.${basename(out)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    let fh: FileHandle;
    try {
      fh = await open(temp, 'wx');
    } catch (error) {
      throw unwritable(label, error);
    }
    const writer = new SafetensorsWriter(out, label, temp, fh, header.length);
    try {
      await writer.writeAt(header, 0);
    } catch (error) {
      await writer.discard();
      throw error;
    }
    return writer;
  }

  /** Writes bytes at an offset of the data buffer. */
  write(bytes: Uint8Array, dataOffset: number): Promise<void> {
    return this.writeAt(bytes, this.dataStart + dataOffset);
  }

  private async writeAt(bytes: Uint8Array, position: number): Promise<void> {
    try {
      let done = 0;
      while (done < bytes.length) {
        const { bytesWritten } = await this.fh.write(bytes, done, bytes.length - done, position + done);
        done += bytesWritten;
      }
    } catch (error) {
      throw unwritable(this.label, error);
    }
  }

  async commit(): Promise<void> {
    try {
      await this.fh.sync();
      await this.fh.close();
      await rename(this.temp, this.out);
    } catch (error) {
      await this.discard();
      throw unwritable(this.label, error);
    }
  }

  async discard(): Promise<void> {
    await this.fh.close().catch(() => undefined);
    await rm(this.temp, { force: true });
  }
}

function unwritable(out: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new InputError(
    `cannot write output ${out} (${code}): check that its directory exists, is writable and has free space`,
    { cause: error },
  );
}
