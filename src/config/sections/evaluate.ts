import { z } from 'zod';
import { strictObject } from '../strict.js';
import { change, duration } from '../units.js';

export const gateSchema = strictObject({
  metric: z.string().min(1).describe('dotted metric name in the metrics JSON, e.g. eval.accuracy'),
  direction: z.enum(['higher', 'lower']).default('higher').describe('which way is better'),
  min: z.number().optional().describe('absolute lower threshold'),
  max: z.number().optional().describe('absolute upper threshold'),
  'max-drop': change().optional().describe('largest allowed drop vs baseline: 0.02 or 2%'),
  'max-rise': change().optional().describe('largest allowed rise vs baseline: 0.02 or 2%'),
  test: z
    .enum(['auto', 'bootstrap', 'mcnemar', 'none'])
    .default('auto')
    .describe(
      'auto: paired-proportion test for 0/1 per-sample values, else paired bootstrap; mcnemar: the paired-proportion test; none: point estimates',
    ),
  'samples-column': z
    .string()
    .min(1)
    .optional()
    .describe(
      "per-sample field this gate is tested on (default: the field named like the metric; 'correct' only for accuracy)",
    ),
  statistic: z
    .string()
    .regex(/^(mean|median|p(100|[1-9]?[0-9](\.[0-9]+)?))$/, 'use mean, median or a percentile such as p95')
    .optional()
    .describe(
      'what the metric is of its per-sample column: mean, median or pNN (default: pNN when the metric name has one, e.g. latency.p95_ms, else mean)',
    ),
  'non-inferiority-margin': change()
    .optional()
    .describe('fail unless the CI of the delta stays within this margin of the baseline'),
});
export type GateConfig = z.output<typeof gateSchema>;

export const evaluateSection = strictObject({
  command: z
    .string()
    .min(1)
    .optional()
    .describe('evaluation command; gets MODEL_DIR, MODEL_IMAGE, EVAL_OUTPUT'),
  timeout: duration().default(1_800_000),
  output: z.string().default('.model-deploy/eval').describe('directory EVAL_OUTPUT points to'),
  metrics: z.string().default('metrics.json').describe('metrics JSON written by the command, in EVAL_OUTPUT'),
  samples: z.string().optional().describe('per-sample JSONL written by the command, in EVAL_OUTPUT'),
  dataset: z.array(z.string()).default([]).describe('dataset files hashed into the result cache key'),
  baseline: strictObject({
    store: z.enum(['actions-cache', 'dir', 'registry', 'none']).default('dir'),
    path: z.string().default('.model-deploy/baseline'),
    image: z.string().optional().describe('baseline image reference for the registry store'),
  }).prefault({}),
  gates: z.array(gateSchema).default([]),
  significance: strictObject({
    alpha: z.number().gt(0).lt(1).default(0.05),
    resamples: z.number().int().min(100).max(1_000_000).default(10_000),
    seed: z.number().int().default(42),
    correction: z
      .enum(['holm', 'none'])
      .default('holm')
      .describe(
        'multiple-testing correction across the gates tested for significance (Holm keeps the chance of any false fail at alpha/2)',
      ),
  }).prefault({}),
  history: z.number().int().min(1).max(200).default(20).describe('runs shown in the PR chart'),
  cache: z
    .string()
    .default('.model-deploy/eval-cache')
    .describe('results by (model, dataset, command): an unchanged model is not evaluated twice'),
  'fail-on-inconclusive': z
    .boolean()
    .default(false)
    .describe(
      'fail the job when a gate cannot decide (over a bound but not significantly, zero baseline, no baseline yet)',
    ),
});
export type EvaluateConfig = z.output<typeof evaluateSection>;
