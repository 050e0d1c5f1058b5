import { preparePipeline } from '../dag/prepare.js';
import { renderMarkdown, renderRun } from '../dag/render.js';
import { runPipeline } from '../dag/run-pipeline.js';
import { InputError } from '../errors.js';
import { booleanOption, defineCommand, listOption, stringOption } from './command.js';

export default defineCommand({
  name: 'pipeline',
  summary:
    'pipeline run: run pipeline.tasks with runner limits, needs, retries, timeouts (the event flow: issue #10)',
  positionals: 'run',
  options: {
    'changed-from': {
      type: 'string',
      value: 'REF',
      description: 'run only tasks affected by git diff REF...HEAD',
    },
    changed: {
      type: 'string',
      multiple: true,
      value: 'FILE',
      description: 'a changed file; run only tasks it affects',
    },
    'no-cache': {
      type: 'boolean',
      description: 'run tasks even when a recorded run has the same input hash',
    },
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
    'Durations of successful tasks are recorded in pipeline.history; successful runs are cached by input hash.',
    'uses: steps run the model-deploy CLI in a child process (MODEL_DEPLOY_CLI overrides its path).',
    'With --dry-run the plan is printed and nothing runs.',
  ].join('\n'),
  async run(ctx, options, positionals) {
    const [action, ...extra] = positionals;
    if (action === undefined) {
      throw new InputError(
        'model-deploy pipeline: the flow for this event is not available yet (issue #10); use "pipeline run" to run pipeline.tasks',
      );
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
