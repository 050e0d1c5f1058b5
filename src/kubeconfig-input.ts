import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface KubeconfigFile {
  path: string;
  /** Removes the file if we wrote it. */
  dispose(): void;
}

/**
 * The kubeconfig input is either a path to a file or the file's contents (YAML, or base64 of it).
 * Contents are written with mode 0600 under RUNNER_TEMP and removed at the end of the step.
 */
export function materializeKubeconfig(
  value: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): KubeconfigFile | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (!trimmed.includes('\n') && existsSync(resolve(cwd, trimmed))) {
    return { path: resolve(cwd, trimmed), dispose() {} };
  }
  const contents =
    /^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(':')
      ? Buffer.from(trimmed, 'base64').toString('utf8')
      : trimmed;
  const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'model-deploy-kube-'));
  const path = join(dir, 'config');
  writeFileSync(path, contents, { mode: 0o600 });
  return {
    path,
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
