import { AppsV1Api, CoreV1Api, KubeConfig, type V1Deployment } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  prometheusComponent,
  promtoolCheckMetrics,
  queryPrometheus,
  startPrometheus,
  type TestPrometheus,
} from '../support/prometheus.js';
import { startSim, type TestSim } from '../support/sim.js';

const prom = prometheusComponent();

function deployment(name: string, track: string, image: string, replicas: number): V1Deployment {
  return {
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'llm', track } },
      template: {
        metadata: { labels: { app: 'llm', track } },
        spec: { containers: [{ name: 'model', image, resources: { limits: { 'nvidia.com/gpu': '1' } } }] },
      },
    },
  };
}

describe.skipIf(!prom.available)('real Prometheus scraping the simulator', () => {
  let sim: TestSim;
  let prometheus: TestPrometheus | undefined;

  beforeAll(async () => {
    sim = await startSim({
      seed: 7,
      traffic: { rps: 300 },
      faultProfiles: [
        {
          name: 'bad-canary',
          match: { image: 'registry.local/llm:v2' },
          errorRate: '20%',
          latency: { p50: '80ms', p99: '400ms' },
          gpuMemoryMiB: 30000,
        },
        { name: 'stable', match: { image: 'registry.local/llm:v1' }, errorRate: 0.01 },
      ],
    });
    const kc = new KubeConfig();
    kc.loadFromFile(sim.kubeconfigPath);
    const apps = kc.makeApiClient(AppsV1Api);
    const core = kc.makeApiClient(CoreV1Api);
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment('llm', 'stable', 'registry.local/llm:v1', 2),
    });
    await apps.createNamespacedDeployment({
      namespace: 'default',
      body: deployment('llm-canary', 'canary', 'registry.local/llm:v2', 1),
    });
    await core.createNamespacedService({
      namespace: 'default',
      body: {
        metadata: { name: 'llm' },
        spec: { selector: { app: 'llm' }, ports: [{ port: 80, targetPort: 8080 }] },
      },
    });
    prometheus = await startPrometheus([new URL(sim.url).host], { scrapeInterval: '1s' });
  });
  afterAll(async () => {
    await prometheus?.close();
    await sim?.close();
  });

  it('exposes metrics promtool accepts (DCGM keeps its own camelCase label names)', async () => {
    const text = await (await fetch(`${sim.url}/metrics`)).text();
    expect(text).toContain('# TYPE model_requests_total counter');
    expect(text).toContain('# TYPE kube_pod_container_status_restarts_total counter');
    const complaints = (await promtoolCheckMetrics(text))
      .split('\n')
      .filter(
        (l) =>
          l && !/^DCGM_FI_DEV_\w+ label names should be written in 'snake_case' not 'camelCase'$/.test(l),
      );
    expect(complaints).toEqual([]);
  });

  it('returns the fault profile error rate per track from a PromQL query', async () => {
    const query =
      'sum by (track) (rate(model_requests_total{code=~"5.."}[10s])) / sum by (track) (rate(model_requests_total[10s]))';
    let rates: Record<string, number> = {};
    const deadline = Date.now() + 45_000;
    // wait until the 10s window holds enough scrapes of both tracks
    await new Promise((r) => setTimeout(r, 12_000));
    while (Date.now() < deadline) {
      const result = await queryPrometheus(prometheus!.url, query);
      rates = Object.fromEntries(result.map((s) => [s.metric.track ?? '', s.value]));
      if (Number.isFinite(rates.canary) && Number.isFinite(rates.stable)) break;
      await new Promise((r) => setTimeout(r, 1000));
    }
    expect(rates.canary).toBeGreaterThan(0.2 - 0.06);
    expect(rates.canary).toBeLessThan(0.2 + 0.06);
    expect(rates.stable).toBeLessThan(0.04);

    const p50 = await queryPrometheus(
      prometheus!.url,
      'histogram_quantile(0.5, sum by (track, le) (rate(model_request_duration_seconds_bucket[10s])))',
    );
    const canaryP50 = p50.find((s) => s.metric.track === 'canary')?.value ?? Number.NaN;
    expect(canaryP50).toBeGreaterThan(0.05);
    expect(canaryP50).toBeLessThan(0.12);

    const fb = await queryPrometheus(prometheus!.url, 'max by (deployment) (DCGM_FI_DEV_FB_USED)');
    expect(fb.find((s) => s.metric.deployment === 'llm-canary')?.value).toBe(30000);
  });
});
