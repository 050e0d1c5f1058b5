import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExitCode, exitCodeOf } from '../../src/errors.js';
import { parseChallenge } from '../../src/oci/auth.js';
import { findCredentials } from '../../src/oci/credentials.js';
import { sha256 } from '../../src/oci/digest.js';
import { resolveModelFiles } from '../../src/oci/files.js';
import { packModel } from '../../src/oci/pack.js';
import { pushImage } from '../../src/oci/push.js';
import { parseReference, type RegistryRef } from '../../src/oci/reference.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { RegistryTarget } from '../../src/oci/target.js';
import {
  type RunningRegistry,
  registryBinary,
  startRegistry,
  startTokenServer,
  TEST_PASSWORD,
  TEST_USER,
  type TokenServer,
  tempDir,
} from '../support/registry.js';
import { quietLog, skopeo, skopeoRaw, writeModel } from './helpers.js';

describe('WWW-Authenticate challenges', () => {
  it.each([
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/model:pull"',
      {
        scheme: 'bearer',
        params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:org/model:pull' },
      },
    ],
    ['Basic realm="test-registry"', { scheme: 'basic', params: { realm: 'test-registry' } }],
    [
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull,push",error="insufficient_scope"',
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/ubuntu:pull,push',
          error: 'insufficient_scope',
        },
      },
    ],
  ])('parses %s', (header, expected) => {
    expect(parseChallenge(header)).toEqual(expected);
  });
});

describe('credentials', () => {
  const home = tempDir('md-home-');
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  const write = (auths: unknown) => {
    mkdirSync(join(home, '.docker'), { recursive: true });
    writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ auths }));
  };

  it('prefers the action inputs and masks the password', () => {
    const masked: string[] = [];
    const c = findCredentials('ghcr.io', {
      explicit: { username: 'bot', password: 'tok' },
      env: { HOME: home },
      log: { secret: (s) => masked.push(s) },
    });
    expect(c).toMatchObject({
      username: 'bot',
      password: 'tok',
      source: 'registry-username/registry-password',
    });
    expect(masked).toEqual(['tok']);
  });

  it.each([
    [
      'ghcr.io',
      { 'ghcr.io': { auth: Buffer.from('u:p:with:colons').toString('base64') } },
      { username: 'u', password: 'p:with:colons' },
    ],
    [
      '127.0.0.1:5000',
      { 'http://127.0.0.1:5000/v2/': { auth: Buffer.from('a:b').toString('base64') } },
      { username: 'a', password: 'b' },
    ],
    [
      'registry-1.docker.io',
      { 'https://index.docker.io/v1/': { auth: Buffer.from('d:h').toString('base64') } },
      { username: 'd', password: 'h' },
    ],
    ['quay.io', { 'ghcr.io': { auth: Buffer.from('x:y').toString('base64') } }, undefined],
  ])('reads ~/.docker/config.json for %s', (registry, auths, expected) => {
    write(auths);
    const masked: string[] = [];
    const c = findCredentials(registry, { env: { HOME: home }, log: { secret: (s) => masked.push(s) } });
    if (expected) {
      expect(c).toMatchObject(expected);
      expect(masked).toContain(expected.password);
    } else expect(c).toBeUndefined();
  });

  it('names a broken docker config', () => {
    mkdirSync(join(home, '.docker'), { recursive: true });
    writeFileSync(join(home, '.docker', 'config.json'), '{not json');
    expect(() => findCredentials('ghcr.io', { env: { HOME: home } })).toThrow(
      /config\.json is not valid JSON/,
    );
  });
});

describe.skipIf(!registryBinary.available || !skopeo.available)('htpasswd registry (basic auth)', () => {
  let registry: RunningRegistry;
  let work: string;
  beforeAll(async () => {
    registry = await startRegistry({ auth: true });
    work = tempDir('md-auth-');
    writeModel(join(work, 'model'));
  });
  afterAll(async () => {
    await registry?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const push = async (credentials?: { username: string; password: string }) => {
    const ref = parseReference(`${registry.host}/private/model`) as RegistryRef;
    const client = RegistryClient.for(ref, {
      log: quietLog,
      ...(credentials ? { credentials: { ...credentials, source: 'test' } } : {}),
    });
    try {
      const image = await packModel({
        files: resolveModelFiles(['.'], join(work, 'model')),
        artifact: 'image',
        modelDir: '/models',
        compressBelow: 1_000_000,
        epoch: 0,
        labels: {},
        model: { name: 'm' },
        concurrency: 2,
      });
      return await pushImage(new RegistryTarget(ref, client), image, {
        tags: ['v1'],
        concurrency: 2,
        info: () => {},
      });
    } finally {
      client.close();
    }
  };

  it('without credentials: says the registry needs them and where to set them (exit 2)', async () => {
    const error = await push().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /registry 127\.0\.0\.1:\d+ requires authentication for repository:private\/model:pull.*registry-username/,
    );
    expect(exitCodeOf(error)).toBe(ExitCode.Usage);
  });

  it('with a wrong password: names the user that was rejected (exit 2)', async () => {
    const error = await push({ username: TEST_USER, password: 'wrong' }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/rejected user "tester" \(from test\)/);
    expect((error as Error).message).not.toContain('wrong');
    expect(exitCodeOf(error)).toBe(ExitCode.Usage);
  });

  it('with the right password: pushes, and skopeo with the same credentials reads it', async () => {
    const result = await push({ username: TEST_USER, password: TEST_PASSWORD });
    const raw = skopeoRaw(`${registry.host}/private/model:v1`, ['--creds', `${TEST_USER}:${TEST_PASSWORD}`]);
    expect(raw.mediaType).toBe('application/vnd.oci.image.manifest.v1+json');
    expect(result.digest).toMatch(/^sha256:/);
  });
});

describe.skipIf(!registryBinary.available || !skopeo.available)(
  'token registry (bearer, as GHCR and Docker Hub)',
  () => {
    let registry: RunningRegistry;
    let tokens: TokenServer;
    let work: string;
    beforeAll(async () => {
      tokens = await startTokenServer();
      registry = await startRegistry({ token: tokens });
      work = tempDir('md-token-');
      writeModel(join(work, 'model'));
    });
    afterAll(async () => {
      await registry?.close();
      await tokens?.close();
      rmSync(work, { recursive: true, force: true });
    });

    const client = (credentials?: { username: string; password: string }) =>
      RegistryClient.for(parseReference(`${registry.host}/org/model`) as RegistryRef, {
        log: quietLog,
        ...(credentials ? { credentials: { ...credentials, source: 'test' } } : {}),
      });

    it('fetches a token for the repository scopes and pushes with it', async () => {
      const c = client({ username: TEST_USER, password: TEST_PASSWORD });
      const image = await packModel({
        files: resolveModelFiles(['.'], join(work, 'model')),
        artifact: 'modelpack',
        modelDir: '/models',
        compressBelow: 1_000_000,
        epoch: 0,
        labels: {},
        model: { name: 'm' },
        concurrency: 2,
      });
      const ref = parseReference(`${registry.host}/org/model`) as RegistryRef;
      const result = await pushImage(new RegistryTarget(ref, c), image, {
        tags: ['v1'],
        concurrency: 2,
        info: () => {},
      });
      c.close();
      expect(result.digest).toBe(image.digest);
      expect(tokens.requests.map((r) => r.scopes.join(' '))).toContain('repository:org/model:pull,push');
      expect(tokens.requests.every((r) => r.user === TEST_USER)).toBe(true);
    });

    it('anonymous pull works; anonymous push says which scope was refused and what to set', async () => {
      const c = client();
      expect(await c.listTags('org/model')).toEqual(['v1']);
      const error = await c
        .uploadBlob(
          'org/model',
          { digest: sha256('x'), size: 1 },
          { size: 1, open: () => Readable.from([Buffer.from('x')]) },
        )
        .catch((e: unknown) => e);
      c.close();
      expect((error as Error).message).toMatch(/requires authentication for repository:org\/model:pull,push/);
      expect(exitCodeOf(error)).toBe(ExitCode.Usage);
    });

    it('a wrong password is rejected at the token service, naming the user', async () => {
      const c = client({ username: TEST_USER, password: 'nope' });
      const error = await c.listTags('org/model').catch((e: unknown) => e);
      c.close();
      expect((error as Error).message).toMatch(
        /rejected user "tester" \(from test\) for repository:org\/model:pull/,
      );
    });
  },
);
