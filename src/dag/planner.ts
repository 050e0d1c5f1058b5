import { buildGraph, type DagTask, type Graph, type SkipReason } from './graph.js';
import { barrierSchedule, listSchedule, type Schedule } from './schedule.js';
import { analyzeTiming, type Timing } from './timing.js';

export interface PlannedTask {
  id: string;
  needs: readonly string[];
  stage: number;
  /** Planned start and finish in ms from the pipeline's start (list schedule). */
  start: number;
  finish: number;
  duration: number;
  pool: string;
  /** Runner slot within the pool (0-based); null for a skipped task. */
  slot: number | null;
  earliestStart: number;
  latestStart: number;
  slack: number;
  critical: boolean;
  skipped: SkipReason | null;
}

export interface PoolSummary {
  name: string;
  runners: number;
  /** Sum of the durations of the pool's tasks that run (ms). */
  work: number;
}

/** The plan: a pure function of tasks, durations, skips and runner capacity. */
export interface Plan {
  makespan: number;
  lowerBound: number;
  barrierMakespan: number;
  criticalLength: number;
  criticalPath: string[];
  stages: string[][];
  pools: PoolSummary[];
  tasks: PlannedTask[];
}

export interface PlanOptions {
  /** Runners per pool. */
  capacity: Readonly<Record<string, number>>;
}

/** Everything the planner computed, in typed arrays, for callers that need more than the Plan. */
export interface PlanDetail {
  graph: Graph;
  timing: Timing;
  schedule: Schedule;
  barrier: Schedule;
}

export function planPipeline(tasks: readonly DagTask[], options: PlanOptions): Plan {
  return toPlan(tasks, planDetail(tasks, options));
}

export function planDetail(tasks: readonly DagTask[], options: PlanOptions): PlanDetail {
  const graph = buildGraph(tasks, options.capacity);
  const timing = analyzeTiming(graph);
  const schedule = listSchedule(graph, timing.tail);
  const barrier = barrierSchedule(graph, timing.stage, timing.stageCount);
  return { graph, timing, schedule, barrier };
}

function toPlan(tasks: readonly DagTask[], { graph, timing, schedule, barrier }: PlanDetail): Plan {
  const stages: string[][] = Array.from({ length: timing.stageCount }, () => []);
  const planned: PlannedTask[] = new Array(graph.n);
  for (let i = 0; i < graph.n; i++) {
    const t = tasks[i]!;
    const stage = timing.stage[i]!;
    stages[stage]!.push(t.id);
    const earliestStart = timing.earliestStart[i]!;
    const latestStart = timing.latestStart[i]!;
    planned[i] = {
      id: t.id,
      needs: t.needs,
      stage,
      start: schedule.start[i]!,
      finish: schedule.finish[i]!,
      duration: graph.duration[i]!,
      pool: t.pool,
      slot: schedule.slot[i]! < 0 ? null : schedule.slot[i]!,
      earliestStart,
      latestStart,
      slack: latestStart - earliestStart,
      critical: timing.critical[i] === 1,
      skipped: t.skipped ?? null,
    };
  }
  return {
    makespan: schedule.makespan,
    lowerBound: timing.lowerBound,
    barrierMakespan: barrier.makespan,
    criticalLength: timing.criticalLength,
    criticalPath: timing.criticalPath.map((i) => graph.ids[i]!),
    stages,
    pools: graph.pools.map((name, p) => ({ name, runners: graph.capacity[p]!, work: timing.work[p]! })),
    tasks: planned,
  };
}
