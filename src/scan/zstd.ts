import { Transform } from 'node:stream';
import { Decompress } from 'fzstd';

/** zstd magic number (RFC 8878 §3.1.1), little-endian 0xFD2FB528. */
export const ZSTD_MAGIC = Buffer.from('28b52ffd', 'hex');

/**
 * A streaming zstd decompressor: Node 20's zlib has none (it came in 22.15), and `+zstd` is a
 * standard OCI layer media type. Backpressure holds: a chunk is taken only when the reader wants more.
 */
export function createZstdDecompress(): Transform {
  const out = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        decoder.push(chunk);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done) {
      try {
        decoder.push(new Uint8Array(0), true);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
  const decoder = new Decompress((data) => {
    out.push(Buffer.from(data));
  });
  return out;
}
