// npm run bench -- rollout: a 3-step canary rollout in the simulator.
// overhead_s: wall time of a good rollout minus its configured pauses (pod start, analysis, promotion, API).
// detect_to_stable_s: from the failing measurement of a crash-looping canary to all traffic on stable with the canary gone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandContext, Log } from '../src/commands/command.js';
import deploy from '../src/commands/deploy.js';
import { startSimCluster } from '../src/sim/cluster.js';

const ROUNDS = Number(process.env.ROLLOUT_BENCH_ROUNDS ?? 3);
const PAUSE_MS = 2000;

const dir = mkdtempSync(join(tmpdir(), 'bench-rollout-'));
const kubeconfigPath = join(dir, 'kubeconfig');
const sim = await startSimCluster({
  config: {
    tick: '50ms',
    kubelet: { startup: '200ms', pull: '100ms', backoffBase: '1s', backoffMax: '4s' },
    nodePools: [{ name: 'gpu', count: 4, gpus: 8 }],
    faultProfiles: [{ name: 'crash', match: { image: 'reg/*:crash' }, crashAfter: '300ms' }],
  },
  kubeconfigPath,
});

function workspace(model: string): string {
  const ws = join(dir, model);
  mkdirSync(join(ws, 'model'), { recursive: true });
  writeFileSync(join(ws, 'model', 'w.safetensors'), 'x');
  writeFileSync(
    join(ws, 'model-deploy.yml'),
    `model:
  name: ${model}
  artifacts: [model/*]
deploy:
  replicas: 2
  resources: {gpus: 1}
  probes: {startup-deadline: 10s, period: 1s}
  lease: 5s
  steps:
    - setWeight: 30
    - pause: ${PAUSE_MS / 1000}s
    - setWeight: 100
  analysis:
    interval: 1s
    metrics:
      - name: health
        kubernetes: {}
`,
  );
  return ws;
}

function quietLog(lines: { t: number; m: string }[]): Log {
  const push = (m: string) => lines.push({ t: Date.now(), m });
  return {
    info: push,
    warning: push,
    error: push,
    debug: () => {},
    group: (_t, fn) => fn(),
    secret: () => {},
  };
}

function ctx(cwd: string, log: Log): CommandContext {
  return {
    cwd,
    env: {},
    log,
    dryRun: false,
    action: false,
    signal: new AbortController().signal,
    now: () => new Date(),
    kubeconfigPath,
  };
}

async function canaryExists(name: string): Promise<boolean> {
  const res = await fetch(`${sim.url}/apis/apps/v1/namespaces/default/deployments/${name}-canary`);
  await res.arrayBuffer();
  return res.status === 200;
}

const overheads: number[] = [];
const detections: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const good = `good-${round}`;
  const ws = workspace(good);
  const lines: { t: number; m: string }[] = [];
  const first = await deploy.run(
    ctx(ws, quietLog(lines)),
    { config: 'model-deploy.yml', image: `reg/${good}:v1` },
    [],
  );
  if (first.failed) throw new Error(first.failed);
  const t0 = performance.now();
  const ok = await deploy.run(
    ctx(ws, quietLog(lines)),
    { config: 'model-deploy.yml', image: `reg/${good}:v2` },
    [],
  );
  const total = performance.now() - t0;
  if (ok.outputs?.verdict !== 'promoted') throw new Error(`good rollout not promoted: ${ok.failed}`);
  overheads.push((total - PAUSE_MS) / 1000);

  const bad = `bad-${round}`;
  const wsBad = workspace(bad);
  const badLines: { t: number; m: string }[] = [];
  await deploy.run(
    ctx(wsBad, quietLog(badLines)),
    { config: 'model-deploy.yml', image: `reg/${bad}:v1` },
    [],
  );
  badLines.length = 0;
  let goneAt = 0;
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      if (badLines.some((l) => l.m.startsWith('rolling back')) && !(await canaryExists(bad))) {
        goneAt = Date.now();
        return;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const r = await deploy.run(
    ctx(wsBad, quietLog(badLines)),
    { config: 'model-deploy.yml', image: `reg/${bad}:crash` },
    [],
  );
  await new Promise((r2) => setTimeout(r2, 200));
  watching = false;
  await watcher;
  if (r.outputs?.verdict !== 'rolled-back')
    throw new Error(`crash-looping canary not rolled back: ${r.failed}`);
  const detected = badLines.find((l) => l.m.startsWith('rolling back'));
  if (!detected || !goneAt) throw new Error('no rollback seen');
  detections.push((goneAt - detected.t) / 1000);
}

await sim.close();
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
console.log('round  overhead_s  detect_to_stable_s');
overheads.forEach((o, i) => {
  console.log(`${String(i + 1).padEnd(7)}${o.toFixed(2).padEnd(12)}${detections[i]!.toFixed(3)}`);
});
console.log(
  `3-step rollout (setWeight 30, pause ${PAUSE_MS / 1000}s, setWeight 100), 2 replicas, simulator ticks 50ms; medians of ${ROUNDS}`,
);
console.log(
  `rollout: detect_to_stable_s=${median(detections).toFixed(3)} overhead_s=${median(overheads).toFixed(2)}`,
);
