// Start-up time of the bundled action and CLI for --help, against bare `node -e ''` in the same run,
// alternately [--runs 15].
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  alternate,
  benchArgs,
  loadNote,
  printTable,
  ratio,
  type Summary,
  spread,
  summarize,
} from './harness.js';

const { runs } = benchArgs({}, Number(process.env.RUNS ?? 15));
if (!existsSync('dist/cli.js')) {
  console.error('dist/ is missing: run npm run bundle first');
  process.exit(2);
}

function time(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

const actionEnv = { GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' };
const samples = await alternate(runs, {
  node: () => time(['-e', '']),
  cli: () => time(['dist/cli.js', '--help']),
  cmd: () => time(['dist/cli.js', 'deploy', '--help']),
  action: () => time(['dist/index.js'], { INPUT_ARGS: '--help', ...actionEnv }),
  actionDeploy: () =>
    time(['dist/index.js'], { INPUT_COMMAND: 'deploy', INPUT_ARGS: '--help', ...actionEnv }),
});
const [node, cli, cmd, action, actionDeploy] = [
  samples.node,
  samples.cli,
  samples.cmd,
  samples.action,
  samples.actionDeploy,
].map(summarize) as [Summary, Summary, Summary, Summary, Summary];

const rows: [string, Summary][] = [
  ["node -e ''", node],
  ['node dist/cli.js --help', cli],
  ['node dist/cli.js deploy --help', cmd],
  ['node dist/index.js (pipeline --help, the default command)', action],
  ['node dist/index.js (deploy --help)', actionDeploy],
];
console.log(`${await loadNote()}; ${runs} alternating runs`);
printTable([
  ['what', 'seconds, median (min–max)', '× bare node (medians)'],
  ...rows.map(([what, s]) => [what, spread(s, 3), ratio(s, node).toFixed(2)]),
]);
console.log(
  `startup: cli_help_s=${cli.median.toFixed(3)} action_help_s=${Math.max(action.median, actionDeploy.median).toFixed(3)} cli_over_node=${ratio(cli, node).toFixed(2)}`,
);
