import { InputError } from '../errors.js';
import type { Credentials } from './auth.js';
import type { BaseImage } from './pack.js';
import { lazySource } from './push.js';
import { formatReference, parseReference } from './reference.js';
import type { RegistryClientOptions } from './registry.js';
import { openSource, resolveImage } from './source.js';
import type { ImageConfig } from './types.js';

/**
 * Reads a base image (manifest and config) from a registry or `oci:DIR:TAG`. Its layers are
 * not downloaded here: at push time they are mounted from its repository or streamed across.
 */
export async function loadBaseImage(
  text: string,
  options: RegistryClientOptions & { credentials?: Credentials } = {},
): Promise<BaseImage & { close(): void }> {
  const ref = parseReference(text, 'image.base');
  const source = openSource(ref, options);
  try {
    const image = await resolveImage(source, undefined, 'image.base');
    const chunks: Buffer[] = [];
    for await (const chunk of await source.getBlob(image.manifest.config)) chunks.push(chunk as Buffer);
    const config = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ImageConfig;
    if (!config.rootfs || !Array.isArray(config.rootfs.diff_ids)) {
      throw new InputError(`image.base ${text} is not a runnable image (its config has no rootfs.diff_ids)`);
    }
    return {
      name: formatReference({ ...ref, digest: undefined } as typeof ref),
      digest: image.digest,
      manifest: image.manifest,
      config,
      ...(ref.kind === 'registry' ? { registry: ref.registry, repository: ref.repository } : {}),
      open: (desc) => lazySource(desc.size, () => source.getBlob(desc)),
      close: () => source.close(),
    };
  } catch (error) {
    source.close();
    throw error;
  }
}
