// Shared bench harness: run the contenders alternately, report median and min–max of each.
//
//   const { values, runs } = benchArgs({ mb: { type: 'string', default: '256' } }); // adds --runs N (default 5)
//   const samples = await alternate(runs, {                 // round r runs ours, then numpy, then limit
//     ours: () => measureOurs(),                             // each returns a sample object (or number)
//     numpy: () => measureNumpy(),
//     limit: () => measureLimit(),
//   });
//   const o = summarize(samples.ours.map((m) => m.seconds)); // { median, min, max, n }
//   printTable([['impl', 'seconds'], ['ours', spread(o)]]);  // "1.23 (1.10–1.40)"
//   console.log(`x: speed=${ratio(n, o).toFixed(2)}`);      // ratio of medians, numerator first
//
// Alternating (not all of ours, then all of theirs) spreads the machine's load drift over every
// contender alike; the medians' ratio and each side's range are what the README quotes.
import { type ParseArgsConfig, parseArgs } from 'node:util';

export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs over process.argv with `--runs N` (≥ 1; default 5) added to the bench's own options. */
export function benchArgs<O extends Options>(options: O, defaultRuns = 5) {
  const parsed = parseArgs({
    args: process.argv.slice(2),
    options: { ...options, runs: { type: 'string', default: String(defaultRuns) } },
    allowPositionals: true,
  });
  const values = parsed.values as unknown as { [K in keyof O]: string | boolean | undefined } & {
    runs: string;
  };
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs must be a positive integer, got "${values.runs}"`);
    process.exit(2);
  }
  return { values, positionals: parsed.positionals, runs };
}

/** Runs each contender once per round, in the given order, for `runs` rounds; returns each one's samples. */
export async function alternate<C extends Record<string, (round: number) => unknown>>(
  runs: number,
  contenders: C,
): Promise<{ [K in keyof C]: Awaited<ReturnType<C[K]>>[] }> {
  const names = Object.keys(contenders) as (keyof C)[];
  const out = Object.fromEntries(names.map((k) => [k, [] as unknown[]])) as Record<keyof C, unknown[]>;
  for (let round = 0; round < runs; round++) {
    for (const k of names) out[k].push(await contenders[k]!(round));
  }
  return out as { [K in keyof C]: Awaited<ReturnType<C[K]>>[] };
}

export function summarize(xs: number[]): Summary {
  if (xs.length === 0) throw new Error('no samples');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, n: s.length };
}

/** "median (min–max)". */
export function spread(s: Summary, digits = 2): string {
  return `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
}

/** Ratio of medians a / b. */
export function ratio(a: Summary, b: Summary): number {
  return a.median / b.median;
}

/** Prints rows as a Markdown table; the first row is the heading. */
export function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows.slice(1)) console.log(line(r));
}

/** Load average at the time of the run, to print beside the figures. */
export async function loadNote(): Promise<string> {
  const { loadavg, availableParallelism } = await import('node:os');
  const [one] = loadavg();
  return `load average ${one!.toFixed(1)} on ${availableParallelism()} cores`;
}
