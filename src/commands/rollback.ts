import { InputError } from '../errors.js';
import { clusterOptions } from '../rollout/cluster-options.js';
import type { Revision } from '../rollout/history.js';
import { defineCommand, stringOption } from './command.js';

export default defineCommand({
  name: 'rollback',
  summary: 'restore an earlier revision from the history kept in the cluster',
  options: {
    to: {
      type: 'string',
      value: 'REVISION',
      description: 'revision number (see `model-deploy status`); default: the previous promoted one',
    },
    ...clusterOptions,
    'wait-lock': {
      type: 'string',
      value: 'DURATION',
      description: 'wait this long for another rollout (default: twice deploy.lease)',
    },
  },
  help: 'Skips steps and analysis (a fast-track rollback): stable takes the old image with a surge that fits, never below its ready count.',
  async run(ctx, options) {
    const { previousPromoted, readHistory } = await import('../rollout/history.js');
    const { newRunId, openSession, revisionAfter, runUnderLease, waitOption } = await import(
      '../rollout/session.js'
    );
    const { buildSpec } = await import('../rollout/spec.js');
    const s = openSession(ctx, options);
    const history = await readHistory(s.kube, s.objects);
    const { stable } = await s.workload.read();
    if (!stable) throw new InputError(`${s.workload.stableName} does not exist: nothing to roll back`);
    const to = stringOption(options, 'to');
    let target: Revision | undefined;
    if (to !== undefined) {
      const n = Number(to);
      if (!Number.isInteger(n) || n < 1) throw new InputError(`--to must be a revision number, got "${to}"`);
      target = history.find((r) => r.revision === n);
      if (!target) {
        const known = history.map((r) => `${r.revision} (${r.verdict})`).join(', ') || 'none';
        throw new InputError(
          `revision ${n} is not in the history of ${s.objects.name}; known revisions: ${known}`,
        );
      }
    } else {
      target = previousPromoted(history, stable.image);
      if (!target)
        throw new InputError(
          `no earlier promoted revision of ${s.objects.name} to roll back to; see model-deploy status`,
        );
    }
    const spec = buildSpec(s.objects, {
      image: target.image,
      runId: newRunId(s.holder),
      intent: 'deploy',
      nextRevision: revisionAfter(history, stable),
      rollbackTo: target.revision,
    });
    const { result: _r, ...rest } = await runUnderLease(ctx, s, spec, {
      waitMs: waitOption(options, 'wait-lock', 2 * s.deploy.lease),
      title: `Rollback to revision ${target.revision}`,
    });
    return rest;
  },
});
