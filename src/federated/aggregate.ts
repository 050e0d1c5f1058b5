import { InputError } from '../errors.js';
import { type Checkpoint, checkCompatible, closeAll, openCheckpoint } from './checkpoint.js';
import { bytesPerElement, encodeChunk, type FloatDtype } from './dtype.js';
import { type RangeSpec, runRanges, splitUnits, workersFor } from './fedavg-range.js';
import { addBase, alignment, firstNonFinite, robustCombine, updateNorms, type Values } from './kernels.js';
import { formatMethod, type Method, trimCount } from './method.js';
import { type ClientReport, flagOutliers, type RoundSummary } from './report.js';
import type { TensorInfo } from './safetensors-header.js';
import { ChunkReader, type Unit } from './stream.js';
import { buildHeader, SafetensorsWriter } from './writer.js';

export interface ClientSpec {
  path: string;
  /** How messages and metadata name the client (the path as given). */
  label: string;
  /** Explicit weight; otherwise the file's __metadata__[weightKey]. */
  weight?: number;
}

export type NonFinitePolicy = 'exclude' | 'fail';

export interface AggregateRequest {
  clients: ClientSpec[];
  /** Previous global model: updates are measured against it, clipping needs it, deltas are added to it. */
  base?: { path: string; label: string };
  /** Clients send updates (client − base) instead of full models. */
  deltas?: boolean;
  method: Method;
  out: string;
  outLabel?: string;
  weightKey: string;
  nonFinite: NonFinitePolicy;
  round?: number;
  /** Float64 working set per client per step, in bytes: memory ≈ (3 × clients + 4) × chunkBytes. */
  chunkBytes: number;
  /** Threads for FedAvg (they share chunkBytes); default: one per core, up to 4, for ≥ 8 Mi parameters. */
  workers?: number;
  signal?: AbortSignal;
  log?: (message: string) => void;
}

export interface AggregateResult extends RoundSummary {
  metadata: Record<string, string>;
  excluded: string[];
}

interface NonFinite {
  client: number;
  tensor: string;
  element: number;
}

export interface AggregatePlan {
  tensors: number;
  parameters: number;
  weights: number[];
}

/** Aggregates client checkpoints into `out` by streaming every tensor chunk by chunk. */
export async function aggregateCheckpoints(req: AggregateRequest): Promise<AggregateResult> {
  return withCheckpoints(req, (clients, base, tensors, weights) => run(req, clients, base, tensors, weights));
}

/** Validates inputs (headers, tensor names/shapes/dtypes, weights) without writing anything. */
export function planAggregation(req: AggregateRequest): Promise<AggregatePlan> {
  return withCheckpoints(req, async (_clients, _base, tensors, weights) => ({
    tensors: tensors.length,
    parameters: tensors.reduce((s, t) => s + t.elements, 0),
    weights,
  }));
}

async function withCheckpoints<T>(
  req: AggregateRequest,
  fn: (
    clients: Checkpoint[],
    base: Checkpoint | undefined,
    tensors: TensorInfo[],
    weights: number[],
  ) => Promise<T>,
): Promise<T> {
  if (req.clients.length === 0)
    throw new InputError('no client checkpoints to aggregate: give --input PATH[:WEIGHT]');
  if (req.deltas && !req.base)
    throw new InputError('deltas need a base model: the result is base + aggregated delta (--base)');
  if (req.method.kind === 'fedavg-clip' && !req.base) {
    throw new InputError(
      `${formatMethod(req.method)} clips updates relative to the previous global model: give --base`,
    );
  }
  const opened: Checkpoint[] = [];
  try {
    for (const c of req.clients) opened.push(await openCheckpoint(c.path, c.label));
    const clients = [...opened];
    const base = req.base ? await openCheckpoint(req.base.path, `base ${req.base.label}`) : undefined;
    if (base) opened.push(base);
    const tensors = checkCompatible(clients[0]!, [...clients.slice(1), ...(base ? [base] : [])]);
    const weights = resolveWeights(req, clients);
    return await fn(clients, base, tensors, weights);
  } finally {
    await closeAll(opened);
  }
}

function resolveWeights(req: AggregateRequest, clients: Checkpoint[]): number[] {
  const weights = req.clients.map((spec, i) => {
    if (spec.weight !== undefined) return spec.weight;
    const raw = clients[i]!.header.metadata[req.weightKey];
    if (raw === undefined) return undefined;
    const w = Number(raw);
    if (!(raw.trim() !== '' && Number.isFinite(w) && w > 0)) {
      throw new InputError(
        `${spec.label}: __metadata__.${req.weightKey} is "${raw}", expected a positive number`,
      );
    }
    return w;
  });
  if (weights.every((w) => w === undefined)) {
    req.log?.(`no client has __metadata__.${req.weightKey} or an explicit weight: weighting clients equally`);
    return weights.map(() => 1);
  }
  const missing = req.clients.filter((_, i) => weights[i] === undefined).map((c) => c.label);
  if (missing.length > 0) {
    throw new InputError(
      `no weight for ${missing.join(', ')}: add __metadata__.${req.weightKey} to the file, give --input PATH:WEIGHT, or set federated.weights`,
    );
  }
  return weights as number[];
}

async function run(
  req: AggregateRequest,
  clients: Checkpoint[],
  base: Checkpoint | undefined,
  tensors: TensorInfo[],
  weights: number[],
): Promise<AggregateResult> {
  const chunkElements = Math.max(1, Math.floor(req.chunkBytes / 8));
  const reader = new ChunkReader(clients.length + (base ? 1 : 0), chunkElements);
  const sub = (values: Values[], n: number): Values | undefined =>
    base && !req.deltas ? values[n] : undefined;
  const excluded = new Map<number, string>();
  const exclude = (found: NonFinite[]) => {
    for (const f of found) {
      const what = `NaN or Inf in tensor "${f.tensor}" (element ${f.element})`;
      if (req.nonFinite === 'fail') {
        throw new InputError(
          `${clients[f.client]!.label}: ${what}; fix the client's checkpoint or set non-finite: exclude (--non-finite exclude) to leave it out`,
        );
      }
      if (!excluded.has(f.client)) {
        excluded.set(f.client, what);
        req.log?.(`excluding ${clients[f.client]!.label}: ${what}`);
      }
    }
  };

  let clipNorms: number[] | undefined;
  if (req.method.kind === 'fedavg-clip') {
    const norm2 = new Float64Array(clients.length);
    const sources = [...clients, ...(base && !req.deltas ? [base] : [])];
    const advance = progress(req, tensors, 'measuring update norms for clipping');
    await reader.each(
      sources,
      tensors,
      (unit, values) => {
        const unitNorm2 = new Float64Array(clients.length);
        const cs = values.slice(0, clients.length);
        updateNorms(cs, sub(values, clients.length), unit.count, unitNorm2);
        exclude(nonFinite(cs, unitNorm2, unit).filter((f) => !excluded.has(f.client)));
        for (let i = 0; i < clients.length; i++) norm2[i]! += unitNorm2[i]!;
        advance(unit.count);
        return true;
      },
      req.signal,
    );
    clipNorms = Array.from(norm2, Math.sqrt);
  }

  for (;;) {
    const active = clients.map((_, i) => i).filter((i) => !excluded.has(i));
    if (active.length === 0)
      throw new InputError('every client was excluded for NaN or Inf values: nothing to aggregate');
    const outcome = await writePass(req, reader, clients, active, base, tensors, weights, clipNorms);
    if ('found' in outcome) {
      exclude(outcome.found);
      continue;
    }
    const reports = clients.map((c, i): ClientReport => {
      const k = active.indexOf(i);
      const clipScale = clipNorms ? clipScaleOf(clipNorms[i]!, req.method) : undefined;
      if (k < 0) {
        return {
          client: c.label,
          weight: weights[i]!,
          share: 0,
          updateNorm: null,
          cosine: null,
          outlier: false,
          reasons: [],
          excluded: excluded.get(i)!,
        };
      }
      const norm = Math.sqrt(outcome.norm2[k]!);
      const denom = norm * outcome.aggregateNorm;
      return {
        client: c.label,
        weight: weights[i]!,
        share: outcome.shares[k]!,
        updateNorm: norm,
        cosine: denom > 0 ? outcome.dots[k]! / denom : null,
        ...(clipScale === undefined ? {} : { clipScale }),
        outlier: false,
        reasons: [],
      };
    });
    flagOutliers(reports);
    return {
      out: req.outLabel ?? req.out,
      method: formatMethod(req.method),
      round: outcome.round,
      tensors: tensors.length,
      parameters: tensors.reduce((s, t) => s + t.elements, 0),
      aggregateUpdateNorm: outcome.aggregateNorm,
      ...(req.base ? { base: req.base.label } : {}),
      clients: reports,
      metadata: outcome.metadata,
      excluded: [...excluded.keys()].map((i) => clients[i]!.label),
    };
  }
}

/** Logs every tenth of the elements processed by a pass. */
function progress(req: AggregateRequest, tensors: TensorInfo[], what: string): (count: number) => void {
  const total = tensors.reduce((s, t) => s + t.elements, 0);
  let done = 0;
  let logged = 0;
  return (count) => {
    done += count;
    const tenth = Math.floor((10 * done) / total);
    if (tenth > logged) {
      logged = tenth;
      req.log?.(`${what}: ${tenth * 10}% (${done} of ${total} parameters)`);
    }
  };
}

function clipScaleOf(norm: number, method: Method): number {
  return method.kind === 'fedavg-clip' && norm > method.norm ? method.norm / norm : 1;
}

/** Clients whose chunk holds a non-finite value (a non-finite Σu² is only a hint: it may be overflow). */
function nonFinite(clients: Values[], unitNorm2: Float64Array, unit: Unit): NonFinite[] {
  const found: NonFinite[] = [];
  for (let i = 0; i < clients.length; i++) {
    if (Number.isFinite(unitNorm2[i]!)) continue;
    const at = firstNonFinite(clients[i]!, unit.count);
    if (at >= 0) found.push({ client: i, tensor: unit.tensor.name, element: unit.start + at });
  }
  return found;
}

interface PassResult {
  norm2: Float64Array;
  dots: Float64Array;
  aggregateNorm: number;
  shares: number[];
  round: number;
  metadata: Record<string, string>;
}

function roundOf(req: AggregateRequest, base: Checkpoint | undefined): number {
  if (req.round !== undefined) return req.round;
  const previous = Number(base?.header.metadata.round);
  return base && Number.isInteger(previous) && previous >= 0 ? previous + 1 : 0;
}

/** One pass writing the output; stops early (writing nothing) when a client turns out to hold NaN/Inf. */
async function writePass(
  req: AggregateRequest,
  reader: ChunkReader,
  clients: Checkpoint[],
  active: number[],
  base: Checkpoint | undefined,
  tensors: TensorInfo[],
  weights: number[],
  clipNorms: number[] | undefined,
): Promise<PassResult | { found: NonFinite[] }> {
  const n = active.length;
  const total = active.reduce((s, i) => s + weights[i]!, 0);
  const shares = active.map((i) => weights[i]! / total);
  const coefs = active.map((i, k) => shares[k]! * (clipNorms ? clipScaleOf(clipNorms[i]!, req.method) : 1));
  const trim =
    req.method.kind === 'median'
      ? -1
      : req.method.kind === 'trimmed-mean'
        ? trimCount(req.method.fraction, n)
        : 0;
  const robust = req.method.kind === 'median' || req.method.kind === 'trimmed-mean';

  const round = roundOf(req, base);
  const format = clients[0]!.header.metadata.format;
  const metadata: Record<string, string> = {
    ...(format === undefined ? {} : { format }),
    round: String(round),
    method: formatMethod(req.method),
    clients: JSON.stringify(active.map((i) => clients[i]!.label)),
    weights: JSON.stringify(active.map((i) => weights[i]!)),
    ...(base ? { base: req.base!.label, deltas: String(req.deltas === true) } : {}),
    ...(active.length < clients.length
      ? {
          excluded: JSON.stringify(
            clients.map((c, i) => (active.includes(i) ? '' : c.label)).filter(Boolean),
          ),
        }
      : {}),
  };
  const layout = tensors.map((t) => ({
    name: t.name,
    dtype: t.dtype,
    shape: t.shape,
    bytes: t.end - t.begin,
  }));
  const header = buildHeader(layout, metadata);
  const offsetOf = new Map(tensors.map((t, i) => [t.name, header.offsets[i]!]));

  const sources = [...active.map((i) => clients[i]!), ...(base ? [base] : [])];
  const writer = await SafetensorsWriter.create(req.out, header.bytes, req.outLabel ?? req.out);
  const pass = robust
    ? robustPass(req, reader, sources, n, trim, base, tensors, offsetOf, writer)
    : weightedPass(req, reader, sources, n, coefs, base, tensors, offsetOf, writer);
  let outcome: { norm2: Float64Array; dots: Float64Array; g2: number } | { found: NonFinite[] };
  try {
    outcome = await pass;
    if ('found' in outcome) {
      await writer.discard();
      return { found: outcome.found.map((f) => ({ ...f, client: active[f.client]! })) };
    }
    await writer.commit();
  } catch (error) {
    await writer.discard();
    throw error;
  }
  const { norm2, dots, g2 } = outcome;
  return { norm2, dots, aggregateNorm: Math.sqrt(g2), shares, round, metadata };
}

type PassOutcome = { norm2: Float64Array; dots: Float64Array; g2: number } | { found: NonFinite[] };

function badBase(req: AggregateRequest, tensor: string, element: number): InputError {
  return new InputError(
    `base ${req.base!.label}: NaN or Inf in tensor "${tensor}" (element ${element}); the previous global model must be finite`,
  );
}

/**
 * FedAvg (and clipped FedAvg): the units split into one range per worker thread, each reading,
 * summing and writing its own tensors' chunks; the statistics are added up in unit order after.
 */
async function weightedPass(
  req: AggregateRequest,
  reader: ChunkReader,
  sources: Checkpoint[],
  n: number,
  coefs: number[],
  base: Checkpoint | undefined,
  tensors: TensorInfo[],
  offsetOf: Map<string, number>,
  writer: SafetensorsWriter,
): Promise<PassOutcome> {
  const workers = workersFor(
    tensors.reduce((s, t) => s + t.elements, 0),
    req.workers,
  );
  // The same memory in all: each worker reads with 1/workers of the chunk.
  const chunkElements = Math.max(1, Math.floor(reader.chunkElements / workers));
  const ranges = splitUnits(tensors, chunkElements, workers);
  const specs = ranges.map(
    (range): RangeSpec => ({
      sources: sources.map((s) => ({ path: s.path, label: s.label })),
      clients: n,
      hasBase: base !== undefined,
      subtractBase: base !== undefined && !req.deltas,
      coefs,
      tensors: tensors.map((t) => t.name),
      chunkElements,
      range,
      out: {
        temp: writer.temp,
        label: writer.label,
        dataStart: writer.dataStart,
        offsets: Object.fromEntries(offsetOf),
      },
    }),
  );
  if (ranges.length > 1) req.log?.(`aggregating ${n} clients on ${ranges.length} threads`);
  const results = await runRanges(specs, req.signal, progress(req, tensors, `aggregating ${n} clients`));
  const failed = results.find((r) => r.kind === 'error');
  if (failed) throw failed.input ? new InputError(failed.message) : new Error(failed.message);
  const stopped = results.find((r) => r.kind === 'found' || r.kind === 'bad-base');
  if (stopped?.kind === 'found') return { found: stopped.found };
  if (stopped?.kind === 'bad-base') throw badBase(req, stopped.tensor, stopped.element);
  const norm2 = new Float64Array(n);
  const dots = new Float64Array(n);
  let g2 = 0;
  for (const r of results) {
    if (r.kind !== 'done') continue;
    for (let at = 0; at < r.stats.length; at += 2 * n + 1) {
      for (let k = 0; k < n; k++) {
        norm2[k]! += r.stats[at + k]!;
        dots[k]! += r.stats[at + n + k]!;
      }
      g2 += r.stats[at + 2 * n]!;
    }
  }
  return { norm2, dots, g2 };
}

/** Median and trimmed mean, on this thread. */
async function robustPass(
  req: AggregateRequest,
  reader: ChunkReader,
  sources: Checkpoint[],
  n: number,
  trim: number,
  base: Checkpoint | undefined,
  tensors: TensorInfo[],
  offsetOf: Map<string, number>,
  writer: SafetensorsWriter,
): Promise<PassOutcome> {
  const chunk = reader.chunkElements;
  const acc = new Float64Array(chunk);
  const withBase = new Float64Array(base ? chunk : 0);
  const outBuffers = [new ArrayBuffer(chunk * 8), new ArrayBuffer(chunk * 8)];
  const writes: (Promise<void> | undefined)[] = [undefined, undefined];
  const norm2 = new Float64Array(n);
  const dots = new Float64Array(n);
  let g2 = 0;
  let found: NonFinite[] = [];

  const advance = progress(req, tensors, `aggregating ${n} clients`);
  try {
    await reader.each(
      sources,
      tensors,
      async (unit, values, set) => {
        const cs = values.slice(0, n);
        const baseValues = base ? values[n] : undefined;
        const sub = base && !req.deltas ? baseValues : undefined;
        const unitNorm2 = new Float64Array(n);
        const unitDots = new Float64Array(n);
        robustCombine(cs, sub, trim, acc, unit.count, unitNorm2);
        const unitG2 = alignment(cs, sub, acc, unit.count, unitDots);
        found = nonFinite(cs, unitNorm2, unit);
        if (found.length > 0) return false;
        for (let k = 0; k < n; k++) {
          norm2[k]! += unitNorm2[k]!;
          dots[k]! += unitDots[k]!;
        }
        if (!Number.isFinite(unitG2) && baseValues) {
          const at = firstNonFinite(baseValues, unit.count);
          if (at >= 0) throw badBase(req, unit.tensor.name, unit.start + at);
        }
        g2 += unitG2;
        const result = addBase(acc, baseValues, unit.count, withBase);
        await writes[set];
        const bpe = bytesPerElement(unit.dtype);
        encodeChunk(unit.dtype as FloatDtype, result, unit.count, outBuffers[set]!);
        const write = writer.write(
          new Uint8Array(outBuffers[set]!, 0, unit.count * bpe),
          offsetOf.get(unit.tensor.name)! + unit.start * bpe,
        );
        write.catch(() => undefined);
        writes[set] = write;
        advance(unit.count);
        return true;
      },
      req.signal,
    );
  } finally {
    await Promise.allSettled(writes);
  }
  await Promise.all(writes);
  return found.length > 0 ? { found } : { norm2, dots, g2 };
}
