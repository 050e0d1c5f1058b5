import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { scanImage } from '../../src/scan/image.js';
import { modelPolicy } from '../../src/scan/policy.js';
import { scanTarStream } from '../../src/scan/tar.js';
import { component, python, runPython } from '../support/components.js';

const py = python();
const umoci = component('umoci', 'umoci');
const skopeo = component('skopeo', 'skopeo');
const corpus = fileURLToPath(new URL('../fixtures/scan/corpus.py', import.meta.url));

async function tarOf(files: Record<string, Buffer>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, data] of Object.entries(files)) pack.entry({ name }, data);
  pack.finalize();
  const parts: Buffer[] = [];
  for await (const c of pack) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

describe.skipIf(!py.available)('image layers (tar streams)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scan-layers-'));
    runPython(
      `import runpy, sys; sys.argv = ['x', ${JSON.stringify(join(dir, 'corpus'))}]; runpy.run_path(${JSON.stringify(corpus)})`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const read = (kind: string, name: string) => execFileSync('cat', [join(dir, 'corpus', kind, name)]);

  it('scans every file of a gzip layer by content, in small chunks, without unpacking', async () => {
    const layer = gzipSync(
      await tarOf({
        'models/model.pt': read('benign', 'model.pt'),
        'models/legacy.bin': read('benign', 'legacy.bin'),
        'models/evil.txt': read('malicious', 'second_pickle.pkl'),
        'models/nested/inner.pt': read('malicious', 'renamed_member.pt'),
        'models/.wh.old.pkl': read('malicious', 'global_p0.pkl'),
        'etc/config.json': Buffer.from('{"a": 1}'),
      }),
    );
    const chunks: Buffer[] = [];
    for (let i = 0; i < layer.length; i += 4096) chunks.push(layer.subarray(i, i + 4096));
    const out = await scanTarStream(Readable.from(chunks), modelPolicy(), { name: 'layer sha256:abc' });
    expect(out.findings.map((f) => [f.file, f.global])).toEqual([
      ['layer sha256:abc!models/evil.txt', 'posix.system'],
      ['layer sha256:abc!models/nested/inner.pt!archive/data/7', 'posix.system'],
    ]);
    expect(out.files.map((f) => f.format)).toEqual(
      expect.arrayContaining(['torch-zip', 'torch-legacy', 'pickle', 'other']),
    );
  });

  it('reports a corrupt layer as a finding', async () => {
    const layer = gzipSync(await tarOf({ 'a.pkl': Buffer.from('x') })).subarray(0, 30);
    const out = await scanTarStream(Readable.from([layer]), modelPolicy(), { name: 'layer x' });
    expect(out.findings[0]).toMatchObject({ rule: 'unreadable', severity: 'high' });
  });

  describe.skipIf(!umoci.available)('OCI image layout written by umoci', () => {
    let layout = '';
    beforeAll(() => {
      layout = join(dir, 'layout');
      const bundle = join(dir, 'bundle');
      execFileSync(umoci.path, ['init', '--layout', layout]);
      execFileSync(umoci.path, ['new', '--image', `${layout}:v1`]);
      execFileSync(umoci.path, ['unpack', '--rootless', '--image', `${layout}:v1`, bundle]);
      mkdirSync(join(bundle, 'rootfs', 'models'), { recursive: true });
      copyFileSync(
        join(dir, 'corpus', 'benign', 'model.safetensors'),
        join(bundle, 'rootfs', 'models', 'model.safetensors'),
      );
      copyFileSync(
        join(dir, 'corpus', 'benign', 'state_dict_p4.pt'),
        join(bundle, 'rootfs', 'models', 'weights.pt'),
      );
      execFileSync(umoci.path, ['repack', '--image', `${layout}:v1`, bundle]);
      writeFileSync(
        join(bundle, 'rootfs', 'models', 'weights.pt'),
        read('malicious', 'stack_global_memo_confusion.pkl'),
      );
      execFileSync(umoci.path, ['repack', '--image', `${layout}:v2`, bundle]);
    });

    it('a clean tag passes, the tag with a payload layer fails', async () => {
      const clean = await scanImage(`oci:${layout}:v1`, modelPolicy());
      expect(clean.findings).toEqual([]);
      expect(clean.files.map((f) => f.format)).toEqual(expect.arrayContaining(['safetensors', 'pickle']));
      const evil = await scanImage(`oci:${layout}:v2`, modelPolicy());
      expect(evil.findings).toHaveLength(1);
      expect(evil.findings[0]).toMatchObject({ global: 'os.system', severity: 'critical' });
      expect(evil.findings[0]!.file).toMatch(/^layer sha256:[0-9a-f]{12}!models\/weights\.pt$/);
    });

    it.skipIf(!skopeo.available)(
      'zstd layers (skopeo copy --dest-compress-format zstd) are scanned like gzip ones',
      async () => {
        const zstd = join(dir, 'zstd-layout');
        for (const tag of ['v1', 'v2'])
          execFileSync(skopeo.path, [
            'copy',
            '-q',
            '--dest-compress-format',
            'zstd',
            `oci:${layout}:${tag}`,
            `oci:${zstd}:${tag}`,
          ]);
        const blob = (digest: string) => readFileSync(join(zstd, 'blobs', ...digest.split(':')), 'utf8');
        const index = JSON.parse(readFileSync(join(zstd, 'index.json'), 'utf8')) as {
          manifests: { digest: string }[];
        };
        const types = index.manifests.flatMap((m) =>
          (JSON.parse(blob(m.digest)) as { layers: { mediaType: string }[] }).layers.map((l) => l.mediaType),
        );
        expect(new Set(types)).toEqual(new Set(['application/vnd.oci.image.layer.v1.tar+zstd']));
        const clean = await scanImage(`oci:${zstd}:v1`, modelPolicy());
        expect(clean.findings).toEqual([]);
        expect(clean.files.map((f) => f.format)).toEqual(expect.arrayContaining(['safetensors', 'pickle']));
        const evil = await scanImage(`oci:${zstd}:v2`, modelPolicy());
        expect(evil.findings).toHaveLength(1);
        expect(evil.findings[0]).toMatchObject({ global: 'os.system', severity: 'critical' });
      },
    );

    it('model-deploy scan --image oci:DIR:TAG exits 1 with the reason, 0 when clean', async () => {
      const cwd = process.cwd();
      let stdout = '';
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = ((chunk: string) => {
        stdout += chunk;
        return true;
      }) as typeof process.stdout.write;
      try {
        process.chdir(dir);
        const sarif = join(dir, 'out', 'scan.sarif');
        const args = ['--skip-vulnerabilities', '--format', 'json', '--sarif', sarif];
        const bad = await main(['scan', '--image', `oci:${layout}:v2`, ...args], {
          ...process.env,
          GITHUB_ACTIONS: '',
        });
        expect(bad).toBe(1);
        const report = JSON.parse(stdout) as { passed: boolean; reasons: string[] };
        expect(report.passed).toBe(false);
        expect(report.reasons[0]).toMatch(/os\.system/);
        expect(readdirSync(join(dir, 'out'))).toEqual(['scan.sarif']);
        stdout = '';
        const clean = ['scan', '--image', `oci:${layout}:v1`, '--skip-vulnerabilities'];
        expect(await main(clean, { ...process.env, GITHUB_ACTIONS: '' })).toBe(0);
        expect(stdout).toMatch(/### ✅ Scan/);
      } finally {
        process.stdout.write = write;
        process.chdir(cwd);
      }
    });
  });
});
