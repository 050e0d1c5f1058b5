import { InputError } from '../errors.js';
import { MAX_BOOTSTRAP_SAMPLES } from './stats.js';

/** Metric name (dotted for nested JSON) → value. */
export type Metrics = Record<string, number>;

/**
 * Per-sample results: one row per sample id. `values` holds, per field (dotted for nested
 * objects), one number per row; booleans become 1/0 (e.g. `correct`).
 */
export interface SampleTable {
  /** File the rows came from, for messages. */
  source: string;
  ids: string[];
  values: Map<string, Float64Array>;
  /** Fields whose every value was a boolean or 0/1. */
  binary: Set<string>;
}

/** Flattens a metrics JSON document: `{"eval": {"accuracy": 0.9}}` → `{"eval.accuracy": 0.9}`. */
export function parseMetrics(text: string, source: string): Metrics {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${source}: not valid JSON (${(error as Error).message}); the evaluation command must write a JSON object of metrics`,
      {
        cause: error,
      },
    );
  }
  if (!isObject(doc)) {
    throw new InputError(
      `${source}: expected a JSON object of metrics like {"accuracy": 0.91}, got ${describe(doc)}`,
    );
  }
  const out: Metrics = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new InputError(`${source}: metric "${path}" is not a finite number`);
      out[path] = value;
    } else if (typeof value === 'boolean') {
      out[path] = value ? 1 : 0;
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
    // strings, arrays and null are metadata (model name, per-class lists): not metrics
  };
  walk(doc, '');
  return out;
}

/**
 * Parses per-sample JSONL: each line an object with an `id` (string or number) and numeric or
 * boolean fields, e.g. `{"id": "q17", "correct": true, "f1": 0.5}`.
 */
export function parseSamples(text: string, source: string): SampleTable {
  const ids: string[] = [];
  const columns = new Map<string, number[]>();
  const kinds = new Map<string, boolean>();
  const seen = new Map<string, number>();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const where = `${source}:${index + 1}`;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch (error) {
      throw new InputError(
        `${where}: not valid JSON (${(error as Error).message}); write one JSON object per line`,
      );
    }
    if (!isObject(row))
      throw new InputError(`${where}: expected a JSON object with an "id", got ${describe(row)}`);
    const id = row.id;
    if (typeof id !== 'string' && typeof id !== 'number') {
      throw new InputError(`${where}: every sample needs an "id" (string or number)`);
    }
    const key = String(id);
    const first = seen.get(key);
    if (first !== undefined)
      throw new InputError(`${where}: duplicate sample id "${key}" (first at line ${first})`);
    seen.set(key, index + 1);
    const rowIndex = ids.length;
    ids.push(key);
    const fields: [string, number, boolean][] = [];
    const walk = (value: unknown, path: string) => {
      if (typeof value === 'number' && Number.isFinite(value))
        fields.push([path, value, value === 0 || value === 1]);
      else if (typeof value === 'boolean') fields.push([path, value ? 1 : 0, true]);
      else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    };
    for (const [k, v] of Object.entries(row)) if (k !== 'id') walk(v, k);
    for (const [name, value, binary] of fields) {
      let column = columns.get(name);
      if (!column) {
        if (rowIndex > 0) {
          throw new InputError(
            `${where}: field "${name}" first appears here but is missing on earlier samples (e.g. "${ids[0]}"); every sample needs the same fields`,
          );
        }
        column = [];
        columns.set(name, column);
        kinds.set(name, true);
      }
      column.push(value);
      if (!binary) kinds.set(name, false);
    }
    for (const [name, column] of columns) {
      if (column.length !== rowIndex + 1) {
        throw new InputError(
          `${where}: sample "${key}" has no numeric "${name}" (earlier samples have it); every sample needs the same fields`,
        );
      }
    }
  });
  if (ids.length === 0) throw new InputError(`${source}: no samples (expected one JSON object per line)`);
  const values = new Map<string, Float64Array>();
  for (const [name, column] of columns) values.set(name, Float64Array.from(column));
  return { source, ids, values, binary: new Set([...kinds].filter(([, b]) => b).map(([k]) => k)) };
}

/**
 * The per-sample fields a gate may be tested on, in order: the one it names, else the metric's
 * dotted name, else its last segment (`eval.accuracy` → `accuracy`); `correct` (binary
 * correctness) only stands for accuracy.
 */
export function sampleFields(metric: string, named: string | undefined): string[] {
  if (named) return [named];
  const last = metric.slice(metric.lastIndexOf('.') + 1);
  return [...new Set([metric, last, ...(last === 'accuracy' ? ['correct'] : [])])];
}

export interface PairedColumns {
  /** The per-sample field compared. */
  field: string;
  baseline: Float64Array;
  candidate: Float64Array;
  /** candidate − baseline per shared id, in candidate order. */
  deltas: Float64Array;
  binary: boolean;
}

/**
 * Aligns candidate and baseline values of `field` by id. Both files must hold the same ids: a
 * paired test on different samples would compare different things.
 */
export function pairSamples(
  metric: string,
  field: string,
  candidate: SampleTable,
  baseline: SampleTable,
): PairedColumns {
  const c = candidate.values.get(field);
  const b = baseline.values.get(field);
  const missing = !c ? candidate : !b ? baseline : undefined;
  if (missing) {
    throw new InputError(
      `${missing.source}: no per-sample field "${field}" for metric "${metric}" (found ${[...missing.values.keys()].join(', ') || 'none'})`,
    );
  }
  const baselineRow = new Map<string, number>(baseline.ids.map((id, i) => [id, i]));
  const onlyCandidate = candidate.ids.filter((id) => !baselineRow.has(id));
  const candidateIds = new Set(candidate.ids);
  const onlyBaseline = baseline.ids.filter((id) => !candidateIds.has(id));
  if (onlyCandidate.length > 0 || onlyBaseline.length > 0) {
    const list = (ids: string[]) =>
      `${ids
        .slice(0, 5)
        .map((id) => JSON.stringify(id))
        .join(', ')}${ids.length > 5 ? `, … (${ids.length} in all)` : ''}`;
    throw new InputError(
      [
        `metric "${metric}": sample ids differ between ${candidate.source} (${candidate.ids.length}) and ${baseline.source} (${baseline.ids.length}); a paired test needs the same samples.`,
        onlyCandidate.length ? `only in ${candidate.source}: ${list(onlyCandidate)}` : '',
        onlyBaseline.length ? `only in ${baseline.source}: ${list(onlyBaseline)}` : '',
        'Evaluate both models on the same dataset (or re-record the baseline).',
      ]
        .filter(Boolean)
        .join('\n'),
    );
  }
  const n = candidate.ids.length;
  if (n > MAX_BOOTSTRAP_SAMPLES) {
    throw new InputError(
      `${candidate.source}: ${n} samples; the paired tests take at most ${MAX_BOOTSTRAP_SAMPLES}: evaluate on a fixed random subset`,
    );
  }
  const cv = c!;
  const bv = new Float64Array(n);
  const deltas = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = b![baselineRow.get(candidate.ids[i]!)!]!;
    bv[i] = v;
    deltas[i] = cv[i]! - v;
  }
  return {
    field,
    baseline: bv,
    candidate: cv,
    deltas,
    binary: candidate.binary.has(field) && baseline.binary.has(field),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}
