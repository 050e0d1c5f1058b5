/**
 * Binary heap of task indices ordered by `before(a, b)` (true when a comes out first).
 * Indices live in a growable Int32Array so hot loops allocate nothing per push.
 */
export class IndexHeap {
  private items: Int32Array;
  private count = 0;

  constructor(
    private readonly before: (a: number, b: number) => boolean,
    initialCapacity = 16,
  ) {
    this.items = new Int32Array(Math.max(1, initialCapacity));
  }

  get size(): number {
    return this.count;
  }

  peek(): number {
    if (this.count === 0) throw new RangeError('peek on an empty heap');
    return this.items[0]!;
  }

  push(value: number): void {
    if (this.count === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    const items = this.items;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent]!;
      if (!this.before(value, p)) break;
      items[i] = p;
      i = parent;
    }
    items[i] = value;
  }

  pop(): number {
    if (this.count === 0) throw new RangeError('pop on an empty heap');
    const items = this.items;
    const top = items[0]!;
    const last = items[--this.count]!;
    const n = this.count;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && this.before(items[right]!, items[left]!)) child = right;
      if (!this.before(items[child]!, last)) break;
      items[i] = items[child]!;
      i = child;
    }
    if (n > 0) items[i] = last;
    return top;
  }
}
