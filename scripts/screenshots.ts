/**
 * npm run screenshots [-- --out DIR] [--report report.md]
 *
 * PNGs of what reviewers see, drawn by Debian's headless Chromium with mermaid 11 as GitHub does:
 * the pull-request comment (every section, a failing evaluation and scan), the same comment at
 * 500 tasks / 12,000 files with hostile names, and the demo's report.md (run now unless --report
 * gives one), each whole (`NAME.png`) and its first screen (`NAME-top.png`). For a person to look
 * at; nothing is asserted here.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { mergeSection } from '../src/github/comment.js';
import {
  evaluationSection,
  hostile,
  placementSection,
  plain,
  planSection,
  type Section,
  scanSection,
} from '../test/report/fixtures.js';
import { CHROMIUM_ARGS, chromiumBinary, drawPage } from '../test/support/chromium.js';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'screenshots' }, report: { type: 'string' } },
});
const out = resolve(values.out!);
mkdirSync(out, { recursive: true });

function comment(sections: Section[], model: string): string {
  let body: string | undefined;
  for (const s of sections)
    body = mergeSection(body, model, s.name, s.markdown, {
      verdict: s.verdict,
      summaryUrl: 'https://github.com/acme/models/actions/runs/42',
    });
  return body!;
}

function demoReport(): string {
  if (values.report) return readFileSync(values.report, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'md-screens-'));
  try {
    const file = join(dir, 'report.md');
    console.log('running the demo for report.md …');
    execFileSync(process.execPath, ['--import', 'tsx', 'src/bin.ts', 'demo', '--out', file], {
      stdio: 'ignore',
    });
    return readFileSync(file, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const documents: [string, string][] = [
  [
    'comment',
    comment(
      [planSection(plain), placementSection(plain, 2, 0), scanSection(plain), evaluationSection(plain, 6)],
      'tiny-classifier',
    ),
  ],
  [
    'comment-at-scale',
    comment(
      [
        planSection(hostile, 50, 10, 3),
        placementSection(hostile, 300, 40),
        scanSection(hostile, { files: 12_000, findings: 1_000, vulns: 400 }),
        evaluationSection(hostile, 20),
      ],
      'tiny-classifier',
    ),
  ],
  ['report', demoReport()],
];

const profile = mkdtempSync(join(tmpdir(), 'md-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumBinary().path,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1012, height: 800 },
});
try {
  for (const [name, markdown] of documents) {
    writeFileSync(join(out, `${name}.md`), markdown);
    const { page, charts } = await drawPage(context, markdown);
    const failed = charts.filter((c) => c.error);
    await page.screenshot({ path: join(out, `${name}.png`), fullPage: true });
    // the part a reviewer sees first, without scrolling
    await page.screenshot({
      path: join(out, `${name}-top.png`),
      clip: { x: 0, y: 0, width: 1012, height: 1100 },
    });
    console.log(
      `${join(out, `${name}.png`)}: ${charts.length} chart(s)${failed.length ? `, ${failed.length} failed: ${failed.map((c) => c.error).join('; ')}` : ''}`,
    );
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
