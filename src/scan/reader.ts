import { createWriteStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const CHUNK = 4 << 20;

/** Forward reading of one file's bytes, from disk, memory or a stream (zip member, tar entry). */
export interface Reader {
  /** Bytes in the file when known. */
  readonly size: number | undefined;
  /** At least `min` bytes from `pos` (fewer only at end of file); `eof` when the window reaches the end. */
  window(pos: number, min: number): Promise<{ buf: Buffer; eof: boolean }>;
  /** Releases the file or drains the stream. */
  close(): Promise<void>;
  /** Set when the whole content is in memory or on disk (random access: zip). */
  readonly buffer?: Buffer;
  readonly path?: string;
}

export function bufferReader(buffer: Buffer): Reader {
  return {
    size: buffer.length,
    buffer,
    async window(pos) {
      return { buf: buffer.subarray(Math.min(pos, buffer.length)), eof: true };
    },
    async close() {},
  };
}

export async function fileReader(path: string): Promise<Reader> {
  const handle = await open(path, 'r');
  const size = (await handle.stat()).size;
  let scratch = Buffer.allocUnsafe(1 << 16);
  return {
    size,
    path,
    async window(pos, min) {
      const want = Math.min(Math.max(min, 1 << 16), Math.max(0, size - pos));
      if (want > scratch.length) scratch = Buffer.allocUnsafe(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await handle.read(scratch, got, want - got, pos + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return { buf: scratch.subarray(0, got), eof: pos + got >= size };
    },
    async close() {
      await handle.close();
    },
  };
}

/**
 * A stream read forward only: bytes before the requested position are dropped, never kept.
 * `close` drains what is left (tar entries must be consumed) or, with `destroy`, stops reading.
 */
export function streamReader(stream: Readable, size?: number, options: { destroy?: boolean } = {}): Reader {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let held: Buffer = Buffer.alloc(0);
  let heldAt = 0;
  let ended = false;
  return {
    size,
    async window(pos, min) {
      if (pos < heldAt) throw new Error(`stream reader cannot go back from ${heldAt} to ${pos}`);
      if (pos >= heldAt + held.length) {
        heldAt += held.length;
        held = Buffer.alloc(0);
      } else {
        held = held.subarray(pos - heldAt);
        heldAt = pos;
      }
      const want = Math.max(min, Math.min(min * 2, CHUNK));
      const parts: Buffer[] = held.length ? [held] : [];
      let have = held.length;
      while (!ended && (heldAt < pos || have < want)) {
        const r = await iterator.next();
        if (r.done) {
          ended = true;
          break;
        }
        let chunk = r.value;
        if (heldAt < pos) {
          const drop = Math.min(pos - heldAt, chunk.length);
          heldAt += drop;
          chunk = chunk.subarray(drop);
          if (!chunk.length) continue;
        }
        parts.push(chunk);
        have += chunk.length;
      }
      held = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      return { buf: held, eof: ended || (size !== undefined && heldAt + held.length >= size) };
    },
    async close() {
      held = Buffer.alloc(0);
      if (!ended && options.destroy) {
        stream.destroy();
        ended = true;
      }
      if (!ended) {
        for (;;) {
          const r = await iterator.next();
          if (r.done) break;
        }
        ended = true;
      }
    },
  };
}

/** Reads everything left in a reader into memory, up to `limit` bytes (undefined when larger). */
export async function readAll(reader: Reader, limit: number): Promise<Buffer | undefined> {
  if (reader.buffer) return reader.buffer;
  if (reader.size !== undefined && reader.size > limit) return undefined;
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const { buf, eof } = await reader.window(pos, 1);
    parts.push(Buffer.from(buf));
    pos += buf.length;
    if (pos > limit) return undefined;
    if (eof || buf.length === 0) break;
  }
  return Buffer.concat(parts);
}

/**
 * Runs `use` with a path holding the reader's whole content: the file itself when it is on disk,
 * else a private temp file (for libraries that open files by path) removed afterwards.
 */
export async function withFile<T>(reader: Reader, use: (path: string) => Promise<T> | T): Promise<T> {
  if (reader.path) return use(reader.path);
  const dir = await mkdtemp(join(tmpdir(), 'model-deploy-scan-'));
  try {
    const path = join(dir, 'content');
    await pipeline(Readable.from(chunksOf(reader)), createWriteStream(path, { mode: 0o600 }));
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function* chunksOf(reader: Reader): AsyncGenerator<Buffer> {
  let pos = 0;
  for (;;) {
    const { buf, eof } = await reader.window(pos, 1 << 16);
    if (buf.length) yield Buffer.from(buf);
    pos += buf.length;
    if (eof || buf.length === 0) return;
  }
}
