import { Transform } from 'node:stream';
import { ExitCode, ToolError } from '../errors.js';
import { type Digest, DigestCounter } from './digest.js';

/** Passes bytes through and fails the stream if they do not hash to `digest` (and add up to `size`). */
export function verifyingStream(digest: Digest, size: number | undefined, what: string): Transform {
  const counter = new DigestCounter();
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      counter.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      const got = counter.digest();
      if (got !== digest || (size !== undefined && counter.size !== size)) {
        done(
          new ToolError(
            `blob digest mismatch for ${what}: expected ${digest} (${size ?? '?'} bytes), got ${got} (${counter.size} bytes); the content is corrupt or was changed in transit`,
            { exitCode: ExitCode.Gate },
          ),
        );
      } else done();
    },
  });
}
