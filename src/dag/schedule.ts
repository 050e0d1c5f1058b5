import type { Graph } from './graph.js';
import { KeyedHeap } from './heap.js';

/** Start and finish (ms) and runner slot of every task; skipped tasks have slot -1 and take no time. */
export interface Schedule {
  start: Float64Array;
  finish: Float64Array;
  slot: Int32Array;
  makespan: number;
}

/**
 * Resource-constrained list schedule: whenever a runner of a pool is free, it takes the ready task
 * of that pool with the longest path to the end (`priority`, ties by input order). Event driven,
 * O((n + e) log n): a ready heap and a free-slot heap per pool, one heap of running tasks.
 */
export function listSchedule(g: Graph, priority: Float64Array): Schedule {
  const { n, pool, duration, skipped, succStart, succ, predStart } = g;
  const poolCount = g.pools.length;
  const start = new Float64Array(n);
  const finish = new Float64Array(n);
  const slot = new Int32Array(n).fill(-1);
  const waiting = new Int32Array(n);
  for (let i = 0; i < n; i++) waiting[i] = predStart[i + 1]! - predStart[i]!;

  // Ready tasks keyed by -priority (longest path first); running tasks by finish time.
  const ready: KeyedHeap[] = [];
  const freeSlots: KeyedHeap[] = [];
  for (let p = 0; p < poolCount; p++) {
    ready.push(new KeyedHeap(64));
    const free = new KeyedHeap(g.capacity[p]!);
    for (let s = 0; s < g.capacity[p]!; s++) free.push(s, s);
    freeSlots.push(free);
  }
  const running = new KeyedHeap(64);

  // Skipped tasks complete the moment they are ready; a stack resolves chains of them.
  const done: number[] = [];
  const release = (v: number, now: number) => {
    done.push(v);
    while (done.length > 0) {
      const u = done.pop()!;
      for (let k = succStart[u]!; k < succStart[u + 1]!; k++) {
        const s = succ[k]!;
        if (--waiting[s]! !== 0) continue;
        if (skipped[s]) {
          start[s] = now;
          finish[s] = now;
          done.push(s);
        } else ready[pool[s]!]!.push(-priority[s]!, s);
      }
    }
  };

  let now = 0;
  // Sources first, then release skipped ones: releasing during the scan would queue a task twice.
  const sources: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) sources.push(i);
  for (const i of sources) {
    if (skipped[i]) release(i, 0);
    else ready[pool[i]!]!.push(-priority[i]!, i);
  }
  let makespan = 0;
  for (;;) {
    for (let p = 0; p < poolCount; p++) {
      const r = ready[p]!;
      const free = freeSlots[p]!;
      while (r.size > 0 && free.size > 0) {
        const v = r.pop();
        slot[v] = free.pop();
        start[v] = now;
        finish[v] = now + duration[v]!;
        running.push(finish[v]!, v);
      }
    }
    if (running.size === 0) break;
    now = running.peekKey();
    if (now > makespan) makespan = now;
    while (running.size > 0 && running.peekKey() <= now) {
      const v = running.pop();
      freeSlots[pool[v]!]!.push(slot[v]!, slot[v]!);
      release(v, now);
    }
  }
  return { start, finish, slot, makespan };
}

/**
 * The naive schedule: stage k starts when all of stage k-1 has finished (a barrier between
 * stages, as `needs:` on whole stages would do); inside a stage, longest task first onto the
 * earliest free runner of its pool.
 */
export function barrierSchedule(g: Graph, stage: Int32Array, stageCount: number): Schedule {
  const { n, pool, duration, skipped } = g;
  const start = new Float64Array(n);
  const finish = new Float64Array(n);
  const slot = new Int32Array(n).fill(-1);
  // Bucket tasks by stage and pool, longest first.
  const poolCount = g.pools.length;
  const buckets = stageCount * poolCount;
  const bucketStart = new Int32Array(buckets + 1);
  for (let v = 0; v < n; v++) if (!skipped[v]) bucketStart[stage[v]! * poolCount + pool[v]! + 1]!++;
  for (let b = 0; b < buckets; b++) bucketStart[b + 1]! += bucketStart[b]!;
  const members = new Int32Array(bucketStart[buckets]!);
  const fill = bucketStart.slice(0, buckets);
  for (let v = 0; v < n; v++) if (!skipped[v]) members[fill[stage[v]! * poolCount + pool[v]!]!++] = v;
  const longestFirst = new KeyedHeap(64);

  let stageStart = 0;
  const stageEnd = new Float64Array(stageCount);
  for (let s = 0; s < stageCount; s++) {
    let end = stageStart;
    for (let p = 0; p < poolCount; p++) {
      const b = s * poolCount + p;
      const from = bucketStart[b]!;
      const to = bucketStart[b + 1]!;
      if (from === to) continue;
      for (let k = from; k < to; k++) longestFirst.push(-duration[members[k]!]!, members[k]!);
      // More runners than tasks: only the first (to - from) slots are ever used.
      const slots = Math.min(g.capacity[p]!, to - from);
      const earliest = new KeyedHeap(slots);
      for (let k = 0; k < slots; k++) earliest.push(stageStart, k);
      while (longestFirst.size > 0) {
        const v = longestFirst.pop();
        const free = earliest.peekKey();
        const k = earliest.pop();
        start[v] = free;
        finish[v] = free + duration[v]!;
        slot[v] = k;
        earliest.push(finish[v]!, k);
        if (finish[v]! > end) end = finish[v]!;
      }
    }
    stageEnd[s] = end;
    stageStart = end;
  }
  for (let v = 0; v < n; v++) {
    if (!skipped[v]) continue;
    const t = stage[v]! > 0 ? stageEnd[stage[v]! - 1]! : 0;
    start[v] = t;
    finish[v] = t;
  }
  return { start, finish, slot, makespan: stageStart };
}
