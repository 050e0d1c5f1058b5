// Writes schema/model-deploy.schema.json from the zod schema; `--check` fails when it is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { jsonSchema } from '../src/config/schema.js';

const file = 'schema/model-deploy.schema.json';
const text = `${JSON.stringify(jsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error(`${file} is stale: run npm run schema and commit it`);
    process.exit(1);
  }
  console.log(`${file} is up to date`);
} else {
  mkdirSync('schema', { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
