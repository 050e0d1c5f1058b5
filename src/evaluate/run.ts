import { spawn } from 'node:child_process';
import type { Log } from '../commands/command.js';
import { formatDuration } from '../config/units.js';
import { ToolError } from '../errors.js';

export interface RunOptions {
  command: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  signal: AbortSignal;
  log: Log;
  /** Time between SIGTERM and SIGKILL of the process group. */
  graceMs?: number;
}

/**
 * Runs the evaluation command in a shell, in its own process group, streaming its output to the
 * log. On timeout or cancellation the whole tree gets SIGTERM, then SIGKILL after a grace period.
 */
export async function runEvaluationCommand(options: RunOptions): Promise<{ durationMs: number }> {
  const started = Date.now();
  const child = spawn('/bin/sh', ['-c', options.command], {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const forward = (stream: NodeJS.ReadableStream, keep: boolean) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) emit(line, keep);
    });
    stream.on('end', () => {
      if (pending) emit(pending, keep);
    });
  };
  const emit = (line: string, keep: boolean) => {
    options.log.info(line);
    if (keep) {
      tail.push(line);
      if (tail.length > 20) tail.shift();
    }
  };
  forward(child.stdout!, false);
  forward(child.stderr!, true);

  let stopped: 'timeout' | 'cancelled' | undefined;
  let killTimer: NodeJS.Timeout | undefined;
  const killTree = (why: 'timeout' | 'cancelled') => {
    if (stopped) return;
    stopped = why;
    signalGroup(child.pid, 'SIGTERM');
    killTimer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), options.graceMs ?? 5_000);
  };
  const timer = setTimeout(() => killTree('timeout'), options.timeoutMs);
  const onAbort = () => killTree('cancelled');
  options.signal.addEventListener('abort', onAbort, { once: true });
  if (options.signal.aborted) onAbort();

  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve, reject) => {
      child.on('error', reject);
      child.on('close', (c, s) => resolve({ code: c, signal: s }));
    },
  );
  clearTimeout(timer);
  // the shell may be gone while children it started still run: finish them off
  if (stopped) signalGroup(child.pid, 'SIGKILL');
  if (killTimer) clearTimeout(killTimer);
  options.signal.removeEventListener('abort', onAbort);
  const durationMs = Date.now() - started;
  const last = tail.length ? `; last stderr lines:\n${tail.join('\n')}` : '';
  if (stopped === 'timeout') {
    throw new ToolError(
      `evaluation command timed out after ${formatDuration(options.timeoutMs)} and was killed with its child processes; raise evaluate.timeout or make the evaluation faster${last}`,
    );
  }
  if (stopped === 'cancelled')
    throw new ToolError(`evaluation command cancelled after ${formatDuration(durationMs)}`);
  if (code !== 0) {
    throw new ToolError(
      `evaluation command failed (${code === null ? `signal ${signal}` : `exit code ${code}`}): ${options.command}${last}`,
    );
  }
  return { durationMs };
}

function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
