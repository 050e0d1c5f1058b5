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

/** Text from the cluster or a metrics backend, safe inside a markdown table cell. */
export function cell(text: string): string {
  return text.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

const TITLE: Record<Verdict, string> = {
  promoted: 'promoted',
  'rolled-back': 'rolled back',
  unchanged: 'unchanged',
  failed: 'failed',
};

export function renderReport(r: RolloutReport): string {
  const lines = [
    `## model-deploy: ${cell(r.model)} ${TITLE[r.verdict]}`,
    '',
    `**${r.verdict === 'promoted' || r.verdict === 'unchanged' ? 'Result' : 'Reason'}:** ${cell(r.reason)}`,
    '',
    `| | |`,
    `| --- | --- |`,
    `| namespace | ${cell(r.namespace)} |`,
    `| image | \`${r.image.replace(/`/g, '')}\` |`,
    ...(r.stableImage ? [`| stable before | \`${r.stableImage.replace(/`/g, '')}\` |`] : []),
    ...(r.revision !== undefined ? [`| revision | ${r.revision} |`] : []),
    `| duration | ${(r.durationMs / 1000).toFixed(1)}s |`,
    ...(r.stableReadyMin !== undefined ? [`| stable ready (lowest seen) | ${r.stableReadyMin} |`] : []),
  ];
  const names = Object.keys(r.measurements);
  if (names.length > 0) {
    lines.push(
      '',
      '### Analysis',
      '',
      '| metric | verdict | measurements (latest last) |',
      '| --- | --- | --- |',
    );
    for (const name of names) {
      const status = r.metrics.find((m) => m.name === name);
      const ms = r.measurements[name] ?? [];
      const values = ms
        .slice(-6)
        .map(
          (m) =>
            `${m.phase}${m.value !== undefined ? ` ${m.value}` : ''}${m.message && m.phase !== 'Successful' ? ` (${m.message})` : ''}`,
        )
        .join('; ');
      lines.push(`| ${cell(name)} | ${status?.phase ?? ms[ms.length - 1]?.phase ?? '-'} | ${cell(values)} |`);
    }
  }
  for (const e of r.evidence) {
    lines.push('', `### Pod ${cell(e.pod)} (${cell(e.phase)})`);
    if (e.events.length > 0) lines.push('', 'Events:', '', ...e.events.map((ev) => `- ${cell(ev)}`));
    if (e.logs.length > 0)
      lines.push('', 'Last log lines:', '', '```text', ...e.logs.map((l) => l.replace(/```/g, "'''")), '```');
  }
  return `${lines.join('\n')}\n`;
}

/** One progress line: step i/n, weight, ready pods, each metric's value and verdict. */
export function progressLine(p: Progress): string {
  const step = p.steps > 0 ? `step ${p.step}/${p.steps}${p.stepKind ? ` ${p.stepKind}` : ''}` : p.phase;
  const metrics = p.metrics.map((m) => `${m.name}=${m.value ?? '-'} ${m.phase}`).join(', ');
  return [
    `[${p.phase}] ${step}`,
    `weight ${Math.round(p.weight * 10) / 10}%`,
    `canary ${p.canaryReady}/${p.canaryDesired} ready`,
    `stable ${p.stableReady} ready`,
    ...(metrics ? [metrics] : []),
    p.message,
  ].join(' | ');
}
