import { appendFileSync } from 'node:fs';
import { cliLog } from './cli-log.js';
import type { CommandContext, CommandResult } from './commands/command.js';
import { commandNames, commands, loadCommand } from './commands/index.js';
import { suggest } from './config/suggest.js';
import { describeError, ExitCode, exitCodeOf, InputError } from './errors.js';
import { appendFileCommands } from './file-command.js';
import { capSummary } from './report/summary.js';
import { commandHelp, parseInvocation, runCommand } from './run-command.js';
import { VERSION } from './version.js';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'Usage: model-deploy <command> [options]',
    '',
    'Take an ML model from a pull request to a GPU Kubernetes cluster.',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run model-deploy <command> --help for its options.',
  ].join('\n');
}

/** Runs the CLI; returns the exit code instead of exiting so tests and the demo can call it in-process. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const log = cliLog();
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? ExitCode.Ok : ExitCode.Usage;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return ExitCode.Ok;
  }
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) process.exit(130);
    log.warning(`${signal} received: stopping and cleaning up (send it again to exit at once)`);
    controller.abort(new Error(`interrupted by ${signal}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const command = await loadCommand(name);
    if (!command) {
      const hint = suggest(name, commandNames);
      throw new InputError(
        `unknown command "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; run model-deploy --help`,
      );
    }
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${commandHelp(command)}\n`);
      return ExitCode.Ok;
    }
    const invocation = parseInvocation(command, rest);
    const ctx: CommandContext = {
      cwd: process.cwd(),
      env,
      log,
      dryRun: invocation.options['dry-run'] === true,
      action: false,
      signal: controller.signal,
      now: () => new Date(),
      ...(env.KUBECONFIG ? { kubeconfigPath: env.KUBECONFIG } : {}),
      ...(env.GITHUB_TOKEN ? { githubToken: env.GITHUB_TOKEN } : {}),
      ...(env.REGISTRY_USERNAME && env.REGISTRY_PASSWORD
        ? { registryAuth: { username: env.REGISTRY_USERNAME, password: env.REGISTRY_PASSWORD } }
        : {}),
    };
    if (ctx.githubToken) log.secret(ctx.githubToken);
    if (ctx.registryAuth) log.secret(ctx.registryAuth.password);
    const result = await runCommand(command, ctx, invocation);
    return finish(result, env, log);
  } catch (error) {
    log.error(describeError(error));
    return exitCodeOf(error);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function finish(result: CommandResult, env: NodeJS.ProcessEnv, log: ReturnType<typeof cliLog>): number {
  const out = result.stdout ?? result.summary;
  if (out) process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
  // In a CI job that is not an action step (a workflow `run:` of the CLI), still honour the job files.
  if (env.GITHUB_OUTPUT && result.outputs) appendFileCommands(env.GITHUB_OUTPUT, result.outputs);
  if (env.GITHUB_STEP_SUMMARY && result.summary)
    appendFileSync(env.GITHUB_STEP_SUMMARY, `${capSummary(result.summary)}\n`);
  if (result.failed) {
    log.error(result.failed);
    return result.exitCode ?? ExitCode.Gate;
  }
  return result.exitCode ?? ExitCode.Ok;
}
