import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import build from '../../src/commands/build.js';
import evaluate from '../../src/commands/evaluate.js';
import { testContext } from '../support/context.js';
import { type RunningRegistry, registryBinary, startRegistry, tempDir } from '../support/registry.js';

describe.skipIf(!registryBinary.available)('evaluate baseline store "registry" (docker-registry)', () => {
  let registry: RunningRegistry;
  let dir: string;
  beforeAll(async () => {
    registry = await startRegistry();
    dir = tempDir('md-eval-reg-');
  });
  afterAll(async () => {
    await registry?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const config = (baselineImage?: string) =>
    writeFileSync(
      join(dir, 'model-deploy.yml'),
      [
        'model:\n  name: m\n  version: 1.0.0\n  artifacts: [w.bin]',
        `image:\n  repository: ${registry.host}/models/m`,
        'evaluate:',
        '  command: node eval.cjs',
        `  baseline:\n    store: registry${baselineImage ? `\n    image: ${baselineImage}` : ''}`,
        '  gates:\n    - { metric: accuracy, max-drop: 0.05, test: none }',
        '',
      ].join('\n'),
    );

  test('the baseline is saved as an artifact on the image digest and loaded from it', async () => {
    writeFileSync(join(dir, 'w.bin'), Buffer.alloc(1024, 1));
    writeFileSync(
      join(dir, 'eval.cjs'),
      "require('fs').writeFileSync(process.env.EVAL_OUTPUT + '/metrics.json', JSON.stringify({ accuracy: Number(process.env.ACC) }));\n",
    );
    config();
    const built = await build.run(testContext(dir), { config: 'model-deploy.yml' }, []);
    const digest = built.outputs!.digest!;
    const first = await evaluate.run(
      testContext(dir, { env: { ACC: '0.9' } }),
      { config: 'model-deploy.yml', 'model-digest': digest, 'save-baseline': true, format: 'json' },
      [],
    );
    // No baseline yet: a max-drop gate cannot be decided, and the result becomes the baseline.
    expect(first.outputs?.verdict).toBe('inconclusive');

    // The next candidate is compared with the baseline stored on the first image's digest.
    config(`${registry.host}/models/m@${digest}`);
    writeFileSync(join(dir, 'w.bin'), Buffer.alloc(1024, 2));
    const second = await evaluate.run(
      testContext(dir, { env: { ACC: '0.7' } }),
      { config: 'model-deploy.yml', 'model-digest': `sha256:${'c'.repeat(64)}`, format: 'json' },
      [],
    );
    expect(second.outputs?.verdict).toBe('fail');
    expect(second.failed).toContain('accuracy');
    const report = JSON.parse(second.stdout!);
    expect(report.report.metrics[0]).toMatchObject({ metric: 'accuracy', baseline: 0.9, candidate: 0.7 });
  });
});
