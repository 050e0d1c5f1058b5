import { z } from 'zod';
import { strictObject } from '../strict.js';
import { quantity } from '../units.js';

export const imageSection = strictObject({
  mode: z
    .enum(['model', 'dockerfile'])
    .default('model')
    .describe('model: pack model files as OCI layers without a daemon; dockerfile: build a Dockerfile'),
  repository: z
    .string()
    .min(1)
    .optional()
    .describe('registry repository, e.g. ghcr.io/org/model; without it the image goes to the local layout'),
  layout: z.string().default('.model-deploy/oci').describe('local OCI image layout directory (oci:DIR:TAG)'),
  tags: z.array(z.string().min(1)).default([]).describe('extra tags; the version or git tag is always added'),
  base: z.string().min(1).optional().describe('base serving image the model layers go on top of'),
  artifact: z
    .enum(['image', 'modelpack'])
    .default('image')
    .describe('image: runnable image (base + model layers); modelpack: CNCF ModelPack artifact'),
  'model-dir': z.string().default('/models').describe('where model files live in the image (env MODEL_DIR)'),
  labels: z.record(z.string(), z.string()).default({}),
  push: z.boolean().default(true),
  'compress-below': quantity()
    .default(64 * 2 ** 20)
    .describe('gzip files smaller than this; larger files (weights) are stored uncompressed'),
  'chunk-size': quantity()
    .default(64 * 2 ** 20)
    .describe('upload chunk size for large blobs'),
  concurrency: z.number().int().min(1).max(32).default(4).describe('parallel blob uploads'),
  dockerfile: strictObject({
    path: z.string().default('Dockerfile'),
    context: z.string().default('.'),
    builder: z.enum(['auto', 'docker', 'buildah']).default('auto'),
    'build-args': z.record(z.string(), z.string()).default({}),
    target: z.string().optional(),
    platforms: z.array(z.string()).optional(),
  }).optional(),
});
export type ImageConfig = z.output<typeof imageSection>;
