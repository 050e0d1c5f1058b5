import { code, escapeMarkdown, table } from '../report/markdown.js';
/** Per-client outcome of one aggregation round. */
export interface ClientReport {
  client: string;
  /** Weight as given (sample count or explicit). */
  weight: number;
  /** Share of the weighted average (0 when excluded; not used by median/trimmed mean). */
  share: number;
  /** Global L2 norm of the client's update (client − base, the delta itself, or the client without a base). */
  updateNorm: number | null;
  /** Cosine between the client's update and the aggregate update. */
  cosine: number | null;
  /** fedavg-clip: factor applied to the update (1 = not clipped). */
  clipScale?: number;
  outlier: boolean;
  reasons: string[];
  /** Why the client was left out (non-finite values). */
  excluded?: string;
}

/** Robust z-score threshold (Iglewicz & Hoaglin) on update norms. */
export const OUTLIER_Z = 3.5;
/** A norm also has to be this many times off the median, so near-identical honest clients are not flagged. */
export const OUTLIER_RATIO = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Sets `outlier` and `reasons` on the clients that took part. */
export function flagOutliers(clients: ClientReport[]): void {
  const active = clients.filter((c) => c.excluded === undefined && c.updateNorm !== null);
  const norms = active.map((c) => c.updateNorm!);
  const med = norms.length >= 3 ? median(norms) : Number.NaN;
  let spread = norms.length >= 3 ? median(norms.map((n) => Math.abs(n - med))) / 0.6745 : 0;
  if (spread === 0 && norms.length >= 3) {
    spread = (1.253314 * norms.reduce((s, n) => s + Math.abs(n - med), 0)) / norms.length;
  }
  for (const c of active) {
    const reasons: string[] = [];
    const norm = c.updateNorm!;
    if (spread > 0) {
      const z = (norm - med) / spread;
      const ratio = med > 0 ? norm / med : Number.POSITIVE_INFINITY;
      if (Math.abs(z) > OUTLIER_Z && (ratio > OUTLIER_RATIO || ratio < 1 / OUTLIER_RATIO)) {
        reasons.push(
          `update norm ${fmt(norm)} is ${fmt(ratio)}× the median ${fmt(med)} (robust z ${fmt(z)})`,
        );
      }
    }
    if (c.cosine !== null && c.cosine < 0)
      reasons.push(`update points away from the aggregate (cosine ${fmt(c.cosine)})`);
    c.reasons = reasons;
    c.outlier = reasons.length > 0;
  }
}

export interface RoundSummary {
  out: string;
  method: string;
  round: number;
  tensors: number;
  parameters: number;
  aggregateUpdateNorm: number;
  /** The base model updates are measured against; without one, norms and cosines are of the models themselves. */
  base?: string;
  clients: ClientReport[];
}

export function reportMarkdown(r: RoundSummary): string {
  const used = r.clients.filter((c) => c.excluded === undefined).length;
  const weighted = r.method.startsWith('fedavg');
  // outliers and exclusions first: they are what a reader of a capped table needs
  const clients = [...r.clients].sort(
    (a, b) => Number(!!b.excluded || b.outlier) - Number(!!a.excluded || a.outlier),
  );
  const lines = [
    `### Federated aggregation: ${escapeMarkdown(r.method)}, round ${r.round}`,
    '',
    `${used} of ${r.clients.length} clients → ${code(r.out)} (${r.tensors} tensors, ${r.parameters} parameters, aggregate update norm ${fmt(r.aggregateUpdateNorm)})`,
    ...(r.base ? [] : ['', 'No base model: update norms and cosines are of the client models themselves.']),
    ...(weighted
      ? []
      : ['', `${escapeMarkdown(r.method)} is coordinate-wise: sample-count weights do not apply.`]),
    '',
    table(
      ['client', 'weight', 'share', 'update norm', 'cosine to aggregate', 'clip', 'status'],
      clients.map((c) => [
        escapeMarkdown(c.client),
        fmt(c.weight),
        weighted ? fmt(c.share) : '–',
        c.updateNorm === null ? '–' : fmt(c.updateNorm),
        c.cosine === null ? '–' : fmt(c.cosine),
        c.clipScale === undefined ? '–' : fmt(c.clipScale),
        c.excluded
          ? `excluded: ${escapeMarkdown(c.excluded)}`
          : c.outlier
            ? `⚠️ outlier: ${escapeMarkdown(c.reasons.join('; '))}`
            : 'ok',
      ]),
      {
        align: ['left', 'right', 'right', 'right', 'right', 'right', 'left'],
        max: 100,
        more: (n) => `_… and ${n} more clients: \`--format json\` lists every one._`,
      },
    ),
  ];
  return lines.join('\n');
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x !== 0 && (Math.abs(x) >= 1e6 || Math.abs(x) < 1e-3)) return x.toExponential(3);
  return String(Number(x.toPrecision(4)));
}
