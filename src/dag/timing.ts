import type { Graph } from './graph.js';

/** Critical-path analysis of the graph without runner limits (all times in ms). */
export interface Timing {
  /** Topological level: 0 for tasks without needs, else 1 + the deepest need. */
  stage: Int32Array;
  stageCount: number;
  earliestStart: Float64Array;
  latestStart: Float64Array;
  /** Longest path from the task's start to the end of the pipeline, its own duration included. */
  tail: Float64Array;
  /** Length of the longest chain of needs (the makespan with unlimited runners). */
  criticalLength: number;
  /** 1 when the task has no slack: any delay to it delays the whole pipeline. */
  critical: Uint8Array;
  /** One longest chain, in run order, skipped tasks left out. */
  criticalPath: number[];
  /** Work (sum of durations) per pool. */
  work: Float64Array;
  /** max(critical length, work / runners for each pool): no schedule can be shorter. */
  lowerBound: number;
}

export function analyzeTiming(g: Graph): Timing {
  const { n, order, predStart, pred, succStart, succ, duration } = g;
  const stage = new Int32Array(n);
  const earliestStart = new Float64Array(n);
  let stageCount = n > 0 ? 1 : 0;
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    let level = 0;
    let start = 0;
    for (let e = predStart[v]!; e < predStart[v + 1]!; e++) {
      const p = pred[e]!;
      if (stage[p]! + 1 > level) level = stage[p]! + 1;
      const finish = earliestStart[p]! + duration[p]!;
      if (finish > start) start = finish;
    }
    stage[v] = level;
    earliestStart[v] = start;
    if (level + 1 > stageCount) stageCount = level + 1;
  }

  const tail = new Float64Array(n);
  let criticalLength = 0;
  for (let k = n - 1; k >= 0; k--) {
    const v = order[k]!;
    let longest = 0;
    for (let e = succStart[v]!; e < succStart[v + 1]!; e++) {
      const t = tail[succ[e]!]!;
      if (t > longest) longest = t;
    }
    tail[v] = duration[v]! + longest;
    if (tail[v]! > criticalLength) criticalLength = tail[v]!;
  }

  const latestStart = new Float64Array(n);
  const critical = new Uint8Array(n);
  const epsilon = 1e-9 * Math.max(1, criticalLength);
  for (let v = 0; v < n; v++) {
    latestStart[v] = criticalLength - tail[v]!;
    critical[v] = !g.skipped[v] && latestStart[v]! - earliestStart[v]! <= epsilon ? 1 : 0;
  }

  const work = new Float64Array(g.pools.length);
  for (let v = 0; v < n; v++) if (!g.skipped[v]) work[g.pool[v]!]! += duration[v]!;
  let lowerBound = criticalLength;
  for (let p = 0; p < work.length; p++) lowerBound = Math.max(lowerBound, work[p]! / g.capacity[p]!);

  return {
    stage,
    stageCount,
    earliestStart,
    latestStart,
    tail,
    criticalLength,
    critical,
    criticalPath: longestChain(g, tail),
    work,
    lowerBound,
  };
}

function longestChain(g: Graph, tail: Float64Array): number[] {
  let v = -1;
  for (let i = 0; i < g.n; i++) {
    if (g.predStart[i + 1] === g.predStart[i] && (v < 0 || tail[i]! > tail[v]!)) v = i;
  }
  const chain: number[] = [];
  while (v >= 0) {
    if (!g.skipped[v]) chain.push(v);
    let next = -1;
    for (let e = g.succStart[v]!; e < g.succStart[v + 1]!; e++) {
      const s = g.succ[e]!;
      if (next < 0 || tail[s]! > tail[next]!) next = s;
    }
    v = next;
  }
  return chain;
}
