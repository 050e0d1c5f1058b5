// npm run bench -- place [seed]: 5,000 GPU nodes (8-GPU and 4-GPU, partly used) × 2,000 pods of 1/2/4/8 GPUs.
// Reference: the default kube-scheduler's LeastAllocated spreading, simulated on the same snapshot in the same run.
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { snapshotFromLists } from '../src/cluster/capacity.js';
import { place } from '../src/cluster/placement.js';
import type { PodShape } from '../src/cluster/placement-model.js';

const seed = Number(process.argv[2] ?? 7);
/** Share of nodes already running GPU pods. */
const usedShare = Number(process.argv[3] ?? 0.55);
let state = seed >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const NODES = 5000;
const GI = 2 ** 30;
const nodes: unknown[] = [];
const pods: unknown[] = [];
const gpuTaint = { key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule' };
for (let i = 0; i < NODES; i++) {
  const big = random() < 0.6;
  const name = big ? `h100-${i}` : `l40s-${i}`;
  const gpus = big ? 8 : 4;
  nodes.push({
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'nvidia.com/gpu.product': big ? 'NVIDIA-H100-80GB-HBM3' : 'NVIDIA-L40S',
        'nvidia.com/gpu.count': String(gpus),
        'nvidia.com/gpu.memory': big ? '81559' : '46068',
      },
    },
    spec: { taints: [gpuTaint] },
    status: {
      allocatable: big
        ? { cpu: '190', memory: '1980Gi', 'nvidia.com/gpu': '8', pods: '110' }
        : { cpu: '62', memory: '500Gi', 'nvidia.com/gpu': '4', pods: '110' },
      conditions: [{ type: 'Ready', status: 'True' }],
    },
  });
  const pod = (n: string, g: number, cpu: number, mem: number) => ({
    kind: 'Pod',
    metadata: { name: `${n}-${pods.length}`, namespace: 'inference' },
    spec: {
      nodeName: name,
      containers: [
        {
          name: 'server',
          resources: {
            requests: { cpu: String(cpu), memory: `${mem}Gi` },
            limits: g ? { 'nvidia.com/gpu': String(g) } : {},
          },
        },
      ],
    },
    status: { phase: 'Running' },
  });
  pods.push(pod('node-exporter', 0, 0.1, 0.2));
  if (random() < usedShare) {
    let used = 0;
    const target = 1 + Math.floor(random() * (gpus - 1));
    while (used < target) {
      const g = Math.min(target - used, [1, 1, 2, 4][Math.floor(random() * 4)]!);
      pods.push(pod('model', g, 6 * g, 48 * g));
      used += g;
    }
  }
}
const snapshot = snapshotFromLists({ items: nodes }, { items: pods });

const toleration = { key: 'nvidia.com/gpu', operator: 'Exists' as const, effect: 'NoSchedule' as const };
const mix: [number, number][] = [
  [1, 800],
  [2, 600],
  [4, 400],
  [8, 200],
];
const shapes: PodShape[] = mix.map(([g, replicas]) => ({
  name: `${g}-gpu`,
  replicas,
  gpus: g,
  cpu: 6 * g,
  memory: 48 * g * GI,
  tolerations: [toleration],
}));

// Start the timed call on a clean heap: collect what building the snapshot left behind.
setFlagsFromString('--expose-gc');
(runInNewContext('gc') as () => void)();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const result = place(snapshot, { shapes });
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const t1 = performance.now();
const oursOnly = place(snapshot, { shapes }, { skipSpread: true });
const packSeconds = (performance.now() - t1) / 1000;

const strandedBefore = place(snapshot, { shapes: shapes.map((s) => ({ ...s, replicas: 0 })) }).strandedGpus;
const freeBefore = snapshot.nodes.reduce(
  (a, n) => a + (n.allocatable['nvidia.com/gpu'] ?? 0) - (n.requested['nvidia.com/gpu'] ?? 0),
  0,
);
const demand = shapes.reduce((a, s) => a + s.replicas * (s.gpus ?? 0), 0);
const ratio = result.nodesUsed / result.lowerBound;
const rows = [
  ['', 'seconds (wall)', 'placed', 'nodes used', 'lower bound', 'nodes/lb', 'stranded GPUs'],
  ['before the request', '', '', '', '', '', String(strandedBefore)],
  [
    'ours, packing only (2nd call)',
    packSeconds.toFixed(3),
    String(oursOnly.assignments.length),
    String(oursOnly.nodesUsed),
    String(oursOnly.lowerBound),
    (oursOnly.nodesUsed / oursOnly.lowerBound).toFixed(4),
    String(oursOnly.strandedGpus),
  ],
  [
    'ours + scheduler simulation (1st call)',
    `${seconds.toFixed(3)} (cpu ${cpuSeconds.toFixed(3)})`,
    String(result.assignments.length),
    String(result.nodesUsed),
    String(result.lowerBound),
    ratio.toFixed(4),
    String(result.strandedGpus),
  ],
  [
    'default scheduler (LeastAllocated)',
    '',
    String(2000 - result.spread.unplaced),
    String(result.spread.nodesUsed),
    '',
    (result.spread.nodesUsed / result.lowerBound).toFixed(4),
    String(result.spread.strandedGpus),
  ],
];
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
console.log(
  `seed ${seed}: ${NODES} nodes, ${pods.length} running pods, ${freeBefore} GPUs free; request ${demand} GPUs in 2000 pods (${result.method === 'exact' ? 'proven optimal' : 'heuristic'})`,
);
for (const r of rows) console.log(r.map((v, c) => v.padEnd(widths[c]!)).join('  '));
console.log(
  `place: seconds=${seconds.toFixed(3)} nodes_over_lb=${ratio.toFixed(4)} stranded_ours=${result.strandedGpus} stranded_spread=${result.spread.strandedGpus}`,
);
