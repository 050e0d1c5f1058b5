import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ToolError } from '../../src/errors.js';
import { resolveModelFiles } from '../../src/oci/files.js';
import { packModel } from '../../src/oci/pack.js';
import { pushImage } from '../../src/oci/push.js';
import { parseReference, type RegistryRef } from '../../src/oci/reference.js';
import { RegistryClient } from '../../src/oci/registry.js';
import { RegistryTarget } from '../../src/oci/target.js';
import {
  type Fault,
  type FaultProxy,
  type RunningRegistry,
  registryBinary,
  startFaultProxy,
  startRegistry,
  tempDir,
} from '../support/registry.js';
import { quietLog, skopeo, skopeoCopyToOci, umoci, umociUnpack, writeModel } from './helpers.js';

const ready = registryBinary.available && skopeo.available && umoci.available;

describe.skipIf(!ready)('push through a fault-injecting proxy', () => {
  let registry: RunningRegistry;
  let work: string;
  let model: ReturnType<typeof writeModel>;
  const proxies: FaultProxy[] = [];

  beforeAll(async () => {
    registry = await startRegistry();
    work = tempDir('md-faults-');
    model = writeModel(join(work, 'model'));
  });
  afterAll(async () => {
    for (const p of proxies) await p.close();
    await registry?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const pushThrough = async (
    repo: string,
    decide: (r: { method: string; path: string; nth: number }) => Fault,
    attempts = 5,
  ) => {
    const proxy = await startFaultProxy(registry.host, decide);
    proxies.push(proxy);
    const ref = parseReference(`${proxy.host}/${repo}`) as RegistryRef;
    const lines: string[] = [];
    const log = { info: (l: string) => lines.push(l), debug: () => {} };
    const client = RegistryClient.for(ref, { chunkSize: 1 << 20, attempts, backoffMs: 10, log });
    const image = await packModel({
      files: resolveModelFiles(['.'], model.dir),
      artifact: 'image',
      modelDir: '/models',
      compressBelow: 1_000_000,
      epoch: 0,
      labels: {},
      model: { name: 'tiny' },
      concurrency: 2,
    });
    try {
      const result = await pushImage(new RegistryTarget(ref, client), image, {
        tags: ['v1'],
        concurrency: 2,
        info: () => {},
      });
      return { result, proxy, image, lines };
    } finally {
      client.close();
    }
  };

  const expectModelIn = (repo: string, name: string) => {
    const layout = join(work, `${name}-oci`);
    skopeoCopyToOci(`${registry.host}/${repo}:v1`, `${layout}:v1`);
    umociUnpack(`${layout}:v1`, join(work, `${name}-bundle`));
    for (const [file, data] of Object.entries(model.files)) {
      expect(readFileSync(join(work, `${name}-bundle`, 'rootfs', 'models', file)).equals(data), file).toBe(
        true,
      );
    }
  };

  const tags = async (repo: string) => {
    const direct = RegistryClient.for(parseReference(`${registry.host}/${repo}`) as RegistryRef, {
      log: quietLog,
    });
    try {
      return await direct.listTags(repo);
    } finally {
      direct.close();
    }
  };

  it('retries 503s on POST, PATCH and PUT, resuming chunked uploads at the range the registry reports', async () => {
    const { proxy, lines } = await pushThrough('faults/unavailable', ({ method, nth }) =>
      (method === 'POST' && nth === 0) ||
      (method === 'PATCH' && (nth === 0 || nth === 2)) ||
      (method === 'PUT' && nth === 1)
        ? { kind: 'status', status: 503 }
        : { kind: 'pass' },
    );
    expect(proxy.log.filter((l) => l.startsWith('PATCH')).length).toBe(3 + 2);
    // The 3 MB weights layer goes in 1 MiB chunks: after the failed second chunk it resumes at 1 MiB, not 0.
    expect(lines.some((l) => /resuming sha256:\w+ at byte 1048576 of 3/.test(l))).toBe(true);
    expectModelIn('faults/unavailable', 'unavailable');
  });

  it('restarts the blob when a reset mid-chunk invalidates the upload session (docker-registry 2.8)', async () => {
    const { proxy, lines } = await pushThrough('faults/reset', ({ method, nth }) =>
      method === 'PATCH' && (nth === 0 || nth === 2)
        ? { kind: 'reset', afterBytes: 300_000 }
        : { kind: 'pass' },
    );
    // After each reset the client asks the upload session where to continue (GET on the upload URL).
    expect(proxy.log.filter((l) => l.startsWith('GET /v2/faults/reset/blobs/uploads/')).length).toBe(2);
    expect(lines.filter((l) => l.includes('restarting the blob'))).toHaveLength(2);
    expectModelIn('faults/reset', 'reset');
  });

  it('restarts a whole-blob PUT that was cut mid-body', async () => {
    await pushThrough('faults/put-reset', ({ method, path, nth }) =>
      method === 'PUT' && path.includes('/blobs/uploads/') && nth === 0
        ? { kind: 'reset', afterBytes: 50 }
        : { kind: 'pass' },
    );
    expectModelIn('faults/put-reset', 'put-reset');
  });

  it('fails cleanly when the registry keeps failing, and no manifest is written', async () => {
    const error = await pushThrough(
      'faults/down',
      ({ method }) => (method === 'PATCH' ? { kind: 'status', status: 500 } : { kind: 'pass' }),
      2,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    expect((error as Error).message).toMatch(/PATCH .* answered 500/);
    expect(await tags('faults/down')).toEqual([]);
  });

  it('fails cleanly when connections keep being reset mid-upload, and no manifest is written', async () => {
    const error = await pushThrough(
      'faults/resets',
      ({ method }) => (method === 'PATCH' ? { kind: 'reset', afterBytes: 1000 } : { kind: 'pass' }),
      2,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    expect(await tags('faults/resets')).toEqual([]);
  });
});
