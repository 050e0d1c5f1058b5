import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CapacitySnapshot, snapshotFromCluster, snapshotFromFiles } from '../cluster/capacity.js';
import { type PlacementResult, type PodShape, place, type Toleration } from '../cluster/placement.js';
import { podShapeFromDeploy } from '../cluster/placement-deploy.js';
import { placementMarkdown, placementVerdict } from '../cluster/placement-report.js';
import { loadConfig } from '../config/load.js';
import type { DeployConfig } from '../config/sections/deploy.js';
import { parseQuantity } from '../config/units.js';
import { InputError } from '../errors.js';
import { defineCommand, listOption, type OptionValues, stringOption } from './command.js';

function wholeNumber(options: OptionValues, name: string, min: number): number | undefined {
  const text = stringOption(options, name);
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < min) {
    throw new InputError(`--${name} must be a whole number ≥ ${min}, got "${text}"`);
  }
  return Number(text);
}

function quantityOption(options: OptionValues, name: string, example: string): number | undefined {
  const text = stringOption(options, name);
  if (text === undefined) return undefined;
  const q = parseQuantity(text);
  if (q === undefined)
    throw new InputError(`--${name} "${text}" is not a Kubernetes quantity; use e.g. ${example}`);
  return q;
}

/** `key=value:Effect`, `key:Effect` or `key` (Exists), as in kubectl taint. */
export function parseToleration(text: string): Toleration {
  const m = /^([^=:\s]+)(?:=([^:\s]*))?(?::(NoSchedule|PreferNoSchedule|NoExecute))?$/.exec(text.trim());
  if (!m) {
    throw new InputError(
      `--toleration "${text}": use key=value:Effect, key:Effect or key (Effect is NoSchedule, PreferNoSchedule or NoExecute), e.g. nvidia.com/gpu=present:NoSchedule`,
    );
  }
  const [, key, value, effect] = m;
  return {
    key: key!,
    ...(value !== undefined ? { operator: 'Equal' as const, value } : { operator: 'Exists' as const }),
    ...(effect ? { effect: effect as Toleration['effect'] } : {}),
  };
}

function parseSelector(items: string[]): Record<string, string> {
  const selector: Record<string, string> = {};
  for (const item of items) {
    const i = item.indexOf('=');
    if (i <= 0)
      throw new InputError(
        `--node-selector "${item}": use key=value, e.g. cloud.google.com/gke-nodepool=a3-pool`,
      );
    selector[item.slice(0, i)] = item.slice(i + 1);
  }
  return selector;
}

function deployConfig(
  ctx: { cwd: string; env: NodeJS.ProcessEnv },
  options: OptionValues,
): DeployConfig | undefined {
  const path = stringOption(options, 'config') ?? 'model-deploy.yml';
  if (!existsSync(resolve(ctx.cwd, path))) return undefined;
  return loadConfig(path, { cwd: ctx.cwd, env: ctx.env }).config.deploy;
}

/** The pod shape from flags, falling back to deploy.* in the config. */
export function shapeFrom(options: OptionValues, deploy: DeployConfig | undefined): PodShape {
  const replicas = wholeNumber(options, 'replicas', 1) ?? deploy?.replicas;
  if (replicas === undefined) {
    throw new InputError('--replicas is required (or set deploy.replicas in model-deploy.yml)');
  }
  const base: PodShape = deploy ? podShapeFromDeploy(deploy, replicas) : { replicas };
  const gpus = wholeNumber(options, 'gpus', 0) ?? base.gpus;
  const mig = stringOption(options, 'mig') ?? base.mig;
  if (mig !== undefined && !/^\d+g\.\d+gb$/.test(mig))
    throw new InputError(`--mig "${mig}": use a MIG profile like 1g.10gb or 3g.40gb`);
  if (gpus && mig) throw new InputError('ask for whole GPUs (--gpus) or a MIG profile (--mig), not both');
  const gpuProduct = stringOption(options, 'gpu-product') ?? base.gpuProduct;
  const cpu = quantityOption(options, 'cpu', '8 or 500m') ?? base.cpu;
  const memory = quantityOption(options, 'memory', '64Gi') ?? base.memory;
  const maxPerNode = wholeNumber(options, 'max-per-node', 1);
  const selectorFlags = listOption(options, 'node-selector');
  const tolerationFlags = listOption(options, 'toleration');
  return {
    replicas,
    ...(gpus ? { gpus } : {}),
    ...(mig ? { mig } : {}),
    ...(gpuProduct ? { gpuProduct } : {}),
    ...(cpu ? { cpu } : {}),
    ...(memory ? { memory } : {}),
    ...(maxPerNode ? { maxPerNode } : {}),
    nodeSelector: selectorFlags.length > 0 ? parseSelector(selectorFlags) : (base.nodeSelector ?? {}),
    tolerations: tolerationFlags.length > 0 ? tolerationFlags.map(parseToleration) : (base.tolerations ?? []),
  };
}

async function snapshotFor(
  ctx: { cwd: string; kubeconfigPath?: string },
  options: OptionValues,
): Promise<CapacitySnapshot> {
  const nodes = stringOption(options, 'nodes');
  const pods = stringOption(options, 'pods');
  if (nodes) return snapshotFromFiles(nodes, pods, ctx.cwd);
  if (pods) throw new InputError('--pods needs --nodes (kubectl get nodes -o json > nodes.json)');
  const kubeconfig = stringOption(options, 'kubeconfig') ?? ctx.kubeconfigPath;
  if (kubeconfig) return snapshotFromCluster(resolve(ctx.cwd, kubeconfig));
  throw new InputError(
    'no cluster to check: pass --nodes nodes.json [--pods pods.json] (from kubectl get nodes -o json / kubectl get pods -A -o json) or --kubeconfig FILE (or set KUBECONFIG)',
  );
}

/** The JSON the issue specifies (spread without its per-pod list), plus method, nodes and notUnderstood. */
export function placementJson(result: PlacementResult): string {
  const { assignments: _spreadAssignments, ...spread } = result.spread;
  return JSON.stringify({ ...result, spread }, null, 2);
}

export default defineCommand({
  name: 'place',
  summary: 'check that the release fits the cluster GPUs, and where it would go',
  options: {
    nodes: { type: 'string', value: 'FILE', description: 'NodeList JSON (kubectl get nodes -o json)' },
    pods: {
      type: 'string',
      value: 'FILE',
      description: 'PodList JSON (kubectl get pods -A -o json): what already runs',
    },
    kubeconfig: {
      type: 'string',
      value: 'FILE',
      description: 'read nodes and pods from this cluster instead',
    },
    replicas: { type: 'string', value: 'N', description: 'pods to place (default: deploy.replicas)' },
    gpus: { type: 'string', value: 'G', description: 'whole GPUs per pod (default: deploy.resources.gpus)' },
    'gpu-product': {
      type: 'string',
      value: 'P',
      description: 'required nvidia.com/gpu.product, e.g. NVIDIA-H100-80GB-HBM3',
    },
    mig: {
      type: 'string',
      value: 'PROFILE',
      description: 'one MIG device per pod instead of GPUs, e.g. 3g.40gb',
    },
    cpu: { type: 'string', value: 'C', description: 'cpu per pod, e.g. 8 or 500m' },
    memory: { type: 'string', value: 'M', description: 'memory per pod, e.g. 64Gi' },
    'node-selector': {
      type: 'string',
      value: 'KEY=VALUE',
      multiple: true,
      description: 'node label the pods require',
    },
    toleration: {
      type: 'string',
      value: 'KEY[=VALUE][:EFFECT]',
      multiple: true,
      description: 'taint the pods tolerate',
    },
    'max-per-node': { type: 'string', value: 'N', description: 'spread: at most N pods on one node' },
    format: { type: 'string', value: 'json|markdown', description: 'stdout format', default: 'json' },
  },
  help: [
    'Examples:',
    '  kubectl get nodes -o json > nodes.json; kubectl get pods -A -o json > pods.json',
    '  model-deploy place --nodes nodes.json --pods pods.json --replicas 4 --gpus 8 \\',
    '    --gpu-product NVIDIA-H100-80GB-HBM3 --toleration nvidia.com/gpu=present:NoSchedule',
    '  model-deploy place --kubeconfig ~/.kube/config        # shape from deploy.* in model-deploy.yml',
    '',
    'Exit 1 when some pod cannot be placed, with the reason for each.',
  ].join('\n'),
  async run(ctx, options) {
    const format = stringOption(options, 'format') ?? 'json';
    if (format !== 'json' && format !== 'markdown')
      throw new InputError(`--format must be json or markdown, got "${format}"`);
    const shape = shapeFrom(options, deployConfig(ctx, options));
    const snapshot = await snapshotFor(ctx, options);
    if (stringOption(options, 'nodes') && !stringOption(options, 'pods')) {
      ctx.log.warning(
        'no --pods: counting every node as empty (kubectl get pods -A -o json > pods.json for what runs now)',
      );
    }
    for (const p of snapshot.notUnderstood) ctx.log.warning(`${p.namespace}/${p.name}: ${p.reason}`);
    const result = place(snapshot, { shapes: [shape] });
    ctx.log.info(
      `${snapshot.source}: ${snapshot.nodes.length} node(s); ${result.assignments.length}/${shape.replicas} pod(s) placed on ${result.nodesUsed} node(s) (lower bound ${result.lowerBound}), ${result.strandedGpus} GPU(s) stranded; default scheduler: ${result.spread.nodesUsed} node(s), ${result.spread.strandedGpus} stranded`,
    );
    const markdown = placementMarkdown(result);
    const reasons = [...new Set(result.unplaced.map((u) => u.reason))];
    return {
      stdout: format === 'json' ? placementJson(result) : markdown,
      summary: markdown,
      verdict: placementVerdict(result),
      outputs: {
        feasible: String(result.feasible),
        'nodes-used': String(result.nodesUsed),
        'stranded-gpus': String(result.strandedGpus),
        placement: placementJson(result),
      },
      ...(result.feasible
        ? {}
        : {
            failed: `${result.unplaced.length} of ${shape.replicas} pod(s) do not fit: ${reasons.join(' | ')}`,
          }),
    };
  },
});
