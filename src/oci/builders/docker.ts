import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ToolError } from '../../errors.js';
import { isDigest } from '../digest.js';
import { type BuildResult, type BuildSpec, type ImageBuilder, pairs } from './builder.js';
import { exec as defaultExec, type Exec, run } from './exec.js';

/** `docker buildx build` argv for a spec; `metadataFile` receives containerimage.digest. */
export function buildxArgs(spec: BuildSpec, metadataFile: string): string[] {
  const first = spec.tags[0] ?? '';
  const layout = first.startsWith('oci:') ? /^oci:(.*?)(?::([^:/]+))?$/.exec(first) : null;
  const epoch = spec.sourceDateEpoch;
  const buildArgs =
    epoch === undefined ? spec.buildArgs : { SOURCE_DATE_EPOCH: String(epoch), ...spec.buildArgs };
  // rewrite-timestamp sets every file's mtime in the layers to SOURCE_DATE_EPOCH (BuildKit ≥ 0.13).
  const rewrite = epoch === undefined ? '' : ',rewrite-timestamp=true';
  const args = ['buildx', 'build', '--file', spec.dockerfile];
  if (!layout) for (const tag of spec.tags) args.push('--tag', tag);
  args.push(...pairs('--label', spec.labels), ...pairs('--build-arg', buildArgs));
  if (spec.target) args.push('--target', spec.target);
  if (spec.platforms?.length) args.push('--platform', spec.platforms.join(','));
  args.push('--metadata-file', metadataFile);
  if (layout)
    args.push('--output', `type=oci,dest=${layout[1]},tar=false,name=${layout[2] ?? 'latest'}${rewrite}`);
  else if (rewrite)
    args.push('--output', spec.push ? `type=image,push=true${rewrite}` : `type=docker${rewrite}`);
  else if (spec.push) args.push('--push');
  else args.push('--load');
  args.push(spec.context);
  return args;
}

/** Docker with the buildx plugin (GitHub-hosted runners). */
export class DockerBuilder implements ImageBuilder {
  readonly name = 'docker';
  readonly #exec: Exec;
  readonly #docker: string;

  constructor(opts: { exec?: Exec; docker?: string } = {}) {
    this.#exec = opts.exec ?? defaultExec;
    this.#docker = opts.docker ?? 'docker';
  }

  async available(): Promise<boolean> {
    try {
      return (await this.#exec(this.#docker, ['buildx', 'version'])).exitCode === 0;
    } catch {
      return false;
    }
  }

  async build(spec: BuildSpec, log: (line: string) => void): Promise<BuildResult> {
    const dir = await mkdtemp(join(tmpdir(), 'model-deploy-buildx-'));
    try {
      const metadata = join(dir, 'metadata.json');
      await run(this.#exec, this.#docker, buildxArgs(spec, metadata), {
        what: 'docker buildx build',
        onLine: log,
      });
      const parsed = JSON.parse(await readFile(metadata, 'utf8')) as Record<string, unknown>;
      const digest = parsed['containerimage.digest'];
      if (spec.push && (typeof digest !== 'string' || !isDigest(digest))) {
        throw new ToolError('docker buildx build did not report containerimage.digest in its metadata file');
      }
      return {
        digest: typeof digest === 'string' && isDigest(digest) ? digest : undefined,
        image: spec.tags[0] ?? '',
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
