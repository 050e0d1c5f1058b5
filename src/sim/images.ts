import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface ImageRef {
  repository: string;
  tag?: string;
  digest?: string;
}

/** Splits `host:5000/team/model:v1@sha256:...` into repository path (without host), tag and digest. */
export function parseImageRef(image: string): ImageRef {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  const slash = rest.indexOf('/');
  if (slash > 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') rest = rest.slice(slash + 1);
  }
  if (!tag && !digest) tag = 'latest';
  return { repository: rest, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export type ImageState = 'present' | 'absent' | 'pending';

/**
 * Answers "does this image exist" for the kubelets: in the configured registry (distribution API
 * HEAD of the manifest), in an OCI image layout (index.json ref names / digests), or always yes
 * when neither is configured. Answers are cached; a pending lookup resolves on a later tick.
 */
export class ImageCatalog {
  private readonly cache = new Map<string, { state: ImageState; at: number }>();

  constructor(
    private readonly options: { registry?: string; ociLayout?: string; recheckMs?: number },
    private readonly now: () => number,
  ) {}

  state(image: string): ImageState {
    if (!this.options.registry && !this.options.ociLayout) return 'present';
    const hit = this.cache.get(image);
    const recheck = this.options.recheckMs ?? 5_000;
    if (hit && (hit.state === 'present' || hit.state === 'pending' || this.now() - hit.at < recheck))
      return hit.state;
    this.cache.set(image, { state: 'pending', at: this.now() });
    this.lookup(image).then(
      (found) => this.cache.set(image, { state: found ? 'present' : 'absent', at: this.now() }),
      () => this.cache.set(image, { state: 'absent', at: this.now() }),
    );
    return hit?.state ?? 'pending';
  }

  private async lookup(image: string): Promise<boolean> {
    const ref = parseImageRef(image);
    if (this.options.ociLayout && (await this.inLayout(ref))) return true;
    if (this.options.registry && (await this.inRegistry(ref))) return true;
    return false;
  }

  private async inLayout(ref: ImageRef): Promise<boolean> {
    const text = await readFile(join(this.options.ociLayout!, 'index.json'), 'utf8').catch(() => '{}');
    const index = JSON.parse(text) as {
      manifests?: { digest: string; annotations?: Record<string, string> }[];
    };
    return (index.manifests ?? []).some((m) => {
      if (ref.digest) return m.digest === ref.digest;
      const name = m.annotations?.['org.opencontainers.image.ref.name'];
      return (
        name === ref.tag ||
        name === `${ref.repository}:${ref.tag}` ||
        name?.endsWith(`/${ref.repository}:${ref.tag}`)
      );
    });
  }

  private async inRegistry(ref: ImageRef): Promise<boolean> {
    const base = this.options.registry!.replace(/\/+$/, '');
    const res = await fetch(`${base}/v2/${ref.repository}/manifests/${ref.digest ?? ref.tag}`, {
      method: 'HEAD',
      headers: {
        Accept: [
          'application/vnd.oci.image.index.v1+json',
          'application/vnd.oci.image.manifest.v1+json',
          'application/vnd.docker.distribution.manifest.v2+json',
          'application/vnd.docker.distribution.manifest.list.v2+json',
        ].join(', '),
      },
      signal: AbortSignal.timeout(5_000),
    });
    return res.ok;
  }
}
