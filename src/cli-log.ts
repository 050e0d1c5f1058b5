import type { Log } from './commands/command.js';

/** Log for the CLI: everything on stderr so stdout carries only the command's result. */
export function cliLog(
  stream: NodeJS.WritableStream = process.stderr,
  verbose = !!process.env.MODEL_DEPLOY_DEBUG,
): Log {
  const secrets: string[] = [];
  const mask = (s: string) => secrets.reduce((acc, v) => acc.split(v).join('***'), s);
  const where = (w?: { file?: string; line?: number; col?: number }) =>
    w?.file ? `${w.file}${w.line ? `:${w.line}:${w.col ?? 1}` : ''}: ` : '';
  let depth = 0;
  const write = (s: string) => stream.write(`${'  '.repeat(depth)}${mask(s)}\n`);
  return {
    info: (m) => write(m),
    warning: (m, w) => write(`warning: ${where(w)}${m}`),
    error: (m, w) => write(`error: ${where(w)}${m}`),
    debug: (m) => {
      if (verbose) write(`debug: ${m}`);
    },
    async group(title, fn) {
      write(`▸ ${title}`);
      depth++;
      try {
        return await fn();
      } finally {
        depth--;
      }
    },
    secret(value) {
      if (value) secrets.push(value);
    },
  };
}
