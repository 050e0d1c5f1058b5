import { code, details, escapeMarkdown, table } from '../report/markdown.js';
import { xyChart } from '../report/mermaid.js';
import type { HistoryPoint } from './baseline.js';
import { fmt, fmtP, type GateReport, type MetricResult, type Verdict } from './gate.js';

const ICON: Record<Verdict, string> = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive' };

export interface RenderInput {
  report: GateReport;
  /** Candidate metrics without a gate, shown for information. */
  otherMetrics: Record<string, number>;
  baselineMetrics: Record<string, number> | undefined;
  /** Where the baseline came from, e.g. "abc1234 on refs/heads/main (2026-01-02)". */
  baselineLabel: string | undefined;
  /** The first baseline ever recorded, to show how far the current one has drifted from it. */
  origin?: HistoryPoint;
  /** Past baselines (oldest first) and this run, for the charts. */
  history: HistoryPoint[];
  current: HistoryPoint;
  historyLength: number;
  /** Set when the result came from the cache instead of running the command. */
  reusedFrom?: string;
}

/** The evaluation section of the PR comment and the job summary (the same markdown for both). */
export function renderEvaluation(input: RenderInput): string {
  const { report } = input;
  const level = `${percent(1 - report.significance.alpha)} CI`;
  const rows = report.metrics.map((m) => [
    code(m.metric),
    fmt(m.candidate),
    m.baseline === undefined ? '—' : fmt(m.baseline),
    deltaCell(m),
    m.ci ? ciCell(m, report.significance.alpha) : '—',
    ICON[m.verdict],
  ]);
  for (const [name, value] of Object.entries(input.otherMetrics).slice(0, 50)) {
    const b = input.baselineMetrics?.[name];
    rows.push([
      code(name),
      fmt(value),
      b === undefined ? '—' : fmt(b),
      b === undefined ? '—' : signed(value - b),
      '—',
      'no gate',
    ]);
  }
  const lines = [
    `#### Evaluation: ${ICON[report.verdict]}`,
    '',
    headline(report),
    '',
    table(['metric', 'candidate', 'baseline', 'delta', level, 'verdict'], rows, [
      'left',
      'right',
      'right',
      'right',
      'right',
      'left',
    ]),
    '',
    input.baselineLabel ? `Baseline: ${escapeMarkdown(input.baselineLabel)}.` : 'No baseline recorded yet.',
  ];
  const drift = driftLine(input);
  if (drift) lines.push(drift);
  if (input.reusedFrom)
    lines.push(
      `Results reused from an earlier evaluation of the same model, dataset and command (${escapeMarkdown(input.reusedFrom)}).`,
    );
  const explained = report.metrics.filter((m) => m.checks.length > 0);
  if (explained.length > 0) {
    lines.push(
      '',
      details(
        'How each gate was decided',
        [
          ...explained.map(
            (m) =>
              `- ${code(m.metric)} (${m.direction} is better, ${testLabel(m)}): ${m.checks.map((c) => `${c.check} ${c.verdict}: ${escapeMarkdown(c.reason)}`).join('; ')}`,
          ),
          '',
          significanceNote(report),
        ].join('\n'),
      ),
    );
  }
  const charts = renderCharts(input);
  if (charts) lines.push('', charts);
  return lines.join('\n');
}

/** How far the baseline has moved since the first one recorded, per gated metric. */
function driftLine(input: RenderInput): string | undefined {
  const { origin, baselineMetrics } = input;
  if (!origin || !baselineMetrics) return undefined;
  const moves = input.report.metrics
    .filter((m) => Number.isFinite(origin.metrics[m.metric]) && Number.isFinite(baselineMetrics[m.metric]))
    .map((m) => {
      const from = origin.metrics[m.metric]!;
      const to = baselineMetrics[m.metric]!;
      const rel = from === 0 ? '' : ` (${signed(((to - from) / Math.abs(from)) * 100)}%)`;
      return `${code(m.metric)} ${fmt(from)} → ${fmt(to)}: ${signed(to - from)}${rel}`;
    });
  if (moves.length === 0) return undefined;
  const since = `${origin.sha ? `${origin.sha.slice(0, 7)}, ` : ''}${origin.createdAt}`;
  return `Baseline drift since the first recorded baseline (${escapeMarkdown(since)}): ${moves.join('; ')}.`;
}

function significanceNote(report: GateReport): string {
  const s = report.significance;
  const holm =
    report.tests > 1 && (s.correction ?? 'holm') === 'holm'
      ? ` Holm's correction over the ${report.tests} bound tests keeps the chance of any false fail at α/2.`
      : '';
  return `Each bound is a one-sided test of a change beyond it at α/2 (α=${s.alpha}); over a bound but not significantly is inconclusive and never becomes the baseline.${holm} Paired bootstrap: ${s.resamples} resamples, seed ${s.seed}.`;
}

function renderCharts(input: RenderInput): string | undefined {
  const points = [...input.history, input.current].slice(-input.historyLength);
  const names = input.report.metrics.map((m) => m.metric).slice(0, 4);
  const charts: string[] = [];
  for (const name of names) {
    const series = points.filter((p) => Number.isFinite(p.metrics[name]));
    if (series.length < 2) continue;
    charts.push(
      xyChart({
        title: name,
        xLabels: series.map((p, i) =>
          p === input.current ? 'this PR' : p.sha ? p.sha.slice(0, 7) : `run ${i + 1}`,
        ),
        yLabel: name,
        series: [{ values: series.map((p) => p.metrics[name]!) }],
      }),
    );
  }
  return charts.length
    ? details(`History of the last ${points.length} runs`, charts.join('\n\n'))
    : undefined;
}

/**
 * The verdict's reason with metric names as code; reasons are escaped like every other text.
 */
function headline(report: GateReport): string {
  const notable = report.metrics.filter((m) => m.verdict === report.verdict);
  if (report.metrics.length === 0 || report.verdict === 'pass') return escapeMarkdown(report.reason);
  return notable.map((m) => `${code(m.metric)}: ${escapeMarkdown(m.reason)}`).join('<br>');
}

/** The interval, with its level when Holm's correction made it wider than the column's. */
function ciCell(m: MetricResult, alpha: number): string {
  const cell = `[${fmt(m.ci![0])}, ${fmt(m.ci![1])}]`;
  return Math.abs(m.confidence - (1 - alpha)) > 1e-12 ? `${cell} at ${percent(m.confidence)}` : cell;
}

function percent(x: number): string {
  return `${Number((x * 100).toPrecision(4))}%`;
}

function deltaCell(m: MetricResult): string {
  if (m.delta === undefined) return '—';
  const rel = m.relativeDelta === undefined ? '' : ` (${signed(m.relativeDelta * 100)}%)`;
  return `${signed(m.delta)}${rel}`;
}

const TEST_NAME: Record<Exclude<MetricResult['test'], 'none'>, string> = {
  score: 'paired-proportion score test',
  mcnemar: 'exact McNemar',
  bootstrap: 'paired bootstrap',
};

function testLabel(m: MetricResult): string {
  if (m.test === 'none')
    return escapeMarkdown(m.statistic ?? (m.baseline === undefined ? 'no baseline yet' : 'point estimates'));
  const p = m.pValue === undefined ? '' : `, one-sided p=${fmtP(m.pValue)}`;
  return `${TEST_NAME[m.test]} of the ${escapeMarkdown(m.statistic ?? '')} on ${m.samples} samples${p}`;
}

function signed(v: number): string {
  return v > 0 ? `+${fmt(v)}` : fmt(v);
}
