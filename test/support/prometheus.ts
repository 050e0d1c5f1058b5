import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { type Component, component } from './components.js';

export function prometheusComponent(): Component {
  return component('prometheus', 'prometheus');
}

export function promtoolComponent(): Component {
  return component('promtool', 'prometheus');
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface TestPrometheus {
  url: string;
  close(): Promise<void>;
}

/**
 * Starts a real Prometheus on 127.0.0.1 (free port, temp config and TSDB) scraping `targets`
 * (`host:port`, path /metrics) every `scrapeInterval`. Resolves once /-/ready answers.
 */
export async function startPrometheus(
  targets: string[],
  options: { scrapeInterval?: string; metricsPath?: string } = {},
): Promise<TestPrometheus> {
  const bin = prometheusComponent();
  if (!bin.available) throw new Error(bin.missing);
  const dir = mkdtempSync(join(tmpdir(), 'prometheus-'));
  const interval = options.scrapeInterval ?? '1s';
  writeFileSync(
    join(dir, 'prometheus.yml'),
    stringify({
      global: { scrape_interval: interval, evaluation_interval: interval },
      scrape_configs: [
        { job_name: 'sim', metrics_path: options.metricsPath ?? '/metrics', static_configs: [{ targets }] },
      ],
    }),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    bin.path,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${url}/-/ready`);
      if (res.ok) return { url, close };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await close();
  throw new Error(`prometheus did not become ready on ${url}: ${stderr}`);
}

export interface Sample {
  metric: Record<string, string>;
  value: number;
}

/** Instant PromQL query; returns the vector (empty when there is no data yet). */
export async function queryPrometheus(url: string, promql: string): Promise<Sample[]> {
  const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(promql)}`);
  const body = (await res.json()) as {
    status: string;
    error?: string;
    data?: { result: { metric: Record<string, string>; value: [number, string] }[] };
  };
  if (body.status !== 'success') throw new Error(`PromQL ${promql}: ${body.error}`);
  return (body.data?.result ?? []).map((r) => ({ metric: r.metric, value: Number(r.value[1]) }));
}

/** `promtool check metrics` on exposition text: returns its complaints (empty when clean). */
export async function promtoolCheckMetrics(text: string): Promise<string> {
  const tool = promtoolComponent();
  if (!tool.available) throw new Error(tool.missing);
  const child = spawn(tool.path, ['check', 'metrics'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const done = new Promise<void>((resolve) => child.once('close', () => resolve()));
  child.stdin.end(text);
  await done;
  return out.trim();
}
