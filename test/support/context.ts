import type { CommandContext } from '../../src/commands/command.js';

/** A CommandContext for in-process command tests; log lines are collected in `lines`. */
export function testContext(
  cwd: string,
  options: { env?: NodeJS.ProcessEnv; signal?: AbortSignal; now?: () => Date } & Partial<CommandContext> = {},
): CommandContext & { lines: string[] } {
  const lines: string[] = [];
  const { env, signal, now, ...rest } = options;
  return {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    lines,
    log: {
      info: (m) => lines.push(m),
      warning: (m) => lines.push(`warning: ${m}`),
      error: (m) => lines.push(`error: ${m}`),
      debug: () => {},
      group: async (title, fn) => {
        lines.push(`▸ ${title}`);
        return fn();
      },
      secret: () => {},
    },
    dryRun: false,
    action: false,
    signal: signal ?? new AbortController().signal,
    now: now ?? (() => new Date()),
    ...rest,
  };
}
