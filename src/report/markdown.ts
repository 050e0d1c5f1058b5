/**
 * The one escaping function for untrusted text (file names, zip members, pickle globals, metric
 * names, cluster messages) anywhere in GitHub-flavoured markdown: inline text and table cells alike.
 *
 * - HTML special characters become entities: no tags, no hidden comments, no `</details>`.
 * - Markdown punctuation that could start emphasis, code, links, images, headings, strikethrough
 *   or split a table cell is backslash-escaped.
 * - CR, LF, a lone CR, U+2028/2029 and other control characters become a space: untrusted text
 *   can never start a new block (heading, list, fence, table row).
 * - `@` is followed by a word joiner (U+2060), so GitHub links no mention and no e-mail address;
 *   `://` and `www.` get one too, so a URL in a name is not turned into a link.
 * - A leading list, heading-underline or ordered-list marker is escaped too.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029\t\v\f]/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[\\`*_[\]#|~!]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@\u2060')
    .replace(/:\/\//g, ':\u2060//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u2060.`)
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * Untrusted text shown as code, in a table cell or in a sentence. A `<code>` element instead of
 * backticks: its content is ordinary markdown, so {@link escapeMarkdown} applies unchanged (a
 * backtick span can neither escape a pipe outside a table nor hold every backtick run).
 */
export function code(text: string): string {
  return `<code>${escapeMarkdown(text)}</code>`;
}

/** `text` cut to at most `max` characters, ending with `…` when cut (never inside a surrogate pair). */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** `sha256:9820474a3899…`: a digest cut for reading, with an ellipsis that says it was cut. */
export function shortDigest(digest: string, hex = 12): string {
  const m = /^([a-z0-9]+):([0-9a-f]+)$/.exec(digest);
  if (!m) return truncate(digest, 19);
  return m[2]!.length > hex ? `${m[1]}:${m[2]!.slice(0, hex)}…` : digest;
}

/** Full sha256 digests inside a longer text (log lines, image references) shortened with an ellipsis. */
export function shortenDigests(text: string): string {
  return text.replace(/sha256:[0-9a-f]{64}/g, (d) => shortDigest(d));
}

export type Align = 'left' | 'right' | 'center';

export interface TableOptions {
  align?: Align[];
  /** At most this many rows (default 50); the rest are counted in a line under the table. */
  max?: number;
  /** The line under a capped table, given how many rows were left out. */
  more?: (hidden: number) => string;
}

/** Rows a table shows unless told otherwise: enough to read, small enough for any summary. */
export const TABLE_ROWS = 50;

/**
 * A GFM table with at most `max` rows. Cells are markdown: escape untrusted parts with
 * {@link escapeMarkdown} or {@link code} first. A line break in a cell becomes a space.
 */
export function table(headers: string[], rows: string[][], options: TableOptions | Align[] = {}): string {
  const { align = [], max = TABLE_ROWS, more } = Array.isArray(options) ? { align: options } : options;
  const rule = headers.map((_, i) => {
    const a = align[i] ?? 'left';
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\r\n|[\r\n]/g, ' ')).join(' | ')} |`;
  const shown = rows.slice(0, max);
  const out = [line(headers), line(rule), ...shown.map((r) => line(headers.map((_, i) => r[i] ?? '')))];
  const hidden = rows.length - shown.length;
  if (hidden > 0) out.push('', more ? more(hidden) : `_… and ${hidden} more rows not shown._`);
  return out.join('\n');
}

/** Facts as a list (`- **key:** value`): a table would need an empty header row. Values are markdown. */
export function facts(pairs: [string, string][]): string {
  return pairs.map(([k, v]) => `- **${k}:** ${v}`).join('\n');
}

/** A collapsed block; `summary` is trusted markdown. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** A fenced code block whose fence is longer than any backtick run inside `code`. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}
