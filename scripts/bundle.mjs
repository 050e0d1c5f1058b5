// Bundles lib/ (tsc output) into dist/ with ncc: dist/index.js (the action) and dist/cli.js (the CLI).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
rmSync('dist', { recursive: true, force: true });
for (const entry of ['index', 'cli']) {
  const out = mkdtempSync(join(tmpdir(), `ncc-${entry}-`));
  execFileSync(
    process.execPath,
    [ncc, 'build', `lib/${entry}.js`, '-o', out, '--quiet', '--target', 'es2022'],
    {
      stdio: 'inherit',
    },
  );
  for (const file of readdirSync(out)) {
    const target = join('dist', file === 'index.js' ? `${entry}.js` : file);
    if (file !== 'index.js' && existsSync(target)) continue;
    cpSync(join(out, file), target, { recursive: true });
  }
  rmSync(out, { recursive: true, force: true });
}
const cli = join('dist', 'cli.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
writeFileSync(join('dist', 'package.json'), '{ "type": "module" }\n');
