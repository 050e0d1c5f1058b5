import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import { type AggregateRequest, aggregateCheckpoints } from '../../src/federated/aggregate.js';
import { parseMethod } from '../../src/federated/method.js';
import { type CheckResult, py, reference, removeTempDirs, TENSORS, tempDir } from './support.js';

afterAll(removeTempDirs);

const clientsOf = (dir: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ path: join(dir, `c${i}.safetensors`), label: `c${i}` }));

function request(
  dir: string,
  method: string,
  out: string,
  extra: Partial<AggregateRequest> = {},
): AggregateRequest {
  return {
    clients: clientsOf(dir, 5),
    base: { path: join(dir, 'base.safetensors'), label: 'base' },
    method: parseMethod(method),
    out,
    weightKey: 'num_samples',
    nonFinite: 'fail',
    chunkBytes: 512,
    ...extra,
  };
}

describe.skipIf(!py.available)('a client poisoned ×1000', () => {
  let dir: string;
  const distance = (out: string) =>
    reference<{ relative_distance: number }>('poison', { dir, out, clients: 5, poison: 3 }).relative_distance;

  beforeAll(() => {
    dir = tempDir('fed-poison-');
    reference('gen', {
      dir,
      dtype: 'F32',
      clients: 5,
      tensors: TENSORS,
      weights: [1, 1, 1, 1, 1],
      base: true,
      poison: 3,
    });
  });

  test('moves FedAvg far from the honest mean and is flagged', async () => {
    const out = join(dir, 'fedavg.safetensors');
    const result = await aggregateCheckpoints(request(dir, 'fedavg', out));
    expect(distance(out)).toBeGreaterThan(50);
    expect(result.clients.filter((c) => c.outlier).map((c) => c.client)).toEqual(['c3']);
    expect(result.clients[3]!.reasons.join()).toMatch(/update norm .* the median/);
  });

  test.each(['median', 'trimmed-mean:0.2'])('barely moves %s', async (method) => {
    const out = join(dir, `${method.replace(/[:.]/g, '_')}.safetensors`);
    const result = await aggregateCheckpoints(request(dir, method, out));
    expect(distance(out)).toBeLessThan(0.5);
    expect(result.clients.filter((c) => c.outlier).map((c) => c.client)).toEqual(['c3']);
  });

  test('norm clipping bounds its influence', async () => {
    const out = join(dir, 'clip.safetensors');
    const result = await aggregateCheckpoints(request(dir, 'fedavg-clip:1', out));
    expect(result.clients[3]!.clipScale).toBeLessThan(0.01);
    expect(distance(out)).toBeLessThan(1);
  });
});

describe.skipIf(!py.available)('NaN/Inf in a client', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('fed-nan-');
    reference('gen', {
      dir,
      dtype: 'BF16',
      clients: 5,
      tensors: TENSORS,
      weights: [5, 4, 3, 2, 1],
      base: true,
      nan: 2,
    });
  });

  test.each(['fedavg', 'median', 'fedavg-clip:0.5'])(
    'exclude: %s leaves the client out and reports it',
    async (method) => {
      const out = join(dir, `excluded-${method.replace(/[:.]/g, '_')}.safetensors`);
      const result = await aggregateCheckpoints(request(dir, method, out, { nonFinite: 'exclude' }));
      expect(result.excluded).toEqual(['c2']);
      const c2 = result.clients[2]!;
      expect(c2.excluded).toMatch(/NaN or Inf in tensor "layer1.weight" \(element 3\)/);
      expect(c2.share).toBe(0);
      const check = reference<CheckResult>('check', {
        dir,
        out,
        method,
        base: true,
        use_clients: [0, 1, 3, 4],
        use_weights: [5, 4, 2, 1],
      });
      for (const [name, t] of Object.entries(check.tensors))
        expect(t.max_err_over_half_ulp, name).toBeLessThanOrEqual(1);
      expect(check.metadata.excluded).toBe(JSON.stringify(['c2']));
      expect(check.metadata.clients).toBe(JSON.stringify(['c0', 'c1', 'c3', 'c4']));
    },
  );

  test('fail: InputError naming client and tensor, no output', async () => {
    const out = join(dir, 'failed.safetensors');
    const error = await aggregateCheckpoints(request(dir, 'fedavg', out)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /c2: NaN or Inf in tensor "layer1.weight".*--non-finite exclude/,
    );
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
