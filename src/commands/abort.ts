import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { clusterOptions } from '../rollout/cluster-options.js';
import { type CommandContext, defineCommand, type OptionValues, stringOption } from './command.js';

export default defineCommand({
  name: 'abort',
  summary: 'roll back a rollout in progress: traffic to stable, canary removed',
  options: {
    ...clusterOptions,
    'wait-lock': {
      type: 'string',
      value: 'DURATION',
      description: 'wait this long for a live rollout holding the lease (default: deploy.lease + 5s)',
    },
  },
  help: 'Reads the rollout state from the cluster. The action runs it as its last step after a failure or cancel. Exit 0 when nothing is left half-done.',
  async run(ctx, options) {
    const { nextRevision, readHistory } = await import('../rollout/history.js');
    const { newRunId, openSession, runUnderLease, waitOption } = await import('../rollout/session.js');
    const { buildSpec } = await import('../rollout/spec.js');
    const { readState } = await import('../rollout/state.js');
    // The action runs abort after ANY failure: a job that failed before a rollout could start has nothing to undo.
    const nothing = nothingToAbort(ctx, options);
    if (nothing) {
      ctx.log.info(`abort: nothing to abort (${nothing})`);
      return { stdout: `nothing to abort: ${nothing}` };
    }
    const s = openSession(ctx, options);
    const { canary } = await s.workload.read();
    const state = readState(canary?.annotations);
    const history = await readHistory(s.kube, s.objects);
    const image = canary?.image || s.deploy.image || 'none';
    const spec = buildSpec(s.objects, {
      image,
      runId: newRunId(s.holder),
      intent: 'abort',
      nextRevision: state.ok ? state.state.revision : nextRevision(history),
    });
    const out = await runUnderLease(ctx, s, spec, {
      waitMs: waitOption(options, 'wait-lock', s.deploy.lease + 5000),
      title: 'Abort',
    });
    const { result, ...rest } = out;
    // Rolling back is what abort is for: it succeeded when nothing is left half-done.
    if (result.verdict === 'rolled-back' || result.verdict === 'unchanged') {
      const { failed: _f, exitCode: _e, ...ok } = rest;
      return { ...ok, stdout: result.reason };
    }
    return rest;
  },
});

function nothingToAbort(ctx: CommandContext, options: OptionValues): string | undefined {
  const path = stringOption(options, 'config') ?? 'model-deploy.yml';
  if (!existsSync(resolve(ctx.cwd, path))) return `no config file ${path}`;
  const { config } = loadConfig(path, { cwd: ctx.cwd, env: ctx.env });
  if (!config.deploy) return 'the config has no deploy: section';
  const kubeconfig = stringOption(options, 'kubeconfig') ?? ctx.kubeconfigPath ?? ctx.env.KUBECONFIG;
  if (!kubeconfig && !existsSync(join(homedir(), '.kube', 'config')))
    return 'no kubeconfig, so no rollout was started';
  return undefined;
}
