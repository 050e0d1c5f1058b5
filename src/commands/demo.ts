import { runDemo } from '../demo/run.js';
import { booleanOption, defineCommand, stringOption } from './command.js';

export default defineCommand({
  name: 'demo',
  summary: 'run three releases of the example model through the pipeline against the simulated GPU cluster',
  options: {
    out: {
      type: 'string',
      value: 'FILE',
      description: 'where to write the markdown report',
      default: 'report.md',
    },
    keep: {
      type: 'boolean',
      description: 'keep the demo workspace (model, layout, kubeconfig) for a look afterwards',
    },
  },
  help: [
    'Nothing to install: starts the simulated cluster (3 nodes × 8 GPUs), packs examples/model into an OCI layout',
    'the cluster pulls from, then releases v1 (deployed), v2 (a serving regression caught by canary analysis and',
    'rolled back automatically) and v3 (promoted). Exit 0 when each release did what it should.',
  ].join('\n'),
  async run(ctx, options) {
    const result = await runDemo(ctx, {
      out: stringOption(options, 'out') ?? 'report.md',
      keep: booleanOption(options, 'keep'),
    });
    const lines = result.releases.map(
      (r) => `${r.tag}: ${r.got}${r.got === r.expect ? '' : ` (expected ${r.expect})`}`,
    );
    ctx.log.info(`demo finished in ${result.seconds.toFixed(1)} s; report: ${result.reportPath}`);
    return {
      stdout: lines.join('\n'),
      outputs: { report: result.reportPath },
      ...(result.ok ? {} : { failed: `the demo did not go as expected: ${lines.join('; ')}` }),
    };
  },
});
