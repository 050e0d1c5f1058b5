import type { ExitCode } from '../errors.js';
import type { SectionVerdict } from '../report/verdict.js';

/** One option of a command: a CLI flag (`--name`) and, in the action, an `args` entry. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  description: string;
  multiple?: boolean;
  short?: string;
  default?: string | boolean;
  /** Shown in --help, e.g. `FILE` or `json|markdown`. */
  value?: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** Where a command writes: the action (core.*) or the CLI (stdout/stderr). Commands never call core directly. */
export interface Log {
  info(message: string): void;
  warning(message: string, where?: { file?: string; line?: number; col?: number }): void;
  error(message: string, where?: { file?: string; line?: number; col?: number }): void;
  debug(message: string): void;
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Mask a value in every later log line (core.setSecret in the action). */
  secret(value: string): void;
}

export interface CommandContext {
  /** Directory commands resolve relative paths against (working-directory). */
  cwd: string;
  env: NodeJS.ProcessEnv;
  log: Log;
  dryRun: boolean;
  /** Set when running as a GitHub Action. */
  action: boolean;
  /** Inputs that only the action has (github-token, kubeconfig path written under RUNNER_TEMP...). */
  githubToken?: string;
  kubeconfigPath?: string;
  registryAuth?: { username: string; password: string };
  /** Aborted on SIGINT/SIGTERM (workflow cancel): long phases stop and clean up. */
  signal: AbortSignal;
  /** Wall clock, injectable for tests. */
  now(): Date;
}

export interface CommandResult {
  /** Action outputs (declared in action.yml). */
  outputs?: Record<string, string>;
  /** Markdown appended to the job summary (and printed by the CLI with --summary). */
  summary?: string;
  /** The command's main result printed to stdout by the CLI (JSON, markdown...). */
  stdout?: string;
  /** What the summary says about a merge, for the top of the pull-request comment. */
  verdict?: SectionVerdict;
  /** Set when a gate said no: the reason. Exit 1 after outputs and summary are written. */
  failed?: string;
  exitCode?: ExitCode;
}

export interface Command {
  name: string;
  summary: string;
  /** Positional arguments, as shown in --help (e.g. `[run]`). */
  positionals?: string;
  options: Record<string, OptionSpec>;
  /** Extra help text: examples, notes. */
  help?: string;
  run(ctx: CommandContext, options: OptionValues, positionals: string[]): Promise<CommandResult>;
}

export function defineCommand(command: Command): Command {
  return command;
}

/** Options every command accepts. */
export const commonOptions: Record<string, OptionSpec> = {
  config: {
    type: 'string',
    short: 'c',
    value: 'FILE',
    description: 'config file',
    default: 'model-deploy.yml',
  },
  'dry-run': { type: 'boolean', description: 'plan and report, change nothing' },
  help: { type: 'boolean', short: 'h', description: 'show help for this command' },
};

export function stringOption(options: OptionValues, name: string): string | undefined {
  const v = options[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' ? v : undefined;
}

export function listOption(options: OptionValues, name: string): string[] {
  const v = options[name];
  if (Array.isArray(v)) return v;
  return typeof v === 'string' ? [v] : [];
}

export function booleanOption(options: OptionValues, name: string): boolean {
  return options[name] === true || options[name] === 'true';
}
