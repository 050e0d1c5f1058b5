import { z } from 'zod';
import { deploySection } from './sections/deploy.js';
import { evaluateSection } from './sections/evaluate.js';
import { federatedSection } from './sections/federated.js';
import { imageSection } from './sections/image.js';
import { modelSection } from './sections/model.js';
import { pipelineSection } from './sections/pipeline.js';
import { scanSection } from './sections/scan.js';
import { securitySection } from './sections/security.js';
import { strictObject } from './strict.js';

/** model-deploy.yml. Sections other than `model` are optional; commands that need one say so. */
export const configSchema = strictObject({
  $schema: z.string().optional(),
  model: modelSection,
  image: imageSection.prefault({}),
  scan: scanSection.prefault({}),
  evaluate: evaluateSection.prefault({}),
  pipeline: pipelineSection.prefault({}),
  deploy: deploySection.optional(),
  federated: federatedSection.optional(),
  security: securitySection.prefault({}),
});

export type Config = z.output<typeof configSchema>;

/** JSON Schema of what users write (input side of every transform), for yaml-language-server. */
export function jsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }),
    $id: 'https://github.com/org/model-deploy-action/schema/model-deploy.schema.json',
    title: 'model-deploy.yml',
  };
}
