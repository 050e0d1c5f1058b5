import { affectedOptions } from '../dag/options.js';
import { preparePipeline } from '../dag/prepare.js';
import { renderMarkdown, renderRun } from '../dag/render.js';
import { runPipeline } from '../dag/run-pipeline.js';
import { type ExitCode, InputError } from '../errors.js';
import { detectContext } from '../pipeline/context.js';
import { runFlow } from '../pipeline/run.js';
import { booleanOption, type CommandResult, defineCommand, listOption, stringOption } from './command.js';

export default defineCommand({
  name: 'pipeline',
  summary:
    'run the flow for this event (PR checks, or release and canary rollout); `pipeline run` runs pipeline.tasks',
  positionals: '[run]',
  options: {
    ...affectedOptions,
    only: {
      type: 'string',
      multiple: true,
      value: 'ID',
      description: 'run only this task (its needs are assumed done)',
    },
    'keep-going': {
      type: 'boolean',
      description: 'after a failure, still run the tasks that do not depend on it',
    },
  },
  help: [
    'Without "run": decides by the CI event (GitHub, GitLab, Jenkins, or MODEL_DEPLOY_TAG / MODEL_DEPLOY_EVENT locally):',
    '  pull request: build (PR tag, or the local layout on forks), scan, evaluate, plan, placement; one PR comment;',
    '  semver tag: build and push, scan gate, evaluation gate (records attached to the digest), canary rollout;',
    '  workflow_dispatch with rollback: rollback (--to the revision input when given).',
    'With "run": runs pipeline.tasks in this job with runner limits, needs, retries and timeouts.',
    'Durations of successful tasks are recorded in pipeline.history; successful runs are cached by input hash.',
    'uses: steps run the model-deploy CLI in a child process (MODEL_DEPLOY_CLI overrides its path).',
    'With --dry-run the plan is printed and nothing runs.',
  ].join('\n'),
  async run(ctx, options, positionals) {
    const [action, ...extra] = positionals;
    if (action === undefined) {
      const report = await runFlow(ctx, detectContext(ctx.env), {
        configPath: stringOption(options, 'config') ?? 'model-deploy.yml',
      });
      const result: CommandResult = {
        summary: report.summary,
        outputs: {
          trigger: report.run.trigger,
          ...(report.image ? { image: report.image } : {}),
          ...(report.digest ? { digest: report.digest } : {}),
        },
        ...(report.failed ? { failed: report.failed, exitCode: report.exitCode as ExitCode } : {}),
      };
      return result;
    }
    if (action !== 'run' || extra.length > 0) {
      throw new InputError(`model-deploy pipeline: expected "run", got "${positionals.join(' ')}"`);
    }
    const prepared = await preparePipeline(ctx, {
      configPath: stringOption(options, 'config') ?? 'model-deploy.yml',
      changedFrom: stringOption(options, 'changed-from'),
      changed: listOption(options, 'changed'),
      useCache: !booleanOption(options, 'no-cache'),
    });
    if (ctx.dryRun) return { summary: renderMarkdown(prepared.plan) };
    const report = await runPipeline(ctx, prepared, {
      failFast: !booleanOption(options, 'keep-going'),
      only: listOption(options, 'only'),
    });
    const summary = renderRun(report);
    return {
      summary,
      outputs: {
        succeeded: report.runs
          .filter((r) => r.status === 'succeeded')
          .map((r) => r.id)
          .join(','),
        failed: report.failed.join(','),
      },
      ...(report.failed.length > 0
        ? { failed: `pipeline failed: ${report.failed.join(', ')} (dependents skipped)` }
        : {}),
    };
  },
});
