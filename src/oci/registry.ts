import type { Readable } from 'node:stream';
import { PassThrough, pipeline } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { type ExitCode, InputError } from '../errors.js';
import { repositoryScope } from './auth.js';
import type { BlobSource } from './blob-source.js';
import { type Digest, digestHex, isDigest, sha256 } from './digest.js';
import { MANIFEST_MEDIA_TYPES, MediaType } from './media-types.js';
import type { RegistryRef } from './reference.js';
import {
  type Body,
  drain,
  isTransient,
  RegistryError,
  type RegistryLog,
  RegistryTransport,
  type Response,
  readBytes,
  readText,
  type TransportOptions,
} from './registry-http.js';
import type { Descriptor, ImageIndex, Manifest } from './types.js';
import { verifyingStream } from './verify.js';

export { RegistryError } from './registry-http.js';

export interface RegistryClientOptions extends TransportOptions {
  /** Blobs larger than this go up in chunked PATCHes of this size; smaller ones in one PUT. */
  chunkSize?: number;
}

export type UploadProgress = (sent: number, total: number) => void;

export type UploadOutcome = 'exists' | 'mounted' | 'uploaded';

export interface FetchedManifest {
  bytes: Buffer;
  mediaType: string;
  digest: Digest;
}

/** Bytes counted for reports: what actually went over the wire in blob uploads. */
export interface PushStats {
  blobBytesSent: number;
  uploaded: number;
  skipped: number;
  mounted: number;
}

const MAX_MANIFEST = 4 << 20;
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');

/** A client for one registry on the OCI distribution spec (and docker-registry 2.8's subset of it). */
export class RegistryClient {
  readonly transport: RegistryTransport;
  readonly chunkSize: number;
  readonly stats: PushStats = { blobBytesSent: 0, uploaded: 0, skipped: 0, mounted: 0 };
  readonly #chunkAttempts: number;
  readonly #backoffMs: number;
  readonly #log: RegistryLog | undefined;

  constructor(
    readonly registry: string,
    scheme: 'http' | 'https',
    options: RegistryClientOptions = {},
  ) {
    this.transport = new RegistryTransport(registry, scheme, options);
    this.chunkSize = options.chunkSize ?? 64 << 20;
    this.#chunkAttempts = options.attempts ?? 5;
    this.#backoffMs = options.backoffMs ?? 300;
    this.#log = options.log;
  }

  static for(
    ref: Pick<RegistryRef, 'registry' | 'scheme'>,
    options: RegistryClientOptions = {},
  ): RegistryClient {
    return new RegistryClient(ref.registry, ref.scheme, options);
  }

  close(): void {
    this.transport.close();
  }

  /** Size of the blob if the repository has it. */
  async blobExists(repo: string, digest: Digest): Promise<number | undefined> {
    const res = await this.transport.request({
      method: 'HEAD',
      url: `/v2/${repo}/blobs/${digest}`,
      scopes: [repositoryScope(repo, 'pull')],
      expect: [200, 404],
    });
    await drain(res.body);
    return res.status === 200 ? Number(res.headers['content-length'] ?? -1) : undefined;
  }

  /**
   * Makes sure `repo` holds the blob: HEAD (skip), cross-repository mount from `mountFrom`, or
   * upload (one PUT, or chunked PATCHes resumed from the registry's range after a failure).
   */
  async uploadBlob(
    repo: string,
    desc: Pick<Descriptor, 'digest' | 'size'>,
    source: BlobSource,
    options: { mountFrom?: string; onProgress?: UploadProgress } = {},
  ): Promise<UploadOutcome> {
    if (source.size !== desc.size)
      throw new Error(`blob ${desc.digest}: source has ${source.size} bytes, descriptor ${desc.size}`);
    if ((await this.blobExists(repo, desc.digest)) !== undefined) {
      this.stats.skipped++;
      return 'exists';
    }
    const scopes = [repositoryScope(repo, 'pull,push')];
    let location: string;
    if (options.mountFrom && options.mountFrom !== repo) {
      const mountScopes = [...scopes, repositoryScope(options.mountFrom, 'pull')];
      const res = await this.transport.request({
        method: 'POST',
        url: `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(desc.digest)}&from=${encodeURIComponent(options.mountFrom)}`,
        headers: { 'content-length': 0 },
        scopes: mountScopes,
        expect: [201, 202],
      });
      await drain(res.body);
      if (res.status === 201) {
        this.stats.mounted++;
        return 'mounted';
      }
      location = this.#location(res);
    } else location = await this.#startUpload(repo, scopes);

    if (desc.size > this.chunkSize) {
      await this.#putChunked(location, desc, source, scopes, options.onProgress, () =>
        this.#startUpload(repo, scopes),
      );
    } else {
      // A whole-blob PUT cannot be resumed: a transient failure starts a new session.
      for (let attempt = 1; ; attempt++) {
        try {
          await this.#putWhole(location, desc, source, scopes, options.onProgress);
          break;
        } catch (error) {
          if (attempt >= this.#chunkAttempts || !isTransient(error)) throw error;
          await sleep(this.#backoffMs * 2 ** attempt);
          location = await this.#startUpload(repo, scopes);
        }
      }
    }
    this.stats.uploaded++;
    return 'uploaded';
  }

  async #startUpload(repo: string, scopes: string[]): Promise<string> {
    const res = await this.transport.request({
      method: 'POST',
      url: `/v2/${repo}/blobs/uploads/`,
      headers: { 'content-length': 0 },
      scopes,
      expect: [202],
    });
    await drain(res.body);
    return this.#location(res);
  }

  #location(res: Response): string {
    const loc = res.headers.location;
    if (!loc)
      throw new RegistryError(
        `registry ${this.registry} started an upload without a Location header`,
        res.status,
        undefined,
      );
    return new URL(loc, res.url).toString();
  }

  #withDigest(location: string, digest: Digest): string {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url.toString();
  }

  /** The request body for bytes [start, end): pumped from reused buffers when the source can, else streamed. */
  #body(source: BlobSource, start: number, end: number, onBytes: (n: number, first: boolean) => void): Body {
    if (source.pump) {
      const pump = source.pump.bind(source);
      return {
        pump: (write) => {
          let first = true;
          return pump(start, end, async (chunk) => {
            await write(chunk);
            onBytes(chunk.length, first);
            first = false;
          });
        },
      };
    }
    return () => {
      let first = true;
      const pass = new PassThrough({ highWaterMark: 1 << 20 });
      pass.on('data', (chunk: Buffer) => {
        onBytes(chunk.length, first);
        first = false;
      });
      pipeline(source.open(start, end), pass, () => {});
      return pass;
    };
  }

  async #putWhole(
    location: string,
    desc: Pick<Descriptor, 'digest' | 'size'>,
    source: BlobSource,
    scopes: string[],
    onProgress?: UploadProgress,
  ): Promise<void> {
    let sent = 0;
    const res = await this.transport.request({
      method: 'PUT',
      url: this.#withDigest(location, desc.digest),
      headers: { 'content-type': 'application/octet-stream', 'content-length': desc.size },
      body: this.#body(source, 0, desc.size, (n, first) => {
        sent = first ? n : sent + n;
        this.stats.blobBytesSent += n;
        onProgress?.(sent, desc.size);
      }),
      scopes,
      expect: [201],
      retry: false,
    });
    await drain(res.body);
    this.#checkDigestHeader(res, desc.digest);
  }

  async #putChunked(
    start: string,
    desc: Pick<Descriptor, 'digest' | 'size'>,
    source: BlobSource,
    scopes: string[],
    onProgress: UploadProgress | undefined,
    restart: () => Promise<string>,
  ): Promise<void> {
    let location = start;
    let offset = 0;
    let failures = 0;
    while (offset < desc.size) {
      const end = Math.min(offset + this.chunkSize, desc.size);
      let sent = 0;
      try {
        const res = await this.transport.request({
          method: 'PATCH',
          url: location,
          headers: {
            'content-type': 'application/octet-stream',
            'content-length': end - offset,
            'content-range': `${offset}-${end - 1}`,
          },
          body: this.#body(source, offset, end, (n) => {
            sent += n;
            this.stats.blobBytesSent += n;
            onProgress?.(offset + sent, desc.size);
          }),
          scopes,
          expect: [202],
          retry: false,
        });
        await drain(res.body);
        location = this.#location(res);
        offset = rangeEnd(res.headers.range) ?? end;
        failures = 0;
      } catch (error) {
        const status = (error as RegistryError).status;
        if (!isTransient(error) && status !== 416) throw error;
        if (++failures > this.#chunkAttempts) throw error;
        await sleep(this.#backoffMs * 2 ** failures);
        // The registry may have kept part of the chunk: ask where to continue.
        let resumed: { offset: number; exact: boolean; location: string };
        try {
          resumed = await this.#uploadedSoFar(location);
        } catch (lost) {
          // docker-registry 2.8 invalidates a session whose PATCH was cut mid-body: start over.
          if (!(lost instanceof RegistryError) || (lost.status !== 404 && lost.status !== 400)) throw lost;
          this.#log?.info(
            `  upload session for ${desc.digest.slice(0, 19)} lost after a failed chunk; restarting the blob`,
          );
          location = await restart();
          offset = 0;
          continue;
        }
        location = resumed.location;
        // docker-registry reports both 0 and 1 stored bytes as "0-0"; a 416 at offset 0 means it holds 1.
        offset = resumed.exact ? resumed.offset : status === 416 && offset === 0 ? 1 : 0;
        this.#log?.info(`  resuming ${desc.digest.slice(0, 19)} at byte ${offset} of ${desc.size}`);
      }
    }
    const res = await this.transport.request({
      method: 'PUT',
      url: this.#withDigest(location, desc.digest),
      headers: { 'content-length': 0 },
      scopes,
      expect: [201],
    });
    await drain(res.body);
    this.#checkDigestHeader(res, desc.digest);
  }

  /** GET on an upload session: how many bytes the registry holds, and the URL to continue at. */
  async #uploadedSoFar(location: string): Promise<{ offset: number; exact: boolean; location: string }> {
    const res = await this.transport.request({ method: 'GET', url: location, scopes: [], expect: [204] });
    await drain(res.body);
    const range = Array.isArray(res.headers.range) ? res.headers.range[0] : res.headers.range;
    return {
      offset: rangeEnd(range) ?? 0,
      exact: range !== undefined && !/^(bytes=)?0-0$/.test(range.trim()),
      location: res.headers.location ? this.#location(res) : location,
    };
  }

  #checkDigestHeader(res: Response, digest: Digest): void {
    const got = res.headers['docker-content-digest'];
    if (typeof got === 'string' && got !== digest) {
      throw new RegistryError(
        `blob digest mismatch: registry ${this.registry} stored ${got} for a blob we sent as ${digest}`,
        res.status,
        'DIGEST_INVALID',
      );
    }
  }

  /** A blob's bytes, verified against its digest (and size) as they stream. */
  async getBlob(repo: string, desc: Pick<Descriptor, 'digest'> & { size?: number }): Promise<Readable> {
    let res = await this.transport.request({
      method: 'GET',
      url: `/v2/${repo}/blobs/${desc.digest}`,
      scopes: [repositoryScope(repo, 'pull')],
      expect: [200, 307, 302, 404],
    });
    for (let hops = 0; res.status === 307 || res.status === 302; hops++) {
      await drain(res.body);
      const next = new URL(res.headers.location ?? '', res.url).toString();
      if (hops > 3)
        throw new RegistryError(
          `registry ${this.registry}: too many redirects for ${desc.digest}`,
          302,
          undefined,
        );
      res = await this.transport.request({ method: 'GET', url: next, scopes: [], expect: [200, 302, 307] });
    }
    if (res.status === 404) {
      await drain(res.body);
      throw new RegistryError(
        `blob ${desc.digest} not found in ${this.registry}/${repo}`,
        404,
        'BLOB_UNKNOWN',
      );
    }
    const verified = verifyingStream(desc.digest, desc.size, `${this.registry}/${repo}@${desc.digest}`);
    pipeline(res.body, verified, () => {});
    return verified;
  }

  async getManifest(
    repo: string,
    reference: string,
    options: { accept?: string } = {},
  ): Promise<FetchedManifest | undefined> {
    const res = await this.transport.request({
      method: 'GET',
      url: `/v2/${repo}/manifests/${reference}`,
      headers: { accept: options.accept ?? MANIFEST_ACCEPT },
      scopes: [repositoryScope(repo, 'pull')],
      expect: [200, 404],
    });
    if (res.status === 404) {
      await drain(res.body);
      return undefined;
    }
    const bytes = await readBytes(res.body, MAX_MANIFEST, `manifest ${repo}:${reference}`);
    const digest = sha256(bytes);
    const claimed = res.headers['docker-content-digest'];
    const expected = isDigest(reference) ? reference : typeof claimed === 'string' ? claimed : undefined;
    if (expected && expected !== digest) {
      throw new RegistryError(
        `manifest digest mismatch for ${this.registry}/${repo}:${reference}: expected ${expected}, got ${digest}`,
        res.status,
        'DIGEST_INVALID',
      );
    }
    const mediaType =
      (JSON.parse(bytes.toString('utf8')) as { mediaType?: string }).mediaType ??
      String(res.headers['content-type'] ?? MediaType.ociManifest);
    return { bytes, mediaType, digest };
  }

  async headManifest(repo: string, reference: string): Promise<Descriptor | undefined> {
    const res = await this.transport.request({
      method: 'HEAD',
      url: `/v2/${repo}/manifests/${reference}`,
      headers: { accept: MANIFEST_ACCEPT },
      scopes: [repositoryScope(repo, 'pull')],
      expect: [200, 404],
    });
    await drain(res.body);
    if (res.status === 404) return undefined;
    const digest = res.headers['docker-content-digest'];
    if (typeof digest !== 'string' || !isDigest(digest)) {
      const fetched = await this.getManifest(repo, reference);
      return fetched && { mediaType: fetched.mediaType, digest: fetched.digest, size: fetched.bytes.length };
    }
    return {
      mediaType: String(res.headers['content-type'] ?? MediaType.ociManifest),
      digest,
      size: Number(res.headers['content-length'] ?? 0),
    };
  }

  /** PUTs a manifest (after its blobs) and checks the registry's Docker-Content-Digest. */
  async putManifest(repo: string, reference: string, bytes: Buffer, mediaType: string): Promise<Digest> {
    const digest = sha256(bytes);
    const res = await this.transport
      .request({
        method: 'PUT',
        url: `/v2/${repo}/manifests/${reference}`,
        headers: { 'content-type': mediaType, 'content-length': bytes.length },
        body: bytes,
        scopes: [repositoryScope(repo, 'pull,push')],
        expect: [201, 200],
      })
      .catch((error: unknown) => {
        if (error instanceof RegistryError && error.code === 'MANIFEST_BLOB_UNKNOWN') {
          throw new RegistryError(
            `registry ${this.registry} refused manifest ${repo}:${reference}: a blob it names is missing (${error.message})`,
            error.status,
            error.code,
            { cause: error },
          );
        }
        throw error;
      });
    await drain(res.body);
    const got = res.headers['docker-content-digest'];
    if (typeof got === 'string' && got !== digest) {
      throw new RegistryError(
        `manifest digest mismatch: registry ${this.registry} answered ${got} for a manifest whose digest is ${digest}`,
        res.status,
        'DIGEST_INVALID',
      );
    }
    return digest;
  }

  async listTags(repo: string): Promise<string[]> {
    const res = await this.transport.request({
      method: 'GET',
      url: `/v2/${repo}/tags/list`,
      scopes: [repositoryScope(repo, 'pull')],
      expect: [200, 404],
    });
    const text = await readText(res.body);
    if (res.status === 404) return [];
    return (JSON.parse(text) as { tags?: string[] | null }).tags ?? [];
  }

  /**
   * Manifests whose subject is `digest`: the referrers API where the registry has it, else the
   * `sha256-<hex>` tag schema (docker-registry 2.8 has no referrers API).
   */
  async listReferrers(repo: string, digest: Digest, artifactType?: string): Promise<Descriptor[]> {
    const res = await this.transport.request({
      method: 'GET',
      url: `/v2/${repo}/referrers/${digest}${artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : ''}`,
      headers: { accept: MediaType.ociIndex },
      scopes: [repositoryScope(repo, 'pull')],
      expect: [200, 404, 400, 405],
    });
    let manifests: Descriptor[];
    if (res.status === 200 && String(res.headers['content-type'] ?? '').startsWith(MediaType.ociIndex)) {
      manifests = (JSON.parse(await readText(res.body)) as ImageIndex).manifests ?? [];
    } else {
      await drain(res.body);
      manifests = (await this.#fallbackIndex(repo, digest))?.manifests ?? [];
    }
    return artifactType ? manifests.filter((m) => m.artifactType === artifactType) : manifests;
  }

  async #fallbackIndex(repo: string, digest: Digest): Promise<ImageIndex | undefined> {
    const fetched = await this.getManifest(repo, referrersTag(digest), { accept: MediaType.ociIndex });
    return fetched ? (JSON.parse(fetched.bytes.toString('utf8')) as ImageIndex) : undefined;
  }

  /**
   * Pushes an artifact manifest (empty config, one layer per file) whose subject is
   * `subjectDigest`, and records it in the referrers tag when the registry does not index
   * subjects itself. Returns the artifact's descriptor.
   */
  async pushArtifact(
    repo: string,
    subjectDigest: Digest,
    artifactType: string,
    files: { name: string; data: Buffer; mediaType?: string }[],
    annotations: Record<string, string> = {},
  ): Promise<Descriptor> {
    const subject = await this.headManifest(repo, subjectDigest);
    if (!subject) {
      throw new InputError(
        `cannot attach ${artifactType} to ${this.registry}/${repo}@${subjectDigest}: no such manifest`,
      );
    }
    const empty = Buffer.from('{}');
    const config: Descriptor = { mediaType: MediaType.ociEmpty, digest: sha256(empty), size: empty.length };
    await this.uploadBlob(repo, config, { size: empty.length, open: () => bufferReadable(empty) });
    const layers: Descriptor[] = [];
    for (const file of files) {
      const desc: Descriptor = {
        mediaType: file.mediaType ?? 'application/octet-stream',
        digest: sha256(file.data),
        size: file.data.length,
        annotations: { 'org.opencontainers.image.title': file.name },
      };
      await this.uploadBlob(repo, desc, {
        size: file.data.length,
        open: (s, e) => bufferReadable(file.data.subarray(s, e)),
      });
      layers.push(desc);
    }
    const manifest: Manifest = {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      artifactType,
      config,
      layers,
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      ...(Object.keys(annotations).length ? { annotations } : {}),
    };
    const bytes = Buffer.from(JSON.stringify(manifest));
    const digest = sha256(bytes);
    const res = await this.transport.request({
      method: 'PUT',
      url: `/v2/${repo}/manifests/${digest}`,
      headers: { 'content-type': MediaType.ociManifest, 'content-length': bytes.length },
      body: bytes,
      scopes: [repositoryScope(repo, 'pull,push')],
      expect: [201],
    });
    await drain(res.body);
    const desc: Descriptor = {
      mediaType: MediaType.ociManifest,
      digest,
      size: bytes.length,
      artifactType,
      ...(manifest.annotations ? { annotations: manifest.annotations } : {}),
    };
    if (!res.headers['oci-subject']) {
      const index: ImageIndex = (await this.#fallbackIndex(repo, subjectDigest)) ?? {
        schemaVersion: 2,
        mediaType: MediaType.ociIndex,
        manifests: [],
      };
      if (!index.manifests.some((m) => m.digest === digest)) {
        index.manifests.push(desc);
        await this.putManifest(
          repo,
          referrersTag(subjectDigest),
          Buffer.from(JSON.stringify(index)),
          MediaType.ociIndex,
        );
      }
    }
    return desc;
  }
}

/** The referrers tag schema's tag for a subject: `sha256-<hex>`. */
export function referrersTag(digest: Digest): string {
  return `sha256-${digestHex(digest)}`;
}

function bufferReadable(data: Buffer): Readable {
  const pass = new PassThrough();
  pass.end(data);
  return pass;
}

function rangeEnd(range: string | string[] | undefined): number | undefined {
  const value = Array.isArray(range) ? range[0] : range;
  const m = value ? /^(?:bytes=)?(\d+)-(\d+)$/.exec(value.trim()) : null;
  return m ? Number(m[2]) + 1 : undefined;
}

/** Maps a registry error to the exit code DESIGN.md gives it (credentials and config → 2). */
export function exitCodeForRegistry(error: RegistryError): ExitCode {
  return error.exitCode;
}
