/**
 * Escapes untrusted text (metric names, file names, branch names) for inline use in
 * GitHub-flavoured markdown: HTML special characters become entities (no tags, no hidden
 * comments), markdown punctuation that could start emphasis, code, links, images, headings or
 * table cells is backslash-escaped, `@` cannot mention anyone, newlines cannot start a new block,
 * and a leading list/heading marker is escaped too.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/@/g, '&#64;')
    .replace(/\r?\n|\r/g, ' ')
    .replace(/^([-+=]|\d+[.)])/, '\\$1');
}

export type Align = 'left' | 'right' | 'center';

/** A GFM table. Cells are trusted markdown: escape untrusted parts with escapeMarkdown first. */
export function table(headers: string[], rows: string[][], align: Align[] = []): string {
  const rule = headers.map((_, i) => {
    const a = align[i] ?? 'left';
    return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
  });
  const line = (cells: string[]) => `| ${cells.map((c) => c.replace(/\r?\n/g, ' ')).join(' | ')} |`;
  return [line(headers), line(rule), ...rows.map((r) => line(headers.map((_, i) => r[i] ?? '')))].join('\n');
}

/** A collapsed block; `summary` is trusted markdown. */
export function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** A fenced code block whose fence is longer than any backtick run inside `code`. */
export function codeBlock(code: string, language = ''): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code}\n${fence}`;
}
