import { z } from 'zod';
import { dnsLabel, strictObject } from '../strict.js';
import { duration, percent, quantity } from '../units.js';

const STEP_KINDS = ['setWeight', 'pause', 'analysis', 'setCanaryScale'] as const;

/** A canary step as written: exactly one of the four keys. Normalized into a tagged union. */
const writtenStep = strictObject({
  setWeight: percent().optional().describe('route this share of traffic to the canary'),
  pause: z
    .union([duration(), strictObject({ duration: duration() })])
    .optional()
    .describe('wait, e.g. 2m'),
  analysis: strictObject({
    metrics: z.array(z.string()).optional().describe('metric names; all when absent'),
    duration: duration().optional().describe('keep analysing for this long'),
  })
    .optional()
    .describe('run analysis until it passes or fails'),
  setCanaryScale: strictObject({
    replicas: z.number().int().min(0).optional(),
    weight: percent().optional(),
    matchTrafficWeight: z.boolean().optional(),
  })
    .optional()
    .describe('scale the canary independently of traffic'),
});

export type Step =
  | { kind: 'setWeight'; weight: number }
  | { kind: 'pause'; durationMs: number }
  | { kind: 'analysis'; metrics: string[] | 'all'; durationMs?: number }
  | { kind: 'setCanaryScale'; replicas?: number; weight?: number; matchTrafficWeight?: boolean };

export const stepSchema = writtenStep.transform((s, ctx): Step => {
  const present = STEP_KINDS.filter((k) => s[k] !== undefined);
  if (present.length !== 1) {
    ctx.addIssue({
      code: 'custom',
      message:
        present.length === 0
          ? `a step needs one of ${STEP_KINDS.join(', ')}`
          : `a step has exactly one of ${STEP_KINDS.join(', ')}; found ${present.join(' and ')} (split them into two steps)`,
    });
    return z.NEVER;
  }
  if (s.setWeight !== undefined) return { kind: 'setWeight', weight: s.setWeight };
  if (s.pause !== undefined)
    return { kind: 'pause', durationMs: typeof s.pause === 'number' ? s.pause : s.pause.duration };
  if (s.analysis !== undefined) {
    return {
      kind: 'analysis',
      metrics: s.analysis.metrics ?? 'all',
      ...(s.analysis.duration !== undefined ? { durationMs: s.analysis.duration } : {}),
    };
  }
  const c = s.setCanaryScale!;
  return { kind: 'setCanaryScale', ...c };
});

const prometheusProvider = strictObject({
  address: z.string().url().optional().describe('Prometheus URL; defaults to analysis.prometheus'),
  query: z
    .string()
    .min(1)
    .describe('PromQL; {{namespace}}, {{canary}}, {{stable}}, {{selector}} and {{track}} are filled in'),
});
const webProvider = strictObject({
  url: z.string().url(),
  method: z.enum(['GET', 'POST']).default('GET'),
  headers: z.record(z.string(), z.string()).default({}),
  body: z.string().optional(),
  pick: z.string().default('$').describe('JSONPath-like pick: $.data.value, $.items[0].score'),
  timeout: duration().default(10_000),
});
const kubernetesProvider = strictObject({
  'max-restarts': z.number().int().min(0).default(0),
});
const judgeProvider = strictObject({
  address: z.string().url().optional(),
  query: z.string().min(1).describe('PromQL range query evaluated for canary and stable'),
  lookback: duration().default(300_000),
  step: duration()
    .default(15_000)
    .describe('sample spacing; raised to the query window so samples never overlap'),
  window: duration()
    .optional()
    .describe(
      'longest range the query averages over (e.g. inside a recording rule); default: read from the query',
    ),
  direction: z.enum(['higher-is-worse', 'lower-is-worse', 'either']).default('higher-is-worse'),
  alpha: z
    .number()
    .gt(0)
    .lt(1)
    .default(0.05)
    .describe("false-rollback rate over the whole rollout, spent across its looks (O'Brien-Fleming)"),
  'pass-score': z.number().min(0).max(100).default(95),
  'marginal-score': z.number().min(0).max(100).default(75),
});

export const metricSchema = strictObject({
  name: z.string().min(1),
  prometheus: prometheusProvider.optional(),
  web: webProvider.optional(),
  kubernetes: kubernetesProvider.optional(),
  judge: judgeProvider.optional(),
  'success-condition': z.string().optional().describe('e.g. "result < 0.01"; never evaluated as JS'),
  'failure-condition': z.string().optional(),
  interval: duration().optional(),
  count: z.number().int().min(1).optional(),
  'initial-delay': duration().optional(),
  'failure-limit': z.number().int().min(0).default(0),
  'inconclusive-limit': z.number().int().min(0).default(0),
  'consecutive-error-limit': z.number().int().min(0).default(4),
  'no-data': z.enum(['fail', 'inconclusive', 'pass']).default('fail'),
});
export type MetricConfig = z.output<typeof metricSchema>;

const toleration = strictObject({
  key: z.string().optional(),
  operator: z.enum(['Exists', 'Equal']).default('Equal'),
  value: z.string().optional(),
  effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).optional(),
});

export const deploySection = strictObject({
  namespace: dnsLabel().default('default'),
  name: dnsLabel().optional().describe('Deployment name; defaults to model.name'),
  service: dnsLabel().optional().describe('Service name; defaults to the Deployment name'),
  environment: z.string().default('production').describe('GitHub deployment environment'),
  image: z.string().optional().describe('image to deploy; defaults to the image built by this run'),
  replicas: z.number().int().min(1).default(2),
  port: z.number().int().min(1).max(65535).default(8080),
  resources: strictObject({
    gpus: z.number().int().min(0).default(0),
    'gpu-product': z.string().optional().describe('nvidia.com/gpu.product label value'),
    mig: z
      .string()
      .regex(/^\d+g\.\d+gb$/, 'use a MIG profile like 1g.10gb')
      .optional(),
    cpu: quantity().optional(),
    memory: quantity().optional(),
  }).prefault({}),
  'node-selector': z.record(z.string(), z.string()).default({}),
  tolerations: z.array(toleration).default([]),
  probes: strictObject({
    path: z.string().default('/healthz'),
    'startup-deadline': duration().default(600_000).describe('how long a model may take to load'),
    period: duration().default(5_000),
  }).prefault({}),
  traffic: strictObject({
    router: z.enum(['replicas', 'gateway-api', 'kserve']).default('replicas'),
    route: z.string().optional().describe('HTTPRoute name (gateway-api)'),
    gateway: z.string().optional().describe('parent Gateway name (gateway-api)'),
    'inference-service': z
      .string()
      .optional()
      .describe('InferenceService name (kserve); default: the deploy name. Created if absent'),
  }).prefault({}),
  steps: z.array(stepSchema).default([
    { kind: 'setWeight', weight: 20 },
    { kind: 'pause', durationMs: 60_000 },
    { kind: 'analysis', metrics: 'all' },
    { kind: 'setWeight', weight: 50 },
    { kind: 'pause', durationMs: 60_000 },
    { kind: 'analysis', metrics: 'all' },
    { kind: 'setWeight', weight: 100 },
  ]),
  analysis: strictObject({
    interval: duration().default(30_000),
    prometheus: z.string().url().optional().describe('default Prometheus URL for metrics'),
    metrics: z.array(metricSchema).default([]),
    correction: z
      .enum(['holm', 'none'])
      .default('holm')
      .describe('family-wise correction across the series of a judge metric'),
  }).prefault({}),
  rollback: strictObject({
    'on-rerun': z
      .enum(['resume', 'rollback'])
      .default('resume')
      .describe('a rollout found half-done (killed job): resume it or roll it back'),
    history: z.number().int().min(1).max(100).default(10).describe('revisions kept for rollback --to'),
  }).prefault({}),
  'dynamic-stable-scale': z
    .boolean()
    .default(false)
    .describe('stable gives the canary the pods its traffic share no longer needs (gateway-api, replicas)'),
  'require-gates': z
    .boolean()
    .optional()
    .describe('refuse images without passing gate records (default on tags)'),
  preflight: z.boolean().default(true).describe('check GPU placement before changing anything'),
  lease: duration().default(60_000).describe('lock duration; renewed while the rollout runs'),
});
export type DeployConfig = z.output<typeof deploySection>;
