export interface XySeries {
  values: number[];
}

export interface XyChart {
  title: string;
  /** One label per point, e.g. short commit shas. */
  xLabels: string[];
  yLabel: string;
  series: XySeries[];
}

/**
 * Text inside a mermaid quoted string: only characters that cannot end the string, the
 * statement, the fence or the diagram survive (letters, digits, space and `._-/:+=,()`);
 * anything else (quotes, backticks, `#`, `%`, `;`, brackets, `<>`, newlines) becomes `_`.
 */
export function mermaidText(text: string, max = 60): string {
  const safe = text.replace(/[^\p{L}\p{N} ._\-/:+=,()]/gu, '_').trim();
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/** A mermaid `xychart-beta` line chart (rendered by GitHub itself: no image host involved). */
export function xyChart(chart: XyChart): string {
  const all = chart.series.flatMap((s) => s.values).filter(Number.isFinite);
  const lines = [
    'xychart-beta',
    `  title "${mermaidText(chart.title)}"`,
    `  x-axis [${chart.xLabels.map((l) => `"${mermaidText(l, 20)}"`).join(', ')}]`,
  ];
  if (all.length > 0) {
    let lo = Math.min(...all);
    let hi = Math.max(...all);
    const pad = hi === lo ? Math.abs(hi) * 0.05 || 1 : (hi - lo) * 0.1;
    lo -= pad;
    hi += pad;
    lines.push(`  y-axis "${mermaidText(chart.yLabel)}" ${number(lo)} --> ${number(hi)}`);
  } else {
    lines.push(`  y-axis "${mermaidText(chart.yLabel)}"`);
  }
  for (const s of chart.series)
    lines.push(`  line [${s.values.map((v) => (Number.isFinite(v) ? number(v) : '0')).join(', ')}]`);
  return ['```mermaid', ...lines, '```'].join('\n');
}

function number(v: number): string {
  return String(Number(v.toPrecision(6)));
}
