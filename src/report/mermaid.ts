import { escapeMarkdown } from './markdown.js';

/**
 * Text inside a mermaid quoted string or label: only characters that cannot end the string, the
 * statement, the fence or the diagram survive (letters, digits, space and `._-/:+=,()×`);
 * anything else (quotes, backticks, `#`, `%`, `;`, brackets, `<>`, newlines) becomes `_`.
 */
export function mermaidText(text: string, max = 60): string {
  const safe = text.replace(/[^\p{L}\p{N} ._\-/:+=,()×]/gu, '_').trim();
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}

/** A diagram in a fenced block GitHub renders. */
export function mermaidBlock(diagram: string): string {
  return `\`\`\`mermaid\n${diagram}\n\`\`\``;
}

/**
 * A number as mermaid's grammars read it: plain decimal digits, never an exponent
 * (`1.773e-7` is a parse error in xychart-beta), at most `precision` significant digits.
 */
export function mermaidNumber(v: number, precision = 6): string {
  if (!Number.isFinite(v) || v === 0) return '0';
  const [mantissa, exp] = v.toPrecision(precision).split('e');
  const text = exp === undefined ? mantissa! : shiftDecimal(mantissa!, Number(exp));
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** `1.773` shifted by -7 → `0.0000001773`; by 3 → `1773`. */
function shiftDecimal(mantissa: string, exp: number): string {
  const negative = mantissa.startsWith('-');
  const [int, frac = ''] = mantissa.replace('-', '').split('.');
  const digits = int! + frac;
  const point = int!.length + exp;
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (negative ? '-' : '') + body;
}

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

/** More points than this and the x-axis shows numbers, with the labels listed under the chart. */
const MAX_AXIS_LABELS = 8;

/**
 * A mermaid `xychart-beta` line chart (rendered by GitHub itself: no image host involved). Each
 * series is drawn as bars (the points) under a line (the trend), in a strong colour; values of
 * very small or large magnitude are scaled and the axis says by how much.
 */
export function xyChart(chart: XyChart): string {
  const all = chart.series.flatMap((s) => s.values).filter(Number.isFinite);
  const magnitude = Math.max(0, ...all.map(Math.abs));
  const exp = magnitude > 0 ? Math.floor(Math.log10(magnitude)) : 0;
  const scaleExp = exp < -2 || exp >= 6 ? 3 * Math.floor(exp / 3) : 0;
  const scale = (v: number) => (scaleExp === 0 ? v : v / 10 ** scaleExp);
  const yLabel = scaleExp === 0 ? chart.yLabel : `${chart.yLabel} (×1e${scaleExp})`;
  const numbered = chart.xLabels.length > MAX_AXIS_LABELS;
  const labels = numbered ? chart.xLabels.map((_, i) => String(i + 1)) : chart.xLabels;
  const palette = chart.series.flatMap(() => ['#9ec5fe', '#0969da']).join(', ');
  const lines = [
    `%%{init: {"xyChart": {"width": 720, "height": 320}, "themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    'xychart-beta',
    `  title "${mermaidText(chart.title)}"`,
    `  x-axis [${unique(labels.map((l) => mermaidText(l, 20)))
      .map((l) => `"${l}"`)
      .join(', ')}]`,
  ];
  if (all.length > 0) {
    let lo = Math.min(...all.map(scale));
    let hi = Math.max(...all.map(scale));
    const pad = hi === lo ? Math.abs(hi) * 0.05 || 1 : (hi - lo) * 0.1;
    lo -= pad;
    hi += pad;
    lines.push(`  y-axis "${mermaidText(yLabel)}" ${mermaidNumber(lo)} --> ${mermaidNumber(hi)}`);
  } else {
    lines.push(`  y-axis "${mermaidText(yLabel)}"`);
  }
  for (const s of chart.series) {
    const values = s.values.map((v) => (Number.isFinite(v) ? mermaidNumber(scale(v)) : '0')).join(', ');
    lines.push(`  bar [${values}]`, `  line [${values}]`);
  }
  const block = mermaidBlock(lines.join('\n'));
  if (!numbered) return block;
  const legend = chart.xLabels.map((l, i) => `${i + 1}: ${escapeMarkdown(l)}`).join(' · ');
  return `${block}\n\n<sub>${legend}</sub>`;
}

/** Axis categories must differ: mermaid draws equal ones at one place (two runs of one commit). */
function unique(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n === 1 ? l : `${l} (${n})`;
  });
}

export interface GanttTask {
  label: string;
  /** Milliseconds from the start of the timeline. */
  start: number;
  duration: number;
  tag?: 'crit' | 'done' | 'active';
}

export interface GanttLane {
  name: string;
  tasks: GanttTask[];
}

/** Gantt lines starting with these words are directives, not tasks. */
const GANTT_KEYWORD =
  /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|click|acctitle|accdescr|displaymode|inclusiveenddates|topaxis)/i;

function ganttText(text: string): string {
  const t = mermaidText(text, 80).replace(/:/g, ' ') || '_';
  return GANTT_KEYWORD.test(t) ? `_${t}` : t;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * An elapsed time as a wall-clock time on 2000-01-01 with no time zone: mermaid parses it in the
 * viewer's zone and prints it in the same zone, so every viewer reads the same elapsed time.
 */
function elapsedClock(ms: number): string {
  const t = Math.max(0, Math.round(ms));
  const day = Math.floor(t / 86_400_000);
  const h = Math.floor(t / 3_600_000) % 24;
  const m = Math.floor(t / 60_000) % 60;
  const s = Math.floor(t / 1000) % 60;
  return `2000-01-${pad(1 + day)} ${pad(h)}:${pad(m)}:${pad(s)}.${pad(t % 1000, 3)}`;
}

/**
 * A mermaid gantt chart of elapsed time: the axis reads `mm:ss` (or `hh:mm` past an hour) from
 * the start, the same in every time zone, never a 1970 clock time.
 */
export function ganttChart(title: string, lanes: GanttLane[]): string {
  const end = Math.max(0, ...lanes.flatMap((l) => l.tasks.map((t) => t.start + t.duration)));
  const out = [
    'gantt',
    `  title ${ganttText(title)}`,
    '  dateFormat YYYY-MM-DD HH:mm:ss.SSS',
    `  axisFormat ${end >= 3_600_000 ? '%H:%M' : '%M:%S'}`,
    '  todayMarker off',
  ];
  for (const lane of lanes) {
    out.push(`  section ${ganttText(lane.name)}`);
    for (const t of lane.tasks) {
      const tag = t.tag ? `${t.tag}, ` : '';
      out.push(
        `    ${ganttText(t.label)} :${tag}${elapsedClock(t.start)}, ${Math.max(1, Math.round(t.duration))}ms`,
      );
    }
  }
  return out.join('\n');
}
