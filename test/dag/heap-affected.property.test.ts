import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affectedTasks } from '../../src/dag/affected.js';
import { KeyedHeap } from '../../src/dag/heap.js';

describe('KeyedHeap', () => {
  it('pops pairs in (key, value) order whatever the pushes and interleaved pops', () => {
    const op = fc.oneof(
      fc.tuple(fc.constant('push' as const), fc.integer({ min: -5, max: 5 }), fc.nat(20)),
      fc.constant(['pop'] as const),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const heap = new KeyedHeap(1);
        const model: [number, number][] = [];
        for (const o of ops) {
          if (o[0] === 'push') {
            heap.push(o[1], o[2]);
            model.push([o[1], o[2]]);
          } else if (model.length > 0) {
            model.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
            const [key, value] = model.shift()!;
            expect(heap.peekKey()).toBe(key);
            expect(heap.pop()).toBe(value);
          }
          expect(heap.size).toBe(model.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('affectedTasks', () => {
  it('is exactly the matching tasks, the tasks without paths, and everything downstream of them', () => {
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 20 }),
      edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }),
      scoped: fc.array(fc.option(fc.subarray(['a/**', 'b/*.py', 'c.txt']), { nil: undefined }), {
        minLength: 20,
        maxLength: 20,
      }),
      changed: fc.subarray(['a/x/y', 'b/m.py', 'c.txt', 'd/e']),
    });
    fc.assert(
      fc.property(arb, ({ n, edges, scoped, changed }) => {
        const needs: Set<number>[] = Array.from({ length: n }, () => new Set());
        for (const [x, y] of edges) if (x % n < y % n) needs[y % n]!.add(x % n);
        const tasks = needs.map((s, i) => ({
          id: `t${i}`,
          needs: [...s].map((j) => `t${j}`),
          paths: scoped[i],
        }));
        const got = affectedTasks(tasks, changed);
        // Reference: a task is affected when it is a seed or any of its needs is affected (ids are topological).
        const seed = (paths: string[] | undefined) =>
          paths === undefined ||
          changed.some((f) =>
            paths.some((p) =>
              p === 'a/**' ? f.startsWith('a/') : p === 'b/*.py' ? /^b\/[^/]*\.py$/.test(f) : f === p,
            ),
          );
        const expected = new Set<string>();
        tasks.forEach((t, i) => {
          if (seed(scoped[i]) || t.needs.some((nd) => expected.has(nd))) expected.add(t.id);
        });
        expect([...got].sort()).toEqual([...expected].sort());
      }),
      { numRuns: 300 },
    );
  });
});
