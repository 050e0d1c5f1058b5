import { z } from 'zod';

const DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
const DURATION_UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `30s`, `2m`, `1.5h`, `500ms`, or a compound `1h30m`; a bare number is seconds. Returns milliseconds. */
export function parseDuration(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? text * 1000 : undefined;
  const s = text.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s) * 1000;
  let total = 0;
  let rest = s;
  if (!rest) return undefined;
  while (rest) {
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)/.exec(rest);
    if (!m) return undefined;
    total += Number(m[1]) * DURATION_UNIT_MS[m[2] as keyof typeof DURATION_UNIT_MS];
    rest = rest.slice(m[0].length);
  }
  return total;
}

/** The longest delay a Node timer holds (2^31-1 ms, about 24.8 days); a longer one fires after 1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Why a parsed duration cannot be used, or undefined when it can. */
export function durationProblem(ms: number): string | undefined {
  return ms > MAX_TIMER_MS
    ? `${formatDuration(ms)} is longer than a timer can wait (${formatDuration(MAX_TIMER_MS)}, 2^31-1 ms): use at most 24d`
    : undefined;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${Number.isInteger(s) ? s : s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  const rs = Math.round(s - m * 60);
  if (m < 60) return rs ? `${m}m${rs}s` : `${m}m`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
}

const BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 } as const;
const DECIMAL = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  K: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
} as const;

/**
 * A Kubernetes resource quantity (`32Gi`, `500m`, `1.5`, `2e3`) as a plain number
 * (bytes for memory, cores for cpu).
 */
export function parseQuantity(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? text : undefined;
  const m = /^([+]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|K|M|G|T|P|E)?$/.exec(
    text.trim(),
  );
  if (!m) return undefined;
  const n = Number(m[1]);
  const suffix = m[2] ?? '';
  const factor =
    suffix in BINARY ? BINARY[suffix as keyof typeof BINARY] : DECIMAL[suffix as keyof typeof DECIMAL];
  return n * factor;
}

/** `10%` or `10` → 10; `0.1` is 0.1 percent, not ten (say `10%`). */
export function parsePercent(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const m = /^(-?\d+(?:\.\d+)?)\s*%?$/.exec(text.trim());
  return m ? Number(m[1]) : undefined;
}

/** Duration field: accepts `30s`/`2m`/`1h30m`/seconds; normalizes to milliseconds. */
export const duration = () =>
  z
    .union([z.number().nonnegative(), z.string()])
    .transform((v, ctx) => {
      const ms = parseDuration(v);
      if (ms === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `invalid duration ${JSON.stringify(v)}: use a number with a unit, e.g. 30s, 2m, 1h30m, 500ms`,
        });
        return z.NEVER;
      }
      const problem = durationProblem(ms);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: `duration ${JSON.stringify(v)}: ${problem}` });
        return z.NEVER;
      }
      return ms;
    })
    .meta({ description: 'duration: 500ms, 30s, 2m, 1h30m, or a number of seconds' });

/** Quantity field: `32Gi`, `500m`, `4`; normalizes to a number (bytes, cores). */
export const quantity = () =>
  z
    .union([z.number().nonnegative(), z.string()])
    .transform((v, ctx) => {
      const q = parseQuantity(v);
      if (q === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `invalid quantity ${JSON.stringify(v)}: use a Kubernetes quantity, e.g. 32Gi, 512Mi, 500m, 4`,
        });
        return z.NEVER;
      }
      return q;
    })
    .meta({ description: 'Kubernetes quantity: 32Gi, 512Mi, 500m, 4' });

/** Percentage field: `10%` or 10; normalizes to a number in [min, max]. */
export const percent = (min = 0, max = 100) =>
  z
    .union([z.number(), z.string()])
    .transform((v, ctx) => {
      const p = parsePercent(v);
      if (p === undefined || p < min || p > max) {
        ctx.addIssue({
          code: 'custom',
          message: `invalid percentage ${JSON.stringify(v)}: use a number from ${min} to ${max}, e.g. 10%`,
        });
        return z.NEVER;
      }
      return p;
    })
    .meta({ description: `percentage from ${min} to ${max}: 10% or 10` });

/** A change threshold: absolute (`0.02`) or relative to the baseline (`2%`). */
export const change = () =>
  z
    .union([z.number(), z.string()])
    .transform((v, ctx) => {
      if (typeof v === 'number') return { value: v, relative: false };
      const m = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(v.trim());
      if (!m) {
        ctx.addIssue({
          code: 'custom',
          message: `invalid change ${JSON.stringify(v)}: use an absolute number (0.02) or a percentage of the baseline (2%)`,
        });
        return z.NEVER;
      }
      return m[2] ? { value: Number(m[1]) / 100, relative: true } : { value: Number(m[1]), relative: false };
    })
    .meta({ description: 'absolute change (0.02) or relative to the baseline (2%)' });

export { DURATION };
