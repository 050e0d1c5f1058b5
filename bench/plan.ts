// Random layered DAGs (~5 needs per task, cpu + gpu pools): plan time, makespan / lower bound,
// barrier makespan / ours. Last line: `plan: n=100000 seconds=S makespan_over_lb=R barrier_over_ours=B`.
//
// Graphs: 10·log10(n) layers (30, 40, 50); each task needs 3–7 tasks of the 1–3 layers before it.
// Durations are lognormal: cpu median 45 s (σ 0.9, a long tail of slow test suites), gpu (15% of
// tasks) median 4 min (σ 0.6). Runners per pool are sized by a load factor ρ: the pool's work
// spread over its runners is ρ × the critical path. ρ = 1 is the hard case (neither the chain nor
// the runners dominate); 0.5 has spare runners, 2 is runner-bound.
// Timing: the first (cold) plan, then the median of three more. Last line: seconds = the slowest
// median at n=100000, makespan_over_lb = the worst ratio at n=100000, barrier_over_ours = the mean
// over the three load factors at n=100000.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { DagTask } from '../src/dag/graph.js';
import { buildGraph } from '../src/dag/graph.js';
import { planPipeline } from '../src/dag/planner.js';
import { analyzeTiming } from '../src/dag/timing.js';

/** mulberry32: a small seeded generator so every run plans the same graphs. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lognormal(random: () => number, median: number, sigma: number): number {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(sigma * z);
}

const GPU_SHARE = 0.15;

/** Collect the previous graph's garbage before timing, so one plan does not pay for another's. */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return gc ?? (() => {});
})();

/** Layered DAG: `depth` layers; each task needs ~5 tasks from the 1–3 layers before it. */
function layeredDag(n: number, depth: number, seed: number): DagTask[] {
  const random = rng(seed);
  const width = Math.ceil(n / depth);
  const tasks: DagTask[] = [];
  for (let i = 0; i < n; i++) {
    const layer = Math.floor(i / width);
    const needs = new Set<string>();
    if (layer > 0) {
      const edges = 3 + Math.floor(random() * 5); // 3..7, mean 5
      for (let k = 0; k < edges; k++) {
        const back = Math.min(layer, 1 + Math.floor(random() * random() * 3));
        const from = (layer - back) * width + Math.floor(random() * width);
        needs.add(`t${from}`);
      }
    }
    const gpu = random() < GPU_SHARE;
    const duration = gpu ? lognormal(random, 240_000, 0.6) : lognormal(random, 45_000, 0.9);
    tasks.push({ id: `t${i}`, needs: [...needs], duration: Math.round(duration), pool: gpu ? 'gpu' : 'cpu' });
  }
  return tasks;
}

/** Runners per pool so that the pool's work spread over its runners is `load` × the critical path. */
function capacityFor(tasks: DagTask[], load: number): Record<string, number> {
  const t = analyzeTiming(buildGraph(tasks, { cpu: 1, gpu: 1 }));
  const [cpuWork, gpuWork] = [t.work[0]!, t.work[1]!];
  return {
    cpu: Math.max(1, Math.round(cpuWork / (load * t.criticalLength))),
    gpu: Math.max(1, Math.round(gpuWork / (load * t.criticalLength))),
  };
}

interface Row {
  n: number;
  load: number;
  runners: string;
  edges: number;
  criticalHours: number;
  cold: number;
  seconds: number;
  /** CPU time of the process (all threads): what the plan costs when the machine is shared. */
  cpuSeconds: number;
  overLb: number;
  barrierOverOurs: number;
}

const rows: Row[] = [];
const sizes = [1_000, 10_000, 100_000];
const loads = [0.5, 1, 2];
for (const n of sizes) {
  const depth = Math.round(10 * Math.log10(n));
  for (const load of loads) {
    const tasks = layeredDag(n, depth, n + Math.round(load * 10));
    const capacity = capacityFor(tasks, load);
    collectGarbage();
    const c0 = performance.now();
    let plan = planPipeline(tasks, { capacity });
    const cold = (performance.now() - c0) / 1000;
    const times: number[] = [];
    const cpuTimes: number[] = [];
    for (let k = 0; k < 3; k++) {
      collectGarbage();
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      plan = planPipeline(tasks, { capacity });
      times.push((performance.now() - t0) / 1000);
      const cpu = process.cpuUsage(cpu0);
      cpuTimes.push((cpu.user + cpu.system) / 1e6);
    }
    const seconds = times.sort((a, b) => a - b)[1]!;
    const cpuSeconds = cpuTimes.sort((a, b) => a - b)[1]!;
    rows.push({
      n,
      load,
      runners: `cpu ${capacity.cpu} gpu ${capacity.gpu}`,
      edges: tasks.reduce((a, t) => a + t.needs.length, 0) / n,
      criticalHours: plan.criticalLength / 3_600_000,
      cold,
      seconds,
      cpuSeconds,
      overLb: plan.makespan / plan.lowerBound,
      barrierOverOurs: plan.barrierMakespan / plan.makespan,
    });
  }
}

const header = [
  'n',
  'load ρ',
  'runners',
  'needs/task',
  'critical h',
  'first plan s',
  'median plan s',
  'median cpu s',
  'makespan/lb',
  'barrier/ours',
];
const table = rows.map((r) => [
  String(r.n),
  String(r.load),
  r.runners,
  r.edges.toFixed(2),
  r.criticalHours.toFixed(1),
  r.cold.toFixed(3),
  r.seconds.toFixed(3),
  r.cpuSeconds.toFixed(3),
  r.overLb.toFixed(3),
  r.barrierOverOurs.toFixed(3),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
console.log(line(header));
for (const row of table) console.log(line(row));
const big = rows.filter((r) => r.n === 100_000);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(
  `plan: n=100000 seconds=${Math.max(...big.map((r) => r.seconds)).toFixed(3)} makespan_over_lb=${Math.max(...big.map((r) => r.overLb)).toFixed(3)} barrier_over_ours=${mean(big.map((r) => r.barrierOverOurs)).toFixed(3)}`,
);
