import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load.js';
import { jsonSchema } from '../../src/config/schema.js';

const root = join(import.meta.dirname, '..', '..');
const examples = [
  join(root, 'examples', 'model-deploy.yml'),
  join(root, 'examples', 'kserve', 'model-deploy.yml'),
];

describe('schema/model-deploy.schema.json', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(jsonSchema());

  test('the committed file is what the zod schema emits', () => {
    const committed = JSON.parse(readFileSync(join(root, 'schema', 'model-deploy.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(jsonSchema())));
  });

  test.each(examples)('%s is valid for both the zod schema and the emitted JSON Schema', (example) => {
    expect(() => loadConfig(example, { env: {} })).not.toThrow();
    const ok = validate(parse(readFileSync(example, 'utf8')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test('editors see unknown keys and wrong types as errors too', () => {
    expect(validate({ model: { name: 'm', artifacts: ['a'] }, imgae: {} })).toBe(false);
    expect(validate({ model: { name: 'm', artifacts: 'a' } })).toBe(false);
    expect(
      validate({ model: { name: 'm', artifacts: ['a'] }, deploy: { steps: [{ setWeight: '20%' }] } }),
    ).toBe(true);
  });
});
