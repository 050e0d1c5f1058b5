import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  ActionsCacheBaselineStore,
  type ArtifactStore,
  type CacheApi,
  DirBaselineStore,
  type EvaluationRecord,
  HISTORY_LIMIT,
  nextBaseline,
  RECORD_MEDIA_TYPE,
  RegistryBaselineStore,
} from '../../src/evaluate/baseline.js';
import { commonDirectory, hashFiles, ResultCache, resultKey } from '../../src/evaluate/cache.js';

const root = mkdtempSync(join(tmpdir(), 'md-baseline-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function evaluation(i: number, extra: Partial<EvaluationRecord> = {}): EvaluationRecord {
  return {
    model: 'm',
    key: `k${i}`,
    modelKey: `sha256:${i}`,
    sha: `${i}`.padStart(40, '0'),
    createdAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
    metrics: { accuracy: 0.8 + i / 1000 },
    ...extra,
  };
}

describe('directory store', () => {
  it('round-trips records and carries the history on', async () => {
    const store = new DirBaselineStore(join(root, 'dir'), 'resnet');
    expect(await store.load()).toBeUndefined();
    let previous = await store.load();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      await store.save(nextBaseline(previous, evaluation(i, { samples: '{"id":1,"correct":true}\n' })));
      previous = await store.load();
    }
    expect(previous!.key).toBe(`k${HISTORY_LIMIT + 4}`);
    expect(previous!.samples).toBe('{"id":1,"correct":true}\n');
    expect(previous!.history).toHaveLength(HISTORY_LIMIT);
    expect(previous!.history.at(-1)!.metrics.accuracy).toBeCloseTo(0.8 + (HISTORY_LIMIT + 4) / 1000, 12);
    expect(previous!.history[0]!.sha).toBe('5'.padStart(40, '0'));
  });

  it('names a corrupt baseline file', async () => {
    mkdirSync(join(root, 'bad', 'm'), { recursive: true });
    writeFileSync(join(root, 'bad', 'm', 'baseline.json'), '{"nope": 1}');
    await expect(new DirBaselineStore(join(root, 'bad'), 'm').load()).rejects.toThrow(InputError);
    await expect(new DirBaselineStore(join(root, 'bad'), 'm').load()).rejects.toThrow(
      /bad\/m\/baseline\.json: not a model-deploy baseline record/,
    );
  });
});

/**
 * Stand-in for the GitHub Actions cache service (it only runs on GitHub): immutable entries,
 * exact key first, else the newest entry whose key starts with a restore key.
 */
function cacheService(): CacheApi & { keys: string[] } {
  const entries: { key: string; dir: string }[] = [];
  const storage = mkdtempSync(join(root, 'cache-service-'));
  return {
    keys: [],
    async saveCache(paths, key) {
      if (entries.some((e) => e.key === key))
        throw new Error(`Unable to reserve cache with key ${key}, another job may be creating this cache.`);
      const dir = join(storage, String(entries.length));
      cpSync(paths[0]!, dir, { recursive: true });
      entries.push({ key, dir });
      this.keys.push(key);
      return entries.length;
    },
    async restoreCache(paths, primaryKey, restoreKeys = []) {
      const hit =
        entries.find((e) => e.key === primaryKey) ??
        restoreKeys
          .map((p) => entries.filter((e) => e.key.startsWith(p)).at(-1))
          .find((e) => e !== undefined);
      if (!hit) return undefined;
      rmSync(paths[0]!, { recursive: true, force: true });
      cpSync(hit.dir, paths[0]!, { recursive: true });
      return hit.key;
    },
  };
}

describe('actions-cache store', () => {
  it('saves under a new key each time and restores the newest by prefix', async () => {
    const service = cacheService();
    const onMain = (run: number) =>
      new ActionsCacheBaselineStore(service, join(root, `runner-${run}`), 'resnet', `sha${run}-${run}-1`);
    expect(await onMain(1).load()).toBeUndefined();
    await onMain(1).save(nextBaseline(undefined, evaluation(1)));
    const second = onMain(2);
    await second.save(nextBaseline(await second.load(), evaluation(2)));
    expect(service.keys).toEqual([
      'model-deploy-baseline-resnet-sha1-1-1',
      'model-deploy-baseline-resnet-sha2-2-1',
    ]);
    const pr = new ActionsCacheBaselineStore(service, join(root, 'runner-pr'), 'resnet', 'shapr-9-1');
    const loaded = await pr.load();
    expect(loaded!.key).toBe('k2');
    expect(loaded!.history.map((h) => h.sha)).toEqual([evaluation(1).sha, evaluation(2).sha]);
    expect(
      await new ActionsCacheBaselineStore(service, join(root, 'runner-x'), 'other', 'x').load(),
    ).toBeUndefined();
  });
});

describe('registry store (against the ArtifactStore interface)', () => {
  // the OCI registry client implements ArtifactStore; this map keeps the contract test independent of it
  const artifacts = (): ArtifactStore & { items: Map<string, Uint8Array> } => {
    const items = new Map<string, Uint8Array>();
    return {
      items,
      async put(subject, mediaType, bytes) {
        items.set(`${subject} ${mediaType}`, bytes);
      },
      async get(subject, mediaType) {
        return items.get(`${subject} ${mediaType}`);
      },
    };
  };

  it('loads from the baseline image digest and saves onto the candidate digest', async () => {
    const a = artifacts();
    const first = new RegistryBaselineStore(a, { candidate: 'sha256:aaa' });
    expect(await first.load()).toBeUndefined();
    await first.save(nextBaseline(undefined, evaluation(1)));
    expect([...a.items.keys()]).toEqual([`sha256:aaa ${RECORD_MEDIA_TYPE}`]);
    const next = new RegistryBaselineStore(a, { baseline: 'sha256:aaa', candidate: 'sha256:bbb' });
    const loaded = await next.load();
    expect(loaded!.key).toBe('k1');
    await expect(new RegistryBaselineStore(a, { baseline: 'sha256:aaa' }).save(loaded!)).rejects.toThrow(
      /--model-digest/,
    );
  });
});

describe('result cache', () => {
  it('keys on model, dataset and command', async () => {
    const dir = join(root, 'files');
    mkdirSync(join(dir, 'model', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'model', 'a.bin'), 'A');
    writeFileSync(join(dir, 'model', 'sub', 'b.bin'), 'B');
    const h1 = await hashFiles(dir, ['model/**'], 'model.artifacts');
    writeFileSync(join(dir, 'model', 'sub', 'b.bin'), 'B2');
    const h2 = await hashFiles(dir, ['model/**'], 'model.artifacts');
    expect(h1).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(h2).not.toBe(h1);
    await expect(hashFiles(dir, ['weights/*.pt'], 'model.artifacts')).rejects.toThrow(
      /model\.artifacts: weights\/\*\.pt matched no files/,
    );
    const base = { model: h1, dataset: 'd', command: 'python3 eval.py', metrics: 'metrics.json' };
    expect(resultKey(base)).toBe(resultKey({ ...base }));
    expect(resultKey({ ...base, command: 'python3 eval.py --fast' })).not.toBe(resultKey(base));
    expect(resultKey({ ...base, dataset: 'e' })).not.toBe(resultKey(base));
    expect(commonDirectory('/r', ['model/a.bin', 'model/sub/b.bin'])).toBe('/r/model');
    expect(commonDirectory('/r', ['model/a.bin', 'tokenizer.json'])).toBe('/r');
    const cache = new ResultCache(join(root, 'results'));
    expect(cache.get('k1')).toBeUndefined();
    cache.put(evaluation(1));
    expect(cache.get('k1')?.metrics).toEqual(evaluation(1).metrics);
    expect(readdirSync(join(root, 'results'))).toEqual(['k1.json']);
  });
});
