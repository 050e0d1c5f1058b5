// Start-up time of the bundled action and CLI for --help, against bare `node -e ''` in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const runs = Number(process.env.RUNS ?? 15);
if (!existsSync('dist/cli.js')) {
  console.error('dist/ is missing: run npm run bundle first');
  process.exit(2);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  }
  return median(samples);
}

const node = time(['-e', '']);
const cli = time(['dist/cli.js', '--help']);
const cmd = time(['dist/cli.js', 'deploy', '--help']);
const action = time(['dist/index.js'], { INPUT_ARGS: '--help', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' });
const actionDeploy = time(['dist/index.js'], {
  INPUT_COMMAND: 'deploy',
  INPUT_ARGS: '--help',
  GITHUB_OUTPUT: '',
  GITHUB_STEP_SUMMARY: '',
});

const rows: [string, number][] = [
  ["node -e ''", node],
  ['node dist/cli.js --help', cli],
  ['node dist/cli.js deploy --help', cmd],
  ['node dist/index.js (pipeline --help, the default command)', action],
  ['node dist/index.js (deploy --help)', actionDeploy],
];
console.log(`| what | median of ${runs} (s) | × bare node |`);
console.log('| --- | ---: | ---: |');
for (const [what, s] of rows) console.log(`| ${what} | ${s.toFixed(3)} | ${(s / node).toFixed(2)} |`);
console.log(
  `startup: cli_help_s=${cli.toFixed(3)} action_help_s=${Math.max(action, actionDeploy).toFixed(3)} cli_over_node=${(cli / node).toFixed(2)}`,
);
