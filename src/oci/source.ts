import type { Readable } from 'node:stream';
import { InputError } from '../errors.js';
import type { Credentials } from './auth.js';
import type { Digest } from './digest.js';
import { OciLayout } from './layout.js';
import { isIndexMediaType } from './media-types.js';
import { formatReference, type ImageRef, referenceTarget } from './reference.js';
import { RegistryClient, type RegistryClientOptions } from './registry.js';
import type { Descriptor, ImageIndex, Manifest } from './types.js';

/** Where an image is read from: a registry repository or an OCI layout. */
export interface ImageSource {
  readonly ref: ImageRef;
  getManifest(reference: string): Promise<{ bytes: Buffer; mediaType: string; digest: Digest } | undefined>;
  getBlob(desc: Pick<Descriptor, 'digest'> & { size?: number }): Promise<Readable>;
  close(): void;
}

export function openSource(
  ref: ImageRef,
  options: RegistryClientOptions & { credentials?: Credentials } = {},
): ImageSource {
  if (ref.kind === 'layout') {
    const layout = new OciLayout(ref.dir);
    return {
      ref,
      getManifest: (r) => layout.getManifest(r),
      getBlob: async (d) => layout.readBlob(d),
      close: () => {},
    };
  }
  const client = RegistryClient.for(ref, options);
  return {
    ref,
    getManifest: (r) => client.getManifest(ref.repository, r),
    getBlob: (d) => client.getBlob(ref.repository, d),
    close: () => client.close(),
  };
}

export interface ResolvedImage {
  manifest: Manifest;
  manifestBytes: Buffer;
  digest: Digest;
  mediaType: string;
}

/**
 * The image manifest a reference names; an index resolves to the `platform` entry (default
 * linux/amd64, else the only entry). A missing image is an InputError naming the reference.
 */
export async function resolveImage(
  source: ImageSource,
  platform = { os: 'linux', architecture: 'amd64' },
  what = 'image',
): Promise<ResolvedImage> {
  const name = formatReference(source.ref);
  let fetched = await source.getManifest(referenceTarget(source.ref));
  if (!fetched)
    throw new InputError(`${what} ${name} not found: check the name and tag, and that it was pushed`);
  if (isIndexMediaType(fetched.mediaType)) {
    const index = JSON.parse(fetched.bytes.toString('utf8')) as ImageIndex;
    const images = index.manifests.filter((m) => m.platform?.os !== 'unknown');
    const pick =
      images.find(
        (m) => m.platform?.os === platform.os && m.platform?.architecture === platform.architecture,
      ) ?? (images.length === 1 ? images[0] : undefined);
    if (!pick) {
      const have = images.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).join(', ');
      throw new InputError(
        `${what} ${name} has no ${platform.os}/${platform.architecture} image (it has ${have || 'none'})`,
      );
    }
    fetched = await source.getManifest(pick.digest);
    if (!fetched) throw new InputError(`${what} ${name}: its index names ${pick.digest}, which is missing`);
  }
  return {
    manifest: JSON.parse(fetched.bytes.toString('utf8')) as Manifest,
    manifestBytes: fetched.bytes,
    digest: fetched.digest,
    mediaType: fetched.mediaType,
  };
}

export interface LayerStream {
  digest: Digest;
  mediaType: string;
  size: number;
  stream: Readable;
}

/**
 * The layers of an image, one verified stream at a time, from `oci:DIR:TAG` or a registry
 * reference. Consume (or destroy) each stream before asking for the next.
 */
export async function* readImageLayers(
  ref: ImageRef,
  options: RegistryClientOptions & { credentials?: Credentials } = {},
): AsyncGenerator<LayerStream> {
  const source = openSource(ref, options);
  try {
    const image = await resolveImage(source);
    for (const layer of image.manifest.layers) {
      yield {
        digest: layer.digest,
        mediaType: layer.mediaType,
        size: layer.size,
        stream: await source.getBlob(layer),
      };
    }
  } finally {
    source.close();
  }
}
