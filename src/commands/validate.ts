import { stringify } from 'yaml';
import { loadConfig } from '../config/load.js';
import { ConfigError, ExitCode, InputError } from '../errors.js';
import { defineCommand, stringOption } from './command.js';

export default defineCommand({
  name: 'validate',
  summary: 'check model-deploy.yml and print the normalized config or every error',
  options: {
    format: { type: 'string', value: 'yaml|json', description: 'output format', default: 'yaml' },
  },
  help: 'Durations, quantities and percentages are printed normalized: milliseconds, bytes or cores, percent.',
  async run(ctx, options) {
    const format = stringOption(options, 'format') ?? 'yaml';
    if (format !== 'yaml' && format !== 'json')
      throw new InputError(`--format must be yaml or json, got "${format}"`);
    const path = stringOption(options, 'config') ?? 'model-deploy.yml';
    try {
      const { config } = loadConfig(path, { cwd: ctx.cwd, env: ctx.env });
      ctx.log.info(`${path}: valid`);
      return {
        stdout: format === 'json' ? JSON.stringify({ valid: true, config }, null, 2) : stringify(config),
        outputs: { valid: 'true' },
      };
    } catch (error) {
      if (!(error instanceof ConfigError) || format !== 'json') throw error;
      return {
        stdout: JSON.stringify({ valid: false, errors: error.issues }, null, 2),
        outputs: { valid: 'false' },
        failed: error.message,
        exitCode: ExitCode.Usage,
      };
    }
  },
});
