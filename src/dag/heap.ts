/**
 * Binary min-heap of (key, value) pairs: smallest key first, ties by smaller value (a task index),
 * so results never depend on insertion order. Pairs live in growable typed arrays and comparisons
 * are inline, so hot loops allocate nothing and call nothing per comparison.
 */
export class KeyedHeap {
  private keys: Float64Array;
  private values: Int32Array;
  private count = 0;

  constructor(initialCapacity = 16) {
    const capacity = Math.max(1, initialCapacity);
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  peekKey(): number {
    if (this.count === 0) throw new RangeError('peek on an empty heap');
    return this.keys[0]!;
  }

  push(key: number, value: number): void {
    if (this.count === this.keys.length) {
      const keys = new Float64Array(this.keys.length * 2);
      keys.set(this.keys);
      this.keys = keys;
      const values = new Int32Array(this.values.length * 2);
      values.set(this.values);
      this.values = values;
    }
    const keys = this.keys;
    const values = this.values;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent]!;
      if (pk < key || (pk === key && values[parent]! <= value)) break;
      keys[i] = pk;
      values[i] = values[parent]!;
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes the smallest pair and returns its value. */
  pop(): number {
    if (this.count === 0) throw new RangeError('pop on an empty heap');
    const keys = this.keys;
    const values = this.values;
    const top = values[0]!;
    const n = --this.count;
    const key = keys[n]!;
    const value = values[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        (keys[right]! < keys[child]! || (keys[right] === keys[child] && values[right]! < values[child]!))
      ) {
        child = right;
      }
      const ck = keys[child]!;
      if (key < ck || (key === ck && value <= values[child]!)) break;
      keys[i] = ck;
      values[i] = values[child]!;
      i = child;
    }
    if (n > 0) {
      keys[i] = key;
      values[i] = value;
    }
    return top;
  }
}
