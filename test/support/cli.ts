import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const repoRoot = join(import.meta.dirname, '..', '..');
const tsxLoader = pathToFileURL(join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const cliSource = join(repoRoot, 'src', 'bin.ts');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `model-deploy ARGS` from source as a child process (any cwd). */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', tsxLoader, cliSource, ...args],
      {
        cwd: options.cwd ?? repoRoot,
        env: { ...process.env, GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '', CI_CLI_TEST: '1', ...options.env },
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 << 20,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
