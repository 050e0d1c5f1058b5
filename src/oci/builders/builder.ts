import type { Digest } from '../digest.js';

/** What to build: the same for every builder. `destination` is a registry ref or `oci:DIR:TAG`. */
export interface BuildSpec {
  context: string;
  dockerfile: string;
  /** Full references, the first is where the image is pushed; e.g. `ghcr.io/org/model:v1`. */
  tags: string[];
  labels: Record<string, string>;
  buildArgs: Record<string, string>;
  target?: string;
  platforms?: string[];
  /** Push to the tags' registry (or write the layout); false keeps the image in the builder. */
  push: boolean;
  /** Plain-HTTP or self-signed registries (pull of FROM images and push). */
  insecureRegistries?: boolean;
  /** SOURCE_DATE_EPOCH: `created` and every file's mtime, so the same sources give the same digest. */
  sourceDateEpoch?: number;
}

export interface BuildResult {
  digest: Digest | undefined;
  image: string;
}

export interface ImageBuilder {
  readonly name: 'docker' | 'buildah';
  available(): Promise<boolean>;
  build(spec: BuildSpec, log: (line: string) => void): Promise<BuildResult>;
}

/** `k=v` pairs in key order, so argv is stable. */
export function pairs(flag: string, record: Record<string, string>): string[] {
  return Object.keys(record)
    .sort()
    .flatMap((k) => [flag, `${k}=${record[k]}`]);
}
