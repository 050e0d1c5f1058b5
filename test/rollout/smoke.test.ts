import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import deploy from '../../src/commands/deploy.js';
import { captureLog, cluster, context, workspace } from './harness.js';

describe('smoke', () => {
  let env: Awaited<ReturnType<typeof cluster>>;
  beforeAll(async () => {
    env = await cluster();
  });
  afterAll(async () => {
    await env.sim.close();
  });

  it('first deploy then a canary', async () => {
    const ws = workspace(`replicas: 2
resources: {gpus: 1}
probes: {startup-deadline: 10s, period: 1s}
analysis: {interval: 1s}
lease: 3s
steps:
  - setWeight: 20
  - pause: 1s
  - setWeight: 100`);
    const cap = captureLog(true);
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: env.sim.kubeconfigPath });
    const first = await deploy.run(ctx, { config: 'model-deploy.yml', image: 'reg/llm:v1' }, []);
    expect(first.failed).toBeUndefined();
    const second = await deploy.run(ctx, { config: 'model-deploy.yml', image: 'reg/llm:v2' }, []);
    console.log(second.summary);
    expect(second.failed).toBeUndefined();
  });
});
