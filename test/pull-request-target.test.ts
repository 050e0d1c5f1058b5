import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { run } from '../src/main.js';
import { runCli } from './support/cli.js';

/** A fork's pull request, as GitHub writes the event file for pull_request_target. */
function project(extra = ''): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = mkdtempSync(join(tmpdir(), 'md-prt-'));
  writeFileSync(join(dir, 'w.bin'), 'weights');
  writeFileSync(
    join(dir, 'model-deploy.yml'),
    `model: { name: demo, artifacts: [w.bin] }
evaluate:
  command: |
    touch RAN; printf '{"accuracy": 0.9}' > "$EVAL_OUTPUT/metrics.json"
  gates: [{ metric: accuracy, min: 0.5, test: none }]
${extra}`,
  );
  const event = join(dir, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { ref: 'x', sha: 'a'.repeat(40), repo: { full_name: 'attacker/fork' } },
        base: { ref: 'main', repo: { full_name: 'org/repo' } },
      },
    }),
  );
  return {
    dir,
    env: {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request_target',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'org/repo',
      GITHUB_SHA: 'b'.repeat(40),
      GITHUB_REF: 'refs/heads/main',
    },
  };
}

describe('pull_request_target (CLI)', () => {
  test('is refused with exit 2 before anything runs, naming the risk and the opt-in', async () => {
    const { dir, env } = project();
    const { code, stderr } = await runCli(['pipeline'], { cwd: dir, env });
    expect(code).toBe(2);
    expect(existsSync(join(dir, 'RAN'))).toBe(false);
    expect(stderr).toContain('refusing to run on pull_request_target');
    expect(stderr).toContain('can write to this repository');
    expect(stderr).toContain('security.allow-pull-request-target: true');
  });

  test('runs when the config opts in', async () => {
    const { dir, env } = project('security:\n  allow-pull-request-target: true\n');
    const { code } = await runCli(['evaluate'], { cwd: dir, env });
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'RAN'))).toBe(true);
  });
});

describe('pull_request_target (action entry, INPUT_*)', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    process.exitCode = undefined;
  });

  test('the pipeline command is refused with exit 2 and the evaluation never runs', async () => {
    const { dir, env } = project();
    for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_')) delete process.env[k];
    writeFileSync(join(dir, 'out'), '');
    Object.assign(process.env, env, {
      INPUT_COMMAND: 'pipeline',
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: dir,
      GITHUB_OUTPUT: join(dir, 'out'),
      GITHUB_STEP_SUMMARY: join(dir, 'out'),
    });
    const lines: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await run(process.env)).toBe(2);
    } finally {
      process.stdout.write = write;
    }
    expect(existsSync(join(dir, 'RAN'))).toBe(false);
    expect(lines.join('')).toContain('::error::refusing to run on pull_request_target');
  });
});
