import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import build from '../../src/commands/build.js';
import scan from '../../src/commands/scan.js';
import { python, runPython } from '../support/components.js';
import { testContext } from '../support/context.js';
import { type RunningRegistry, registryBinary, startRegistry, tempDir } from '../support/registry.js';

const EVIL = `
import os, pickle, sys
class E:
    def __reduce__(self):
        return (os.system, ("echo pwned",))
open(sys.argv[1], "wb").write(pickle.dumps({"w": E()}, protocol=2))
`;

describe.skipIf(!registryBinary.available || !python().available)(
  'scan --image from a registry (docker-registry)',
  () => {
    let registry: RunningRegistry;
    let dir: string;
    beforeAll(async () => {
      registry = await startRegistry();
      dir = tempDir('md-scan-reg-');
    });
    afterAll(async () => {
      await registry?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('layers are streamed from the registry and a pickle that runs os.system fails the scan', async () => {
      runPython(EVIL, undefined, [join(dir, 'model.pkl')]);
      writeFileSync(join(dir, 'config.json'), '{"labels": ["a"]}');
      writeFileSync(
        join(dir, 'model-deploy.yml'),
        `model:\n  name: evil\n  version: 1.0.0\n  artifacts: [model.pkl, config.json]\nimage:\n  repository: ${registry.host}/models/evil\n`,
      );
      const built = await build.run(testContext(dir), { config: 'model-deploy.yml' }, []);
      const image = built.outputs!.image!;
      expect(image).toContain('@sha256:');
      const result = await scan.run(
        testContext(dir),
        {
          config: 'model-deploy.yml',
          path: ['config.json'],
          image,
          'skip-vulnerabilities': true,
          format: 'json',
        },
        [],
      );
      expect(result.failed).toBeDefined();
      // os.system pickles as posix.system on Linux: the global the loader would import.
      expect(result.stdout).toContain('posix.system');
    });
  },
);
