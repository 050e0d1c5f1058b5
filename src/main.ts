import { resolve } from 'node:path';
import * as core from '@actions/core';
import { actionLog } from './action-log.js';
import type { CommandContext } from './commands/command.js';
import { commandNames, loadCommand } from './commands/index.js';
import { suggest } from './config/suggest.js';
import { describeError, ExitCode, exitCodeOf, InputError } from './errors.js';
import { getInputs, splitArgs } from './inputs.js';
import {
  type KubeconfigFile,
  kubeconfigContents,
  kubeconfigSecrets,
  materializeKubeconfig,
} from './kubeconfig-input.js';
import { capSummary } from './report/summary.js';
import { commandHelp, parseInvocation, runCommand } from './run-command.js';

/** The action's entry: read inputs once, mask secrets, run one command, write outputs and summary. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = actionLog();
  let kubeconfig: KubeconfigFile | undefined;
  let code: number;
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => controller.abort(new Error(`cancelled (${signal})`));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const inputs = getInputs();
    // Mask before anything else can log them.
    for (const secret of [inputs['github-token'], inputs['registry-password'], inputs.kubeconfig])
      log.secret(secret);
    const cwd = resolve(env.GITHUB_WORKSPACE ?? process.cwd(), inputs['working-directory']);
    const kubeconfigText = kubeconfigContents(inputs.kubeconfig, cwd);
    if (kubeconfigText !== undefined)
      for (const secret of kubeconfigSecrets(kubeconfigText)) log.secret(secret);
    const command = await loadCommand(inputs.command);
    if (!command) {
      const hint = suggest(inputs.command, commandNames);
      throw new InputError(
        `input command: unknown command "${inputs.command}"${hint ? ` (did you mean "${hint}"?)` : ''}; one of ${commandNames.join(', ')}`,
      );
    }
    kubeconfig = materializeKubeconfig(inputs.kubeconfig, cwd, env);
    let extra: string[];
    try {
      extra = splitArgs(inputs.args);
    } catch (error) {
      throw new InputError(`input args: ${(error as Error).message}`);
    }
    if (extra.includes('--help') || extra.includes('-h')) {
      core.info(commandHelp(command));
      return 0;
    }
    const invocation = parseInvocation(command, ['--config', inputs.config, ...extra]);
    if (inputs['dry-run']) invocation.options['dry-run'] = true;
    const ctx: CommandContext = {
      cwd,
      env,
      log,
      dryRun: invocation.options['dry-run'] === true,
      action: true,
      signal: controller.signal,
      now: () => new Date(),
      ...(inputs['github-token'] ? { githubToken: inputs['github-token'] } : {}),
      ...(kubeconfig ? { kubeconfigPath: kubeconfig.path } : {}),
      ...(inputs['registry-username'] && inputs['registry-password']
        ? { registryAuth: { username: inputs['registry-username'], password: inputs['registry-password'] } }
        : {}),
    };
    const result = await runCommand(command, ctx, invocation);
    for (const [name, value] of Object.entries(result.outputs ?? {})) core.setOutput(name, value);
    if (result.summary) await core.summary.addRaw(capSummary(result.summary), true).write();
    else if (result.stdout) core.info(result.stdout);
    if (result.failed) core.setFailed(result.failed);
    code = result.exitCode ?? (result.failed ? ExitCode.Gate : ExitCode.Ok);
  } catch (error) {
    core.setFailed(describeError(error));
    code = exitCodeOf(error);
  } finally {
    kubeconfig?.dispose();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  process.exitCode = code;
  return code;
}
