/**
 * Cutting markdown to a size without breaking it: a cut falls between blocks, never inside a
 * table row, a `<details>` element or a code fence, and a table is never left without its rows.
 */

/** One piece that is kept or dropped whole. */
interface Unit {
  text: string;
  kind: 'line' | 'block' | 'table-head' | 'table-row';
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function fenceEnds(line: string, open: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return !!m && m[1]![0] === open[0] && m[1]!.length >= open.length;
}

/** Lines from `start` through the end of the fence opened there. */
function fenceEnd(lines: string[], start: number): number {
  const open = FENCE.exec(lines[start]!)![1]!;
  for (let i = start + 1; i < lines.length; i++) if (fenceEnds(lines[i]!, open)) return i;
  return lines.length - 1;
}

/** Lines from `start` through the `</details>` that closes the one opened there (fences skipped). */
function detailsEnd(lines: string[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > start && FENCE.test(line)) {
      i = fenceEnd(lines, i);
      continue;
    }
    depth += (line.match(/<details[\s>]/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
    if (depth <= 0) return i;
  }
  return lines.length - 1;
}

const TABLE_RULE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function units(markdown: string): Unit[] {
  const lines = markdown.split('\n');
  const out: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let end = -1;
    if (FENCE.test(line)) end = fenceEnd(lines, i);
    else if (/^\s*<details[\s>]/i.test(line)) end = detailsEnd(lines, i);
    if (end >= 0) {
      out.push({ text: lines.slice(i, end + 1).join('\n'), kind: 'block' });
      i = end;
    } else if (line.trimStart().startsWith('|') && TABLE_RULE.test(lines[i + 1] ?? '')) {
      out.push({ text: `${line}\n${lines[i + 1]}`, kind: 'table-head' });
      i++;
      while (i + 1 < lines.length && lines[i + 1]!.trimStart().startsWith('|'))
        out.push({ text: lines[++i]!, kind: 'table-row' });
    } else out.push({ text: line, kind: 'line' });
  }
  return out;
}

export type Measure = (text: string) => number;

/** Characters as GitHub counts them for a comment (UTF-16 units: never fewer than code points). */
export const chars: Measure = (text) => text.length;
/** Bytes as the job summary's limit counts them. */
export const bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

export interface FitOptions {
  measure?: Measure;
  /** The line that says what was left out and where to find it, added when something is cut. */
  note: (hiddenRows: number) => string;
}

/**
 * `markdown` itself when it fits in `budget`, otherwise its longest prefix of whole blocks that fits
 * together with the note. Headings and table heads left with nothing under them are dropped too.
 */
export function fitMarkdown(markdown: string, budget: number, options: FitOptions): string {
  const measure = options.measure ?? chars;
  if (measure(markdown) <= budget) return markdown;
  const all = units(markdown);
  const kept: Unit[] = [];
  let used = 0;
  let stop = all.length;
  // the note's row count changes its length by a few digits at most: reserve for the longest
  const reserve = measure(options.note(all.length)) + 2;
  for (let i = 0; i < all.length; i++) {
    const cost = measure(all[i]!.text) + 1;
    if (used + cost + reserve > budget) {
      stop = i;
      break;
    }
    kept.push(all[i]!);
    used += cost;
  }
  while (kept.length > 0) {
    const last = kept[kept.length - 1]!;
    if (last.kind === 'table-head' || (last.kind === 'line' && /^\s*(#{1,6}\s|$)/.test(last.text)))
      kept.pop();
    else break;
  }
  const hiddenRows = all.slice(stop).filter((u) => u.kind === 'table-row').length;
  const body = kept.map((u) => u.text).join('\n');
  return body ? `${body}\n\n${options.note(hiddenRows)}` : options.note(hiddenRows);
}
