import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCycle } from '../../src/dag/cycle.js';
import { buildGraph, type DagTask } from '../../src/dag/graph.js';
import { planDetail, planPipeline } from '../../src/dag/planner.js';
import type { Schedule } from '../../src/dag/schedule.js';
import { ConfigError } from '../../src/errors.js';

const POOLS = ['cpu', 'gpu', 'tpu'];

/** Random DAGs: task i may only need tasks before it, then ids are shuffled so order hides nothing. */
const dagArb = fc
  .record({
    n: fc.integer({ min: 1, max: 40 }),
    seed: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.boolean()), { minLength: 40, maxLength: 40 }),
    durations: fc.array(
      fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0, max: 500, noNaN: true }),
      ),
      {
        minLength: 40,
        maxLength: 40,
      },
    ),
    edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 120 }),
    capacity: fc.tuple(
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 4 }),
      fc.integer({ min: 1, max: 4 }),
    ),
  })
  .map(({ n, seed, durations, edges, capacity }) => {
    const needs: Set<number>[] = Array.from({ length: n }, () => new Set());
    for (const [a, b] of edges) {
      const x = a % n;
      const y = b % n;
      if (x < y) needs[y]!.add(x);
      else if (y < x) needs[x]!.add(y);
    }
    const tasks: DagTask[] = [];
    for (let i = 0; i < n; i++) {
      const [poolPick, , , skip] = seed[i]!;
      tasks.push({
        id: `task-${i}`,
        needs: [...needs[i]!].map((j) => `task-${j}`),
        duration: durations[i]!,
        pool: POOLS[poolPick % POOLS.length]!,
        skipped: skip && poolPick % 5 === 0 ? 'cached' : null,
      });
    }
    // Present tasks in a shuffled order so the planner cannot rely on input order being topological.
    const order = tasks.map((_, i) => i).sort((a, b) => (seed[a]![1] % 97) - (seed[b]![1] % 97) || a - b);
    return {
      tasks: order.map((i) => tasks[i]!),
      capacity: { cpu: capacity[0], gpu: capacity[1], tpu: capacity[2] },
    };
  });

const EPS = 1e-6;

function checkSchedule(tasks: DagTask[], capacity: Record<string, number>, s: Schedule, label: string) {
  const index = new Map(tasks.map((t, i) => [t.id, i]));
  tasks.forEach((t, i) => {
    // scheduled once, with its own duration
    expect(s.finish[i]! - s.start[i]!, `${label} ${t.id} duration`).toBeCloseTo(
      t.skipped ? 0 : t.duration,
      6,
    );
    expect(s.start[i]!).toBeGreaterThanOrEqual(0);
    for (const need of t.needs) {
      expect(s.start[i]!, `${label} ${t.id} starts after ${need}`).toBeGreaterThanOrEqual(
        s.finish[index.get(need)!]! - EPS,
      );
    }
    if (t.skipped) expect(s.slot[i]).toBe(-1);
    else {
      expect(s.slot[i]!).toBeGreaterThanOrEqual(0);
      expect(s.slot[i]!).toBeLessThan(capacity[t.pool]!);
    }
  });
  // No two tasks overlap on one runner slot, hence no pool runs more tasks than it has runners.
  const lanes = new Map<string, [number, number][]>();
  tasks.forEach((t, i) => {
    if (t.skipped || t.duration === 0) return;
    const key = `${t.pool}/${s.slot[i]}`;
    lanes.set(key, [...(lanes.get(key) ?? []), [s.start[i]!, s.finish[i]!]]);
  });
  for (const [lane, spans] of lanes) {
    spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let k = 1; k < spans.length; k++) {
      expect(spans[k]![0], `${label} overlap on ${lane}`).toBeGreaterThanOrEqual(spans[k - 1]![1] - EPS);
    }
  }
  // The makespan is the last finish.
  expect(s.makespan).toBeCloseTo(Math.max(0, ...tasks.map((_, i) => s.finish[i]!)), 6);
}

describe('planner properties', () => {
  it('list and barrier schedules respect needs and runner capacity, and never beat the lower bound', () => {
    fc.assert(
      fc.property(dagArb, ({ tasks, capacity }) => {
        const { schedule, barrier, timing } = planDetail(tasks, { capacity });
        checkSchedule(tasks, capacity, schedule, 'list');
        checkSchedule(tasks, capacity, barrier, 'barrier');
        expect(schedule.makespan).toBeGreaterThanOrEqual(timing.lowerBound - EPS);
        expect(barrier.makespan).toBeGreaterThanOrEqual(timing.lowerBound - EPS);
        // Graham's bound for list scheduling holds per pool mix as well: never worse than CP + total work.
        const work = tasks.reduce((a, t) => a + (t.skipped ? 0 : t.duration), 0);
        expect(schedule.makespan).toBeLessThanOrEqual(timing.criticalLength + work + EPS);
      }),
      { numRuns: 300 },
    );
  });

  it('plan JSON lists every task once with consistent stages, slack and critical path', () => {
    fc.assert(
      fc.property(dagArb, ({ tasks, capacity }) => {
        const plan = planPipeline(tasks, { capacity });
        expect(plan.tasks.map((t) => t.id)).toEqual(tasks.map((t) => t.id));
        expect(plan.stages.flat().sort()).toEqual(tasks.map((t) => t.id).sort());
        const byId = new Map(plan.tasks.map((t) => [t.id, t]));
        for (const t of plan.tasks) {
          expect(t.slack).toBeGreaterThanOrEqual(-EPS);
          for (const need of t.needs) expect(t.stage).toBeGreaterThan(byId.get(need)!.stage);
          if (t.needs.length === 0) expect(t.stage).toBe(0);
          else expect(t.stage).toBe(1 + Math.max(...t.needs.map((n) => byId.get(n)!.stage)));
        }
        // The critical path is a chain of needs whose durations add up to the critical length.
        const path = plan.criticalPath.map((id) => byId.get(id)!);
        for (let k = 1; k < path.length; k++) {
          expect(path[k]!.earliestStart).toBeGreaterThanOrEqual(
            path[k - 1]!.earliestStart + path[k - 1]!.duration - EPS,
          );
          expect(path[k]!.critical).toBe(true);
        }
        expect(path.reduce((a, t) => a + t.duration, 0)).toBeCloseTo(plan.criticalLength, 6);
        expect(plan.lowerBound).toBeGreaterThanOrEqual(plan.criticalLength);
      }),
      { numRuns: 200 },
    );
  });

  it('finds a real cycle exactly when one exists', () => {
    const graphArb = fc.record({
      n: fc.integer({ min: 1, max: 25 }),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
    });
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const needs: number[][] = Array.from({ length: n }, () => []);
        for (const [a, b] of edges) needs[a % n]!.push(b % n);
        const predStart = new Int32Array(n + 1);
        const pred: number[] = [];
        for (let i = 0; i < n; i++) {
          predStart[i] = pred.length;
          pred.push(...needs[i]!);
        }
        predStart[n] = pred.length;
        const cycle = findCycle(n, predStart, Int32Array.from(pred));
        expect(cycle !== null).toBe(hasCycleByDfs(needs));
        if (cycle) {
          expect(cycle.length).toBeGreaterThan(0);
          expect(new Set(cycle).size).toBe(cycle.length);
          cycle.forEach((v, k) => {
            const next = cycle[(k + 1) % cycle.length]!;
            expect(needs[v], `${v} needs ${next}`).toContain(next);
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Independent reference: three-colour depth-first search. */
function hasCycleByDfs(needs: number[][]): boolean {
  const colour = new Array<number>(needs.length).fill(0);
  const visit = (v: number): boolean => {
    colour[v] = 1;
    for (const w of needs[v]!) {
      if (colour[w] === 1) return true;
      if (colour[w] === 0 && visit(w)) return true;
    }
    colour[v] = 2;
    return false;
  };
  return needs.some((_, v) => colour[v] === 0 && visit(v));
}

describe('planner validation', () => {
  it('names the whole cycle in order, starting at the first task in the file', () => {
    const tasks: DagTask[] = [
      { id: 'prep', needs: [], duration: 1, pool: 'cpu' },
      { id: 'a', needs: ['c', 'prep'], duration: 1, pool: 'cpu' },
      { id: 'b', needs: ['a'], duration: 1, pool: 'cpu' },
      { id: 'c', needs: ['b'], duration: 1, pool: 'cpu' },
    ];
    const error = (() => {
      try {
        buildGraph(tasks, { cpu: 1 });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([
      {
        path: 'pipeline.tasks[1].needs',
        message: 'dependency cycle: a → c → b → a (each task needs the next); remove one of these needs',
      },
    ]);
  });

  it('reports every unknown need, self need, duplicate and unknown pool at once', () => {
    const tasks: DagTask[] = [
      { id: 'a', needs: ['a'], duration: 1, pool: 'cpu' },
      { id: 'a', needs: ['zz'], duration: 1, pool: 'gpu' },
    ];
    expect(() => buildGraph(tasks, { cpu: 1 })).toThrow(ConfigError);
    try {
      buildGraph(tasks, { cpu: 1 });
    } catch (e) {
      expect((e as ConfigError).issues.map((i) => i.path)).toEqual([
        'pipeline.tasks[1].id',
        'pipeline.tasks[1].runner',
        'pipeline.tasks[0].needs[0]',
        'pipeline.tasks[1].needs[0]',
      ]);
    }
  });
});
