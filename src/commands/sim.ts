import { isAbsolute, resolve } from 'node:path';
import { InputError, ToolError } from '../errors.js';
import { startSimCluster } from '../sim/cluster.js';
import { loadSimConfig, parseSimConfig, type SimConfig } from '../sim/config.js';
import { importedObjects } from '../sim/import.js';
import type { KubeObject } from '../sim/types.js';
import { defineCommand, stringOption } from './command.js';

const DEFAULT_KUBECONFIG = '.model-deploy/sim/kubeconfig';

async function fromKubeconfig(path: string): Promise<{ objects: KubeObject[]; source: string }> {
  // Loaded on use: the client is large, and --help or file-based runs do not need it.
  const { CoreV1Api, KubeConfig } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  try {
    kc.loadFromFile(path);
  } catch (error) {
    throw new InputError(`--from-kubeconfig ${path}: cannot load it (${(error as Error).message})`, {
      cause: error,
    });
  }
  const core = kc.makeApiClient(CoreV1Api);
  const source = kc.getCurrentContext() || kc.getCurrentCluster()?.server || path;
  try {
    const nodes = await core.listNode();
    const pods = await core.listPodForAllNamespaces({
      fieldSelector: 'status.phase!=Succeeded,status.phase!=Failed',
    });
    const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as KubeObject[];
    return { objects: importedObjects(plain(nodes.items), plain(pods.items), source), source };
  } catch (error) {
    throw new ToolError(
      `--from-kubeconfig: cannot list nodes and pods of ${kc.getCurrentCluster()?.server ?? path}: ${(error as Error).message}; check the context and that you may list nodes and pods`,
      { cause: error },
    );
  }
}

function describe(config: SimConfig): string {
  return config.nodePools
    .map((p) => {
      const mig = Object.entries(p.mig).map(([k, v]) => `${v}x mig-${k}`);
      const taints = p.taints.map((t) => `${t.key}=${t.value ?? ''}:${t.effect}`);
      return `  ${p.count} x ${p.name}: ${p.gpus} x ${p.product}${mig.length ? `, ${mig.join(', ')}` : ''}${taints.length ? `, taints ${taints.join(', ')}` : ''}`;
    })
    .join('\n');
}

export default defineCommand({
  name: 'sim',
  summary: 'start the simulated GPU cluster (Kubernetes API, controllers, faults, metrics) until interrupted',
  options: {
    config: {
      type: 'string',
      short: 'c',
      value: 'FILE',
      description: 'simulator config (sim.yaml); without it: four nodes with 8 A100s each',
    },
    port: { type: 'string', value: 'N', description: 'API server port on 127.0.0.1 (default: a free port)' },
    kubeconfig: {
      type: 'string',
      value: 'PATH',
      description: `where to write the kubeconfig (default: ${DEFAULT_KUBECONFIG})`,
    },
    'from-kubeconfig': {
      type: 'string',
      value: 'PATH',
      description: 'copy nodes and running pod usage from a real cluster',
    },
  },
  help: [
    'The server speaks the Kubernetes REST API over plain http; the kubeconfig it writes sets',
    'insecure-skip-tls-verify so kubectl and @kubernetes/client-node accept it. /metrics serves',
    'model_requests_total, model_request_duration_seconds and DCGM_FI_DEV_* per pod (labels namespace,',
    'pod, deployment, track). Fault profiles in the config are matched by image (exact or glob) or by',
    'the pod annotation sim.model-deploy.io/fault-profile.',
  ].join('\n'),
  async run(ctx, options) {
    const configPath = stringOption(options, 'config');
    const loaded = configPath
      ? loadSimConfig(configPath, ctx.cwd)
      : { config: parseSimConfig({}), dir: ctx.cwd };
    const config = loaded.config;
    if (config.ociLayout && !isAbsolute(config.ociLayout))
      config.ociLayout = resolve(loaded.dir, config.ociLayout);
    const portText = stringOption(options, 'port');
    const port = portText === undefined ? 0 : Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new InputError(`--port must be a port number from 0 to 65535, got "${portText}"`);
    }
    const kubeconfigPath = resolve(ctx.cwd, stringOption(options, 'kubeconfig') ?? DEFAULT_KUBECONFIG);
    const fromPath = stringOption(options, 'from-kubeconfig');
    const imported = fromPath ? await fromKubeconfig(resolve(ctx.cwd, fromPath)) : undefined;
    if (ctx.dryRun) {
      return {
        stdout: `would start a simulated cluster with:\n${describe(config)}\nand write ${kubeconfigPath}`,
      };
    }
    let sim: Awaited<ReturnType<typeof startSimCluster>>;
    try {
      sim = await startSimCluster({
        config,
        port,
        kubeconfigPath,
        ...(imported ? { initialObjects: imported.objects, noNodePools: !configPath } : {}),
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new InputError(
          `--port ${port} is already in use: pick another port or omit --port for a free one`,
          { cause: error },
        );
      }
      throw error;
    }
    ctx.log.info(`simulated cluster listening on ${sim.url}`);
    ctx.log.info(imported ? `nodes and pods copied from ${imported.source}` : `nodes:\n${describe(config)}`);
    ctx.log.info(`kubeconfig: ${kubeconfigPath}  (export KUBECONFIG=${kubeconfigPath})`);
    ctx.log.info(`metrics: ${sim.url}/metrics`);
    ctx.log.info('press Ctrl-C to stop');
    await new Promise<void>((done) => {
      if (ctx.signal.aborted) done();
      else ctx.signal.addEventListener('abort', () => done(), { once: true });
    });
    await sim.close();
    return {
      outputs: { url: sim.url, kubeconfig: kubeconfigPath },
      stdout: `simulated cluster at ${sim.url} stopped`,
    };
  },
});
