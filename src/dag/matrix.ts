import type { Plan } from './planner.js';

export interface MatrixEntry {
  task: string;
  runner: string;
  stage: number;
}

/**
 * One `strategy.matrix` value per stage that has tasks to run, in stage order:
 * `[{ "include": [{ "task": "build", "runner": "cpu", "stage": 0 }, ...] }, ...]`.
 * Skipped tasks are left out, and so are stages left empty by them.
 */
export function planMatrix(plan: Plan): { include: MatrixEntry[] }[] {
  const byStage = new Map<number, MatrixEntry[]>();
  for (const t of plan.tasks) {
    if (t.skipped) continue;
    const list = byStage.get(t.stage) ?? [];
    list.push({ task: t.id, runner: t.pool, stage: t.stage });
    byStage.set(t.stage, list);
  }
  return [...byStage.keys()].sort((a, b) => a - b).map((stage) => ({ include: byStage.get(stage)! }));
}
