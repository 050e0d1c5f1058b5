import type { Credentials } from '../oci/auth.js';
import { type ImageRef, parseReference } from '../oci/reference.js';
import { readImageLayers } from '../oci/source.js';
import type { ModelScanResult } from './findings.js';
import { ScanSink, scanReader } from './model-scan.js';
import type { ModelPolicy } from './policy.js';
import { streamReader } from './reader.js';
import { scanTarStream } from './tar.js';

/**
 * Scans every layer of an image, streamed and digest-verified, from an OCI layout
 * (`oci:DIR[:TAG|@DIGEST]`) or a registry: tar layers (plain, gzip, zstd) entry by entry, raw model layers
 * (ModelPack weights) by content. Nothing is unpacked to disk.
 */
export async function scanImage(
  image: string | ImageRef,
  policy: ModelPolicy,
  sink = new ScanSink(),
  options: { credentials?: Credentials } = {},
): Promise<ModelScanResult> {
  const ref = typeof image === 'string' ? parseReference(image, '--image') : image;
  for await (const layer of readImageLayers(
    ref,
    options.credentials ? { credentials: options.credentials } : {},
  )) {
    const short = layer.digest.slice(0, 19);
    const type = layer.mediaType;
    if (/tar([+.](gzip|zstd))?$/.test(type)) {
      await scanTarStream(layer.stream, policy, { name: `layer ${short}`, sink });
    } else {
      await scanReader(
        streamReader(layer.stream, layer.size, { destroy: true }),
        `layer ${short}`,
        policy,
        sink,
      );
    }
  }
  return sink;
}
