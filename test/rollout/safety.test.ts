import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kube } from '../../src/cluster/kube.js';
import abort from '../../src/commands/abort.js';
import deploy from '../../src/commands/deploy.js';
import rollback from '../../src/commands/rollback.js';
import status from '../../src/commands/status.js';
import { readState } from '../../src/rollout/state.js';
import { kubeconfigYaml } from '../../src/sim/kubeconfig.js';
import { startGitHubDouble } from '../support/github-double.js';
import type { TestSim } from '../support/sim.js';
import { startFaultProxy } from './fault-proxy.js';
import {
  captureLog,
  cluster,
  context,
  exited,
  spawnDeploy,
  waitFor,
  watchStable,
  workspace,
} from './harness.js';

const PAUSED = (pause: string, onRerun = 'resume') => `replicas: 2
resources: {gpus: 1}
probes: {startup-deadline: 5s, period: 1s}
analysis: {interval: 1s}
lease: 2s
rollback: {on-rerun: ${onRerun}}
steps:
  - setWeight: 30
  - pause: ${pause}
  - setWeight: 100`;

async function canaryState(kube: Kube, name: string) {
  const c = await kube.apps
    .readNamespacedDeployment({ name: `${name}-canary`, namespace: 'default' })
    .catch(() => undefined);
  const s = readState(c?.metadata?.annotations);
  return s.ok ? s.state : undefined;
}

describe('rollout safety against the simulator', () => {
  async function pauseStep(model: string, child: ChildProcess & { output: string[] }) {
    try {
      await waitFor(
        'the pause step',
        async () => (await canaryState(kube, model))?.step === 1 || undefined,
        20_000,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}; deploy printed:\n${child.output.join('')}`);
    }
  }

  let sim: TestSim;
  let kube: Kube;
  beforeAll(async () => {
    ({ sim, kube } = await cluster({ nodePools: [{ name: 'gpu', count: 4, gpus: 8 }] }));
  });
  afterAll(async () => {
    await sim?.close();
  });

  async function firstDeploy(dir: string, model: string) {
    const cap = captureLog();
    const r = await deploy.run(
      context(dir, cap.log, { kubeconfigPath: sim.kubeconfigPath }),
      { config: 'model-deploy.yml', image: `reg/${model}:v1` },
      [],
    );
    expect(r.failed, cap.lines.join('\n')).toBeUndefined();
  }

  it.each([
    ['resume', 'promoted'],
    ['rollback', 'rolled-back'],
  ])('kill -9 mid-step, then a rerun with on-rerun: %s', async (onRerun, verdict) => {
    const model = `kill-${onRerun}`;
    const ws = workspace(PAUSED('4s', onRerun), model);
    await firstDeploy(ws.dir, model);
    const watch = watchStable(kube, 'default', model);
    const child = spawnDeploy(ws.dir, sim.kubeconfigPath, `reg/${model}:v2`, 'runner-a');
    const gone = exited(child);
    await pauseStep(model, child);
    child.kill('SIGKILL');
    expect((await gone).signal).toBe('SIGKILL');
    const left = await canaryState(kube, model);
    expect(left).toMatchObject({ phase: 'progressing', step: 1, runId: expect.stringMatching(/^runner-a#/) });

    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, {
      kubeconfigPath: sim.kubeconfigPath,
      env: { MODEL_DEPLOY_HOLDER: 'runner-b' },
    });
    const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v2` }, []);
    await watch.stop();
    expect(r.outputs?.verdict, cap.lines.join('\n')).toBe(verdict);
    // The dead holder's lease was taken over once it stopped renewing.
    expect(cap.lines.some((l) => l.includes('waiting') || l.includes('took over'))).toBe(true);
    if (onRerun === 'resume')
      expect(cap.lines.some((l) => l.includes('resuming revision 2 at step 2/3'))).toBe(true);
    else expect(r.failed).toMatch(/on-rerun: rollback/);
    expect(watch.minReady()).toBeGreaterThanOrEqual(2);
    expect(await canaryState(kube, model)).toBeUndefined();
    ws.dispose();
  });

  it('SIGTERM during a step rolls back within 5 s', async () => {
    const model = 'sigterm';
    const ws = workspace(PAUSED('30s'), model);
    await firstDeploy(ws.dir, model);
    const watch = watchStable(kube, 'default', model);
    const child = spawnDeploy(ws.dir, sim.kubeconfigPath, `reg/${model}:v2`, 'runner-term');
    const done = exited(child);
    await pauseStep(model, child);
    const sent = Date.now();
    child.kill('SIGTERM');
    const { code } = await done;
    const canaryGone = await waitFor(
      'canary removal',
      async () =>
        (await kube.apps
          .readNamespacedDeployment({ name: `${model}-canary`, namespace: 'default' })
          .catch(() => undefined))
          ? undefined
          : Date.now(),
      10_000,
    );
    await watch.stop();
    expect(canaryGone - sent).toBeLessThanOrEqual(5000);
    expect(code, child.output.join('')).toBe(1);
    expect(child.output.join('')).toMatch(/cancelled: interrupted by SIGTERM/);
    expect(watch.minReady()).toBeGreaterThanOrEqual(2);
    ws.dispose();
  });

  it('two concurrent deploys: the second fails clearly, or waits its turn', async () => {
    const model = 'twice';
    const ws = workspace(PAUSED('2s'), model);
    await firstDeploy(ws.dir, model);
    const a = captureLog();
    const first = deploy.run(
      context(ws.dir, a.log, {
        kubeconfigPath: sim.kubeconfigPath,
        env: { MODEL_DEPLOY_HOLDER: 'workflow-1' },
      }),
      { config: 'model-deploy.yml', image: `reg/${model}:v2` },
      [],
    );
    await waitFor('the first rollout', async () => (await canaryState(kube, model)) ?? undefined, 30_000);
    const b = captureLog();
    const second = deploy.run(
      context(ws.dir, b.log, {
        kubeconfigPath: sim.kubeconfigPath,
        env: { MODEL_DEPLOY_HOLDER: 'workflow-2' },
      }),
      { config: 'model-deploy.yml', image: `reg/${model}:v3`, 'wait-lock': '1s' },
      [],
    );
    await expect(second).rejects.toThrow(
      /another rollout of this model holds Lease default\/twice-model-deploy \(holder workflow-1/,
    );
    const c = captureLog();
    const third = deploy.run(
      context(ws.dir, c.log, {
        kubeconfigPath: sim.kubeconfigPath,
        env: { MODEL_DEPLOY_HOLDER: 'workflow-3' },
      }),
      { config: 'model-deploy.yml', image: `reg/${model}:v3`, 'wait-lock': '60s' },
      [],
    );
    const r1 = await first;
    expect(r1.outputs?.verdict).toBe('promoted');
    const r3 = await third;
    expect(c.lines.some((l) => l.includes('waiting'))).toBe(true);
    expect(r3.outputs?.verdict, c.lines.join('\n')).toBe('promoted');
    const st = await status.run(
      context(ws.dir, c.log, { kubeconfigPath: sim.kubeconfigPath }),
      { config: 'model-deploy.yml', format: 'json' },
      [],
    );
    expect(
      JSON.parse(st.stdout!).history.map(
        (h: { revision: number; image: string }) => `${h.revision}:${h.image}`,
      ),
    ).toEqual([`1:reg/${model}:v1`, `2:reg/${model}:v2`, `3:reg/${model}:v3`]);
    ws.dispose();
  });

  it('absorbs a burst of 409s and 5xx from the API server', async () => {
    const model = 'bursty';
    const ws = workspace(PAUSED('1s'), model);
    await firstDeploy(ws.dir, model);
    const proxy = await startFaultProxy(sim.url);
    const kubeconfig = join(ws.dir, 'proxy-kubeconfig');
    writeFileSync(kubeconfig, kubeconfigYaml(proxy.url));
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: kubeconfig });
    proxy.burst(409, 3, ['PATCH', 'PUT']);
    proxy.burst(503, 4);
    proxy.burst(500, 2, ['GET']);
    proxy.burst(502, 2, ['POST']);
    const run = deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v2` }, []);
    await waitFor('the canary', async () => (await canaryState(kube, model)) ?? undefined, 30_000);
    proxy.burst(409, 3, ['PATCH', 'PUT']);
    proxy.burst(504, 3);
    const r = await run;
    await proxy.close();
    expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('promoted');
    expect(proxy.injected[409]).toBe(6);
    expect(
      (proxy.injected[503] ?? 0) +
        (proxy.injected[500] ?? 0) +
        (proxy.injected[502] ?? 0) +
        (proxy.injected[504] ?? 0),
    ).toBe(11);
    ws.dispose();
  });

  it('unschedulable GPUs: stopped by preflight before any change', async () => {
    const own = await cluster({ nodePools: [{ name: 'small', count: 2, gpus: 4 }] });
    const model = 'tight';
    const ws = workspace(PAUSED('1s').replace('resources: {gpus: 1}', 'resources: {gpus: 4}'), model);
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: own.sim.kubeconfigPath });
    const first = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []);
    expect(first.failed, cap.lines.join('\n')).toBeUndefined();
    const before = await own.kube.apps.readNamespacedDeployment({ name: model, namespace: 'default' });
    const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v2` }, []);
    expect(r.exitCode).toBe(1);
    expect(r.failed).toMatch(
      /preflight: the canary needs 2 pod\(s\) .* but 0 fit: .*nvidia.com\/gpu 0 free of 4, 4 per pod.*nothing was changed/,
    );
    const after = await own.kube.apps.readNamespacedDeployment({ name: model, namespace: 'default' });
    expect(after.metadata?.resourceVersion).toBe(before.metadata?.resourceVersion);
    expect(await canaryState(own.kube, model)).toBeUndefined();
    await own.sim.close();
    ws.dispose();
  });

  it('status, rollback --to, abort with nothing to do, and the GitHub Deployments API', async () => {
    const model = 'hist';
    const ws = workspace(PAUSED('1s'), model);
    const gh = await startGitHubDouble();
    const env = {
      GITHUB_REPOSITORY: 'org/models',
      GITHUB_SHA: 'a'.repeat(40),
      GITHUB_RUN_ID: '42',
      GITHUB_API_URL: gh.url,
      MODEL_DEPLOY_HOLDER: 'ci',
    };
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, {
      kubeconfigPath: sim.kubeconfigPath,
      env,
      githubToken: 'ghs_test',
    });
    await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []);
    const v2 = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v2` }, []);
    expect(v2.outputs?.verdict).toBe('promoted');
    const deployments = gh.deployments('org', 'models');
    expect(deployments).toHaveLength(2);
    expect(gh.violations).toEqual([]);
    const statuses = gh.requests
      .filter((q) => q.operationId === 'repos/create-deployment-status')
      .map((q) => (q.body as { state: string }).state);
    expect(statuses).toEqual(['in_progress', 'success', 'in_progress', 'success']);

    const json = await status.run(ctx, { config: 'model-deploy.yml', format: 'json' }, []);
    const report = JSON.parse(json.stdout!);
    expect(report.stable).toMatchObject({ image: `reg/${model}:v2`, ready: 2 });
    expect(
      report.history.map((h: { revision: number; verdict: string }) => `${h.revision}:${h.verdict}`),
    ).toEqual(['1:promoted', '2:promoted']);
    expect(report.history[1].gitSha).toBe('a'.repeat(40));

    const back = await rollback.run(ctx, { config: 'model-deploy.yml', to: '1' }, []);
    expect(back.outputs?.verdict, cap.lines.join('\n')).toBe('promoted');
    expect(back.summary).toMatch(/rolled back to revision 1/);
    const stable = await kube.apps.readNamespacedDeployment({ name: model, namespace: 'default' });
    expect(stable.spec?.template.spec?.containers[0]?.image).toBe(`reg/${model}:v1`);
    await expect(rollback.run(ctx, { config: 'model-deploy.yml', to: '9' }, [])).rejects.toThrow(
      /revision 9 is not in the history .* known revisions: 1 \(promoted\), 2 \(promoted\), 3 \(promoted\)/,
    );

    const md = await status.run(ctx, { config: 'model-deploy.yml', format: 'markdown' }, []);
    expect(md.stdout).toMatch(/\| 3 \| promoted \| <code>reg\/hist:v1<\/code> \|/);
    const nothing = await abort.run(ctx, { config: 'model-deploy.yml' }, []);
    expect(nothing.failed).toBeUndefined();
    expect(nothing.stdout).toMatch(/nothing to abort/);
    await gh.close();
    ws.dispose();
  });

  it('abort rolls back a rollout left half-done by a killed job', async () => {
    const model = 'aborted';
    const ws = workspace(PAUSED('30s'), model);
    await firstDeploy(ws.dir, model);
    const child = spawnDeploy(ws.dir, sim.kubeconfigPath, `reg/${model}:v2`, 'job-7');
    const gone = exited(child);
    await pauseStep(model, child);
    child.kill('SIGKILL');
    await gone;
    const cap = captureLog();
    // The composite action's abort step runs in the same job: same holder, so it takes the lease at once.
    const r = await abort.run(
      context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath, env: { MODEL_DEPLOY_HOLDER: 'job-7' } }),
      { config: 'model-deploy.yml' },
      [],
    );
    expect(r.failed, cap.lines.join('\n')).toBeUndefined();
    expect(r.outputs?.verdict).toBe('rolled-back');
    expect(await canaryState(kube, model)).toBeUndefined();
    ws.dispose();
  });

  it('a kubeconfig that does not exist is an input error', async () => {
    const ws = workspace(PAUSED('1s'), 'nokube');
    const cap = captureLog();
    await expect(
      deploy.run(
        context(ws.dir, cap.log, { kubeconfigPath: '/nope/config' }),
        { config: 'model-deploy.yml', image: 'x' },
        [],
      ),
    ).rejects.toThrow(/kubeconfig \/nope\/config not found/);
    ws.dispose();
  });
});

describe('gateway-api router against the simulator', () => {
  it('moves HTTPRoute weights step by step and leaves only the stable backend', async () => {
    const { sim, kube } = await cluster({ nodePools: [{ name: 'gpu', count: 2, gpus: 8 }] });
    const model = 'routed';
    const ws = workspace(
      `replicas: 2
resources: {gpus: 1}
probes: {startup-deadline: 5s, period: 1s}
analysis: {interval: 1s}
lease: 2s
traffic: {router: gateway-api, gateway: public}
steps:
  - setWeight: 25
  - pause: 1s
  - setWeight: 100`,
      model,
    );
    const cap = captureLog();
    const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
    const weights: string[] = [];
    let watching = true;
    const watcher = (async () => {
      // One more read after the rollout returned, so the final weights are always seen.
      for (let last = false; !last; ) {
        last = !watching;
        const route = (await kube.custom
          .getNamespacedCustomObject({
            group: 'gateway.networking.k8s.io',
            version: 'v1',
            plural: 'httproutes',
            namespace: 'default',
            name: model,
          })
          .catch(() => undefined)) as
          | { spec: { rules: { backendRefs: { name: string; weight: number }[] }[] } }
          | undefined;
        const w = route?.spec.rules[0]?.backendRefs.map((b) => `${b.name}=${b.weight}`).join(',');
        if (w && weights[weights.length - 1] !== w) weights.push(w);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    expect(
      (await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, [])).failed,
    ).toBeUndefined();
    const r = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v2` }, []);
    watching = false;
    await watcher;
    expect(r.outputs?.verdict, cap.lines.join('\n')).toBe('promoted');
    expect(weights).toEqual([
      'routed-stable=100',
      'routed-stable=75,routed-canary=25',
      'routed-stable=0,routed-canary=100',
      'routed-stable=100',
    ]);
    expect(cap.lines.some((l) => l.includes('weight 25%'))).toBe(true);
    const canarySvc = await kube.core
      .readNamespacedService({ name: `${model}-canary`, namespace: 'default' })
      .catch(() => undefined);
    expect(canarySvc).toBeUndefined();
    await sim.close();
    ws.dispose();
  });
});
