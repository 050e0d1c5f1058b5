export const id = 21;
export const ids = [21];
export const modules = {

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   Ix: () => (/* binding */ facts),
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   code: () => (/* binding */ code),
/* harmony export */   escapeMarkdown: () => (/* binding */ escapeMarkdown),
/* harmony export */   fQ: () => (/* binding */ shortenDigests),
/* harmony export */   table: () => (/* binding */ table),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export TABLE_ROWS */
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
function escapeMarkdown(text) {
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
function code(text) {
    return `<code>${escapeMarkdown(text)}</code>`;
}
/** `text` cut to at most `max` characters, ending with `…` when cut (never inside a surrogate pair). */
function truncate(text, max) {
    const chars = [...text];
    if (chars.length <= max)
        return text;
    return `${chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}
/** `sha256:9820474a3899…`: a digest cut for reading, with an ellipsis that says it was cut. */
function shortDigest(digest, hex = 12) {
    const m = /^([a-z0-9]+):([0-9a-f]+)$/.exec(digest);
    if (!m)
        return truncate(digest, 19);
    return m[2].length > hex ? `${m[1]}:${m[2].slice(0, hex)}…` : digest;
}
/** Full sha256 digests inside a longer text (log lines, image references) shortened with an ellipsis. */
function shortenDigests(text) {
    return text.replace(/sha256:[0-9a-f]{64}/g, (d) => shortDigest(d));
}
/** Rows a table shows unless told otherwise: enough to read, small enough for any summary. */
const TABLE_ROWS = 50;
/**
 * A GFM table with at most `max` rows. Cells are markdown: escape untrusted parts with
 * {@link escapeMarkdown} or {@link code} first. A line break in a cell becomes a space.
 */
function table(headers, rows, options = {}) {
    const { align = [], max = TABLE_ROWS, more } = Array.isArray(options) ? { align: options } : options;
    const rule = headers.map((_, i) => {
        const a = align[i] ?? 'left';
        return a === 'right' ? '---:' : a === 'center' ? ':---:' : '---';
    });
    const line = (cells) => `| ${cells.map((c) => c.replace(/\r\n|[\r\n]/g, ' ')).join(' | ')} |`;
    const shown = rows.slice(0, max);
    const out = [line(headers), line(rule), ...shown.map((r) => line(headers.map((_, i) => r[i] ?? '')))];
    const hidden = rows.length - shown.length;
    if (hidden > 0)
        out.push('', more ? more(hidden) : `_… and ${hidden} more rows not shown._`);
    return out.join('\n');
}
/** Facts as a list (`- **key:** value`): a table would need an empty header row. Values are markdown. */
function facts(pairs) {
    return pairs.map(([k, v]) => `- **${k}:** ${v}`).join('\n');
}
/** A collapsed block; `summary` is trusted markdown. */
function details(summary, body) {
    return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
/** A fenced code block whose fence is longer than any backtick run inside `code`. */
function codeBlock(text, language = '') {
    const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}


/***/ })

};
