import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH, mergeSection, readStoredSections } from '../../src/github/comment.js';
import { escapeMarkdown } from '../../src/report/markdown.js';
import { xyChart } from '../../src/report/mermaid.js';
import { capSummary, MAX_SUMMARY_BYTES } from '../../src/report/summary.js';
import { mermaidProblems, problems, rendered } from '../support/gfm.js';
import {
  aggregateSummary,
  buildSummary,
  demoReport,
  evaluationSection,
  flowReport,
  HOSTILE,
  hostile,
  type Namer,
  pipelineRunSummary,
  placementSection,
  plain,
  planSection,
  rolloutSummary,
  type Section,
  scanSection,
} from './fixtures.js';

/** What a reader sees of untrusted text: line breaks as spaces, `@` kept from mentioning. */
function asSeen(text: string): string {
  return text
    .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
    .replace(/@/g, '@\u2060')
    .replace(/:\/\//g, ':\u2060//')
    .replace(/\s+/g, ' ');
}

const LINKS = /^https:\/\/github\.com\/acme\/models\/actions\/runs\/\d+$/;

async function holdsUp(markdown: string): Promise<void> {
  expect(problems(markdown, { links: LINKS })).toEqual([]);
  expect(await mermaidProblems(markdown)).toEqual([]);
}

function comment(sections: Section[], model: string, existing?: string): string {
  let body = existing;
  for (const s of sections)
    body = mergeSection(body, model, s.name, s.markdown, {
      verdict: s.verdict,
      summaryUrl: 'https://github.com/acme/models/actions/runs/42',
    });
  return body!;
}

const documents: [string, (name: Namer) => string][] = [
  ['job summary: plan', (n) => planSection(n).markdown],
  ['job summary: build', (n) => buildSummary(n)],
  ['job summary: scan', (n) => scanSection(n).markdown],
  ['job summary: evaluate', (n) => evaluationSection(n).markdown],
  ['job summary: place', (n) => placementSection(n).markdown],
  ['job summary: aggregate', (n) => aggregateSummary(n)],
  ['job summary: deploy / rollback / abort', (n) => rolloutSummary(n)],
  ['job summary: pipeline run of tasks', (n) => pipelineRunSummary(n)],
  [
    'job summary: pipeline release flow',
    (n) =>
      flowReport(n, 'v1.2.3', {
        scan: scanSection(n),
        evaluation: evaluationSection(n),
        deploy: rolloutSummary(n),
      }).summary,
  ],
  ['report.md of the demo', (n) => demoReport(n)],
  [
    'PR comment with every section',
    (n) =>
      comment([planSection(n), scanSection(n), placementSection(n), evaluationSection(n)], n('model', 0)),
  ],
];

describe('the one escaping function', () => {
  it('renders hostile text as the same text, with nothing active', () => {
    const r = rendered(
      `para ${escapeMarkdown(HOSTILE)} end\n\n| a | b |\n| --- | --- |\n| ${escapeMarkdown(HOSTILE)} | 2 |`,
    );
    expect(r.document.querySelectorAll('img, h1, h2, h3, a, strong, em, del, li, ol').length).toBe(0);
    expect(r.document.querySelectorAll('td')).toHaveLength(2);
    const text = (el: { textContent: string | null } | null) => (el?.textContent ?? '').replace(/\s+/g, ' ');
    expect(text(r.document.querySelector('td'))).toBe(asSeen(HOSTILE));
    expect(text(r.document.querySelector('p'))).toBe(`para ${asSeen(HOSTILE)} end`);
    expect(problems(`| a |\n| --- |\n| ${escapeMarkdown(HOSTILE)} |`)).toEqual([]);
  });

  it('a lone CR cannot start a heading, a list or a fence', () => {
    for (const evil of [
      'a\r# h',
      'a\r- item',
      'a\r```',
      'a\r\r</details>',
      '\r1. one',
      '+ x',
      '= y',
      '9) z',
    ]) {
      const r = rendered(`text ${escapeMarkdown(evil)}`);
      expect(r.document.body.children, evil).toHaveLength(1);
      expect(r.document.body.firstElementChild!.tagName, evil).toBe('P');
    }
  });
});

describe.each([
  ['plain names', plain],
  ['hostile names', hostile],
])('every document kind renders as GFM and every chart parses with mermaid (%s)', (_, name) => {
  it.each(documents)('%s', async (_kind, make) => {
    const markdown = make(name);
    await holdsUp(markdown);
    const r = rendered(markdown);
    if (name === hostile) {
      // the hostile name is shown whole somewhere, as text, and injected nothing
      expect(r.text).toContain(asSeen(HOSTILE));
      expect(
        [...r.document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => h.textContent),
      ).not.toContainEqual(expect.stringMatching(/^injected/));
    }
  });
});

describe('the pull-request comment', () => {
  it('leads with one verdict and its reason, then evaluation, scan, placement, plan', async () => {
    const body = comment(
      [planSection(plain), placementSection(plain, 2, 0), scanSection(plain), evaluationSection(plain)],
      'resnet',
    );
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- model-deploy:report:resnet -->');
    expect(lines[2]).toMatch(/^### ❌ model-deploy · resnet: evaluation: 1 of 1 gate failed: metric-0: /);
    expect(lines.slice(4, 8)).toEqual([
      expect.stringMatching(/^- ❌ \*\*Evaluation:\*\* /),
      expect.stringMatching(/^- ❌ \*\*Scan:\*\* 2 model-file finding\(s\)/),
      expect.stringMatching(/^- ✅ \*\*GPU placement:\*\* 4 replica\(s\) fit on 2 node\(s\)/),
      expect.stringMatching(/^- ℹ️ \*\*Pipeline plan:\*\* 9 of 9 tasks in 3 stages/),
    ]);
    const order = ['evaluation', 'scan', 'placement', 'plan'].map((s) =>
      body.indexOf(`<!-- model-deploy:section:${s}:begin`),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect([...readStoredSections(body).values()].map((s) => s.verdict?.status)).toEqual([
      'fail',
      'fail',
      'pass',
      'info',
    ]);
    await holdsUp(body);
  });

  it('says every check passed when none failed', () => {
    const pass: Section = {
      name: 'evaluation',
      markdown: 'ok',
      verdict: { status: 'pass', reason: 'all 2 gates passed' },
    };
    const body = comment([placementSection(plain, 2, 0), pass], 'm');
    expect(body.split('\n')[2]).toBe(
      '### ✅ model-deploy · m: every check passed (evaluation, gpu placement)',
    );
  });

  it('a hostile reason cannot break the lead or the markers', async () => {
    const evil: Section = {
      name: 'scan',
      markdown: escapeMarkdown(HOSTILE),
      verdict: { status: 'fail', reason: HOSTILE },
    };
    const body = comment([evil, evaluationSection(hostile)], HOSTILE);
    const stored = readStoredSections(body);
    expect(stored.get('scan')?.verdict).toEqual({ status: 'fail', reason: HOSTILE });
    expect([...stored.keys()]).toEqual(['evaluation', 'scan']);
    await holdsUp(body);
  });

  it('at 500 tasks, 12,000 files and 1,000 findings it fits, keeps every verdict and reads back', async () => {
    const plan = planSection(hostile, 50, 10, 3);
    const scan = scanSection(hostile, { files: 12_000, findings: 1_000, vulns: 400 });
    const evaluation = evaluationSection(hostile, 20);
    const placement = placementSection(hostile, 300, 40);
    // the plan first fills the comment; later sections must still get their place
    let body = comment([plan, placement, scan, evaluation], HOSTILE);
    body = comment([evaluation], HOSTILE, body);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    const stored = readStoredSections(body);
    expect([...stored.keys()]).toEqual(['evaluation', 'scan', 'placement', 'plan']);
    expect([...stored.values()].map((s) => s.verdict?.status)).toEqual(['fail', 'fail', 'fail', 'info']);
    const lead = body.split('\n').slice(0, 9).join('\n');
    for (const title of ['Evaluation', 'Scan', 'GPU placement', 'Pipeline plan'])
      expect(lead).toContain(`**${title}:**`);
    // the evaluation is whole; the plan was cut first and says where the rest is
    expect(stored.get('evaluation')!.content).toBe(evaluation.markdown.trim());
    expect(stored.get('plan')!.content).toMatch(/Cut to fit GitHub's comment limit.*\[job summary\]\(https:/);
    await holdsUp(body);
  });
});

describe('the job summary', () => {
  it('stays under 1 MiB whatever the input, cut between blocks', async () => {
    const scan = scanSection(hostile, { files: 12_000, findings: 1_000, vulns: 400 });
    const build = buildSummary(hostile, 12_000);
    const plan = planSection(hostile, 50, 10, 3);
    for (const md of [scan.markdown, build, plan.markdown])
      expect(Buffer.byteLength(md)).toBeLessThan(MAX_SUMMARY_BYTES);
    expect(scan.markdown).toMatch(/\| 250 files: <code>model0 /);
    expect(scan.markdown).toContain('writes every one');
    expect(scan.markdown).not.toContain('in the JSON report');
    expect(scanSection(plain, { files: 100, findings: 100, vulns: 0 }, 'out/scan.json').markdown).toContain(
      'in the JSON report (<code>out/scan.json</code>)',
    );
    // a summary no renderer would write: 40,000 rows and a chart, far over the limit
    const rows = Array.from({ length: 40_000 }, (_, i) => `| ${i} | ${escapeMarkdown(HOSTILE)} |`);
    const huge = `${plan.markdown}\n\n| n | name |\n| --- | --- |\n${rows.join('\n')}\n\n${build}`;
    const capped = capSummary(huge);
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(capped).toMatch(/✂️ Cut to fit GitHub's 1 MiB job-summary limit \(\d+ more table rows\)/);
    await holdsUp(capped);
  });
});

describe('mermaid charts', () => {
  it('tiny metric values never reach xychart-beta in exponent form', async () => {
    const chart = xyChart({
      title: 'loss',
      xLabels: ['a', 'b'],
      yLabel: 'loss',
      series: [{ values: [1.773e-7, 2.5e-7] }],
    });
    // no number in exponent form outside the quoted labels
    expect(chart.replace(/"[^"]*"/g, '')).not.toMatch(/\de[-+]?\d/);
    expect(chart).toContain('line [177.3, 250]');
    expect(chart).toContain('"loss (×1e-9)"');
    await holdsUp(chart);
    await holdsUp(evaluationSection(plain, 20, true).markdown);
  });

  it('plans over the limits are charted by stage: 200 tasks with 570 edges, a 180-task chain, 500 tasks', async () => {
    for (const [stages, width, fanIn] of [
      [20, 10, 3],
      [180, 1, 1],
      [50, 10, 3],
    ] as const) {
      const md = planSection(plain, stages, width, fanIn).markdown;
      expect(md).toContain('charted by stage');
      const [gantt, flow] = rendered(md).mermaid;
      expect(flow!.split('\n').filter((l) => /^ {2}s\d+\[/.test(l)).length).toBeLessThanOrEqual(12);
      expect(gantt!.split('\n').filter((l) => l.startsWith('    ')).length).toBeLessThanOrEqual(12);
      await holdsUp(md);
    }
  });

  it('gantt charts are in elapsed time, not clock times from 1970', () => {
    for (const md of [planSection(plain).markdown, demoReport(plain)]) {
      for (const g of rendered(md).mermaid.filter((b) => b.startsWith('gantt'))) {
        expect(g).toContain('dateFormat YYYY-MM-DD HH:mm:ss.SSS');
        expect(g).toMatch(/axisFormat %M:%S|axisFormat %H:%M/);
        expect(g).not.toMatch(/dateFormat x|1970/);
      }
    }
  });
});
