import { InputError } from '../errors.js';

export type Method =
  | { kind: 'fedavg' }
  | { kind: 'median' }
  | { kind: 'trimmed-mean'; fraction: number }
  | { kind: 'fedavg-clip'; norm: number };

export const DEFAULT_TRIM = 0.1;

/** `fedavg`, `median`, `trimmed-mean[:FRACTION]`, `fedavg-clip:NORM`. */
export function parseMethod(text: string): Method {
  const s = text.trim();
  if (s === 'fedavg') return { kind: 'fedavg' };
  if (s === 'median') return { kind: 'median' };
  const trimmed = /^trimmed-mean(?::(\d*\.?\d+))?$/.exec(s);
  if (trimmed) {
    const fraction = trimmed[1] === undefined ? DEFAULT_TRIM : Number(trimmed[1]);
    if (!(fraction >= 0 && fraction < 0.5)) {
      throw new InputError(
        `method ${s}: the trimmed fraction must be at least 0 and below 0.5, e.g. trimmed-mean:0.1`,
      );
    }
    return { kind: 'trimmed-mean', fraction };
  }
  const clip = /^fedavg-clip:(\d*\.?\d+(?:[eE][+-]?\d+)?)$/.exec(s);
  if (clip) {
    const norm = Number(clip[1]);
    if (!(norm > 0 && Number.isFinite(norm)))
      throw new InputError(`method ${s}: the clipping norm must be a positive number`);
    return { kind: 'fedavg-clip', norm };
  }
  throw new InputError(
    `unknown aggregation method "${text}": use fedavg, median, trimmed-mean:FRACTION (e.g. 0.1) or fedavg-clip:NORM`,
  );
}

export function formatMethod(method: Method): string {
  switch (method.kind) {
    case 'fedavg':
    case 'median':
      return method.kind;
    case 'trimmed-mean':
      return `trimmed-mean:${method.fraction}`;
    case 'fedavg-clip':
      return `fedavg-clip:${method.norm}`;
  }
}

/** Clients trimmed from each side of every coordinate. */
export function trimCount(fraction: number, clients: number): number {
  return Math.floor(fraction * clients);
}
