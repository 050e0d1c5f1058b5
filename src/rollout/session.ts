import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir, hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { getOctokit } from '@actions/github';
import { snapshotFromCluster } from '../cluster/capacity.js';
import { Kube } from '../cluster/kube.js';
import { RolloutLease } from '../cluster/lease.js';
import type { CommandContext, CommandResult, OptionValues } from '../commands/command.js';
import { stringOption } from '../commands/command.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { DeployConfig } from '../config/sections/deploy.js';
import { durationProblem, parseDuration } from '../config/units.js';
import { ConfigError, ExitCode, InputError } from '../errors.js';
import type { DeploymentView, RolloutSpec } from './engine-types.js';
import { GitHubDeployment } from './github-deployment.js';
import { nextRevision, type Revision, readHistory } from './history.js';
import { type ModelObjects, modelObjects } from './manifests.js';
import { renderReport } from './report.js';
import { RolloutRunner, type RunOptions, type RunResult } from './run.js';
import { ANNOTATION } from './state.js';
import { makeRouter } from './traffic.js';
import { makeWorkload, type Workload } from './workload.js';

export interface Session {
  config: Config;
  deploy: DeployConfig;
  objects: ModelObjects;
  kube: Kube;
  kubeconfigPath: string;
  holder: string;
  workload: Workload;
}

export { clusterOptions } from './cluster-options.js';

/** Config with its deploy: section, the kubeconfig, and the client. */
export function openSession(ctx: CommandContext, options: OptionValues): Session {
  const path = stringOption(options, 'config') ?? 'model-deploy.yml';
  const { config } = loadConfig(path, { cwd: ctx.cwd, env: ctx.env });
  if (!config.deploy) {
    throw new ConfigError([
      {
        path: 'deploy',
        message: 'this command needs a deploy: section (namespace, replicas, steps, analysis)',
        file: path,
      },
    ]);
  }
  const given = stringOption(options, 'kubeconfig') ?? ctx.kubeconfigPath ?? ctx.env.KUBECONFIG;
  const kubeconfigPath = given ? resolve(ctx.cwd, given) : join(homedir(), '.kube', 'config');
  if (!existsSync(kubeconfigPath)) {
    throw new InputError(
      `kubeconfig ${kubeconfigPath} not found: pass --kubeconfig PATH, set KUBECONFIG, or give the action a kubeconfig input`,
    );
  }
  const kube = Kube.fromKubeconfig(kubeconfigPath);
  const objects = modelObjects(config.deploy, config.model);
  return {
    config,
    deploy: config.deploy,
    objects,
    kube,
    kubeconfigPath,
    holder: holderIdentity(ctx.env),
    workload: makeWorkload(kube, objects, (line) => ctx.log.warning(line)),
  };
}

/**
 * Who holds the lease: the workflow job when in GitHub Actions (a re-run or the abort step of the
 * same job takes over at once), else this host and process.
 */
export function holderIdentity(env: NodeJS.ProcessEnv): string {
  if (env.MODEL_DEPLOY_HOLDER) return env.MODEL_DEPLOY_HOLDER;
  if (env.GITHUB_RUN_ID)
    return `${env.GITHUB_REPOSITORY ?? 'github'}@${env.GITHUB_RUN_ID}/${env.GITHUB_JOB ?? 'job'}`;
  return `${hostname()}/${process.pid}`;
}

export function leaseFor(ctx: CommandContext, s: Session, waitMs: number): RolloutLease {
  return new RolloutLease(s.kube, {
    namespace: s.objects.namespace,
    name: `${s.objects.name}-model-deploy`,
    holder: s.holder,
    durationMs: s.deploy.lease,
    waitMs,
    now: () => ctx.now().getTime(),
    signal: ctx.signal,
    onWait: (m) => ctx.log.info(m),
  });
}

export function waitOption(options: OptionValues, name: string, fallbackMs: number): number {
  const text = stringOption(options, name);
  if (text === undefined) return fallbackMs;
  const ms = parseDuration(text);
  if (ms === undefined) throw new InputError(`--${name} must be a duration like 30s or 2m, got "${text}"`);
  const problem = durationProblem(ms);
  if (problem) throw new InputError(`--${name}: ${problem}`);
  return ms;
}

function githubDeployment(ctx: CommandContext, s: Session): GitHubDeployment | undefined {
  const repository = ctx.env.GITHUB_REPOSITORY;
  const ref = ctx.env.GITHUB_SHA ?? ctx.env.GITHUB_REF;
  if (!ctx.githubToken || !repository || !ref) return undefined;
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) return undefined;
  const octokit = getOctokit(ctx.githubToken, {
    baseUrl: (ctx.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
  });
  const server = ctx.env.GITHUB_SERVER_URL || 'https://github.com';
  return new GitHubDeployment(octokit, {
    owner,
    repo,
    ref,
    environment: s.deploy.environment,
    ...(ctx.env.GITHUB_RUN_ID
      ? { logUrl: `${server}/${repository}/actions/runs/${ctx.env.GITHUB_RUN_ID}` }
      : {}),
  });
}

/** A runner for this session's model, cluster, log, clock and cancel signal; `extra` adds the rest. */
export function sessionRunner(
  ctx: CommandContext,
  s: Session,
  spec: RolloutSpec,
  extra: Pick<RunOptions, 'revisionInfo'> & Partial<RunOptions>,
): RolloutRunner {
  return new RolloutRunner({
    kube: s.kube,
    objects: s.objects,
    workload: s.workload,
    router: makeRouter(s.kube, s.objects, s.workload),
    spec,
    log: ctx.log,
    now: () => ctx.now().getTime(),
    signal: ctx.signal,
    ...extra,
  });
}

/** Runs a rollout under the lease, with GitHub deployment statuses, and turns it into a CommandResult. */
export async function runUnderLease(
  ctx: CommandContext,
  s: Session,
  planned: RolloutSpec,
  options: { waitMs: number; prometheus?: string; title: string },
): Promise<CommandResult & { result: RunResult }> {
  const lease = leaseFor(ctx, s, options.waitMs);
  const took = await lease.acquire();
  // Another rollout may have finished while we waited for the lease: number after it.
  const spec = planned.intent === 'deploy' ? { ...planned, nextRevision: await nextRevisionNow(s) } : planned;
  if (took.tookOver)
    ctx.log.warning(
      `took over Lease ${s.objects.name}-model-deploy from ${took.tookOver} (it stopped renewing)`,
    );
  const queued = took.waitedBehind?.length
    ? `Waited for the Lease behind ${took.waitedBehind.map((h) => `\`${h}\``).join(', ')}: rollouts of this model run one at a time, in order of arrival, so the one started last ends stable.\n\n`
    : '';
  if (queued) ctx.log.info(queued.trim());
  const gh = spec.intent === 'deploy' ? githubDeployment(ctx, s) : undefined;
  try {
    await gh?.start(`${options.title}: ${spec.image}`, { image: spec.image, revision: spec.nextRevision });
    const runner = sessionRunner(ctx, s, spec, {
      ...((options.prometheus ?? s.deploy.analysis.prometheus)
        ? { prometheus: options.prometheus ?? s.deploy.analysis.prometheus }
        : {}),
      ...(s.deploy.preflight ? { snapshot: () => snapshotFromCluster(s.kubeconfigPath) } : {}),
      revisionInfo: {
        ...(s.config.model.version ? { modelVersion: s.config.model.version } : {}),
        ...(ctx.env.GITHUB_SHA ? { gitSha: ctx.env.GITHUB_SHA } : {}),
      },
      stopReason: () => lease.lostReason,
    });
    const result = await ctx.log.group(`${options.title} ${s.objects.namespace}/${s.objects.name}`, () =>
      runner.run(),
    );
    const ok = result.verdict === 'promoted' || result.verdict === 'unchanged';
    await gh?.status(ok ? 'success' : 'failure', result.reason);
    for (const w of gh?.warnings ?? []) ctx.log.warning(w);
    const summary = `${renderReport(result.report)}\n${queued}`;
    return {
      result,
      outputs: {
        verdict: result.verdict,
        image: spec.image,
        ...(result.report.revision !== undefined ? { revision: String(result.report.revision) } : {}),
        ...(gh?.deploymentId !== undefined ? { 'deployment-id': String(gh.deploymentId) } : {}),
      },
      summary,
      ...(ok
        ? {}
        : { failed: `${s.objects.name}: ${result.verdict}: ${result.reason}`, exitCode: ExitCode.Gate }),
    };
  } catch (error) {
    await gh?.status('failure', (error as Error).message ?? 'error');
    throw error;
  } finally {
    await lease
      .release()
      .catch((error: unknown) => ctx.log.warning(`could not release the lease: ${(error as Error).message}`));
  }
}

/** The revision number the next rollout gets: after every recorded one and the stable's. */
export function revisionAfter(history: readonly Revision[], stable: DeploymentView | undefined): number {
  return nextRevision(history, Number(stable?.annotations[ANNOTATION.revision] ?? 0));
}

export async function nextRevisionNow(s: Session): Promise<number> {
  const [history, view] = await Promise.all([readHistory(s.kube, s.objects), s.workload.read()]);
  return revisionAfter(history, view.stable);
}

export function newRunId(holder: string): string {
  return `${holder}#${randomUUID().slice(0, 8)}`;
}
