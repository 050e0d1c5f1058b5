import { spawn } from 'node:child_process';
import { ToolError } from '../../errors.js';

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface ExecOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Each output line as it comes (build logs). */
  onLine?: (line: string) => void;
}

/** Runs a program; never throws for a non-zero exit (callers decide). Injected into tool classes. */
export type Exec = (file: string, args: string[], options?: ExecOptions) => Promise<ExecResult>;

export const exec: Exec = (file, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let partial = '';
    const lines = (chunk: string) => {
      if (!options.onLine) return;
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      for (const line of parts) options.onLine(line);
    };
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      lines(d.toString());
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      lines(d.toString());
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (partial && options.onLine) options.onLine(partial);
      resolve({ exitCode: code ?? 1, stdout, stderr });
    });
  });

/** Runs and throws a ToolError with the tail of stderr when the exit code is not 0. */
export async function run(
  execFn: Exec,
  file: string,
  args: string[],
  options: ExecOptions & { what: string },
): Promise<ExecResult> {
  let result: ExecResult;
  try {
    result = await execFn(file, args, options);
  } catch (error) {
    throw new ToolError(
      `${options.what}: cannot run ${file} (${(error as Error).message}); is it installed?`,
      { cause: error },
    );
  }
  if (result.exitCode !== 0) {
    const tail = result.stderr.trim().split('\n').slice(-15).join('\n');
    throw new ToolError(`${options.what} failed (${file} exited ${result.exitCode}):\n${tail}`);
  }
  return result;
}
