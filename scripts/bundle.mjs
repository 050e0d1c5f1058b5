// Bundles lib/ (tsc output) with ncc into dist/model-deploy.js (+ lazily loaded chunks) and
// dist/fedavg-worker.js (FedAvg's worker thread), and writes the two entry wrappers: dist/index.js
// (the action) and dist/cli.js (the `model-deploy` bin).
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  [ncc, 'build', 'lib/entry.js', '-o', 'dist', '--quiet', '--target', 'es2022'],
  {
    stdio: 'inherit',
  },
);
renameSync(join('dist', 'index.js'), join('dist', 'model-deploy.js'));
// FedAvg's worker thread runs a file of its own, next to the chunk that starts it (src/federated/fedavg-range.ts).
execFileSync(
  process.execPath,
  [
    ncc,
    'build',
    'lib/federated/fedavg-worker.js',
    '-o',
    join('dist', 'fedavg-worker'),
    '--quiet',
    '--target',
    'es2022',
  ],
  { stdio: 'inherit' },
);
renameSync(join('dist', 'fedavg-worker', 'index.js'), join('dist', 'fedavg-worker.js'));
rmSync(join('dist', 'fedavg-worker'), { recursive: true, force: true });
writeFileSync(
  join('dist', 'index.js'),
  "import { runAction } from './model-deploy.js';\n\nawait runAction();\n",
);
writeFileSync(
  join('dist', 'cli.js'),
  "#!/usr/bin/env node\nimport { runCli } from './model-deploy.js';\n\nprocess.exitCode = await runCli(process.argv.slice(2));\n",
);
chmodSync(join('dist', 'cli.js'), 0o755);
writeFileSync(join('dist', 'package.json'), '{ "type": "module" }\n');
// Emscripten builds loaded by path at run time (src/scan/vendor.ts): webpack must not rewrite them
for (const file of ['h5wasm/dist/node/hdf5_util.js', '7z-wasm/7zz.es6.js', '7z-wasm/7zz.wasm']) {
  cpSync(join('node_modules', file), join('dist', 'vendor', file));
}
