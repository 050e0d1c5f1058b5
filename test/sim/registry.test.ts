import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CoreV1Api, KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { component } from '../support/components.js';
import { type RunningRegistry, registryBinary, startRegistry } from '../support/registry.js';
import { startSim, type TestSim } from '../support/sim.js';

const run = promisify(execFile);
const skopeo = component('skopeo', 'skopeo');
const umoci = component('umoci', 'umoci');

describe.skipIf(!registryBinary.available || !skopeo.available || !umoci.available)(
  'kubelets pulling from a real registry',
  () => {
    let registry: RunningRegistry;
    let sim: TestSim;
    let core: CoreV1Api;
    let dir: string;

    beforeAll(async () => {
      registry = await startRegistry();
      dir = mkdtempSync(join(tmpdir(), 'sim-registry-'));
      const layout = join(dir, 'layout');
      await run(umoci.path, ['init', '--layout', layout]);
      await run(umoci.path, ['new', '--image', `${layout}:v1`]);
      await run(skopeo.path, [
        'copy',
        '--dest-tls-verify=false',
        `oci:${layout}:v1`,
        `docker://${registry.host}/models/m:v1`,
      ]);
      sim = await startSim({ registry: registry.url });
      const kc = new KubeConfig();
      kc.loadFromFile(sim.kubeconfigPath);
      core = kc.makeApiClient(CoreV1Api);
    });
    afterAll(async () => {
      await sim?.close();
      await registry?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    const pod = (name: string, image: string): V1Pod => ({
      metadata: { name },
      spec: { containers: [{ name: 'm', image }] },
    });

    async function waitingReasons(name: string, ms: number): Promise<Set<string>> {
      const seen = new Set<string>();
      const end = Date.now() + ms;
      while (Date.now() < end) {
        const p = await core.readNamespacedPod({ name, namespace: 'default' });
        const s = p.status?.containerStatuses?.[0];
        if (s?.state?.waiting?.reason) seen.add(s.state.waiting.reason);
        if (s?.ready) seen.add('Ready');
        await new Promise((r) => setTimeout(r, 50));
      }
      return seen;
    }

    it('runs an image the registry has and backs off pulling one it does not', async () => {
      await core.createNamespacedPod({
        namespace: 'default',
        body: pod('present', `${registry.host}/models/m:v1`),
      });
      await core.createNamespacedPod({
        namespace: 'default',
        body: pod('absent', `${registry.host}/models/m:v9`),
      });
      const [present, absent] = await Promise.all([
        waitingReasons('present', 2500),
        waitingReasons('absent', 2500),
      ]);
      expect(present).toContain('Ready');
      expect(present).not.toContain('ErrImagePull');
      expect(absent).toContain('ErrImagePull');
      expect(absent).toContain('ImagePullBackOff');
      expect(absent).not.toContain('Ready');
    });
  },
);
