import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { segmentsSource } from '../../src/oci/blob-source.js';
import {
  type BuildFacts,
  imageLabels,
  imageTags,
  imageVersion,
  sourceDateEpoch,
  sourceUrl,
} from '../../src/oci/metadata.js';
import { modelLayerKind } from '../../src/oci/pack.js';
import { formatReference, parseReference } from '../../src/oci/reference.js';
import { type TarEntry, tarSegments } from '../../src/oci/tar.js';
import { tempDir } from '../support/registry.js';

const facts = (over: Partial<BuildFacts> = {}): BuildFacts => ({
  model: { name: 'sentiment' },
  epoch: 0,
  configTags: [],
  extraTags: [],
  labels: {},
  ...over,
});

describe('version and tags', () => {
  it.each<[string, Partial<BuildFacts>, string]>([
    ['model.version wins', { model: { name: 'm', version: '2.0.0' }, ref: 'refs/tags/v1.0.0' }, '2.0.0'],
    ['git tag on a release', { ref: 'refs/tags/v1.2.3', revision: 'abcdef0123' }, 'v1.2.3'],
    ['branch build: short sha', { ref: 'refs/heads/main', revision: 'abcdef0123' }, 'sha-abcdef0'],
    ['nothing known', {}, 'latest'],
  ])('%s', (_n, over, expected) => {
    expect(imageVersion(facts(over))).toBe(expected);
  });

  it.each<[string, Partial<BuildFacts>, string[] | RegExp]>([
    [
      'version then config tags then --tag, deduplicated',
      { ref: 'refs/tags/v1', configTags: ['latest', 'v1'], extraTags: ['pr-7'] },
      ['v1', 'latest', 'pr-7'],
    ],
    [
      'semver build metadata + becomes _',
      { model: { name: 'm', version: '1.0.0+cuda12' } },
      ['1.0.0_cuda12'],
    ],
    ['a bad tag names itself', { configTags: ['no/slash'] }, /image tag "no\/slash" is not valid/],
  ])('%s', (_n, over, expected) => {
    if (expected instanceof RegExp) expect(() => imageTags(facts(over))).toThrow(expected);
    else expect(imageTags(facts(over))).toEqual(expected);
  });

  it('labels: OCI keys, model keys, user labels override', () => {
    const labels = imageLabels(
      facts({
        model: { name: 'm', version: '1.0', framework: 'onnx', description: 'd' },
        revision: 'abc',
        source: 'https://github.com/org/repo',
        epoch: 1700000000,
        labels: { 'org.opencontainers.image.title': 'Custom' },
      }),
    );
    expect(labels).toEqual({
      'org.opencontainers.image.title': 'Custom',
      'org.opencontainers.image.version': '1.0',
      'org.opencontainers.image.created': '2023-11-14T22:13:20Z',
      'org.opencontainers.image.source': 'https://github.com/org/repo',
      'org.opencontainers.image.revision': 'abc',
      'org.opencontainers.image.description': 'd',
      'dev.model-deploy.model.name': 'm',
      'dev.model-deploy.model.version': '1.0',
      'dev.model-deploy.model.framework': 'onnx',
    });
  });

  it.each([
    [undefined, 0],
    ['', 0],
    ['1700000000', 1700000000],
  ])('SOURCE_DATE_EPOCH %s → %d', (v, expected) => {
    expect(sourceDateEpoch(v)).toBe(expected);
  });
  it('rejects a non-numeric SOURCE_DATE_EPOCH', () => {
    expect(() => sourceDateEpoch('yesterday')).toThrow(/SOURCE_DATE_EPOCH must be whole seconds/);
  });
  it.each([
    ['git@github.com:org/repo.git', 'https://github.com/org/repo'],
    ['https://x-access-token:abc@github.com/org/repo.git', 'https://github.com/org/repo'],
  ])('source url of %s', (remote, expected) => {
    expect(sourceUrl(remote)).toBe(expected);
  });
});

describe('references', () => {
  it.each([
    [
      'ghcr.io/org/model:v1',
      { kind: 'registry', registry: 'ghcr.io', scheme: 'https', repository: 'org/model', tag: 'v1' },
    ],
    ['127.0.0.1:5000/m', { kind: 'registry', registry: '127.0.0.1:5000', scheme: 'http', repository: 'm' }],
    [
      'localhost:5000/a/b:c',
      { kind: 'registry', registry: 'localhost:5000', scheme: 'http', repository: 'a/b', tag: 'c' },
    ],
    [
      'http://reg.internal:5000/m:1',
      { kind: 'registry', registry: 'reg.internal:5000', scheme: 'http', repository: 'm', tag: '1' },
    ],
    [
      'ubuntu:24.04',
      {
        kind: 'registry',
        registry: 'registry-1.docker.io',
        scheme: 'https',
        repository: 'library/ubuntu',
        tag: '24.04',
      },
    ],
    [
      'docker.io/pytorch/pytorch',
      { kind: 'registry', registry: 'registry-1.docker.io', scheme: 'https', repository: 'pytorch/pytorch' },
    ],
    [
      `r.io/m@sha256:${'a'.repeat(64)}`,
      {
        kind: 'registry',
        registry: 'r.io',
        scheme: 'https',
        repository: 'm',
        digest: `sha256:${'a'.repeat(64)}`,
      },
    ],
    ['oci:/tmp/layout:v1', { kind: 'layout', dir: '/tmp/layout', tag: 'v1' }],
    ['oci:.model-deploy/oci', { kind: 'layout', dir: '.model-deploy/oci' }],
  ])('%s', (text, expected) => {
    expect(parseReference(text)).toEqual(expected);
  });
  it.each([
    ['ghcr.io/Org/Model:v1', /repository "Org\/Model" is not valid/],
    ['r.io/m@sha256:abc', /is not a sha256 digest/],
    ['r.io/m:-bad', /tag "-bad" is not valid/],
  ])('rejects %s', (text, message) => {
    expect(() => parseReference(text, 'image.base')).toThrow(message);
  });
  it('formats back', () => {
    expect(formatReference(parseReference('ubuntu:24.04'))).toBe('docker.io/library/ubuntu:24.04');
  });
});

describe('ModelPack layer kinds', () => {
  it.each([
    ['model-00001-of-00004.safetensors', 'weight'],
    ['model.gguf', 'weight'],
    ['config.json', 'weight.config'],
    ['tokenizer/tokenizer.json', 'weight.config'],
    ['README.md', 'doc'],
    ['LICENSE', 'doc'],
    ['handler.py', 'code'],
    ['eval/holdout.parquet', 'dataset'],
  ])('%s → %s', (name, kind) => {
    expect(modelLayerKind(name)).toBe(kind);
  });
});

describe('reproducible tar', () => {
  const work = tempDir('md-tar-');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const tarOf = (entries: TarEntry[], content: Record<string, Buffer>) => {
    const src = segmentsSource(tarSegments(entries, (name) => content[name]!));
    const chunks: Buffer[] = [];
    return new Promise<Buffer>((resolve, reject) => {
      src
        .open()
        .on('data', (c: Buffer) => chunks.push(c))
        .on('end', () => resolve(Buffer.concat(chunks)))
        .on('error', reject);
    });
  };

  it('is read by GNU tar with uid/gid 0, the fixed mtime, long names and exact content', async () => {
    const long = `models/${'deep/'.repeat(30)}weights.bin`;
    const data = Buffer.from('x'.repeat(1000));
    const entries: TarEntry[] = [
      { name: 'models/', type: 'directory', mode: 0o755, size: 0, mtime: 1700000000 },
      { name: 'models/a.txt', type: 'file', mode: 0o644, size: 3, mtime: 1700000000 },
      { name: long, type: 'file', mode: 0o755, size: data.length, mtime: 1700000000 },
    ];
    const tar = await tarOf(entries, { 'models/a.txt': Buffer.from('abc'), [long]: data });
    writeFileSync(join(work, 'a.tar'), tar);
    const listing = execFileSync('tar', ['--numeric-owner', '--full-time', '-tvf', join(work, 'a.tar')], {
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    expect(listing).toContain('drwxr-xr-x 0/0');
    expect(listing).toMatch(/-rw-r--r-- 0\/0 +3 2023-11-14 22:13:20 models\/a\.txt/);
    expect(listing).toMatch(new RegExp(`-rwxr-xr-x 0/0 +1000 2023-11-14 22:13:20 ${long}`));
    mkdirSync(join(work, 'x'));
    execFileSync('tar', ['-xf', join(work, 'a.tar'), '-C', join(work, 'x')]);
    expect(execFileSync('cat', [join(work, 'x', long)]).equals(data)).toBe(true);
  });

  it('reads any byte range of the archive, as a resumed upload needs', async () => {
    const entries: TarEntry[] = [{ name: 'f', type: 'file', mode: 0o644, size: 700, mtime: 0 }];
    const content = { f: Buffer.alloc(700, 9) };
    const whole = await tarOf(entries, content);
    const src = segmentsSource(tarSegments(entries, (n) => content[n as 'f']));
    for (const [start, end] of [
      [0, 10],
      [500, 1300],
      [1000, whole.length],
    ] as const) {
      const chunks: Buffer[] = [];
      for await (const c of src.open(start, end)) chunks.push(c as Buffer);
      expect(Buffer.concat(chunks).equals(whole.subarray(start, end))).toBe(true);
    }
  });
});
