import { createHash } from 'node:crypto';
import { chmod, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { ConfigError, ToolError } from '../errors.js';

export const TRIVY_RELEASES = 'https://github.com/aquasecurity/trivy/releases/download';

/**
 * SHA-256 of the official release tarballs of the supported Trivy versions, from each release's
 * trivy_<version>_checksums.txt (after the March 2026 tag hijacking of trivy-action, as
 * trivy-action pins them). A version not listed needs scan.vulnerabilities.trivy.sha256.
 */
export const PINNED_TRIVY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '0.69.3': {
    'trivy_0.69.3_Linux-64bit.tar.gz': '1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75',
    'trivy_0.69.3_Linux-ARM64.tar.gz': '7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd',
    'trivy_0.69.3_macOS-64bit.tar.gz': 'fec4a9f7569b624dd9d044fca019e5da69e032700edbb1d7318972c448ec2f4e',
    'trivy_0.69.3_macOS-ARM64.tar.gz': 'a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5',
  },
};

/** Release asset name for a platform (trivy's goreleaser names). */
export function trivyAsset(
  version: string,
  platform: NodeJS.Platform = process.platform,
  arch: string = process.arch,
): string {
  const os = platform === 'darwin' ? 'macOS' : platform === 'linux' ? 'Linux' : undefined;
  const cpu = arch === 'x64' ? '64bit' : arch === 'arm64' ? 'ARM64' : undefined;
  if (!os || !cpu)
    throw new ToolError(
      `no Trivy release for ${platform}/${arch}; install trivy and pass its report with --trivy-report`,
    );
  return `trivy_${version.replace(/^v/, '')}_${os}-${cpu}.tar.gz`;
}

export interface TrivyInstallOptions {
  version: string;
  /** Expected SHA-256 of the release tarball (from the release's checksums file, checked by a human); default PINNED_TRIVY. */
  sha256?: string;
  /** Cache directory for the extracted binary. */
  dir: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  platform?: NodeJS.Platform;
  arch?: string;
}

/**
 * Downloads the pinned Trivy release, verifies the tarball's SHA-256 BEFORE extracting anything,
 * and returns the path of the binary. Tags of trivy-action/setup-trivy were hijacked in March
 * 2026, so nothing runs unless the bytes match the pinned digest.
 */
export async function installTrivy(options: TrivyInstallOptions): Promise<string> {
  const version = options.version.replace(/^v/, '');
  const asset = trivyAsset(version, options.platform, options.arch);
  const expected = (options.sha256 ?? PINNED_TRIVY[version]?.[asset])?.toLowerCase();
  if (!expected) {
    throw new ConfigError([
      {
        path: 'scan.vulnerabilities.trivy.sha256',
        message: `required to install Trivy ${version}, whose checksums are not built in (only ${Object.keys(PINNED_TRIVY).join(', ')}): set it to the SHA-256 of ${asset} from trivy_${version}_checksums.txt of the release (or pass an existing report with scan.vulnerabilities.report)`,
      },
    ]);
  }
  const home = join(options.dir, `trivy-${version}-${expected.slice(0, 16)}`);
  const binary = join(home, 'trivy');
  if (await exists(binary)) return binary;

  const url = `${(options.baseUrl ?? TRIVY_RELEASES).replace(/\/+$/, '')}/v${version}/${asset}`;
  const doFetch = options.fetch ?? fetch;
  let body: Buffer;
  try {
    const response = await doFetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    body = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw new ToolError(`cannot download Trivy from ${url}`, { cause: error });
  }
  const actual = createHash('sha256').update(body).digest('hex');
  if (actual !== expected) {
    throw new ToolError(
      `Trivy download ${url} has SHA-256 ${actual} but ${expected} is pinned; refusing to run it. If the release was re-published, verify it before changing scan.vulnerabilities.trivy.sha256`,
    );
  }
  const program = await extractBinary(body, 'trivy');
  if (!program) throw new ToolError(`${asset} has no "trivy" binary`);
  await mkdir(home, { recursive: true });
  const partial = `${binary}.partial-${process.pid}`;
  await writeFile(partial, program, { mode: 0o755 });
  await chmod(partial, 0o755);
  await rename(partial, binary).catch(async (error) => {
    await rm(partial, { force: true });
    throw error;
  });
  return binary;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function extractBinary(tgz: Buffer, name: string): Promise<Buffer | undefined> {
  const extract = tar.extract();
  Readable.from([tgz]).pipe(createGunzip()).pipe(extract);
  let found: Buffer | undefined;
  for await (const entry of extract) {
    if (entry.header.name.replace(/^\.\//, '') === name && entry.header.type === 'file') {
      const parts: Buffer[] = [];
      for await (const chunk of entry) parts.push(chunk as Buffer);
      found = Buffer.concat(parts);
    } else entry.resume();
  }
  return found;
}
