import picomatch from 'picomatch';

export interface PathScopedTask {
  id: string;
  needs: readonly string[];
  /** Globs relative to the config directory; a task without them is always affected. */
  paths?: readonly string[] | undefined;
}

/**
 * Ids of the tasks a change affects: those whose `paths` match a changed file, those without
 * `paths`, and everything downstream of them. `changed` holds paths relative to the config
 * directory, with forward slashes.
 */
export function affectedTasks(tasks: readonly PathScopedTask[], changed: readonly string[]): Set<string> {
  const dependents = new Map<string, string[]>();
  for (const t of tasks) {
    for (const need of t.needs) {
      const list = dependents.get(need);
      if (list) list.push(t.id);
      else dependents.set(need, [t.id]);
    }
  }
  const affected = new Set<string>();
  const queue: string[] = [];
  for (const t of tasks) {
    const matches = t.paths === undefined ? undefined : picomatch([...t.paths], { dot: true });
    if (matches === undefined || (t.paths!.length > 0 && changed.some((file) => matches(file)))) {
      affected.add(t.id);
      queue.push(t.id);
    }
  }
  while (queue.length > 0) {
    for (const d of dependents.get(queue.pop()!) ?? []) {
      if (!affected.has(d)) {
        affected.add(d);
        queue.push(d);
      }
    }
  }
  return affected;
}
