import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { shellReferences } from '../config/env.js';
import type { LoadedConfig } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import type { EvaluateConfig } from '../config/sections/evaluate.js';
import { InputError } from '../errors.js';
import {
  ActionsCacheBaselineStore,
  type ArtifactStore,
  type BaselineRecord,
  type BaselineStore,
  baselineDecision,
  type CacheApi,
  DirBaselineStore,
  type EvaluationRecord,
  type HistoryPoint,
  nextBaseline,
  RegistryBaselineStore,
} from '../evaluate/baseline.js';
import { commonDirectory, hashFiles, matchFiles, ResultCache, resultKey } from '../evaluate/cache.js';
import { evaluateGates, type GateReport } from '../evaluate/gate.js';
import { parseMetrics, parseSamples } from '../evaluate/metrics.js';
import { registryArtifacts } from '../evaluate/registry-artifacts.js';
import { renderEvaluation } from '../evaluate/render.js';
import { runEvaluationCommand } from '../evaluate/run.js';
import { githubClient } from '../github/client.js';
import { type PublishResult, publishSection } from '../github/comment.js';
import { type GitHubContext, isBaselineRef, readGitHubContext } from '../github/context.js';
import { escapeMarkdown } from '../report/markdown.js';
import type { SectionVerdict } from '../report/verdict.js';
import { booleanOption, type CommandContext, defineCommand, stringOption } from './command.js';

export interface EvaluateDeps {
  /** @actions/cache, or a stand-in. */
  cache?: () => Promise<CacheApi & { isFeatureAvailable(): boolean }>;
  /** OCI artifacts for the registry baseline store (to be wired to src/oci/registry.ts). */
  artifacts?: (
    ctx: CommandContext,
    loaded: LoadedConfig,
  ) => Promise<{ store: ArtifactStore; resolveDigest(reference: string): Promise<string> }>;
}

export function createEvaluateCommand(deps: EvaluateDeps = {}) {
  return defineCommand({
    name: 'evaluate',
    summary: 'run the evaluation, gate it against the baseline with significance, report on the pull request',
    options: {
      'model-digest': {
        type: 'string',
        value: 'DIGEST',
        description: 'image or model digest (default: hash of model.artifacts)',
      },
      image: {
        type: 'string',
        value: 'REF',
        description: 'model image for MODEL_IMAGE (default: env MODEL_IMAGE)',
      },
      'model-dir': {
        type: 'string',
        value: 'DIR',
        description: 'MODEL_DIR for the command (default: the directory holding model.artifacts)',
      },
      metrics: {
        type: 'string',
        value: 'FILE',
        description: 'use this metrics JSON instead of running evaluate.command',
      },
      samples: { type: 'string', value: 'FILE', description: 'per-sample JSONL that goes with --metrics' },
      'save-baseline': {
        type: 'boolean',
        description:
          'record this result as the baseline if its gates pass (automatic on the default branch and tags)',
      },
      format: { type: 'string', value: 'markdown|json', description: 'stdout format', default: 'markdown' },
    },
    help: [
      'The command gets MODEL_DIR, MODEL_IMAGE and EVAL_OUTPUT and writes evaluate.metrics (and evaluate.samples)',
      'into EVAL_OUTPUT. Results are cached by (model digest or files, dataset files, command).',
      'Exit 1 when a gate fails (or is inconclusive with evaluate.fail-on-inconclusive).',
    ].join('\n'),
    async run(ctx, options) {
      const format = stringOption(options, 'format') ?? 'markdown';
      if (format !== 'markdown' && format !== 'json')
        throw new InputError(`--format must be markdown or json, got "${format}"`);
      const loaded = loadConfig(stringOption(options, 'config') ?? 'model-deploy.yml', {
        cwd: ctx.cwd,
        env: ctx.env,
      });
      const { config, dir } = loaded;
      const ev = config.evaluate;
      const model = config.model.name;
      const github = readGitHubContext(ctx.env);
      const metricsOption = stringOption(options, 'metrics');
      const samplesOption = stringOption(options, 'samples');
      if (!ev.command && !metricsOption) {
        throw new InputError(
          'evaluate.command is not set in the config: set it (or pass --metrics FILE with precomputed results)',
        );
      }

      const modelKey =
        stringOption(options, 'model-digest') ??
        ctx.env.MODEL_DIGEST ??
        (await hashFiles(dir, config.model.artifacts, 'model.artifacts'));
      const datasetKey = ev.dataset.length ? await hashFiles(dir, ev.dataset, 'evaluate.dataset') : '';
      const key = resultKey({
        model: modelKey,
        dataset: datasetKey,
        // the shell expands variables at run time, so their values are part of what the command means
        command: ev.command
          ? `${ev.command}\0${shellReferences(ev.command, ctx.env)}`
          : `file:${metricsOption}`,
        metrics: ev.metrics,
        ...(ev.samples ? { samples: ev.samples } : {}),
      });

      const store = await makeStore(deps, ctx, loaded, github, modelKey);
      const baseline = store
        ? await ctx.log.group(`Load baseline (${store.description})`, async () => {
            const b = await store.load();
            ctx.log.info(
              b
                ? `baseline ${b.sha?.slice(0, 7) ?? b.key.slice(0, 12)} from ${b.createdAt}`
                : 'no baseline yet',
            );
            return b;
          })
        : undefined;

      const resultCache = new ResultCache(resolve(dir, ev.cache));
      let reusedFrom: string | undefined;
      let candidate: EvaluationRecord | undefined = metricsOption ? undefined : resultCache.get(key);
      if (candidate) reusedFrom = `result cache, ${candidate.createdAt}`;
      else if (!metricsOption && baseline?.key === key) {
        candidate = { ...baseline };
        reusedFrom = `baseline ${baseline.sha?.slice(0, 7) ?? ''} ${baseline.createdAt}`.replace(/\s+/g, ' ');
      }
      const candidateSource = metricsOption ?? relative(ctx.cwd, join(resolve(dir, ev.output), ev.metrics));
      const samplesSource =
        samplesOption ??
        (ev.samples ? relative(ctx.cwd, join(resolve(dir, ev.output), ev.samples)) : undefined);
      if (candidate) {
        ctx.log.info(`model, dataset and command unchanged: reusing the evaluation from the ${reusedFrom}`);
      } else {
        candidate = await ctx.log.group('Evaluate', () =>
          evaluateCandidate(ctx, {
            ev,
            dir,
            model,
            key,
            modelKey,
            github,
            metricsOption,
            samplesOption,
            image: stringOption(options, 'image') ?? ctx.env.MODEL_IMAGE ?? '',
            modelDir: stringOption(options, 'model-dir')
              ? resolve(ctx.cwd, stringOption(options, 'model-dir')!)
              : commonDirectory(dir, matchFiles(dir, config.model.artifacts)),
          }),
        );
        if (!metricsOption) resultCache.put(candidate);
      }

      const report: GateReport = evaluateGates({
        gates: ev.gates,
        candidate: {
          metrics: candidate.metrics,
          source: candidateSource,
          ...(candidate.samples
            ? { samples: parseSamples(candidate.samples, samplesSource ?? 'samples') }
            : {}),
        },
        baseline: baseline && {
          metrics: baseline.metrics,
          source: `baseline metrics (${store!.description})`,
          ...(baseline.samples
            ? { samples: parseSamples(baseline.samples, `baseline samples (${store!.description})`) }
            : {}),
        },
        significance: ev.significance,
      });
      for (const m of report.metrics) ctx.log.info(`${m.metric}: ${m.verdict}: ${m.reason}`);

      const gated = new Set(ev.gates.map((g) => g.metric));
      const markdown = renderEvaluation({
        report,
        otherMetrics: Object.fromEntries(Object.entries(candidate.metrics).filter(([k]) => !gated.has(k))),
        baselineMetrics: baseline?.metrics,
        baselineLabel: baseline ? baselineLabel(baseline) : undefined,
        history: baseline?.history ?? [],
        ...(origin(baseline) ? { origin: origin(baseline) } : {}),
        current: {
          createdAt: candidate.createdAt,
          metrics: candidate.metrics,
          ...(github?.sha ? { sha: github.sha } : {}),
        },
        historyLength: ev.history,
        ...(reusedFrom ? { reusedFrom } : {}),
      });

      let published: PublishResult | undefined;
      if (github?.pullRequest && !ctx.dryRun) {
        published = await publishSection({
          client: githubClient(ctx.githubToken, ctx.env),
          context: github,
          model,
          section: 'evaluation',
          content: markdown,
          verdict: evaluationVerdict(report),
        }).catch((error: unknown) => ({
          posted: false as const,
          reason: `the pull-request comment failed: ${(error as Error).message}`,
        }));
        if (published.posted) ctx.log.info(`pull-request comment ${published.action}: ${published.url}`);
        else ctx.log.warning(`no pull-request comment: ${published.reason}`);
      }

      const failing =
        report.verdict === 'fail' || (report.verdict === 'inconclusive' && ev['fail-on-inconclusive']);
      const requested =
        booleanOption(options, 'save-baseline') || (github !== undefined && isBaselineRef(github));
      if (store && requested && !ctx.dryRun) {
        const decision = baselineDecision(report, { baselineRef: true, hasBaseline: baseline !== undefined });
        if (!decision.record) ctx.log.warning(decision.reason);
        else {
          const record: BaselineRecord = nextBaseline(baseline, {
            ...candidate,
            createdAt: ctx.now().toISOString(),
            ...(github?.sha ? { sha: github.sha } : {}),
            ...(github?.ref ? { ref: github.ref } : {}),
          });
          await ctx.log.group(`Save baseline (${store.description})`, () => store.save(record));
        }
      }

      const note =
        published && !published.posted && github?.pullRequest
          ? `\n\n> No pull-request comment: ${escapeMarkdown(published.reason)}.`
          : '';
      const summary = `${markdown}${note}`;
      return {
        summary,
        verdict: evaluationVerdict(report),
        stdout:
          format === 'json'
            ? JSON.stringify({ verdict: report.verdict, reason: report.reason, key, report }, null, 2)
            : summary,
        outputs: {
          verdict: report.verdict,
          'result-key': key,
          ...(published?.posted ? { 'comment-url': published.url } : {}),
        },
        ...(failing ? { failed: `evaluation gate ${report.verdict}: ${report.reason}` } : {}),
      };
    },
  });
}

/** The evaluation's line at the top of the pull-request comment. */
function evaluationVerdict(report: GateReport): SectionVerdict {
  const status = report.verdict === 'pass' ? 'pass' : report.verdict === 'fail' ? 'fail' : 'warn';
  return { status, reason: report.reason };
}

interface CandidateOptions {
  ev: EvaluateConfig;
  dir: string;
  model: string;
  key: string;
  modelKey: string;
  github: GitHubContext | undefined;
  metricsOption: string | undefined;
  samplesOption: string | undefined;
  image: string;
  modelDir: string;
}

async function evaluateCandidate(ctx: CommandContext, o: CandidateOptions): Promise<EvaluationRecord> {
  let metricsPath: string;
  let samplesPath: string | undefined;
  if (o.metricsOption) {
    metricsPath = resolve(ctx.cwd, o.metricsOption);
    samplesPath = o.samplesOption ? resolve(ctx.cwd, o.samplesOption) : undefined;
  } else {
    const output = resolve(o.dir, o.ev.output);
    metricsPath = join(output, o.ev.metrics);
    samplesPath = o.ev.samples ? join(output, o.ev.samples) : undefined;
    // stale results from an earlier run must not pass for this one
    rmSync(metricsPath, { force: true });
    if (samplesPath) rmSync(samplesPath, { force: true });
    mkdirSync(output, { recursive: true });
    ctx.log.info(`$ ${o.ev.command}`);
    const { durationMs } = await runEvaluationCommand({
      command: o.ev.command!,
      cwd: o.dir,
      env: { ...ctx.env, MODEL_DIR: o.modelDir, MODEL_IMAGE: o.image, EVAL_OUTPUT: output },
      timeoutMs: o.ev.timeout,
      signal: ctx.signal,
      log: ctx.log,
    });
    ctx.log.info(`evaluation finished in ${Math.round(durationMs / 100) / 10}s`);
  }
  const shown = relative(ctx.cwd, metricsPath);
  const metricsText = readResult(metricsPath, shown, o.metricsOption ? '--metrics' : 'evaluate.metrics');
  const metrics = parseMetrics(metricsText, shown);
  let samples: string | undefined;
  if (samplesPath) {
    const samplesShown = relative(ctx.cwd, samplesPath);
    samples = readResult(samplesPath, samplesShown, o.samplesOption ? '--samples' : 'evaluate.samples');
    parseSamples(samples, samplesShown);
  }
  return {
    model: o.model,
    key: o.key,
    modelKey: o.modelKey,
    createdAt: ctx.now().toISOString(),
    metrics,
    ...(samples !== undefined ? { samples } : {}),
    ...(o.github?.sha ? { sha: o.github.sha } : {}),
    ...(o.github?.ref ? { ref: o.github.ref } : {}),
  };
}

function readResult(path: string, shown: string, field: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new InputError(
        field.startsWith('--')
          ? `${shown} (${field}) does not exist`
          : `the evaluation command did not write ${shown} (${field}); write it to $EVAL_OUTPUT/${shown.split('/').pop()}`,
      );
    }
    throw error;
  }
}

async function makeStore(
  deps: EvaluateDeps,
  ctx: CommandContext,
  loaded: LoadedConfig,
  github: GitHubContext | undefined,
  modelKey: string,
): Promise<BaselineStore | undefined> {
  const { config, dir } = loaded;
  const b = config.evaluate.baseline;
  switch (b.store) {
    case 'none':
      return undefined;
    case 'dir':
      return new DirBaselineStore(resolve(dir, b.path), config.model.name);
    case 'actions-cache': {
      const cache = await (deps.cache ?? (async () => await import('@actions/cache')))();
      if (!cache.isFeatureAvailable()) {
        ctx.log.warning(
          'the GitHub Actions cache is not available here (not on a GitHub runner?): running without a baseline',
        );
        return undefined;
      }
      const suffix = `${github?.sha ?? 'local'}-${github?.runId ?? ctx.now().getTime()}-${ctx.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
      return new ActionsCacheBaselineStore(
        cache,
        resolve(dir, b.path, config.model.name),
        config.model.name,
        suffix,
      );
    }
    case 'registry': {
      if (!deps.artifacts) {
        throw new InputError(
          'evaluate.baseline.store "registry" needs the OCI registry client, which this build does not wire in yet; use store "dir" or "actions-cache" for now',
        );
      }
      const artifacts = await deps.artifacts(ctx, loaded);
      return new RegistryBaselineStore(artifacts.store, {
        ...(b.image ? { baseline: await artifacts.resolveDigest(b.image) } : {}),
        ...(modelKey.startsWith('sha256:') ? { candidate: modelKey } : {}),
      });
    }
  }
}

/** The first baseline ever recorded, when the baseline has moved since. */
function origin(b: BaselineRecord | undefined): HistoryPoint | undefined {
  const first = b?.origin ?? b?.history[0];
  return first && b && (first.createdAt !== b.createdAt || first.sha !== b.sha) ? first : undefined;
}

function baselineLabel(b: BaselineRecord): string {
  const what = b.sha ? b.sha.slice(0, 7) : `result ${b.key.slice(0, 12)}`;
  return `${what}${b.ref ? ` on ${b.ref}` : ''}, recorded ${b.createdAt}`;
}

export default createEvaluateCommand({ artifacts: registryArtifacts });
