import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { run } from '../src/main.js';
import { runCli } from './support/cli.js';

const saved = { ...process.env };
let dir: string;

function project(): string {
  const d = mkdtempSync(join(tmpdir(), 'md-action-log-'));
  writeFileSync(join(d, 'w.txt'), 'weights');
  writeFileSync(
    join(d, 'model-deploy.yml'),
    `model: { name: demo, artifacts: [w.txt] }
scan:
  vulnerabilities: { enabled: false }
evaluate:
  command: |
    printf '{"accuracy": 0.9}' > "$EVAL_OUTPUT/metrics.json"
  baseline: { store: none }
  gates: [{ metric: accuracy, min: 0.5, test: none }]
`,
  );
  return d;
}

async function runAction(env: NodeJS.ProcessEnv): Promise<{ code: number; log: string }> {
  Object.assign(process.env, env);
  const lines: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => {
    lines.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await run(process.env);
    return { code, log: lines.join('') };
  } finally {
    process.stdout.write = write;
  }
}

/** The deepest ::group:: nesting in a log; the runner shows only one level. */
function groupDepth(log: string): number {
  let depth = 0;
  let max = 0;
  for (const line of log.split('\n')) {
    if (line.startsWith('::group::')) max = Math.max(max, ++depth);
    else if (line.startsWith('::endgroup::')) depth--;
  }
  return max;
}

beforeEach(() => {
  dir = project();
  for (const k of Object.keys(process.env))
    if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  writeFileSync(join(dir, 'out'), '');
  Object.assign(process.env, {
    GITHUB_OUTPUT: join(dir, 'out'),
    GITHUB_STEP_SUMMARY: join(dir, 'out'),
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'org/repo',
    GITHUB_SHA: 'b'.repeat(40),
  });
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('the action log (action entry, INPUT_*)', () => {
  test('a pull-request pipeline opens groups one level deep: the build inside the pipeline is not nested', async () => {
    const event = join(dir, 'event.json');
    writeFileSync(
      event,
      JSON.stringify({
        pull_request: {
          number: 3,
          head: { ref: 'feature', sha: 'a'.repeat(40), repo: { full_name: 'org/repo' } },
          base: { ref: 'main', repo: { full_name: 'org/repo' } },
        },
      }),
    );
    const { code, log } = await runAction({
      INPUT_COMMAND: 'pipeline',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REF: 'refs/pull/3/merge',
    });
    expect(code, log).toBe(0);
    expect(log).toContain('::group::build');
    // the inner group of the build step is still there, as a plain line
    expect(log).toMatch(/^▸ Pack 1 model file\(s\)/m);
    expect(groupDepth(log)).toBe(1);
  });

  test('a release run does not warn that it is not a pull request', async () => {
    const { code, log } = await runAction({
      INPUT_COMMAND: 'evaluate',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1.0.0',
    });
    expect(code).toBe(0);
    expect(log).not.toContain('not a pull request run');
    expect(log).not.toContain('no pull-request comment');
  });
});

describe('the CLI log', () => {
  test('a release run does not warn that it is not a pull request', async () => {
    const { code, stderr } = await runCli(['evaluate'], {
      cwd: dir,
      env: { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.0.0' },
    });
    expect(code).toBe(0);
    expect(stderr).not.toContain('not a pull request run');
    expect(stderr).not.toContain('no pull-request comment');
  });
});
