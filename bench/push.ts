// npm run bench -- push [--size-mb 2048] [--runs 5]: our pack + push of a 4-shard model vs skopeo copy of
// the same content vs the registry's limit (each shard as one monolithic PUT streamed by node:http, all
// shards at once), alternately, each to a fresh docker-registry; then a re-push and a push with one
// shard changed.
// limit_frac = limit's median seconds / ours.
import { spawn } from 'node:child_process';
import { createHash, randomFillSync } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeSync,
} from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream';
import { resolveModelFiles } from '../src/oci/files.js';
import { packModel } from '../src/oci/pack.js';
import { pushImage } from '../src/oci/push.js';
import { parseReference } from '../src/oci/reference.js';
import { RegistryClient } from '../src/oci/registry.js';
import { type ImageTarget, LayoutTarget, RegistryTarget } from '../src/oci/target.js';
import { type RunningRegistry, startRegistry } from '../test/support/registry.js';
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

/**
 * The registry's limit: each shard as one monolithic `PUT` streamed from disk by plain node:http, all
 * shards at once (ours uploads its layers concurrently too; one stream alone is not the limit).
 */
async function monolithicPut(registry: string, files: { path: string; digest: string }[]): Promise<number> {
  const start = performance.now();
  await Promise.all(
    files.map(async (f) => {
      const post = await request(`${registry}/v2/limit/blobs/uploads/`, 'POST');
      if (post.status !== 202) throw new Error(`POST upload: ${post.status}`);
      const location = new URL(post.location!, registry);
      location.searchParams.set('digest', f.digest);
      const put = await request(location.href, 'PUT', f.path);
      if (put.status !== 201) throw new Error(`PUT blob: ${put.status}`);
    }),
  );
  return performance.now() - start;
}

function request(url: string, method: string, file?: string): Promise<{ status: number; location?: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'content-type': 'application/octet-stream' };
    headers['content-length'] = file ? statSync(file).size : 0;
    const req = http.request(url, { method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
    });
    req.on('error', reject);
    if (file) pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), req, (e) => e && reject(e));
    else req.end();
  });
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (d) => hash.update(d))
      .on('end', () => resolve(`sha256:${hash.digest('hex')}`))
      .on('error', reject);
  });
}

/** Runs `fn` against a fresh docker-registry (so nothing is already there), then removes it. */
async function withRegistry<T>(fn: (r: RunningRegistry) => Promise<T>): Promise<T> {
  const r = await startRegistry();
  try {
    return await fn(r);
  } finally {
    await r.close();
  }
}

async function main(): Promise<void> {
  const { values, runs } = benchArgs({ 'size-mb': { type: 'string', default: '2048' } });
  const totalMb = Number(values['size-mb']);
  const shardBytes = Math.floor((totalMb * 2 ** 20) / SHARDS);
  const work = join(tmpdir(), `md-bench-push-${process.pid}`);
  const free = statfsSync(tmpdir());
  const needed = totalMb * 5 * 2 ** 20;
  if (free.bavail * free.bsize < needed) {
    console.error(
      `not enough disk in ${tmpdir()}: need ~${Math.ceil(needed / 2 ** 30)} GiB (model + layout + 3 registries)`,
    );
    process.exit(2);
  }
  mkdirSync(join(work, 'model'), { recursive: true });
  const last = await startRegistry();
  try {
    const shards: { path: string; digest: string }[] = [];
    for (let i = 1; i <= SHARDS; i++) {
      const path = join(work, 'model', `model-0000${i}-of-0000${SHARDS}.safetensors`);
      writeRandomFile(path, shardBytes);
      shards.push({ path, digest: await sha256File(path) });
    }
    // skopeo copies the same content from an OCI layout written by our packer (not timed).
    const layout = join(work, 'layout');
    await runChild(join(work, 'model'), `oci:${layout}:v1`);

    const samples = await alternate(runs, {
      ours: () => withRegistry((r) => runChild(join(work, 'model'), `${r.host}/bench/model`)),
      skopeo: () =>
        withRegistry((r) =>
          runMeasured('skopeo', [
            'copy',
            '--quiet',
            '--preserve-digests',
            '--dest-tls-verify=false',
            `oci:${layout}:v1`,
            `docker://${r.host}/bench/model:v1`,
          ]),
        ),
      limit: () => withRegistry((r) => monolithicPut(r.url, shards)),
    });

    await runChild(join(work, 'model'), `${last.host}/bench/model`);
    const repush = await runChild(join(work, 'model'), `${last.host}/bench/model`);
    const fd = openSync(shards[1]!.path, 'r+');
    writeSync(fd, randomFillSync(Buffer.alloc(1 << 20)), 0, 1 << 20, 0);
    closeSync(fd);
    const changed = await runChild(join(work, 'model'), `${last.host}/bench/model`);

    const o = summarize(samples.ours.map((m) => m.ms / 1000));
    const k = summarize(samples.skopeo.map((m) => m.ms / 1000));
    const limit = summarize(samples.limit.map((ms) => ms / 1000));
    const mb = (totalMb * 2 ** 20) / 1e6;
    const mbps = (s: Summary) => spread(summarize([mb / s.max, mb / s.median, mb / s.min]), 0);
    const peak = (ms: { rssMb: number }[]) => Math.max(...ms.map((m) => m.rssMb)).toFixed(0);
    console.log(
      `model: ${SHARDS} shards × ${(shardBytes / 2 ** 20).toFixed(0)} MiB random bytes (${totalMb} MiB); ${await loadNote()}; median (min–max) of ${runs} alternating runs, each to a fresh docker-registry`,
    );
    printTable([
      ['run', 'seconds', 'MB/s', 'peak RSS MB', 'blob bytes sent'],
      ['model-deploy pack+push', spread(o), mbps(o), peak(samples.ours), String(samples.ours[0]!.bytesSent)],
      ['skopeo copy (oci → registry)', spread(k), mbps(k), peak(samples.skopeo), '-'],
      ['limit: a monolithic PUT per shard, concurrently (node:http)', spread(limit), mbps(limit), '-', '-'],
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
    ]);
    const shardLayer = shardBytes + 1536; // tar header blocks + end-of-archive, one shard per layer
    console.log(`one-shard push sent ${changed.bytesSent} bytes (one layer is ${shardLayer} bytes + config)`);
    console.log(
      `push: speed_vs_skopeo=${ratio(k, o).toFixed(2)} rss_mb=${peak(samples.ours)} repush_bytes=${repush.bytesSent} limit_frac=${ratio(limit, o).toFixed(2)}`,
    );
  } finally {
    await last.close();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!);
else await main();
