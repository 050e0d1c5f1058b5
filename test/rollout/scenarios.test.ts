import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kube } from '../../src/cluster/kube.js';
import deploy from '../../src/commands/deploy.js';
import { loadConfig } from '../../src/config/load.js';
import { readHistory } from '../../src/rollout/history.js';
import { modelObjects } from '../../src/rollout/manifests.js';
import { prometheusComponent, startPrometheus, type TestPrometheus } from '../support/prometheus.js';
import type { TestSim } from '../support/sim.js';
import { captureLog, cluster, context, waitFor, watchStable, workspace } from './harness.js';

const FAULTS = [
  { name: 'errors', match: { image: 'reg/*:errors' }, errorRate: 0.5 },
  { name: 'crash', match: { image: 'reg/*:crash' }, crashAfter: '300ms' },
  { name: 'oom', match: { image: 'reg/*:oom' }, oomAfter: '300ms' },
  { name: 'pull', match: { image: 'reg/*:pull' }, pullError: true },
  { name: 'slow-load', match: { image: 'reg/*:slow-load' }, startup: '60s' },
  { name: 'slow', match: { image: 'reg/*:slow' }, latency: { p50: '400ms', p99: '900ms' } },
];

const ERROR_RATE = `(sum(rate(model_requests_total{{{selector}},code=~"5.."}[2s])) or vector(0)) / sum(rate(model_requests_total{{{selector}}}[2s]))`;
// The judge takes one sample per window of its query: 1s windows (two 500ms scrapes) give a canary a
// few seconds old enough samples to reach p < 0.01.
const LATENCY = `sum(rate(model_request_duration_seconds_sum{{{selector}}}[1s])) / sum(rate(model_request_duration_seconds_count{{{selector}}}[1s]))`;
const INTERVAL_MS = 1000;

function config(prometheus: string, extra = ''): string {
  return `replicas: 2
resources: {gpus: 1}
probes: {startup-deadline: 4s, period: 1s}
lease: 3s
steps:
  - setWeight: 30
  - analysis: {}
  - setWeight: 100
  - analysis: {metrics: [error-rate, health]}
analysis:
  interval: 1s
  prometheus: ${prometheus}
  metrics:
    - name: error-rate
      prometheus:
        query: '${ERROR_RATE}'
      success-condition: result < 0.05
      initial-delay: 3s
      count: 3
      no-data: inconclusive
      inconclusive-limit: 2
    - name: health
      kubernetes: {}
      count: 2
    - name: latency
      judge:
        query: '${LATENCY}'
        lookback: 8s
        step: 500ms
        alpha: 0.01
      initial-delay: 6s
      count: 1
${extra}`;
}

describe.skipIf(!prometheusComponent().available)(
  'canary rollout against the simulator and a real Prometheus',
  () => {
    let sim: TestSim;
    let kube: Kube;
    let prom: TestPrometheus;
    beforeAll(async () => {
      ({ sim, kube } = await cluster({
        nodePools: [{ name: 'gpu', count: 4, gpus: 8 }],
        faultProfiles: FAULTS,
      }));
      prom = await startPrometheus([new URL(sim.url).host], { scrapeInterval: '500ms' });
      // rate() over a pod needs two scrapes: wait for the first one of the simulator.
      await waitFor('the first scrape of the simulator', async () => {
        const res = await fetch(`${prom.url}/api/v1/query?query=${encodeURIComponent('up{job="sim"} == 1')}`);
        const body = (await res.json()) as { data?: { result?: unknown[] } };
        return (body.data?.result?.length ?? 0) > 0 || undefined;
      });
    });
    afterAll(async () => {
      await prom?.close();
      await sim?.close();
    });

    async function rollout(model: string, image: string, deployYaml: string) {
      const ws = workspace(deployYaml, model);
      const cap = captureLog();
      const ctx = context(ws.dir, cap.log, { kubeconfigPath: sim.kubeconfigPath });
      const first = await deploy.run(ctx, { config: 'model-deploy.yml', image: `reg/${model}:v1` }, []);
      expect(first.failed, cap.lines.join('\n')).toBeUndefined();
      const watch = watchStable(kube, 'default', model);
      const started = Date.now();
      const result = await deploy.run(ctx, { config: 'model-deploy.yml', image }, []);
      const ended = Date.now();
      await new Promise((r) => setTimeout(r, 300));
      await watch.stop();
      const canary = await kube.apps
        .readNamespacedDeployment({ name: `${model}-canary`, namespace: 'default' })
        .catch(() => undefined);
      const canaryRs = await kube.apps.listNamespacedReplicaSet({
        namespace: 'default',
        labelSelector: `app.kubernetes.io/instance=${model},track=canary`,
      });
      const stable = await kube.apps.readNamespacedDeployment({ name: model, namespace: 'default' });
      const history = await readHistory(
        kube,
        modelObjects(loadConfig('model-deploy.yml', { cwd: ws.dir }).config.deploy!, { name: model }),
      );
      ws.dispose();
      return {
        result,
        watch,
        started,
        ended,
        canary,
        canaryRs: canaryRs.items,
        stable,
        history,
        log: cap.lines,
      };
    }

    function expectStableUnhurt(
      r: Awaited<ReturnType<typeof rollout>>,
      image = `reg/${r.stable.metadata?.name}:v1`,
    ) {
      expect(r.watch.seen.length).toBeGreaterThan(3);
      expect(r.watch.minReady(), 'stable ready replicas dropped').toBeGreaterThanOrEqual(2);
      expect(r.canary, 'canary Deployment left behind').toBeUndefined();
      expect(
        r.canaryRs.filter((rs) => (rs.spec?.replicas ?? 0) > 0),
        'canary ReplicaSet left scaled',
      ).toEqual([]);
      expect(r.stable.spec?.template.spec?.containers[0]?.image).toBe(image);
    }

    /** Time from the first non-successful measurement to the moment no canary was seen. */
    function detectToClean(r: Awaited<ReturnType<typeof rollout>>, metric: string): number {
      const line = r.log.find(
        (l) => l.includes(`measured ${metric}: Failed`) || l.includes(`measured ${metric}: Error`),
      );
      expect(line, r.log.join('\n')).toBeDefined();
      const hhmmss = line!.slice(0, 12);
      const day = new Date(r.started).toISOString().slice(0, 11);
      const detectedAt = Date.parse(`${day}${hhmmss}Z`);
      const gone = r.watch.seen.find((s) => s.t > detectedAt && !s.canary);
      expect(gone).toBeDefined();
      return gone!.t - detectedAt;
    }

    it('promotes a good release through every step', async () => {
      const r = await rollout('good', 'reg/good:v2', config(prom.url));
      expect(r.result.failed, r.log.join('\n')).toBeUndefined();
      expect(r.result.outputs?.verdict).toBe('promoted');
      expectStableUnhurt(r, 'reg/good:v2');
      for (const step of ['step 1/4', 'step 2/4', 'step 3/4', 'step 4/4'])
        expect(r.log.some((l) => l.includes(`${step} (`))).toBe(true);
      expect(r.log.some((l) => /measured latency: Successful score 100/.test(l))).toBe(true);
      // Progress lines: step i/n, weight reached (and asked), ready pods, each metric's value and verdict.
      expect(
        r.log.some((l) =>
          /step 2\/4 analysis \| weight 33\.3% \(asked 30%\) \| canary 1\/1 ready \| stable 2 ready \| error-rate=[0-9.]+ Running, health=1 pod\(s\), 0 restart\(s\) \w+/.test(
            l,
          ),
        ),
        r.log.join('\n'),
      ).toBe(true);
      expect(r.history.map((h) => h.verdict)).toEqual(['promoted', 'promoted']);
      expect(r.history[1]).toMatchObject({ revision: 2, image: 'reg/good:v2', modelVersion: '1.0' });
    });

    it('rolls back a higher error rate within one interval + 5 s of the failing measurement', async () => {
      const r = await rollout('errs', 'reg/errs:errors', config(prom.url));
      expect(r.result.exitCode).toBe(1);
      expect(r.result.outputs?.verdict).toBe('rolled-back');
      expect(r.result.failed).toMatch(/error-rate.*Failed/);
      expect(r.result.summary).toMatch(/error-rate \| Failed/);
      expectStableUnhurt(r);
      expect(detectToClean(r, 'error-rate')).toBeLessThanOrEqual(INTERVAL_MS + 5000);
      expect(r.history[1]).toMatchObject({ revision: 2, verdict: 'rolled-back', image: 'reg/errs:errors' });
    });

    it.each([
      ['crash', /CrashLoopBackOff|Restarts/],
      ['oom', /OOMKilled/],
      ['pull', /ImagePullBackOff|ErrImagePull/],
      ['slow-load', /not Ready .*startup deadline/],
    ])('rolls back a canary with %s', async (fault, reason) => {
      const model = `m-${fault}`;
      const r = await rollout(model, `reg/${model}:${fault}`, config(prom.url));
      expect(r.result.exitCode, r.log.join('\n')).toBe(1);
      expect(r.result.outputs?.verdict).toBe('rolled-back');
      expect(r.result.failed).toMatch(reason);
      expect(r.result.summary).toMatch(/### Pod /);
      expect(r.result.summary).toMatch(/Events:\n\n- /);
      if (fault === 'crash')
        expect(r.result.summary).toMatch(/Last log lines:\n\n```text\n[\s\S]*exited with code/);
      expectStableUnhurt(r);
    });

    it('catches a latency regression with the judge', async () => {
      const yaml = config(prom.url).replace('  - analysis: {}\n', '  - analysis: {metrics: [latency]}\n');
      const r = await rollout('lat', 'reg/lat:slow', yaml);
      expect(r.result.exitCode, r.log.join('\n')).toBe(1);
      expect(r.result.failed).toMatch(/latency.*Failed/);
      expect(r.result.summary).toMatch(/High \(canary median/);
      expectStableUnhurt(r);
    });

    it('fails closed when Prometheus goes down during the rollout', async () => {
      // Its own Prometheus, stopped once the canary exists: every later query is a connection error.
      const own = await startPrometheus([new URL(sim.url).host], { scrapeInterval: '500ms' });
      const yaml = config(own.url).replace(
        '      inconclusive-limit: 2\n',
        '      inconclusive-limit: 2\n      consecutive-error-limit: 2\n',
      );
      const stopper = (async () => {
        await waitFor(
          'the canary',
          async () =>
            (await kube.apps
              .readNamespacedDeployment({ name: 'noprom-canary', namespace: 'default' })
              .catch(() => undefined)) ?? undefined,
          60_000,
        );
        await own.close();
      })();
      const r = await rollout('noprom', 'reg/noprom:v2', yaml);
      await stopper;
      expect(r.result.exitCode, r.log.join('\n')).toBe(1);
      expect(r.result.failed).toMatch(
        /error-rate" Error: 3 consecutive measurement errors .*fails closed.*unreachable/,
      );
      expectStableUnhurt(r);
    });
  },
);
