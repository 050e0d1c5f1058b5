import { resolve } from 'node:path';
import { Kube } from '../cluster/kube.js';
import { refuseLayout } from '../cluster/simulator.js';
import type { CommandContext } from '../commands/command.js';
import type { Config } from '../config/schema.js';
import { InputError } from '../errors.js';
import type { RunContext } from './context.js';

/**
 * What a release refuses before it builds anything: a release that cannot roll out is never a
 * green run. A `deploy:` section needs cluster credentials, and an image the cluster can pull.
 */
export async function refuseUndeployableRelease(
  ctx: CommandContext,
  run: RunContext,
  loaded: { config: Config; dir: string; file: string },
): Promise<void> {
  const { config, dir, file } = loaded;
  if (run.trigger !== 'release' || !config.deploy) return;
  const tag = run.release ? ` ${run.release.tag}` : '';
  if (!ctx.kubeconfigPath) {
    const how = ctx.action
      ? 'give the action its `kubeconfig` input (a path, or the kubeconfig itself from a secret)'
      : 'set KUBECONFIG to the path of a kubeconfig file';
    throw new InputError(
      `release${tag}: ${file} has a deploy: section but there are no cluster credentials: ${how}. ` +
        'Nothing was built. (To release without rolling out, remove the deploy: section.)',
    );
  }
  if (config.image.repository === undefined) {
    await refuseLayout(
      Kube.fromKubeconfig(resolve(ctx.cwd, ctx.kubeconfigPath)),
      resolve(dir, config.image.layout),
      `release${tag}: image.repository is not set in ${file}, so the image would go to the local layout ${config.image.layout}; that`,
    );
  }
}
