/**
 * Windowed request statistics per namespace and track, served as JSON at /sim/v1/stats.
 * The demo's canary analysis reads them when no Prometheus is installed (the `web` provider);
 * with Prometheus, the same numbers come from rate(model_requests_total[...]).
 */
export interface WindowStats {
  namespace: string;
  track: string;
  windowSeconds: number;
  requests: number;
  errors: number;
  /** errors / requests; null when there were no requests in the window. */
  errorRate: number | null;
}

const BUCKET_MS = 250;
const KEEP_MS = 5 * 60_000;

export class TrackStats {
  /** key `namespace/track` → bucket start → [requests, errors] */
  private readonly buckets = new Map<string, Map<number, [number, number]>>();

  record(namespace: string, track: string, code: string, n: number, at: number): void {
    if (n <= 0) return;
    const key = `${namespace}/${track}`;
    let series = this.buckets.get(key);
    if (!series) {
      series = new Map();
      this.buckets.set(key, series);
    }
    const start = at - (at % BUCKET_MS);
    const bucket = series.get(start) ?? [0, 0];
    bucket[0] += n;
    if (code.startsWith('5')) bucket[1] += n;
    series.set(start, bucket);
    for (const t of series.keys()) {
      if (t >= at - KEEP_MS) break;
      series.delete(t);
    }
  }

  window(namespace: string, track: string, windowMs: number, now: number): WindowStats {
    let requests = 0;
    let errors = 0;
    for (const [t, [r, e]] of this.buckets.get(`${namespace}/${track}`) ?? []) {
      if (t + BUCKET_MS > now - windowMs) {
        requests += r;
        errors += e;
      }
    }
    return {
      namespace,
      track,
      windowSeconds: windowMs / 1000,
      requests,
      errors,
      errorRate: requests > 0 ? errors / requests : null,
    };
  }
}
