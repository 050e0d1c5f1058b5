const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};

/** A PromQL duration (`1m`, `1h30m`, `500ms`; Prometheus 3 also takes plain seconds) in milliseconds. */
function promDuration(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s) * 1000;
  if (!/^(?:\d+(?:ms|s|m|h|d|w|y))+$/.test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/(\d+)(ms|s|m|h|d|w|y)/g)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return total;
}

/**
 * How far back one evaluation of the query reaches: the longest range selector (`rate(x[1m])`), plus
 * the range of every subquery (`max_over_time(rate(x[1m])[5m:30s])` reaches 6m), which nest.
 * Label values and other strings are skipped. Undefined when the query has no range at all (a
 * recording rule hides its window: declare it with `window`).
 */
export function queryWindowMs(query: string): number | undefined {
  const code = query.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""').replace(/#[^\n]*/g, '');
  let longestRange = 0;
  let subqueries = 0;
  let found = false;
  for (const m of code.matchAll(/\[([^[\]:]*)(:[^[\]]*)?\]/g)) {
    const range = promDuration(m[1]!);
    if (range === undefined) continue;
    found = true;
    if (m[2] !== undefined) subqueries += range;
    else longestRange = Math.max(longestRange, range);
  }
  return found ? longestRange + subqueries : undefined;
}

/**
 * The query_range step for the judge: at least the query's window, so that consecutive samples
 * summarize disjoint stretches of time. Samples of `rate(x[1m])` every 15 s share three quarters of
 * their data; a test that takes them as independent rolls back far more often than its alpha.
 */
export function judgeStepMs(options: { query: string; stepMs: number; windowMs?: number }): number {
  const window = options.windowMs ?? queryWindowMs(options.query) ?? 0;
  return Math.max(options.stepMs, window);
}
