import { timestamp } from './clock.js';
import type { NodePool } from './config.js';
import type { KubeObject } from './types.js';

const GIB = 2 ** 30;

function bytes(n: number): string {
  return n % GIB === 0
    ? `${n / GIB}Gi`
    : n % 2 ** 20 === 0
      ? `${n / 2 ** 20}Mi`
      : `${Math.floor(n / 1024)}Ki`;
}

function family(product: string): string {
  if (/H100|H200|H800|GH200/.test(product)) return 'hopper';
  if (/B100|B200|GB200/.test(product)) return 'blackwell';
  if (/A100|A10|A30|A40|A800/.test(product)) return 'ampere';
  if (/L4|L40/.test(product)) return 'ada-lovelace';
  if (/T4/.test(product)) return 'turing';
  if (/V100/.test(product)) return 'volta';
  return 'unknown';
}

/** Node objects for a pool: capacity, GPU Feature Discovery labels, taints, Ready condition. */
export function poolNodes(pool: NodePool, poolIndex: number, now: number): KubeObject[] {
  const nodes: KubeObject[] = [];
  for (let i = 1; i <= pool.count; i++) {
    const name = `${pool.name}-${i}`;
    const gpuRes: Record<string, string> = {};
    if (pool.gpus > 0) gpuRes['nvidia.com/gpu'] = String(pool.gpus);
    for (const [profile, n] of Object.entries(pool.mig)) gpuRes[`nvidia.com/mig-${profile}`] = String(n);
    const hasGpu = pool.gpus > 0 || Object.keys(pool.mig).length > 0;
    const capacity = {
      cpu: String(pool.cpu),
      memory: bytes(pool.memory),
      pods: String(pool.pods),
      'ephemeral-storage': '1Ti',
      ...gpuRes,
    };
    const migLabels: Record<string, string> = {};
    if (Object.keys(pool.mig).length) {
      migLabels['nvidia.com/mig.strategy'] = 'mixed';
      migLabels['nvidia.com/mig.capable'] = 'true';
      for (const [profile, n] of Object.entries(pool.mig))
        migLabels[`nvidia.com/mig-${profile}.count`] = String(n);
    }
    const t = timestamp(now);
    nodes.push({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name,
        labels: {
          'kubernetes.io/hostname': name,
          'kubernetes.io/os': 'linux',
          'kubernetes.io/arch': 'amd64',
          'node.kubernetes.io/instance-type': pool.name,
          'sim.model-deploy.io/pool': pool.name,
          ...(hasGpu
            ? {
                'nvidia.com/gpu.present': 'true',
                'nvidia.com/gpu.product': pool.product,
                'nvidia.com/gpu.count': String(pool.gpus),
                'nvidia.com/gpu.memory': String(pool.gpuMemoryMiB),
                'nvidia.com/gpu.family': family(pool.product),
                ...migLabels,
              }
            : {}),
          ...pool.labels,
        },
      },
      spec: {
        ...(pool.taints.length ? { taints: pool.taints.map((x) => ({ ...x })) } : {}),
        ...(pool.unschedulable ? { unschedulable: true } : {}),
      },
      status: {
        capacity,
        allocatable: { ...capacity },
        conditions: [
          {
            type: 'MemoryPressure',
            status: 'False',
            reason: 'KubeletHasSufficientMemory',
            message: 'kubelet has sufficient memory available',
            lastHeartbeatTime: t,
            lastTransitionTime: t,
          },
          {
            type: 'DiskPressure',
            status: 'False',
            reason: 'KubeletHasNoDiskPressure',
            message: 'kubelet has no disk pressure',
            lastHeartbeatTime: t,
            lastTransitionTime: t,
          },
          {
            type: 'PIDPressure',
            status: 'False',
            reason: 'KubeletHasSufficientPID',
            message: 'kubelet has sufficient PID available',
            lastHeartbeatTime: t,
            lastTransitionTime: t,
          },
          {
            type: 'Ready',
            status: 'True',
            reason: 'KubeletReady',
            message: 'kubelet is posting ready status',
            lastHeartbeatTime: t,
            lastTransitionTime: t,
          },
        ],
        addresses: [
          { type: 'InternalIP', address: `10.0.${poolIndex}.${i}` },
          { type: 'Hostname', address: name },
        ],
        nodeInfo: {
          kubeletVersion: 'v1.33.0-sim',
          kubeProxyVersion: 'v1.33.0-sim',
          containerRuntimeVersion: 'containerd://2.1.0',
          operatingSystem: 'linux',
          architecture: 'amd64',
          osImage: 'model-deploy simulated node',
          kernelVersion: '6.8.0',
          machineID: name,
          systemUUID: name,
          bootID: name,
        },
      },
    });
  }
  return nodes;
}
