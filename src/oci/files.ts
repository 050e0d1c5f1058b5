import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';

/** One model file as it goes into the image: where it is on disk and its path under MODEL_DIR. */
export interface ModelFile {
  path: string;
  /** Relative POSIX path inside the model directory. */
  name: string;
  size: number;
  mode: number;
}

/**
 * Expands model.artifacts (files, directories, globs relative to `dir`) into files sorted by
 * name, named relative to the deepest directory holding all of them. A pattern that matches
 * nothing is an error naming it.
 */
export function resolveModelFiles(patterns: string[], dir: string): ModelFile[] {
  const byName = new Map<string, ModelFile>();
  let all: string[] | undefined;
  patterns.forEach((pattern, i) => {
    const matched: string[] = [];
    if (picomatch.scan(pattern).isGlob) {
      all ??= walk(dir, dir);
      const isMatch = picomatch(pattern, { dot: false });
      matched.push(...all.filter((f) => isMatch(f)));
    } else {
      const abs = resolve(dir, pattern);
      const rel = relative(dir, abs).split(sep).join('/');
      if (rel.startsWith('..')) {
        throw new InputError(`model.artifacts[${i}]: "${pattern}" is outside the config directory ${dir}`);
      }
      let st: ReturnType<typeof statSync>;
      try {
        st = statSync(abs);
      } catch {
        throw new InputError(`model.artifacts[${i}]: "${pattern}" does not exist (relative to ${dir})`);
      }
      if (st.isDirectory()) matched.push(...walk(abs, dir));
      else matched.push(rel);
    }
    if (matched.length === 0)
      throw new InputError(`model.artifacts[${i}]: "${pattern}" matches no file in ${dir}`);
    for (const name of matched) {
      const path = join(dir, name);
      const st = statSync(path);
      byName.set(name, { path, name, size: st.size, mode: st.mode & 0o111 ? 0o755 : 0o644 });
    }
  });
  // MODEL_DIR is the directory holding the model: `artifacts: [model/*]` puts model/config.json
  // at $MODEL_DIR/config.json, as `evaluate` sets MODEL_DIR to the same common directory locally.
  const common = commonDir([...byName.keys()]);
  const files = [...byName.values()].map((f) => ({ ...f, name: f.name.slice(common.length) }));
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The deepest directory (POSIX, with a trailing slash; '' for none) holding every one of `names`. */
export function commonDir(names: string[]): string {
  if (names.length === 0) return '';
  let parts = names[0]!.split('/').slice(0, -1);
  for (const name of names.slice(1)) {
    const dirs = name.split('/').slice(0, -1);
    let i = 0;
    while (i < parts.length && i < dirs.length && parts[i] === dirs[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.length ? `${parts.join('/')}/` : '';
}

function walk(root: string, base: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(root, entry.name);
    if (entry.isDirectory()) out.push(...walk(full, base));
    else if (entry.isFile()) out.push(relative(base, full).split(sep).join('/'));
  }
  return out;
}
