import { code, codeBlock, escapeMarkdown, facts, table, truncate } from '../report/markdown.js';
import type { Measurement } from './analysis.js';
import type { MetricStatus, Progress, Verdict } from './engine-types.js';
import type { PodEvidence } from './evidence.js';

export interface RolloutReport {
  model: string;
  namespace: string;
  image: string;
  stableImage?: string;
  revision?: number;
  verdict: Verdict;
  reason: string;
  durationMs: number;
  /** Metric statuses at the last analysis, and every measurement taken. */
  metrics: MetricStatus[];
  measurements: Record<string, Measurement[]>;
  evidence: PodEvidence[];
  lastProgress?: Progress;
  stableReadyMin?: number;
}

/** Text from the cluster or a metrics backend, escaped for markdown (the one shared function). */
export const cell = escapeMarkdown;

const TITLE: Record<Verdict, string> = {
  promoted: 'promoted',
  'rolled-back': 'rolled back',
  unchanged: 'unchanged',
  failed: 'failed',
};

const MAX_EVIDENCE_PODS = 5;
const MAX_EVENTS = 20;
const MAX_LOG_LINES = 40;

export function renderReport(r: RolloutReport): string {
  const lines = [
    `## model-deploy: ${cell(r.model)} ${TITLE[r.verdict]}`,
    '',
    `**${r.verdict === 'promoted' || r.verdict === 'unchanged' ? 'Result' : 'Reason'}:** ${cell(truncate(r.reason, 2000))}`,
    '',
    facts([
      ['namespace', cell(r.namespace)],
      ['image', code(r.image)],
      ...(r.stableImage ? [['stable before', code(r.stableImage)] as [string, string]] : []),
      ...(r.revision !== undefined ? [['revision', String(r.revision)] as [string, string]] : []),
      ['duration', `${(r.durationMs / 1000).toFixed(1)} s`],
      ...(r.stableReadyMin !== undefined
        ? [['stable ready (lowest seen)', String(r.stableReadyMin)] as [string, string]]
        : []),
    ]),
  ];
  const names = Object.keys(r.measurements);
  if (names.length > 0) {
    const rows = names.map((name) => {
      const status = r.metrics.find((m) => m.name === name);
      const ms = r.measurements[name] ?? [];
      const values = ms
        .slice(-6)
        .map(
          (m) =>
            `${m.phase}${m.value !== undefined ? ` ${m.value}` : ''}${m.message && m.phase !== 'Successful' ? ` (${truncate(m.message, 200)})` : ''}`,
        )
        .join('; ');
      return [cell(name), cell(status?.phase ?? ms[ms.length - 1]?.phase ?? '-'), cell(values)];
    });
    lines.push('', '### Analysis', '', table(['metric', 'verdict', 'measurements (latest last)'], rows));
  }
  for (const e of r.evidence.slice(0, MAX_EVIDENCE_PODS)) {
    lines.push('', `### Pod ${cell(e.pod)} (${cell(e.phase)})`);
    if (e.events.length > 0)
      lines.push(
        '',
        'Events:',
        '',
        ...e.events.slice(-MAX_EVENTS).map((ev) => `- ${cell(truncate(ev, 500))}`),
      );
    if (e.logs.length > 0)
      lines.push(
        '',
        'Last log lines:',
        '',
        codeBlock(
          e.logs
            .slice(-MAX_LOG_LINES)
            .map((l) => truncate(l, 500))
            .join('\n'),
          'text',
        ),
      );
  }
  if (r.evidence.length > MAX_EVIDENCE_PODS)
    lines.push('', `_… and ${r.evidence.length - MAX_EVIDENCE_PODS} more pods: \`kubectl describe\` them._`);
  return `${lines.join('\n')}\n`;
}

/** `weight 20% (asked 25%)`: what the router serves and, when different, what the step asked for. */
function weightText(p: Progress): string {
  const round = (w: number) => Math.round(w * 10) / 10;
  const asked = p.askedWeight === undefined ? undefined : round(p.askedWeight);
  return `weight ${round(p.weight)}%${asked !== undefined && asked !== round(p.weight) ? ` (asked ${asked}%)` : ''}`;
}

/** One progress line: step i/n, weight reached (and asked), ready pods, each metric's value and verdict. */
export function progressLine(p: Progress): string {
  const step = p.steps > 0 ? `step ${p.step}/${p.steps}${p.stepKind ? ` ${p.stepKind}` : ''}` : p.phase;
  const metrics = p.metrics.map((m) => `${m.name}=${m.value ?? '-'} ${m.phase}`).join(', ');
  return [
    `[${p.phase}] ${step}`,
    weightText(p),
    `canary ${p.canaryReady}/${p.canaryDesired} ready`,
    `stable ${p.stableReady} ready`,
    ...(metrics ? [metrics] : []),
    p.message,
  ].join(' | ');
}
