// Regenerates the README's generated parts (action inputs/outputs, config reference) between markers;
// `--check` fails when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { jsonSchema } from '../src/config/schema.js';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  default?: unknown;
  description?: string;
  required?: string[];
  additionalProperties?: Schema | boolean;
};

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(s: Schema): string {
  if (s.enum) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  if (s.anyOf) return [...new Set(s.anyOf.map(typeOf))].join(' or ');
  if (s.type === 'array') return `list of ${s.items ? typeOf(s.items) : 'any'}`;
  if (s.type === 'object' && !s.properties && typeof s.additionalProperties === 'object') {
    return `map of ${typeOf(s.additionalProperties)}`;
  }
  return Array.isArray(s.type) ? s.type.join(' or ') : (s.type ?? 'any');
}

function rows(s: Schema, path: string, out: string[], required: boolean): void {
  const def =
    s.default !== undefined && JSON.stringify(s.default) !== '{}' ? `\`${JSON.stringify(s.default)}\`` : '';
  if (path)
    out.push(
      `| \`${path}\` | ${cell(typeOf(s))} | ${required ? 'yes' : ''} | ${cell(def)} | ${cell(s.description ?? '')} |`,
    );
  const obj = s.properties ? s : s.type === 'array' && s.items?.properties ? s.items : undefined;
  if (!obj?.properties) return;
  const prefix = s.type === 'array' ? `${path}[]` : path;
  for (const [key, child] of Object.entries(obj.properties)) {
    if (key === '$schema') continue;
    rows(child, prefix ? `${prefix}.${key}` : key, out, obj.required?.includes(key) ?? false);
  }
}

function configReference(): string {
  const out = ['| key | type | required | default | description |', '| --- | --- | --- | --- | --- |'];
  rows(jsonSchema() as Schema, '', out, false);
  return out.join('\n');
}

function actionReference(): string {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, { description: string; default?: string; required?: boolean }>;
    outputs: Record<string, { description: string }>;
  };
  const inputs = Object.entries(action.inputs).map(
    ([k, v]) => `| \`${k}\` | ${cell(v.description)} | ${v.default ? `\`${cell(v.default)}\`` : ''} |`,
  );
  const outputs = Object.entries(action.outputs).map(([k, v]) => `| \`${k}\` | ${cell(v.description)} |`);
  return [
    '| input | description | default |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '| output | description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

function replace(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`README.md lacks the ${start} ... ${end} markers`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

const current = readFileSync('README.md', 'utf8');
const next = replace(replace(current, 'action', actionReference()), 'config', configReference());
if (process.argv.includes('--check')) {
  if (next !== current) {
    console.error('README.md generated sections are stale: run npm run docs and commit README.md');
    process.exit(1);
  }
  console.log('README.md generated sections are up to date');
} else {
  writeFileSync('README.md', next);
  console.log('updated README.md');
}
