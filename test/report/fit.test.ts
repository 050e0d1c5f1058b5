import { describe, expect, it } from 'vitest';
import { bytes, fitMarkdown } from '../../src/report/fit.js';
import { codeBlock, details, escapeMarkdown, table } from '../../src/report/markdown.js';
import { problems } from '../support/gfm.js';
import { HOSTILE } from './fixtures.js';

const doc = [
  '### Title',
  '',
  'A paragraph with **bold**.',
  '',
  table(
    ['name', 'value'],
    Array.from({ length: 40 }, (_, i) => [escapeMarkdown(`${HOSTILE} ${i}`), String(i)]),
    { max: 100 },
  ),
  '',
  details('How', `- one\n- two\n\n${codeBlock('a </details> b\n```\nc', 'text')}`),
  '',
  codeBlock('x | y\n<details>\n', 'text'),
  '',
  '#### Trailing heading',
  '',
  'last line',
].join('\n');

const note = (rows: number) => `_cut (${rows} more rows)_`;

describe('cutting markdown to a size', () => {
  it('returns what fits unchanged', () => {
    expect(fitMarkdown(doc, doc.length, { note })).toBe(doc);
  });

  it('at every budget: within it, well-formed, never inside a row, <details> or fence', () => {
    for (let budget = 40; budget < doc.length; budget += 431) {
      const cut = fitMarkdown(doc, budget, { note });
      expect(cut.length, `budget ${budget}`).toBeLessThanOrEqual(budget);
      expect(problems(cut), `budget ${budget}`).toEqual([]);
      expect(cut.endsWith('_'), `budget ${budget}`).toBe(true);
      // whole rows only: every kept row is a row of the original
      for (const line of cut.split('\n').filter((l) => l.startsWith('| ')))
        expect(doc.split('\n')).toContain(line);
      // a table head is never left without rows, a heading never without a body
      expect(cut).not.toMatch(/\| --- \| --- \|\n\n_cut/);
      expect(cut).not.toMatch(/^#+ .*\n\n_cut/m);
    }
  });

  it('counts the rows it left out and measures bytes when asked', () => {
    const cut = fitMarkdown(doc, 2000, { note });
    const kept = cut.split('\n').filter((l) => /^\| .* \| \d+ \|$/.test(l)).length;
    expect(cut).toContain(`_cut (${40 - kept} more rows)_`);
    const emoji = '🟥'.repeat(1000);
    expect(bytes(fitMarkdown(`${emoji}\n\n${emoji}`, 5000, { measure: bytes, note }))).toBeLessThanOrEqual(
      5000,
    );
  });
});
