import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { median } from 'simple-statistics';
import { InputError } from '../errors.js';

/** Recorded durations (ms) of successful runs per task id, newest last. */
export interface DurationHistory {
  version: 1;
  tasks: Record<string, number[]>;
}

/** Runs kept per task: enough for a stable median, small enough to follow a task that got slower. */
export const HISTORY_KEEP = 20;

export function emptyHistory(): DurationHistory {
  return { version: 1, tasks: {} };
}

export function parseHistory(text: string, file: string): DurationHistory {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${file}: not valid JSON (${(error as Error).message}); delete it to start a new history`,
    );
  }
  const tasks = (data as { tasks?: unknown } | null)?.tasks;
  if (typeof tasks !== 'object' || tasks === null || Array.isArray(tasks)) {
    throw new InputError(
      `${file}: expected {"version": 1, "tasks": {"<task id>": [ms, ...]}}; delete it to start a new history`,
    );
  }
  const out: Record<string, number[]> = {};
  for (const [id, runs] of Object.entries(tasks)) {
    if (!Array.isArray(runs) || runs.some((r) => typeof r !== 'number' || !Number.isFinite(r) || r < 0)) {
      throw new InputError(`${file}: tasks.${id} must be a list of durations in milliseconds`);
    }
    out[id] = runs as number[];
  }
  return { version: 1, tasks: out };
}

/** The history at `file`; an empty one when the file does not exist yet. */
export function readHistory(file: string): DurationHistory {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyHistory();
    throw error;
  }
  return parseHistory(text, file);
}

/** Written to a temporary file and renamed, so a killed run never leaves half a file. */
export function writeHistory(file: string, history: DurationHistory): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(history, null, 2)}\n`);
  renameSync(tmp, file);
}

/** Median recorded duration per task id, for tasks with at least one recorded run. */
export function medianDurations(history: DurationHistory): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, runs] of Object.entries(history.tasks)) if (runs.length > 0) out.set(id, median(runs));
  return out;
}

/** A new history with `runs` appended, keeping the last HISTORY_KEEP per task. */
export function recordDurations(
  history: DurationHistory,
  runs: readonly { id: string; durationMs: number }[],
): DurationHistory {
  const tasks: Record<string, number[]> = { ...history.tasks };
  for (const { id, durationMs } of runs) {
    tasks[id] = [...(tasks[id] ?? []), Math.round(durationMs)].slice(-HISTORY_KEEP);
  }
  return { version: 1, tasks };
}
