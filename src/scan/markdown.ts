import type { ScanReport } from './report.js';

/** Escapes untrusted text (file names, package titles) for a markdown table cell. */
export function cell(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const ICON: Record<string, string> = { critical: '🟥', high: '🟧', medium: '🟨', low: '🟦', unknown: '⬜' };
const MAX_ROWS = 30;

/** The scan section of the PR comment / job summary. */
export function toMarkdown(report: ScanReport): string {
  const lines = [`### ${report.passed ? '✅' : '❌'} Scan`, ''];
  for (const r of report.reasons) lines.push(`- ${cell(r)}`);
  if (report.reasons.length) lines.push('');
  const m = report.model;
  if (m) {
    const formats = new Map<string, number>();
    for (const f of m.files) formats.set(f.format, (formats.get(f.format) ?? 0) + 1);
    const summary = [...formats].map(([k, n]) => `${n} ${k}`).join(', ');
    lines.push(
      `**Model files:** ${m.files.length} scanned (${summary || 'none'}), ${m.findings.length} finding(s), fail on ${m.failOn}.`,
      '',
    );
    if (m.findings.length) {
      lines.push('| severity | file | finding |', '| --- | --- | --- |');
      for (const f of m.findings.slice(0, MAX_ROWS)) {
        lines.push(
          `| ${ICON[f.severity]} ${f.severity} | \`${f.file.replace(/`/g, "'")}\` | ${cell(f.message)} |`,
        );
      }
      if (m.findings.length > MAX_ROWS)
        lines.push('', `…and ${m.findings.length - MAX_ROWS} more in the JSON report.`);
      lines.push('');
    }
  }
  const v = report.vulnerabilities;
  if (v) {
    lines.push(
      `**Vulnerabilities** (${cell(v.source)}): ${v.failing.length} at or above ${v.failOn}, ${v.below.length} below, ${v.ignored.length} ignored, ${v.unfixed.length} unfixed skipped.`,
      '',
    );
    for (const w of v.warnings) lines.push(`> ⚠️ ${cell(w)}`, '');
    const shown = [...v.failing, ...v.below].slice(0, MAX_ROWS);
    if (shown.length) {
      lines.push('| severity | id | package | installed | fixed |', '| --- | --- | --- | --- | --- |');
      for (const x of shown) {
        lines.push(
          `| ${ICON[x.severity]} ${x.severity} | ${cell(x.id)} | ${cell(x.pkg)} | ${cell(x.installed)} | ${cell(x.fixed ?? '—')} |`,
        );
      }
      lines.push('');
    }
  }
  return lines.join('\n');
}
