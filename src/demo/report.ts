import { describeStep } from '../pipeline/flow.js';
import type { FlowReport } from '../pipeline/run.js';
import { code, escapeMarkdown, shortDigest, shortenDigests, table, truncate } from '../report/markdown.js';
import { type GanttLane, ganttChart, mermaidBlock } from '../report/mermaid.js';

export interface TimelineEntry {
  /** Seconds since the demo started. */
  t: number;
  message: string;
}

interface DemoReportInput {
  releases: { tag: string; expect: string; got: string; report: FlowReport }[];
  schedule: string;
  timeline: TimelineEntry[];
  seconds: number;
  ok: boolean;
}

const ROLLOUT_LINE = /step \d+\/\d+|weight|rolled back|rolling back|promot|analysis|abort|stable|canary/i;

/** report.md: what happened to each release, the evaluation tables, the schedule, the rollout timeline. */
export function renderDemoReport(input: DemoReportInput): string {
  const out: string[] = [
    '# model-deploy demo',
    '',
    `${input.ok ? '✅ every release did what it should' : '❌ a release did not do what it should'} — ${input.seconds.toFixed(1)} s in all, against a simulated cluster of 3 nodes × 8 GPUs.`,
    '',
    table(
      ['release', 'expected', 'outcome', 'image', 'steps'],
      input.releases.map((r) => [
        escapeMarkdown(r.tag),
        escapeMarkdown(r.expect),
        `${r.got === r.expect ? '✅' : '❌'} ${escapeMarkdown(r.got)}`,
        r.report.digest ? code(shortDigest(r.report.digest)) : '',
        r.report.steps
          .map((s) => `${s.step.kind} ${s.status === 'passed' ? '✓' : s.status === 'failed' ? '✗' : '–'}`)
          .join(', '),
      ]),
    ),
    '',
    '## Release timeline',
    '',
  ];
  let clock = 0;
  const lanes: GanttLane[] = input.releases.map((r) => ({
    name: r.tag,
    tasks: r.report.steps.map((s) => {
      const duration = Math.max(50, Math.round(s.seconds * 1000));
      const task = {
        label: describeStep(s.step),
        start: clock,
        duration,
        ...(s.status === 'failed'
          ? { tag: 'crit' as const }
          : s.status === 'skipped'
            ? { tag: 'done' as const }
            : {}),
      };
      clock += duration;
      return task;
    }),
  }));
  out.push(mermaidBlock(ganttChart('Releases through the pipeline (elapsed time)', lanes)), '');
  out.push('## Evaluation', '');
  for (const r of input.releases) {
    const evaluation = r.report.steps.find((s) => s.step.kind === 'evaluate')?.result?.summary;
    out.push(`### ${r.tag}`, '', evaluation?.trim() ?? '_not evaluated_', '');
  }
  out.push('## Pipeline schedule', '', input.schedule.trim(), '');
  out.push('## Rollout log', '', '| t (s) | event |', '| ---: | --- |');
  for (const e of input.timeline.filter((e) => ROLLOUT_LINE.test(e.message) || e.message.startsWith('━━'))) {
    out.push(`| ${e.t.toFixed(1)} | ${escapeMarkdown(truncate(shortenDigests(e.message), 300))} |`);
  }
  out.push('');
  for (const r of input.releases) {
    const deploy = r.report.steps.find((s) => s.step.kind === 'deploy')?.result?.summary;
    if (deploy) out.push(`## Rollout report: ${r.tag}`, '', deploy.trim(), '');
  }
  return out.join('\n');
}
