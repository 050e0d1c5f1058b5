import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FaultProxy {
  url: string;
  /** Faults injected so far, by status. */
  injected: Record<number, number>;
  /** The next `n` requests matching `methods` get `status` (409 Conflict or a 5xx) instead of reaching the server. */
  burst(status: 409 | 500 | 502 | 503 | 504, n: number, methods?: string[]): void;
  close(): Promise<void>;
}

/** An HTTP proxy in front of the simulated API server that answers bursts of 409s and 5xx like a busy API server. */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const pending: { status: number; left: number; methods?: string[] }[] = [];
  const injected: Record<number, number> = {};
  const server: Server = createServer((req, res) => {
    const fault = pending.find((p) => p.left > 0 && (!p.methods || p.methods.includes(req.method ?? '')));
    if (fault && !req.url?.startsWith('/metrics')) {
      fault.left--;
      injected[fault.status] = (injected[fault.status] ?? 0) + 1;
      req.resume();
      const reason =
        fault.status === 409 ? 'Conflict' : fault.status === 503 ? 'ServiceUnavailable' : 'InternalError';
      res.writeHead(fault.status, { 'Content-Type': 'application/json' });
      res.end(
        JSON.stringify({
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message:
            fault.status === 409
              ? 'Operation cannot be fulfilled: the object has been modified; please apply your changes to the latest version and try again'
              : 'the server is currently unable to handle the request',
          reason,
          code: fault.status,
        }),
      );
      return;
    }
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    out.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(out);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    injected,
    burst(status, n, methods) {
      pending.push({ status, left: n, ...(methods ? { methods } : {}) });
    },
    async close() {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
