import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { InputError } from '../errors.js';

/** `PATH` or `PATH:WEIGHT` (the weight is the text after the last colon when it is a number). */
export function parseInputArg(arg: string): { path: string; weight?: number } {
  const m = /^(.+):([^:]*)$/.exec(arg);
  if (m && /^\s*[+]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(m[2]!)) {
    const weight = Number(m[2]);
    if (!(weight > 0 && Number.isFinite(weight))) {
      throw new InputError(`--input ${arg}: the weight after ":" must be a positive number`);
    }
    return { path: m[1]!, weight };
  }
  return { path: arg };
}

/**
 * Expands globs against `dir` into sorted file paths (relative to `dir` when the pattern is); a
 * pattern without glob characters must name an existing file; a glob must match something.
 */
export function expandInputs(patterns: string[], dir: string, what: string): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) {
      out.push(pattern);
      continue;
    }
    const baseDir = resolve(dir, scan.base || '.');
    const isMatch = picomatch(scan.glob, { dot: false });
    let entries: string[];
    try {
      entries = readdirSync(baseDir, { recursive: true, encoding: 'utf8' });
    } catch (error) {
      throw new InputError(
        `${what}: ${pattern}: cannot list ${baseDir} (${(error as NodeJS.ErrnoException).code})`,
        {
          cause: error,
        },
      );
    }
    const matched = entries
      .map((e) => e.split('\\').join('/'))
      .filter((e) => isMatch(e) && statSync(join(baseDir, e)).isFile())
      .sort()
      .map((e) => {
        const full = join(baseDir, e);
        return isAbsolute(pattern) ? full : relative(dir, full);
      });
    if (matched.length === 0) throw new InputError(`${what}: ${pattern} matches no file under ${baseDir}`);
    out.push(...matched);
  }
  const seen = new Set<string>();
  for (const p of out) {
    const key = resolve(dir, p);
    if (seen.has(key))
      throw new InputError(`${what}: ${p} is given twice; each client checkpoint counts once`);
    seen.add(key);
  }
  return out;
}
