import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { affectedTasks } from '../../src/dag/affected.js';
import {
  type ActionsCacheApi,
  ActionsCacheStore,
  cacheStore,
  DirectoryCacheStore,
  matchFiles,
} from '../../src/dag/cache.js';
import { medianDurations, parseHistory, recordDurations } from '../../src/dag/history.js';
import { planPipeline } from '../../src/dag/planner.js';
import { mermaidText, renderFlowchart, renderGantt, renderMarkdown } from '../../src/dag/render.js';
import { InputError } from '../../src/errors.js';
import { tempDir, testContext } from './helpers.js';

describe('affectedTasks', () => {
  const tasks = [
    { id: 'a', needs: [], paths: ['src/**/*.ts'] },
    { id: 'b', needs: ['a'], paths: ['nothing/**'] },
    { id: 'c', needs: ['b'], paths: [] },
    { id: 'd', needs: [], paths: ['.github/**'] },
    { id: 'e', needs: [] },
  ];
  it.each([
    [['src/x/y.ts'], ['a', 'b', 'c', 'e']],
    [['README.md'], ['e']],
    [['.github/workflows/ci.yml'], ['d', 'e']],
    [[], ['e']],
  ])('changed %j affects %j', (changed, expected) => {
    expect([...affectedTasks(tasks, changed)].sort()).toEqual(expected);
  });
});

describe('history', () => {
  it('keeps the last 20 runs per task and plans with their median', () => {
    let h = parseHistory('{"version":1,"tasks":{"a":[5,1,3]}}', 'h.json');
    expect(medianDurations(h).get('a')).toBe(3);
    h = recordDurations(
      h,
      Array.from({ length: 25 }, (_, i) => ({ id: 'a', durationMs: i + 100 })),
    );
    expect(h.tasks.a).toHaveLength(20);
    expect(h.tasks.a![19]).toBe(124);
    expect(medianDurations(h).get('a')).toBe(114.5);
  });
  it.each([
    ['not json', 'not valid JSON'],
    ['{"tasks": []}', 'expected {"version": 1'],
    ['{"tasks": {"a": ["x"]}}', 'tasks.a must be a list of durations'],
  ])('rejects %s', (text, message) => {
    expect(() => parseHistory(text, 'h.json')).toThrow(InputError);
    expect(() => parseHistory(text, 'h.json')).toThrow(message);
  });
});

describe('cache', () => {
  it('matchFiles finds files by glob relative to the directory, skipping .git', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'src/deep'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    for (const f of ['src/a.py', 'src/deep/b.py', 'src/c.txt', 'top.py', '.git/x.py', 'weights.bin']) {
      writeFileSync(join(dir, f), f);
    }
    expect(matchFiles(dir, ['**/*.py'])).toEqual(['src/a.py', 'src/deep/b.py', 'top.py']);
    expect(matchFiles(dir, ['src/*.py', 'weights.bin', 'missing/**'])).toEqual(['src/a.py', 'weights.bin']);
  });

  it('the directory store remembers a recorded hash', async () => {
    const store = new DirectoryCacheStore(join(tempDir(), 'cache'));
    expect(await store.has('abc')).toBe(false);
    await store.record({ id: 't', hash: 'abc', durationMs: 1, finishedAt: new Date(0).toISOString() });
    expect(await store.has('abc')).toBe(true);
  });

  it('outside a runner with a cache service the action falls back to the directory store', () => {
    const { ctx, logged } = testContext(tempDir());
    const env = { ...process.env };
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      expect(cacheStore('/tmp/x', { action: true, log: ctx.log })).toBeInstanceOf(DirectoryCacheStore);
      expect(logged()).toContain('cache service is not available');
    } finally {
      process.env = env;
    }
  });

  it('the Actions cache store saves and looks up one key per input hash (service replaced: none runs here)', async () => {
    const saved = new Map<string, string[]>();
    const api: ActionsCacheApi = {
      isFeatureAvailable: () => true,
      saveCache: async (paths, key) => {
        saved.set(key, paths);
        return 1;
      },
      restoreCache: async (_paths, key, _restoreKeys, options) => {
        expect(options?.lookupOnly).toBe(true);
        return saved.has(key) ? key : undefined;
      },
    };
    const dir = tempDir();
    const { ctx } = testContext(dir);
    const store = cacheStore(join(dir, 'cache'), { action: true, log: ctx.log, api });
    expect(store).toBeInstanceOf(ActionsCacheStore);
    await store.record({ id: 't', hash: 'h1', durationMs: 1, finishedAt: '' });
    expect([...saved.keys()]).toEqual(['model-deploy-task-h1']);
    expect(saved.get('model-deploy-task-h1')).toEqual([join(dir, 'cache', 'h1.json')]);
    const other = new ActionsCacheStore(join(tempDir(), 'cache'), ctx.log, api);
    expect(await other.has('h1')).toBe(true);
    expect(await other.has('h2')).toBe(false);
  });
});

describe('mermaid rendering', () => {
  it('escapes everything but plain characters in labels', () => {
    expect(mermaidText('a"b:c#d;e<f>')).toBe('a#34;b#58;c#35;d#59;e#60;f#62;');
    expect(mermaidText('ok id_1.2-x')).toBe('ok id_1.2-x');
  });

  it('task ids never reach the diagram unescaped', () => {
    const plan = planPipeline(
      [
        { id: 'x"]-->evil', needs: [], duration: 1000, pool: 'cpu' },
        { id: 'y:1', needs: ['x"]-->evil'], duration: 2000, pool: 'cpu' },
      ],
      { capacity: { cpu: 1 } },
    );
    const flow = renderFlowchart(plan);
    expect(flow).toContain('t0["x#34;#93;--#62;evil (1s)"]');
    expect(flow).toContain('t0 --> t1');
    expect(flow).not.toContain('"]-->evil');
    expect(renderGantt(plan)).toContain('    y 1 :crit, 2000-01-01 00:00:01.000, 2000ms');
    const keywords = planPipeline([{ id: 'section', needs: [], duration: 5, pool: 'cpu' }], {
      capacity: { cpu: 1 },
    });
    expect(renderGantt(keywords)).toContain('    _section :crit, 2000-01-01 00:00:00.000, 5ms');
  });
});

describe('markdown table', () => {
  it('shows ids as code, pipes escaped so cells stay intact', () => {
    const plan = planPipeline(
      [
        { id: 'unit_tests', needs: [], duration: 1000, pool: 'cpu' },
        { id: 'a|b', needs: ['unit_tests'], duration: 1000, pool: 'cpu' },
      ],
      { capacity: { cpu: 1 } },
    );
    const md = renderMarkdown(plan);
    expect(md).toContain('| <code>unit\\_tests</code> | cpu #1 | 0 | 0ms | 1s | 0ms | **yes** |');
    expect(md).toContain('| <code>a\\|b</code> | cpu #1 | 1 |');
    expect(md).toContain('**Critical path:** <code>unit\\_tests</code> → <code>a\\|b</code>');
  });
});

describe('duration history in the Actions cache (service replaced: none runs here)', () => {
  it('restores the newest history by prefix when the checkout has none, and saves it under a per-run key', async () => {
    const { restoreHistory, saveHistory } = await import('../../src/dag/cache.js');
    const calls: string[] = [];
    const api: ActionsCacheApi = {
      isFeatureAvailable: () => true,
      restoreCache: async (paths, key, restoreKeys) => {
        calls.push(`restore ${paths.join()} ${key} ${restoreKeys?.join()}`);
        writeFileSync(paths[0]!, '{"version":1,"tasks":{"a":[7]}}');
        return 'model-deploy-durations-41-1';
      },
      saveCache: async (paths, key) => {
        calls.push(`save ${paths.join()} ${key}`);
        return 1;
      },
    };
    const dir = tempDir();
    const file = join(dir, 'durations.json');
    const { ctx, logged } = testContext(dir);
    const env = { GITHUB_RUN_ID: '42', GITHUB_RUN_ATTEMPT: '2' };
    await restoreHistory(file, { action: false, log: ctx.log, env, api });
    expect(calls).toEqual([]);
    await restoreHistory(file, { action: true, log: ctx.log, env, api });
    await restoreHistory(file, { action: true, log: ctx.log, env, api }); // present now: left alone
    await saveHistory(file, { action: true, log: ctx.log, env, now: new Date(0), api });
    expect(calls).toEqual([
      `restore ${file} model-deploy-durations-42 model-deploy-durations-`,
      `save ${file} model-deploy-durations-42-2`,
    ]);
    expect(logged()).toContain(
      'duration history restored from the Actions cache (model-deploy-durations-41-1)',
    );
  });
});
