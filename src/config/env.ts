import { type Document, isPair, isScalar, isSeq, visit } from 'yaml';
import type { PathSegment } from './positions.js';

export interface EnvIssue {
  path: PathSegment[];
  message: string;
}

export interface Substitution {
  issues: EnvIssue[];
  /** Values substituted from variables whose names look secret: to mask wherever the config is shown. */
  secrets: string[];
}

const REF = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** Variable names whose values are credentials: never written into an image, masked when shown. */
const SECRET_NAME =
  /TOKEN|SECRET|PASSW(OR)?D|PASSPHRASE|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|AUTH|COOKIE|SESSION|(^|_)(PAT|KEY|PASS|PWD)$/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * Shell text run by `/bin/sh -c`. Values are never spliced into it (a branch name such as
 * `x";touch${IFS}PWNED;echo"` would run): the shell expands `${VAR}` itself from the environment
 * the command gets. Only `$$` is turned into `$`, as everywhere else in the file.
 */
function isShellField(path: readonly PathSegment[]): boolean {
  return (
    (path.length === 2 && path[0] === 'evaluate' && path[1] === 'command') ||
    (path.length === 4 && path[0] === 'pipeline' && path[1] === 'tasks' && path[3] === 'run')
  );
}

function isLabel(path: readonly PathSegment[]): boolean {
  return path.length === 3 && path[0] === 'image' && path[1] === 'labels';
}

/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string scalar; `$$` is a literal `$`.
 * Shell fields keep their references for the shell; labels refuse secret-looking variables,
 * since labels are published with the image.
 */
export function substituteEnv(doc: Document, env: NodeJS.ProcessEnv): Substitution {
  const issues: EnvIssue[] = [];
  const secrets = new Set<string>();
  visit(doc, {
    Scalar(_key, node, ancestry) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('$')) return;
      const path = pathOf(ancestry, node);
      if (isShellField(path)) {
        node.value = node.value.replace(REF, (whole) => (whole === '$$' ? '$' : whole));
        return;
      }
      node.value = node.value.replace(
        REF,
        (whole, name: string | undefined, fallback: string | undefined) => {
          if (whole === '$$') return '$';
          if (isLabel(path) && isSecretName(name!)) {
            issues.push({
              path,
              message: `\${${name}} looks like a secret, and image labels are published with the image (and printed by validate): remove it from the label`,
            });
            return whole;
          }
          const v = env[name!];
          if (v !== undefined && v !== '') {
            if (isSecretName(name!)) secrets.add(v);
            return v;
          }
          if (fallback !== undefined) return fallback;
          issues.push({
            path,
            message: `environment variable ${name} is not set: export it, give a default with \${${name}:-value}, or write $$ for a literal $`,
          });
          return whole;
        },
      );
    },
  });
  return { issues, secrets: [...secrets] };
}

const SHELL_REF = /\$\{([A-Za-z_][A-Za-z0-9_]*)/g;

/**
 * `NAME=value` for each `${NAME}` in shell text (what the loader used to substitute), sorted: what
 * the command does depends on them, so its cache key includes them.
 */
export function shellReferences(text: string, env: NodeJS.ProcessEnv): string {
  const names = new Set<string>();
  for (const m of text.matchAll(SHELL_REF)) names.add(m[1]!);
  return [...names]
    .sort()
    .filter((n) => env[n] !== undefined)
    .map((n) => `${n}=${env[n]}`)
    .join('\0');
}

function pathOf(ancestry: readonly unknown[], node: unknown): PathSegment[] {
  const chain = [...ancestry, node];
  const path: PathSegment[] = [];
  for (let i = 0; i < chain.length - 1; i++) {
    const a = chain[i];
    const next = chain[i + 1];
    if (isSeq(a)) path.push(a.items.indexOf(next as never));
    else if (isPair(a) && isScalar(a.key)) path.push(String(a.key.value));
  }
  return path;
}
