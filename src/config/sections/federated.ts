import { z } from 'zod';
import { strictObject } from '../strict.js';
import { quantity } from '../units.js';

export const aggregationMethod = z
  .string()
  .regex(
    /^(fedavg|median|trimmed-mean(:0?\.\d+)?|fedavg-clip:\d+(\.\d+)?)$/,
    'use fedavg, median, trimmed-mean:0.1 or fedavg-clip:NORM',
  )
  .refine((m) => !m.startsWith('trimmed-mean:') || Number(m.slice('trimmed-mean:'.length)) < 0.5, {
    message: 'the trimmed fraction must be below 0.5 (it is cut from each side), e.g. trimmed-mean:0.1',
  });

export const federatedSection = strictObject({
  inputs: z.array(z.string().min(1)).min(1).describe('client checkpoints (globs), safetensors'),
  'weight-key': z.string().default('num_samples').describe('__metadata__ field holding the sample count'),
  weights: z
    .record(z.string(), z.number().positive())
    .optional()
    .describe('explicit weight per input (path or glob relative to the config file)'),
  method: aggregationMethod.default('fedavg'),
  base: z.string().optional().describe('previous global model; clients may send deltas'),
  deltas: z.boolean().default(false).describe('clients send updates relative to base'),
  out: z.string().default('global.safetensors'),
  'non-finite': z
    .enum(['exclude', 'fail'])
    .default('fail')
    .describe('a client with NaN/Inf: drop it or fail'),
  round: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('round number recorded in the output; default base round + 1'),
  'chunk-size': quantity()
    .default(8 * 2 ** 20)
    .describe('float64 working set per client per step; memory is about (3 × clients + 4) × chunk-size'),
}).superRefine((section, ctx) => {
  if (section.deltas && !section.base) {
    ctx.addIssue({
      code: 'custom',
      path: ['deltas'],
      message: 'deltas need a base: the result is base + aggregated delta',
    });
  }
  if (section.method.startsWith('fedavg-clip') && !section.base) {
    ctx.addIssue({
      code: 'custom',
      path: ['method'],
      message: 'fedavg-clip clips updates relative to the previous global model: set base',
    });
  }
});
export type FederatedConfig = z.output<typeof federatedSection>;
