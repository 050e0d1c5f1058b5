import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';
import { commonDir } from '../oci/files.js';
import { decodeRecord, type EvaluationRecord, writeAtomic } from './baseline.js';

/** Directories never searched for model or dataset files. */
const SKIP = new Set(['.git', 'node_modules', '.model-deploy']);

/** Files under `root` matching any of the globs, as sorted posix paths relative to root. */
export function matchFiles(root: string, globs: string[]): string[] {
  if (globs.length === 0) return [];
  const isMatch = picomatch(globs, { dot: true });
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(full);
      } else if (entry.isFile()) {
        const rel = relative(root, full).split(sep).join('/');
        if (isMatch(rel)) out.push(rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

/** The deepest directory holding every matched file (MODEL_DIR for `artifacts: [model/*]` is `model`). */
export function commonDirectory(root: string, files: string[]): string {
  return join(root, commonDir(files).replace(/\/$/, ''));
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** sha256 over (path, sha256 of content) of every matching file; throws when a glob matches nothing. */
export async function hashFiles(root: string, globs: string[], what: string): Promise<string> {
  const files = matchFiles(root, globs);
  if (files.length === 0) {
    throw new InputError(
      `${what}: ${globs.join(', ')} matched no files under ${root}; check the globs (relative to the config file)`,
    );
  }
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f}\0${await sha256File(join(root, f))}\n`);
  return `sha256:${hash.digest('hex')}`;
}

/** Key of one evaluation result: an unchanged model, dataset and command reuse the result. */
export function resultKey(parts: {
  model: string;
  dataset: string;
  command: string;
  metrics: string;
  samples?: string;
}): string {
  return createHash('sha256')
    .update(JSON.stringify([parts.model, parts.dataset, parts.command, parts.metrics, parts.samples ?? '']))
    .digest('hex');
}

/** Evaluation results by key in a local directory: `<dir>/<key>.json`. */
export class ResultCache {
  constructor(private readonly dir: string) {}

  get(key: string): EvaluationRecord | undefined {
    const file = join(this.dir, `${key}.json`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const record = decodeRecord(text, file);
    return record.key === key ? record : undefined;
  }

  put(record: EvaluationRecord): void {
    writeAtomic(join(this.dir, `${record.key}.json`), JSON.stringify(record));
  }
}
