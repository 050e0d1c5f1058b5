import type { Severity } from '../config/sections/scan.js';
import { code, escapeMarkdown, table } from '../report/markdown.js';
import type { SectionVerdict } from '../report/verdict.js';
import type { ModelFinding } from './findings.js';
import type { ScanReport } from './report.js';

const ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', unknown: '⬜' };
const RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, unknown: 4 };
const MAX_ROWS = 30;
/** File names listed in one grouped row before the rest are counted. */
const FILES_PER_ROW = 3;

export interface ScanMarkdownOptions {
  /** Where the JSON report was written, if it was: the rows a table leaves out are there. */
  jsonReport?: string;
}

interface Group {
  severity: Severity;
  message: string;
  files: string[];
}

/** Findings with the same severity and message, whatever the file: "302 files: same finding". */
function groupFindings(findings: ModelFinding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.message}`;
    const g = groups.get(key);
    if (g) g.files.push(f.file);
    else groups.set(key, { severity: f.severity, message: f.message, files: [f.file] });
  }
  return [...groups.values()].sort(
    (a, b) => (RANK[a.severity] ?? 9) - (RANK[b.severity] ?? 9) || b.files.length - a.files.length,
  );
}

function filesCell(files: string[]): string {
  const unique = [...new Set(files)];
  const shown = unique.slice(0, FILES_PER_ROW).map(code).join(', ');
  if (unique.length === 1) return shown;
  return `${unique.length} files: ${shown}${unique.length > FILES_PER_ROW ? ', …' : ''}`;
}

function moreNote(what: string, options: ScanMarkdownOptions) {
  return (hidden: number) =>
    options.jsonReport
      ? `_… and ${hidden} more ${what} in the JSON report (${code(options.jsonReport)})._`
      : `_… and ${hidden} more ${what}: \`model-deploy scan --report scan.json\` writes every one._`;
}

/** The scan section of the PR comment / job summary. */
export function toMarkdown(report: ScanReport, options: ScanMarkdownOptions = {}): string {
  const lines = [`### ${report.passed ? '✅' : '❌'} Scan`, ''];
  for (const r of report.reasons) lines.push(`- ${escapeMarkdown(r)}`);
  if (report.reasons.length) lines.push('');
  const m = report.model;
  if (m) {
    const formats = new Map<string, number>();
    for (const f of m.files) formats.set(f.format, (formats.get(f.format) ?? 0) + 1);
    const summary = [...formats].map(([k, n]) => `${n} ${escapeMarkdown(k)}`).join(', ');
    lines.push(
      `**Model files:** ${m.files.length} scanned (${summary || 'none'}), ${m.findings.length} finding(s), fail on ${m.failOn}.`,
      '',
    );
    if (m.findings.length) {
      const groups = groupFindings(m.findings);
      lines.push(
        table(
          ['severity', 'file', 'finding'],
          groups.map((g) => [
            `${ICON[g.severity] ?? ''} ${g.severity}`,
            filesCell(g.files),
            escapeMarkdown(g.message),
          ]),
          { max: MAX_ROWS, more: moreNote('kinds of finding', options) },
        ),
        '',
      );
    }
  }
  const v = report.vulnerabilities;
  if (v) {
    lines.push(
      `**Vulnerabilities** (${escapeMarkdown(v.source)}): ${v.failing.length} at or above ${v.failOn}, ${v.below.length} below, ${v.ignored.length} ignored, ${v.unfixed.length} unfixed skipped.`,
      '',
    );
    for (const w of v.warnings) lines.push(`> ⚠️ ${escapeMarkdown(w)}`, '');
    const all = [...v.failing, ...v.below].sort((a, b) => (RANK[a.severity] ?? 9) - (RANK[b.severity] ?? 9));
    if (all.length) {
      lines.push(
        table(
          ['severity', 'id', 'package', 'installed', 'fixed'],
          all.map((x) => [
            `${ICON[x.severity] ?? ''} ${x.severity}`,
            escapeMarkdown(x.id),
            escapeMarkdown(x.pkg),
            escapeMarkdown(x.installed),
            escapeMarkdown(x.fixed ?? '—'),
          ]),
          { max: MAX_ROWS, more: moreNote('vulnerabilities', options) },
        ),
        '',
      );
    }
  }
  return lines.join('\n');
}

/** The scan's line at the top of the pull-request comment. */
export function scanVerdict(report: ScanReport): SectionVerdict {
  if (!report.passed)
    return {
      status: 'fail',
      reason: report.reasons.join('; '),
    };
  const files = report.model?.files.length ?? 0;
  const findings = report.model?.findings.length ?? 0;
  const vulns = report.vulnerabilities ? report.vulnerabilities.below.length : undefined;
  const parts = [
    ...(report.model
      ? [
          `${files} model file(s) scanned, ${findings === 0 ? 'no finding' : `${findings} finding(s) below ${report.model.failOn}`}`,
        ]
      : []),
    ...(vulns !== undefined
      ? [`no vulnerability at or above ${report.vulnerabilities!.failOn}${vulns ? ` (${vulns} below)` : ''}`]
      : []),
  ];
  return { status: 'pass', reason: parts.join('; ') || 'nothing to scan' };
}
