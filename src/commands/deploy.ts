import { InputError } from '../errors.js';
import { detectContext } from '../pipeline/context.js';
import { clusterOptions } from '../rollout/cluster-options.js';
import { defineCommand, type OptionValues, stringOption } from './command.js';

export default defineCommand({
  name: 'deploy',
  summary: 'canary rollout with analysis and automatic rollback',
  options: {
    image: { type: 'string', value: 'REF', description: 'image to roll out (default: deploy.image)' },
    ...clusterOptions,
    prometheus: {
      type: 'string',
      value: 'URL',
      description: 'Prometheus for analysis (default: deploy.analysis.prometheus)',
    },
    'require-gates': {
      type: 'string',
      value: 'true|false',
      description:
        'refuse an image without passing scan and evaluation records (default: deploy.require-gates, else true on a release tag)',
    },
    'wait-lock': {
      type: 'string',
      value: 'DURATION',
      description: 'wait this long for another rollout of the model to finish (default: twice deploy.lease)',
    },
  },
  help: [
    'Creates the Deployment on a first deploy; otherwise runs deploy.steps on a canary Deployment, analysing',
    'each step, then promotes (stable takes the image) or rolls back (traffic to stable first, canary removed).',
    'State lives in annotations on the canary: a rerun after a kill resumes or rolls back (deploy.rollback.on-rerun).',
    'Exit 1 when the rollout was rolled back or failed; the job summary holds the report.',
  ].join('\n'),
  async run(ctx, options) {
    const { requireGateRecords } = await import('../pipeline/records.js');
    const { decide } = await import('../rollout/engine.js');
    const { newRunId, nextRevisionNow, openSession, runUnderLease, sessionRunner, waitOption } = await import(
      '../rollout/session.js'
    );
    const { buildSpec } = await import('../rollout/spec.js');
    const s = openSession(ctx, options);
    const image = stringOption(options, 'image') ?? s.deploy.image;
    if (!image)
      throw new InputError(
        'no image to deploy: pass --image REF (the action passes the image it built) or set deploy.image',
      );
    const { refuseUnpullableImage } = await import('../cluster/simulator.js');
    await refuseUnpullableImage(s.kube, image, ctx.cwd);
    const requireGates = requireGatesFor(options, s.deploy['require-gates'], ctx.env);
    if (requireGates && !ctx.dryRun) await requireGateRecords(ctx, image);
    const prometheus = stringOption(options, 'prometheus');
    const spec = buildSpec(s.objects, {
      image,
      runId: newRunId(s.holder),
      intent: 'deploy',
      nextRevision: await nextRevisionNow(s),
    });
    if (ctx.dryRun) {
      const runner = sessionRunner(ctx, s, spec, { revisionInfo: {} });
      const decision = decide(spec, await runner.observe(), ctx.now().getTime());
      const lines = [
        `dry run: ${decision.progress.message}`,
        ...decision.actions.map(
          (a) =>
            `would ${a.kind}${'replicas' in a ? ` ${a.replicas}` : ''}${'weight' in a ? ` ${a.weight}%` : ''}`,
        ),
      ];
      return { stdout: lines.join('\n'), outputs: { verdict: 'dry-run' } };
    }
    const { result: _result, ...rest } = await runUnderLease(ctx, s, spec, {
      waitMs: waitOption(options, 'wait-lock', 2 * s.deploy.lease),
      ...(prometheus ? { prometheus } : {}),
      title: 'Canary rollout',
    });
    return rest;
  },
});

/** --require-gates, else deploy.require-gates, else on for release tags (GitHub, GitLab, Jenkins). */
function requireGatesFor(
  options: OptionValues,
  configured: boolean | undefined,
  env: NodeJS.ProcessEnv,
): boolean {
  const flag = stringOption(options, 'require-gates');
  if (flag !== undefined) {
    if (flag !== 'true' && flag !== 'false')
      throw new InputError(`--require-gates must be true or false, got "${flag}"`);
    return flag === 'true';
  }
  return configured ?? detectContext(env).trigger === 'release';
}
