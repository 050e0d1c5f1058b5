import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { GateError } from '../errors.js';
import { type Digest, sha256 } from '../oci/digest.js';
import type { OciLayout } from '../oci/layout.js';
import { MediaType } from '../oci/media-types.js';
import { type RegistryClient, referrersTag } from '../oci/registry.js';
import type { Descriptor, ImageIndex, Manifest } from '../oci/types.js';

export type GateKind = 'scan' | 'evaluation';

export const GATE_ARTIFACT_TYPE: Record<GateKind, string> = {
  scan: 'application/vnd.model-deploy.gate.scan.v1+json',
  evaluation: 'application/vnd.model-deploy.gate.evaluation.v1+json',
};

/** A gate's verdict for one image digest, stored as an OCI artifact whose subject is the image. */
export interface GateRecord {
  kind: GateKind;
  subject: Digest;
  passed: boolean;
  /** One line a reviewer can read: why it passed or failed. */
  reason: string;
  createdAt: string;
  /** The full report (scan findings, evaluation table) as the command produced it. */
  report?: unknown;
}

/** Where gate records live: referrers of the image in a registry, or in a local OCI layout. */
export interface RecordStore {
  attach(record: GateRecord): Promise<void>;
  list(subject: Digest): Promise<GateRecord[]>;
  readonly where: string;
}

function recordBytes(record: GateRecord): Buffer {
  return Buffer.from(JSON.stringify(record));
}

function parseRecord(bytes: Buffer, subject: Digest): GateRecord | undefined {
  try {
    const r = JSON.parse(bytes.toString('utf8')) as GateRecord;
    return r.subject === subject && (r.kind === 'scan' || r.kind === 'evaluation') ? r : undefined;
  } catch {
    return undefined;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

export class RegistryRecordStore implements RecordStore {
  constructor(
    private readonly client: RegistryClient,
    private readonly repository: string,
  ) {}

  get where(): string {
    return `${this.client.registry}/${this.repository}`;
  }

  async attach(record: GateRecord): Promise<void> {
    await this.client.pushArtifact(
      this.repository,
      record.subject,
      GATE_ARTIFACT_TYPE[record.kind],
      [{ name: `${record.kind}.json`, data: recordBytes(record), mediaType: 'application/json' }],
      {
        'org.opencontainers.image.created': record.createdAt,
        'dev.model-deploy.gate.passed': String(record.passed),
      },
    );
  }

  async list(subject: Digest): Promise<GateRecord[]> {
    const out: GateRecord[] = [];
    for (const desc of await this.client.listReferrers(this.repository, subject)) {
      if (!Object.values(GATE_ARTIFACT_TYPE).includes(desc.artifactType ?? '')) continue;
      const fetched = await this.client.getManifest(this.repository, desc.digest);
      if (!fetched) continue;
      const manifest = JSON.parse(fetched.bytes.toString('utf8')) as Manifest;
      const layer = manifest.layers[0];
      if (!layer) continue;
      const record = parseRecord(await readAll(await this.client.getBlob(this.repository, layer)), subject);
      if (record) out.push(record);
    }
    return out;
  }
}

/** The same records in a local OCI layout, indexed by the referrers tag schema (`sha256-<hex>`). */
export class LayoutRecordStore implements RecordStore {
  constructor(private readonly layout: OciLayout) {}

  get where(): string {
    return `oci:${this.layout.dir}`;
  }

  async #put(bytes: Buffer): Promise<Descriptor> {
    const digest = sha256(bytes);
    if (!(await this.layout.hasBlob({ digest, size: bytes.length }))) {
      await this.layout.writeBlob({ digest, size: bytes.length }, Readable.from([bytes]));
    }
    return { mediaType: 'application/json', digest, size: bytes.length };
  }

  async attach(record: GateRecord): Promise<void> {
    const subject = await this.layout.getManifest(record.subject);
    if (!subject)
      throw new GateError(
        `cannot attach the ${record.kind} record: ${record.subject} is not in ${this.where}`,
      );
    const config = await this.#put(Buffer.from('{}'));
    const layer = await this.#put(recordBytes(record));
    const manifest: Manifest = {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      artifactType: GATE_ARTIFACT_TYPE[record.kind],
      config: { ...config, mediaType: MediaType.ociEmpty },
      layers: [{ ...layer, annotations: { 'org.opencontainers.image.title': `${record.kind}.json` } }],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.length },
    };
    const manifestBytes = Buffer.from(JSON.stringify(manifest));
    const desc = await this.#put(manifestBytes);
    const tag = referrersTag(record.subject);
    const existing = await this.layout.getManifest(tag);
    const index: ImageIndex = existing
      ? (JSON.parse(existing.bytes.toString('utf8')) as ImageIndex)
      : { schemaVersion: 2, mediaType: MediaType.ociIndex, manifests: [] };
    index.manifests.push({ ...desc, mediaType: MediaType.ociManifest, artifactType: manifest.artifactType! });
    await this.layout.putManifest(tag, Buffer.from(JSON.stringify(index)), MediaType.ociIndex);
  }

  async list(subject: Digest): Promise<GateRecord[]> {
    const index = await this.layout.getManifest(referrersTag(subject));
    if (!index) return [];
    const out: GateRecord[] = [];
    for (const desc of (JSON.parse(index.bytes.toString('utf8')) as ImageIndex).manifests) {
      let manifest: Manifest;
      try {
        manifest = JSON.parse(await readFile(this.layout.blobPath(desc.digest), 'utf8')) as Manifest;
      } catch {
        continue;
      }
      const layer = manifest.layers[0];
      if (!layer) continue;
      const bytes = await readFile(this.layout.blobPath(layer.digest)).catch(() => undefined);
      // A record whose bytes do not match its digest was tampered with: it does not count.
      if (!bytes || sha256(bytes) !== layer.digest) continue;
      const record = parseRecord(bytes, subject);
      if (record) out.push(record);
    }
    return out;
  }
}

export interface GateCheck {
  ok: boolean;
  problems: string[];
}

/** Pure: does `records` hold a passing record of every required kind for `subject`? The newest record of a kind wins. */
export function checkGateRecords(
  subject: Digest,
  records: readonly GateRecord[],
  required: readonly GateKind[],
): GateCheck {
  const problems: string[] = [];
  for (const kind of required) {
    const newest = records
      .filter((r) => r.kind === kind && r.subject === subject)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!newest)
      problems.push(
        `no ${kind} record is attached to ${subject}: run model-deploy ${kind === 'scan' ? 'scan' : 'evaluate'} on this image first`,
      );
    else if (!newest.passed)
      problems.push(`the ${kind} record of ${subject} failed (${newest.createdAt}): ${newest.reason}`);
  }
  return { ok: problems.length === 0, problems };
}
