import { mkdir } from 'node:fs/promises';
import type { BlobSource } from './blob-source.js';
import type { Digest } from './digest.js';
import { OciLayout } from './layout.js';
import { formatReference, type ImageRef, type LayoutRef, type RegistryRef } from './reference.js';
import type { RegistryClient, UploadOutcome, UploadProgress } from './registry.js';
import type { Descriptor } from './types.js';

/** Where an image is written: a registry repository or a local OCI layout. */
export interface ImageTarget {
  readonly ref: ImageRef;
  /** Bytes of blob content written so far (0 on a re-push of unchanged files). */
  bytesSent(): number;
  putBlob(
    desc: Descriptor,
    source: BlobSource,
    options: { mountFrom?: { registry: string; repository: string }; onProgress?: UploadProgress },
  ): Promise<UploadOutcome>;
  putManifest(tag: string, bytes: Buffer, mediaType: string): Promise<Digest>;
}

export class RegistryTarget implements ImageTarget {
  constructor(
    readonly ref: RegistryRef,
    readonly client: RegistryClient,
  ) {}

  bytesSent(): number {
    return this.client.stats.blobBytesSent;
  }

  putBlob(
    desc: Descriptor,
    source: BlobSource,
    options: { mountFrom?: { registry: string; repository: string }; onProgress?: UploadProgress },
  ): Promise<UploadOutcome> {
    const mountFrom =
      options.mountFrom?.registry === this.ref.registry ? options.mountFrom.repository : undefined;
    return this.client.uploadBlob(this.ref.repository, desc, source, {
      ...(mountFrom ? { mountFrom } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
  }

  putManifest(tag: string, bytes: Buffer, mediaType: string): Promise<Digest> {
    return this.client.putManifest(this.ref.repository, tag, bytes, mediaType);
  }
}

export class LayoutTarget implements ImageTarget {
  readonly layout: OciLayout;
  #sent = 0;

  constructor(readonly ref: LayoutRef) {
    this.layout = new OciLayout(ref.dir);
  }

  static async open(ref: LayoutRef): Promise<LayoutTarget> {
    const target = new LayoutTarget(ref);
    await mkdir(ref.dir, { recursive: true });
    await target.layout.init();
    return target;
  }

  bytesSent(): number {
    return this.#sent;
  }

  async putBlob(
    desc: Descriptor,
    source: BlobSource,
    options: { onProgress?: UploadProgress },
  ): Promise<UploadOutcome> {
    if (await this.layout.hasBlob(desc)) return 'exists';
    const stream = source.open();
    let written = 0;
    stream.on('data', (chunk: Buffer) => {
      written += chunk.length;
      this.#sent += chunk.length;
      options.onProgress?.(written, desc.size);
    });
    await this.layout.writeBlob(desc, stream);
    return 'uploaded';
  }

  putManifest(tag: string, bytes: Buffer, mediaType: string): Promise<Digest> {
    return this.layout.putManifest(tag, bytes, mediaType);
  }

  toString(): string {
    return formatReference(this.ref);
  }
}
