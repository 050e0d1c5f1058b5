/** Per-chunk arithmetic over decoded client values; all sums in float64. */
export type Values = Float32Array | Float64Array;

/**
 * acc = Σ coef_i·u_i with u_i = client_i − sub (or client_i when `sub` is undefined);
 * adds Σ u_i² of this chunk to norm2[i].
 */
export function weightedSum(
  clients: Values[],
  coefs: number[],
  sub: Values | undefined,
  acc: Float64Array,
  count: number,
  norm2: Float64Array,
): void {
  acc.fill(0, 0, count);
  for (let i = 0; i < clients.length; i++) {
    const c = clients[i]!;
    const w = coefs[i]!;
    let s = 0;
    if (sub) {
      for (let j = 0; j < count; j++) {
        const u = c[j]! - sub[j]!;
        acc[j]! += w * u;
        s += u * u;
      }
    } else {
      for (let j = 0; j < count; j++) {
        const u = c[j]!;
        acc[j]! += w * u;
        s += u * u;
      }
    }
    norm2[i]! += s;
  }
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
