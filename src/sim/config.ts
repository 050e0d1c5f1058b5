import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { formatPath, type PathSegment, positionOf } from '../config/positions.js';
import { strictObject } from '../config/strict.js';
import { duration, quantity } from '../config/units.js';
import { ConfigError, type ConfigIssue, InputError } from '../errors.js';

const rate = () =>
  z.union([z.number(), z.string()]).transform((v, ctx) => {
    const n =
      typeof v === 'number' ? v : /%\s*$/.test(v) ? Number(v.replace('%', '').trim()) / 100 : Number(v);
    if (!Number.isFinite(n) || n < 0 || n > 1) {
      ctx.addIssue({
        code: 'custom',
        message: `invalid rate ${JSON.stringify(v)}: use a fraction 0..1 (0.05) or a percentage (5%)`,
      });
      return z.NEVER;
    }
    return n;
  });

const taint = strictObject({
  key: z.string().min(1),
  value: z.string().optional(),
  effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
});

const nodePool = strictObject({
  name: z
    .string()
    .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a DNS-1123 label (node names are <name>-<n>)'),
  count: z.number().int().min(0).default(1),
  gpus: z.number().int().min(0).default(8).describe('whole GPUs per node (nvidia.com/gpu)'),
  product: z.string().default('NVIDIA-A100-SXM4-80GB').describe('nvidia.com/gpu.product'),
  gpuMemoryMiB: z.number().int().min(0).default(81920),
  mig: z
    .record(z.string().regex(/^\d+g\.\d+gb$/, 'MIG profile like 1g.10gb'), z.number().int().min(0))
    .default({})
    .describe('MIG devices per node by profile, e.g. {1g.10gb: 7}: resources nvidia.com/mig-<profile>'),
  cpu: quantity().default(96),
  memory: quantity().default(2 ** 40),
  pods: z.number().int().min(1).default(110),
  labels: z.record(z.string(), z.string()).default({}),
  taints: z.array(taint).default([]),
  unschedulable: z.boolean().default(false),
});

const latency = strictObject({
  p50: duration().default(50),
  p99: duration().default(200),
});

const faultProfile = strictObject({
  name: z.string().min(1),
  match: strictObject({
    image: z.string().optional().describe('image reference, exact or glob (registry/model:*-rc*)'),
    annotation: z
      .string()
      .optional()
      .describe('value of the pod annotation sim.model-deploy.io/fault-profile'),
  }).default({}),
  pullError: z.boolean().default(false),
  startup: duration().optional().describe('model load time before Ready'),
  crashAfter: duration()
    .optional()
    .describe('the container exits with crashExitCode this long after each start'),
  crashExitCode: z.number().int().min(1).max(255).default(1),
  oomAfter: duration()
    .optional()
    .describe('the container is OOMKilled (exit 137) this long after each start'),
  readinessFailure: z.boolean().default(false).describe('runs but never becomes Ready'),
  errorRate: rate().default(0).describe('fraction of requests answered 5xx'),
  latency: latency.optional(),
  gpuMemoryMiB: z.number().min(0).optional(),
  gpuUtil: z.number().min(0).max(100).optional(),
});

export const simConfigSchema = strictObject({
  seed: z.number().int().default(1),
  tick: duration().default(200).describe('controller interval'),
  nodePools: z.array(nodePool).default([]),
  registry: z.string().url().optional().describe('images must exist in this registry (distribution API)'),
  ociLayout: z.string().optional().describe('images must exist in this OCI image layout directory'),
  kubelet: strictObject({
    startup: duration().default(2000),
    pull: duration().default(500),
    backoffBase: duration().default(10_000),
    backoffMax: duration().default(300_000),
  }).default({ startup: 2000, pull: 500, backoffBase: 10_000, backoffMax: 300_000 }),
  traffic: strictObject({
    rps: z.number().min(0).default(20).describe('requests per second through each Service and HTTPRoute'),
  }).default({ rps: 20 }),
  faultProfiles: z.array(faultProfile).default([]),
  namespaces: z.array(z.string()).default(['default']),
});

export type SimConfig = z.infer<typeof simConfigSchema>;
export type SimConfigInput = z.input<typeof simConfigSchema>;
export type NodePool = z.infer<typeof nodePool>;
export type FaultProfile = z.infer<typeof faultProfile>;

/** Four nodes with eight 80 GB A100s each, and one with MIG slices: a small GPU cluster. */
export const DEFAULT_NODE_POOLS: SimConfigInput['nodePools'] = [
  { name: 'gpu-a100', count: 4, gpus: 8, product: 'NVIDIA-A100-SXM4-80GB' },
];

export function parseSimConfig(input: unknown, file = 'sim.yaml'): SimConfig {
  const parsed = simConfigSchema.safeParse(input ?? {});
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({
        path: formatPath(i.path.filter((p): p is PathSegment => typeof p !== 'symbol')),
        message: i.message,
        file,
      })),
    );
  }
  const config = parsed.data;
  if (config.nodePools.length === 0)
    config.nodePools = simConfigSchema.shape.nodePools.parse(DEFAULT_NODE_POOLS);
  const names = new Set<string>();
  config.faultProfiles.forEach((p, i) => {
    if (names.has(p.name))
      throw new ConfigError([
        { path: `faultProfiles[${i}].name`, message: `duplicate profile name "${p.name}"`, file },
      ]);
    names.add(p.name);
  });
  return config;
}

/** Reads sim.yaml; every problem is reported with file:line:col. */
export function loadSimConfig(path: string, cwd: string): { config: SimConfig; dir: string } {
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read simulator config ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    throw new ConfigError(
      doc.errors.map((e) => ({
        path: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
        file: path,
        ...counter.linePos(e.pos[0]),
      })),
    );
  }
  try {
    return { config: parseSimConfig(doc.toJS(), path), dir: resolve(file, '..') };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const issues: ConfigIssue[] = error.issues.map((i) => {
      const segs: PathSegment[] = i.path
        .split(/\.|\[(\d+)\]/)
        .filter((s) => s !== undefined && s !== '')
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      return { ...i, ...positionOf(doc, counter, segs) };
    });
    throw new ConfigError(issues);
  }
}
