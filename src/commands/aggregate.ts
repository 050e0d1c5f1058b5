import { isAbsolute, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { loadConfig } from '../config/load.js';
import { type FederatedConfig, federatedSection } from '../config/sections/federated.js';
import { parseQuantity } from '../config/units.js';
import { InputError } from '../errors.js';
import {
  type AggregateRequest,
  aggregateCheckpoints,
  type ClientSpec,
  type NonFinitePolicy,
  planAggregation,
} from '../federated/aggregate.js';
import { expandInputs, parseInputArg } from '../federated/inputs.js';
import { parseMethod } from '../federated/method.js';
import { reportMarkdown } from '../federated/report.js';
import {
  booleanOption,
  type CommandContext,
  defineCommand,
  listOption,
  type OptionValues,
  stringOption,
} from './command.js';

export default defineCommand({
  name: 'aggregate',
  summary:
    'aggregate federated client checkpoints (safetensors) into a global model: FedAvg, median, trimmed mean, clipping',
  options: {
    input: {
      type: 'string',
      multiple: true,
      short: 'i',
      value: 'PATH[:WEIGHT]',
      description: 'client checkpoint (glob allowed); WEIGHT overrides its __metadata__ sample count',
    },
    out: {
      type: 'string',
      short: 'o',
      value: 'FILE',
      description: 'output safetensors file (default global.safetensors)',
    },
    method: {
      type: 'string',
      value: 'fedavg|median|trimmed-mean:F|fedavg-clip:NORM',
      description: 'aggregation method (default fedavg)',
    },
    base: {
      type: 'string',
      value: 'FILE',
      description: 'previous global model: updates are measured against it',
    },
    deltas: {
      type: 'boolean',
      description: 'clients send updates relative to --base; the result is base + aggregate',
    },
    'weight-key': {
      type: 'string',
      value: 'KEY',
      description: '__metadata__ field with the sample count (default num_samples)',
    },
    'non-finite': {
      type: 'string',
      value: 'exclude|fail',
      description: 'a client with NaN/Inf: leave it out or fail (default fail)',
    },
    round: {
      type: 'string',
      value: 'N',
      description: 'round number recorded in the output (default base round + 1, or 0)',
    },
    'chunk-size': {
      type: 'string',
      value: 'QUANTITY',
      description: 'float64 working set per client per step (default 8Mi)',
    },
    format: {
      type: 'string',
      value: 'markdown|json',
      description: 'report printed on stdout',
      default: 'markdown',
    },
  },
  help: [
    'Without --input, the federated: section of the config file gives inputs (globs), weights and the other settings;',
    "with --input the config file is not read. Weights come from PATH:WEIGHT, federated.weights, or each file's",
    '__metadata__ sample count; files without any weight are averaged equally.',
    '',
    'Examples:',
    '  model-deploy aggregate -i site-a.safetensors:1200 -i site-b.safetensors:800 -o global.safetensors',
    '  model-deploy aggregate -i "clients/*.safetensors" --base global-r3.safetensors --method trimmed-mean:0.2',
  ].join('\n'),
  async run(ctx, options) {
    const format = stringOption(options, 'format') ?? 'markdown';
    if (format !== 'markdown' && format !== 'json')
      throw new InputError(`--format must be markdown or json, got "${format}"`);
    const req = request(ctx, options);
    if (ctx.dryRun) {
      const plan = await planAggregation(req);
      const text = `dry run: ${req.clients.length} clients, ${plan.tensors} tensors, ${plan.parameters} parameters would be aggregated (${stringOption(options, 'method') ?? 'configured method'}) into ${req.outLabel}`;
      ctx.log.info(text);
      return { stdout: format === 'json' ? JSON.stringify({ dryRun: true, ...plan }, null, 2) : text };
    }
    const result = await ctx.log.group(`aggregate ${req.clients.length} clients → ${req.outLabel}`, () =>
      aggregateCheckpoints(req),
    );
    for (const c of result.clients) {
      if (c.outlier) ctx.log.warning(`${c.client}: outlier: ${c.reasons.join('; ')}`);
    }
    const summary = reportMarkdown(result);
    const outliers = result.clients.filter((c) => c.outlier).map((c) => c.client);
    return {
      outputs: {
        path: resolve(ctx.cwd, req.out),
        method: result.method,
        round: String(result.round),
        clients: String(result.clients.length - result.excluded.length),
        excluded: JSON.stringify(result.excluded),
        outliers: JSON.stringify(outliers),
      },
      summary,
      stdout: format === 'json' ? JSON.stringify(result, null, 2) : summary,
    };
  },
});

function request(ctx: CommandContext, options: OptionValues): AggregateRequest {
  const inputs = listOption(options, 'input');
  let settings: FederatedConfig;
  let dir = ctx.cwd;
  let clients: ClientSpec[];
  if (inputs.length > 0) {
    settings = federatedSection.parse({ inputs });
    clients = inputs.flatMap((arg) => {
      const { path, weight } = parseInputArg(arg);
      return expandInputs([path], dir, '--input').map((p) => ({
        path: resolve(dir, p),
        label: p,
        ...(weight === undefined ? {} : { weight }),
      }));
    });
  } else {
    const configPath = stringOption(options, 'config') ?? 'model-deploy.yml';
    const loaded = loadConfig(configPath, { cwd: ctx.cwd, env: ctx.env });
    if (!loaded.config.federated) {
      throw new InputError(
        `nothing to aggregate: give --input PATH[:WEIGHT] or add a federated: section with inputs to ${configPath}`,
      );
    }
    settings = loaded.config.federated;
    dir = loaded.dir;
    const paths = expandInputs(settings.inputs, dir, 'federated.inputs');
    clients = paths.map((p) => {
      const weight = configWeight(settings.weights, p, dir);
      return {
        path: resolve(dir, p),
        label: shown(ctx.cwd, resolve(dir, p)),
        ...(weight === undefined ? {} : { weight }),
      };
    });
  }
  const method = parseMethod(stringOption(options, 'method') ?? settings.method);
  const out = stringOption(options, 'out') ?? resolve(dir, settings.out);
  const basePath = stringOption(options, 'base') ?? (settings.base ? resolve(dir, settings.base) : undefined);
  const nonFinite = stringOption(options, 'non-finite') ?? settings['non-finite'];
  if (nonFinite !== 'exclude' && nonFinite !== 'fail') {
    throw new InputError(`--non-finite must be exclude or fail, got "${nonFinite}"`);
  }
  const roundText = stringOption(options, 'round');
  const round = roundText === undefined ? settings.round : Number(roundText);
  if (round !== undefined && !(Number.isInteger(round) && round >= 0)) {
    throw new InputError(`--round must be a non-negative integer, got "${roundText}"`);
  }
  const chunkText = stringOption(options, 'chunk-size');
  const chunkBytes = chunkText === undefined ? settings['chunk-size'] : parseQuantity(chunkText);
  if (chunkBytes === undefined || !(chunkBytes >= 8)) {
    throw new InputError(`--chunk-size must be a quantity of at least 8 bytes, e.g. 8Mi, got "${chunkText}"`);
  }
  return {
    clients,
    ...(basePath
      ? { base: { path: resolve(ctx.cwd, basePath), label: shown(ctx.cwd, resolve(ctx.cwd, basePath)) } }
      : {}),
    deltas: booleanOption(options, 'deltas') || settings.deltas,
    method,
    out: resolve(ctx.cwd, out),
    outLabel: shown(ctx.cwd, resolve(ctx.cwd, out)),
    weightKey: stringOption(options, 'weight-key') ?? settings['weight-key'],
    nonFinite: nonFinite as NonFinitePolicy,
    ...(round === undefined ? {} : { round }),
    chunkBytes,
    signal: ctx.signal,
    log: (message) => ctx.log.info(message),
  };
}

/** federated.weights keys are paths or globs relative to the config file. */
function configWeight(
  weights: Record<string, number> | undefined,
  path: string,
  dir: string,
): number | undefined {
  if (!weights) return undefined;
  const rel = relative(dir, resolve(dir, path)).split('\\').join('/');
  for (const [key, weight] of Object.entries(weights)) {
    if (resolve(dir, key) === resolve(dir, path) || picomatch(key)(rel)) return weight;
  }
  return undefined;
}

function shown(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
