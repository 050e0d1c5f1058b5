import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { aggregateCheckpoints } from '../../src/federated/aggregate.js';
import { parseMethod } from '../../src/federated/method.js';
import {
  type CheckResult,
  type GenSpec,
  py,
  reference,
  removeTempDirs,
  TENSORS,
  tempDir,
} from './support.js';

afterAll(removeTempDirs);

const DTYPES = ['F32', 'F16', 'BF16', 'F64'] as const;
const WEIGHTS = [120, 40, 300, 75, 10];

interface Case {
  method: string;
  base: boolean;
  deltas?: boolean;
}

const CASES: Case[] = [
  { method: 'fedavg', base: false },
  { method: 'fedavg', base: true },
  { method: 'fedavg', base: true, deltas: true },
  { method: 'median', base: true },
  { method: 'median', base: false },
  { method: 'trimmed-mean:0.2', base: false },
  { method: 'trimmed-mean:0.2', base: true, deltas: true },
  { method: 'fedavg-clip:CLIP', base: true },
  { method: 'fedavg-clip:CLIP', base: true, deltas: true },
];

describe.skipIf(!py.available)(
  'aggregation equals the numpy float64 reference within the output dtype rounding',
  () => {
    for (const dtype of DTYPES) {
      describe(dtype, () => {
        const dirs = new Map<string, { dir: string; norms: number[] }>();
        beforeAll(() => {
          for (const deltas of [false, true]) {
            const dir = tempDir(`fed-${dtype}-`);
            const spec: GenSpec = {
              dir,
              dtype,
              clients: 5,
              tensors: TENSORS,
              weights: WEIGHTS,
              base: true,
              deltas,
              scales: [1, 2, 0.5, 4, 1.5],
              seed: 7,
            };
            dirs.set(String(deltas), { dir, norms: reference<{ norms: number[] }>('gen', spec).norms });
          }
        });

        test.each(CASES)('$method base=$base deltas=$deltas', async ({ method, base, deltas }) => {
          const { dir, norms } = dirs.get(String(deltas === true))!;
          // clip between the 3rd and 4th smallest update norms: two clients are clipped, three are not
          const sorted = [...norms].sort((a, b) => a - b);
          const clip = (sorted[2]! + sorted[3]!) / 2;
          const name = method.replace('CLIP', String(clip));
          const out = join(dir, `out-${name.replace(/[:.]/g, '_')}-${base}.safetensors`);
          const result = await aggregateCheckpoints({
            clients: WEIGHTS.map((_, i) => ({ path: join(dir, `c${i}.safetensors`), label: `c${i}` })),
            ...(base ? { base: { path: join(dir, 'base.safetensors'), label: 'base' } } : {}),
            deltas: deltas === true,
            method: parseMethod(name),
            out,
            weightKey: 'num_samples',
            nonFinite: 'fail',
            chunkBytes: 256, // 32 elements per step: tensors span several chunks
          });
          const check = reference<CheckResult>('check', {
            dir,
            out,
            method: name,
            base,
            deltas,
            use_clients: [0, 1, 2, 3, 4],
            use_weights: WEIGHTS,
          });
          expect(Object.keys(check.tensors).sort()).toEqual(Object.keys(TENSORS).sort());
          for (const [tensor, t] of Object.entries(check.tensors)) {
            expect(t.dtype, tensor).toBe(dtype);
            expect(t.max_err_over_half_ulp, tensor).toBeLessThanOrEqual(1);
            if (t.size > 0 && !deltas)
              expect(t.ref_vs_client0, `${tensor}: reference is not trivially client 0`).toBeGreaterThan(0);
          }
          expect(check.metadata).toMatchObject({
            method: name,
            clients: JSON.stringify(['c0', 'c1', 'c2', 'c3', 'c4']),
            weights: JSON.stringify(WEIGHTS),
            round: base ? '5' : '0',
          });
          if (name.startsWith('fedavg-clip')) {
            const clipped = result.clients.filter((c) => (c.clipScale ?? 1) < 1);
            expect(clipped.length).toBe(2);
          }
          for (const c of result.clients) {
            expect(c.updateNorm).toBeGreaterThan(0);
            expect(Math.abs(c.cosine!)).toBeLessThanOrEqual(1 + 1e-12);
          }
        });
      });
    }
  },
);

describe.skipIf(!py.available)('more clients than one fused sweep holds', () => {
  test.each([
    ['fedavg', false],
    ['fedavg', true],
    ['trimmed-mean:0.1', true],
  ])('%s with 11 clients, base=%s', async (method, base) => {
    const dir = tempDir('fed-many-');
    const weights = Array.from({ length: 11 }, (_, i) => 10 + i * 7);
    reference('gen', {
      dir,
      dtype: 'F32',
      clients: 11,
      tensors: { ...TENSORS, big: [70, 100] },
      weights,
      base: true,
      seed: 3,
    });
    const out = join(dir, 'out.safetensors');
    const result = await aggregateCheckpoints({
      clients: weights.map((_, i) => ({ path: join(dir, `c${i}.safetensors`), label: `c${i}` })),
      ...(base ? { base: { path: join(dir, 'base.safetensors'), label: 'base' } } : {}),
      method: parseMethod(method),
      out,
      weightKey: 'num_samples',
      nonFinite: 'fail',
      chunkBytes: 40_000, // 5000 elements: `big` is read as 5000 + 2000, summed in blocks of 4096 and the rest
    });
    const check = reference<CheckResult>('check', {
      dir,
      out,
      method,
      base,
      use_clients: weights.map((_, i) => i),
      use_weights: weights,
    });
    for (const [tensor, t] of Object.entries(check.tensors))
      expect(t.max_err_over_half_ulp, tensor).toBeLessThanOrEqual(1);
    expect(result.clients).toHaveLength(11);
    expect(result.clients.every((c) => c.cosine !== null && c.cosine > 0)).toBe(true);
  });
});
