import { type FileHandle, open } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { type Checkpoint, closeAll, openCheckpoint } from './checkpoint.js';
import { bytesPerElement, encodeChunk, type FloatDtype } from './dtype.js';
import { addBase, firstNonFinite, type Values, weightedSum } from './kernels.js';
import type { TensorInfo } from './safetensors-header.js';
import { ChunkReader, type Unit, unitsOf } from './stream.js';

/** One worker's share of a weighted-sum pass: units [range[0], range[1]) of the tensors in order. */
export interface RangeSpec {
  /** The active clients, then the base when there is one. */
  sources: { path: string; label: string }[];
  clients: number;
  hasBase: boolean;
  /** Updates are client − base (a base given without deltas). */
  subtractBase: boolean;
  coefs: number[];
  tensors: string[];
  chunkElements: number;
  range: [number, number];
  /** The output's temporary file, where its data starts, and each tensor's data offset. */
  out: { temp: string; label: string; dataStart: number; offsets: Record<string, number> };
}

/**
 * `stats` holds, per unit in order, Σu_i² (clients values), Σu_i·g (clients values) and Σg²; the
 * caller adds them up in unit order, so the sums do not depend on how the units were split.
 */
export type RangeResult =
  | { kind: 'done'; stats: Float64Array }
  | { kind: 'found'; unit: number; found: { client: number; tensor: string; element: number }[] }
  | { kind: 'bad-base'; unit: number; tensor: string; element: number }
  | { kind: 'error'; message: string; input: boolean };

/** Units a pass over `tensors` makes with `chunkElements`, split into `parts` ranges of about equal elements. */
export function splitUnits(tensors: TensorInfo[], chunkElements: number, parts: number): [number, number][] {
  const counts = [...unitsOf(tensors, chunkElements)].map((u) => u.count);
  const total = counts.reduce((s, c) => s + c, 0);
  const ranges: [number, number][] = [];
  let first = 0;
  let done = 0;
  for (let i = 0; i < counts.length; i++) {
    done += counts[i]!;
    if (done >= (total * (ranges.length + 1)) / parts || i === counts.length - 1) {
      ranges.push([first, i + 1]);
      first = i + 1;
    }
  }
  return ranges;
}

/** Worker threads a pass over `elements` parameters uses: one per core, when the work is worth a thread. */
export function workersFor(elements: number, requested?: number): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested));
  return elements >= 8 * 2 ** 20 ? Math.min(4, availableParallelism()) : 1;
}

/** Runs one range on this thread; `onUnit` hears the element count of each unit written. */
export async function runRange(
  spec: RangeSpec,
  signal?: AbortSignal,
  onUnit?: (count: number) => void,
): Promise<RangeResult> {
  const opened: Checkpoint[] = [];
  let out: FileHandle | undefined;
  try {
    for (const s of spec.sources) opened.push(await openCheckpoint(s.path, s.label));
    out = await open(spec.out.temp, 'r+');
    return await sweep(spec, opened, out, signal, onUnit);
  } catch (error) {
    return { kind: 'error', message: (error as Error).message, input: error instanceof InputError };
  } finally {
    await out?.close().catch(() => undefined);
    await closeAll(opened);
  }
}

async function sweep(
  spec: RangeSpec,
  sources: Checkpoint[],
  out: FileHandle,
  signal: AbortSignal | undefined,
  onUnit: ((count: number) => void) | undefined,
): Promise<RangeResult> {
  const n = spec.clients;
  const tensors = spec.tensors.map((name) => sources[0]!.header.byName.get(name)!);
  const chunk = spec.chunkElements;
  const reader = new ChunkReader(sources.length, chunk);
  const acc = new Float64Array(chunk);
  const withBase = new Float64Array(spec.hasBase ? chunk : 0);
  const outBuffers = [new ArrayBuffer(chunk * 8), new ArrayBuffer(chunk * 8)];
  const writes: (Promise<void> | undefined)[] = [undefined, undefined];
  const perUnit = 2 * n + 1;
  const stats = new Float64Array((spec.range[1] - spec.range[0]) * perUnit);
  let index = 0;
  let stop: RangeResult | undefined;
  try {
    await reader.each(
      sources,
      tensors,
      async (unit: Unit, values: Values[], set: number) => {
        const cs = values.slice(0, n);
        const baseValues = spec.hasBase ? values[n] : undefined;
        const norm2 = stats.subarray(index * perUnit, index * perUnit + n);
        const dots = stats.subarray(index * perUnit + n, index * perUnit + 2 * n);
        const g2 = weightedSum(
          cs,
          spec.coefs,
          spec.subtractBase ? baseValues : undefined,
          acc,
          unit.count,
          norm2,
          dots,
        );
        stats[index * perUnit + 2 * n] = g2;
        const found = [];
        for (let i = 0; i < n; i++) {
          if (Number.isFinite(norm2[i]!)) continue;
          const at = firstNonFinite(cs[i]!, unit.count);
          if (at >= 0) found.push({ client: i, tensor: unit.tensor.name, element: unit.start + at });
        }
        if (found.length > 0) {
          stop = { kind: 'found', unit: spec.range[0] + index, found };
          return false;
        }
        if (!Number.isFinite(g2) && baseValues) {
          const at = firstNonFinite(baseValues, unit.count);
          if (at >= 0) {
            stop = {
              kind: 'bad-base',
              unit: spec.range[0] + index,
              tensor: unit.tensor.name,
              element: unit.start + at,
            };
            return false;
          }
        }
        const result = addBase(acc, baseValues, unit.count, withBase);
        await writes[set];
        const bpe = bytesPerElement(unit.dtype);
        encodeChunk(unit.dtype as FloatDtype, result, unit.count, outBuffers[set]!);
        const write = writeAll(
          out,
          new Uint8Array(outBuffers[set]!, 0, unit.count * bpe),
          spec.out.dataStart + spec.out.offsets[unit.tensor.name]! + unit.start * bpe,
          spec.out.label,
        );
        write.catch(() => undefined);
        writes[set] = write;
        index++;
        onUnit?.(unit.count);
        return true;
      },
      signal,
      spec.range,
    );
  } finally {
    await Promise.allSettled(writes);
  }
  await Promise.all(writes);
  return stop ?? { kind: 'done', stats };
}

async function writeAll(fh: FileHandle, bytes: Uint8Array, position: number, label: string): Promise<void> {
  try {
    let done = 0;
    while (done < bytes.length) {
      const { bytesWritten } = await fh.write(bytes, done, bytes.length - done, position + done);
      done += bytesWritten;
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(
      `cannot write output ${label} (${code}): check that its directory exists, is writable and has free space`,
      { cause: error },
    );
  }
}

/**
 * The worker: fedavg-worker.js next to this module in lib/, and next to the bundle's chunks in dist/
 * (scripts/bundle.mjs builds it there); from source (tsx, vitest) it loads fedavg-worker.ts through tsx.
 */
function startWorker(spec: RangeSpec): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./fedavg-worker.js', here), { workerData: spec });
  // the ESM build of tsx's register API sits next to the CommonJS one require resolves
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const script = new URL('./fedavg-worker.ts', here).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(script)}); });`,
    { eval: true, workerData: spec },
  );
}

/** Runs the ranges, the first on this thread and each other one in a worker thread. */
export function runRanges(
  specs: RangeSpec[],
  signal?: AbortSignal,
  onUnit?: (count: number) => void,
): Promise<RangeResult[]> {
  return Promise.all(
    specs.map((spec, i) => (i === 0 ? runRange(spec, signal, onUnit) : inWorker(spec, signal, onUnit))),
  );
}

function inWorker(
  spec: RangeSpec,
  signal?: AbortSignal,
  onUnit?: (count: number) => void,
): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(spec);
    const abort = () => void worker.terminate();
    signal?.addEventListener('abort', abort, { once: true });
    let result: RangeResult | undefined;
    worker.on('message', (m: RangeResult | { progress: number }) => {
      if ('progress' in m) onUnit?.(m.progress);
      else result = m;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      signal?.removeEventListener('abort', abort);
      if (signal?.aborted) reject(signal.reason);
      else if (result) resolve(result);
      else reject(new Error(`aggregation worker exited with code ${code} without a result`));
    });
  });
}
