import { formatDuration } from '../config/units.js';
import { code, escapeMarkdown, table, truncate } from '../report/markdown.js';
import { type GanttLane, ganttChart, mermaidBlock } from '../report/mermaid.js';
import type { SectionVerdict } from '../report/verdict.js';
import type { ExecutionReport } from './executor.js';
import type { Plan, PlannedTask } from './planner.js';

/** Task-level diagrams up to this many tasks; beyond, a stage-level chart (mermaid refuses over 500 edges). */
export const DIAGRAM_LIMIT = 100;
const EDGE_LIMIT = 300;
/** A chain longer than this renders as a hairline: it is charted by stage instead. */
const STAGE_LIMIT = 15;
/** Groups of consecutive stages in the stage-level chart, at most. */
const STAGE_GROUPS = 12;
export const TABLE_LIMIT = 500;

/**
 * Text for a mermaid label: anything but letters, digits, space, `_`, `.`, `-` and parentheses becomes a
 * numeric entity (`#35;`), which mermaid decodes after parsing, so ids cannot break the diagram.
 */
export function mermaidText(text: string): string {
  return text.replace(/[^A-Za-z0-9 _.()-]/gu, (c) => `#${c.codePointAt(0)};`);
}

const ms = (n: number) => formatDuration(n);

/** Job summary: headline figures, the task table, the schedule as a gantt and the DAG as a flowchart. */
export function renderMarkdown(plan: Plan): string {
  const skipped = plan.tasks.filter((t) => t.skipped);
  const running = plan.tasks.length - skipped.length;
  const runners = plan.pools.map((p) => `${escapeMarkdown(p.name)} ${p.runners}`).join(' · ');
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
    `**Critical path:** ${criticalPath(plan)}`,
    '',
    renderTable(plan),
  ];
  if (plan.tasks.length > 0) {
    if (taskLevel(plan))
      lines.push('', mermaidBlock(renderGantt(plan)), '', mermaidBlock(renderFlowchart(plan)));
    else
      lines.push(
        '',
        `_${plan.tasks.length} tasks in ${plan.stages.length} stages: charted by stage._`,
        '',
        mermaidBlock(renderStageGantt(plan)),
        '',
        mermaidBlock(renderStageFlowchart(plan)),
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The plan's line at the top of the pull-request comment: it informs, it does not block. */
export function planVerdict(plan: Plan): SectionVerdict {
  const running = plan.tasks.filter((t) => !t.skipped).length;
  return {
    status: 'info',
    reason: `${running} of ${plan.tasks.length} tasks in ${plan.stages.length} stages, makespan ${ms(plan.makespan)} (lower bound ${ms(plan.lowerBound)})`,
  };
}

function criticalPath(plan: Plan): string {
  const path = plan.criticalPath;
  if (path.length === 0) return 'none';
  if (path.length <= 12) return path.map(code).join(' → ');
  return `${path.slice(0, 5).map(code).join(' → ')} → … ${path.length - 10} more → ${path.slice(-5).map(code).join(' → ')}`;
}

function edgeCount(plan: Plan): number {
  return plan.tasks.reduce((n, t) => n + t.needs.length, 0);
}

/** Small and shallow enough to draw task by task. */
function taskLevel(plan: Plan): boolean {
  return (
    plan.tasks.length <= DIAGRAM_LIMIT && edgeCount(plan) <= EDGE_LIMIT && plan.stages.length <= STAGE_LIMIT
  );
}

function countReasons(tasks: PlannedTask[]): string {
  const counts = new Map<string, number>();
  for (const t of tasks) counts.set(t.skipped!, (counts.get(t.skipped!) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} ${reason}`).join(', ');
}

function renderTable(plan: Plan): string {
  const rows = [...plan.tasks].sort((a, b) => a.start - b.start || a.stage - b.stage);
  return table(
    ['task', 'runner', 'stage', 'start', 'finish', 'slack', 'critical'],
    rows.map((t) => {
      if (t.skipped)
        return [code(t.id), escapeMarkdown(t.pool), String(t.stage), '—', '—', '—', `skipped: ${t.skipped}`];
      return [
        code(t.id),
        `${escapeMarkdown(t.pool)} #${(t.slot ?? 0) + 1}`,
        String(t.stage),
        ms(t.start),
        ms(t.finish),
        ms(t.slack),
        t.critical ? '**yes**' : '',
      ];
    }),
    {
      align: ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
      max: TABLE_LIMIT,
      more: (n) => `_… and ${n} more tasks: \`model-deploy plan --format json\` lists every one._`,
    },
  );
}

/** Mermaid gantt of the list schedule in elapsed time: one section per runner, critical tasks marked `crit`. */
export function renderGantt(plan: Plan): string {
  const lanes = new Map<string, GanttLane>();
  for (const t of [...plan.tasks].sort((a, b) => a.start - b.start)) {
    if (t.skipped || t.slot === null) continue;
    const name = `${t.pool} ${t.slot + 1}`;
    const lane = lanes.get(name) ?? { name, tasks: [] };
    lanes.set(name, lane);
    lane.tasks.push({
      label: t.id,
      start: t.start,
      duration: Math.max(1, t.finish - t.start),
      ...(t.critical ? { tag: 'crit' as const } : {}),
    });
  }
  const names = [...lanes.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return ganttChart(
    'Schedule (elapsed time)',
    names.map((n) => lanes.get(n)!),
  );
}

/** Mermaid flowchart of the DAG; node ids are generated, task ids only appear as escaped labels. */
export function renderFlowchart(plan: Plan): string {
  const node = new Map(plan.tasks.map((t, i) => [t.id, `t${i}`]));
  const wide = Math.max(...plan.stages.map((s) => s.length));
  const out = [`flowchart ${plan.stages.length >= wide ? 'LR' : 'TB'}`];
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

interface StageGroup {
  label: string;
  tasks: PlannedTask[];
  start: number;
  finish: number;
  critical: boolean;
}

/** Consecutive stages in at most {@link STAGE_GROUPS} groups, with their tasks and time span. */
function stageGroups(plan: Plan): StageGroup[] {
  const per = Math.ceil(plan.stages.length / STAGE_GROUPS);
  const groups: StageGroup[] = [];
  for (let first = 0; first < plan.stages.length; first += per) {
    const last = Math.min(plan.stages.length, first + per) - 1;
    const tasks = plan.tasks.filter((t) => t.stage >= first && t.stage <= last);
    const run = tasks.filter((t) => !t.skipped);
    groups.push({
      label: first === last ? `stage ${first}` : `stages ${first}–${last}`,
      tasks,
      start: run.length ? Math.min(...run.map((t) => t.start)) : 0,
      finish: run.length ? Math.max(...run.map((t) => t.finish)) : 0,
      critical: run.some((t) => t.critical),
    });
  }
  return groups;
}

/** The schedule by stage group: one bar per group from its first start to its last finish. */
export function renderStageGantt(plan: Plan): string {
  return ganttChart('Schedule by stage (elapsed time)', [
    {
      name: 'stages',
      tasks: stageGroups(plan).map((g) => ({
        label: `${g.label} (${g.tasks.length} tasks)`,
        start: g.start,
        duration: Math.max(1, g.finish - g.start),
        ...(g.critical ? { tag: 'crit' as const } : {}),
      })),
    },
  ]);
}

/** The DAG by stage group: a node per group (tasks, span), an edge where a task needs one in another group. */
export function renderStageFlowchart(plan: Plan): string {
  const groups = stageGroups(plan);
  const per = Math.ceil(plan.stages.length / STAGE_GROUPS);
  const groupOf = new Map(plan.tasks.map((t) => [t.id, Math.floor(t.stage / per)]));
  const out = [`flowchart ${groups.length > 4 ? 'TB' : 'LR'}`];
  groups.forEach((g, i) => {
    const skipped = g.tasks.filter((t) => t.skipped).length;
    const label = `${g.label}: ${g.tasks.length} tasks${skipped ? `, ${skipped} skipped` : ''}, ${ms(g.finish - g.start)}`;
    out.push(`  s${i}["${mermaidText(label)}"]`);
  });
  const edges = new Map<string, number>();
  for (const t of plan.tasks) {
    for (const need of t.needs) {
      const from = groupOf.get(need);
      const to = groupOf.get(t.id)!;
      if (from === undefined || from === to) continue;
      const key = `${from} ${to}`;
      edges.set(key, (edges.get(key) ?? 0) + 1);
    }
  }
  for (const [key, n] of edges) {
    const [from, to] = key.split(' ');
    out.push(`  s${from} -->|"${n} need${n === 1 ? '' : 's'}"| s${to}`);
  }
  const critical = groups.flatMap((g, i) => (g.critical ? [`s${i}`] : []));
  out.push('  classDef critical stroke:#d73a49,stroke-width:3px');
  if (critical.length > 0) out.push(`  class ${critical.join(',')} critical`);
  return out.join('\n');
}

/** Job summary of a pipeline run: one row per task with its outcome. */
export function renderRun(report: ExecutionReport): string {
  const counts = new Map<string, number>();
  for (const r of report.runs) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const icon = { succeeded: '✅', failed: '❌', skipped: '⏭️' } as const;
  const rank = { failed: 0, skipped: 1, succeeded: 2 } as const;
  // failures first: they are what a reader of a capped table needs
  const runs = [...report.runs].sort((a, b) => rank[a.status] - rank[b.status]);
  const lines = [
    '### Pipeline run',
    '',
    [...counts].map(([status, n]) => `${n} ${status}`).join(', ') + '.',
    '',
    table(
      ['task', 'result', 'attempts', 'duration', 'detail'],
      runs.map((r) => [
        code(r.id),
        `${icon[r.status]} ${r.status}`,
        String(r.attempts),
        r.attempts > 0 ? ms(r.durationMs) : '—',
        escapeMarkdown(truncate(r.reason ?? '', 200)),
      ]),
      { align: ['left', 'left', 'right', 'right', 'left'], max: TABLE_LIMIT },
    ),
  ];
  return `${lines.join('\n')}\n`;
}
