import type { CommandContext } from '../commands/command.js';
import type { LoadedConfig } from '../config/load.js';
import { InputError } from '../errors.js';
import { findCredentials } from '../oci/credentials.js';
import type { Digest } from '../oci/digest.js';
import { parseReference } from '../oci/reference.js';
import { RegistryClient } from '../oci/registry.js';
import type { Manifest } from '../oci/types.js';
import type { ArtifactStore } from './baseline.js';

const CREATED = 'org.opencontainers.image.created';

/**
 * Baseline records as OCI artifacts in the model's registry repository: referrers of the image
 * digest they describe (the `sha256-<digest>` tag fallback where the registry has no referrers API).
 */
export async function registryArtifacts(
  ctx: CommandContext,
  loaded: LoadedConfig,
): Promise<{ store: ArtifactStore; resolveDigest(reference: string): Promise<string> }> {
  const { baseline } = loaded.config.evaluate;
  const where = baseline.image ?? loaded.config.image.repository;
  if (!where) {
    throw new InputError(
      'evaluate.baseline.store "registry" needs a repository: set evaluate.baseline.image or image.repository',
    );
  }
  const ref = parseReference(where, baseline.image ? 'evaluate.baseline.image' : 'image.repository');
  if (ref.kind !== 'registry') {
    throw new InputError(`evaluate.baseline.store "registry" needs a registry image, got ${where}`);
  }
  const credentials = findCredentials(ref.registry, {
    ...(ctx.registryAuth ? { explicit: ctx.registryAuth } : {}),
    env: ctx.env,
    log: ctx.log,
  });
  const client = RegistryClient.for(ref, credentials ? { credentials } : {});
  const repo = ref.repository;
  const store: ArtifactStore = {
    async put(subject, mediaType, bytes) {
      await client.pushArtifact(
        repo,
        subject as Digest,
        mediaType,
        [{ name: 'baseline.json', data: Buffer.from(bytes), mediaType: 'application/json' }],
        { [CREATED]: ctx.now().toISOString() },
      );
    },
    async get(subject, mediaType) {
      const found = await client.listReferrers(repo, subject as Digest, mediaType);
      const newest = [...found].sort((a, b) =>
        (b.annotations?.[CREATED] ?? '').localeCompare(a.annotations?.[CREATED] ?? ''),
      )[0];
      if (!newest) return undefined;
      const fetched = await client.getManifest(repo, newest.digest);
      const layer = fetched && (JSON.parse(fetched.bytes.toString('utf8')) as Manifest).layers[0];
      if (!layer) return undefined;
      const chunks: Buffer[] = [];
      for await (const chunk of await client.getBlob(repo, layer)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
  return {
    store,
    async resolveDigest(reference) {
      const r = parseReference(reference, 'evaluate.baseline.image');
      if (r.digest) return r.digest;
      if (r.kind !== 'registry')
        throw new InputError(`evaluate.baseline.image must be a registry image, got ${reference}`);
      const desc = await client.headManifest(r.repository, r.tag ?? 'latest');
      if (!desc) throw new InputError(`evaluate.baseline.image ${reference} not found in the registry`);
      return desc.digest;
    },
  };
}
