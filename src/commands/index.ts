import type { Command } from './command.js';

/**
 * Every command, loaded on demand so `--help` and light commands start fast
 * (the rollout and registry code pull in large clients).
 */
export const commands = [
  {
    name: 'pipeline',
    summary: 'run the flow for this event: PR checks, or release and canary rollout',
    load: () => import('./pipeline.js'),
  },
  {
    name: 'validate',
    summary: 'check model-deploy.yml and print the normalized config or every error',
    load: () => import('./validate.js'),
  },
  {
    name: 'plan',
    summary: 'plan the pipeline tasks as a staged DAG with a runner-limited schedule',
    load: () => import('./plan.js'),
  },
  {
    name: 'build',
    summary: 'build the model image (OCI layers or a Dockerfile) and push it',
    load: () => import('./build.js'),
  },
  {
    name: 'scan',
    summary: 'scan model files and image layers for code execution and vulnerabilities',
    load: () => import('./scan.js'),
  },
  {
    name: 'evaluate',
    summary: 'run the evaluation and gate it against thresholds and the baseline',
    load: () => import('./evaluate.js'),
  },
  {
    name: 'place',
    summary: 'check that the release fits the cluster GPUs, and where',
    load: () => import('./place.js'),
  },
  {
    name: 'aggregate',
    summary: 'aggregate federated checkpoints (FedAvg, median, trimmed mean, clipping)',
    load: () => import('./aggregate.js'),
  },
  {
    name: 'deploy',
    summary: 'canary rollout with analysis and automatic rollback',
    load: () => import('./deploy.js'),
  },
  {
    name: 'rollback',
    summary: 'roll back to the stable model or a given revision',
    load: () => import('./rollback.js'),
  },
  {
    name: 'abort',
    summary: 'abort an in-progress rollout: traffic back to stable, canary removed',
    load: () => import('./abort.js'),
  },
  {
    name: 'status',
    summary: 'show the rollout state and revision history in the cluster',
    load: () => import('./status.js'),
  },
  {
    name: 'sim',
    summary: 'start the simulated GPU cluster (rehearse a rollout with injected faults)',
    load: () => import('./sim.js'),
  },
  {
    name: 'demo',
    summary: 'run three releases through the pipeline against the simulated cluster',
    load: () => import('./demo.js'),
  },
] as const satisfies readonly { name: string; summary: string; load: () => Promise<{ default: Command }> }[];

export const commandNames: readonly string[] = commands.map((c) => c.name);

export async function loadCommand(name: string): Promise<Command | undefined> {
  const entry = commands.find((c) => c.name === name);
  return entry ? (await entry.load()).default : undefined;
}
