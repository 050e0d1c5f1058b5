import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import type { ModelScanResult } from './findings.js';
import { ScanSink, scanFile } from './model-scan.js';
import type { ModelPolicy } from './policy.js';
import { scanTarStream } from './tar.js';

interface Descriptor {
  mediaType?: string;
  digest: string;
  size?: number;
  annotations?: Record<string, string>;
  platform?: { os?: string; architecture?: string };
}

/** `oci:DIR[:TAG]` → directory and tag. */
export function parseOciRef(ref: string): { dir: string; tag?: string } {
  const rest = ref.replace(/^oci:/, '');
  const colon = rest.lastIndexOf(':');
  if (colon > 0 && !rest.slice(colon + 1).includes('/'))
    return { dir: rest.slice(0, colon), tag: rest.slice(colon + 1) };
  return { dir: rest };
}

async function readJson(path: string, what: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`${what} (${path}) cannot be read as JSON: ${(error as Error).message}`);
  }
}

function blobPath(dir: string, digest: string): string {
  const m = /^(sha256|sha512):([0-9a-f]{64,128})$/.exec(digest);
  if (!m) throw new InputError(`invalid digest ${JSON.stringify(digest)} in the OCI layout ${dir}`);
  return join(dir, 'blobs', m[1]!, m[2]!);
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

/**
 * Scans the model files of an image in an OCI image layout directory, layer by layer: tar layers
 * are streamed entry by entry (gzip detected), raw model layers (ModelPack) are scanned as files.
 */
export async function scanOciLayout(
  ref: string,
  policy: ModelPolicy,
  sink = new ScanSink(),
): Promise<ModelScanResult> {
  const { dir, tag } = parseOciRef(ref);
  const index = await readJson(join(dir, 'index.json'), 'OCI layout index.json');
  const manifests = (index.manifests as Descriptor[] | undefined) ?? [];
  const chosen = tag
    ? manifests.filter((m) => m.annotations?.['org.opencontainers.image.ref.name'] === tag)
    : manifests;
  if (chosen.length !== 1) {
    const tags = manifests.map((m) => m.annotations?.['org.opencontainers.image.ref.name']).filter(Boolean);
    throw new InputError(
      tag
        ? `tag "${tag}" ${chosen.length ? 'names several manifests' : 'is not'} in ${dir}/index.json (tags: ${tags.join(', ') || 'none'})`
        : `${dir}/index.json has ${manifests.length} manifests; name one with oci:${dir}:TAG (tags: ${tags.join(', ') || 'none'})`,
    );
  }
  let descriptor = chosen[0]!;
  let manifest = await readJson(blobPath(dir, descriptor.digest), `manifest ${descriptor.digest}`);
  if (INDEX_TYPES.has(String(manifest.mediaType ?? descriptor.mediaType))) {
    const images = (manifest.manifests as Descriptor[]).filter((m) => m.platform?.os !== 'unknown');
    descriptor =
      images.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ?? images[0]!;
    if (!descriptor) throw new InputError(`image index ${chosen[0]!.digest} in ${dir} has no image manifest`);
    manifest = await readJson(blobPath(dir, descriptor.digest), `manifest ${descriptor.digest}`);
  }
  const layers = (manifest.layers as Descriptor[] | undefined) ?? [];
  for (const layer of layers) {
    const path = blobPath(dir, layer.digest);
    const short = layer.digest.slice(0, 19);
    const type = layer.mediaType ?? '';
    if (type.endsWith('+zstd') || type.endsWith('.zstd')) {
      sink.add({
        file: `layer ${short}`,
        rule: 'unreadable',
        severity: 'high',
        message: `zstd layers (${type}) cannot be scanned yet`,
      });
    } else if (/tar(\+gzip|\.gzip)?$/.test(type) || type.endsWith('.tar.gzip')) {
      await scanTarStream(createReadStream(path), policy, { name: `layer ${short}`, sink });
    } else {
      const name =
        layer.annotations?.['org.cncf.model.filepath'] ??
        layer.annotations?.['org.opencontainers.image.title'];
      await scanFile(path, policy, sink, `layer ${short}${name ? `!${name}` : ''}`);
    }
  }
  return sink;
}
