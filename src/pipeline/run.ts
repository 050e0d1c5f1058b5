import { resolve } from 'node:path';
import type { CommandContext, CommandResult, OptionValues } from '../commands/command.js';
import { loadCommand } from '../commands/index.js';
import { loadConfig } from '../config/load.js';
import { describeError, ExitCode, exitCodeOf } from '../errors.js';
import { githubClient } from '../github/client.js';
import { publishSection, type SectionName } from '../github/comment.js';
import { readGitHubContext } from '../github/context.js';
import { code, escapeMarkdown, table, truncate } from '../report/markdown.js';
import type { RunContext } from './context.js';
import { describeStep, type FlowStep, planFlow } from './flow.js';
import type { GateKind } from './gate-records.js';
import { openRecordStore } from './records.js';
import { refuseUndeployableRelease } from './refusals.js';

export interface StepOutcome {
  step: FlowStep;
  status: 'passed' | 'failed' | 'skipped';
  reason?: string;
  seconds: number;
  result?: CommandResult;
}

export interface FlowReport {
  run: RunContext;
  steps: StepOutcome[];
  image?: string;
  digest?: string;
  summary: string;
  failed?: string;
  exitCode: number;
}

const SECTION_OF: Partial<Record<FlowStep['kind'], SectionName>> = {
  scan: 'scan',
  plan: 'plan',
  place: 'placement',
};

/** Runs the flow for this event with the real commands, in-process, and writes one report. */
export async function runFlow(
  ctx: CommandContext,
  run: RunContext,
  options: { configPath: string; extra?: Partial<Record<FlowStep['kind'], OptionValues>> },
): Promise<FlowReport> {
  const loaded = loadConfig(options.configPath, { cwd: ctx.cwd, env: ctx.env });
  const { config, dir } = loaded;
  await refuseUndeployableRelease(ctx, run, { config, dir, file: options.configPath });
  const steps = planFlow(run, config, { cluster: !!ctx.kubeconfigPath });
  ctx.log.info(
    `${run.ci} ${run.trigger}${run.release ? ` ${run.release.tag}` : ''}${run.pullRequest ? ` #${run.pullRequest.number}` : ''}: ${steps.map(describeStep).join(' → ')}`,
  );
  const github = readGitHubContext(ctx.env);
  const client = githubClient(ctx.githubToken, ctx.env);
  const outcomes: StepOutcome[] = [];
  let image: string | undefined;
  let digest: string | undefined;
  let failed: string | undefined;
  let exitCode: number = ExitCode.Ok;
  const stopOnFailure = run.trigger !== 'pull_request';

  let badInput = false;

  for (const step of steps) {
    if (badInput || (failed && stopOnFailure)) {
      const reason = badInput ? 'an earlier step stopped on bad input' : 'an earlier step failed';
      outcomes.push({ step, status: 'skipped', reason, seconds: 0 });
      continue;
    }
    const t0 = Date.now();
    const base: OptionValues = { config: options.configPath, ...(options.extra?.[step.kind] ?? {}) };
    try {
      const result = await runStep(ctx, step, base, {
        run,
        image,
        dir,
        layout: resolve(dir, config.image.layout),
      });
      if (step.kind === 'build') {
        image = result.outputs?.image;
        digest = result.outputs?.digest;
      }
      if (
        (step.kind === 'scan' || step.kind === 'evaluate') &&
        step.record &&
        image &&
        digest &&
        !ctx.dryRun
      ) {
        await attachRecord(ctx, image, step.kind === 'scan' ? 'scan' : 'evaluation', result);
      }
      const section = SECTION_OF[step.kind];
      if (section && github?.pullRequest && result.summary && !ctx.dryRun) {
        const published = await publishSection({
          client,
          context: github,
          model: config.model.name,
          section,
          content: result.summary,
          ...(result.verdict ? { verdict: result.verdict } : {}),
        }).catch((error: unknown) => ({ posted: false as const, reason: (error as Error).message }));
        if (!published.posted) ctx.log.warning(`no pull-request comment for ${section}: ${published.reason}`);
      }
      const stepFailed = result.failed !== undefined;
      outcomes.push({
        step,
        status: stepFailed ? 'failed' : 'passed',
        ...(result.failed ? { reason: result.failed } : {}),
        seconds: (Date.now() - t0) / 1000,
        result,
      });
      if (stepFailed) {
        failed ??= `${describeStep(step)}: ${result.failed}`;
        exitCode = Math.max(exitCode, result.exitCode ?? ExitCode.Gate);
      }
    } catch (error) {
      const code = exitCodeOf(error);
      const reason = describeError(error);
      outcomes.push({ step, status: 'failed', reason, seconds: (Date.now() - t0) / 1000 });
      failed ??= `${describeStep(step)}: ${reason}`;
      exitCode = Math.max(exitCode, code);
      // A bad configuration stops every flow: nothing after it can be trusted. On a pull request,
      // bad input to one step stops only that step, so the report still shows every other one.
      if (code === ExitCode.Usage && (stopOnFailure || step.kind === 'validate')) badInput = true;
    }
  }
  const report: FlowReport = {
    run,
    steps: outcomes,
    ...(image ? { image } : {}),
    ...(digest ? { digest } : {}),
    summary: '',
    ...(failed ? { failed } : {}),
    exitCode,
  };
  report.summary = renderFlow(report, config.model.name);
  return report;
}

async function runStep(
  ctx: CommandContext,
  step: FlowStep,
  base: OptionValues,
  state: { run: RunContext; image: string | undefined; dir: string; layout: string },
): Promise<CommandResult> {
  const command = async (name: string, options: OptionValues) => {
    const cmd = await loadCommand(name);
    if (!cmd) throw new Error(`command ${name} is missing`);
    return ctx.log.group(`${name}`, () => cmd.run(ctx, { ...base, ...options }, []));
  };
  const needImage = (): string => {
    if (!state.image)
      throw new Error(`${describeStep(step)} needs the image from the build step, which did not produce one`);
    return state.image;
  };
  switch (step.kind) {
    case 'validate':
      return command('validate', {});
    case 'build':
      return command('build', {
        tag: step.tags,
        ...(step.push ? {} : { repository: `oci:${state.layout}` }),
      });
    case 'scan':
      return command(
        'scan',
        state.image ? { image: state.image, format: 'markdown' } : { format: 'markdown' },
      );
    case 'evaluate': {
      const image = needImage();
      const digest = image.split('@')[1];
      // A release's result becomes the next baseline (when its gate passed), as on a tag in CI.
      return command('evaluate', {
        image,
        ...(digest ? { 'model-digest': digest } : {}),
        ...(state.run.trigger === 'release' ? { 'save-baseline': true } : {}),
      });
    }
    case 'plan':
      return command('plan', { format: 'markdown' });
    case 'place':
      return command('place', { format: 'markdown' });
    case 'deploy': {
      const image = needImage();
      return command('deploy', { image, 'require-gates': String(step.requireGates) });
    }
    case 'rollback':
      return command('rollback', step.to !== undefined ? { to: String(step.to) } : {});
  }
}

async function attachRecord(
  ctx: CommandContext,
  image: string,
  kind: GateKind,
  result: CommandResult,
): Promise<void> {
  const { store, digest, close } = openRecordStore(ctx, image);
  try {
    await store.attach({
      kind,
      subject: digest,
      passed: result.failed === undefined,
      reason: result.failed ?? `${kind} passed`,
      createdAt: ctx.now().toISOString(),
      report: result.outputs ?? {},
    });
    ctx.log.info(`${kind} record attached to ${digest.slice(0, 19)}… (${store.where})`);
  } finally {
    close();
  }
}

export function renderFlow(report: FlowReport, model: string): string {
  const { run } = report;
  const title =
    run.trigger === 'release' && run.release
      ? `Release ${escapeMarkdown(run.release.tag)} of ${escapeMarkdown(model)}`
      : run.trigger === 'pull_request'
        ? `Checks for ${escapeMarkdown(model)}${run.pullRequest ? ` on #${run.pullRequest.number}` : ''}`
        : `${escapeMarkdown(model)}: ${run.trigger}`;
  const icon = { passed: '✅', failed: '❌', skipped: '⏭️' } as const;
  const lines = [
    `## ${report.failed ? '❌' : '✅'} ${title}`,
    '',
    report.failed
      ? `**Failed:** ${escapeMarkdown(truncate(report.failed, 1000))}`
      : '**Passed:** every step did what it should.',
    '',
    ...(report.image ? [`Image: ${code(report.image)}`, ''] : []),
    table(
      ['step', 'result', 'time', 'detail'],
      report.steps.map((s) => [
        escapeMarkdown(describeStep(s.step)),
        `${icon[s.status]} ${s.status}`,
        `${s.seconds.toFixed(1)} s`,
        escapeMarkdown(truncate((s.reason ?? '').split('\n')[0] ?? '', 200)),
      ]),
      { align: ['left', 'left', 'right', 'left'] },
    ),
    '',
  ];
  for (const s of report.steps) {
    if (s.result?.summary) lines.push(s.result.summary.trim(), '');
  }
  return lines.join('\n');
}
