import { formatDuration } from '../config/units.js';
import type { ExecutionReport } from './executor.js';
import type { Plan, PlannedTask } from './planner.js';

/** Beyond this many tasks the diagrams stop being readable (and GitHub refuses huge mermaid blocks). */
export const DIAGRAM_LIMIT = 200;
export const TABLE_LIMIT = 500;

/**
 * Text for a mermaid label: anything but letters, digits, space, `_`, `.`, `-` and parentheses becomes a
 * numeric entity (`#35;`), which mermaid decodes after parsing, so ids cannot break the diagram.
 */
export function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9 _.()-]/gu, (c) => `#${c.codePointAt(0)};`);
}

function markdownCell(text: string): string {
  return text.replace(/[\\|`*_<>[\]]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/** An id as inline code in a table cell: backslash escapes do not work inside code, pipes still split cells. */
function codeCell(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')}\``;
}

const ms = (n: number) => formatDuration(n);

/** Gantt lines starting with these words are directives, not tasks. */
const GANTT_KEYWORD =
  /^(title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|click|acctitle|accdescr|displaymode|inclusiveenddates|topaxis)/i;

function ganttLabel(id: string): string {
  const text = mermaidText(id);
  return GANTT_KEYWORD.test(text) ? `#${text.codePointAt(0)};${text.slice(1)}` : text;
}

/** Job summary: headline figures, the task table, the schedule as a gantt and the DAG as a flowchart. */
export function renderMarkdown(plan: Plan): string {
  const skipped = plan.tasks.filter((t) => t.skipped);
  const running = plan.tasks.length - skipped.length;
  const runners = plan.pools.map((p) => `${p.name} ${p.runners}`).join(' · ');
  const ratio = plan.makespan > 0 ? plan.barrierMakespan / plan.makespan : 1;
  const lines = [
    '### Pipeline plan',
    '',
    `**Makespan ${ms(plan.makespan)}** on ${runners || 'no'} runners: lower bound ${ms(plan.lowerBound)} ` +
      `(critical path ${ms(plan.criticalLength)}), stage-by-stage ${ms(plan.barrierMakespan)}` +
      (ratio > 1 ? ` (${ratio.toFixed(2)}× longer)` : '') +
      '.',
    '',
    `${running} of ${plan.tasks.length} tasks run in ${plan.stages.length} stages` +
      (skipped.length > 0 ? `; skipped: ${countReasons(skipped)}` : '') +
      '.',
    '',
    `**Critical path:** ${plan.criticalPath.length > 0 ? plan.criticalPath.map(codeCell).join(' → ') : 'none'}`,
    '',
    ...renderTable(plan),
  ];
  if (plan.tasks.length > DIAGRAM_LIMIT) {
    lines.push('', `_Diagrams omitted: ${plan.tasks.length} tasks (limit ${DIAGRAM_LIMIT})._`);
  } else if (plan.tasks.length > 0) {
    lines.push('', '```mermaid', renderGantt(plan), '```', '', '```mermaid', renderFlowchart(plan), '```');
  }
  return `${lines.join('\n')}\n`;
}

function countReasons(tasks: PlannedTask[]): string {
  const counts = new Map<string, number>();
  for (const t of tasks) counts.set(t.skipped!, (counts.get(t.skipped!) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).join(', ');
}

function renderTable(plan: Plan): string[] {
  const rows = [...plan.tasks].sort((a, b) => a.start - b.start || a.stage - b.stage);
  const shown = rows.slice(0, TABLE_LIMIT);
  const out = [
    '| task | runner | stage | start | finish | slack | |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const t of shown) {
    const id = codeCell(t.id);
    if (t.skipped) {
      out.push(`| ${id} | ${markdownCell(t.pool)} | ${t.stage} | — | — | — | skipped: ${t.skipped} |`);
      continue;
    }
    const runner = `${markdownCell(t.pool)} #${(t.slot ?? 0) + 1}`;
    out.push(
      `| ${id} | ${runner} | ${t.stage} | ${ms(t.start)} | ${ms(t.finish)} | ${ms(t.slack)} | ${t.critical ? '**critical**' : ''} |`,
    );
  }
  if (rows.length > shown.length)
    out.push('', `_${rows.length - shown.length} more tasks in the JSON plan._`);
  return out;
}

/** Mermaid gantt of the list schedule: one section per runner, critical tasks marked `crit`. */
export function renderGantt(plan: Plan): string {
  const lanes = new Map<string, PlannedTask[]>();
  for (const t of plan.tasks) {
    if (t.skipped || t.slot === null) continue;
    const lane = `${t.pool} ${t.slot + 1}`;
    const list = lanes.get(lane);
    if (list) list.push(t);
    else lanes.set(lane, [t]);
  }
  const out = ['gantt', '  title Schedule', '  dateFormat x', '  axisFormat %H:%M:%S', '  todayMarker off'];
  const names = [...lanes.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  for (const lane of names) {
    out.push(`  section ${mermaidText(lane)}`);
    for (const t of lanes.get(lane)!.sort((a, b) => a.start - b.start)) {
      const start = Math.round(t.start);
      const length = Math.max(1, Math.round(t.finish) - start);
      out.push(`    ${ganttLabel(t.id)} :${t.critical ? 'crit, ' : ''}${start}, ${length}ms`);
    }
  }
  return out.join('\n');
}

/** Mermaid flowchart of the DAG; node ids are generated, task ids only appear as escaped labels. */
export function renderFlowchart(plan: Plan): string {
  const node = new Map(plan.tasks.map((t, i) => [t.id, `t${i}`]));
  const out = ['flowchart LR'];
  plan.tasks.forEach((t, i) => {
    const label = t.skipped ? `${t.id} (${t.skipped})` : `${t.id} (${ms(t.duration)})`;
    out.push(`  t${i}["${mermaidText(label)}"]`);
  });
  for (const t of plan.tasks) {
    for (const need of t.needs) {
      const from = node.get(need);
      if (from) out.push(`  ${from} --> ${node.get(t.id)}`);
    }
  }
  const critical = plan.tasks.filter((t) => t.critical).map((t) => node.get(t.id));
  const skipped = plan.tasks.filter((t) => t.skipped).map((t) => node.get(t.id));
  out.push('  classDef critical stroke:#d73a49,stroke-width:3px');
  out.push('  classDef skipped stroke-dasharray:4 3,color:#888');
  if (critical.length > 0) out.push(`  class ${critical.join(',')} critical`);
  if (skipped.length > 0) out.push(`  class ${skipped.join(',')} skipped`);
  return out.join('\n');
}

/** Job summary of a pipeline run: one row per task with its outcome. */
export function renderRun(report: ExecutionReport): string {
  const counts = new Map<string, number>();
  for (const r of report.runs) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const lines = [
    '### Pipeline run',
    '',
    [...counts].map(([status, n]) => `${n} ${status}`).join(', ') + '.',
    '',
    '| task | result | attempts | duration | |',
    '| --- | --- | ---: | ---: | --- |',
  ];
  const icon = { succeeded: '✅', failed: '❌', skipped: '⏭️' } as const;
  for (const r of report.runs.slice(0, TABLE_LIMIT)) {
    lines.push(
      `| ${codeCell(r.id)} | ${icon[r.status]} ${r.status} | ${r.attempts} | ${r.attempts > 0 ? ms(r.durationMs) : '—'} | ${markdownCell(r.reason ?? '')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
