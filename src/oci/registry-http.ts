import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { ExitCode, ToolError } from '../errors.js';
import { basicHeader, type Credentials, parseChallenge } from './auth.js';

export interface RegistryLog {
  debug(message: string): void;
  info(message: string): void;
}

export interface TransportOptions {
  credentials?: Credentials;
  /** Attempts per request on 5xx, 429 and connection resets (1 = no retry). */
  attempts?: number;
  /** First backoff; doubles each attempt, with jitter. */
  backoffMs?: number;
  maxSockets?: number;
  log?: RegistryLog;
  signal?: AbortSignal;
  /** Idle socket timeout. */
  timeoutMs?: number;
}

export interface RequestSpec {
  method: string;
  /** Absolute URL or a path under the registry's base URL. */
  url: string;
  headers?: Record<string, string | number>;
  /** A buffer, a stream factory (a retry reads the bytes again), or a pump writing into the request. */
  body?: Body;
  scopes: string[];
  /** Statuses returned to the caller; anything else is an error (after retries when transient). */
  expect: number[];
  /** false: the caller handles transient failures itself (a resumable PATCH). */
  retry?: boolean;
}

/** A body written chunk by chunk; `write` resolves once the chunk has left our buffers. */
export interface PumpBody {
  pump(write: (chunk: Buffer) => Promise<void>): Promise<void>;
}

export type Body = Buffer | (() => Readable) | PumpBody;

export interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
  url: URL;
}

/** A registry answered with an error the user must act on (or a transient one that did not go away). */
export class RegistryError extends ToolError {
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly code: string | undefined,
    options?: { cause?: unknown; exitCode?: ExitCode },
  ) {
    super(message, options);
    this.name = 'RegistryError';
  }
}

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'EAI_AGAIN',
]);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

export function isTransient(error: unknown): boolean {
  if (error instanceof RegistryError) {
    if (error.status !== undefined) return error.status >= 500 || error.status === 429;
    return error.cause !== undefined && isTransient(error.cause);
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && (TRANSIENT_CODES.has(code) || UNREACHABLE_CODES.has(code))) return true;
  return error instanceof Error && /socket hang up|aborted|timed out/i.test(error.message);
}

/** HTTP to one registry: auth challenges (anonymous, basic, bearer token), retries with backoff. */
export class RegistryTransport {
  readonly base: URL;
  readonly #agent: http.Agent;
  readonly #opts: Required<Pick<TransportOptions, 'attempts' | 'backoffMs' | 'timeoutMs'>> & TransportOptions;
  #challenge: { scheme: string; params: Record<string, string> } | undefined;
  readonly #tokens = new Map<string, string>();

  constructor(
    readonly registry: string,
    scheme: 'http' | 'https',
    options: TransportOptions = {},
  ) {
    this.base = new URL(`${scheme}://${registry}/`);
    const Agent = scheme === 'https' ? https.Agent : http.Agent;
    this.#agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 8 });
    this.#opts = { attempts: 5, backoffMs: 300, timeoutMs: 120_000, ...options };
  }

  get who(): string {
    const c = this.#opts.credentials;
    return c ? `user "${c.username}" (from ${c.source})` : 'anonymous access';
  }

  close(): void {
    this.#agent.destroy();
  }

  async request(spec: RequestSpec): Promise<Response> {
    const attempts = spec.retry === false ? 1 : this.#opts.attempts;
    let reauthenticated = false;
    for (let attempt = 1; ; attempt++) {
      let res: Response;
      const sentAuth = this.#authorizationFor(spec);
      try {
        res = await this.#send(spec, sentAuth);
      } catch (error) {
        if (attempt < attempts && isTransient(error)) {
          await this.#backoff(attempt, spec, (error as Error).message);
          continue;
        }
        throw this.#networkError(error, spec);
      }
      if (spec.expect.includes(res.status)) return res;
      if (res.status === 401 && !reauthenticated) {
        const header = Array.isArray(res.headers['www-authenticate'])
          ? res.headers['www-authenticate'][0]
          : res.headers['www-authenticate'];
        await drain(res.body);
        reauthenticated = true;
        await this.#authenticate(header, spec.scopes, sentAuth);
        attempt--;
        continue;
      }
      const error = await this.errorFor(res, spec);
      if (attempt < attempts && isTransient(error)) {
        await this.#backoff(attempt, spec, error.message);
        continue;
      }
      throw error;
    }
  }

  async #backoff(attempt: number, spec: RequestSpec, why: string): Promise<void> {
    const ms = this.#opts.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
    this.#opts.log?.info(
      `  retry ${attempt}/${this.#opts.attempts - 1} of ${spec.method} in ${Math.round(ms)}ms: ${why}`,
    );
    await sleep(ms, undefined, { signal: this.#opts.signal });
  }

  #authorization(scopes: string[]): string | undefined {
    if (!this.#challenge) return undefined;
    if (this.#challenge.scheme === 'basic') {
      return this.#opts.credentials ? basicHeader(this.#opts.credentials) : undefined;
    }
    const token = this.#tokens.get(scopes.join(' '));
    return token ? `Bearer ${token}` : undefined;
  }

  async #authenticate(
    header: string | undefined,
    scopes: string[],
    sentAuth: string | undefined,
  ): Promise<void> {
    const challenge = parseChallenge(header);
    const scopeText = scopes.join(' ') || 'registry access';
    if (!challenge) {
      throw new RegistryError(
        `registry ${this.registry} answered 401 without a WWW-Authenticate challenge for ${scopeText}`,
        401,
        'UNAUTHORIZED',
        { exitCode: ExitCode.Usage },
      );
    }
    this.#challenge = challenge;
    if (challenge.scheme === 'basic') {
      if (!this.#opts.credentials) throw this.#needCredentials(scopeText);
      if (sentAuth) throw this.#rejected(scopeText);
      return;
    }
    // A parallel request already fetched a newer token for these scopes: just retry with it.
    const current = this.#authorization(scopes);
    if (current && current !== sentAuth) return;
    if (challenge.scheme !== 'bearer' || !challenge.params.realm) {
      throw new RegistryError(
        `registry ${this.registry} asks for unsupported authentication "${challenge.scheme}"`,
        401,
        'UNAUTHORIZED',
        { exitCode: ExitCode.Usage },
      );
    }
    const url = new URL(challenge.params.realm);
    if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
    for (const scope of scopes.length > 0 ? scopes : challenge.params.scope ? [challenge.params.scope] : []) {
      url.searchParams.append('scope', scope);
    }
    const headers: Record<string, string> = {};
    if (this.#opts.credentials) headers.authorization = basicHeader(this.#opts.credentials);
    const res = await this.#raw('GET', url, headers);
    const text = await readText(res.body);
    if (res.status === 401 || res.status === 403) throw this.#rejected(scopeText);
    if (res.status !== 200) {
      throw new RegistryError(
        `token service ${url.origin}${url.pathname} answered ${res.status} for ${scopeText}: ${text.slice(0, 200)}`,
        res.status,
        undefined,
      );
    }
    const body = JSON.parse(text) as { token?: string; access_token?: string };
    const token = body.token ?? body.access_token;
    if (!token)
      throw new RegistryError(`token service ${url.origin} returned no token`, res.status, undefined);
    this.#tokens.set(scopes.join(' '), token);
  }

  #needCredentials(scope: string): RegistryError {
    return new RegistryError(
      `registry ${this.registry} requires authentication for ${scope}: set the registry-username and registry-password inputs (CLI: REGISTRY_USERNAME/REGISTRY_PASSWORD) or run docker login ${this.registry}`,
      401,
      'UNAUTHORIZED',
      { exitCode: ExitCode.Usage },
    );
  }

  #rejected(scope: string): RegistryError {
    return new RegistryError(
      `registry ${this.registry} rejected ${this.who} for ${scope}: check the username and password/token`,
      401,
      'UNAUTHORIZED',
      { exitCode: ExitCode.Usage },
    );
  }

  /** Turns an unexpected response into an error naming what was asked and what to do. */
  async errorFor(res: Response, spec: Pick<RequestSpec, 'method' | 'scopes'>): Promise<RegistryError> {
    const text = await readText(res.body);
    let code: string | undefined;
    let detail = text.slice(0, 300).trim();
    try {
      const errors = (
        JSON.parse(text) as { errors?: { code?: string; message?: string; detail?: unknown }[] }
      ).errors;
      if (errors?.[0]) {
        code = errors[0].code;
        detail = errors
          .map((e) => `${e.code}: ${e.message}${e.detail ? ` ${JSON.stringify(e.detail)}` : ''}`)
          .join('; ');
      }
    } catch {
      // not a distribution error body
    }
    const what = `${spec.method} ${res.url.pathname}`;
    if (res.status === 403) {
      return new RegistryError(
        `registry ${this.registry} denied ${spec.scopes.join(' ') || what} to ${this.who}: the credential lacks that permission (${detail || 'forbidden'})`,
        403,
        code ?? 'DENIED',
        { exitCode: ExitCode.Usage },
      );
    }
    if (res.status === 401) {
      const scope = spec.scopes.join(' ') || what;
      return this.#opts.credentials ? this.#rejected(scope) : this.#needCredentials(scope);
    }
    if (code === 'DIGEST_INVALID') {
      return new RegistryError(
        `blob digest mismatch: registry ${this.registry} computed a different digest for ${what} (${detail}); the file changed during the push or was corrupted in transit`,
        res.status,
        code,
      );
    }
    return new RegistryError(
      `registry ${this.registry}: ${what} answered ${res.status}${detail ? ` (${detail})` : ''}`,
      res.status,
      code,
    );
  }

  #networkError(error: unknown, spec: RequestSpec): unknown {
    if (error instanceof ToolError) return error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code && UNREACHABLE_CODES.has(code)) {
      return new RegistryError(
        `registry ${this.base.origin} is unreachable (${code}): check image.repository and that the registry is up`,
        undefined,
        code,
        { cause: error },
      );
    }
    return new RegistryError(
      `registry ${this.registry}: ${spec.method} ${new URL(spec.url, this.base).pathname} failed after ${spec.retry === false ? 1 : this.#opts.attempts} attempt(s): ${(error as Error).message}`,
      undefined,
      code,
      { cause: error },
    );
  }

  #authorizationFor(spec: RequestSpec): string | undefined {
    const url = new URL(spec.url, this.base);
    return url.host === this.base.host ? this.#authorization(spec.scopes) : undefined;
  }

  async #send(spec: RequestSpec, auth: string | undefined): Promise<Response> {
    const url = new URL(spec.url, this.base);
    const headers: Record<string, string | number> = { ...spec.headers };
    if (auth) headers.authorization = auth;
    return this.#raw(spec.method, url, headers, spec.body);
  }

  #raw(method: string, url: URL, headers: Record<string, string | number>, body?: Body): Promise<Response> {
    const mod = url.protocol === 'https:' ? https : http;
    const agent = url.host === this.base.host ? this.#agent : undefined;
    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const req = mod.request(url, {
        method,
        headers: { 'user-agent': 'model-deploy', ...headers },
        agent,
        signal: this.#opts.signal,
        timeout: this.#opts.timeoutMs,
      });
      req.on('timeout', () =>
        req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })),
      );
      req.on('response', (res) => {
        settled = true;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res, url });
      });
      req.on('error', (error) => {
        if (!settled) {
          settled = true;
          reject(error);
        }
      });
      if (body === undefined) req.end();
      else if (Buffer.isBuffer(body)) req.end(body);
      else if (typeof body === 'object') {
        const write = (chunk: Buffer) =>
          new Promise<void>((res, rej) => {
            if (req.destroyed) rej(new Error('request closed'));
            else req.write(chunk, (error) => (error ? rej(error) : res()));
          });
        body.pump(write).then(
          () => req.end(),
          (error: unknown) => {
            if (!settled) req.destroy(error as Error);
          },
        );
      } else {
        pipeline(body(), req, (error) => {
          if (error && !settled) req.destroy(error);
        });
      }
    });
  }
}

export async function readText(body: IncomingMessage, limit = 1 << 20): Promise<string> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of body) {
    if (n < limit) chunks.push(chunk as Buffer);
    n += (chunk as Buffer).length;
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readBytes(body: IncomingMessage, limit: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of body) {
    n += (chunk as Buffer).length;
    if (n > limit) {
      body.destroy();
      throw new RegistryError(`${what} is larger than ${limit} bytes`, undefined, 'TOO_LARGE');
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export async function drain(body: IncomingMessage): Promise<void> {
  body.resume();
  if (body.readableEnded) return;
  await new Promise<void>((resolve) => {
    body.on('end', resolve);
    body.on('error', () => resolve());
    body.on('close', resolve);
  });
}
