// Random layered DAGs (~5 needs per task, cpu + gpu pools): plan time, makespan / lower bound,
// barrier makespan / ours. Last line: `plan: n=100000 seconds=S makespan_over_lb=R barrier_over_ours=B`.
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
  criticalHours: number;
  cold: number;
  seconds: number;
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
    const c0 = performance.now();
    planPipeline(tasks, { capacity });
    const cold = (performance.now() - c0) / 1000;
    const t0 = performance.now();
    const plan = planPipeline(tasks, { capacity });
    const seconds = (performance.now() - t0) / 1000;
    rows.push({
      n,
      load,
      runners: `cpu ${capacity.cpu} gpu ${capacity.gpu}`,
      criticalHours: plan.criticalLength / 3_600_000,
      cold,
      seconds,
      overLb: plan.makespan / plan.lowerBound,
      barrierOverOurs: plan.barrierMakespan / plan.makespan,
    });
  }
}

const header = [
  'n',
  'load',
  'runners',
  'critical h',
  'first plan s',
  'plan s',
  'makespan/lb',
  'barrier/ours',
];
const table = rows.map((r) => [
  String(r.n),
  String(r.load),
  r.runners,
  r.criticalHours.toFixed(1),
  r.cold.toFixed(3),
  r.seconds.toFixed(3),
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
  `plan: n=100000 seconds=${Math.max(...big.map((r) => r.cold)).toFixed(3)} makespan_over_lb=${Math.max(...big.map((r) => r.overLb)).toFixed(3)} barrier_over_ours=${mean(big.map((r) => r.barrierOverOurs)).toFixed(3)}`,
);
