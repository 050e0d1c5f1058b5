import { createRequire } from 'node:module';
import { Marked } from 'marked';
import { type BrowserContext, chromium } from 'playwright-core';
import { component } from './components.js';

/** Debian's chromium, headless, with nothing that talks to the network or remembers anything. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumBinary() {
  return component('chromium', 'chromium', ['/usr/bin/chromium', 'chromium-browser']);
}

const MERMAID_JS = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/**
 * Debian's chromium (playwright gives it a fresh temporary profile), with one page context per
 * time zone asked for.
 */
export async function openBrowser(): Promise<{
  context: (options?: { timezoneId?: string }) => Promise<BrowserContext>;
  close: () => Promise<void>;
}> {
  const browser = await chromium.launch({
    executablePath: chromiumBinary().path,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context: (options = {}) =>
      browser.newContext({
        viewport: { width: 1012, height: 800 },
        deviceScaleFactor: 1,
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      }),
    close: () => browser.close(),
  };
}

/** Close to github.com's markdown styles: enough to judge layout, tables and charts. */
const CSS = `
body { margin: 0; background: #fff; }
.markdown-body { box-sizing: border-box; width: 980px; padding: 24px 32px; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; word-wrap: break-word; }
.markdown-body h1, .markdown-body h2 { border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; }
.markdown-body h1 { font-size: 2em; } .markdown-body h2 { font-size: 1.5em; } .markdown-body h3 { font-size: 1.25em; } .markdown-body h4 { font-size: 1em; }
.markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; margin: 0 0 16px; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body code { background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
.markdown-body pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
.markdown-body pre code { background: none; padding: 0; }
.markdown-body details { margin: 0 0 16px; } .markdown-body summary { cursor: pointer; }
.markdown-body .mermaid { background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; padding: 8px; }
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The markdown as GitHub shows it: GFM to HTML, mermaid blocks drawn by mermaid 11, details open. */
export function pageHtml(markdown: string): string {
  const renderer = new Marked({ gfm: true, async: false });
  renderer.use({
    renderer: {
      code({ text, lang }) {
        if (lang === 'mermaid') return `<div class="mermaid">${escapeHtml(text)}</div>\n`;
        return false;
      },
    },
  });
  const body = (renderer.parse(markdown) as string).replace(/<details>/g, '<details open>');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

export interface DrawnChart {
  /** mermaid's error text, when it could not draw the chart. */
  error?: string;
  width: number;
  height: number;
  /** Text of the chart's axis ticks (gantt, xychart). */
  ticks: string[];
}

/** Loads the page, lets mermaid draw every chart, and reports each chart's size and axis labels. */
export async function drawPage(context: BrowserContext, markdown: string) {
  const page = await context.newPage();
  await page.setContent(pageHtml(markdown));
  await page.addScriptTag({ path: MERMAID_JS });
  const charts = await page.evaluate(async () => {
    const m = (
      globalThis as unknown as { mermaid: { initialize(c: object): void; run(o: object): Promise<void> } }
    ).mermaid;
    m.initialize({ startOnLoad: false, securityLevel: 'strict' });
    const nodes = [...document.querySelectorAll<HTMLElement>('.mermaid')];
    const out: { error?: string; width: number; height: number; ticks: string[] }[] = [];
    for (const node of nodes) {
      try {
        await m.run({ nodes: [node] });
        const svg = node.querySelector('svg');
        const box = svg?.getBoundingClientRect();
        out.push({
          width: Math.round(box?.width ?? 0),
          height: Math.round(box?.height ?? 0),
          ticks: [...node.querySelectorAll('.tick text')].map((t) => t.textContent ?? ''),
        });
      } catch (error) {
        out.push({ error: String((error as Error).message ?? error), width: 0, height: 0, ticks: [] });
      }
    }
    return out;
  });
  return { page, charts: charts as DrawnChart[] };
}
