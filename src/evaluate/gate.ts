import type { GateConfig } from '../config/sections/evaluate.js';
import { suggest } from '../config/strict.js';
import { InputError } from '../errors.js';
import { type Metrics, type PairedColumns, pairSamples, type SampleTable } from './metrics.js';
import { mcnemarExact, pairedBootstrap } from './stats.js';

// Gate semantics (the README takes src/evaluate/gate.md, which says the same for users):
//
// min / max: absolute thresholds on the candidate's value, whatever the direction
//   (MLflow `threshold`, which is one-sided by greater_is_better; ours can bound both sides).
// max-drop / max-rise: the largest allowed change vs the baseline, drop = baseline − candidate,
//   rise = candidate − baseline. This is MLflow's min_absolute_change / min_relative_change with the
//   sign turned around: MLflow demands an improvement of at least X, we allow a regression of at
//   most X (MLflow's check `candidate >= baseline + X` is ours with max-drop = −X).
//   Absolute `0.02`: drop ≤ 0.02. Relative `2%`: drop ≤ 0.02 · |baseline|. MLflow divides by the
//   signed baseline, so for a negative baseline (log-likelihood, R² < 0) its relative change flips
//   sign and a regression passes; |baseline| keeps the direction. For a zero baseline a relative
//   change is undefined: MLflow silently demands `candidate > baseline + 1e-10`; we pass when there
//   is no change in the bounded direction and otherwise say inconclusive and ask for an absolute bound.
//   Comparisons ignore float noise below 1e-12 · max(1, |baseline|, |candidate|) (MLflow uses Decimal).
// Significance (needs per-sample results for both models, paired by sample id):
//   test auto → exact McNemar when every per-sample value is 0/1, else paired bootstrap.
//   A bound that is exceeded fails only when the change is significant (two-sided p < alpha, in
//   the bounded direction); otherwise the verdict is inconclusive. With test bootstrap/mcnemar set
//   and no bound, any significant regression fails. The CI is the percentile interval of the
//   bootstrap mean of per-sample deltas at 1 − alpha (so it describes metrics that are means of
//   per-sample values: accuracy, mean loss, mean F1 per sample).
// non-inferiority-margin m: fails unless the CI's worse-side bound stays within m of the
//   baseline (higher is better: −lower bound ≤ m; lower is better: upper bound ≤ m); relative m is
//   m · |baseline|. The bound of a two-sided (1 − alpha) CI is a one-sided alpha/2 test: conservative.

export type Verdict = 'pass' | 'fail' | 'inconclusive';

export interface GateRun {
  metrics: Metrics;
  samples?: SampleTable;
  /** Metrics file name, for messages. */
  source: string;
}

export interface SignificanceConfig {
  alpha: number;
  resamples: number;
  seed: number;
}

export interface GateInput {
  gates: GateConfig[];
  candidate: GateRun;
  /** Undefined when no baseline has been recorded yet. */
  baseline: GateRun | undefined;
  significance: SignificanceConfig;
}

export type CheckName =
  | 'min'
  | 'max'
  | 'max-drop'
  | 'max-rise'
  | 'significance'
  | 'non-inferiority'
  | 'baseline';

export interface Check {
  check: CheckName;
  verdict: Verdict;
  reason: string;
}

export interface MetricResult {
  metric: string;
  direction: 'higher' | 'lower';
  candidate: number;
  baseline?: number;
  /** candidate − baseline. */
  delta?: number;
  /** delta / |baseline|; undefined for a zero baseline. */
  relativeDelta?: number;
  test: 'bootstrap' | 'mcnemar' | 'none';
  /** Paired samples behind the statistics. */
  samples?: number;
  /** Interval of the mean per-sample delta at `confidence`. */
  ci?: [number, number];
  confidence: number;
  pValue?: number;
  /** McNemar's discordant pairs. */
  discordant?: { baselineOnly: number; candidateOnly: number };
  verdict: Verdict;
  reason: string;
  checks: Check[];
}

export interface GateReport {
  verdict: Verdict;
  reason: string;
  metrics: MetricResult[];
  significance: SignificanceConfig;
}

const RANK: Record<Verdict, number> = { pass: 0, inconclusive: 1, fail: 2 };

export function worst(verdicts: Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((w, v) => (RANK[v] > RANK[w] ? v : w), 'pass');
}

/** Decides every gate. Pure: same input, same report. Throws InputError for missing metrics or mismatched samples. */
export function evaluateGates(input: GateInput): GateReport {
  const metrics = input.gates.map((gate) => evaluateGate(gate, input));
  const verdict = worst(metrics.map((m) => m.verdict));
  const notable = metrics.filter((m) => m.verdict === verdict && verdict !== 'pass');
  const reason =
    metrics.length === 0
      ? 'no gates configured (evaluate.gates)'
      : verdict === 'pass'
        ? `all ${metrics.length} gate${metrics.length === 1 ? '' : 's'} passed`
        : `${notable.length} of ${metrics.length} gate${metrics.length === 1 ? '' : 's'} ${verdict === 'fail' ? 'failed' : 'inconclusive'}: ${notable.map((m) => `${m.metric}: ${m.reason}`).join('; ')}`;
  return { verdict, reason, metrics, significance: input.significance };
}

function evaluateGate(gate: GateConfig, input: GateInput): MetricResult {
  const { candidate, baseline, significance } = input;
  const name = gate.metric;
  const c = metricValue(candidate, name);
  const checks: Check[] = [];
  const result: MetricResult = {
    metric: name,
    direction: gate.direction,
    candidate: c,
    test: 'none',
    confidence: 1 - significance.alpha,
    verdict: 'pass',
    reason: '',
    checks,
  };

  if (gate.min !== undefined) {
    checks.push(
      c >= gate.min
        ? { check: 'min', verdict: 'pass', reason: `${fmt(c)} ≥ min ${fmt(gate.min)}` }
        : { check: 'min', verdict: 'fail', reason: `${fmt(c)} is below min ${fmt(gate.min)}` },
    );
  }
  if (gate.max !== undefined) {
    checks.push(
      c <= gate.max
        ? { check: 'max', verdict: 'pass', reason: `${fmt(c)} ≤ max ${fmt(gate.max)}` }
        : { check: 'max', verdict: 'fail', reason: `${fmt(c)} is above max ${fmt(gate.max)}` },
    );
  }

  const bounds = (['max-drop', 'max-rise'] as const).filter((k) => gate[k] !== undefined);
  const margin = gate['non-inferiority-margin'];
  const explicitTest = gate.test === 'bootstrap' || gate.test === 'mcnemar';
  if (bounds.length === 0 && !margin && !explicitTest) {
    // no comparison is gated, but the table still shows the change when the baseline has the metric
    const b = baseline?.metrics[name];
    if (b !== undefined) {
      result.baseline = b;
      result.delta = c - b;
      if (b !== 0) result.relativeDelta = (c - b) / Math.abs(b);
    }
    return finish(result);
  }

  if (!baseline) {
    checks.push({
      check: 'baseline',
      verdict: 'inconclusive',
      reason: 'no baseline recorded yet; comparisons start once the default branch saves one',
    });
    return finish(result);
  }
  const b = metricValue(baseline, name);
  const delta = c - b;
  result.baseline = b;
  result.delta = delta;
  if (b !== 0) result.relativeDelta = delta / Math.abs(b);

  const paired = pairFor(gate, candidate, baseline);
  if (paired) {
    const boot = pairedBootstrap(paired.deltas, {
      resamples: significance.resamples,
      seed: significance.seed,
      confidence: 1 - significance.alpha,
    });
    result.samples = boot.n;
    result.ci = boot.ci;
    if (gate.test === 'mcnemar' || (gate.test === 'auto' && paired.binary)) {
      const m = mcnemarExact(paired.baseline, paired.candidate);
      result.test = 'mcnemar';
      result.pValue = m.pValue;
      result.discordant = { baselineOnly: m.baselineOnly, candidateOnly: m.candidateOnly };
    } else {
      result.test = 'bootstrap';
      result.pValue = boot.pValue;
    }
  }
  const meanDelta = paired ? mean(paired.deltas) : delta;
  const significantIn = (side: 'drop' | 'rise') =>
    result.pValue !== undefined &&
    result.pValue < significance.alpha &&
    (side === 'drop' ? meanDelta < 0 : meanDelta > 0);
  const stat = () =>
    `${result.test === 'mcnemar' ? 'McNemar' : 'bootstrap'} p=${fmtP(result.pValue!)}, ${pct(result.confidence)} CI [${fmt(result.ci![0])}, ${fmt(result.ci![1])}]`;

  for (const bound of bounds) {
    const limit = gate[bound]!;
    const side = bound === 'max-drop' ? 'drop' : 'rise';
    const amount = side === 'drop' ? b - c : c - b;
    const label = `${side} ${fmt(amount)}`;
    let allowed: number;
    let allowedText: string;
    if (limit.relative) {
      if (b === 0) {
        checks.push(
          amount <= 0
            ? { check: bound, verdict: 'pass', reason: `no ${side} from a zero baseline` }
            : {
                check: bound,
                verdict: 'inconclusive',
                reason: `a relative ${bound} is undefined for a zero baseline (${side} ${fmt(amount)} from 0); set an absolute ${bound} such as 0.01`,
              },
        );
        continue;
      }
      allowed = limit.value * Math.abs(b);
      allowedText = `${bound} ${fmt(limit.value * 100)}% of |${fmt(b)}| = ${fmt(allowed)}`;
    } else {
      allowed = limit.value;
      allowedText = `${bound} ${fmt(allowed)}`;
    }
    if (amount - allowed <= noise(b, c)) {
      checks.push({ check: bound, verdict: 'pass', reason: `${label} within ${allowedText}` });
    } else if (result.test === 'none') {
      checks.push({ check: bound, verdict: 'fail', reason: `${label} exceeds ${allowedText}` });
    } else if (significantIn(side)) {
      checks.push({
        check: bound,
        verdict: 'fail',
        reason: `${label} exceeds ${allowedText} and is significant (${stat()})`,
      });
    } else {
      checks.push({
        check: bound,
        verdict: 'inconclusive',
        reason: `${label} exceeds ${allowedText} but is not significant at α=${significance.alpha} (${stat()}); more samples would tell`,
      });
    }
  }

  if (bounds.length === 0 && explicitTest) {
    if (!paired) throw missingSamples(gate, candidate, baseline);
    const side = gate.direction === 'higher' ? 'drop' : 'rise';
    checks.push(
      significantIn(side)
        ? {
            check: 'significance',
            verdict: 'fail',
            reason: `significant ${side} of ${fmt(Math.abs(delta))} (${stat()})`,
          }
        : { check: 'significance', verdict: 'pass', reason: `no significant ${side} (${stat()})` },
    );
  }

  if (margin) {
    if (!result.ci) {
      checks.push({
        check: 'non-inferiority',
        verdict: 'inconclusive',
        reason:
          'a non-inferiority margin needs per-sample results for candidate and baseline (evaluate.samples)',
      });
    } else if (margin.relative && b === 0) {
      checks.push({
        check: 'non-inferiority',
        verdict: 'inconclusive',
        reason: 'a relative non-inferiority margin is undefined for a zero baseline; use an absolute margin',
      });
    } else {
      const m = margin.relative ? margin.value * Math.abs(b) : margin.value;
      const worstPlausible = gate.direction === 'higher' ? -result.ci[0] : result.ci[1];
      const side = gate.direction === 'higher' ? 'drop' : 'rise';
      checks.push(
        worstPlausible - m <= noise(b, c)
          ? {
              check: 'non-inferiority',
              verdict: 'pass',
              reason: `${pct(result.confidence)} CI rules out a ${side} beyond the margin ${fmt(m)} (worst plausible ${fmt(worstPlausible)})`,
            }
          : {
              check: 'non-inferiority',
              verdict: 'fail',
              reason: `${pct(result.confidence)} CI [${fmt(result.ci[0])}, ${fmt(result.ci[1])}] allows a ${side} of ${fmt(worstPlausible)}, beyond the non-inferiority margin ${fmt(m)}`,
            },
      );
    }
  }
  return finish(result);
}

function finish(result: MetricResult): MetricResult {
  const verdict = worst(result.checks.map((c) => c.verdict));
  result.verdict = verdict;
  const relevant = result.checks.filter((c) => c.verdict === verdict);
  result.reason = result.checks.length === 0 ? 'no thresholds' : relevant.map((c) => c.reason).join('; ');
  return result;
}

function pairFor(gate: GateConfig, candidate: GateRun, baseline: GateRun): PairedColumns | undefined {
  if (gate.test === 'none') return undefined;
  if (!candidate.samples || !baseline.samples) {
    if (gate.test === 'auto') return undefined;
    throw missingSamples(gate, candidate, baseline);
  }
  const paired = pairSamples(gate.metric, candidate.samples, baseline.samples);
  if (gate.test === 'mcnemar' && !paired.binary) {
    throw new InputError(
      `gate "${gate.metric}": test mcnemar needs 0/1 or true/false per-sample values (${candidate.samples.source}, ${baseline.samples.source}); use test: bootstrap for continuous values`,
    );
  }
  return paired;
}

function missingSamples(gate: GateConfig, candidate: GateRun, baseline: GateRun): InputError {
  const which = !candidate.samples
    ? `the candidate (${candidate.source})`
    : `the baseline (${baseline.source})`;
  return new InputError(
    `gate "${gate.metric}": test ${gate.test} needs per-sample results, but ${which} has none; set evaluate.samples to the JSONL file the evaluation writes`,
  );
}

function metricValue(run: GateRun, name: string): number {
  const v = run.metrics[name];
  if (v !== undefined) return v;
  const known = Object.keys(run.metrics);
  const hint = suggest(name, known);
  throw new InputError(
    `${run.source}: metric "${name}" not found${hint ? ` (did you mean "${hint}"?)` : ''}; it has ${known.slice(0, 20).join(', ') || 'no metrics'}${known.length > 20 ? ', …' : ''}`,
  );
}

function noise(b: number, c: number): number {
  return 1e-12 * Math.max(1, Math.abs(b), Math.abs(c));
}

function mean(values: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i]!;
  return s / values.length;
}

/** Short human number: 4 significant digits, no exponent for everyday magnitudes. */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e-4 && a < 1e6) return String(Number(v.toPrecision(4)));
  return v.toExponential(3);
}

export function fmtP(p: number): string {
  return p < 1e-4 ? p.toExponential(1) : String(Number(p.toPrecision(2)));
}

function pct(x: number): string {
  return `${Number((x * 100).toPrecision(4))}%`;
}
