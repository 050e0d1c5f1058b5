// npm run bench -- aggregate [--clients 8] [--mb 256] [--runs 5]
// FedAvg of CLIENTS fp32 safetensors of MB each: model-deploy's streaming aggregation against numpy's
// weighted sum over np.memmap, each in its own child process (own peak RSS), on the same files, alternately;
// the machine's limit is `cat` reading the same files from the page cache. gbps = GB read / our median.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregateCheckpoints } from '../src/federated/aggregate.js';
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

const PY = fileURLToPath(new URL('./aggregate_numpy.py', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

interface Measured {
  /** Wall time of the aggregation itself (process startup excluded). */
  seconds: number;
  cpu_seconds: number;
  rss_mb: number;
  /** Wall time of the whole child process. */
  wall: number;
}

async function child(out: string, inputs: string[]): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  await aggregateCheckpoints({
    clients: inputs.map((spec) => {
      const at = spec.lastIndexOf(':');
      return { path: spec.slice(0, at), label: spec.slice(0, at), weight: Number(spec.slice(at + 1)) };
    }),
    method: { kind: 'fedavg' },
    out,
    weightKey: 'num_samples',
    nonFinite: 'fail',
    chunkBytes: 8 * 2 ** 20,
  });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpu_seconds = (used.user + used.system) / 1e6;
  process.stdout.write(
    `${JSON.stringify({ seconds, cpu_seconds, rss_mb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

function measure(command: string, args: string[]): Measured {
  const start = performance.now();
  const text = execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  const wall = (performance.now() - start) / 1000;
  return { ...(JSON.parse(text.trim().split('\n').pop()!) as Omit<Measured, 'wall'>), wall };
}

/** The machine's limit for the same input: reading the files from the page cache with `cat` into /dev/null. */
function pageCacheRead(files: string[]): number {
  const start = performance.now();
  execFileSync('sh', ['-c', 'cat "$@" > /dev/null', 'cat', ...files]);
  return (performance.now() - start) / 1000;
}

async function bench(): Promise<void> {
  const { values, runs } = benchArgs({
    clients: { type: 'string', default: '8' },
    mb: { type: 'string', default: '256' },
  });
  const clients = Number(values.clients);
  const mb = Number(values.mb);
  const dir = mkdtempSync(join(tmpdir(), 'bench-aggregate-'));
  try {
    console.log(`generating ${clients} clients × ${mb} MB fp32 in ${dir}`);
    execFileSync('python3', [PY, 'gen', dir, String(clients), String(mb)], { stdio: 'inherit' });
    const files = Array.from({ length: clients }, (_, i) => join(dir, `client-${i}.safetensors`));
    const inputs = files.map((f, i) => `${f}:${100 * (i + 1)}`);
    const samples = await alternate(runs, {
      ours: () =>
        measure(process.execPath, [
          '--import',
          'tsx',
          SELF,
          '--child',
          join(dir, 'ours.safetensors'),
          ...inputs,
        ]),
      numpy: () => measure('python3', [PY, 'ref', join(dir, 'numpy.safetensors'), ...inputs]),
      cat: () => pageCacheRead(files),
    });
    const { max_ulps } = JSON.parse(
      execFileSync('python3', [PY, 'diff', join(dir, 'ours.safetensors'), join(dir, 'numpy.safetensors')], {
        encoding: 'utf8',
      }),
    ) as { max_ulps: number };
    const gb = files.reduce((s, f) => s + statSync(f).size, 0) / 1e9;
    const peak = (ms: Measured[]) => Math.max(...ms.map((m) => m.rss_mb));
    const secs = (ms: Measured[]) => summarize(ms.map((m) => m.seconds));
    const o = secs(samples.ours);
    const n = secs(samples.numpy);
    const limit = summarize(samples.cat);
    const gbps = (s: Summary) => summarize([gb / s.max, gb / s.median, gb / s.min]);
    const row = (name: string, s: Summary, all?: Measured[]) => [
      name,
      spread(s),
      spread(gbps(s)),
      all ? spread(summarize(all.map((m) => m.cpu_seconds))) : '-',
      all ? spread(summarize(all.map((m) => m.wall))) : '-',
      all ? peak(all).toFixed(0) : '-',
    ];
    console.log(`${await loadNote()}; median (min–max) of ${runs} alternating runs`);
    printTable([
      ['implementation', 'seconds', 'GB/s read', 'CPU seconds', 'wall incl. startup', 'peak RSS MB'],
      row('model-deploy (streaming)', o, samples.ours),
      row('numpy weighted sum (memmap)', n, samples.numpy),
      row('limit: cat files > /dev/null (page cache)', limit),
    ]);
    console.log(`outputs differ by at most ${max_ulps} float32 ulp (float64 accumulation in both)`);
    console.log(
      `CPU time ratio (less sensitive to other load on the machine): ${(summarize(samples.numpy.map((m) => m.cpu_seconds)).median / summarize(samples.ours.map((m) => m.cpu_seconds)).median).toFixed(2)}`,
    );
    console.log(`fraction of the page-cache read limit: ${ratio(limit, o).toFixed(2)}`);
    console.log(
      `aggregate: speed_vs_numpy=${ratio(n, o).toFixed(2)} rss_mb=${peak(samples.ours).toFixed(0)} gbps=${(gb / o.median).toFixed(2)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv.slice(4));
else await bench();
