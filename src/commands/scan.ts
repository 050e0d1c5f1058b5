import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { loadConfig } from '../config/load.js';
import { type ScanConfig, scanSection } from '../config/sections/scan.js';
import { InputError } from '../errors.js';
import { findCredentials } from '../oci/credentials.js';
import { parseReference } from '../oci/reference.js';
import { scanImage } from '../scan/image.js';
import { scanVerdict, toMarkdown } from '../scan/markdown.js';
import { ScanSink, scanFile } from '../scan/model-scan.js';
import { modelPolicy } from '../scan/policy.js';
import { buildReport, type ScanReport, toJson } from '../scan/report.js';
import { toSarif } from '../scan/sarif.js';
import { evaluateVulnerabilities, readTrivyReport, type Vulnerability } from '../scan/trivy.js';
import { installTrivy } from '../scan/trivy-install.js';
import { Trivy, type TrivyTarget } from '../scan/trivy-run.js';
import { VERSION } from '../version.js';
import { booleanOption, type CommandContext, defineCommand, listOption, stringOption } from './command.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '__pycache__']);

async function walk(dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(p, out);
    } else if (entry.isFile()) out.push(p);
  }
}

/** Files named by paths/globs, relative to `base`; a name that matches nothing is an input error. */
export async function expandPaths(patterns: string[], base: string, what: string): Promise<string[]> {
  const files = new Set<string>();
  let all: string[] | undefined;
  for (const pattern of patterns) {
    if (picomatch.scan(pattern).isGlob) {
      if (!all) {
        all = [];
        await walk(base, all);
      }
      const match = picomatch(pattern, { dot: true });
      const hits = all.filter((f) => match(relative(base, f)));
      if (!hits.length) throw new InputError(`${what} "${pattern}" matches no file under ${base}`);
      for (const h of hits) files.add(h);
      continue;
    }
    const p = resolve(base, pattern);
    const s = await stat(p).catch(() => undefined);
    if (!s) throw new InputError(`${what} "${pattern}" does not exist (resolved to ${p})`);
    if (s.isDirectory()) {
      const found: string[] = [];
      await walk(p, found);
      for (const f of found) files.add(f);
    } else files.add(p);
  }
  return [...files].sort();
}

function loadScanConfig(ctx: CommandContext, configPath: string | undefined, explicit: boolean) {
  const path = configPath ?? 'model-deploy.yml';
  if (!explicit && !existsSync(resolve(ctx.cwd, path))) {
    return { scan: scanSection.parse({}) as ScanConfig, artifacts: undefined, dir: ctx.cwd };
  }
  const { config, dir } = loadConfig(path, { cwd: ctx.cwd, env: ctx.env });
  return { scan: config.scan, artifacts: config.model.artifacts, dir };
}

async function vulnerabilities(
  ctx: CommandContext,
  scan: ScanConfig,
  reportPath: string | undefined,
  image: string | undefined,
): Promise<{ vulns: Vulnerability[]; source: string } | undefined> {
  if (reportPath) {
    const text = await readFile(resolve(ctx.cwd, reportPath), 'utf8').catch(
      (error: NodeJS.ErrnoException) => {
        throw new InputError(`Trivy report ${reportPath} cannot be read (${error.code ?? error.message})`);
      },
    );
    return { vulns: readTrivyReport(text, reportPath), source: reportPath };
  }
  if (!image) {
    ctx.log.info('vulnerabilities: no --image and no Trivy report given; skipped');
    return undefined;
  }
  const cache =
    ctx.env.RUNNER_TOOL_CACHE ?? join(ctx.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'model-deploy');
  await mkdir(cache, { recursive: true });
  const binary = await installTrivy({
    version: scan.vulnerabilities.trivy.version,
    sha256: scan.vulnerabilities.trivy.sha256,
    dir: cache,
    // A mirror of the release downloads (air-gapped runners); the checksums still decide what runs.
    ...(ctx.env.MODEL_DEPLOY_TRIVY_RELEASES ? { baseUrl: ctx.env.MODEL_DEPLOY_TRIVY_RELEASES } : {}),
  });
  const ref = parseReference(image, '--image');
  const target: TrivyTarget =
    ref.kind === 'layout'
      ? { kind: 'input', path: resolve(ctx.cwd, ref.dir) }
      : { kind: 'image', ref: image };
  const vulns = await ctx.log.group(`trivy ${image}`, () => new Trivy(binary).scan(target));
  return { vulns, source: image };
}

export default defineCommand({
  name: 'scan',
  summary:
    'scan model files (pickle imports, archive members, safetensors/GGUF headers) and image vulnerabilities',
  options: {
    path: {
      type: 'string',
      multiple: true,
      value: 'P',
      description: 'file, directory or glob to scan (default: scan.paths or model.artifacts)',
    },
    image: {
      type: 'string',
      value: 'REF',
      description:
        'image to scan, oci:DIR[:TAG|@DIGEST] or a registry reference: layers streamed and verified, and Trivy on it',
    },
    format: {
      type: 'string',
      value: 'json|sarif|markdown',
      description: 'what to print',
      default: 'markdown',
    },
    'trivy-report': {
      type: 'string',
      value: 'FILE',
      description: 'read this Trivy JSON report instead of running Trivy',
    },
    sarif: {
      type: 'string',
      value: 'FILE',
      description: 'also write SARIF 2.1.0 here (default: scan.sarif)',
    },
    report: { type: 'string', value: 'FILE', description: 'also write the JSON report here' },
    'skip-vulnerabilities': { type: 'boolean', description: 'scan model files only (no Trivy)' },
  },
  help: [
    'Pickles are read opcode by opcode and never loaded; only imports on the allowlist of real',
    'PyTorch/NumPy checkpoint globals pass (extend per file glob with scan.model.allow). Files are',
    'recognised by content, so a pickle renamed to .txt inside a zip is still read.',
    'Exit 1 when a finding or vulnerability is at or above its fail-on severity.',
  ].join('\n'),
  async run(ctx, options) {
    const format = stringOption(options, 'format') ?? 'markdown';
    if (!['json', 'sarif', 'markdown'].includes(format)) {
      throw new InputError(`--format must be json, sarif or markdown, got "${format}"`);
    }
    const paths = listOption(options, 'path');
    const image = stringOption(options, 'image');
    const explicitConfig = options.config !== undefined && options.config !== 'model-deploy.yml';
    const { scan, artifacts, dir } = loadScanConfig(ctx, stringOption(options, 'config'), explicitConfig);

    let model: ScanReport['model'];
    if (scan.model.enabled) {
      const policy = modelPolicy(scan.model);
      const sink = new ScanSink();
      const patterns = paths.length ? paths : (scan.paths ?? (image ? [] : (artifacts ?? [])));
      if (!patterns.length && !image) {
        throw new InputError(
          'nothing to scan: pass --path or --image, or list model.artifacts in model-deploy.yml',
        );
      }
      const files = await expandPaths(
        patterns,
        paths.length ? ctx.cwd : dir,
        paths.length ? '--path' : 'scan path',
      );
      await ctx.log.group(`scan ${files.length} model file(s)`, async () => {
        for (const f of files) {
          await scanFile(f, policy, sink, relative(ctx.cwd, f) || f);
        }
      });
      if (image) {
        const ref = parseReference(image, '--image');
        const resolved = ref.kind === 'layout' ? { ...ref, dir: resolve(ctx.cwd, ref.dir) } : ref;
        const credentials =
          ref.kind === 'registry'
            ? findCredentials(ref.registry, {
                ...(ctx.registryAuth ? { explicit: ctx.registryAuth } : {}),
                env: ctx.env,
                log: ctx.log,
              })
            : undefined;
        await ctx.log.group(`scan layers of ${image}`, () =>
          scanImage(resolved, policy, sink, credentials ? { credentials } : {}),
        );
      }
      model = { ...sink, failOn: scan.model['fail-on'] };
      for (const f of sink.findings) ctx.log.info(`${f.severity}: ${f.file}: ${f.message}`);
    }

    let vulnReport: ScanReport['vulnerabilities'];
    if (scan.vulnerabilities.enabled && !booleanOption(options, 'skip-vulnerabilities')) {
      const reportPath = stringOption(options, 'trivy-report') ?? scan.vulnerabilities.report;
      const fromFlag = stringOption(options, 'trivy-report') !== undefined;
      const found = await vulnerabilities(
        ctx,
        scan,
        reportPath && (fromFlag ? reportPath : resolve(dir, reportPath)),
        image,
      );
      if (found) {
        const today = ctx.now().toISOString().slice(0, 10);
        const evaluation = evaluateVulnerabilities(found.vulns, scan.vulnerabilities, today);
        for (const w of evaluation.warnings) ctx.log.warning(w);
        vulnReport = { ...evaluation, failOn: scan.vulnerabilities['fail-on'], source: found.source };
      }
    }

    const report = buildReport(model, vulnReport);
    const sarifPath = stringOption(options, 'sarif') ?? (scan.sarif ? resolve(dir, scan.sarif) : undefined);
    const sarif = toSarif(report, { version: VERSION });
    const jsonPath = stringOption(options, 'report');
    const markdown = toMarkdown(report, jsonPath ? { jsonReport: jsonPath } : {});
    const json = toJson(report);
    if (sarifPath) await writeOut(resolve(ctx.cwd, sarifPath), sarif);
    if (jsonPath) await writeOut(resolve(ctx.cwd, jsonPath), json);
    return {
      stdout: format === 'json' ? json : format === 'sarif' ? sarif : markdown,
      summary: markdown,
      verdict: scanVerdict(report),
      outputs: {
        passed: String(report.passed),
        'model-findings': String(model?.findings.length ?? 0),
        vulnerabilities: String(vulnReport ? vulnReport.failing.length + vulnReport.below.length : 0),
        ...(sarifPath ? { sarif: sarifPath } : {}),
      },
      failed: report.passed ? undefined : report.reasons.join('; '),
    };
  },
});

async function writeOut(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
