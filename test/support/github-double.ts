import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * An in-process GitHub REST API for tests. Every request is checked against the official
 * description shipped in @octokit/openapi (api.github.com.json): method and path must match an
 * operation, path and query parameters their schemas, the JSON body the operation's requestBody
 * schema (stricter than GitHub in one way: unknown top-level body fields are rejected too, so a
 * typo cannot pass silently). A rejected request gets 422 and is recorded in `violations`;
 * tests assert that list is empty. Responses are checked against the response schema as well,
 * so what the code under test reads has the real shape.
 *
 * Implemented: issue comments (list with Link pagination, create, get, update, delete) and
 * deployments (create, list, get, create/list statuses). A request without Authorization gets
 * 401; a write with one of `readOnlyTokens` gets GitHub's 403 "Resource not accessible by
 * integration" (the fork pull request case).
 *
 *   const gh = await startGitHubDouble({ readOnlyTokens: ['fork-token'] });
 *   const client = githubClient('token', { GITHUB_API_URL: gh.url });   // src/github/client.ts
 *   ... code under test ...
 *   expect(gh.deployments('acme', 'models')).toHaveLength(1);
 *   expect(gh.violations).toEqual([]);
 *   await gh.close();
 */

interface Operation {
  template: string;
  method: string;
  regex: RegExp;
  names: string[];
  literals: number;
  op: OpenApiOperation;
}

interface OpenApiOperation {
  operationId: string;
  parameters?: ({ $ref: string } | OpenApiParameter)[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: { type?: string } & Record<string, unknown>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  operationId?: string;
  status: number;
  authorization?: string;
}

export interface GitHubDoubleOptions {
  /** Tokens that can read but not write (like GITHUB_TOKEN on a fork pull request): writes get 403. */
  readOnlyTokens?: string[];
  /** Login of the user the tokens act as. */
  login?: string;
}

type Json = Record<string, unknown>;

const SPEC_FILE = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
let cached: { spec: Json; ops: Operation[]; ajv: Ajv; responseAjv: Ajv } | undefined;

function loadSpec() {
  if (cached) return cached;
  const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Json;
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(
    spec.paths as Record<string, Record<string, OpenApiOperation>>,
  )) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const names: string[] = [];
      const source = template.replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === '{' || c === '}' ? c : `\\${c}`));
      const pattern = source.replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      const literals = template.split('/').filter((s) => s && !s.startsWith('{')).length;
      ops.push({
        template,
        method: method.toUpperCase(),
        regex: new RegExp(`^${pattern}$`),
        names,
        literals,
        op,
      });
    }
  }
  ops.sort((a, b) => b.literals - a.literals);
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats.default(ajv);
  ajv.addSchema(spec, 'gh');
  // GitHub itself returns "" for unset URL fields the description marks `format: uri`.
  const responseAjv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  responseAjv.addSchema(spec, 'gh');
  cached = { spec, ops, ajv, responseAjv };
  return cached;
}

function pointer(...parts: string[]): string {
  return `gh#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

export class GitHubDouble {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  url = '';
  private server: Server | undefined;
  private readonly validators = new Map<string, ValidateFunction>();
  private nextId = 1_000;
  private readonly commentsByIssue = new Map<string, Json[]>();
  private readonly deploymentsByRepo = new Map<string, Json[]>();
  private readonly statusesByDeployment = new Map<number, Json[]>();
  private clock = Date.parse('2026-01-01T00:00:00Z');

  constructor(private readonly options: GitHubDoubleOptions = {}) {}

  async start(): Promise<this> {
    loadSpec();
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push(`double crashed on ${req.method} ${req.url}: ${(error as Error).stack}`);
        send(res, 500, { message: 'test double error' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Seeds comments on an issue or pull request; returns them as the API would. */
  addComments(owner: string, repo: string, issue: number, bodies: string[], login = 'someone'): Json[] {
    return bodies.map((body) => this.storeComment(owner, repo, issue, body, login));
  }

  comments(owner: string, repo: string, issue: number): Json[] {
    return this.commentsByIssue.get(`${owner}/${repo}#${issue}`) ?? [];
  }

  deployments(owner: string, repo: string): Json[] {
    return this.deploymentsByRepo.get(`${owner}/${repo}`) ?? [];
  }

  deploymentStatuses(deploymentId: number): Json[] {
    return this.statusesByDeployment.get(deploymentId) ?? [];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    };
    this.requests.push(record);
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      send(res, status, body, headers);
    };
    const reject = (problem: string) => {
      this.violations.push(`${method} ${url.pathname}: ${problem}`);
      reply(422, {
        message: `Invalid request.\n\n${problem}`,
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      });
    };

    const { ops, ajv } = loadSpec();
    const match = ops.find((o) => o.regex.test(url.pathname) && o.method === method);
    if (!match) {
      const other = ops.find((o) => o.regex.test(url.pathname));
      return reject(
        other
          ? `method ${method} not allowed on ${other.template}`
          : `no operation in the REST description matches ${url.pathname}`,
      );
    }
    record.operationId = match.op.operationId;
    const params: Record<string, string> = {};
    match.regex
      .exec(url.pathname)!
      .slice(1)
      .forEach((v, i) => {
        params[match.names[i]!] = decodeURIComponent(v);
      });

    for (const p of this.parametersOf(match)) {
      if (p.in === 'header') continue;
      const value = p.in === 'path' ? params[p.name] : (url.searchParams.get(p.name) ?? undefined);
      if (value === undefined) {
        if (p.required) return reject(`missing required ${p.in} parameter "${p.name}"`);
        continue;
      }
      const coerced =
        p.schema?.type === 'integer' || p.schema?.type === 'number'
          ? Number(value)
          : p.schema?.type === 'boolean'
            ? value === 'true'
              ? true
              : value === 'false'
                ? false
                : value
            : value;
      const validate = ajv.compile(p.schema ?? {});
      if (!validate(coerced))
        return reject(
          `${p.in} parameter "${p.name}"=${JSON.stringify(value)}: ${ajv.errorsText(validate.errors)}`,
        );
    }
    for (const name of url.searchParams.keys()) {
      if (!this.parametersOf(match).some((p) => p.in === 'query' && p.name === name)) {
        return reject(`unknown query parameter "${name}" for ${match.op.operationId}`);
      }
    }

    const schemaOf = match.op.requestBody?.content?.['application/json']?.schema;
    if (raw.length > 0 || schemaOf) {
      if (!schemaOf) return reject(`${match.op.operationId} takes no request body`);
      if (raw.length === 0) {
        record.body = {};
      } else if (!/application\/json/.test(req.headers['content-type'] ?? '')) {
        return reject(`content-type must be application/json, got ${req.headers['content-type'] ?? 'none'}`);
      } else {
        try {
          record.body = JSON.parse(raw.toString('utf8'));
        } catch {
          return reject('request body is not JSON');
        }
      }
      const validate = this.validator(
        'request',
        `req:${match.template}:${match.method}`,
        pointer(
          'paths',
          match.template,
          match.method.toLowerCase(),
          'requestBody',
          'content',
          'application/json',
          'schema',
        ),
      );
      if (!validate(record.body)) return reject(`body: ${ajv.errorsText(validate.errors)}`);
      const props = (resolveSchema(schemaOf) as { properties?: Record<string, unknown> }).properties;
      if (props && record.body && typeof record.body === 'object' && !Array.isArray(record.body)) {
        const unknown = Object.keys(record.body).filter((k) => !(k in props));
        if (unknown.length)
          return reject(`body: unknown field(s) ${unknown.join(', ')} for ${match.op.operationId}`);
      }
    }

    const auth = req.headers.authorization;
    if (!auth)
      return reply(401, {
        message: 'Requires authentication',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    if (method !== 'GET' && this.options.readOnlyTokens?.includes(token)) {
      return reply(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
        status: '403',
      });
    }

    const result = this.route(match, params, url, record.body as Json | undefined);
    if (result.status < 300 && result.body !== undefined) {
      const validate = this.validator(
        'response',
        `res:${match.template}:${match.method}:${result.status}`,
        pointer(
          'paths',
          match.template,
          match.method.toLowerCase(),
          'responses',
          String(result.status),
          'content',
          'application/json',
          'schema',
        ),
      );
      if (!validate(result.body)) {
        this.violations.push(
          `double's own response to ${match.op.operationId} does not match the spec: ${loadSpec().responseAjv.errorsText(validate.errors)}`,
        );
      }
    }
    reply(result.status, result.body, result.headers);
  }

  private parametersOf(match: Operation): OpenApiParameter[] {
    return (match.op.parameters ?? []).map((p) => resolveSchema(p) as OpenApiParameter);
  }

  private validator(kind: 'request' | 'response', key: string, ref: string): ValidateFunction {
    let v = this.validators.get(key);
    if (!v) {
      const spec = loadSpec();
      v = (kind === 'request' ? spec.ajv : spec.responseAjv).compile({ $ref: ref });
      this.validators.set(key, v);
    }
    return v;
  }

  private route(
    match: Operation,
    p: Record<string, string>,
    url: URL,
    body: Json | undefined,
  ): { status: number; body?: unknown; headers?: Record<string, string> } {
    const owner = p.owner!;
    const repo = p.repo!;
    const notFound = {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
    };
    switch (match.op.operationId) {
      case 'issues/list-comments': {
        const all = this.comments(owner, repo, Number(p.issue_number));
        return this.page(all, url);
      }
      case 'issues/create-comment': {
        const c = this.storeComment(
          owner,
          repo,
          Number(p.issue_number),
          String(body!.body),
          this.options.login ?? 'github-actions[bot]',
        );
        return { status: 201, body: c, headers: { location: String(c.url) } };
      }
      case 'issues/get-comment':
      case 'issues/update-comment':
      case 'issues/delete-comment': {
        const id = Number(p.comment_id);
        for (const [key, list] of this.commentsByIssue) {
          if (!key.startsWith(`${owner}/${repo}#`)) continue;
          const i = list.findIndex((c) => c.id === id);
          if (i < 0) continue;
          if (match.op.operationId === 'issues/delete-comment') {
            list.splice(i, 1);
            return { status: 204 };
          }
          if (match.op.operationId === 'issues/update-comment') {
            list[i] = { ...list[i], body: String(body!.body), updated_at: this.tick() };
          }
          return { status: 200, body: list[i] };
        }
        return notFound;
      }
      case 'repos/create-deployment': {
        const id = this.nextId++;
        const base = `${this.url}/repos/${owner}/${repo}`;
        const environment = String(body!.environment ?? 'production');
        const d: Json = {
          url: `${base}/deployments/${id}`,
          id,
          node_id: `DE_${id}`,
          sha: /^[0-9a-f]{40}$/.test(String(body!.ref)) ? String(body!.ref) : 'a'.repeat(40),
          ref: String(body!.ref),
          task: String(body!.task ?? 'deploy'),
          payload: body!.payload ?? {},
          original_environment: environment,
          environment,
          description: (body!.description as string | null | undefined) ?? '',
          creator: this.user(this.options.login ?? 'github-actions[bot]'),
          created_at: this.tick(),
          updated_at: this.tick(),
          statuses_url: `${base}/deployments/${id}/statuses`,
          repository_url: base,
          transient_environment: Boolean(body!.transient_environment ?? false),
          production_environment: Boolean(body!.production_environment ?? environment === 'production'),
        };
        const list = this.deploymentsByRepo.get(`${owner}/${repo}`) ?? [];
        list.push(d);
        this.deploymentsByRepo.set(`${owner}/${repo}`, list);
        return { status: 201, body: d };
      }
      case 'repos/list-deployments': {
        let list = [...this.deployments(owner, repo)].reverse();
        for (const f of ['sha', 'ref', 'task', 'environment'] as const) {
          const v = url.searchParams.get(f);
          if (v !== null) list = list.filter((d) => d[f] === v);
        }
        return this.page(list, url);
      }
      case 'repos/get-deployment': {
        const d = this.deployments(owner, repo).find((x) => x.id === Number(p.deployment_id));
        return d ? { status: 200, body: d } : notFound;
      }
      case 'repos/create-deployment-status': {
        const d = this.deployments(owner, repo).find((x) => x.id === Number(p.deployment_id));
        if (!d) return notFound;
        const id = this.nextId++;
        const logUrl = String(body!.log_url ?? body!.target_url ?? '');
        const s: Json = {
          url: `${d.url}/statuses/${id}`,
          id,
          node_id: `DES_${id}`,
          state: body!.state,
          creator: this.user(this.options.login ?? 'github-actions[bot]'),
          description: String(body!.description ?? ''),
          environment: String(body!.environment ?? d.environment),
          target_url: logUrl,
          created_at: this.tick(),
          updated_at: this.tick(),
          deployment_url: d.url,
          repository_url: d.repository_url,
          environment_url: String(body!.environment_url ?? ''),
          log_url: logUrl,
        };
        const list = this.statusesByDeployment.get(Number(d.id)) ?? [];
        list.push(s);
        this.statusesByDeployment.set(Number(d.id), list);
        return { status: 201, body: s };
      }
      case 'repos/list-deployment-statuses': {
        const d = this.deployments(owner, repo).find((x) => x.id === Number(p.deployment_id));
        if (!d) return notFound;
        return this.page([...this.deploymentStatuses(Number(d.id))].reverse(), url);
      }
      default:
        this.violations.push(
          `${match.method} ${match.template} (${match.op.operationId}) is valid but not implemented by the double`,
        );
        return {
          status: 501,
          body: { message: `not implemented by the test double: ${match.op.operationId}` },
        };
    }
  }

  /** One page of a list with GitHub's Link header (per_page default 30, max 100). */
  private page(all: Json[], url: URL): { status: number; body: Json[]; headers: Record<string, string> } {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (n: number, rel: string) => {
      const u = new URL(url.pathname + url.search, this.url);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(n));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  private storeComment(owner: string, repo: string, issue: number, body: string, login: string): Json {
    const id = this.nextId++;
    const key = `${owner}/${repo}#${issue}`;
    const created = this.tick();
    const comment: Json = {
      id,
      node_id: `IC_kwDO${id}`,
      url: `${this.url}/repos/${owner}/${repo}/issues/comments/${id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${issue}#issuecomment-${id}`,
      body,
      user: this.user(login),
      created_at: created,
      updated_at: created,
      issue_url: `${this.url}/repos/${owner}/${repo}/issues/${issue}`,
      author_association: 'NONE',
      performed_via_github_app: null,
    };
    const list = this.commentsByIssue.get(key) ?? [];
    list.push(comment);
    this.commentsByIssue.set(key, list);
    return comment;
  }

  private user(login: string): Json {
    const id = [...login].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 1_000_000, 7);
    const api = `${this.url}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: `U_${id}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: `https://github.com/${encodeURIComponent(login)}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: login.endsWith('[bot]') ? 'Bot' : 'User',
      site_admin: false,
    };
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

function resolveSchema(node: unknown): unknown {
  let n = node as { $ref?: string };
  const { spec } = loadSpec();
  while (n && typeof n === 'object' && typeof n.$ref === 'string') {
    const parts = n.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    n = parts.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], spec) as { $ref?: string };
  }
  return n;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    ...headers,
  });
  res.end(text);
}

export async function startGitHubDouble(options: GitHubDoubleOptions = {}): Promise<GitHubDouble> {
  return new GitHubDouble(options).start();
}
