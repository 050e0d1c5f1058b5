/**
 * xoshiro128** (Blackman & Vigna): a small, fast 32-bit PRNG with 128 bits of state, seeded
 * through splitmix32 so any integer seed gives a well-mixed state. Deterministic across platforms.
 */
export class Xoshiro128 {
  /** State words; public so hot loops can copy them into locals and write them back. */
  s0: number;
  s1: number;
  s2: number;
  s3: number;

  /** `stream` selects an independent sequence for the same seed (one per bootstrap resample). */
  constructor(seed: number, stream = 0) {
    let x = (Math.imul(seed | 0, 0x9e3779b1) ^ Math.imul(stream | 0, 0x85ebca77)) >>> 0;
    const next = () => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** Next uniform uint32. */
  nextU32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /**
   * Uniform integer in [0, n) by multiply-shift (floor(u32 · n / 2^32)); exact in doubles for
   * n < 2^21, with a bias below n / 2^32 (2e-5 for a million samples), far under bootstrap noise.
   */
  nextBelow(n: number): number {
    return (this.nextU32() * n * TWO_POW_MINUS_32) | 0;
  }
}

export const TWO_POW_MINUS_32 = 2 ** -32;

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
