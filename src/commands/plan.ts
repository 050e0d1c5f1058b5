import { planMatrix } from '../dag/matrix.js';
import { affectedOptions } from '../dag/options.js';
import { preparePipeline } from '../dag/prepare.js';
import { planVerdict, renderMarkdown } from '../dag/render.js';
import { InputError } from '../errors.js';
import { booleanOption, defineCommand, listOption, stringOption } from './command.js';

export const FORMATS = ['json', 'markdown', 'matrix'] as const;

export default defineCommand({
  name: 'plan',
  summary: 'plan the pipeline tasks as a staged DAG: critical path and a runner-limited schedule',
  options: {
    format: {
      type: 'string',
      value: 'json|markdown|matrix',
      description: 'output format',
      default: 'markdown',
    },
    ...affectedOptions,
  },
  help: [
    'Durations: the median of recorded runs (pipeline.history) replaces the estimate in the config.',
    'Times are milliseconds from the start of the pipeline. The markdown also goes to the job summary;',
    'matrix prints one strategy.matrix per stage (also the `matrix` output).',
  ].join('\n'),
  async run(ctx, options) {
    const format = stringOption(options, 'format') ?? 'markdown';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new InputError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
    }
    const { plan } = await preparePipeline(ctx, {
      configPath: stringOption(options, 'config') ?? 'model-deploy.yml',
      changedFrom: stringOption(options, 'changed-from'),
      changed: listOption(options, 'changed'),
      useCache: !booleanOption(options, 'no-cache'),
    });
    const matrix = planMatrix(plan);
    const summary = renderMarkdown(plan);
    const stdout =
      format === 'json'
        ? JSON.stringify(plan, null, 2)
        : format === 'matrix'
          ? JSON.stringify(matrix, null, 2)
          : summary;
    return {
      stdout,
      summary,
      verdict: planVerdict(plan),
      outputs: {
        matrix: JSON.stringify(matrix),
        stages: String(matrix.length),
        makespan: String(Math.round(plan.makespan)),
        'lower-bound': String(Math.round(plan.lowerBound)),
        'critical-path': plan.criticalPath.join(','),
      },
    };
  },
});
