import { describeStep } from '../pipeline/flow.js';
import type { FlowReport } from '../pipeline/run.js';
import { escapeMarkdown, table } from '../report/markdown.js';

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
        r.tag,
        r.expect,
        `${r.got === r.expect ? '✅' : '❌'} ${escapeMarkdown(r.got)}`,
        r.report.digest ? `\`${r.report.digest.slice(0, 19)}…\`` : '',
        r.report.steps
          .map((s) => `${s.step.kind} ${s.status === 'passed' ? '✓' : s.status === 'failed' ? '✗' : '–'}`)
          .join(', '),
      ]),
    ),
    '',
    '## Release timeline',
    '',
    '```mermaid',
    'gantt',
    '  title Releases through the pipeline (seconds)',
    '  dateFormat x',
    '  axisFormat %M:%S',
  ];
  let clock = 0;
  for (const r of input.releases) {
    out.push(`  section ${r.tag}`);
    for (const s of r.report.steps) {
      const ms = Math.max(50, Math.round(s.seconds * 1000));
      const tag = s.status === 'failed' ? 'crit, ' : s.status === 'skipped' ? 'done, ' : '';
      out.push(`  ${describeStep(s.step).replace(/[:;#]/g, ' ')} :${tag}${clock}, ${clock + ms}`);
      clock += ms;
    }
  }
  out.push('```', '');
  out.push('## Evaluation', '');
  for (const r of input.releases) {
    const evaluation = r.report.steps.find((s) => s.step.kind === 'evaluate')?.result?.summary;
    out.push(`### ${r.tag}`, '', evaluation?.trim() ?? '_not evaluated_', '');
  }
  out.push('## Pipeline schedule', '', input.schedule.trim(), '');
  out.push('## Rollout log', '', '| t (s) | event |', '| ---: | --- |');
  for (const e of input.timeline.filter((e) => ROLLOUT_LINE.test(e.message) || e.message.startsWith('━━'))) {
    out.push(`| ${e.t.toFixed(1)} | ${escapeMarkdown(e.message).slice(0, 300)} |`);
  }
  out.push('');
  for (const r of input.releases) {
    const deploy = r.report.steps.find((s) => s.step.kind === 'deploy')?.result?.summary;
    if (deploy) out.push(`## Rollout report: ${r.tag}`, '', deploy.trim(), '');
  }
  return out.join('\n');
}
