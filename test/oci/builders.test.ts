import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { BuildahBuilder, budArgs, buildahGlobalArgs, pushArgs } from '../../src/oci/builders/buildah.js';
import type { BuildSpec, ImageBuilder } from '../../src/oci/builders/builder.js';
import { chooseBuilder } from '../../src/oci/builders/detect.js';
import { buildxArgs, DockerBuilder } from '../../src/oci/builders/docker.js';
import type { Exec } from '../../src/oci/builders/exec.js';
import { sha256 } from '../../src/oci/digest.js';
import { resolveModelFiles } from '../../src/oci/files.js';
import { packModel } from '../../src/oci/pack.js';
import { pushImage } from '../../src/oci/push.js';
import { parseReference, type RegistryRef } from '../../src/oci/reference.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { RegistryTarget } from '../../src/oci/target.js';
import type { Manifest } from '../../src/oci/types.js';
import { type RunningRegistry, registryBinary, startRegistry, tempDir } from '../support/registry.js';
import {
  buildah,
  quietLog,
  skopeo,
  skopeoCopyToOci,
  skopeoRaw,
  umoci,
  umociUnpack,
  writeModel,
} from './helpers.js';

const spec = (over: Partial<BuildSpec> = {}): BuildSpec => ({
  context: '/src',
  dockerfile: '/src/Dockerfile',
  tags: ['ghcr.io/org/model:v1'],
  labels: {},
  buildArgs: {},
  push: true,
  ...over,
});

describe('docker buildx argv', () => {
  it.each<[string, Partial<BuildSpec>, string[]]>([
    [
      'push with one tag',
      {},
      [
        'buildx',
        'build',
        '--file',
        '/src/Dockerfile',
        '--tag',
        'ghcr.io/org/model:v1',
        '--metadata-file',
        '/m.json',
        '--push',
        '/src',
      ],
    ],
    [
      'labels and build args sorted by key, two tags, target, platforms',
      {
        tags: ['r/m:v1', 'r/m:latest'],
        labels: { 'org.opencontainers.image.title': 'm', 'a.b': 'x y' },
        buildArgs: { Z: '1', A: '2' },
        target: 'serve',
        platforms: ['linux/amd64', 'linux/arm64'],
      },
      [
        'buildx',
        'build',
        '--file',
        '/src/Dockerfile',
        '--tag',
        'r/m:v1',
        '--tag',
        'r/m:latest',
        '--label',
        'a.b=x y',
        '--label',
        'org.opencontainers.image.title=m',
        '--build-arg',
        'A=2',
        '--build-arg',
        'Z=1',
        '--target',
        'serve',
        '--platform',
        'linux/amd64,linux/arm64',
        '--metadata-file',
        '/m.json',
        '--push',
        '/src',
      ],
    ],
    [
      'no push loads into docker',
      { push: false },
      [
        'buildx',
        'build',
        '--file',
        '/src/Dockerfile',
        '--tag',
        'ghcr.io/org/model:v1',
        '--metadata-file',
        '/m.json',
        '--load',
        '/src',
      ],
    ],
    [
      'OCI layout destination',
      { tags: ['oci:/out/layout:v2'] },
      [
        'buildx',
        'build',
        '--file',
        '/src/Dockerfile',
        '--metadata-file',
        '/m.json',
        '--output',
        'type=oci,dest=/out/layout,tar=false,name=v2',
        '/src',
      ],
    ],
    [
      'SOURCE_DATE_EPOCH: build arg and rewrite-timestamp on the push',
      { sourceDateEpoch: 0, buildArgs: { A: '1' } },
      [
        'buildx',
        'build',
        '--file',
        '/src/Dockerfile',
        '--tag',
        'ghcr.io/org/model:v1',
        '--build-arg',
        'A=1',
        '--build-arg',
        'SOURCE_DATE_EPOCH=0',
        '--metadata-file',
        '/m.json',
        '--output',
        'type=image,push=true,rewrite-timestamp=true',
        '/src',
      ],
    ],
    [
      'SOURCE_DATE_EPOCH: loaded into docker, or to an OCI layout',
      { sourceDateEpoch: 1700000000, push: false },
      [
        'buildx',
        'build',
        '--file',
        '/src/Dockerfile',
        '--tag',
        'ghcr.io/org/model:v1',
        '--build-arg',
        'SOURCE_DATE_EPOCH=1700000000',
        '--metadata-file',
        '/m.json',
        '--output',
        'type=docker,rewrite-timestamp=true',
        '/src',
      ],
    ],
    [
      'SOURCE_DATE_EPOCH: OCI layout',
      { sourceDateEpoch: 0, tags: ['oci:/out/layout:v2'] },
      [
        'buildx',
        'build',
        '--file',
        '/src/Dockerfile',
        '--build-arg',
        'SOURCE_DATE_EPOCH=0',
        '--metadata-file',
        '/m.json',
        '--output',
        'type=oci,dest=/out/layout,tar=false,name=v2,rewrite-timestamp=true',
        '/src',
      ],
    ],
  ])('%s', (_name, over, expected) => {
    expect(buildxArgs(spec(over), '/m.json')).toEqual(expected);
  });
});

describe('buildah argv', () => {
  it.each<[string, Parameters<typeof buildahGlobalArgs>[0], string[]]>([
    ['defaults', {}, []],
    [
      'vfs in a private root',
      { driver: 'vfs', root: '/r', runroot: '/rr' },
      ['--storage-driver', 'vfs', '--root', '/r', '--runroot', '/rr'],
    ],
  ])('global flags: %s', (_n, storage, expected) => {
    expect(buildahGlobalArgs(storage)).toEqual(expected);
  });

  it.each<[string, Partial<BuildSpec>, { isolation?: 'chroot' }, string | undefined, string[]]>([
    [
      'plain',
      {},
      {},
      undefined,
      ['bud', '--file', '/src/Dockerfile', '--iidfile', '/iid', '--tag', 'ghcr.io/org/model:v1', '/src'],
    ],
    [
      'chroot, labels, insecure registry, authfile',
      { labels: { b: '2', a: '1' }, insecureRegistries: true, target: 't' },
      { isolation: 'chroot' },
      '/auth.json',
      [
        'bud',
        '--file',
        '/src/Dockerfile',
        '--iidfile',
        '/iid',
        '--isolation',
        'chroot',
        '--tag',
        'ghcr.io/org/model:v1',
        '--label',
        'a=1',
        '--label',
        'b=2',
        '--target',
        't',
        '--tls-verify=false',
        '--authfile',
        '/auth.json',
        '/src',
      ],
    ],
    [
      'layout destination has no --tag',
      { tags: ['oci:/l:v1'] },
      {},
      undefined,
      ['bud', '--file', '/src/Dockerfile', '--iidfile', '/iid', '/src'],
    ],
    [
      'SOURCE_DATE_EPOCH sets --timestamp',
      { sourceDateEpoch: 0 },
      { isolation: 'chroot' },
      undefined,
      [
        'bud',
        '--file',
        '/src/Dockerfile',
        '--iidfile',
        '/iid',
        '--isolation',
        'chroot',
        '--timestamp',
        '0',
        '--tag',
        'ghcr.io/org/model:v1',
        '/src',
      ],
    ],
  ])('bud: %s', (_n, over, storage, authfile, expected) => {
    expect(budArgs(spec(over), storage, '/iid', authfile)).toEqual(expected);
  });

  it.each<[string, string, Partial<BuildSpec>, string[]]>([
    ['registry', 'r.io/m:v1', {}, ['push', '--digestfile', '/d', 'IMG', 'docker://r.io/m:v1']],
    [
      'insecure registry',
      '127.0.0.1:5000/m:v1',
      { insecureRegistries: true },
      ['push', '--digestfile', '/d', '--tls-verify=false', 'IMG', 'docker://127.0.0.1:5000/m:v1'],
    ],
    ['layout', 'oci:/l:v1', { insecureRegistries: true }, ['push', '--digestfile', '/d', 'IMG', 'oci:/l:v1']],
  ])('push: %s', (_n, dest, over, expected) => {
    expect(pushArgs('IMG', dest, '/d', spec(over))).toEqual(expected);
  });
});

describe('builder detection', () => {
  const fake = (name: 'docker' | 'buildah', ok: boolean): ImageBuilder => ({
    name,
    available: async () => ok,
    build: async () => ({ digest: undefined, image: '' }),
  });
  it.each<[string, 'auto' | 'docker' | 'buildah', ImageBuilder[], string | RegExp]>([
    ['auto prefers docker buildx', 'auto', [fake('docker', true), fake('buildah', true)], 'docker'],
    ['auto falls back to buildah', 'auto', [fake('docker', false), fake('buildah', true)], 'buildah'],
    ['explicit buildah', 'buildah', [fake('docker', true), fake('buildah', true)], 'buildah'],
    ['nothing installed', 'auto', [fake('docker', false), fake('buildah', false)], /no image builder found/],
    [
      'docker asked but missing',
      'docker',
      [fake('docker', false), fake('buildah', true)],
      /docker buildx version" fails/,
    ],
  ])('%s', async (_n, setting, builders, expected) => {
    if (typeof expected === 'string') expect((await chooseBuilder(setting, builders)).name).toBe(expected);
    else await expect(chooseBuilder(setting, builders)).rejects.toThrow(InputError);
  });

  it('docker is unavailable when buildx exits non-zero (injected exec)', async () => {
    const calls: string[][] = [];
    const exec: Exec = async (file, args) => {
      calls.push([file, ...args]);
      return { exitCode: 1, stdout: '', stderr: "docker: 'buildx' is not a docker command." };
    };
    expect(await new DockerBuilder({ exec }).available()).toBe(false);
    expect(calls).toEqual([['docker', 'buildx', 'version']]);
  });

  it('a failed build is a ToolError carrying the tail of stderr', async () => {
    const exec: Exec = async () => ({
      exitCode: 125,
      stdout: '',
      stderr: 'step 1\nError: no such file: model.bin\n',
    });
    await expect(new BuildahBuilder({ exec }).build(spec(), () => {})).rejects.toThrow(
      /buildah bud failed \(buildah exited 125\):\n.*no such file: model\.bin/s,
    );
  });
});

const ready = buildah.available && registryBinary.available && skopeo.available && umoci.available;

describe.skipIf(!ready)('buildah builds through the builder interface (vfs, chroot)', () => {
  let registry: RunningRegistry;
  let work: string;
  let builder: BuildahBuilder;
  beforeAll(async () => {
    registry = await startRegistry();
    work = tempDir('md-buildah-');
    builder = new BuildahBuilder({
      storage: {
        driver: 'vfs',
        root: join(work, 'root'),
        runroot: join(work, 'runroot'),
        isolation: 'chroot',
      },
    });
  });
  afterAll(async () => {
    await registry?.close();
    // vfs layers are plain directories; buildah's own rm keeps the mount state consistent.
    try {
      execFileSync(
        buildah.path,
        [
          '--storage-driver',
          'vfs',
          '--root',
          join(work, 'root'),
          '--runroot',
          join(work, 'runroot'),
          'rm',
          '--all',
        ],
        { stdio: 'ignore' },
      );
    } catch {
      // nothing to remove
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('builds a Dockerfile FROM scratch with OCI labels and pushes it to the registry', async () => {
    const ctx = join(work, 'scratch');
    mkdirSync(ctx, { recursive: true });
    writeFileSync(join(ctx, 'weights.bin'), Buffer.from('weights'));
    writeFileSync(
      join(ctx, 'Dockerfile'),
      'FROM scratch\nCOPY weights.bin /models/weights.bin\nENV MODEL_DIR=/models\n',
    );
    const result = await builder.build(
      spec({
        context: ctx,
        dockerfile: join(ctx, 'Dockerfile'),
        tags: [`${registry.host}/built/scratch:v1`],
        labels: {
          'org.opencontainers.image.title': 'scratch-model',
          'org.opencontainers.image.revision': 'abc',
        },
        insecureRegistries: true,
      }),
      () => {},
    );
    expect(result.digest).toMatch(/^sha256:/);
    const raw = execFileSync(skopeo.path, [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${registry.host}/built/scratch:v1`,
    ]);
    expect(result.digest).toBe(sha256(raw));
    const inspect = JSON.parse(
      execFileSync(
        skopeo.path,
        ['inspect', '--tls-verify=false', `docker://${registry.host}/built/scratch:v1`],
        { encoding: 'utf8' },
      ),
    ) as { Labels: Record<string, string> };
    expect(inspect.Labels['org.opencontainers.image.title']).toBe('scratch-model');
    skopeoCopyToOci(`${registry.host}/built/scratch:v1`, `${join(work, 'scratch-oci')}:v1`);
    umociUnpack(`${join(work, 'scratch-oci')}:v1`, join(work, 'scratch-bundle'));
    expect(readFileSync(join(work, 'scratch-bundle', 'rootfs', 'models', 'weights.bin'), 'utf8')).toBe(
      'weights',
    );
  });

  it('builds FROM a base image that our client pushed to the local registry', async () => {
    const baseModel = writeModel(join(work, 'base-model'), 3);
    const image = await packModel({
      files: resolveModelFiles(['config.json'], baseModel.dir),
      artifact: 'image',
      modelDir: '/srv',
      compressBelow: 1 << 20,
      epoch: 0,
      labels: {},
      model: { name: 'base' },
      concurrency: 2,
    });
    const baseRef = parseReference(`${registry.host}/base/serving`) as RegistryRef;
    const client = RegistryClient.for(baseRef, { log: quietLog });
    await pushImage(new RegistryTarget(baseRef, client), image, {
      tags: ['1.0'],
      concurrency: 2,
      info: () => {},
    });
    client.close();

    const ctx = join(work, 'onbase');
    mkdirSync(ctx, { recursive: true });
    writeFileSync(join(ctx, 'model.bin'), Buffer.from('fine-tuned'));
    writeFileSync(
      join(ctx, 'Dockerfile'),
      `FROM ${registry.host}/base/serving:1.0\nCOPY model.bin /models/model.bin\n`,
    );
    const result = await builder.build(
      spec({
        context: ctx,
        dockerfile: join(ctx, 'Dockerfile'),
        tags: [`${registry.host}/built/onbase:v1`],
        insecureRegistries: true,
      }),
      () => {},
    );
    expect(result.digest).toMatch(/^sha256:/);
    const raw = skopeoRaw(`${registry.host}/built/onbase:v1`) as unknown as Manifest;
    expect(raw.layers.map((l) => l.digest)).toContain(image.manifest.layers[0]!.digest);
    skopeoCopyToOci(`${registry.host}/built/onbase:v1`, `${join(work, 'onbase-oci')}:v1`);
    umociUnpack(`${join(work, 'onbase-oci')}:v1`, join(work, 'onbase-bundle'));
    expect(
      readFileSync(join(work, 'onbase-bundle', 'rootfs', 'srv', 'config.json')).equals(
        baseModel.files['config.json']!,
      ),
    ).toBe(true);
    expect(readFileSync(join(work, 'onbase-bundle', 'rootfs', 'models', 'model.bin'), 'utf8')).toBe(
      'fine-tuned',
    );
  });
});
