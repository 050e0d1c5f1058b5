import { type Document, isPair, isScalar, isSeq, visit } from 'yaml';
import type { PathSegment } from './positions.js';

export interface EnvIssue {
  path: PathSegment[];
  message: string;
}

const REF = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/** Replaces `${VAR}` and `${VAR:-default}` in every string scalar; `$$` is a literal `$`. */
export function substituteEnv(doc: Document, env: NodeJS.ProcessEnv): EnvIssue[] {
  const issues: EnvIssue[] = [];
  visit(doc, {
    Scalar(_key, node, ancestry) {
      if (!isScalar(node) || typeof node.value !== 'string' || !node.value.includes('$')) return;
      const path = pathOf(ancestry, node);
      node.value = node.value.replace(
        REF,
        (whole, name: string | undefined, fallback: string | undefined) => {
          if (whole === '$$') return '$';
          const v = env[name!];
          if (v !== undefined && v !== '') return v;
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
  return issues;
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
