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
      const loaded = loadConfig(path, { cwd: ctx.cwd, env: ctx.env });
      const secrets = [...loaded.secrets, ctx.githubToken, ctx.registryAuth?.password].filter(
        (s): s is string => !!s,
      );
      for (const secret of secrets) ctx.log.secret(secret);
      const config = masked(loaded.config, secrets);
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

/** The config with every secret replaced by *** wherever it occurs in a string. */
function masked(value: unknown, secrets: readonly string[]): unknown {
  if (secrets.length === 0) return value;
  if (typeof value === 'string') return secrets.reduce((s, secret) => s.split(secret).join('***'), value);
  if (Array.isArray(value)) return value.map((v) => masked(v, secrets));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [masked(k, secrets), masked(v, secrets)]),
    );
  return value;
}
