import { z } from 'zod';
import { strictObject } from '../strict.js';
import { duration } from '../units.js';

export const builtinSteps = ['build', 'scan', 'evaluate', 'aggregate', 'place', 'deploy'] as const;
export type BuiltinStep = (typeof builtinSteps)[number];

export const taskSchema = strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'use letters, digits, "_", "." and "-"')
    .describe('unique task id'),
  run: z.string().min(1).optional().describe('shell command'),
  uses: z.enum(builtinSteps).optional().describe('built-in step'),
  needs: z.array(z.string()).default([]),
  duration: duration().default(60_000).describe('estimate; the median of recorded runs replaces it'),
  runner: z.string().default('cpu').describe('runner pool, e.g. cpu or gpu'),
  paths: z.array(z.string()).optional().describe('globs; the task runs only when a changed file matches'),
  inputs: z.array(z.string()).default([]).describe('files hashed into the cache key'),
  retries: z.number().int().min(0).max(10).default(0),
  timeout: duration().optional(),
  env: z.record(z.string(), z.string()).default({}),
});
export type TaskConfig = z.output<typeof taskSchema>;

export const pipelineSection = strictObject({
  runners: z.record(z.string(), z.number().int().min(1)).default({ cpu: 2 }).describe('runners per pool'),
  tasks: z.array(taskSchema).default([]),
  cache: z.string().default('.model-deploy/cache').describe('local cache directory'),
  history: z.string().default('.model-deploy/durations.json').describe('recorded task durations'),
});
export type PipelineConfig = z.output<typeof pipelineSection>;
