import { InputError } from '../../errors.js';
import type { ImageBuilder } from './builder.js';

/** The configured builder, or with `auto` the first available of docker buildx, then buildah. */
export async function chooseBuilder(
  setting: 'auto' | 'docker' | 'buildah',
  builders: ImageBuilder[],
): Promise<ImageBuilder> {
  const candidates = setting === 'auto' ? builders : builders.filter((b) => b.name === setting);
  for (const builder of candidates) {
    if (await builder.available()) return builder;
  }
  if (setting === 'docker') {
    throw new InputError(
      'image.dockerfile.builder is docker but "docker buildx version" fails: install Docker with buildx (docker/setup-buildx-action) or use builder: buildah',
    );
  }
  if (setting === 'buildah') {
    throw new InputError(
      'image.dockerfile.builder is buildah but buildah is not installed: apt-get install -y buildah, or use builder: docker',
    );
  }
  throw new InputError(
    'no image builder found for image.mode dockerfile: install Docker with buildx or buildah (apt-get install -y buildah)',
  );
}
