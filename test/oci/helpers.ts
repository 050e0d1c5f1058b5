import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { component } from '../support/components.js';

export const skopeo = component('skopeo', 'skopeo');
export const umoci = component('umoci', 'umoci');
export const buildah = component('buildah', 'buildah');

/** A small model directory: a "weights" file (uncompressed layer) and text files (gzip layers). */
export function writeModel(dir: string, seed = 1): { dir: string; files: Record<string, Buffer> } {
  const files: Record<string, Buffer> = {
    'model.safetensors': pseudoRandom(3_000_000 + seed, seed),
    'tokenizer/tokenizer.json': Buffer.from(JSON.stringify({ vocab: { a: 1, b: 2 }, seed })),
    'config.json': Buffer.from(JSON.stringify({ hidden: 16, seed })),
  };
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return { dir, files };
}

export function pseudoRandom(size: number, seed: number): Buffer {
  const b = Buffer.alloc(size);
  let x = seed * 2654435761 || 1;
  for (let i = 0; i < size; i += 4) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b.writeUInt32LE(x >>> 0, Math.min(i, size - 4));
  }
  return b;
}

export function skopeoRaw(ref: string, extra: string[] = []): Record<string, unknown> {
  return JSON.parse(
    execFileSync(skopeo.path, ['inspect', '--raw', '--tls-verify=false', ...extra, `docker://${ref}`], {
      encoding: 'utf8',
    }),
  ) as Record<string, unknown>;
}

export function skopeoCopyToOci(ref: string, dest: string, extra: string[] = []): void {
  execFileSync(skopeo.path, ['copy', '--src-tls-verify=false', ...extra, `docker://${ref}`, `oci:${dest}`], {
    stdio: 'pipe',
  });
}

export function umociUnpack(layoutAndTag: string, bundle: string): void {
  execFileSync(umoci.path, ['unpack', '--rootless', '--image', layoutAndTag, bundle], { stdio: 'pipe' });
}

export const quietLog = { info: () => {}, debug: () => {} };
