import { createHash, type Hash } from 'node:crypto';

const DIGEST = /^sha256:[a-f0-9]{64}$/;

export type Digest = `sha256:${string}`;

export function isDigest(value: string): value is Digest {
  return DIGEST.test(value);
}

export function sha256(data: string | Uint8Array): Digest {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

/** Hex part of a digest: the blob's file name in an OCI layout. */
export function digestHex(digest: string): string {
  if (!isDigest(digest)) throw new Error(`not a sha256 digest: ${digest}`);
  return digest.slice('sha256:'.length);
}

/** Counts and hashes bytes as they pass; read `digest()` after the stream ends. */
export class DigestCounter {
  readonly #hash: Hash = createHash('sha256');
  size = 0;
  update(chunk: Uint8Array): void {
    this.#hash.update(chunk);
    this.size += chunk.length;
  }
  digest(): Digest {
    return `sha256:${this.#hash.digest('hex')}`;
  }
}

export async function digestStream(
  stream: AsyncIterable<Uint8Array>,
): Promise<{ digest: Digest; size: number }> {
  const counter = new DigestCounter();
  for await (const chunk of stream) counter.update(chunk);
  return { digest: counter.digest(), size: counter.size };
}
