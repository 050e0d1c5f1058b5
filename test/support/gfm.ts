import { type DOMWindow, JSDOM } from 'jsdom';
import { Marked } from 'marked';

/**
 * Markdown rendered the way GitHub does (CommonMark + GFM tables, strikethrough, autolinks, raw
 * HTML passed through to GitHub's sanitizer), then checked the way a reader would see it.
 */
const marked = new Marked({ gfm: true, async: false });

export function renderGfm(markdown: string): string {
  return marked.parse(markdown) as string;
}

/** Elements our documents may produce; anything else came from untrusted text. */
const ALLOWED = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TABLE',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
  'UL',
  'OL',
  'LI',
  'CODE',
  'PRE',
  'STRONG',
  'EM',
  'DETAILS',
  'SUMMARY',
  'BR',
  'SUB',
  'BLOCKQUOTE',
  'A',
  'HR',
]);

export interface Rendered {
  html: string;
  document: DOMWindow['document'];
  /** Text of the whole document, whitespace collapsed. */
  text: string;
  mermaid: string[];
}

/** Every problem a reader would see; empty when the document holds up. */
export function problems(markdown: string, options: { links?: RegExp } = {}): string[] {
  const out: string[] = [];
  const html = renderGfm(markdown);
  const document = new JSDOM(`<body>${html}</body>`).window.document;
  for (const el of document.body.querySelectorAll('*')) {
    if (!ALLOWED.has(el.tagName))
      out.push(`unexpected <${el.tagName.toLowerCase()}>: ${el.outerHTML.slice(0, 120)}`);
    if (el.tagName === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (!options.links?.test(href)) out.push(`unexpected link ${href}`);
    }
  }
  // a table whose rows have more cells than its head had a cell split by untrusted text
  for (const t of markdownTables(markdown)) {
    if (t.rows.some((r) => r !== t.head))
      out.push(`table with ${t.head} columns has a row with other: ${t.line}`);
  }
  const depth = detailsBalance(markdown);
  if (depth !== 0) out.push(`<details> not balanced (${depth})`);
  if (fenceLines(markdown) % 2 !== 0) out.push('a code fence is not closed');
  // GitHub links no mention inside code: look only at the text outside it
  const prose = document.body.cloneNode(true) as typeof document.body;
  for (const c of prose.querySelectorAll('pre, code')) c.remove();
  const text = (prose.textContent ?? '').replace(/\s+/g, ' ');
  const mention = /(^|[^\w`/-])@[a-z0-9][a-z0-9-]*/i.exec(text);
  if (mention) out.push(`a live @mention: ${mention[0]}`);
  return out;
}

export function rendered(markdown: string): Rendered {
  const html = renderGfm(markdown);
  const document = new JSDOM(`<body>${html}</body>`).window.document;
  return {
    html,
    document,
    text: (document.body.textContent ?? '').replace(/\s+/g, ' '),
    mermaid: mermaidBlocks(markdown),
  };
}

/** Column counts of every GFM table in the source: a row's unescaped pipes outside code spans. */
function markdownTables(markdown: string): { head: number; rows: number[]; line: string }[] {
  const lines = markdown.split('\n');
  const tables: { head: number; rows: number[]; line: string }[] = [];
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/(?<!\\)\|/).length;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (
      !lines[i]!.trimStart().startsWith('|') ||
      !/^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(lines[i + 1]!)
    )
      continue;
    const t = { head: cells(lines[i]!), rows: [] as number[], line: '' };
    let j = i + 2;
    for (; j < lines.length && lines[j]!.trimStart().startsWith('|'); j++) {
      const n = cells(lines[j]!);
      t.rows.push(n);
      if (n !== t.head && !t.line) t.line = lines[j]!;
    }
    tables.push(t);
    i = j;
  }
  return tables;
}

/** Each line of the source, and whether it lies inside a fenced code block (fence lines included). */
function fenced(markdown: string): { line: string; inFence: boolean }[] {
  let open: string | undefined;
  return markdown.split('\n').map((line) => {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open === undefined) {
      if (m) open = m[1]!;
      return { line, inFence: open !== undefined };
    }
    if (m && m[1]![0] === open[0] && m[1]!.length >= open.length && line.trim() === m[1]) open = undefined;
    return { line, inFence: true };
  });
}

/** Fence lines that open or close a block; odd when one is left open. */
function fenceLines(markdown: string): number {
  let open: string | undefined;
  let count = 0;
  for (const line of markdown.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (!m) continue;
    if (open === undefined) {
      open = m[1]!;
      count++;
    } else if (m[1]![0] === open[0] && m[1]!.length >= open.length && line.trim() === m[1]) {
      open = undefined;
      count++;
    }
  }
  return count;
}

/** Opened minus closed `<details>` outside code fences; never below zero on the way. */
function detailsBalance(markdown: string): number {
  let depth = 0;
  for (const { line, inFence } of fenced(markdown)) {
    if (inFence) continue;
    depth += (line.match(/<details[\s>]/g) ?? []).length;
    depth -= (line.match(/<\/details>/g) ?? []).length;
    if (depth < 0) return depth;
  }
  return depth;
}

export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

let mermaidReady: Promise<{ parse: (text: string) => Promise<unknown> }> | undefined;

/** mermaid's own parser (the one GitHub runs), in a jsdom window. */
async function mermaid() {
  mermaidReady ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    const g = globalThis as Record<string, unknown>;
    g.window ??= dom.window;
    g.document ??= dom.window.document;
    const { default: m } = await import('mermaid');
    m.initialize({ startOnLoad: false });
    return m;
  })();
  return mermaidReady;
}

/** mermaid refuses diagrams longer than this (its maxTextSize default). */
const MERMAID_MAX_TEXT = 50_000;

/** Parse errors of every mermaid block in `markdown`, with the block's first line. */
export async function mermaidProblems(markdown: string): Promise<string[]> {
  const m = await mermaid();
  const out: string[] = [];
  for (const block of mermaidBlocks(markdown)) {
    if (block.length > MERMAID_MAX_TEXT) out.push(`${block.split('\n')[0]}: ${block.length} characters`);
    try {
      await m.parse(block);
    } catch (error) {
      out.push(
        `${block.split('\n').find((l) => !l.startsWith('%%'))}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`,
      );
    }
  }
  return out;
}
