/** Per-chunk arithmetic over decoded client values; all sums in float64. */
import { fusedSimd } from './kernels-simd.js';

export type Values = Float32Array | Float64Array;

/** Clients per fused sweep: each element of up to this many clients is loaded once. */
const GROUP = 8;
/** Elements per block when there are more clients than GROUP: a block stays in cache between the passes. */
const BLOCK = 4096;

let zeroValues = new Float32Array(0);
function zeros(length: number): Float32Array {
  if (zeroValues.length < length) zeroValues = new Float32Array(length);
  return zeroValues;
}

/**
 * Weighted sum and its statistics: g = acc = Σ coef_i·u_i with u_i = client_i − sub (or client_i
 * when `sub` is undefined); adds Σ u_i² to norm2[i] and Σ u_i·g to dots[i]; returns Σ g².
 */
export function weightedSum(
  clients: Values[],
  coefs: number[],
  sub: Values | undefined,
  acc: Float64Array,
  count: number,
  norm2: Float64Array,
  dots: Float64Array,
): number {
  const zero = zeros(count);
  const b = sub ?? zero;
  const groups: { c: Values[]; w: number[]; first: number }[] = [];
  for (let first = 0; first < clients.length; first += GROUP) {
    const c = clients.slice(first, first + GROUP);
    const w = coefs.slice(first, first + GROUP);
    while (c.length < GROUP) {
      c.push(zero);
      w.push(0);
    }
    groups.push({ c, w, first });
  }
  const s = new Float64Array(GROUP);
  const d = new Float64Array(GROUP);
  const collect = (first: number, into: Float64Array, from: Float64Array) => {
    for (let k = 0; k < GROUP && first + k < clients.length; k++) into[first + k]! += from[k]!;
    from.fill(0);
  };
  if (groups.length === 1) {
    const { c, w } = groups[0]!;
    const f32 = (v: Values | undefined) => v instanceof Float32Array;
    const g2 =
      (clients.every(f32) && (sub === undefined || f32(sub))
        ? fusedSimd(clients as Float32Array[], coefs, sub as Float32Array | undefined, acc, count, s, d)
        : undefined) ??
      (sub ? fused(c, w, sub, acc, 0, count, s, d) : fusedNoBase(c, w, acc, 0, count, s, d));
    collect(0, norm2, s);
    collect(0, dots, d);
    return g2;
  }
  let g2 = 0;
  for (let from = 0; from < count; from += BLOCK) {
    const to = Math.min(count, from + BLOCK);
    acc.fill(0, from, to);
    for (const { c, w, first } of groups) {
      sumGroup(c, w, b, acc, from, to, s);
      collect(first, norm2, s);
    }
    for (const { c, first } of groups) {
      dotGroup(c, b, acc, from, to, d);
      collect(first, dots, d);
    }
    for (let j = from; j < to; j++) g2 += acc[j]! * acc[j]!;
  }
  return g2;
}

/** Up to 8 clients in one sweep: g, Σu², Σu·g and Σg² with every value loaded once. */
function fused(
  c: Values[],
  w: number[],
  b: Values,
  acc: Float64Array,
  from: number,
  to: number,
  s: Float64Array,
  d: Float64Array,
): number {
  const [c0, c1, c2, c3, c4, c5, c6, c7] = c as [
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
  ];
  const [w0, w1, w2, w3, w4, w5, w6, w7] = w as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0;
  let d0 = 0,
    d1 = 0,
    d2 = 0,
    d3 = 0,
    d4 = 0,
    d5 = 0,
    d6 = 0,
    d7 = 0;
  let g2 = 0;
  for (let j = from; j < to; j++) {
    const bj = b[j]!;
    const u0 = c0[j]! - bj,
      u1 = c1[j]! - bj,
      u2 = c2[j]! - bj,
      u3 = c3[j]! - bj;
    const u4 = c4[j]! - bj,
      u5 = c5[j]! - bj,
      u6 = c6[j]! - bj,
      u7 = c7[j]! - bj;
    const g = w0 * u0 + w1 * u1 + w2 * u2 + w3 * u3 + w4 * u4 + w5 * u5 + w6 * u6 + w7 * u7;
    acc[j] = g;
    g2 += g * g;
    s0 += u0 * u0;
    s1 += u1 * u1;
    s2 += u2 * u2;
    s3 += u3 * u3;
    s4 += u4 * u4;
    s5 += u5 * u5;
    s6 += u6 * u6;
    s7 += u7 * u7;
    d0 += u0 * g;
    d1 += u1 * g;
    d2 += u2 * g;
    d3 += u3 * g;
    d4 += u4 * g;
    d5 += u5 * g;
    d6 += u6 * g;
    d7 += u7 * g;
  }
  s.set([s0, s1, s2, s3, s4, s5, s6, s7]);
  d.set([d0, d1, d2, d3, d4, d5, d6, d7]);
  return g2;
}

/** `fused` without a base to subtract. */
function fusedNoBase(
  c: Values[],
  w: number[],
  acc: Float64Array,
  from: number,
  to: number,
  s: Float64Array,
  d: Float64Array,
): number {
  const [c0, c1, c2, c3, c4, c5, c6, c7] = c as [
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
  ];
  const [w0, w1, w2, w3, w4, w5, w6, w7] = w as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0;
  let d0 = 0,
    d1 = 0,
    d2 = 0,
    d3 = 0,
    d4 = 0,
    d5 = 0,
    d6 = 0,
    d7 = 0;
  let g2 = 0;
  for (let j = from; j < to; j++) {
    const u0 = c0[j]!,
      u1 = c1[j]!,
      u2 = c2[j]!,
      u3 = c3[j]!;
    const u4 = c4[j]!,
      u5 = c5[j]!,
      u6 = c6[j]!,
      u7 = c7[j]!;
    const g = w0 * u0 + w1 * u1 + w2 * u2 + w3 * u3 + w4 * u4 + w5 * u5 + w6 * u6 + w7 * u7;
    acc[j] = g;
    g2 += g * g;
    s0 += u0 * u0;
    s1 += u1 * u1;
    s2 += u2 * u2;
    s3 += u3 * u3;
    s4 += u4 * u4;
    s5 += u5 * u5;
    s6 += u6 * u6;
    s7 += u7 * u7;
    d0 += u0 * g;
    d1 += u1 * g;
    d2 += u2 * g;
    d3 += u3 * g;
    d4 += u4 * g;
    d5 += u5 * g;
    d6 += u6 * g;
    d7 += u7 * g;
  }
  s.set([s0, s1, s2, s3, s4, s5, s6, s7]);
  d.set([d0, d1, d2, d3, d4, d5, d6, d7]);
  return g2;
}

function sumGroup(
  c: Values[],
  w: number[],
  b: Values,
  acc: Float64Array,
  from: number,
  to: number,
  s: Float64Array,
): void {
  const [c0, c1, c2, c3, c4, c5, c6, c7] = c as [
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
  ];
  const [w0, w1, w2, w3, w4, w5, w6, w7] = w as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0,
    s4 = 0,
    s5 = 0,
    s6 = 0,
    s7 = 0;
  for (let j = from; j < to; j++) {
    const bj = b[j]!;
    const u0 = c0[j]! - bj,
      u1 = c1[j]! - bj,
      u2 = c2[j]! - bj,
      u3 = c3[j]! - bj;
    const u4 = c4[j]! - bj,
      u5 = c5[j]! - bj,
      u6 = c6[j]! - bj,
      u7 = c7[j]! - bj;
    acc[j]! += w0 * u0 + w1 * u1 + w2 * u2 + w3 * u3 + w4 * u4 + w5 * u5 + w6 * u6 + w7 * u7;
    s0 += u0 * u0;
    s1 += u1 * u1;
    s2 += u2 * u2;
    s3 += u3 * u3;
    s4 += u4 * u4;
    s5 += u5 * u5;
    s6 += u6 * u6;
    s7 += u7 * u7;
  }
  s.set([s0, s1, s2, s3, s4, s5, s6, s7]);
}

function dotGroup(c: Values[], b: Values, g: Float64Array, from: number, to: number, d: Float64Array): void {
  const [c0, c1, c2, c3, c4, c5, c6, c7] = c as [
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
    Values,
  ];
  let d0 = 0,
    d1 = 0,
    d2 = 0,
    d3 = 0,
    d4 = 0,
    d5 = 0,
    d6 = 0,
    d7 = 0;
  for (let j = from; j < to; j++) {
    const bj = b[j]!;
    const h = g[j]!;
    d0 += (c0[j]! - bj) * h;
    d1 += (c1[j]! - bj) * h;
    d2 += (c2[j]! - bj) * h;
    d3 += (c3[j]! - bj) * h;
    d4 += (c4[j]! - bj) * h;
    d5 += (c5[j]! - bj) * h;
    d6 += (c6[j]! - bj) * h;
    d7 += (c7[j]! - bj) * h;
  }
  d.set([d0, d1, d2, d3, d4, d5, d6, d7]);
}

/** Adds Σ u_i² of this chunk to norm2[i] (first pass of norm clipping). */
export function updateNorms(
  clients: Values[],
  sub: Values | undefined,
  count: number,
  norm2: Float64Array,
): void {
  for (let i = 0; i < clients.length; i++) {
    const c = clients[i]!;
    let s = 0;
    if (sub) {
      for (let j = 0; j < count; j++) {
        const u = c[j]! - sub[j]!;
        s += u * u;
      }
    } else {
      for (let j = 0; j < count; j++) s += c[j]! * c[j]!;
    }
    norm2[i]! += s;
  }
}

/**
 * Coordinate-wise median (`trim` < 0) or mean after dropping `trim` values from each end, of
 * u_i = client_i − sub. Adds Σ u_i² to norm2[i].
 */
export function robustCombine(
  clients: Values[],
  sub: Values | undefined,
  trim: number,
  acc: Float64Array,
  count: number,
  norm2: Float64Array,
): void {
  const n = clients.length;
  const vals = new Float64Array(n);
  const keep = trim < 0 ? 0 : n - 2 * trim;
  for (let j = 0; j < count; j++) {
    const b = sub ? sub[j]! : 0;
    for (let i = 0; i < n; i++) {
      const u = clients[i]![j]! - b;
      norm2[i]! += u * u;
      // insertion sort while gathering: n is the number of clients
      let k = i;
      while (k > 0 && vals[k - 1]! > u) {
        vals[k] = vals[k - 1]!;
        k--;
      }
      vals[k] = u;
    }
    if (trim < 0) {
      acc[j] = n % 2 === 1 ? vals[(n - 1) / 2]! : (vals[n / 2 - 1]! + vals[n / 2]!) / 2;
    } else {
      let s = 0;
      for (let k = trim; k < trim + keep; k++) s += vals[k]!;
      acc[j] = s / keep;
    }
  }
}

/** Adds u_i·g to dots[i]; returns g·g for this chunk. */
export function alignment(
  clients: Values[],
  sub: Values | undefined,
  g: Float64Array,
  count: number,
  dots: Float64Array,
): number {
  for (let i = 0; i < clients.length; i++) {
    const c = clients[i]!;
    let s = 0;
    if (sub) for (let j = 0; j < count; j++) s += (c[j]! - sub[j]!) * g[j]!;
    else for (let j = 0; j < count; j++) s += c[j]! * g[j]!;
    dots[i]! += s;
  }
  let g2 = 0;
  for (let j = 0; j < count; j++) g2 += g[j]! * g[j]!;
  return g2;
}

/** Writes base + g into `out` and returns it; returns g itself without a base. */
export function addBase(
  g: Float64Array,
  base: Values | undefined,
  count: number,
  out: Float64Array,
): Float64Array {
  if (!base) return g;
  for (let j = 0; j < count; j++) out[j] = base[j]! + g[j]!;
  return out;
}

export function firstNonFinite(values: Values, count: number): number {
  for (let j = 0; j < count; j++) if (!Number.isFinite(values[j]!)) return j;
  return -1;
}
