import { Readable } from 'node:stream';
import { type BlobSource, bufferSource } from './blob-source.js';
import type { Digest } from './digest.js';
import { mapLimit } from './limit.js';
import type { PackedImage } from './pack.js';
import { progressReporter } from './progress.js';
import type { UploadOutcome } from './registry.js';
import type { ImageTarget } from './target.js';
import type { Descriptor } from './types.js';

export interface PushOptions {
  tags: string[];
  concurrency: number;
  info: (line: string) => void;
}

export interface PushResult {
  digest: Digest;
  outcomes: { digest: Digest; label: string; outcome: UploadOutcome; size: number }[];
  bytesSent: number;
}

interface PendingBlob {
  desc: Descriptor;
  source: BlobSource;
  label: string;
  mountFrom?: { registry: string; repository: string };
}

/**
 * Pushes every blob (base layers mounted or copied, model layers, config), then — only when
 * all of them are in place — the manifest under each tag. A failed blob means no manifest.
 */
export async function pushImage(
  target: ImageTarget,
  image: PackedImage,
  options: PushOptions,
): Promise<PushResult> {
  const blobs: PendingBlob[] = [];
  const base = image.base;
  if (base) {
    const ours = new Set(image.layers.map((l) => l.descriptor.digest));
    for (const desc of image.manifest.layers) {
      if (ours.has(desc.digest)) continue;
      blobs.push({
        desc,
        source: base.open(desc),
        label: `base layer ${short(desc.digest)}`,
        ...(base.registry && base.repository
          ? { mountFrom: { registry: base.registry, repository: base.repository } }
          : {}),
      });
    }
  }
  for (const layer of image.layers) {
    blobs.push({
      desc: layer.descriptor,
      source: layer.source,
      label: `${layer.file} (${short(layer.descriptor.digest)})`,
    });
  }
  blobs.push({ desc: image.config.descriptor, source: bufferSource(image.config.bytes), label: 'config' });

  const before = target.bytesSent();
  const outcomes = await mapLimit(blobs, options.concurrency, async (blob) => {
    const progress = progressReporter(blob.label, blob.desc.size, options.info);
    const outcome = await target.putBlob(blob.desc, blob.source, {
      ...(blob.mountFrom ? { mountFrom: blob.mountFrom } : {}),
      onProgress: progress,
    });
    if (outcome !== 'uploaded')
      options.info(`  ${blob.label} ${outcome === 'exists' ? 'already there' : 'mounted'}`);
    return { digest: blob.desc.digest, label: blob.label, outcome, size: blob.desc.size };
  });
  let digest = image.digest;
  for (const tag of options.tags.length > 0 ? options.tags : [image.digest]) {
    digest = await target.putManifest(tag, image.manifestBytes, image.mediaType);
  }
  return { digest, outcomes, bytesSent: target.bytesSent() - before };
}

/** A blob of the base image read lazily from wherever the base lives. */
export function lazySource(size: number, open: () => Promise<Readable>): BlobSource {
  return {
    size,
    open(start = 0, end = size) {
      return Readable.from(
        (async function* () {
          let pos = 0;
          for await (const chunk of await open()) {
            const c = chunk as Buffer;
            const from = Math.max(start - pos, 0);
            const to = Math.min(end - pos, c.length);
            if (from < to) yield c.subarray(from, to);
            pos += c.length;
            if (pos >= end) return;
          }
        })(),
        { objectMode: false, highWaterMark: 1 << 20 },
      );
    },
  };
}

function short(digest: Digest): string {
  return digest.slice(7, 19);
}
