import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import build from '../../src/commands/build.js';
import type { Digest } from '../../src/oci/digest.js';
import { OciLayout } from '../../src/oci/layout.js';
import { parseReference, type RegistryRef } from '../../src/oci/reference.js';
import { RegistryClient } from '../../src/oci/registry.js';
import {
  checkGateRecords,
  type GateRecord,
  LayoutRecordStore,
  RegistryRecordStore,
} from '../../src/pipeline/gate-records.js';
import { testContext } from '../support/context.js';
import { type RunningRegistry, registryBinary, startRegistry, tempDir } from '../support/registry.js';

const record = (subject: Digest, kind: GateRecord['kind'], passed: boolean, at: string): GateRecord => ({
  kind,
  subject,
  passed,
  reason: passed ? `${kind} passed` : `${kind}: accuracy dropped 3.1% (p=0.002)`,
  createdAt: at,
});

function writeProject(dir: string, image = ''): void {
  writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(4096, 7));
  writeFileSync(
    join(dir, 'model-deploy.yml'),
    `model:\n  name: gated\n  version: 1.0.0\n  artifacts: [weights.bin]\nimage:\n  compress-below: 1Ki\n${image}`,
  );
}

describe('checkGateRecords (pure)', () => {
  const d = `sha256:${'a'.repeat(64)}` as Digest;
  const other = `sha256:${'b'.repeat(64)}` as Digest;
  test.each([
    ['both passing', [record(d, 'scan', true, '1'), record(d, 'evaluation', true, '1')], []],
    ['no records at all', [], ['no scan record', 'no evaluation record']],
    [
      'a failing evaluation',
      [record(d, 'scan', true, '1'), record(d, 'evaluation', false, '1')],
      ['evaluation record of'],
    ],
    [
      'records of another digest do not count',
      [record(other, 'scan', true, '1'), record(other, 'evaluation', true, '1')],
      ['no scan', 'no evaluation'],
    ],
    [
      'the newest record of a kind wins',
      [
        record(d, 'scan', false, '2026-01-01'),
        record(d, 'scan', true, '2026-02-01'),
        record(d, 'evaluation', true, '1'),
      ],
      [],
    ],
    [
      'a newer failure overrides an older pass',
      [
        record(d, 'scan', true, '2026-01-01'),
        record(d, 'scan', false, '2026-02-01'),
        record(d, 'evaluation', true, '1'),
      ],
      ['scan record of'],
    ],
  ] as [string, GateRecord[], string[]][])('%s', (_name, records, problems) => {
    const check = checkGateRecords(d, records, ['scan', 'evaluation']);
    expect(check.ok).toBe(problems.length === 0);
    expect(check.problems).toHaveLength(problems.length);
    for (const [i, p] of problems.entries()) expect(check.problems[i]).toContain(p);
  });
});

describe('gate records in a local OCI layout', () => {
  test('attached to the image digest, listed back, and a tampered record does not count', async () => {
    const dir = tempDir('md-gates-');
    try {
      writeProject(dir);
      const built = await build.run(testContext(dir), { config: 'model-deploy.yml' }, []);
      const digest = built.outputs!.digest as Digest;
      const layout = new OciLayout(join(dir, '.model-deploy', 'oci'));
      const store = new LayoutRecordStore(layout);
      await store.attach(record(digest, 'scan', true, '2026-11-28T00:00:00Z'));
      await store.attach(record(digest, 'evaluation', true, '2026-11-28T00:00:01Z'));
      const records = await store.list(digest);
      expect(records.map((r) => r.kind).sort()).toEqual(['evaluation', 'scan']);
      expect(checkGateRecords(digest, records, ['scan', 'evaluation']).ok).toBe(true);

      // Flip the evaluation verdict in place: its digest no longer matches, so it is ignored.
      const index = JSON.parse(readFileSync(join(layout.dir, 'index.json'), 'utf8')) as {
        manifests: { digest: string; annotations?: Record<string, string> }[];
      };
      const referrers = index.manifests.find((m) =>
        m.annotations?.['org.opencontainers.image.ref.name']?.startsWith('sha256-'),
      )!;
      const list = JSON.parse(readFileSync(layout.blobPath(referrers.digest as Digest), 'utf8')) as {
        manifests: { digest: Digest; artifactType: string }[];
      };
      const evalManifest = list.manifests.find((m) => m.artifactType.includes('evaluation'))!;
      const manifest = JSON.parse(readFileSync(layout.blobPath(evalManifest.digest), 'utf8')) as {
        layers: { digest: Digest }[];
      };
      const blob = layout.blobPath(manifest.layers[0]!.digest);
      writeFileSync(blob, readFileSync(blob, 'utf8').replace('"passed":true', '"passed":false'));
      const after = checkGateRecords(digest, await store.list(digest), ['scan', 'evaluation']);
      expect(after.ok).toBe(false);
      expect(after.problems[0]).toContain('no evaluation record');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!registryBinary.available)(
  'gate records in a registry without a referrers API (docker-registry)',
  () => {
    let registry: RunningRegistry;
    let dir: string;
    beforeAll(async () => {
      registry = await startRegistry();
      dir = tempDir('md-gates-reg-');
    });
    afterAll(async () => {
      await registry?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('records are referrers of the image (sha256-<digest> tag fallback) and read back', async () => {
      writeProject(dir, `  repository: ${registry.host}/models/gated\n`);
      const built = await build.run(testContext(dir), { config: 'model-deploy.yml' }, []);
      const digest = built.outputs!.digest as Digest;
      const ref = parseReference(`${registry.host}/models/gated`) as RegistryRef;
      const client = new RegistryClient(ref.registry, ref.scheme);
      const store = new RegistryRecordStore(client, ref.repository);
      await store.attach(record(digest, 'scan', true, '2026-11-28T00:00:00Z'));
      await store.attach(record(digest, 'evaluation', false, '2026-11-28T00:00:01Z'));
      const tags = await client.listTags(ref.repository);
      expect(tags).toContain(`sha256-${digest.slice(7)}`);
      const check = checkGateRecords(digest, await store.list(digest), ['scan', 'evaluation']);
      expect(check.ok).toBe(false);
      expect(check.problems).toEqual([expect.stringContaining('the evaluation record of')]);
    });
  },
);
