import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createSign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { component } from './components.js';

export const registryBinary = component('docker-registry', 'docker-registry', ['/usr/bin/docker-registry']);

/** bcrypt (cost 5) of TEST_PASSWORD, made with libxcrypt: docker-registry's htpasswd accepts only bcrypt. */
export const TEST_USER = 'tester';
export const TEST_PASSWORD = 's3cret-pass';
const TEST_HASH = '$2b$05$gX1.Goxx02qQPrUuHgcIS.Xy4gKIycJ4rHLtFX7zdYfPC08ROZnrK';

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
export async function startRegistry(
  options: { auth?: boolean; token?: TokenServer } = {},
): Promise<RunningRegistry> {
  const dir = mkdtempSync(join(tmpdir(), 'md-registry-'));
  const storage = join(dir, 'data');
  const port = await freePort();
  const auth = options.token
    ? `auth:\n  token:\n    realm: ${options.token.realm}\n    service: ${options.token.service}\n    issuer: ${options.token.issuer}\n    rootcertbundle: ${options.token.certFile}\n`
    : options.auth
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

export interface TokenServer {
  realm: string;
  service: string;
  issuer: string;
  certFile: string;
  /** Token requests seen: the scopes asked for and the user (or "anonymous"). */
  requests: { scopes: string[]; user: string }[];
  close(): Promise<void>;
}

/**
 * A bearer-token service as GHCR and Docker Hub run one: checks basic credentials (TEST_USER /
 * TEST_PASSWORD), grants the requested repository scopes, and signs an RS256 JWT with an x5c
 * certificate that docker-registry trusts through `rootcertbundle`. Anonymous callers get pull only.
 */
export async function startTokenServer(): Promise<TokenServer> {
  const dir = mkdtempSync(join(tmpdir(), 'md-token-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=test-token-issuer',
    ],
    { stdio: 'ignore' },
  );
  const key = readFileSync(keyFile, 'utf8');
  const der = readFileSync(certFile, 'utf8').replace(/-----[^-]+-----|\s/g, '');
  const requests: TokenServer['requests'] = [];
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const scopes = url.searchParams.getAll('scope');
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const [user, pass] = basic ? Buffer.from(basic, 'base64').toString().split(/:(.*)/s) : [];
    if (basic && (user !== TEST_USER || pass !== TEST_PASSWORD)) {
      res.writeHead(401).end('{"details":"bad credentials"}');
      return;
    }
    requests.push({ scopes, user: user ?? 'anonymous' });
    const access = scopes.map((scope) => {
      const [type, name, actions] = scope.split(':');
      const asked = (actions ?? '').split(',');
      return { type, name, actions: user ? asked : asked.filter((a) => a === 'pull') };
    });
    const now = Math.floor(Date.now() / 1000);
    const header = b64({ typ: 'JWT', alg: 'RS256', x5c: [der] });
    const claims = b64({
      iss: 'test-issuer',
      sub: user ?? '',
      aud: 'test-registry',
      exp: now + 300,
      nbf: now - 10,
      iat: now,
      jti: String(Math.random()),
      access,
    });
    const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(key).toString('base64url');
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ token: `${header}.${claims}.${signature}` }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    realm: `http://127.0.0.1:${port}/token`,
    service: 'test-registry',
    issuer: 'test-issuer',
    certFile,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          r();
        });
      }),
  };
}
