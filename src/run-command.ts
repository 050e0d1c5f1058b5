import { parseArgs } from 'node:util';
import {
  type Command,
  type CommandContext,
  type CommandResult,
  commonOptions,
  type OptionSpec,
} from './commands/command.js';
import { suggest } from './config/suggest.js';
import { InputError } from './errors.js';

export interface ParsedInvocation {
  options: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export function optionSpecs(command: Command): Record<string, OptionSpec> {
  return { ...commonOptions, ...command.options };
}

/** Parses flags for one command; an unknown flag is an InputError naming the closest known one. */
export function parseInvocation(command: Command, args: string[]): ParsedInvocation {
  const specs = optionSpecs(command);
  const parseOptions: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const [name, spec] of Object.entries(specs)) {
    parseOptions[name] = {
      type: spec.type,
      ...(spec.multiple ? { multiple: true } : {}),
      ...(spec.short ? { short: spec.short } : {}),
    };
  }
  try {
    const { values, positionals } = parseArgs({
      args,
      options: parseOptions,
      allowPositionals: true,
      strict: true,
    });
    const options = { ...values } as ParsedInvocation['options'];
    for (const [name, spec] of Object.entries(specs)) {
      if (options[name] === undefined && spec.default !== undefined) options[name] = spec.default;
    }
    return { options, positionals };
  } catch (error) {
    const message = (error as Error).message;
    const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    if (flag && /Unknown option/i.test(message)) {
      const hint = suggest(flag.replace(/^-+/, ''), Object.keys(specs));
      throw new InputError(
        `unknown option ${flag} for "model-deploy ${command.name}"${hint ? ` (did you mean --${hint}?)` : ''}; see model-deploy ${command.name} --help`,
      );
    }
    throw new InputError(`model-deploy ${command.name}: ${message}; see model-deploy ${command.name} --help`);
  }
}

export function commandHelp(command: Command): string {
  const specs = optionSpecs(command);
  const rows = Object.entries(specs).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    const def = spec.default !== undefined && spec.default !== false ? ` (default: ${spec.default})` : '';
    const many = spec.multiple ? ' (repeatable)' : '';
    return [flag, `${spec.description}${many}${def}`] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  return [
    `Usage: model-deploy ${command.name}${command.positionals ? ` ${command.positionals}` : ''} [options]`,
    '',
    command.summary,
    '',
    'Options:',
    ...rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`),
    ...(command.help ? ['', command.help] : []),
    '',
    'Exit codes: 0 ok, 1 a gate said no, 2 bad input or configuration.',
  ].join('\n');
}

export async function runCommand(
  command: Command,
  ctx: CommandContext,
  invocation: ParsedInvocation,
): Promise<CommandResult> {
  return command.run(ctx, invocation.options, invocation.positionals);
}
