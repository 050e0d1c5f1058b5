/**
 * A JSONPath-like pick: `$`, `$.data.value`, `$.items[0].score`, `$.items[*].score`, `$['a.b']`.
 * Returns every value reached (a `[*]` fans out); a missing key reaches nothing.
 */
export function pick(document: unknown, path: string): unknown[] {
  const segments = parsePath(path);
  let current: unknown[] = [document];
  for (const seg of segments) {
    const next: unknown[] = [];
    for (const value of current) {
      if (seg === '*') {
        if (Array.isArray(value)) next.push(...value);
        else if (value && typeof value === 'object') next.push(...Object.values(value));
      } else if (typeof seg === 'number') {
        if (Array.isArray(value)) {
          const item = value[seg < 0 ? value.length + seg : seg];
          if (item !== undefined) next.push(item);
        }
      } else if (value && typeof value === 'object' && !Array.isArray(value) && seg in value) {
        next.push((value as Record<string, unknown>)[seg]);
      }
    }
    current = next;
  }
  return current;
}

export class PickError extends Error {}

function parsePath(path: string): (string | number)[] {
  const p = path.trim();
  if (!p.startsWith('$')) throw new PickError(`pick "${path}" must start with $ (e.g. $.data.value)`);
  const out: (string | number)[] = [];
  let i = 1;
  while (i < p.length) {
    if (p[i] === '.') {
      const m = /^\.([A-Za-z_$][\w$-]*|\*)/.exec(p.slice(i));
      if (!m) throw new PickError(`pick "${path}": expected a key after "." at ${i + 1}`);
      out.push(m[1]!);
      i += m[0].length;
    } else if (p[i] === '[') {
      const m = /^\[\s*(?:(-?\d+)|\*|'([^']*)'|"([^"]*)")\s*\]/.exec(p.slice(i));
      if (!m) throw new PickError(`pick "${path}": expected [n], [*] or ['key'] at ${i + 1}`);
      out.push(m[1] !== undefined ? Number(m[1]) : (m[2] ?? m[3] ?? '*'));
      i += m[0].length;
    } else {
      throw new PickError(`pick "${path}": unexpected "${p[i]}" at ${i + 1}`);
    }
  }
  return out;
}

/** Numbers from picked values: numbers, numeric strings, booleans as 1/0, arrays flattened; null reaches nothing. */
export function toNumbers(values: readonly unknown[]): number[] | { error: string } {
  const out: number[] = [];
  for (const v of values) {
    if (Array.isArray(v)) {
      const inner = toNumbers(v);
      if (!Array.isArray(inner)) return inner;
      out.push(...inner);
    } else if (typeof v === 'number') out.push(v);
    else if (typeof v === 'boolean') out.push(v ? 1 : 0);
    else if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) out.push(Number(v));
    else if (typeof v === 'string' && /^[+-]?(NaN|Inf)$/.test(v))
      out.push(v.includes('NaN') ? Number.NaN : v.startsWith('-') ? -Infinity : Infinity);
    else if (v !== null && v !== undefined)
      return { error: `picked ${typeof v === 'object' ? 'an object' : JSON.stringify(v)}, not a number` };
  }
  return out;
}
