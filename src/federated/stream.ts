import type { Checkpoint } from './checkpoint.js';
import { bytesPerElement, decodeChunk, type FloatDtype } from './dtype.js';
import type { Values } from './kernels.js';
import { readFully, type TensorInfo } from './safetensors-header.js';

/** A run of elements of one tensor, read from every source at once. */
export interface Unit {
  tensor: TensorInfo;
  dtype: FloatDtype;
  /** First element of the run. */
  start: number;
  count: number;
}

export function* unitsOf(tensors: TensorInfo[], chunkElements: number): Generator<Unit> {
  for (const tensor of tensors) {
    const dtype = tensor.dtype as FloatDtype;
    for (let start = 0; start < tensor.elements; start += chunkElements) {
      yield { tensor, dtype, start, count: Math.min(chunkElements, tensor.elements - start) };
    }
  }
}

function* unitsIn(tensors: TensorInfo[], chunkElements: number, [first, end]: [number, number]) {
  let index = 0;
  for (const unit of unitsOf(tensors, chunkElements)) {
    if (index >= end) return;
    if (index++ >= first) yield unit;
  }
}

/**
 * Reads units chunk by chunk from several checkpoints with bounded memory: two 8-byte-aligned
 * buffers per source (the next unit is read while the current one is processed) and one float64
 * scratch per source for F16/BF16 decoding.
 */
export class ChunkReader {
  private readonly buffers: ArrayBuffer[][];
  private readonly scratch: (Float64Array | undefined)[];

  constructor(
    readonly sourceCount: number,
    readonly chunkElements: number,
  ) {
    this.buffers = [0, 1].map(() =>
      Array.from({ length: sourceCount }, () => new ArrayBuffer(chunkElements * 8)),
    );
    this.scratch = new Array(sourceCount).fill(undefined);
  }

  /**
   * Calls `visit` with each unit's values (one array per source, in `sources` order) until the
   * units run out or `visit` returns false; `range` limits it to units [first, end) of `unitsOf`.
   */
  async each(
    sources: Checkpoint[],
    tensors: TensorInfo[],
    visit: (unit: Unit, values: Values[], set: number) => Promise<boolean> | boolean,
    signal?: AbortSignal,
    range?: [number, number],
  ): Promise<void> {
    const units = unitsIn(tensors, this.chunkElements, range ?? [0, Number.POSITIVE_INFINITY]);
    let current = units.next();
    let set = 0;
    let pending: Promise<void> | undefined = current.done
      ? undefined
      : this.read(sources, current.value, set);
    pending?.catch(() => undefined);
    while (!current.done && pending) {
      await pending;
      const unit = current.value;
      const unitSet = set;
      current = units.next();
      set ^= 1;
      pending = current.done ? undefined : this.read(sources, current.value, set);
      pending?.catch(() => undefined);
      try {
        signal?.throwIfAborted();
        const values = sources.map((_, s) => this.decode(s, unit, unitSet));
        if (!(await visit(unit, values, unitSet))) break;
      } catch (error) {
        await pending?.catch(() => undefined);
        throw error;
      }
    }
    await pending?.catch(() => undefined);
  }

  private read(sources: Checkpoint[], unit: Unit, set: number): Promise<void> {
    const bpe = bytesPerElement(unit.dtype);
    return Promise.all(
      sources.map((source, s) => {
        const t = source.header.byName.get(unit.tensor.name)!;
        const view = new Uint8Array(this.buffers[set]![s]!, 0, unit.count * bpe);
        return readFully(source.fh, view, source.header.dataStart + t.begin + unit.start * bpe, source.label);
      }),
    ).then(() => undefined);
  }

  private decode(source: number, unit: Unit, set: number): Values {
    let scratch = this.scratch[source];
    if (!scratch && (unit.dtype === 'F16' || unit.dtype === 'BF16')) {
      scratch = new Float64Array(this.chunkElements);
      this.scratch[source] = scratch;
    }
    return decodeChunk(unit.dtype, this.buffers[set]![source]!, unit.count, scratch ?? new Float64Array(0));
  }
}
