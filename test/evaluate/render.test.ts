import { describe, expect, it } from 'vitest';
import { gateSchema } from '../../src/config/sections/evaluate.js';
import { evaluateGates } from '../../src/evaluate/gate.js';
import { renderEvaluation } from '../../src/evaluate/render.js';
import { codeBlock, escapeMarkdown, table } from '../../src/report/markdown.js';
import { mermaidText, xyChart } from '../../src/report/mermaid.js';

const EVIL =
  'acc|uracy`<script>alert(1)</script> @octocat [x](https://evil.example) ![i](https://evil.example/p.png)\n# head "q" %% ;';

describe('markdown escaping', () => {
  it('leaves no tags, links, images, mentions, pipes or new blocks', () => {
    const e = escapeMarkdown(EVIL);
    expect(e).not.toMatch(/<script|<\/script/);
    expect(e).not.toMatch(/(^|[^\\])\|/);
    expect(e).not.toMatch(/(^|[^\\])`/);
    expect(e).not.toMatch(/(^|[^\\])\[/);
    expect(e).not.toContain('@octocat');
    expect(e).not.toContain('\n');
    expect(e).toContain('&lt;script&gt;');
  });

  it('a table row keeps its cell count with escaped content', () => {
    const t = table(['a', 'b'], [[escapeMarkdown('x|y|z'), '1']]);
    const row = t.split('\n')[2]!;
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });

  it('a code block fence is longer than any backtick run inside', () => {
    expect(codeBlock('a ``` b ```` c', 'text')).toMatch(/^`````text\n[\s\S]*\n`````$/);
  });
});

describe('mermaid', () => {
  it('labels cannot break the quoted string, the statement or the fence', () => {
    const t = mermaidText(EVIL, 500);
    expect(t).not.toMatch(/["`;%#<>[\]\n{}|@]/);
    const chart = xyChart({
      title: EVIL,
      xLabels: ['abc1234', 'this PR'],
      yLabel: 'acc',
      series: [{ values: [0.5, 0.75] }],
    });
    const lines = chart.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines.at(-1)).toBe('```');
    expect(lines.filter((l) => l.startsWith('```'))).toHaveLength(2);
    for (const l of lines.slice(1, -1)) expect((l.match(/"/g) ?? []).length % 2).toBe(0);
    expect(chart).toContain('line [0.5, 0.75]');
    expect(chart).toMatch(/y-axis "acc" 0\.475 --> 0\.775/);
  });
});

describe('evaluation section', () => {
  it('renders the table, escapes untrusted metric names and charts the history', () => {
    const metric = 'acc|`x`<b>';
    const report = evaluateGates({
      gates: [gateSchema.parse({ metric, 'max-drop': 0.5, test: 'none' })],
      candidate: { metrics: { [metric]: 0.8, [EVIL]: 1 }, source: 'metrics.json' },
      baseline: { metrics: { [metric]: 0.9 }, source: 'baseline' },
      significance: { alpha: 0.05, resamples: 100, seed: 1 },
    });
    const md = renderEvaluation({
      report,
      otherMetrics: { [EVIL]: 1 },
      baselineMetrics: { [metric]: 0.9 },
      baselineLabel: 'abc1234 on refs/heads/main, recorded 2026-01-01',
      history: [
        { sha: 'a'.repeat(40), createdAt: '2026-01-01', metrics: { [metric]: 0.85 } },
        { sha: 'b'.repeat(40), createdAt: '2026-01-02', metrics: { [metric]: 0.9 } },
      ],
      current: { createdAt: '2026-01-03', metrics: { [metric]: 0.8 } },
      historyLength: 20,
    });
    expect(md).toContain('#### Evaluation: ✅ pass');
    expect(md).toContain('| metric | candidate | baseline | delta | 95% CI | verdict |');
    const rows = md.split('\n').filter((l) => l.startsWith('| <code>'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toBe(
      '| <code>acc\\|\\`x\\`&lt;b&gt;</code> | 0.8 | 0.9 | -0.1 (-11.11%) | — | ✅ pass |',
    );
    for (const r of rows) expect(r.split(/(?<!\\)\|/)).toHaveLength(8);
    // untrusted names are escaped text inside <code>: no tag, link, image or mention survives
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt; @\u2060octocat');
    expect(md).not.toMatch(/<script|<b>|@octocat|(^|[^\\])\]\(https:\/\/evil|(^|[^\\])!\[/);
    expect(md).toContain('x-axis ["aaaaaaa", "bbbbbbb", "this PR"]');
    expect(md).toContain('line [0.85, 0.9, 0.8]');
  });
});
