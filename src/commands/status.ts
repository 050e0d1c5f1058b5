import { InputError } from '../errors.js';
import { clusterOptions } from '../rollout/cluster-options.js';
import { defineCommand, stringOption } from './command.js';

export default defineCommand({
  name: 'status',
  summary:
    'show the stable and canary of the model, a rollout in progress, the lease and the revision history',
  options: {
    format: { type: 'string', value: 'json|markdown', description: 'output format', default: 'markdown' },
    ...clusterOptions,
  },
  async run(ctx, options) {
    const { leaseView } = await import('../cluster/lease.js');
    const { readHistory } = await import('../rollout/history.js');
    const { code, escapeMarkdown: cell, table } = await import('../report/markdown.js');
    const { openSession } = await import('../rollout/session.js');
    const { readState } = await import('../rollout/state.js');
    const format = stringOption(options, 'format') ?? 'markdown';
    if (format !== 'json' && format !== 'markdown')
      throw new InputError(`--format must be json or markdown, got "${format}"`);
    const s = openSession(ctx, options);
    const { namespace, name } = s.objects;
    const [{ stable, canary }, lease, history] = await Promise.all([
      s.workload.read(),
      s.kube.read('read Lease', () =>
        s.kube.coordination.readNamespacedLease({ name: `${name}-model-deploy`, namespace }),
      ),
      readHistory(s.kube, s.objects),
    ]);
    const state = canary ? readState(canary.annotations) : undefined;
    const deploymentStatus = (d: typeof stable) =>
      d ? { image: d.image, replicas: d.replicas, ready: d.readyReplicas, updated: d.updatedReplicas } : null;
    const lv = leaseView(lease);
    const report = {
      namespace,
      name,
      stable: deploymentStatus(stable),
      canary: deploymentStatus(canary),
      rollout: state?.ok
        ? {
            phase: state.state.phase,
            revision: state.state.revision,
            step: state.state.step + 1,
            steps: s.deploy.steps.length,
            weight: state.state.weight,
            startedAt: new Date(state.state.startedAt).toISOString(),
            ...(state.state.abortReason ? { abortReason: state.state.abortReason } : {}),
            analysis: state.state.analysis,
          }
        : state
          ? { problem: state.problem }
          : null,
      lease: lv?.holder
        ? {
            holder: lv.holder,
            renewedAt: lv.renewedAt ? new Date(lv.renewedAt).toISOString() : null,
            durationSeconds: lv.durationMs / 1000,
          }
        : null,
      history,
    };
    const inProgress = report.rollout && 'phase' in report.rollout ? report.rollout : undefined;
    const outputs = {
      'stable-image': report.stable?.image ?? '',
      'rollout-in-progress': String(canary !== undefined),
      revision: String(history[history.length - 1]?.revision ?? ''),
    };
    if (format === 'json') return { stdout: JSON.stringify(report, null, 2), outputs };
    const lines = [
      `## ${cell(namespace)}/${cell(name)}`,
      '',
      `- stable: ${report.stable ? `${code(report.stable.image)} ${report.stable.ready}/${report.stable.replicas} ready` : 'none'}`,
      `- canary: ${report.canary ? `${code(report.canary.image)} ${report.canary.ready}/${report.canary.replicas} ready` : 'none'}`,
      ...(inProgress
        ? [
            `- rollout: revision ${inProgress.revision} ${inProgress.phase}, step ${inProgress.step}/${inProgress.steps}, weight ${inProgress.weight}%${inProgress.abortReason ? `, aborting: ${cell(inProgress.abortReason)}` : ''}`,
          ]
        : []),
      `- lease: ${report.lease ? `held by ${cell(report.lease.holder)} (renewed ${report.lease.renewedAt})` : 'free'}`,
      '',
      table(
        ['revision', 'verdict', 'image', 'model version', 'git sha', 'time'],
        [...history]
          .reverse()
          .map((r) => [
            String(r.revision),
            cell(r.verdict),
            code(r.image),
            cell(r.modelVersion ?? ''),
            cell((r.gitSha ?? '').slice(0, 12)),
            cell(r.at),
          ]),
        { max: 30, more: (n) => `_… and ${n} older revisions: \`--format json\` lists every one._` },
      ),
    ];
    return { stdout: lines.join('\n'), outputs };
  },
});
