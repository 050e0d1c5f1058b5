import { createReadStream } from 'node:fs';
import { open as openFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';

/** Bytes of one blob that can be read again from any offset (a retry or a resumed upload). */
export interface BlobSource {
  readonly size: number;
  /** Bytes [start, end) of the blob; end defaults to the blob's size. */
  open(start?: number, end?: number): Readable;
  /**
   * The same bytes pushed into `sink` from two reused buffers: a buffer is refilled only after
   * the sink's promise for it settles, so memory stays flat however large the blob.
   */
  pump?(start: number, end: number, sink: Sink): Promise<void>;
}

/** Receives a chunk; the chunk's memory may be reused once the returned promise settles. */
export type Sink = (chunk: Buffer) => Promise<void> | void;

const PUMP_CHUNK = 1 << 20;

/** A piece of a composite blob: bytes in memory or a byte range of a file. */
export type Segment = Buffer | { path: string; size: number };

function segmentSize(s: Segment): number {
  return Buffer.isBuffer(s) ? s.length : s.size;
}

/** A blob made of buffers and files back to back (a tar header, a file, padding), read lazily from disk. */
export function segmentsSource(segments: Segment[]): BlobSource {
  const size = segments.reduce((n, s) => n + segmentSize(s), 0);
  return {
    size,
    open(start = 0, end = size) {
      return Readable.from(readSegments(segments, start, end), { objectMode: false, highWaterMark: 1 << 20 });
    },
    pump: (start, end, sink) => pumpSegments(segments, start, end, sink),
  };
}

async function pumpSegments(segments: Segment[], start: number, end: number, sink: Sink): Promise<void> {
  const buffers = [Buffer.allocUnsafe(PUMP_CHUNK), Buffer.allocUnsafe(PUMP_CHUNK)] as const;
  const pending: [Promise<void> | void, Promise<void> | void] = [undefined, undefined];
  let k = 0;
  let base = 0;
  try {
    for (const segment of segments) {
      const len = segmentSize(segment);
      const from = Math.max(start, base);
      const to = Math.min(end, base + len);
      if (from < to) {
        if (Buffer.isBuffer(segment)) {
          await sink(segment.subarray(from - base, to - base));
        } else {
          const file = await openFile(segment.path, 'r');
          try {
            for (let pos = from - base; pos < to - base; ) {
              await pending[k];
              const buf = buffers[k]!;
              const { bytesRead } = await file.read(buf, 0, Math.min(buf.length, to - base - pos), pos);
              if (bytesRead === 0)
                throw new Error(
                  `${segment.path} is shorter than when it was packed: it changed during the push`,
                );
              pos += bytesRead;
              const written = Promise.resolve(sink(buf.subarray(0, bytesRead)));
              // Awaited before the buffer is reused; marked handled so a failed write is not reported twice.
              written.catch(() => {});
              pending[k] = written;
              k ^= 1;
            }
          } finally {
            await Promise.allSettled([pending[0], pending[1]]);
            await file.close();
          }
        }
      }
      base += len;
      if (base >= end) break;
    }
  } finally {
    await Promise.all([pending[0], pending[1]]);
  }
}

async function* readSegments(segments: Segment[], start: number, end: number): AsyncGenerator<Buffer> {
  let base = 0;
  for (const segment of segments) {
    const len = segmentSize(segment);
    const from = Math.max(start, base);
    const to = Math.min(end, base + len);
    if (from < to) {
      if (Buffer.isBuffer(segment)) yield segment.subarray(from - base, to - base);
      else {
        const stream = createReadStream(segment.path, {
          start: from - base,
          end: to - base - 1,
          highWaterMark: 1 << 20,
        });
        for await (const chunk of stream) yield chunk as Buffer;
      }
    }
    base += len;
    if (base >= end) return;
  }
}

export function bufferSource(data: Buffer): BlobSource {
  return segmentsSource([data]);
}

export function fileSource(path: string, size: number): BlobSource {
  return segmentsSource([{ path, size }]);
}

/**
 * The gzip of another source, produced again on every read so memory stays bounded. Output is
 * deterministic for a given zlib (gzip header with mtime 0). `size` is the compressed size,
 * measured once by the packer.
 */
export function gzipSource(inner: BlobSource, size: number): BlobSource {
  return {
    size,
    open(start = 0, end = size) {
      return Readable.from(skipTake(inner.open().pipe(createGzip({ level: 6 })), start, end), {
        objectMode: false,
        highWaterMark: 1 << 20,
      });
    },
  };
}

async function* skipTake(stream: AsyncIterable<Buffer>, start: number, end: number): AsyncGenerator<Buffer> {
  let pos = 0;
  for await (const chunk of stream) {
    const from = Math.max(start - pos, 0);
    const to = Math.min(end - pos, chunk.length);
    if (from < to) yield chunk.subarray(from, to);
    pos += chunk.length;
    if (pos >= end) return;
  }
}
