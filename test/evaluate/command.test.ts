import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext, Log } from '../../src/commands/command.js';
import evaluate from '../../src/commands/evaluate.js';
import { ToolError } from '../../src/errors.js';
import { readSections } from '../../src/github/comment.js';
import { python } from '../support/components.js';
import { type GitHubDouble, startGitHubDouble } from '../support/github-double.js';

const py = python();
const root = mkdtempSync(join(tmpdir(), 'md-eval-cmd-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Deterministic evaluation: sample i is correct when its hash is below the model's quality.
const EVAL_SCRIPT = `
import hashlib, json, os
q = float(open(os.path.join(os.environ["MODEL_DIR"], "weights.txt")).read())
out = os.environ["EVAL_OUTPUT"]
os.makedirs(out, exist_ok=True)
with open(os.path.join(os.path.dirname(__file__), "runs.log"), "a") as f:
    f.write("run " + os.environ.get("MODEL_IMAGE", "") + "\\n")
rows = []
for i in range(600):
    h = int(hashlib.sha256(str(i).encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    rows.append({"id": f"s{i}", "correct": h < q})
acc = sum(r["correct"] for r in rows) / len(rows)
json.dump({"accuracy": acc, "latency": {"p95_ms": 12.5}, "model": "tiny"}, open(os.path.join(out, "metrics.json"), "w"))
with open(os.path.join(out, "samples.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r) + "\\n")
`;

function project(name: string, quality: number, extra = ''): string {
  const dir = join(root, name);
  mkdirSync(join(dir, 'model'), { recursive: true });
  mkdirSync(join(dir, 'eval'), { recursive: true });
  writeFileSync(join(dir, 'model', 'weights.txt'), String(quality));
  writeFileSync(join(dir, 'eval', 'evaluate.py'), EVAL_SCRIPT);
  writeFileSync(
    join(dir, 'model-deploy.yml'),
    `model:
  name: tiny
  artifacts: [model/*]
evaluate:
  command: python3 eval/evaluate.py
  timeout: 1m
  samples: samples.jsonl
  significance: { resamples: 500, seed: 1 }
  gates:
    - metric: accuracy
      min: 0.5
      max-drop: 2%
    - metric: latency.p95_ms
      direction: lower
      max-rise: 10%
      test: none
${extra}`,
  );
  return dir;
}

function capture(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    debug: () => {},
    group: async (title, fn) => {
      lines.push(`## ${title}`);
      return fn();
    },
    secret: () => {},
  };
}

function ctx(cwd: string, env: NodeJS.ProcessEnv, extra: Partial<CommandContext> = {}): CommandContext {
  return {
    cwd,
    env: { PATH: process.env.PATH, ...env },
    log: capture(),
    dryRun: false,
    action: true,
    signal: new AbortController().signal,
    now: () => new Date('2026-03-01T10:00:00Z'),
    ...extra,
  };
}

function githubEnv(
  dir: string,
  gh: GitHubDouble,
  event: unknown,
  extra: Record<string, string>,
): NodeJS.ProcessEnv {
  const path = join(dir, `event-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(event));
  return {
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_EVENT_PATH: path,
    GITHUB_API_URL: gh.url,
    GITHUB_RUN_ID: '77',
    ...extra,
  };
}

const push = { repository: { default_branch: 'main', full_name: 'acme/models' } };
const pr = (n: number, head = 'acme/models') => ({
  ...push,
  pull_request: {
    number: n,
    head: { sha: 'c'.repeat(40), repo: { full_name: head } },
    base: { ref: 'main', repo: { full_name: 'acme/models' } },
  },
});

let gh: GitHubDouble;
beforeEach(async () => {
  gh = await startGitHubDouble();
});
afterEach(async () => {
  await gh.close();
});

/** Running, not gone or a zombie waiting for a reaper (containers' PID 1 may not reap orphans). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) [ZX]/.test(stat);
  } catch {
    return false;
  }
}

const runs = (dir: string) =>
  existsSync(join(dir, 'eval', 'runs.log'))
    ? readFileSync(join(dir, 'eval', 'runs.log'), 'utf8')
        .split('\n')
        .filter(Boolean).length
    : 0;

describe.skipIf(!py.available)('model-deploy evaluate', () => {
  it('records a baseline on main, then gates a worse pull request and comments once', async () => {
    const dir = project('flow', 0.9);
    const main = await evaluate.run(
      ctx(
        dir,
        githubEnv(dir, gh, push, {
          GITHUB_EVENT_NAME: 'push',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_SHA: 'a'.repeat(40),
        }),
      ),
      { config: 'model-deploy.yml', format: 'markdown' },
      [],
    );
    expect(main.failed).toBeUndefined();
    expect(main.outputs?.verdict).toBe('inconclusive');
    expect(main.summary).toContain('No baseline recorded yet');
    const saved = JSON.parse(readFileSync(join(dir, '.model-deploy/baseline/tiny/baseline.json'), 'utf8'));
    expect(saved.sha).toBe('a'.repeat(40));
    expect(saved.history).toHaveLength(1);

    writeFileSync(join(dir, 'model', 'weights.txt'), '0.8');
    const env = githubEnv(dir, gh, pr(21), {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF: 'refs/pull/21/merge',
      GITHUB_SHA: 'c'.repeat(40),
    });
    const first = await evaluate.run(
      ctx(dir, env, { githubToken: 'token' }),
      { config: 'model-deploy.yml', format: 'markdown' },
      [],
    );
    expect(first.outputs?.verdict).toBe('fail');
    expect(first.failed).toMatch(
      /accuracy: drop .* \(mean of correct\) exceeds max-drop 2% .* significantly \(paired-proportion score test p=/,
    );
    const comments = gh.comments('acme', 'models', 21);
    expect(comments).toHaveLength(1);
    expect(readSections(String(comments[0]!.body)).get('evaluation')).toBe(first.summary!.trim());
    expect(first.summary).toContain('| <code>accuracy</code> |');
    expect(first.summary).toMatch(/```mermaid\n%%{init: .*}%%\nxychart-beta/);
    expect(first.outputs?.['comment-url']).toMatch(/#issuecomment-/);

    // the same model again: no second evaluation, the comment is updated in place
    const before = runs(dir);
    const second = await evaluate.run(
      ctx(dir, env, { githubToken: 'token' }),
      { config: 'model-deploy.yml', format: 'markdown' },
      [],
    );
    expect(runs(dir)).toBe(before);
    expect(second.summary).toContain('Results reused');
    expect(gh.comments('acme', 'models', 21)).toHaveLength(1);
    expect(gh.violations).toEqual([]);
    // the failing pull request did not become the baseline
    expect(JSON.parse(readFileSync(join(dir, '.model-deploy/baseline/tiny/baseline.json'), 'utf8')).sha).toBe(
      'a'.repeat(40),
    );
  });

  it('reuses the baseline result when the model did not change', async () => {
    const dir = project('same', 0.9);
    const mainEnv = githubEnv(dir, gh, push, {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: 'a'.repeat(40),
    });
    await evaluate.run(ctx(dir, mainEnv), { config: 'model-deploy.yml' }, []);
    rmSync(join(dir, '.model-deploy/eval-cache'), { recursive: true });
    const r = await evaluate.run(ctx(dir, {}), { config: 'model-deploy.yml' }, []);
    expect(runs(dir)).toBe(1);
    expect(r.outputs?.verdict).toBe('pass');
    expect(r.summary).toContain('reused from an earlier evaluation');
  });

  it('writes the job summary and says why on a fork pull request', async () => {
    const dir = project('fork', 0.9);
    const env = githubEnv(dir, gh, pr(5, 'someone/models'), {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_SHA: 'd'.repeat(40),
    });
    const r = await evaluate.run(
      ctx(dir, env, { githubToken: 'read-only' }),
      { config: 'model-deploy.yml' },
      [],
    );
    expect(r.summary).toMatch(
      /> No pull-request comment: this pull request comes from the fork someone\/models/,
    );
    expect(r.summary).toContain('#### Evaluation:');
    expect(gh.requests).toEqual([]);
  });

  it('kills the whole process tree on timeout', async () => {
    const dir = project('slow', 0.9);
    const pidFile = join(dir, 'child.pid');
    writeFileSync(
      join(dir, 'model-deploy.yml'),
      `model: { name: slow, artifacts: [model/*] }\nevaluate:\n  command: sh -c 'sleep 30 & echo $! > ${pidFile}; wait'\n  timeout: 1s\n`,
    );
    const started = Date.now();
    await expect(evaluate.run(ctx(dir, {}), { config: 'model-deploy.yml' }, [])).rejects.toThrow(ToolError);
    expect(Date.now() - started).toBeLessThan(15_000);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 200));
    expect(alive(pid)).toBe(false);
  });

  it('says which file the command failed to write', async () => {
    const dir = project('nofile', 0.9);
    writeFileSync(
      join(dir, 'model-deploy.yml'),
      'model: { name: nofile, artifacts: [model/*] }\nevaluate:\n  command: "true"\n',
    );
    await expect(evaluate.run(ctx(dir, {}), { config: 'model-deploy.yml' }, [])).rejects.toThrow(
      /did not write \.model-deploy\/eval\/metrics\.json \(evaluate\.metrics\)/,
    );
  });
});
