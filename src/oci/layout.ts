import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../errors.js';
import { type Digest, digestHex, isDigest, sha256 } from './digest.js';
import { Annotation, MediaType } from './media-types.js';
import type { Descriptor, ImageIndex } from './types.js';
import { verifyingStream } from './verify.js';

/** An OCI image layout directory: `oci-layout`, `index.json`, `blobs/sha256/<hex>`. */
export class OciLayout {
  constructor(readonly dir: string) {}

  async init(): Promise<void> {
    await mkdir(join(this.dir, 'blobs', 'sha256'), { recursive: true });
    const marker = join(this.dir, 'oci-layout');
    try {
      await stat(marker);
    } catch {
      await writeFile(marker, JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    }
    try {
      await stat(join(this.dir, 'index.json'));
    } catch {
      await this.#writeIndex({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] });
    }
  }

  blobPath(digest: Digest): string {
    return join(this.dir, 'blobs', 'sha256', digestHex(digest));
  }

  async hasBlob(desc: Pick<Descriptor, 'digest' | 'size'>): Promise<boolean> {
    try {
      return (await stat(this.blobPath(desc.digest))).size === desc.size;
    } catch {
      return false;
    }
  }

  /** Writes a blob from a stream, verifying its digest; a mismatch leaves nothing behind. */
  async writeBlob(desc: Pick<Descriptor, 'digest' | 'size'>, stream: Readable): Promise<void> {
    const final = this.blobPath(desc.digest);
    const tmp = `${final}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await pipeline(
        stream,
        verifyingStream(desc.digest, desc.size, `blob ${desc.digest}`),
        createWriteStream(tmp),
      );
      await rename(tmp, final);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  readBlob(desc: Pick<Descriptor, 'digest'> & { size?: number }): Readable {
    const stream = createReadStream(this.blobPath(desc.digest), { highWaterMark: 1 << 20 });
    return stream.pipe(verifyingStream(desc.digest, desc.size, `${this.dir} blob ${desc.digest}`));
  }

  async readIndex(): Promise<ImageIndex> {
    let text: string;
    try {
      text = await readFile(join(this.dir, 'index.json'), 'utf8');
    } catch {
      throw new InputError(`${this.dir} is not an OCI image layout (no index.json)`);
    }
    return JSON.parse(text) as ImageIndex;
  }

  async #writeIndex(index: ImageIndex): Promise<void> {
    const file = join(this.dir, 'index.json');
    await writeFile(`${file}.tmp`, JSON.stringify(index));
    await rename(`${file}.tmp`, file);
  }

  /** Stores a manifest and points `tag` at it in index.json (replacing an older entry of that tag). */
  async putManifest(
    tag: string,
    bytes: Buffer,
    mediaType: string,
    extra: Partial<Descriptor> = {},
  ): Promise<Digest> {
    const digest = sha256(bytes);
    if (!(await this.hasBlob({ digest, size: bytes.length }))) await writeFile(this.blobPath(digest), bytes);
    const index = await this.readIndex();
    const manifests = index.manifests.filter((m) => m.annotations?.[Annotation.refName] !== tag);
    manifests.push({
      ...extra,
      mediaType,
      digest,
      size: bytes.length,
      annotations: { [Annotation.refName]: tag },
    });
    await this.#writeIndex({ ...index, manifests });
    return digest;
  }

  /** The descriptor a tag (or digest) names in index.json. */
  async resolve(reference: string): Promise<Descriptor | undefined> {
    const index = await this.readIndex();
    if (isDigest(reference)) return index.manifests.find((m) => m.digest === reference);
    return index.manifests.find((m) => m.annotations?.[Annotation.refName] === reference);
  }

  async getManifest(
    reference: string,
  ): Promise<{ bytes: Buffer; mediaType: string; digest: Digest } | undefined> {
    const desc =
      (await this.resolve(reference)) ??
      (isDigest(reference) ? { digest: reference, mediaType: '' } : undefined);
    if (!desc) return undefined;
    let bytes: Buffer;
    try {
      bytes = await readFile(this.blobPath(desc.digest));
    } catch {
      return undefined;
    }
    if (sha256(bytes) !== desc.digest)
      throw new InputError(`${this.dir}: manifest ${desc.digest} is corrupt (digest mismatch)`);
    const mediaType =
      (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ?? desc.mediaType;
    return { bytes, mediaType, digest: desc.digest };
  }
}
