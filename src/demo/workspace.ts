import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';

/** The repository's examples/ folder, found from this module (src/demo or the dist bundle). */
export function examplesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'examples', 'model', 'config.json'))) return join(dir, 'examples');
    dir = dirname(dir);
  }
  throw new InputError(
    'examples/model not found next to model-deploy: run the demo from a checkout of the repository',
  );
}

export interface Release {
  tag: string;
  version: string;
  /** What the example model's config.json says about this version (its eval quality and speed). */
  model: { quality: number; latency_ms: number };
  /** What the demo expects the pipeline to do with it. */
  expect: 'promoted' | 'rolled-back';
  story: string;
}

export const RELEASES: readonly Release[] = [
  {
    tag: 'v1.0.0',
    version: '1.0.0',
    model: { quality: 0.91, latency_ms: 40 },
    expect: 'promoted',
    story: 'first release: the stable model is created',
  },
  {
    tag: 'v2.0.0',
    version: '2.0.0',
    model: { quality: 0.915, latency_ms: 38 },
    expect: 'rolled-back',
    story:
      'passes offline evaluation but answers 30% of live requests with 5xx: canary analysis must roll it back',
  },
  {
    tag: 'v3.0.0',
    version: '3.0.0',
    model: { quality: 0.93, latency_ms: 36 },
    expect: 'promoted',
    story: 'a better model: promoted through every canary step',
  },
];

/** A throw-away repository: the example model, the example eval script and the demo config. */
export function createWorkspace(configYaml: string): string {
  const ws = mkdtempSync(join(tmpdir(), 'model-deploy-demo-'));
  const examples = examplesDir();
  cpSync(join(examples, 'model'), join(ws, 'model'), { recursive: true });
  mkdirSync(join(ws, 'eval'), { recursive: true });
  cpSync(join(examples, 'eval', 'evaluate.py'), join(ws, 'eval', 'evaluate.py'));
  writeFileSync(join(ws, 'model-deploy.yml'), configYaml);
  return ws;
}

/** Writes the release's model: the example weights with this version's config.json. */
export function checkoutRelease(ws: string, release: Release): void {
  const file = join(ws, 'model', 'config.json');
  const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(
    file,
    `${JSON.stringify({ ...config, ...release.model, version: release.version }, null, 2)}\n`,
  );
}
