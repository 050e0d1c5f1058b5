// bench/scan: our model-file scanner vs pickletools.genops (picklescan's core) on a ~1 GB corpus,
// both measured in this run. Last line: `scan: speed_vs_pickletools=R rss_mb=M`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScanSink, scanFile } from '../src/scan/model-scan.js';
import { modelPolicy } from '../src/scan/policy.js';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

async function child(files: string[]): Promise<void> {
  const policy = modelPolicy();
  const times: Record<string, number> = {};
  const sink = new ScanSink();
  for (const f of files) {
    const t0 = performance.now();
    await scanFile(f, policy, sink);
    times[f] = (performance.now() - t0) / 1000;
  }
  const ops = sink.files.reduce((n, f) => n + (f.pickles ?? 0), 0);
  process.stdout.write(
    JSON.stringify({
      times,
      findings: sink.findings,
      pickles: ops,
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
}

function kindOf(file: string): string {
  if (file.endsWith('.safetensors')) return 'safetensors shards';
  if (file.endsWith('legacy_model.bin')) return 'legacy torch';
  if (file.endsWith('.pt') || file.endsWith('.npz')) return 'zip archives';
  if (file.endsWith('arrays_p4.pkl')) return 'payload-heavy pickle';
  return 'opcode-dense pickles';
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.slice(0, 2).join(' ')} failed: ${r.stderr || r.error?.message}`);
  return r.stdout;
}

async function parent(): Promise<void> {
  const scale = Number(process.env.SCAN_BENCH_SCALE ?? process.argv[2] ?? 1);
  const dir = mkdtempSync(join(tmpdir(), 'bench-scan-'));
  try {
    const g0 = performance.now();
    run('python3', [here('./scan_corpus.py'), dir, String(scale)]);
    const files = readdirSync(dir)
      .map((f) => join(dir, f))
      .sort();
    const bytes = Object.fromEntries(files.map((f) => [f, statSync(f).size]));
    const total = Object.values(bytes).reduce((a, b) => a + b, 0);
    console.log(
      `corpus: ${files.length} files, ${(total / 2 ** 20).toFixed(0)} MiB in ${((performance.now() - g0) / 1000).toFixed(1)} s`,
    );

    const ours = JSON.parse(
      run(process.execPath, ['--import', 'tsx', here('./scan.ts'), '--child', ...files]),
    ) as {
      times: Record<string, number>;
      findings: unknown[];
      maxRssKb: number;
    };
    if (ours.findings.length)
      throw new Error(
        `benign corpus produced findings: ${JSON.stringify(ours.findings.slice(0, 3)).slice(0, 2000)}`,
      );
    const python = JSON.parse(run('python3', [here('./scan_reference.py'), ...files])) as Record<
      string,
      number
    >;

    const kinds = new Map<string, { bytes: number; ours: number; python: number }>();
    for (const f of files) {
      const k = kinds.get(kindOf(f)) ?? { bytes: 0, ours: 0, python: 0 };
      k.bytes += bytes[f]!;
      k.ours += ours.times[f]!;
      k.python += python[f]!;
      kinds.set(kindOf(f), k);
    }
    const row = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`);
    row(['kind', 'MiB', 'pickletools s', 'ours s', 'pickletools MiB/s', 'ours MiB/s', 'speed-up']);
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']);
    let sumOurs = 0;
    let sumPy = 0;
    for (const [kind, k] of [...kinds].sort()) {
      sumOurs += k.ours;
      sumPy += k.python;
      const mib = k.bytes / 2 ** 20;
      row([
        kind,
        mib.toFixed(0),
        k.python.toFixed(3),
        k.ours.toFixed(3),
        (mib / k.python).toFixed(0),
        (mib / k.ours).toFixed(0),
        `${(k.python / k.ours).toFixed(1)}×`,
      ]);
    }
    const ratio = sumPy / sumOurs;
    const rss = ours.maxRssKb / 1024;
    row([
      'all',
      (total / 2 ** 20).toFixed(0),
      sumPy.toFixed(3),
      sumOurs.toFixed(3),
      (total / 2 ** 20 / sumPy).toFixed(0),
      (total / 2 ** 20 / sumOurs).toFixed(0),
      `${ratio.toFixed(1)}×`,
    ]);
    console.log(`peak RSS of the scanner process: ${rss.toFixed(0)} MiB`);
    console.log(`scan: speed_vs_pickletools=${ratio.toFixed(1)} rss_mb=${rss.toFixed(0)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv.slice(3));
else await parent();
