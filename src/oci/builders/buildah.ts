import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { ToolError } from '../../errors.js';
import type { Credentials } from '../auth.js';
import { isDigest } from '../digest.js';
import { type BuildResult, type BuildSpec, type ImageBuilder, pairs } from './builder.js';
import { exec as defaultExec, type Exec, run } from './exec.js';

/** Where buildah keeps images; vfs + chroot run without a daemon, fuse or user namespaces (CI, containers). */
export interface BuildahStorage {
  driver?: string;
  root?: string;
  runroot?: string;
  isolation?: 'chroot' | 'oci' | 'rootless';
}

export function buildahGlobalArgs(storage: BuildahStorage): string[] {
  const args: string[] = [];
  if (storage.driver) args.push('--storage-driver', storage.driver);
  if (storage.root) args.push('--root', storage.root);
  if (storage.runroot) args.push('--runroot', storage.runroot);
  return args;
}

/** `buildah bud` argv (after the global flags). */
export function budArgs(
  spec: BuildSpec,
  storage: BuildahStorage,
  iidfile: string,
  authfile?: string,
): string[] {
  const args = ['bud', '--file', spec.dockerfile, '--iidfile', iidfile];
  if (storage.isolation) args.push('--isolation', storage.isolation);
  if (spec.sourceDateEpoch !== undefined) args.push('--timestamp', String(spec.sourceDateEpoch));
  const local = spec.tags[0]?.startsWith('oci:') ? [] : spec.tags;
  for (const tag of local) args.push('--tag', tag);
  args.push(...pairs('--label', spec.labels), ...pairs('--build-arg', spec.buildArgs));
  if (spec.target) args.push('--target', spec.target);
  if (spec.platforms?.length) args.push('--platform', spec.platforms.join(','));
  if (spec.insecureRegistries) args.push('--tls-verify=false');
  if (authfile) args.push('--authfile', authfile);
  args.push(spec.context);
  return args;
}

/** `buildah push` argv: image id to a registry (`docker://`) or an OCI layout (`oci:DIR:TAG`). */
export function pushArgs(
  imageId: string,
  destination: string,
  digestfile: string,
  spec: BuildSpec,
  authfile?: string,
): string[] {
  const dest = destination.startsWith('oci:') ? destination : `docker://${destination}`;
  const args = ['push', '--digestfile', digestfile];
  if (spec.insecureRegistries && !destination.startsWith('oci:')) args.push('--tls-verify=false');
  if (authfile) args.push('--authfile', authfile);
  args.push(imageId, dest);
  return args;
}

/** buildah: daemonless builds (Debian/Ubuntu package; GitHub's Ubuntu runners have it). */
export class BuildahBuilder implements ImageBuilder {
  readonly name = 'buildah';
  readonly #exec: Exec;
  readonly #bin: string;
  readonly #storage: BuildahStorage;
  readonly #credentials: ((registry: string) => Credentials | undefined) | undefined;

  constructor(
    opts: {
      exec?: Exec;
      buildah?: string;
      storage?: BuildahStorage;
      credentials?: (registry: string) => Credentials | undefined;
    } = {},
  ) {
    this.#exec = opts.exec ?? defaultExec;
    this.#bin = opts.buildah ?? 'buildah';
    this.#storage = opts.storage ?? { isolation: 'chroot' };
    this.#credentials = opts.credentials;
  }

  async available(): Promise<boolean> {
    try {
      return (await this.#exec(this.#bin, ['--version'])).exitCode === 0;
    } catch {
      return false;
    }
  }

  async build(spec: BuildSpec, log: (line: string) => void): Promise<BuildResult> {
    const dir = await mkdtemp(join(tmpdir(), 'model-deploy-buildah-'));
    try {
      const authfile = await this.#authfile(spec, dir);
      const iidfile = join(dir, 'iid');
      const global = buildahGlobalArgs(this.#storage);
      await run(this.#exec, this.#bin, [...global, ...budArgs(spec, this.#storage, iidfile, authfile)], {
        what: 'buildah bud',
        onLine: log,
      });
      const imageId = (await readFile(iidfile, 'utf8')).trim();
      const first = spec.tags[0];
      if (!spec.push || !first) return { digest: undefined, image: first ?? imageId };
      let digest: string | undefined;
      for (const tag of spec.tags) {
        const digestfile = join(dir, 'digest');
        // buildah creates the layout directory but not its parents (.model-deploy/oci on a first build).
        const layout = /^oci:(.*?)(?::[^:/]+)?$/.exec(tag)?.[1];
        if (layout) await mkdir(dirname(resolve(layout)), { recursive: true });
        await run(this.#exec, this.#bin, [...global, ...pushArgs(imageId, tag, digestfile, spec, authfile)], {
          what: `buildah push ${tag}`,
          onLine: log,
        });
        digest ??= (await readFile(digestfile, 'utf8')).trim();
      }
      if (!digest || !isDigest(digest)) throw new ToolError(`buildah push wrote no digest for ${first}`);
      return { digest, image: first };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** Credentials go to a 0600 auth file, never into argv (visible in ps and logs). */
  async #authfile(spec: BuildSpec, dir: string): Promise<string | undefined> {
    if (!this.#credentials) return undefined;
    const auths: Record<string, { auth: string }> = {};
    for (const tag of spec.tags) {
      if (tag.startsWith('oci:')) continue;
      const registry = tag.split('/')[0] ?? '';
      const c = this.#credentials(registry);
      if (c) auths[registry] = { auth: Buffer.from(`${c.username}:${c.password}`).toString('base64') };
    }
    if (Object.keys(auths).length === 0) return undefined;
    const file = join(dir, 'auth.json');
    await writeFile(file, JSON.stringify({ auths }), { mode: 0o600 });
    await chmod(file, 0o600);
    return file;
  }
}
