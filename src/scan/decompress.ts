import { pipeline, Readable, Transform } from 'node:stream';
import { createGunzip, createInflate } from 'node:zlib';
import bitIterator from 'unbzip2-stream/lib/bit_iterator.js';
import bzip2 from 'unbzip2-stream/lib/bzip2.js';
import xz from 'xz-decompress';
import { createZstdDecompress, ZSTD_MAGIC } from './zstd.js';

/** What joblib.load's _detect_compressor recognises (whatever the file is called), plus zstd. */
export type Compression = 'zfile' | 'zlib' | 'gzip' | 'bz2' | 'lzma' | 'xz' | 'lz4' | 'zstd';

/** Decompressed bytes allowed per compressed byte, and the floor and ceiling of that allowance. */
export const DECOMPRESSION_RATIO = 1000;
export const DECOMPRESSION_FLOOR = 256 << 20;
export const DECOMPRESSION_CAP = 16 * 2 ** 30;

export class DecompressionLimitError extends Error {}

/** joblib's prefixes, checked in its order ('ZF' first: joblib < 0.10 files). */
export function detectCompression(head: Buffer): Compression | undefined {
  if (head.length < 2) return undefined;
  if (head[0] === 0x5a && head[1] === 0x46) return 'zfile';
  // zlib: joblib only checks 'x'; zlib itself refuses a header whose check bits are wrong
  if (head[0] === 0x78 && (0x7800 + head[1]!) % 31 === 0) return 'zlib';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.toString('latin1', 0, 3) === 'BZh') return 'bz2';
  if (head[0] === 0x5d && head[1] === 0x00) return 'lzma';
  if (head.subarray(0, 5).equals(Buffer.from('fd377a585a', 'hex'))) return 'xz';
  if (head.subarray(0, 4).equals(Buffer.from('04224d18', 'hex'))) return 'lz4';
  if (head.subarray(0, 4).equals(ZSTD_MAGIC)) return 'zstd';
  return undefined;
}

/** Why a compression is not read (fail closed), or undefined when it is. */
export function unreadableCompression(kind: Compression): string | undefined {
  switch (kind) {
    case 'lzma':
      return "lzma 'alone' format (joblib compress='lzma') has no kept pure-JavaScript streaming decoder here; store it with compress='xz', 'gzip' or 'zlib'";
    case 'lz4':
      return "lz4 (joblib compress='lz4') is not decoded by the scanner; store it with compress='xz', 'gzip' or 'zlib'";
    default:
      return undefined;
  }
}

/**
 * Bytes `compressed` may decompress to before the scanner refuses it. Deflate cannot exceed about
 * 1032:1, so gzip/zlib are bounded by their input already (large model tarballs stay readable);
 * bzip2, xz and zstd can reach millions to one and get the ratio and the cap. An unknown size
 * means nested compression: the floor.
 */
export function decompressionLimit(
  kind: Compression,
  compressed: number | undefined,
  maxFileSize?: number,
): number {
  const inherent = kind === 'gzip' || kind === 'zlib' || kind === 'zfile';
  const byRatio =
    compressed === undefined
      ? DECOMPRESSION_FLOOR
      : inherent
        ? Number.POSITIVE_INFINITY
        : Math.min(DECOMPRESSION_CAP, Math.max(DECOMPRESSION_FLOOR, compressed * DECOMPRESSION_RATIO));
  return Math.min(byRatio, maxFileSize ?? Number.POSITIVE_INFINITY);
}

/**
 * bzip2 with unbzip2-stream's block decoder, one block per read and written into 1 MiB buffers:
 * its own stream decodes every buffered block at once into a JS array of numbers (eight bytes per
 * byte, up to ~46 MB of output per block). The limit is checked per byte.
 */
function bunzip2(source: Readable, limit: number): Readable {
  const input = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const queue: Buffer[] = [];
  let have = 0;
  let ended = false;
  let blockSize = 0;
  let streamCRC: number | null = null;
  // created at the first input: it takes its first buffer at once
  let bits: ReturnType<typeof bitIterator> | undefined;
  let table: Int32Array | undefined;
  let out = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  let total = 0;
  let pushed = false;
  const emit = (buf: Buffer) => {
    pushed = true;
    stream.push(buf);
  };
  const sink = (b: number) => {
    if (++total > limit) throw new DecompressionLimitError(limitMessage('bz2', limit));
    out[used++] = b;
    if (used === out.length) {
      emit(out);
      out = Buffer.allocUnsafe(1 << 20);
      used = 0;
    }
  };
  const stream = new Readable({
    async read() {
      try {
        pushed = false;
        while (!pushed) {
          while (!ended && have - (bits?.bytesRead ?? 0) + 1 < 25000 + 100000 * blockSize) {
            const next = await input.next();
            if (next.done) ended = true;
            else if (next.value.length) {
              queue.push(next.value);
              have += next.value.length;
            }
          }
          if (have === 0) throw new Error('empty bzip2 stream');
          bits ??= bitIterator(() => queue.shift());
          if (have <= bits.bytesRead) {
            if (streamCRC !== null) throw new Error('bzip2 stream ended prematurely');
            stream.push(null);
            return;
          }
          if (!blockSize) {
            blockSize = bzip2.header(bits);
            streamCRC = 0;
            continue;
          }
          const size = 100000 * blockSize;
          if (!table || table.length < size) table = new Int32Array(size);
          streamCRC = bzip2.decompress(bits, sink, table, size, streamCRC);
          if (streamCRC === null) blockSize = 0;
          if (used > 0) {
            emit(out.subarray(0, used));
            out = Buffer.allocUnsafe(1 << 20);
            used = 0;
          }
        }
      } catch (error) {
        stream.destroy(error as Error);
      }
    },
    destroy(error, callback) {
      input.return?.().catch(() => {});
      callback(error);
    },
  });
  return stream;
}

function limitMessage(label: string, limit: number): string {
  return `${label} data decompresses to more than ${limit} bytes, the most the scanner reads of it (${DECOMPRESSION_RATIO}x its size for bzip2/xz/zstd, at most ${DECOMPRESSION_CAP}, 256 MiB when nested, or scan.model.max-file-size); not scanned`;
}

function limiter(limit: number, label: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > limit) done(new DecompressionLimitError(limitMessage(label, limit)));
      else done(null, chunk);
    },
  });
}

/** The decompressed stream (errors, the limit included, surface when it is read). */
export function decompress(kind: Compression, source: Readable, limit: number): Readable {
  const bounded = limiter(limit, kind);
  const done = () => {};
  switch (kind) {
    case 'xz': {
      const web = new xz.XzReadableStream(Readable.toWeb(source) as ReadableStream<Uint8Array>);
      return pipeline(Readable.fromWeb(web as import('node:stream/web').ReadableStream), bounded, done);
    }
    case 'bz2':
      return pipeline(bunzip2(source, limit), bounded, done);
    case 'zstd':
      return pipeline(source, createZstdDecompress(), bounded, done);
    case 'gzip':
      return pipeline(source, createGunzip(), bounded, done);
    default:
      // zlib, and the zlib body of a joblib < 0.10 'ZF' file
      return pipeline(source, createInflate(), bounded, done);
  }
}
