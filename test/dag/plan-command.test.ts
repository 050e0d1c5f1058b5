import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plan from '../../src/commands/plan.js';
import { ConfigError, InputError } from '../../src/errors.js';
import { tempDir, testContext, writeConfig } from './helpers.js';

const PIPELINE = [
  '  runners: { cpu: 2, gpu: 1 }',
  '  tasks:',
  '    - id: lint',
  '      run: npm run lint',
  '      duration: 30s',
  '      paths: ["src/**"]',
  '    - id: build',
  '      run: make image',
  '      duration: 2m',
  '      paths: ["Dockerfile", "src/**"]',
  '    - id: test',
  '      run: make test',
  '      needs: [build]',
  '      duration: 3m',
  '    - id: eval',
  '      uses: evaluate',
  '      runner: gpu',
  '      needs: [build]',
  '      duration: 5m',
  '      paths: ["eval/**"]',
  '    - id: docs',
  '      run: make docs',
  '      duration: 1m',
  '      paths: ["docs/**"]',
  '    - id: deploy',
  '      uses: deploy',
  '      needs: [test, eval, lint]',
  '      duration: 1m',
].join('\n');

async function runPlan(dir: string, options: Record<string, unknown>) {
  const { ctx } = testContext(dir);
  return plan.run(ctx, { config: 'model-deploy.yml', ...options } as never, []);
}

describe('model-deploy plan', () => {
  it('--format json has the documented shape with stages, schedule, slack and the critical path', async () => {
    const dir = tempDir();
    writeConfig(dir, PIPELINE);
    const result = await runPlan(dir, { format: 'json' });
    const json = JSON.parse(result.stdout!);
    expect(json).toMatchObject({
      makespan: 480_000,
      lowerBound: 480_000,
      criticalPath: ['build', 'eval', 'deploy'],
      stages: [['lint', 'build', 'docs'], ['test', 'eval'], ['deploy']],
    });
    expect(json.barrierMakespan).toBeGreaterThanOrEqual(json.makespan);
    const byId = Object.fromEntries(json.tasks.map((t: { id: string }) => [t.id, t]));
    expect(byId.eval).toMatchObject({
      stage: 1,
      start: 120_000,
      finish: 420_000,
      pool: 'gpu',
      slot: 0,
      critical: true,
      skipped: null,
    });
    expect(byId.test).toMatchObject({ stage: 1, critical: false, slack: 120_000 });
    for (const t of json.tasks)
      expect(Object.keys(t)).toEqual(
        expect.arrayContaining(['id', 'stage', 'start', 'finish', 'pool', 'slot', 'critical', 'skipped']),
      );
    expect(result.summary).toContain('### Pipeline plan');
    expect(result.outputs?.['critical-path']).toBe('build,eval,deploy');
  });

  it('--format markdown: table, gantt of the schedule and flowchart of the DAG', async () => {
    const dir = tempDir();
    writeConfig(dir, PIPELINE);
    const { stdout } = await runPlan(dir, { format: 'markdown' });
    expect(stdout).toContain('| <code>eval</code> | gpu #1 | 1 | 2m | 7m | 0ms | **yes** |');
    expect(stdout).toContain('```mermaid\ngantt');
    expect(stdout).toMatch(/section gpu 1\n {4}eval :crit, 2000-01-01 00:02:00\.000, 300000ms/);
    expect(stdout).toContain('```mermaid\nflowchart LR');
    expect(stdout).toContain('t1 --> t3');
    expect(stdout).toContain('class t1,t3,t5 critical');
  });

  it('--changed runs matching tasks, tasks without paths and everything downstream; the rest is unaffected', async () => {
    const dir = tempDir();
    writeConfig(dir, PIPELINE);
    const result = await runPlan(dir, { format: 'json', changed: ['eval/metrics.py'] });
    const json = JSON.parse(result.stdout!);
    const skipped = Object.fromEntries(
      json.tasks.map((t: { id: string; skipped: string | null }) => [t.id, t.skipped]),
    );
    expect(skipped).toEqual({
      lint: 'unaffected',
      build: 'unaffected',
      test: null,
      eval: null,
      docs: 'unaffected',
      deploy: null,
    });
    expect(json.makespan).toBe(360_000);
    const matrix = JSON.parse(result.outputs!.matrix!);
    expect(matrix).toEqual([
      {
        include: [
          { task: 'test', runner: 'cpu', stage: 1 },
          { task: 'eval', runner: 'gpu', stage: 1 },
        ],
      },
      { include: [{ task: 'deploy', runner: 'cpu', stage: 2 }] },
    ]);
    expect(result.outputs!.stages).toBe('2');
  });

  it('--changed-from asks git for the files changed since the ref', async () => {
    const dir = tempDir();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    git('init', '-q', '-b', 'main');
    writeConfig(dir, PIPELINE);
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'index.md'), '# docs\n');
    git('add', '.');
    git('commit', '-q', '-m', 'docs');
    const json = JSON.parse((await runPlan(dir, { format: 'json', 'changed-from': 'HEAD~1' })).stdout!);
    expect(
      json.tasks.filter((t: { skipped: string | null }) => !t.skipped).map((t: { id: string }) => t.id),
    ).toEqual(['test', 'docs', 'deploy']);
    await expect(runPlan(dir, { format: 'json', 'changed-from': 'no-such-ref' })).rejects.toThrow(InputError);
  });

  it('--format matrix prints one strategy.matrix per stage', async () => {
    const dir = tempDir();
    writeConfig(dir, PIPELINE);
    const matrix = JSON.parse((await runPlan(dir, { format: 'matrix' })).stdout!);
    expect(matrix.map((m: { include: { task: string }[] }) => m.include.map((e) => e.task))).toEqual([
      ['lint', 'build', 'docs'],
      ['test', 'eval'],
      ['deploy'],
    ]);
  });

  it('a cycle is a ConfigError that names every task on it and points at the file position', async () => {
    const dir = tempDir();
    writeConfig(
      dir,
      PIPELINE.replace('      run: make image\n', '      run: make image\n      needs: [deploy]\n'),
    );
    const error = await runPlan(dir, { format: 'json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues).toEqual([
      {
        path: 'pipeline.tasks[1].needs',
        message:
          'dependency cycle: build → deploy → test → build (each task needs the next); remove one of these needs',
        file: 'model-deploy.yml',
        line: 13,
        col: 7,
      },
    ]);
    expect((error as ConfigError).message).toContain(
      'model-deploy.yml:13:7: pipeline.tasks[1].needs: dependency cycle',
    );
  });

  it('through the CLI a cycle exits 2 and a good plan exits 0', async () => {
    const { main } = await import('../../src/cli.js');
    const dir = tempDir();
    const good = writeConfig(dir, PIPELINE);
    const bad = writeConfig(
      dir,
      PIPELINE.replace('      needs: [build]\n', '      needs: [build, deploy]\n'),
      'cycle.yml',
    );
    expect(await main(['plan', '--config', bad, '--format', 'json'], {})).toBe(2);
    expect(await main(['plan', '--config', good, '--format', 'matrix'], {})).toBe(0);
  });

  it('rejects an unknown format', async () => {
    const dir = tempDir();
    writeConfig(dir, PIPELINE);
    await expect(runPlan(dir, { format: 'svg' })).rejects.toThrow(
      '--format must be one of json, markdown, matrix, got "svg"',
    );
  });
});
