import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pipeline from '../../src/commands/pipeline.js';
import { InputError } from '../../src/errors.js';
import { tempDir, testContext, writeConfig } from './helpers.js';

const CONFIG = [
  '  runners: { cpu: 2 }',
  '  tasks:',
  '    - id: build',
  '      run: echo built > build.out',
  '    - id: test',
  '      run: test -f build.out && echo tested > test.out',
  '      needs: [build]',
  '    - id: docs',
  '      run: echo docs > docs.out',
].join('\n');

async function runPipeline(
  dir: string,
  options: Record<string, unknown> = {},
  positionals = ['run'],
  dryRun = false,
) {
  const { ctx, logged } = testContext(dir, { dryRun });
  const result = await pipeline.run(ctx, { config: 'model-deploy.yml', ...options } as never, positionals);
  return { result, logged };
}

describe('model-deploy pipeline run', () => {
  it('runs every task in dependency order and reports them in the summary', async () => {
    const dir = tempDir();
    writeConfig(dir, CONFIG);
    const { result, logged } = await runPipeline(dir);
    expect(result.failed).toBeUndefined();
    expect(readFileSync(join(dir, 'test.out'), 'utf8')).toBe('tested\n');
    expect(result.outputs?.succeeded?.split(',').sort()).toEqual(['build', 'docs', 'test']);
    expect(result.summary).toContain('| <code>test</code> | ✅ succeeded | 1 |');
    expect(logged()).toContain('▸ ✓ build: succeeded');
    const history = JSON.parse(readFileSync(join(dir, '.model-deploy/durations.json'), 'utf8'));
    expect(Object.keys(history.tasks).sort()).toEqual(['build', 'docs', 'test']);
  });

  it('a failing task fails the run with exit 1 and names it; its dependents do not run', async () => {
    const dir = tempDir();
    writeConfig(dir, CONFIG.replace('echo built > build.out', 'exit 4'));
    const { result } = await runPipeline(dir, { 'keep-going': true });
    expect(result.failed).toBe('pipeline failed: build (dependents skipped)');
    expect(result.summary).toContain('| <code>test</code> | ⏭️ skipped | 0 | — | needs build, which failed |');
    expect(existsSync(join(dir, 'docs.out'))).toBe(true);
    expect(existsSync(join(dir, 'test.out'))).toBe(false);
  });

  it('--only runs just the named task; --dry-run runs nothing and prints the plan', async () => {
    const dir = tempDir();
    writeConfig(dir, CONFIG);
    const dry = await runPipeline(dir, {}, ['run'], true);
    expect(dry.result.summary).toContain('### Pipeline plan');
    expect(existsSync(join(dir, 'build.out'))).toBe(false);
    const { result } = await runPipeline(dir, { only: ['docs'] });
    expect(result.outputs?.succeeded).toBe('docs');
    expect(existsSync(join(dir, 'build.out'))).toBe(false);
    await expect(runPipeline(dir, { only: ['nope'] })).rejects.toThrow('--only: unknown task "nope"');
  });

  it('rejects anything but "run"; without it runs the event flow, not the tasks', async () => {
    const dir = tempDir();
    writeConfig(dir, CONFIG);
    await expect(runPipeline(dir, {}, ['start'])).rejects.toThrow(InputError);
    const { ctx } = testContext(dir, { env: { PATH: process.env.PATH } });
    const result = await pipeline.run(ctx, { config: 'model-deploy.yml' }, []);
    expect(result.outputs?.trigger).toBe('other');
    expect(result.summary).toContain('plan the pipeline tasks');
    expect(existsSync(join(dir, 'build.out'))).toBe(false);
  });
});
