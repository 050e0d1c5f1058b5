import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isPair, isScalar, parseDocument, visit } from 'yaml';

export interface KubeconfigFile {
  path: string;
  /** Removes the file if we wrote it. */
  dispose(): void;
}

/** The input's kubeconfig text (YAML, base64 of it decoded), or undefined when it is a path to a file. */
export function kubeconfigContents(value: string, cwd: string): string | undefined {
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  if (!trimmed.includes('\n') && existsSync(resolve(cwd, trimmed))) return undefined;
  return /^[A-Za-z0-9+/=\s]+$/.test(trimmed) && !trimmed.includes(':')
    ? Buffer.from(trimmed, 'base64').toString('utf8')
    : trimmed;
}

const SECRET_KEY = /token|password|secret|key-data|certificate-data|^data$/i;

/**
 * Values in kubeconfig text that must never reach a log: tokens, passwords, client keys and
 * certificates, auth-provider secrets. Read from the YAML whatever form the input came in.
 */
export function kubeconfigSecrets(contents: string): string[] {
  const secrets = new Set<string>();
  const doc = parseDocument(contents, { prettyErrors: false });
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !isScalar(pair.value)) return;
      const value = pair.value.value;
      if (SECRET_KEY.test(String(pair.key.value)) && typeof value === 'string' && value.trim())
        secrets.add(value.trim());
    },
  });
  // Text the YAML parser could not read (a broken kubeconfig) still gets its `key: value` lines masked.
  for (const line of contents.split('\n')) {
    const m = /^\s*-?\s*["']?([\w-]+)["']?\s*:\s*["']?([^"'\s#][^"'#]*?)["']?\s*$/.exec(line);
    if (m && SECRET_KEY.test(m[1]!)) secrets.add(m[2]!);
  }
  return [...secrets];
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
  const contents = kubeconfigContents(trimmed, cwd);
  if (contents === undefined) return { path: resolve(cwd, trimmed), dispose() {} };
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
