import type { Graph } from './graph.js';
import { IndexHeap } from './heap.js';

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

  const byPriority = (a: number, b: number) =>
    priority[a]! > priority[b]! || (priority[a] === priority[b] && a < b);
  const ready: IndexHeap[] = [];
  const freeSlots: IndexHeap[] = [];
  for (let p = 0; p < poolCount; p++) {
    ready.push(new IndexHeap(byPriority, 64));
    const free = new IndexHeap((a, b) => a < b, g.capacity[p]!);
    for (let s = 0; s < g.capacity[p]!; s++) free.push(s);
    freeSlots.push(free);
  }
  const running = new IndexHeap((a, b) => finish[a]! < finish[b]! || (finish[a] === finish[b] && a < b), 64);

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
        } else ready[pool[s]!]!.push(s);
      }
    }
  };

  let now = 0;
  // Sources first, then release skipped ones: releasing during the scan would queue a task twice.
  const sources: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) sources.push(i);
  for (const i of sources) {
    if (skipped[i]) release(i, 0);
    else ready[pool[i]!]!.push(i);
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
        running.push(v);
      }
    }
    if (running.size === 0) break;
    now = finish[running.peek()]!;
    if (now > makespan) makespan = now;
    while (running.size > 0 && finish[running.peek()]! <= now) {
      const v = running.pop();
      freeSlots[pool[v]!]!.push(slot[v]!);
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

  const slotFree = new Float64Array(Math.max(0, ...g.capacity));
  let stageStart = 0;
  const stageEnd = new Float64Array(stageCount);
  for (let s = 0; s < stageCount; s++) {
    let end = stageStart;
    for (let p = 0; p < poolCount; p++) {
      const b = s * poolCount + p;
      const tasks = members.subarray(bucketStart[b]!, bucketStart[b + 1]!);
      if (tasks.length === 0) continue;
      tasks.sort((a, c) => duration[c]! - duration[a]! || a - c);
      const cap = g.capacity[p]!;
      slotFree.fill(stageStart, 0, cap);
      const earliest = new IndexHeap(
        (a, c) => slotFree[a]! < slotFree[c]! || (slotFree[a] === slotFree[c] && a < c),
        cap,
      );
      for (let k = 0; k < cap; k++) earliest.push(k);
      for (const v of tasks) {
        const k = earliest.pop();
        start[v] = slotFree[k]!;
        finish[v] = start[v]! + duration[v]!;
        slot[v] = k;
        slotFree[k] = finish[v]!;
        earliest.push(k);
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
