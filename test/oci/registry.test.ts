import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBaseImage } from '../../src/oci/base.js';
import { sha256 } from '../../src/oci/digest.js';
import { resolveModelFiles } from '../../src/oci/files.js';
import { MediaType } from '../../src/oci/media-types.js';
import { type PackOptions, packModel } from '../../src/oci/pack.js';
import { pushImage } from '../../src/oci/push.js';
import { parseReference, type RegistryRef } from '../../src/oci/reference.js';
import { RegistryClient, RegistryError, referrersTag } from '../../src/oci/registry.js';
import { readImageLayers } from '../../src/oci/source.js';
import { LayoutTarget, RegistryTarget } from '../../src/oci/target.js';
import type { ImageConfig, Manifest } from '../../src/oci/types.js';
import { type RunningRegistry, registryBinary, startRegistry, tempDir } from '../support/registry.js';
import { quietLog, skopeo, skopeoCopyToOci, skopeoRaw, umoci, umociUnpack, writeModel } from './helpers.js';

const ready = registryBinary.available && skopeo.available && umoci.available;

describe.skipIf(!ready)('registry push (docker-registry, skopeo, umoci)', () => {
  let registry: RunningRegistry;
  let work: string;
  let model: ReturnType<typeof writeModel>;

  beforeAll(async () => {
    registry = await startRegistry();
    work = tempDir('md-oci-');
    model = writeModel(join(work, 'model'));
  });
  afterAll(async () => {
    await registry?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const ref = (repo: string): RegistryRef => parseReference(`${registry.host}/${repo}`) as RegistryRef;
  const options = (over: Partial<PackOptions> = {}): PackOptions => ({
    files: resolveModelFiles(['model.safetensors', 'config.json', 'tokenizer'], model.dir),
    artifact: 'image',
    modelDir: '/models',
    compressBelow: 1_000_000,
    epoch: 0,
    labels: { 'org.opencontainers.image.title': 'tiny' },
    model: { name: 'tiny', version: '1.0.0', framework: 'safetensors' },
    concurrency: 3,
    ...over,
  });
  const push = async (repo: string, over: Partial<PackOptions> = {}, chunkSize = 1 << 20) => {
    const client = RegistryClient.for(ref(repo), { chunkSize, log: quietLog });
    try {
      const image = await packModel(options(over));
      const result = await pushImage(new RegistryTarget(ref(repo), client), image, {
        tags: ['v1'],
        concurrency: 3,
        info: () => {},
      });
      return { image, result, stats: { ...client.stats } };
    } finally {
      client.close();
    }
  };

  it('pushes a runnable image that skopeo reads back and umoci unpacks to the model files byte for byte', async () => {
    const { image, result } = await push('models/tiny');
    expect(result.digest).toBe(image.digest);
    const raw = skopeoRaw(`${registry.host}/models/tiny:v1`) as unknown as Manifest;
    expect(sha256(Buffer.from(JSON.stringify(raw)))).toBe(image.digest);
    expect(raw.layers.map((l) => l.mediaType)).toEqual([
      MediaType.ociLayerGzip,
      MediaType.ociLayer,
      MediaType.ociLayerGzip,
    ]);

    const layout = join(work, 'copy');
    skopeoCopyToOci(`${registry.host}/models/tiny:v1`, `${layout}:v1`);
    const bundle = join(work, 'bundle');
    umociUnpack(`${layout}:v1`, bundle);
    for (const [name, data] of Object.entries(model.files)) {
      expect(readFileSync(join(bundle, 'rootfs', 'models', name)).equals(data), name).toBe(true);
    }
    const config = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8')) as {
      process: { env: string[] };
    };
    expect(config.process.env).toContain('MODEL_DIR=/models');
  });

  it('gives the same manifest digest for the same inputs and sends no blob bytes on a re-push', async () => {
    const first = await packModel(options());
    const second = await packModel(options());
    expect(second.digest).toBe(first.digest);
    const { stats } = await push('models/tiny');
    expect(stats.blobBytesSent).toBe(0);
    expect(stats.skipped).toBe(4);
    const changed = await packModel(options({ epoch: 1 }));
    expect(changed.digest).not.toBe(first.digest);
  });

  it('pushes a CNCF ModelPack artifact with raw weights and filepath annotations', async () => {
    const { image } = await push('models/tiny-pack', { artifact: 'modelpack' });
    const raw = skopeoRaw(`${registry.host}/models/tiny-pack:v1`) as unknown as Manifest;
    expect(raw.artifactType).toBe(MediaType.modelManifest);
    expect(raw.config.mediaType).toBe(MediaType.modelConfig);
    const byPath = Object.fromEntries(raw.layers.map((l) => [l.annotations?.['org.cncf.model.filepath'], l]));
    expect(byPath['model.safetensors']?.mediaType).toBe('application/vnd.cncf.model.weight.v1.raw');
    expect(byPath['model.safetensors']?.digest).toBe(sha256(model.files['model.safetensors']!));
    expect(byPath['config.json']?.mediaType).toBe('application/vnd.cncf.model.weight.config.v1.tar+gzip');
    const config = JSON.parse(image.config.bytes.toString()) as { modelfs: { diffIds: string[] } };
    expect(config.modelfs.diffIds).toHaveLength(3);
    expect(config.modelfs.diffIds).toContain(sha256(model.files['model.safetensors']!));
    skopeoCopyToOci(`${registry.host}/models/tiny-pack:v1`, `${join(work, 'pack-copy')}:v1`);
    const copied = readFileSync(
      join(work, 'pack-copy', 'blobs', 'sha256', sha256(model.files['model.safetensors']!).slice(7)),
    );
    expect(copied.equals(model.files['model.safetensors']!)).toBe(true);
  });

  it('puts model layers on a base image pushed earlier, mounting its layers across repositories', async () => {
    // The base: a FROM-scratch image made by our own packer with one file, in another repository.
    const baseDir = join(work, 'base');
    writeModel(baseDir, 7);
    const baseOptions = options({
      files: resolveModelFiles(['config.json'], baseDir),
      modelDir: '/opt/base',
    });
    const baseImage = await packModel(baseOptions);
    const baseClient = RegistryClient.for(ref('base/server'), { log: quietLog });
    await pushImage(new RegistryTarget(ref('base/server'), baseClient), baseImage, {
      tags: ['1'],
      concurrency: 2,
      info: () => {},
    });
    baseClient.close();

    const base = await loadBaseImage(`${registry.host}/base/server:1`);
    const { image, stats } = await push('models/on-base', { base });
    base.close();
    expect(stats.mounted).toBe(1);
    const config = JSON.parse(image.config.bytes.toString()) as ImageConfig;
    expect(config.rootfs.diff_ids).toHaveLength(4);
    const bundle = join(work, 'bundle-base');
    skopeoCopyToOci(`${registry.host}/models/on-base:v1`, `${join(work, 'copy-base')}:v1`);
    umociUnpack(`${join(work, 'copy-base')}:v1`, bundle);
    expect(readFileSync(join(bundle, 'rootfs', 'opt', 'base', 'config.json'), 'utf8')).toContain('"seed":7');
    expect(
      readFileSync(join(bundle, 'rootfs', 'models', 'model.safetensors')).equals(
        model.files['model.safetensors']!,
      ),
    ).toBe(true);
  });

  it('copies base layers it cannot mount (base in an OCI layout, target a registry)', async () => {
    const baseDir = join(work, 'layout-base');
    writeModel(baseDir, 11);
    const baseImage = await packModel(
      options({ files: resolveModelFiles(['config.json'], baseDir), modelDir: '/etc/base' }),
    );
    const layoutDir = join(work, 'base-layout');
    await pushImage(await LayoutTarget.open({ kind: 'layout', dir: layoutDir }), baseImage, {
      tags: ['1'],
      concurrency: 1,
      info: () => {},
    });

    const base = await loadBaseImage(`oci:${layoutDir}:1`);
    const { stats } = await push('models/from-layout', { base });
    base.close();
    expect(stats.mounted).toBe(0);
    expect(stats.uploaded).toBe(5);
    const bundle = join(work, 'bundle-layout');
    skopeoCopyToOci(`${registry.host}/models/from-layout:v1`, `${join(work, 'copy-layout')}:v1`);
    umociUnpack(`${join(work, 'copy-layout')}:v1`, bundle);
    expect(readFileSync(join(bundle, 'rootfs', 'etc', 'base', 'config.json'), 'utf8')).toContain('"seed":11');
  });

  it('reads layers back as verified streams (readImageLayers) from the registry', async () => {
    const seen: string[] = [];
    for await (const layer of readImageLayers(ref('models/tiny:v1'))) {
      const chunks: Buffer[] = [];
      for await (const c of layer.stream) chunks.push(c as Buffer);
      expect(sha256(Buffer.concat(chunks))).toBe(layer.digest);
      seen.push(layer.mediaType);
    }
    expect(seen).toHaveLength(3);
  });

  it('says which base image is missing', async () => {
    await expect(loadBaseImage(`${registry.host}/base/nope:1`)).rejects.toThrow(
      /image.base .*base\/nope:1 not found/,
    );
  });

  it('refuses a blob whose bytes do not match its digest, and never writes the manifest', async () => {
    const client = RegistryClient.for(ref('models/bad'), { log: quietLog, attempts: 1 });
    const data = Buffer.from('actual bytes');
    const wrong = sha256('other bytes');
    const error = await client
      .uploadBlob(
        'models/bad',
        { digest: wrong, size: data.length },
        { size: data.length, open: () => Readable.from([data]) },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect((error as Error).message).toMatch(/digest mismatch/);
    expect(await client.listTags('models/bad')).toEqual([]);
    client.close();
  });

  it('attaches artifacts to a subject and lists them through the sha256-<hex> tag fallback', async () => {
    const client = RegistryClient.for(ref('models/tiny'), { log: quietLog });
    const subject = (await client.headManifest('models/tiny', 'v1'))!;
    const a = await client.pushArtifact(
      'models/tiny',
      subject.digest,
      'application/vnd.model-deploy.gate.v1+json',
      [{ name: 'gate.json', data: Buffer.from('{"passed":true}'), mediaType: 'application/json' }],
    );
    await client.pushArtifact('models/tiny', subject.digest, 'application/vnd.model-deploy.scan.v1+json', [
      { name: 'scan.json', data: Buffer.from('{"findings":[]}') },
    ]);
    const all = await client.listReferrers('models/tiny', subject.digest);
    expect(all.map((d) => d.artifactType).sort()).toEqual([
      'application/vnd.model-deploy.gate.v1+json',
      'application/vnd.model-deploy.scan.v1+json',
    ]);
    const gates = await client.listReferrers(
      'models/tiny',
      subject.digest,
      'application/vnd.model-deploy.gate.v1+json',
    );
    expect(gates.map((d) => d.digest)).toEqual([a.digest]);
    const index = skopeoRaw(`${registry.host}/models/tiny:${referrersTag(subject.digest)}`) as {
      manifests: unknown[];
    };
    expect(index.manifests).toHaveLength(2);
    client.close();
  });

  it('names an unreachable registry', async () => {
    const client = new RegistryClient('127.0.0.1:1', 'http', { attempts: 2, backoffMs: 10, log: quietLog });
    await expect(client.blobExists('x/y', sha256('x'))).rejects.toThrow(
      /127\.0\.0\.1:1 is unreachable \(ECONNREFUSED\)/,
    );
    client.close();
  });

  it('is readable by skopeo inspect (config, labels)', () => {
    const out = JSON.parse(
      execFileSync(
        skopeo.path,
        ['inspect', '--tls-verify=false', `docker://${registry.host}/models/tiny:v1`],
        { encoding: 'utf8' },
      ),
    ) as { Labels: Record<string, string>; Env: string[] };
    expect(out.Labels['org.opencontainers.image.title']).toBe('tiny');
    expect(out.Env).toContain('MODEL_DIR=/models');
  });
});
