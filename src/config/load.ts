import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { type Document, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigIssue, InputError } from '../errors.js';
import { substituteEnv } from './env.js';
import { formatPath, type PathSegment, positionOf } from './positions.js';
import { checkRules } from './rules.js';
import { type Config, configSchema } from './schema.js';
import { UNKNOWN_KEY_SEPARATOR } from './strict.js';
import { checkStructure, MAX_ALIAS_EXPANSION, MAX_DEPTH } from './structure.js';

export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file. */
  file: string;
  /** Directory relative paths in the config resolve against. */
  dir: string;
  /** Values of secret-looking variables substituted into the config: mask them wherever it is shown. */
  secrets: string[];
}

export interface LoadOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Reads, substitutes, validates and normalizes a config file; throws ConfigError with every problem. */
export function loadConfig(path: string, options: LoadOptions = {}): LoadedConfig {
  const cwd = options.cwd ?? process.cwd();
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT'
        ? `config file ${path} not found (looked in ${dirname(file)}): create it (see examples/model-deploy.yml) or pass --config`
        : `cannot read config file ${path}: ${(error as Error).message}`,
      { cause: error },
    );
  }
  const shown = relative(cwd, file) || file;
  return { ...parseConfig(text, { ...options, file: shown }), file, dir: dirname(file) };
}

/** The same as loadConfig for text already in memory; `file` is only used in messages. */
export function parseConfigText(text: string, options: LoadOptions & { file?: string } = {}): Config {
  return parseConfig(text, options).config;
}

function parseConfig(
  text: string,
  options: LoadOptions & { file?: string },
): { config: Config; secrets: string[] } {
  const file = options.file ?? 'model-deploy.yml';
  const counter = new LineCounter();
  // yaml's own uniqueKeys check is quadratic in the keys of a mapping; checkStructure does it with a Set
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const at = (path: PathSegment[], message: string): ConfigIssue => ({
    path: formatPath(path),
    message,
    file,
    ...positionOf(doc, counter, path),
  });
  // positions are looked up for the first MAX_ISSUES only, so a flood of bad keys stays linear
  let secrets: string[] = [];
  const fail = (found: readonly ConfigIssue[]): never => {
    const issues = found.map((i) => ({ ...i, message: maskSecrets(i.message, secrets) }));
    throw new ConfigError(
      issues.length > MAX_ISSUES
        ? [
            ...issues.slice(0, MAX_ISSUES),
            { path: '', message: `and ${issues.length - MAX_ISSUES} more problems`, file },
          ]
        : [...issues],
    );
  };
  const failAt = (issues: readonly { path: PathSegment[]; message: string }[]): never =>
    fail(issues.map((i, n) => (n < MAX_ISSUES ? at(i.path, i.message) : { path: '', message: i.message })));

  if (doc.errors.length > 0) {
    fail(
      doc.errors.map((e) => {
        const { line, col } = counter.linePos(e.pos[0]);
        const message = /call stack/i.test(e.message)
          ? `nested too deeply to read (at most ${MAX_DEPTH} levels)`
          : firstLine(e.message);
        return { path: '', message: `YAML syntax: ${message}`, file, line, col };
      }),
    );
  }
  const structure = checkStructure(doc);
  if (structure.length > 0) {
    fail(
      structure.map((i) => ({
        path: formatPath(i.path),
        message: i.message,
        file,
        ...(i.offset !== undefined ? counter.linePos(i.offset) : {}),
      })),
    );
  }
  const substituted = substituteEnv(doc, options.env ?? process.env);
  secrets = substituted.secrets;
  if (substituted.issues.length > 0) failAt(substituted.issues);

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION }) ?? {};
  } catch (error) {
    // yaml stops an alias that expands too far (an alias bomb) here
    const alias = firstAlias(doc);
    return fail([
      {
        path: '',
        message: `YAML aliases: ${firstLine((error as Error).message)}; write the values out instead of aliasing them`,
        file,
        ...(alias !== undefined ? counter.linePos(alias) : {}),
      },
    ]);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError([at([], 'the config must be a mapping with a model: section at the top')]);
  }
  const parsed = configSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) return failAt(zodIssues(parsed.error.issues));

  refuseUntrustedEvent(parsed.data, options.env ?? process.env);
  const ruleIssues = checkRules(parsed.data);
  if (ruleIssues.length > 0) failAt(ruleIssues);
  return { config: parsed.data, secrets: substituted.secrets };
}

/** More problems than this are summed up in one line: reading 50,000 bad keys stays linear. */
const MAX_ISSUES = 50;

/** Messages quote values; values of secret-looking variables are shown as ***. */
function maskSecrets(message: string, secrets: readonly string[]): string {
  let out = message;
  for (const secret of secrets) {
    out = out.split(secret).join('***').split(JSON.stringify(secret).slice(1, -1)).join('***');
  }
  return out;
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

function zodIssues(issues: readonly z.core.$ZodIssue[]): { path: PathSegment[]; message: string }[] {
  const out: { path: PathSegment[]; message: string }[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split(UNKNOWN_KEY_SEPARATOR);
      issue.keys.forEach((key, i) => {
        out.push({ path: [...path, key], message: messages[i] ?? `unknown key "${key}"` });
      });
      continue;
    }
    if (issue.code === 'invalid_union') {
      // Prefer the branch that got furthest (fewest issues) so the message names the real problem.
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (best && best.length > 0) {
        out.push(...zodIssues(best.map((b) => ({ ...b, path: [...issue.path, ...b.path] }))));
        continue;
      }
    }
    out.push({ path, message: humanize(issue) });
  }
  return out;
}

function humanize(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const got = issue.input === undefined ? 'nothing' : describeValue(issue.input);
    return issue.input === undefined
      ? `required: expected ${issue.expected}`
      : `expected ${issue.expected}, got ${got}`;
  }
  if (issue.code === 'invalid_value') {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(issue.input)}`;
  }
  return issue.message;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/**
 * pull_request_target runs with a token that can write to the repository and with its secrets,
 * in a workflow that may have checked out a fork's code: refused unless the config opts in.
 */
function refuseUntrustedEvent(config: Config, env: NodeJS.ProcessEnv): void {
  if (env.GITHUB_EVENT_NAME !== 'pull_request_target' || config.security['allow-pull-request-target']) return;
  throw new InputError(
    'refusing to run on pull_request_target: that event gives the job a token that can write to this repository and its secrets, ' +
      "while the files model-deploy runs (evaluate.command, pipeline.tasks[].run, the Dockerfile) and this config may come from a fork's pull request. " +
      'Use the pull_request event (fork pull requests get a read-only token and no secrets; the report goes to the job summary). ' +
      "Only if this workflow never checks out the pull request's code (actions/checkout without ref:, so this config is the base branch's) " +
      'and you accept the risk, set security.allow-pull-request-target: true in model-deploy.yml.',
  );
}
