// npm run bench -- aggregate [--clients 8] [--mb 256]
// FedAvg of CLIENTS fp32 safetensors of MB each: model-deploy's streaming aggregation against numpy's
// weighted sum over np.memmap, each in its own child process (own peak RSS), on the same files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { aggregateCheckpoints } from '../src/federated/aggregate.js';

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

const ROUNDS = 3;

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

async function bench(): Promise<void> {
  const { values } = parseArgs({
    options: { clients: { type: 'string', default: '8' }, mb: { type: 'string', default: '256' } },
  });
  const clients = Number(values.clients);
  const mb = Number(values.mb);
  const dir = mkdtempSync(join(tmpdir(), 'bench-aggregate-'));
  try {
    console.log(`generating ${clients} clients × ${mb} MB fp32 in ${dir}`);
    execFileSync('python3', [PY, 'gen', dir, String(clients), String(mb)], { stdio: 'inherit' });
    const inputs = Array.from(
      { length: clients },
      (_, i) => `${join(dir, `client-${i}.safetensors`)}:${100 * (i + 1)}`,
    );
    const ours: Measured[] = [];
    const numpy: Measured[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      ours.push(
        measure(process.execPath, [
          '--import',
          'tsx',
          SELF,
          '--child',
          join(dir, 'ours.safetensors'),
          ...inputs,
        ]),
      );
      numpy.push(measure('python3', [PY, 'ref', join(dir, 'numpy.safetensors'), ...inputs]));
    }
    const { max_ulps } = JSON.parse(
      execFileSync('python3', [PY, 'diff', join(dir, 'ours.safetensors'), join(dir, 'numpy.safetensors')], {
        encoding: 'utf8',
      }),
    ) as { max_ulps: number };
    const best = (ms: Measured[]) => ms.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const peak = (ms: Measured[]) => Math.max(...ms.map((m) => m.rss_mb));
    const o = best(ours);
    const n = best(numpy);
    const gb = (clients * statSync(join(dir, 'client-0.safetensors')).size) / 2 ** 30;
    const rows = [
      [
        'implementation',
        `seconds (best of ${ROUNDS})`,
        'GB/s read',
        'CPU seconds',
        'wall incl. startup',
        'peak RSS MB',
      ],
      ...(
        [
          ['model-deploy (streaming)', o, ours],
          ['numpy weighted sum (memmap)', n, numpy],
        ] as const
      ).map(([name, m, all]) => [
        name,
        m.seconds.toFixed(2),
        (gb / m.seconds).toFixed(2),
        m.cpu_seconds.toFixed(2),
        m.wall.toFixed(2),
        peak(all).toFixed(0),
      ]),
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    for (const r of rows) console.log(`| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`);
    console.log(`outputs differ by at most ${max_ulps} float32 ulp (float64 accumulation in both)`);
    console.log(
      `CPU time ratio (less sensitive to other load on the machine): ${(n.cpu_seconds / o.cpu_seconds).toFixed(2)}`,
    );
    console.log(
      `aggregate: speed_vs_numpy=${(n.seconds / o.seconds).toFixed(2)} rss_mb=${peak(ours).toFixed(0)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv.slice(4));
else await bench();
