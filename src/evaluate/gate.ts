import type { GateConfig } from '../config/sections/evaluate.js';
import { suggest } from '../config/strict.js';
import { InputError } from '../errors.js';
import {
  meanBootstrapTester,
  type PairedTester,
  pairedProportionTester,
  percentileBootstrapTester,
  type Side,
} from './bound-test.js';
import { type Metrics, pairSamples, type SampleTable, sampleFields } from './metrics.js';

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
// Significance (per-sample results of both models, paired by sample id, in the gate's own column):
//   each bound is a one-sided test of "the change is beyond the bound" (not of "it is not zero")
//   at alpha/2, the side of the (1 − alpha) interval: 0/1 values → Tango's score test for the paired
//   difference of proportions; other values → paired bootstrap of the metric's statistic (mean or
//   percentile). Within the bound → pass; beyond it and significant → fail; beyond it but not
//   significant → inconclusive (never the baseline). Holm's step-down across every tested bound
//   keeps the chance of any false fail at alpha/2. The table's CI is the interval that test inverts.
// non-inferiority-margin m: fails unless the worse side of the (1 − alpha) interval stays within m
//   (a one-sided alpha/2 test that the regression is below m); relative m is m · |baseline|.

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
  /** Across the bounds of all gates; default holm. */
  correction?: 'holm' | 'none';
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
  /** score: paired difference of proportions; mcnemar: exact, against a zero bound; none: point estimates. */
  test: 'score' | 'mcnemar' | 'bootstrap' | 'none';
  /** What the test compared, e.g. "p95 of latency_ms"; or why it compared point estimates. */
  statistic?: string;
  /** Paired samples behind the statistics. */
  samples?: number;
  /** Interval of candidate − baseline at `confidence`, from the test that decided the gate. */
  ci?: [number, number];
  confidence: number;
  /** Smallest one-sided p-value of the gate's bound tests. */
  pValue?: number;
  verdict: Verdict;
  reason: string;
  checks: Check[];
}

export interface GateReport {
  verdict: Verdict;
  reason: string;
  metrics: MetricResult[];
  significance: SignificanceConfig;
  /** Bound tests in the multiplicity family (Holm), 0 when no gate was tested on samples. */
  tests: number;
}

const RANK: Record<Verdict, number> = { pass: 0, inconclusive: 1, fail: 2 };

export function worst(verdicts: Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((w, v) => (RANK[v] > RANK[w] ? v : w), 'pass');
}

/** A bound test waiting for its significance level (which Holm sets across all gates). */
interface PendingTest {
  result: MetricResult;
  tester: PairedTester;
  pValue: number;
  /** The observed change is beyond the bound, so the level decides the verdict. */
  over: boolean;
  /** Fills its check once the one-sided level is known. */
  decide(level: number, note: string): void;
  level?: number;
}

/** Decides every gate. Pure: same input, same report. Throws InputError for missing metrics or mismatched samples. */
export function evaluateGates(input: GateInput): GateReport {
  const pending: PendingTest[] = [];
  const testers = new Map<MetricResult, PairedTester>();
  const metrics = input.gates.map((gate) => evaluateGate(gate, input, pending, testers));
  const side = input.significance.alpha / 2;
  const holm = (input.significance.correction ?? 'holm') === 'holm' && pending.length > 1;
  assignLevels(pending, side, holm);
  for (const p of pending)
    p.decide(
      p.level!,
      holm
        ? `Holm over ${pending.length} tests: one-sided level ${fmt(p.level!)}`
        : `one-sided level ${fmt(p.level!)}`,
    );
  for (const result of metrics) {
    const tester = testers.get(result);
    if (tester) {
      // the interval at the level that decided a bound the gate is over; else the nominal one
      const levels = pending.filter((p) => p.result === result && p.over).map((p) => p.level!);
      const level = levels.length ? Math.min(...levels) : side;
      result.confidence = 1 - 2 * level;
      result.ci = tester.interval(result.confidence);
    }
    finish(result);
  }
  const verdict = worst(metrics.map((m) => m.verdict));
  const notable = metrics.filter((m) => m.verdict === verdict && verdict !== 'pass');
  const reason =
    metrics.length === 0
      ? 'no gates configured (evaluate.gates)'
      : verdict === 'pass'
        ? `all ${metrics.length} gate${metrics.length === 1 ? '' : 's'} passed`
        : `${notable.length} of ${metrics.length} gate${metrics.length === 1 ? '' : 's'} ${verdict === 'fail' ? 'failed' : 'inconclusive'}: ${notable.map((m) => `${m.metric}: ${m.reason}`).join('; ')}`;
  return { verdict, reason, metrics, significance: input.significance, tests: pending.length };
}

/**
 * Holm's step-down: the k-th smallest p-value is tested at level/(m − k + 1) until one is not
 * significant; every later test keeps the level where the procedure stopped, so its interval
 * (and verdict) are those of the step that decided it.
 */
export function assignLevels(
  tests: { pValue: number; level?: number }[],
  level: number,
  holm: boolean,
): void {
  if (!holm) {
    for (const t of tests) t.level = level;
    return;
  }
  const order = [...tests].sort((a, b) => a.pValue - b.pValue);
  const m = order.length;
  let stopped: number | undefined;
  order.forEach((t, k) => {
    const step = level / (m - k);
    if (stopped === undefined && t.pValue >= step) stopped = step;
    t.level = stopped ?? step;
  });
}

function evaluateGate(
  gate: GateConfig,
  input: GateInput,
  pending: PendingTest[],
  testers: Map<MetricResult, PairedTester>,
): MetricResult {
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
    return result;
  }

  if (!baseline) {
    checks.push({
      check: 'baseline',
      verdict: 'inconclusive',
      reason: 'no baseline recorded yet; comparisons start once the default branch saves one',
    });
    return result;
  }
  const b = metricValue(baseline, name);
  const delta = c - b;
  result.baseline = b;
  result.delta = delta;
  if (b !== 0) result.relativeDelta = delta / Math.abs(b);

  const chosen = testerFor(gate, candidate, baseline, significance);
  const tester = chosen.tester;
  if (tester) {
    testers.set(result, tester);
    result.test = tester.kind;
    result.samples = tester.n;
  }
  result.statistic = tester?.statistic ?? chosen.why;
  // the test's own statistic when there is one, so the observed change, bound and CI agree
  const base = tester ? tester.baseline : b;
  const cand = tester ? tester.candidate : c;
  const changeOn = (side: Side) => (side === 'drop' ? base - cand : cand - base);
  // a bound check (`label`/`allowedText` set), or with none the plain "any significant regression"
  const tested = (side: Side, allowed: number, check: CheckName, bound?: { label: string; text: string }) => {
    const within = changeOn(side) - allowed <= noise(base, cand);
    const index = checks.length;
    checks.push({ check, verdict: 'pass', reason: '' });
    const p = tester!.pValue(side, allowed);
    result.pValue = Math.min(result.pValue ?? 1, p);
    pending.push({
      result,
      tester: tester!,
      pValue: p,
      over: !within || !bound,
      decide(level, note) {
        const [lo, hi] = tester!.interval(1 - 2 * level);
        const range = side === 'drop' ? [-hi, -lo] : [lo, hi];
        const stat = `${testName(tester!)} p=${fmtP(p)}, ${note}; ${pct(1 - 2 * level)} CI of the ${side} [${fmt(range[0]!)}, ${fmt(range[1]!)}]`;
        const significant = p < level;
        if (!bound) {
          const amount = `${side} of ${fmt(changeOn(side))} (${tester!.statistic})`;
          checks[index] = significant
            ? { check, verdict: 'fail', reason: `significant ${amount} (${stat})` }
            : { check, verdict: 'pass', reason: `no significant ${side} (${stat})` };
        } else if (within) {
          checks[index] = { check, verdict: 'pass', reason: `${bound.label} within ${bound.text}` };
        } else if (significant) {
          checks[index] = {
            check,
            verdict: 'fail',
            reason: `${bound.label} exceeds ${bound.text} significantly (${stat})`,
          };
        } else {
          checks[index] = {
            check,
            verdict: 'inconclusive',
            reason: `${bound.label} is over ${bound.text} but not significantly (${stat}); evaluate on more samples to decide`,
          };
        }
      },
    });
  };

  for (const bound of bounds) {
    const limit = gate[bound]!;
    const side: Side = bound === 'max-drop' ? 'drop' : 'rise';
    const amount = changeOn(side);
    const label = `${side} ${fmt(amount)}${tester ? ` (${tester.statistic})` : ''}`;
    let allowed: number;
    let allowedText: string;
    if (limit.relative) {
      if (base === 0) {
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
      allowed = limit.value * Math.abs(base);
      allowedText = `${bound} ${fmt(limit.value * 100)}% of |${fmt(base)}| = ${fmt(allowed)}`;
    } else {
      allowed = limit.value;
      allowedText = `${bound} ${fmt(allowed)}`;
    }
    if (tester) tested(side, allowed, bound, { label, text: allowedText });
    else if (amount - allowed <= noise(b, c))
      checks.push({ check: bound, verdict: 'pass', reason: `${label} within ${allowedText}` });
    else
      checks.push({
        check: bound,
        verdict: 'fail',
        reason: `${label} exceeds ${allowedText} (${chosen.why})`,
      });
  }

  if (bounds.length === 0 && explicitTest) {
    if (!tester) throw missingSamples(gate, candidate, baseline);
    tested(gate.direction === 'higher' ? 'drop' : 'rise', 0, 'significance');
  }

  if (margin) {
    if (!tester) {
      checks.push({
        check: 'non-inferiority',
        verdict: 'inconclusive',
        reason: `a non-inferiority margin needs per-sample results for candidate and baseline (${chosen.why})`,
      });
    } else if (margin.relative && base === 0) {
      checks.push({
        check: 'non-inferiority',
        verdict: 'inconclusive',
        reason: 'a relative non-inferiority margin is undefined for a zero baseline; use an absolute margin',
      });
    } else {
      const m = margin.relative ? margin.value * Math.abs(base) : margin.value;
      const confidence = 1 - significance.alpha;
      const ci = tester.interval(confidence);
      const worstPlausible = gate.direction === 'higher' ? -ci[0] : ci[1];
      const side = gate.direction === 'higher' ? 'drop' : 'rise';
      checks.push(
        worstPlausible - m <= noise(base, cand)
          ? {
              check: 'non-inferiority',
              verdict: 'pass',
              reason: `${pct(confidence)} CI rules out a ${side} beyond the margin ${fmt(m)} (worst plausible ${fmt(worstPlausible)})`,
            }
          : {
              check: 'non-inferiority',
              verdict: 'fail',
              reason: `${pct(confidence)} CI [${fmt(ci[0])}, ${fmt(ci[1])}] allows a ${side} of ${fmt(worstPlausible)}, beyond the non-inferiority margin ${fmt(m)}`,
            },
      );
    }
  }
  return result;
}

function testName(tester: PairedTester): string {
  return tester.kind === 'score'
    ? 'paired-proportion score test'
    : tester.kind === 'mcnemar'
      ? 'exact McNemar'
      : 'paired bootstrap';
}

function finish(result: MetricResult): MetricResult {
  const verdict = worst(result.checks.map((c) => c.verdict));
  result.verdict = verdict;
  const relevant = result.checks.filter((c) => c.verdict === verdict);
  result.reason = result.checks.length === 0 ? 'no thresholds' : relevant.map((c) => c.reason).join('; ');
  return result;
}

/** The percentile a gate's statistic names (`p95`, `median`), from its config or its metric name. */
export function gatePercentile(gate: Pick<GateConfig, 'metric' | 'statistic'>): number | undefined {
  const s = gate.statistic;
  if (s === 'mean') return undefined;
  if (s === 'median') return 50;
  if (s) return Number(s.slice(1));
  const last = gate.metric.slice(gate.metric.lastIndexOf('.') + 1).toLowerCase();
  if (/(^|[_-])median($|[_-])/.test(last)) return 50;
  const m = /(?:^|[_-])p(\d{1,2}(?:\.\d+)?|100)(?=$|[_-])/.exec(last);
  return m ? Number(m[1]) : undefined;
}

/** The paired test for a gate, or why it compares point estimates. */
function testerFor(
  gate: GateConfig,
  candidate: GateRun,
  baseline: GateRun,
  significance: SignificanceConfig,
): { tester?: PairedTester; why: string } {
  if (gate.test === 'none') return { why: 'point estimates: test none' };
  if (!candidate.samples || !baseline.samples) {
    if (gate.test === 'auto' && !gate['samples-column'])
      return {
        why: `point estimates: ${!candidate.samples ? 'the candidate' : 'the baseline'} has no per-sample results (evaluate.samples)`,
      };
    throw missingSamples(gate, candidate, baseline);
  }
  const fields = sampleFields(gate.metric, gate['samples-column']);
  const field = fields.find((f) => candidate.samples!.values.has(f));
  if (!field || !baseline.samples.values.has(field)) {
    const where = !field ? candidate.samples : baseline.samples;
    const looked = fields.map((f) => `"${f}"`).join(', ');
    if (gate.test === 'auto' && !gate['samples-column'])
      return {
        why: `point estimates: no per-sample column ${looked} in ${where.source}; set samples-column to test it`,
      };
    throw new InputError(
      `gate "${gate.metric}": ${where.source} has no per-sample field ${field ? `"${field}"` : looked} (it has ${[...where.values.keys()].join(', ') || 'none'}); set evaluate.gates[].samples-column to the per-sample field of this metric`,
    );
  }
  const paired = pairSamples(gate.metric, field, candidate.samples, baseline.samples);
  const q = gatePercentile(gate);
  if (gate.test === 'mcnemar' && (!paired.binary || q !== undefined)) {
    throw new InputError(
      `gate "${gate.metric}": test mcnemar needs 0/1 or true/false per-sample values and a mean (${candidate.samples.source} "${field}"); use test: bootstrap for continuous values`,
    );
  }
  const options = { resamples: significance.resamples, seed: significance.seed, column: field };
  if (q !== undefined) return { tester: percentileBootstrapTester(paired, { ...options, q }), why: '' };
  if (paired.binary && gate.test !== 'bootstrap')
    return {
      tester: pairedProportionTester(paired, { exact: gate.test === 'mcnemar', column: field }),
      why: '',
    };
  return { tester: meanBootstrapTester(paired, options), why: '' };
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
