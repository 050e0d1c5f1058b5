import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommandContext, Log } from '../commands/command.js';
import { loadCommand } from '../commands/index.js';
import { type FlowReport, runFlow } from '../pipeline/run.js';
import { startSimCluster } from '../sim/cluster.js';
import { DEMO_CONFIG } from './config.js';
import { renderDemoReport, type TimelineEntry } from './report.js';
import { checkoutRelease, createWorkspace, RELEASES } from './workspace.js';

export interface DemoResult {
  ok: boolean;
  reportPath: string;
  releases: { tag: string; expect: string; got: string; report: FlowReport }[];
  seconds: number;
}

/** Starts the simulated cluster, then runs three releases of the example model through the real pipeline. */
export async function runDemo(
  ctx: CommandContext,
  options: { out: string; keep: boolean },
): Promise<DemoResult> {
  const t0 = Date.now();
  const ws = createWorkspace(DEMO_CONFIG);
  const timeline: TimelineEntry[] = [];
  const log = timedLog(ctx.log, timeline, t0);
  const layout = join(ws, 'oci');

  // The sim needs to know which image misbehaves under traffic: build v2 once to learn its digest
  // (builds are reproducible, so the pipeline's own build of v2 gets the same one).
  const faultyDigest = await log.group('Prepare: learn the digest of the faulty v2 image', async () => {
    const v2 = RELEASES.find((r) => r.expect === 'rolled-back')!;
    checkoutRelease(ws, v2);
    const build = (await loadCommand('build'))!;
    const scratch = join(ws, 'scratch-oci');
    const env = { ...ctx.env, DEMO_STATS_URL: 'http://127.0.0.1/not-started-yet' };
    const result = await build.run(
      { ...ctx, env, log: quiet(log), cwd: ws },
      { config: 'model-deploy.yml', repository: `oci:${scratch}`, tag: [v2.version] },
      [],
    );
    rmSync(scratch, { recursive: true, force: true });
    return result.outputs!.digest!;
  });

  const sim = await startSimCluster({
    kubeconfigPath: join(ws, 'kubeconfig'),
    config: {
      tick: '100ms',
      seed: 7,
      traffic: { rps: 200 },
      kubelet: { startup: '1s', pull: '300ms', backoffBase: '2s', backoffMax: '10s' },
      ociLayout: layout,
      nodePools: [{ name: 'gpu', count: 3, gpus: 8, product: 'NVIDIA-A100-SXM4-80GB' }],
      faultProfiles: [
        { name: 'v2-serving-errors', match: { image: `oci:${layout}@${faultyDigest}` }, errorRate: 0.3 },
      ],
    },
  });
  // Like a platform team would, create the namespace the model deploys into.
  const created = await fetch(`${sim.url}/api/v1/namespaces`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo' } }),
  });
  if (!created.ok)
    throw new Error(`creating the demo namespace failed: ${created.status} ${await created.text()}`);
  log.info(`simulated cluster: ${sim.url} (3 nodes × 8 NVIDIA A100), kubeconfig ${join(ws, 'kubeconfig')}`);
  const releases: DemoResult['releases'] = [];
  try {
    const env = { ...ctx.env, DEMO_STATS_URL: `${sim.url}/sim/v1/stats` };
    for (const release of RELEASES) {
      checkoutRelease(ws, release);
      log.info(`━━ ${release.tag}: ${release.story}`);
      const flowCtx: CommandContext = { ...ctx, cwd: ws, env, log, kubeconfigPath: join(ws, 'kubeconfig') };
      const report = await runFlow(
        flowCtx,
        {
          ci: 'local',
          trigger: 'release',
          sha: '',
          ref: `refs/tags/${release.tag}`,
          repository: 'demo/tiny-classifier',
          release: { tag: release.tag, version: release.version },
        },
        { configPath: 'model-deploy.yml' },
      );
      const deploy = report.steps.find((s) => s.step.kind === 'deploy');
      const got =
        deploy?.result?.outputs?.verdict ?? (report.failed ? `failed: ${report.failed}` : 'no deploy step');
      log.info(`━━ ${release.tag}: ${got} (expected ${release.expect})`);
      releases.push({ tag: release.tag, expect: release.expect, got, report });
    }
    const plan = (await loadCommand('plan'))!;
    const schedule = await plan.run(
      { ...ctx, cwd: ws, env, log: quiet(log) },
      { config: 'model-deploy.yml', format: 'markdown' },
      [],
    );
    const seconds = (Date.now() - t0) / 1000;
    const ok = releases.every((r) => r.got === r.expect);
    const reportPath = resolve(ctx.cwd, options.out);
    writeFileSync(
      reportPath,
      renderDemoReport({ releases, schedule: schedule.summary ?? '', timeline, seconds, ok }),
    );
    return { ok, reportPath, releases, seconds };
  } finally {
    await sim.close();
    if (!options.keep) rmSync(ws, { recursive: true, force: true });
    else log.info(`workspace kept: ${ws}`);
  }
}

/** Passes lines through and keeps the rollout's progress lines, with their time, for the report. */
function timedLog(inner: Log, timeline: TimelineEntry[], t0: number): Log {
  const keep = (message: string) => timeline.push({ t: (Date.now() - t0) / 1000, message });
  return {
    ...inner,
    info(message) {
      keep(message);
      inner.info(message);
    },
    warning(message, where) {
      keep(`warning: ${message}`);
      inner.warning(message, where);
    },
    error(message, where) {
      keep(`error: ${message}`);
      inner.error(message, where);
    },
    group: (title, fn) => {
      keep(`▸ ${title}`);
      return inner.group(title, fn);
    },
  };
}

function quiet(log: Log): Log {
  return { ...log, info: () => {}, group: (_title, fn) => fn() };
}
