// npm run bench -- push [--size-mb 2048]: our pack + push of a 4-shard model vs skopeo copy of the same
// content, each to a fresh docker-registry; then a re-push and a push with one shard changed.
import { spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statfsSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveModelFiles } from '../src/oci/files.js';
import { packModel } from '../src/oci/pack.js';
import { pushImage } from '../src/oci/push.js';
import { parseReference } from '../src/oci/reference.js';
import { RegistryClient } from '../src/oci/registry.js';
import { type ImageTarget, LayoutTarget, RegistryTarget } from '../src/oci/target.js';
import { startRegistry } from '../test/support/registry.js';

const SHARDS = 4;

interface ChildResult {
  ms: number;
  rssMb: number;
  bytesSent: number;
  digest: string;
}

/** Child mode: pack the model dir and push it to DEST (registry ref or oci:DIR:TAG); print JSON. */
async function child(modelDir: string, dest: string): Promise<void> {
  const start = performance.now();
  const files = resolveModelFiles(['.'], modelDir);
  const image = await packModel({
    files,
    artifact: 'image',
    modelDir: '/models',
    compressBelow: 64 << 20,
    epoch: 0,
    labels: {},
    model: { name: 'bench' },
    concurrency: 4,
  });
  const ref = parseReference(dest);
  let target: ImageTarget;
  let client: RegistryClient | undefined;
  if (ref.kind === 'registry') {
    client = RegistryClient.for(ref, { maxSockets: 6, log: { info: () => {}, debug: () => {} } });
    target = new RegistryTarget(ref, client);
  } else target = await LayoutTarget.open(ref);
  const result = await pushImage(target, image, { tags: ['v1'], concurrency: 4, info: () => {} });
  client?.close();
  const ms = performance.now() - start;
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ ms, rssMb, bytesSent: result.bytesSent, digest: result.digest } satisfies ChildResult),
  );
}

function runChild(modelDir: string, dest: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'bench/push.ts', '--child', modelDir, dest], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    p.on('error', reject);
    p.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as ChildResult) : reject(new Error(`child exited ${code}`)),
    );
  });
}

/** Runs a program, polling /proc/<pid>/status for VmHWM (peak RSS). */
function runMeasured(file: string, args: string[]): Promise<{ ms: number; rssMb: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const p = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let peakKb = 0;
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch {
        // exited
      }
    }, 20);
    p.on('error', reject);
    p.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) reject(new Error(`${file} exited ${code}: ${stderr}`));
      else resolve({ ms: performance.now() - start, rssMb: peakKb / 1024 });
    });
  });
}

function writeRandomFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  const buf = Buffer.alloc(16 << 20);
  for (let written = 0; written < bytes; written += buf.length) {
    randomFillSync(buf);
    writeSync(fd, buf, 0, Math.min(buf.length, bytes - written));
  }
  closeSync(fd);
}

async function main(): Promise<void> {
  const sizeArg = process.argv.indexOf('--size-mb');
  const totalMb = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 2048;
  const shardBytes = Math.floor((totalMb * 2 ** 20) / SHARDS);
  const work = join(tmpdir(), `md-bench-push-${process.pid}`);
  const free = statfsSync(tmpdir());
  const needed = totalMb * 4 * 2 ** 20;
  if (free.bavail * free.bsize < needed) {
    console.error(
      `not enough disk in ${tmpdir()}: need ~${Math.ceil(needed / 2 ** 30)} GiB (model + layout + 2 registries)`,
    );
    process.exit(2);
  }
  mkdirSync(join(work, 'model'), { recursive: true });
  const registries = [await startRegistry(), await startRegistry()];
  const [ours, theirs] = registries as [
    Awaited<ReturnType<typeof startRegistry>>,
    Awaited<ReturnType<typeof startRegistry>>,
  ];
  try {
    for (let i = 1; i <= SHARDS; i++) {
      writeRandomFile(join(work, 'model', `model-0000${i}-of-0000${SHARDS}.safetensors`), shardBytes);
    }
    // skopeo copies the same content from an OCI layout written by our packer (not timed).
    const layout = join(work, 'layout');
    await runChild(join(work, 'model'), `oci:${layout}:v1`);

    const push = await runChild(join(work, 'model'), `${ours.host}/bench/model`);
    const skopeo = await runMeasured('skopeo', [
      'copy',
      '--quiet',
      '--preserve-digests',
      '--dest-tls-verify=false',
      `oci:${layout}:v1`,
      `docker://${theirs.host}/bench/model:v1`,
    ]);
    const repush = await runChild(join(work, 'model'), `${ours.host}/bench/model`);
    const fd = openSync(join(work, 'model', `model-00002-of-0000${SHARDS}.safetensors`), 'r+');
    writeSync(fd, randomFillSync(Buffer.alloc(1 << 20)), 0, 1 << 20, 0);
    closeSync(fd);
    const changed = await runChild(join(work, 'model'), `${ours.host}/bench/model`);

    const mbps = (ms: number) => (((totalMb * 2 ** 20) / 1e6 / ms) * 1000).toFixed(0);
    const rows = [
      ['run', 'seconds', 'MB/s', 'peak RSS MB', 'blob bytes sent'],
      [
        'model-deploy pack+push',
        (push.ms / 1000).toFixed(2),
        mbps(push.ms),
        push.rssMb.toFixed(0),
        String(push.bytesSent),
      ],
      [
        'skopeo copy (oci → registry)',
        (skopeo.ms / 1000).toFixed(2),
        mbps(skopeo.ms),
        skopeo.rssMb.toFixed(0),
        '-',
      ],
      [
        'model-deploy re-push',
        (repush.ms / 1000).toFixed(2),
        '-',
        repush.rssMb.toFixed(0),
        String(repush.bytesSent),
      ],
      [
        'model-deploy, 1 shard changed',
        (changed.ms / 1000).toFixed(2),
        '-',
        changed.rssMb.toFixed(0),
        String(changed.bytesSent),
      ],
    ];
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
    console.log(
      `model: ${SHARDS} shards × ${(shardBytes / 2 ** 20).toFixed(0)} MiB random bytes (${totalMb} MiB)`,
    );
    for (const r of rows) console.log(r.map((v, c) => v.padEnd(widths[c]!)).join('  '));
    const shardLayer = shardBytes + 1536; // tar header blocks + end-of-archive, one shard per layer
    console.log(`one-shard push sent ${changed.bytesSent} bytes (one layer is ${shardLayer} bytes + config)`);
    console.log(
      `push: speed_vs_skopeo=${(skopeo.ms / push.ms).toFixed(2)} rss_mb=${Math.round(push.rssMb)} repush_bytes=${repush.bytesSent}`,
    );
  } finally {
    for (const r of registries) await r.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else await main();
