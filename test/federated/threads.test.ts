import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { aggregateCheckpoints } from '../../src/federated/aggregate.js';
import { parseMethod } from '../../src/federated/method.js';
import { py, reference, removeTempDirs, TENSORS, tempDir } from './support.js';

afterAll(removeTempDirs);

const WEIGHTS = [120, 40, 300, 75, 10];

function request(dir: string, method: string, out: string, workers: number, extra: object = {}) {
  return {
    clients: WEIGHTS.map((_, i) => ({ path: join(dir, `c${i}.safetensors`), label: `c${i}` })),
    method: parseMethod(method),
    out,
    weightKey: 'num_samples',
    nonFinite: 'exclude' as const,
    chunkBytes: 384, // 48 elements per step, 16 per thread with 3: every tensor spans several ranges' units
    workers,
    ...extra,
  };
}

describe.skipIf(!py.available)('FedAvg split across worker threads', () => {
  for (const dtype of ['F32', 'BF16'] as const) {
    for (const variant of dtype === 'F32'
      ? (['no base', 'base', 'deltas', 'clip'] as const)
      : (['base'] as const)) {
      test(`${dtype} ${variant}: the same bytes and statistics as on one thread`, async () => {
        const dir = tempDir('fed-threads-');
        const deltas = variant === 'deltas' || variant === 'clip';
        reference('gen', {
          dir,
          dtype,
          clients: 5,
          tensors: { ...TENSORS, big: [40, 30] },
          weights: WEIGHTS,
          base: true,
          deltas,
          seed: 11,
        });
        const base =
          variant === 'no base'
            ? {}
            : { base: { path: join(dir, 'base.safetensors'), label: 'base' }, deltas };
        const method = variant === 'clip' ? 'fedavg-clip:1.5' : 'fedavg';
        const one = await aggregateCheckpoints(request(dir, method, join(dir, 'one.safetensors'), 1, base));
        const three = await aggregateCheckpoints(
          request(dir, method, join(dir, 'three.safetensors'), 3, base),
        );
        expect(
          readFileSync(join(dir, 'three.safetensors')).equals(readFileSync(join(dir, 'one.safetensors'))),
        ).toBe(true);
        expect(three.aggregateUpdateNorm).toBeCloseTo(one.aggregateUpdateNorm, 10);
        for (const [i, c] of three.clients.entries()) {
          expect(c.updateNorm).toBeCloseTo(one.clients[i]!.updateNorm!, 10);
          expect(c.cosine).toBeCloseTo(one.clients[i]!.cosine!, 10);
        }
      });
    }
  }

  test('a NaN in a later thread’s range excludes that client, as on one thread', async () => {
    const dir = tempDir('fed-threads-nan-');
    reference('gen', {
      dir,
      dtype: 'F32',
      clients: 5,
      tensors: { ...TENSORS, big: [40, 30] },
      weights: WEIGHTS,
      nan: 2,
    });
    const one = await aggregateCheckpoints(request(dir, 'fedavg', join(dir, 'one.safetensors'), 1));
    const three = await aggregateCheckpoints(request(dir, 'fedavg', join(dir, 'three.safetensors'), 3));
    expect(three.excluded).toEqual(['c2']);
    expect(three.excluded).toEqual(one.excluded);
    expect(
      readFileSync(join(dir, 'three.safetensors')).equals(readFileSync(join(dir, 'one.safetensors'))),
    ).toBe(true);
  });
});
