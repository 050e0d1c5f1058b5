import { ConfigError, type ConfigIssue } from '../errors.js';
import { findCycle } from './cycle.js';

/** Why a task does not run: no changed file matches its paths, or a recorded run has the same input hash. */
export type SkipReason = 'unaffected' | 'cached';

/** What the planner needs to know about one task; `pool` names an entry of the capacity map. */
export interface DagTask {
  id: string;
  needs: readonly string[];
  /** Milliseconds. */
  duration: number;
  pool: string;
  skipped?: SkipReason | null;
}

/**
 * The task graph in compressed sparse rows: predecessors of task i are
 * `pred[predStart[i] .. predStart[i+1])`, successors likewise. Index i is the task's input position.
 */
export interface Graph {
  n: number;
  ids: readonly string[];
  duration: Float64Array;
  /** Index into `pools`. */
  pool: Int32Array;
  pools: readonly string[];
  capacity: Int32Array;
  /** 1 when the task is skipped: it takes no time and no runner. */
  skipped: Uint8Array;
  predStart: Int32Array;
  pred: Int32Array;
  succStart: Int32Array;
  succ: Int32Array;
  /** A topological order (every task after all of its needs). */
  order: Int32Array;
}

const taskPath = (i: number) => `pipeline.tasks[${i}]`;

/**
 * Builds and validates the graph: duplicate ids, unknown or self needs, unknown pools, bad durations
 * and capacities are reported together; a cycle is reported with every task on it.
 */
export function buildGraph(tasks: readonly DagTask[], capacity: Readonly<Record<string, number>>): Graph {
  const n = tasks.length;
  const issues: ConfigIssue[] = [];
  const pools = Object.keys(capacity);
  const poolIndex = new Map(pools.map((p, i) => [p, i]));
  const caps = new Int32Array(pools.length);
  pools.forEach((p, i) => {
    const c = capacity[p]!;
    if (!Number.isInteger(c) || c < 1) {
      issues.push({
        path: `pipeline.runners.${p}`,
        message: `capacity must be a whole number ≥ 1, got ${c}`,
      });
    }
    caps[i] = c;
  });

  const index = new Map<string, number>();
  const ids: string[] = new Array(n);
  const duration = new Float64Array(n);
  const pool = new Int32Array(n);
  const skipped = new Uint8Array(n);
  let needCount = 0;
  for (let i = 0; i < n; i++) {
    const t = tasks[i]!;
    ids[i] = t.id;
    if (index.has(t.id)) {
      issues.push({
        path: `${taskPath(i)}.id`,
        message: `duplicate task id "${t.id}" (first at ${taskPath(index.get(t.id)!)})`,
      });
    } else index.set(t.id, i);
    if (!(Number.isFinite(t.duration) && t.duration >= 0)) {
      issues.push({
        path: `${taskPath(i)}.duration`,
        message: `duration must be a finite number ≥ 0 ms, got ${t.duration}`,
      });
    }
    duration[i] = t.skipped ? 0 : t.duration;
    skipped[i] = t.skipped ? 1 : 0;
    const p = poolIndex.get(t.pool);
    if (p === undefined) {
      issues.push({
        path: `${taskPath(i)}.runner`,
        message: `runner pool "${t.pool}" has no capacity in pipeline.runners (${pools.join(', ') || 'none'})`,
      });
    }
    pool[i] = p ?? 0;
    needCount += t.needs.length;
  }

  // Resolve needs, dropping repeats of the same need so each edge appears once.
  const predStart = new Int32Array(n + 1);
  const pred = new Int32Array(needCount);
  const stamp = new Int32Array(n);
  let e = 0;
  for (let i = 0; i < n; i++) {
    predStart[i] = e;
    const needs = tasks[i]!.needs;
    for (let j = 0; j < needs.length; j++) {
      const need = needs[j]!;
      const p = index.get(need);
      if (p === undefined) {
        issues.push({ path: `${taskPath(i)}.needs[${j}]`, message: `unknown task "${need}"` });
      } else if (p === i) {
        issues.push({ path: `${taskPath(i)}.needs[${j}]`, message: `task "${need}" needs itself` });
      } else if (stamp[p] !== i + 1) {
        stamp[p] = i + 1;
        pred[e++] = p;
      }
    }
  }
  predStart[n] = e;
  if (issues.length > 0) throw new ConfigError(issues);

  const succStart = new Int32Array(n + 1);
  for (let k = 0; k < e; k++) succStart[pred[k]! + 1]!++;
  for (let i = 0; i < n; i++) succStart[i + 1]! += succStart[i]!;
  const succ = new Int32Array(e);
  const fill = succStart.slice(0, n);
  for (let i = 0; i < n; i++) {
    for (let k = predStart[i]!; k < predStart[i + 1]!; k++) succ[fill[pred[k]!]!++] = i;
  }

  const order = topologicalOrder(n, predStart, succStart, succ);
  if (order === undefined) {
    const cycle = findCycle(n, predStart, pred.subarray(0, e))!;
    // Start the cycle at its first task in the file so the message is stable.
    const first = cycle.indexOf(Math.min(...cycle));
    const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
    const names = [...rotated, rotated[0]!].map((i) => ids[i]).join(' → ');
    throw new ConfigError([
      {
        path: `${taskPath(rotated[0]!)}.needs`,
        message: `dependency cycle: ${names} (each task needs the next); remove one of these needs`,
      },
    ]);
  }

  return {
    n,
    ids,
    duration,
    pool,
    pools,
    capacity: caps,
    skipped,
    predStart,
    pred: pred.subarray(0, e),
    succStart,
    succ,
    order,
  };
}

/** Kahn's algorithm; undefined when a cycle leaves tasks unordered. */
export function topologicalOrder(
  n: number,
  predStart: Int32Array,
  succStart: Int32Array,
  succ: Int32Array,
): Int32Array | undefined {
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++) indegree[i] = predStart[i + 1]! - predStart[i]!;
  const order = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order[tail++] = i;
  for (let head = 0; head < tail; head++) {
    const v = order[head]!;
    for (let k = succStart[v]!; k < succStart[v + 1]!; k++) {
      const s = succ[k]!;
      if (--indegree[s]! === 0) order[tail++] = s;
    }
  }
  return tail === n ? order : undefined;
}
