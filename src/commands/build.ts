import { resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { InputError } from '../errors.js';
import type { Credentials } from '../oci/auth.js';
import { loadBaseImage } from '../oci/base.js';
import { BuildahBuilder } from '../oci/builders/buildah.js';
import type { ImageBuilder } from '../oci/builders/builder.js';
import { chooseBuilder } from '../oci/builders/detect.js';
import { DockerBuilder } from '../oci/builders/docker.js';
import { exec } from '../oci/builders/exec.js';
import { findCredentials } from '../oci/credentials.js';
import { resolveModelFiles } from '../oci/files.js';
import { type BuildFacts, imageLabels, imageTags, sourceDateEpoch, sourceUrl } from '../oci/metadata.js';
import { packModel } from '../oci/pack.js';
import { pushImage } from '../oci/push.js';
import { formatReference, type ImageRef, parseReference } from '../oci/reference.js';
import { RegistryClient } from '../oci/registry.js';
import { imageSummary } from '../oci/summary.js';
import { type ImageTarget, LayoutTarget, RegistryTarget } from '../oci/target.js';
import { code, escapeMarkdown } from '../report/markdown.js';
import { type CommandContext, defineCommand, listOption, stringOption } from './command.js';

export default defineCommand({
  name: 'build',
  summary:
    'build the model image: pack model files as OCI layers (no daemon) or build a Dockerfile, and push it',
  options: {
    tag: { type: 'string', multiple: true, value: 'TAG', description: 'extra tag' },
    repository: {
      type: 'string',
      value: 'REPO',
      description: 'override image.repository (e.g. ghcr.io/org/model)',
    },
  },
  help: [
    'Without image.repository the image goes to the OCI layout in image.layout (oci:DIR:TAG).',
    'Credentials: registry-username/registry-password inputs, else ~/.docker/config.json (docker login).',
    'Reproducible: tar entries have uid/gid 0 and mtime SOURCE_DATE_EPOCH (or 0); same files, same digest.',
    'Dockerfile builds too: buildah --timestamp / buildx rewrite-timestamp with SOURCE_DATE_EPOCH (or 0).',
    'Outputs: digest, image (REF@DIGEST), tags.',
  ].join('\n'),
  async run(ctx, options) {
    const { config, dir } = loadConfig(stringOption(options, 'config') ?? 'model-deploy.yml', {
      cwd: ctx.cwd,
      env: ctx.env,
    });
    const image = config.image;
    const facts = await buildFacts(ctx, config, dir, listOption(options, 'tag'));
    const tags = imageTags(facts);
    const labels = imageLabels(facts);
    const repository = stringOption(options, 'repository') ?? image.repository;
    const destination: ImageRef = repository
      ? parseReference(repository, 'image.repository')
      : { kind: 'layout', dir: resolve(dir, image.layout) };
    if (destination.tag || destination.digest) {
      throw new InputError(
        `image.repository "${repository}" must not carry a tag or digest; put tags in image.tags`,
      );
    }
    const credentialsFor = (registry: string): Credentials | undefined =>
      findCredentials(registry, {
        ...(ctx.registryAuth ? { explicit: ctx.registryAuth } : {}),
        env: ctx.env,
        log: ctx.log,
      });

    if (image.mode === 'dockerfile') {
      return buildDockerfile(ctx, config, dir, {
        destination,
        tags,
        labels,
        credentialsFor,
        epoch: facts.epoch,
      });
    }

    const files = resolveModelFiles(config.model.artifacts, dir);
    const clientOptions = {
      chunkSize: image['chunk-size'],
      maxSockets: image.concurrency + 2,
      log: { debug: (m: string) => ctx.log.debug(m), info: (m: string) => ctx.log.info(m) },
      signal: ctx.signal,
    };
    const base =
      image.base && image.artifact === 'image'
        ? await ctx.log.group(`Base image ${image.base}`, async () => {
            const baseRef = parseReference(image.base!, 'image.base');
            const credentials = baseRef.kind === 'registry' ? credentialsFor(baseRef.registry) : undefined;
            return loadBaseImage(image.base!, { ...clientOptions, ...(credentials ? { credentials } : {}) });
          })
        : undefined;
    try {
      const packed = await ctx.log.group(`Pack ${files.length} model file(s) as ${image.artifact}`, () =>
        packModel({
          files,
          artifact: image.artifact,
          modelDir: image['model-dir'],
          compressBelow: image['compress-below'],
          epoch: facts.epoch,
          labels,
          model: config.model,
          concurrency: image.concurrency,
          ...(base ? { base } : {}),
        }),
      );
      const name = formatReference(destination);
      const summaryHead = imageSummary({
        name,
        digest: packed.digest,
        artifact: image.artifact,
        tags,
        layers: packed.layers,
      });
      if (ctx.dryRun || !image.push) {
        ctx.log.info(
          `${ctx.dryRun ? 'dry run' : 'image.push is false'}: packed ${packed.digest}, nothing written`,
        );
        return {
          outputs: { digest: packed.digest, image: `${name}@${packed.digest}`, tags: tags.join(',') },
          summary: summaryHead,
          stdout: JSON.stringify(
            { digest: packed.digest, image: `${name}@${packed.digest}`, tags, pushed: false },
            null,
            2,
          ),
        };
      }
      let target: ImageTarget;
      let client: RegistryClient | undefined;
      if (destination.kind === 'registry') {
        const credentials = credentialsFor(destination.registry);
        client = RegistryClient.for(destination, {
          ...clientOptions,
          ...(credentials ? { credentials } : {}),
        });
        target = new RegistryTarget(destination, client);
      } else target = await LayoutTarget.open(destination);
      try {
        const result = await ctx.log.group(`Push ${name} (${tags.join(', ')})`, () =>
          pushImage(target, packed, { tags, concurrency: image.concurrency, info: (l) => ctx.log.info(l) }),
        );
        const uploaded = result.outcomes.filter((o) => o.outcome === 'uploaded').length;
        ctx.log.info(
          `pushed ${name}@${result.digest}: ${uploaded} blob(s) sent (${result.bytesSent} bytes), ${result.outcomes.length - uploaded} already there or mounted`,
        );
        const ref = `${name}@${result.digest}`;
        return {
          outputs: { digest: result.digest, image: ref, tags: tags.join(',') },
          summary: `${summaryHead}\nSent ${result.bytesSent} bytes; ${result.outcomes.length - uploaded} blob(s) skipped or mounted.\n`,
          stdout: JSON.stringify(
            { digest: result.digest, image: ref, tags, bytesSent: result.bytesSent, pushed: true },
            null,
            2,
          ),
        };
      } finally {
        client?.close();
      }
    } finally {
      base?.close();
    }
  },
});

async function buildDockerfile(
  ctx: CommandContext,
  config: Config,
  dir: string,
  opts: {
    destination: ImageRef;
    tags: string[];
    labels: Record<string, string>;
    credentialsFor: (r: string) => Credentials | undefined;
    /** SOURCE_DATE_EPOCH (0 when unset), as for model images. */
    epoch: number;
  },
) {
  const df = config.image.dockerfile ?? {
    path: 'Dockerfile',
    context: '.',
    builder: 'auto' as const,
    'build-args': {},
  };
  const name = formatReference(opts.destination);
  const refs = opts.tags.map((t) =>
    opts.destination.kind === 'layout' ? `oci:${opts.destination.dir}:${t}` : `${name}:${t}`,
  );
  const insecure = opts.destination.kind === 'registry' && opts.destination.scheme === 'http';
  const builders: ImageBuilder[] = [
    new DockerBuilder({ exec }),
    new BuildahBuilder({ exec, credentials: opts.credentialsFor, storage: buildahStorage(ctx.env) }),
  ];
  const builder = await chooseBuilder(df.builder, builders);
  const spec = {
    context: resolve(dir, df.context),
    dockerfile: resolve(dir, df.context, df.path),
    tags: refs,
    labels: opts.labels,
    buildArgs: df['build-args'],
    ...(df.target ? { target: df.target } : {}),
    ...(df.platforms ? { platforms: df.platforms } : {}),
    push: config.image.push && !ctx.dryRun,
    insecureRegistries: insecure,
    sourceDateEpoch: opts.epoch,
  };
  const result = await ctx.log.group(`Build ${df.path} with ${builder.name}`, () =>
    builder.build(spec, (l) => ctx.log.info(l)),
  );
  const image = result.digest ? `${name}@${result.digest}` : (refs[0] ?? name);
  return {
    outputs: { digest: result.digest ?? '', image, tags: opts.tags.join(',') },
    summary: `### Image ${escapeMarkdown(name)}\n\nBuilt ${code(df.path)} with ${builder.name}${result.digest ? `, digest ${code(result.digest)}` : ' (not pushed)'}\n`,
    stdout: JSON.stringify(
      { digest: result.digest ?? null, image, tags: opts.tags, builder: builder.name },
      null,
      2,
    ),
  };
}

/** BUILDAH_STORAGE_DRIVER / BUILDAH_ROOT / BUILDAH_RUNROOT / BUILDAH_ISOLATION (default chroot). */
function buildahStorage(env: NodeJS.ProcessEnv) {
  const isolation = (env.BUILDAH_ISOLATION ?? 'chroot') as 'chroot' | 'oci' | 'rootless';
  return {
    isolation,
    ...(env.BUILDAH_STORAGE_DRIVER ? { driver: env.BUILDAH_STORAGE_DRIVER } : {}),
    ...(env.BUILDAH_ROOT ? { root: env.BUILDAH_ROOT } : {}),
    ...(env.BUILDAH_RUNROOT ? { runroot: env.BUILDAH_RUNROOT } : {}),
  };
}

async function buildFacts(
  ctx: CommandContext,
  config: Config,
  dir: string,
  extraTags: string[],
): Promise<BuildFacts> {
  const git = async (...args: string[]) => {
    try {
      const r = await exec('git', args, { cwd: dir });
      return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
    } catch {
      return undefined;
    }
  };
  const env = ctx.env;
  const revision = env.GITHUB_SHA || (await git('rev-parse', 'HEAD'));
  const ref =
    env.GITHUB_REF ||
    (await git('describe', '--tags', '--exact-match').then((t) => (t ? `refs/tags/${t}` : undefined)));
  const remote = env.GITHUB_REPOSITORY
    ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}`
    : await git('remote', 'get-url', 'origin');
  return {
    model: config.model,
    ...(ref ? { ref } : {}),
    ...(revision ? { revision } : {}),
    ...(remote ? { source: sourceUrl(remote) } : {}),
    epoch: sourceDateEpoch(env.SOURCE_DATE_EPOCH),
    configTags: config.image.tags,
    extraTags,
    labels: config.image.labels,
  };
}
