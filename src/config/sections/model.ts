import { z } from 'zod';
import { dnsLabel, strictObject } from '../strict.js';

export const modelSection = strictObject({
  name: dnsLabel().describe('model name; names the Deployment, image and PR comment'),
  version: z.string().min(1).optional().describe('model version; defaults to the git tag on a release'),
  artifacts: z
    .array(z.string().min(1))
    .min(1)
    .describe('model files or globs, relative to the config file (weights, tokenizer, config)'),
  framework: z.enum(['pytorch', 'safetensors', 'onnx', 'gguf', 'tensorflow', 'sklearn', 'other']).optional(),
  description: z.string().optional(),
});
export type ModelConfig = z.output<typeof modelSection>;
