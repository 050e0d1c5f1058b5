import { spawn } from 'node:child_process';

export interface ProcessResult {
  /** Exit code; null when the process was killed by a signal or could not start. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
  durationMs: number;
  /** stdout and stderr interleaved as they arrived, the beginning kept when it gets too long. */
  output: string;
  /** Set when the command could not be started at all. */
  error?: string;
}

export interface RunProcessOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Between SIGTERM and SIGKILL of the process group. */
  killGraceMs?: number;
  maxOutputBytes?: number;
}

const MAX_OUTPUT = 1 << 20;

/**
 * Runs a command as the leader of its own process group, so a timeout or cancel can end the whole
 * tree it started (SIGTERM to the group, SIGKILL after the grace period). When the leader exits,
 * processes it left running in the background are ended the same way.
 */
export function runProcess(options: RunProcessOptions): Promise<ProcessResult> {
  const started = performance.now();
  const grace = options.killGraceMs ?? 5000;
  const limit = options.maxOutputBytes ?? MAX_OUTPUT;
  return new Promise((resolvePromise) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let dropped = 0;
    let timedOut = false;
    let aborted = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let settled = false;
    const timers: NodeJS.Timeout[] = [];

    const child = spawn(options.command, [...options.args], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killGroup = (signal: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // ESRCH: the group is already gone
      }
    };
    const terminate = () => {
      killGroup('SIGTERM');
      timers.push(setTimeout(() => killGroup('SIGKILL'), grace));
    };
    const collect = (chunk: Buffer) => {
      const room = limit - kept;
      if (chunk.length <= room) {
        chunks.push(chunk);
        kept += chunk.length;
      } else {
        if (room > 0) chunks.push(chunk.subarray(0, room));
        kept = limit;
        dropped += chunk.length - room;
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);

    const finish = (error?: string) => {
      if (settled) return;
      settled = true;
      for (const t of timers) clearTimeout(t);
      options.signal?.removeEventListener('abort', onAbort);
      let output = Buffer.concat(chunks).toString('utf8');
      if (dropped > 0) output += `\n… ${dropped} more bytes of output not kept`;
      resolvePromise({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut,
        aborted,
        durationMs: performance.now() - started,
        output,
        ...(error ? { error } : {}),
      });
    };
    const onAbort = () => {
      aborted = true;
      terminate();
    };

    if (options.timeoutMs !== undefined) {
      timers.push(
        setTimeout(() => {
          timedOut = true;
          terminate();
        }, options.timeoutMs),
      );
    }
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    child.on('error', (error) => finish(`could not start ${options.command}: ${error.message}`));
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // Background processes the task left behind hold its output open; end them and stop waiting soon.
      killGroup('SIGTERM');
      timers.push(
        setTimeout(
          () => {
            killGroup('SIGKILL');
            finish();
          },
          Math.min(grace, 2000),
        ),
      );
    });
    child.on('close', () => finish());
  });
}
