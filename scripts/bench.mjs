// npm run bench -- NAME [args]: runs bench/NAME.ts; its last line is the figure the issue names.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const [name, ...args] = process.argv.slice(2);
const available = readdirSync(new URL('../bench/', import.meta.url))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
if (!name || !existsSync(new URL(`../bench/${name}.ts`, import.meta.url))) {
  console.error(`usage: npm run bench -- NAME   (one of: ${available.join(', ') || 'none yet'})`);
  process.exit(2);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', `bench/${name}.ts`, ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
