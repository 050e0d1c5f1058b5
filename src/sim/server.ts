import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseYaml } from 'yaml';
import { type ClusterApi, type FieldValidation, patchTypeOf, type WriteOptions } from './api.js';
import { apiGroupDoc, apiGroupList, apiVersions, openApiV3, openApiV3Index } from './discovery.js';
import { kubernetesOpenApi } from './openapi.js';
import { decodeKubernetesProtobuf } from './protobuf.js';
import { apiResourceList, findResource, groupVersions, type ResourceType } from './resources.js';
import { matchesFields, matchesRequirements, parseFieldSelector, parseLabelSelector } from './selectors.js';
import { ApiError, badRequest, gone, methodNotAllowed, pathNotFound } from './status.js';
import type { StoreEvent } from './store.js';
import { toTable, wantsTable } from './table.js';
import type { KubeObject } from './types.js';

export interface ServerHooks {
  /** Container log text; undefined when the pod or container does not exist. */
  logs(namespace: string, pod: string, container: string | undefined, previous: boolean): string | ApiError;
  /** Prometheus text exposition. */
  metrics(): Promise<{ contentType: string; body: string }>;
  /** Windowed request stats for /sim/v1/stats?namespace=&track=&window= (JSON). */
  stats(query: URLSearchParams): unknown;
  /** The /version body (the simulator adds what identifies it there). */
  version(): object;
}

interface Route {
  resource: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
  watch: boolean;
}

function parseRoute(segments: string[]): Route | undefined {
  let group = '';
  let version: string;
  let rest: string[];
  if (segments[0] === 'api') {
    version = segments[1] ?? '';
    rest = segments.slice(2);
  } else if (segments[0] === 'apis') {
    group = segments[1] ?? '';
    version = segments[2] ?? '';
    rest = segments.slice(3);
  } else return undefined;
  let watch = false;
  if (rest[0] === 'watch') {
    watch = true;
    rest = rest.slice(1);
  }
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const r = findResource(group, version, rest[2]!);
    if (r?.namespaced) {
      return { resource: r, namespace: rest[1], name: rest[3], subresource: rest[4], watch };
    }
  }
  const r = findResource(group, version, rest[0] ?? '');
  if (!r || rest.length > 3) return undefined;
  return { resource: r, name: rest[1], subresource: rest[2], watch };
}

/** The HTTP face of the simulated cluster: discovery, OpenAPI, REST verbs, watch, logs and /metrics. */
export class SimServer {
  private readonly server: Server;
  private readonly watches = new Set<ServerResponse>();
  url = '';

  constructor(
    private readonly api: ClusterApi,
    private readonly hooks: ServerHooks,
  ) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => this.fail(res, error));
    });
    this.server.keepAliveTimeout = 5_000;
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const addr = this.server.address() as AddressInfo;
    this.url = `http://${host}:${addr.port}`;
    return this.url;
  }

  async close(): Promise<void> {
    for (const w of this.watches) w.end();
    this.watches.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private send(res: ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(code, {
      'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
      'Cache-Control': 'no-cache, private',
      ...headers,
    });
    res.end(text);
  }

  private fail(res: ServerResponse, error: unknown): void {
    if (res.headersSent) {
      res.end();
      return;
    }
    const e =
      error instanceof ApiError
        ? error
        : new ApiError(
            500,
            'InternalError',
            `Internal error occurred: ${(error as Error)?.message ?? String(error)}`,
          );
    this.send(res, e.code, e.toStatus());
  }

  private async raw(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  private async body(req: IncomingMessage): Promise<string> {
    return (await this.raw(req)).toString('utf8');
  }

  private async objectBody(req: IncomingMessage): Promise<unknown> {
    const raw = await this.raw(req);
    const ct = (req.headers['content-type'] ?? 'application/json').split(';')[0]!.trim();
    if (ct === PROTOBUF) return decodeKubernetesProtobuf(raw);
    if (!/json|yaml/.test(ct)) {
      // CBOR is not spoken here; client-go falls back to JSON on 415
      throw new ApiError(
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, ${PROTOBUF}`,
      );
    }
    const text = raw.toString('utf8');
    try {
      return ct.includes('yaml') ? parseYaml(text) : JSON.parse(text);
    } catch (error) {
      throw badRequest(`the body of the request could not be decoded: ${(error as Error).message}`);
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sim');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const q = url.searchParams;
    const method = req.method ?? 'GET';
    if (!servesJsonTo(req.headers.accept)) {
      // protobuf answers are not produced here; clients that also accept JSON get JSON
      throw new ApiError(
        406,
        'NotAcceptable',
        `only the following media types are accepted: application/json, application/yaml`,
      );
    }
    if (method === 'GET') {
      const fixed = await this.fixedPath(path, req);
      if (fixed !== undefined) {
        if (typeof fixed === 'object' && fixed !== null && 'contentType' in fixed) {
          const m = fixed as { contentType: string; body: string };
          res.writeHead(200, { 'Content-Type': m.contentType });
          res.end(m.body);
        } else this.send(res, 200, fixed);
        return;
      }
    }
    const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
    const route = parseRoute(segments);
    if (!route) throw pathNotFound();
    const { resource: r, namespace, name, subresource } = route;
    if (subresource && !r.subresources.includes(subresource)) throw pathNotFound();
    const warnings: string[] = [];
    const write: WriteOptions = {
      warnings,
      dryRun: q.get('dryRun') === 'All',
      fieldValidation: (q.get('fieldValidation') as FieldValidation | null) ?? 'Warn',
      ...fieldManagerOf(q.get('fieldManager'), req),
      force: q.get('force') === 'true',
    };
    if (write.fieldValidation && !['Strict', 'Warn', 'Ignore'].includes(write.fieldValidation)) {
      throw badRequest(`fieldValidation must be one of Ignore, Warn, Strict; got ${write.fieldValidation}`);
    }
    if (r.kind === 'Endpoints')
      warnings.push('v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice');
    const headers = (): Record<string, string> =>
      warnings.length ? { Warning: warnings.map((w) => `299 - ${JSON.stringify(w)}`).join(', ') } : {};

    if (r.kind === 'SelfSubjectAccessReview') {
      if (method !== 'POST' || name) throw methodNotAllowed();
      return this.send(res, 201, accessReview(await this.objectBody(req)));
    }
    if (!name) {
      switch (method) {
        case 'GET': {
          if (route.watch || q.get('watch') === 'true' || q.get('watch') === '1')
            return this.watch(req, res, route, q);
          const items = this.api.list(r, namespace, {
            labelSelector: q.get('labelSelector') ?? undefined,
            fieldSelector: q.get('fieldSelector') ?? undefined,
          });
          const rv = String(this.api.store.resourceVersion());
          if (wantsTable(req.headers.accept))
            return this.send(res, 200, toTable(r, items, rv, this.api.now()), headers());
          return this.send(
            res,
            200,
            {
              kind: `${r.kind}List`,
              apiVersion: r.group ? `${r.group}/${r.version}` : r.version,
              metadata: { resourceVersion: rv },
              items: items.map(({ apiVersion: _a, kind: _k, ...rest }) => rest),
            },
            headers(),
          );
        }
        case 'POST': {
          const created = this.api.create(r, namespace, await this.objectBody(req), write);
          return this.send(res, 201, created, headers());
        }
        case 'DELETE': {
          const items = this.api.list(r, namespace, {
            labelSelector: q.get('labelSelector') ?? undefined,
            fieldSelector: q.get('fieldSelector') ?? undefined,
          });
          const deleted = items.map((o) =>
            this.api.delete(r, o.metadata.namespace, o.metadata.name!, {
              propagationPolicy: q.get('propagationPolicy') ?? undefined,
            }),
          );
          return this.send(res, 200, {
            kind: `${r.kind}List`,
            apiVersion: r.group ? `${r.group}/${r.version}` : r.version,
            metadata: { resourceVersion: String(this.api.store.resourceVersion()) },
            items: deleted,
          });
        }
        default:
          throw methodNotAllowed();
      }
    }
    if (subresource === 'log') {
      if (method !== 'GET') throw methodNotAllowed();
      this.api.get(r, namespace, name);
      const text = this.hooks.logs(
        namespace ?? 'default',
        name,
        q.get('container') ?? undefined,
        q.get('previous') === 'true',
      );
      if (text instanceof ApiError) throw text;
      return this.send(res, 200, tail(text, q.get('tailLines')));
    }
    if (subresource === 'scale') {
      switch (method) {
        case 'GET':
          return this.send(res, 200, this.api.scale(this.api.get(r, namespace, name)));
        case 'PUT':
          return this.send(
            res,
            200,
            this.api.updateScale(r, namespace, name, await this.objectBody(req), write),
          );
        case 'PATCH': {
          const type = patchTypeOf(req.headers['content-type']);
          const out = this.api.patch(r, namespace, name, type, await this.body(req), {
            ...write,
            subresource,
          });
          return this.send(res, 200, out);
        }
        default:
          throw methodNotAllowed();
      }
    }
    switch (method) {
      case 'GET': {
        const o = this.api.get(r, namespace, name);
        if (wantsTable(req.headers.accept)) {
          return this.send(
            res,
            200,
            toTable(r, [o], o.metadata.resourceVersion ?? '', this.api.now()),
            headers(),
          );
        }
        return this.send(res, 200, o, headers());
      }
      case 'PUT': {
        const o = this.api.update(r, namespace, name, await this.objectBody(req), { ...write, subresource });
        return this.send(res, 200, o, headers());
      }
      case 'PATCH': {
        const type = patchTypeOf(req.headers['content-type']);
        const existed =
          this.api.store.get(r, r.namespaced ? (namespace ?? 'default') : undefined, name) !== undefined;
        const o = this.api.patch(r, namespace, name, type, await this.body(req), { ...write, subresource });
        return this.send(res, existed ? 200 : 201, o, headers());
      }
      case 'DELETE': {
        const text = await this.body(req);
        let opts: { propagationPolicy?: string; preconditions?: { uid?: string; resourceVersion?: string } } =
          {};
        if (text.trim()) {
          try {
            opts = JSON.parse(text);
          } catch {
            throw badRequest('the body of the request could not be decoded as DeleteOptions');
          }
        }
        const policy = q.get('propagationPolicy') ?? opts.propagationPolicy;
        const o = this.api.delete(r, namespace, name, {
          ...(policy ? { propagationPolicy: policy } : {}),
          ...(opts.preconditions ? { preconditions: opts.preconditions } : {}),
          dryRun: write.dryRun ?? false,
        });
        return this.send(res, 200, o);
      }
      default:
        throw methodNotAllowed();
    }
  }

  private async fixedPath(path: string, req: IncomingMessage): Promise<unknown> {
    switch (path) {
      case '/version':
        return this.hooks.version();
      case '/healthz':
      case '/livez':
      case '/readyz':
        return 'ok';
      case '/api':
        return apiVersions(`${req.socket.localAddress}:${req.socket.localPort}`);
      case '/apis':
        return apiGroupList();
      case '/openapi/v2':
        return kubernetesOpenApi();
      case '/openapi/v3':
        return openApiV3Index();
      case '/metrics':
        return this.hooks.metrics();
      case '/sim/v1/stats':
        return this.hooks.stats(new URL(req.url ?? '/', 'http://sim').searchParams);
    }
    if (path.startsWith('/openapi/v3/')) return openApiV3(path.slice('/openapi/v3/'.length)) ?? undefined;
    const m = /^\/apis\/([^/]+)(?:\/([^/]+))?$/.exec(path);
    if (m) {
      if (!m[2]) return apiGroupDoc(m[1]!);
      if (groupVersions().some((gv) => gv.group === m[1] && gv.version === m[2]))
        return apiResourceList(m[1]!, m[2]!);
    }
    if (path === '/api/v1') return apiResourceList('', 'v1');
    return undefined;
  }

  private watch(req: IncomingMessage, res: ServerResponse, route: Route, q: URLSearchParams): void {
    const { resource: r, namespace } = route;
    const labels = parseLabelSelector(q.get('labelSelector') ?? '');
    const fields = parseFieldSelector(q.get('fieldSelector') ?? '', r.kind);
    if (route.name) fields.push({ field: 'metadata.name', negate: false, value: route.name });
    const matches = (o: KubeObject) =>
      (namespace === undefined || o.metadata.namespace === namespace) &&
      matchesRequirements(o.metadata.labels, labels) &&
      matchesFields(o, fields);
    const rvParam = q.get('resourceVersion');
    const sendInitial = q.get('sendInitialEvents') === 'true';
    let initial: { type: string; object: KubeObject }[] = [];
    if (!rvParam || rvParam === '0' || sendInitial) {
      initial = this.api.store
        .list(r, namespace)
        .filter(matches)
        .map((object) => ({ type: 'ADDED', object }));
    } else {
      const events = this.api.store.eventsSince(Number(rvParam));
      if (!events) throw gone(`too old resource version: ${rvParam} (${this.api.store.resourceVersion()})`);
      initial = events
        .filter((e) => e.resource === r)
        .flatMap((e) => {
          const type = watchType(e, matches);
          return type ? [{ type, object: e.object }] : [];
        });
    }
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Transfer-Encoding': 'chunked',
      'Cache-Control': 'no-cache, private',
    });
    res.flushHeaders();
    const table = wantsTable(req.headers.accept);
    const write = (e: { type: string; object: unknown }) => {
      const o = e.object as KubeObject;
      const object =
        table && e.type !== 'BOOKMARK'
          ? toTable(r, [o], o.metadata?.resourceVersion ?? '', this.api.now())
          : e.object;
      res.write(`${JSON.stringify({ type: e.type, object })}\n`);
    };
    for (const e of initial) write(e);
    if (sendInitial && q.get('allowWatchBookmarks') === 'true') {
      write({
        type: 'BOOKMARK',
        object: {
          kind: r.kind,
          apiVersion: r.group ? `${r.group}/${r.version}` : r.version,
          metadata: {
            resourceVersion: String(this.api.store.resourceVersion()),
            annotations: { 'k8s.io/initial-events-end': 'true' },
          },
        },
      });
    }
    const unsubscribe = this.api.store.subscribe((e: StoreEvent) => {
      if (e.resource !== r) return;
      const type = watchType(e, matches);
      if (type) write({ type, object: e.object });
    });
    this.watches.add(res);
    const timeout = Number(q.get('timeoutSeconds') ?? 0);
    const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
    const done = () => {
      unsubscribe();
      if (timer) clearTimeout(timer);
      this.watches.delete(res);
    };
    res.on('close', done);
    req.on('close', done);
  }
}

/** How a change looks through a filtered watch: leaving the selection is DELETED, entering it ADDED. */
function watchType(e: StoreEvent, matches: (o: KubeObject) => boolean): string | undefined {
  const now = matches(e.object);
  if (e.type !== 'MODIFIED') return now ? e.type : undefined;
  const before = e.previous ? matches(e.previous) : now;
  if (before && now) return 'MODIFIED';
  if (now) return 'ADDED';
  if (before) return 'DELETED';
  return undefined;
}

const PROTOBUF = 'application/vnd.kubernetes.protobuf';

/** Whether a JSON answer is acceptable: no Accept, or one naming JSON, YAML or a wildcard. */
function servesJsonTo(accept: string | undefined): boolean {
  if (!accept?.trim()) return true;
  return accept
    .split(',')
    .map((m) => m.split(';')[0]!.trim().toLowerCase())
    .some(
      (m) =>
        m === '*/*' ||
        m === 'application/*' ||
        m.includes('json') ||
        m.includes('yaml') ||
        m.startsWith('text/'),
    );
}

/** Authorization is not simulated: every user may do everything, as `kubectl auth can-i` then says. */
function accessReview(body: unknown): object {
  const spec = (body as { spec?: unknown } | null)?.spec ?? {};
  return {
    kind: 'SelfSubjectAccessReview',
    apiVersion: 'authorization.k8s.io/v1',
    metadata: { creationTimestamp: null },
    spec,
    status: { allowed: true, reason: 'the simulated cluster authorizes every request' },
  };
}

/** The request's field manager; like the apiserver, non-apply writes without one are tracked under the User-Agent's first word. */
function fieldManagerOf(param: string | null, req: IncomingMessage): { fieldManager?: string } {
  if (param) return { fieldManager: param };
  if ((req.headers['content-type'] ?? '').includes('apply-patch')) return {};
  const agent = [...(req.headers['user-agent'] ?? '').split('/')[0]!].filter((c) => c >= ' ').join('');
  return agent ? { fieldManager: agent.slice(0, 128) } : {};
}

function tail(text: string, tailLines: string | null): string {
  if (tailLines === null) return text;
  const n = Number(tailLines);
  if (!Number.isInteger(n) || n < 0) return text;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.slice(Math.max(0, lines.length - n)).join('\n') + (lines.length && n > 0 ? '\n' : '');
}
