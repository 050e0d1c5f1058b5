import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import build from '../../src/commands/build.js';
import { examplesDir } from '../../src/demo/workspace.js';
import { ExitCode, exitCodeOf } from '../../src/errors.js';
import { sha256 } from '../../src/oci/digest.js';
import { parseReference } from '../../src/oci/reference.js';
import { readImageLayers } from '../../src/oci/source.js';
import { runCli } from '../support/cli.js';
import { testContext } from '../support/context.js';
import { type RunningRegistry, registryBinary, startRegistry, tempDir } from '../support/registry.js';
import { buildah, skopeo, umoci, umociUnpack, writeModel } from './helpers.js';

const context = (cwd: string, env: NodeJS.ProcessEnv = {}) =>
  testContext(cwd, { env: { HOME: cwd, ...env }, now: () => new Date(0) });

const ready = registryBinary.available && skopeo.available && umoci.available;

describe.skipIf(!ready)('model-deploy build', () => {
  let work: string;
  let registry: RunningRegistry;
  let model: ReturnType<typeof writeModel>;
  beforeAll(async () => {
    work = tempDir('md-build-');
    registry = await startRegistry();
    model = writeModel(join(work, 'weights'));
  });
  afterAll(async () => {
    await registry?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const config = (image: string) =>
    writeFileSync(
      join(work, 'model-deploy.yml'),
      `model:\n  name: sentiment\n  version: 1.2.0\n  framework: safetensors\n  artifacts: [weights/model.safetensors, weights/config.json, "weights/tokenizer/*.json"]\nimage:\n${image}`,
    );

  it('writes the OCI layout by default; umoci unpacks our layout to the model files; a rebuild is byte-identical', async () => {
    config('  compress-below: 1Mi\n  tags: [latest]\n');
    const ctx = context(work);
    const first = await build.run(ctx, { config: 'model-deploy.yml' }, []);
    const layout = join(work, '.model-deploy', 'oci');
    expect(first.outputs?.image).toBe(`oci:${layout}@${first.outputs?.digest}`);
    expect(first.outputs?.tags).toBe('1.2.0,latest');
    const index = JSON.parse(readFileSync(join(layout, 'index.json'), 'utf8')) as {
      manifests: { digest: string }[];
    };
    expect(index.manifests.map((m) => m.digest)).toEqual([first.outputs?.digest, first.outputs?.digest]);
    const manifestBytes = readFileSync(join(layout, 'blobs', 'sha256', first.outputs!.digest!.slice(7)));
    expect(sha256(manifestBytes)).toBe(first.outputs?.digest);

    umociUnpack(`${layout}:1.2.0`, join(work, 'bundle'));
    for (const [name, data] of Object.entries(model.files)) {
      expect(readFileSync(join(work, 'bundle', 'rootfs', 'models', name)).equals(data), name).toBe(true);
    }

    const again = await build.run(context(work), { config: 'model-deploy.yml' }, []);
    expect(again.outputs?.digest).toBe(first.outputs?.digest);
    expect(JSON.parse(again.stdout ?? '{}').bytesSent).toBe(0);
  });

  it('the shipped example through the CLI: $MODEL_DIR/config.json exists in the image (umoci unpack)', async () => {
    const ws = join(work, 'example');
    cpSync(examplesDir(), ws, { recursive: true });
    const out = await runCli(['build', '--config', 'model-deploy.yml'], {
      cwd: ws,
      env: { HOME: ws, SOURCE_DATE_EPOCH: '0' },
    });
    expect(out.code, out.stderr).toBe(0);
    const layout = join(ws, '.model-deploy', 'oci');
    const bundle = join(ws, 'bundle');
    umociUnpack(`${layout}:latest`, bundle);
    const runtime = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8')) as {
      process: { env: string[] };
    };
    const modelDir = runtime.process.env.find((e) => e.startsWith('MODEL_DIR='))?.slice('MODEL_DIR='.length);
    expect(modelDir).toBe('/models');
    for (const name of ['config.json', 'model.safetensors'])
      expect(readFileSync(join(bundle, 'rootfs', modelDir!, name))).toEqual(
        readFileSync(join(examplesDir(), 'model', name)),
      );
    expect(existsSync(join(bundle, 'rootfs', modelDir!, 'model'))).toBe(false);
  });

  it('pushes to a registry, with progress lines and the digest skopeo sees', async () => {
    config(`  repository: ${registry.host}/team/sentiment\n  compress-below: 1Mi\n  chunk-size: 1Mi\n`);
    const ctx = context(work, { SOURCE_DATE_EPOCH: '1700000000', GITHUB_SHA: 'f'.repeat(40) });
    const result = await build.run(ctx, { config: 'model-deploy.yml' }, []);
    expect(result.outputs?.image).toBe(`${registry.host}/team/sentiment@${result.outputs?.digest}`);
    const raw = execFileSync(skopeo.path, [
      'inspect',
      '--raw',
      '--tls-verify=false',
      `docker://${registry.host}/team/sentiment:1.2.0`,
    ]);
    expect(sha256(raw)).toBe(result.outputs?.digest);
    expect(ctx.lines.some((l) => /model\.safetensors .* 100% 3\.0\/3\.0 MB [\d.]+ MB\/s/.test(l))).toBe(true);
    const inspect = JSON.parse(
      execFileSync(
        skopeo.path,
        ['inspect', '--tls-verify=false', `docker://${registry.host}/team/sentiment:1.2.0`],
        { encoding: 'utf8' },
      ),
    ) as { Labels: Record<string, string>; Created: string };
    expect(inspect.Labels['org.opencontainers.image.revision']).toBe('f'.repeat(40));
    expect(inspect.Created).toBe('2023-11-14T22:13:20Z');
  });

  it('names a pattern that matches nothing (exit 2)', async () => {
    writeFileSync(join(work, 'model-deploy.yml'), 'model:\n  name: m\n  artifacts: ["weights/*.gguf"]\n');
    const error = await build.run(context(work), { config: 'model-deploy.yml' }, []).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/model\.artifacts\[0\]: "weights\/\*\.gguf" matches no file/);
    expect(exitCodeOf(error)).toBe(ExitCode.Usage);
  });

  it('names a missing base image (exit 2) and writes nothing', async () => {
    config(`  repository: ${registry.host}/team/onbase\n  base: ${registry.host}/base/missing:1\n`);
    const error = await build.run(context(work), { config: 'model-deploy.yml' }, []).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/image\.base .*base\/missing:1 not found/);
    expect(exitCodeOf(error)).toBe(ExitCode.Usage);
  });

  it('says which registry is unreachable (exit 1)', async () => {
    config('  repository: 127.0.0.1:1/team/sentiment\n');
    const error = await build.run(context(work), { config: 'model-deploy.yml' }, []).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/registry http:\/\/127\.0\.0\.1:1 is unreachable/);
    expect(exitCodeOf(error)).toBe(ExitCode.Gate);
  });

  it.skipIf(!buildah.available)(
    'mode dockerfile builds with buildah and outputs the pushed digest',
    async () => {
      writeFileSync(join(work, 'Dockerfile'), 'FROM scratch\nCOPY weights/config.json /models/config.json\n');
      config(
        `  mode: dockerfile\n  repository: ${registry.host}/team/df\n  dockerfile:\n    builder: buildah\n`,
      );
      const env = {
        BUILDAH_STORAGE_DRIVER: 'vfs',
        BUILDAH_ROOT: join(work, 'buildah-root'),
        BUILDAH_RUNROOT: join(work, 'buildah-runroot'),
      };
      const result = await build.run(context(work, env), { config: 'model-deploy.yml' }, []);
      const raw = execFileSync(skopeo.path, [
        'inspect',
        '--raw',
        '--tls-verify=false',
        `docker://${registry.host}/team/df:1.2.0`,
      ]);
      expect(result.outputs?.digest).toBe(sha256(raw));
      const inspect = JSON.parse(
        execFileSync(
          skopeo.path,
          ['inspect', '--tls-verify=false', `docker://${registry.host}/team/df:1.2.0`],
          { encoding: 'utf8' },
        ),
      ) as { Labels: Record<string, string> };
      expect(inspect.Labels['org.opencontainers.image.version']).toBe('1.2.0');
      expect(inspect.Labels['dev.model-deploy.model.name']).toBe('sentiment');
      execFileSync(
        buildah.path,
        [
          '--storage-driver',
          'vfs',
          '--root',
          env.BUILDAH_ROOT,
          '--runroot',
          env.BUILDAH_RUNROOT,
          'rmi',
          '--all',
        ],
        { stdio: 'ignore' },
      );
    },
  );
});

describe.skipIf(!ready || !buildah.available)(
  'Dockerfile builds are reproducible (buildah, vfs, chroot)',
  () => {
    it('two builds on fresh storage, files touched in between, SOURCE_DATE_EPOCH=0: the same digest', async () => {
      const work = tempDir('md-repro-');
      try {
        mkdirSync(join(work, 'model'));
        writeFileSync(join(work, 'model', 'config.json'), '{"hidden": 16}');
        writeFileSync(
          join(work, 'Dockerfile'),
          'FROM scratch\nCOPY model/ /models/\nENV MODEL_DIR=/models\n',
        );
        writeFileSync(
          join(work, 'model-deploy.yml'),
          'model:\n  name: repro\n  version: 1.0.0\n  artifacts: [model/*]\nimage:\n  mode: dockerfile\n  dockerfile:\n    builder: buildah\n',
        );
        const buildOnce = async (n: number) => {
          utimesSync(join(work, 'model', 'config.json'), 1_000_000 * n, 1_000_000 * n);
          const out = await runCli(['build', '--config', 'model-deploy.yml'], {
            cwd: work,
            env: {
              HOME: work,
              SOURCE_DATE_EPOCH: '0',
              BUILDAH_STORAGE_DRIVER: 'vfs',
              BUILDAH_ROOT: join(work, `root-${n}`),
              BUILDAH_RUNROOT: join(work, `runroot-${n}`),
            },
          });
          expect(out.code, out.stderr).toBe(0);
          return JSON.parse(out.stdout) as { digest: string };
        };
        const first = await buildOnce(1);
        const second = await buildOnce(2);
        expect(first.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
        expect(second.digest).toBe(first.digest);
        const inspect = JSON.parse(
          execFileSync(skopeo.path, ['inspect', `oci:${join(work, '.model-deploy', 'oci')}:1.0.0`], {
            encoding: 'utf8',
          }),
        ) as { Created: string };
        expect(inspect.Created).toBe('1970-01-01T00:00:00Z');
      } finally {
        for (const n of [1, 2]) {
          const storage = ['--storage-driver', 'vfs', '--root', join(work, `root-${n}`)];
          execFileSync(buildah.path, [...storage, '--runroot', join(work, `runroot-${n}`), 'rmi', '--all'], {
            stdio: 'ignore',
          });
        }
        rmSync(work, { recursive: true, force: true });
      }
    });
  },
);

describe.skipIf(!ready)('readImageLayers from an OCI layout', () => {
  it('yields every layer of our layout as a verified stream, and fails on a corrupted blob', async () => {
    const work = tempDir('md-layers-');
    try {
      writeModel(join(work, 'weights'));
      writeFileSync(
        join(work, 'model-deploy.yml'),
        'model:\n  name: m\n  artifacts: [weights]\nimage:\n  compress-below: 1Mi\n',
      );
      const result = await build.run(context(work), { config: 'model-deploy.yml' }, []);
      const layout = join(work, '.model-deploy', 'oci');
      const seen: string[] = [];
      for await (const layer of readImageLayers(parseReference(`oci:${layout}:latest`))) {
        const chunks: Buffer[] = [];
        for await (const c of layer.stream) chunks.push(c as Buffer);
        expect(sha256(Buffer.concat(chunks))).toBe(layer.digest);
        seen.push(layer.mediaType);
      }
      expect(result.outputs?.tags).toBe('latest');
      expect(seen).toEqual([
        'application/vnd.oci.image.layer.v1.tar+gzip',
        'application/vnd.oci.image.layer.v1.tar',
        'application/vnd.oci.image.layer.v1.tar+gzip',
      ]);
      // Flip one byte of the weights layer: reading it must fail with a digest mismatch.
      const manifest = JSON.parse(
        readFileSync(join(layout, 'blobs', 'sha256', result.outputs!.digest!.slice(7)), 'utf8'),
      ) as { layers: { digest: string }[] };
      const blob = join(layout, 'blobs', 'sha256', manifest.layers[1]!.digest.slice(7));
      const bytes = readFileSync(blob);
      bytes[1000] = bytes[1000]! ^ 0xff;
      writeFileSync(blob, bytes);
      const read = async () => {
        for await (const layer of readImageLayers(parseReference(`oci:${layout}:latest`))) {
          for await (const _ of layer.stream) {
            // drain
          }
        }
      };
      await expect(read()).rejects.toThrow(/blob digest mismatch/);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
