import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { component } from './components.js';

export const registryBinary = component('docker-registry', 'docker-registry', ['/usr/bin/docker-registry']);

/** bcrypt (cost 5) of TEST_PASSWORD, made with libxcrypt: docker-registry's htpasswd accepts only bcrypt. */
export const TEST_USER = 'tester';
export const TEST_PASSWORD = 's3cret-pass';
const TEST_HASH = '$2b$05$abcdefghijklmnopqrstuuV7fpPozvyqJfnY19y0802WTlXUm6Rjy';

export interface RunningRegistry {
  /** http://127.0.0.1:PORT */
  url: string;
  /** 127.0.0.1:PORT */
  host: string;
  storage: string;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts docker-registry (CNCF distribution 2.8) on 127.0.0.1 with temp storage; `auth` adds htpasswd. */
export async function startRegistry(options: { auth?: boolean } = {}): Promise<RunningRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'md-registry-'));
  const storage = join(dir, 'data');
  const port = await freePort();
  const auth = options.auth
    ? `auth:\n  htpasswd:\n    realm: test-registry\n    path: ${join(dir, 'htpasswd')}\n`
    : '';
  if (options.auth) writeFileSync(join(dir, 'htpasswd'), `${TEST_USER}:${TEST_HASH}\n`);
  writeFileSync(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: error',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${storage}`,
      '  delete:',
      '    enabled: true',
      '  maintenance:',
      '    uploadpurging:',
      '      enabled: false',
      'http:',
      `  addr: 127.0.0.1:${port}`,
      auth,
    ].join('\n'),
  );
  const child: ChildProcess = spawn(registryBinary.path, ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const host = `127.0.0.1:${port}`;
  const url = `http://${host}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited: ${stderr}`);
    const status = await new Promise<number>((resolve) => {
      http
        .get(`${url}/v2/`, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', () => resolve(0));
    });
    if (status === 200 || status === 401) break;
    if (Date.now() > deadline) throw new Error(`docker-registry did not start on ${host}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    host,
    storage,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the fault proxy does with one request: pass it on, answer with a status, or cut the connection. */
export type Fault =
  | { kind: 'pass' }
  | { kind: 'status'; status: number }
  | { kind: 'reset'; afterBytes: number };

export interface FaultProxy {
  host: string;
  url: string;
  /** Requests seen, as `METHOD path`. */
  log: string[];
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of a registry that injects faults: `decide` sees each request (method,
 * path, how many requests of that method came before) and picks a Fault. A `reset` forwards
 * `afterBytes` of the request body to the registry, then destroys both connections.
 */
export async function startFaultProxy(
  target: string,
  decide: (req: { method: string; path: string; nth: number }) => Fault,
): Promise<FaultProxy> {
  const counts = new Map<string, number>();
  const log: string[] = [];
  const [thost, tport] = target.split(':');
  const server = http.createServer((req, res) => {
    const method = req.method ?? 'GET';
    const nth = counts.get(method) ?? 0;
    counts.set(method, nth + 1);
    const path = req.url ?? '/';
    log.push(`${method} ${path.split('?')[0]}`);
    const fault = decide({ method, path, nth });
    if (fault.kind === 'status') {
      req.resume();
      res.writeHead(fault.status, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ errors: [{ code: 'UNAVAILABLE', message: 'injected fault' }] }));
      return;
    }
    const upstream = http.request(
      { host: thost, port: Number(tport), method, path, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    if (fault.kind === 'reset') {
      let forwarded = 0;
      req.on('data', (chunk: Buffer) => {
        if (forwarded >= fault.afterBytes) return;
        const part = chunk.subarray(0, fault.afterBytes - forwarded);
        forwarded += part.length;
        upstream.write(part);
        if (forwarded >= fault.afterBytes) {
          // Give the registry a moment to store what it got, then cut both sides.
          setTimeout(() => {
            upstream.destroy();
            req.socket.destroy();
          }, 50);
        }
      });
      req.on('end', () => {
        if (forwarded < fault.afterBytes) upstream.end();
      });
      return;
    }
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));
