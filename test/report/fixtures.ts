import type { PlacementResult } from '../../src/cluster/placement.js';
import { placementMarkdown, placementVerdict } from '../../src/cluster/placement-report.js';
import { gateSchema } from '../../src/config/sections/evaluate.js';
import type { Severity } from '../../src/config/sections/scan.js';
import type { DagTask } from '../../src/dag/graph.js';
import { planPipeline } from '../../src/dag/planner.js';
import { planVerdict, renderMarkdown, renderRun } from '../../src/dag/render.js';
import { renderDemoReport } from '../../src/demo/report.js';
import { evaluateGates } from '../../src/evaluate/gate.js';
import { renderEvaluation } from '../../src/evaluate/render.js';
import { reportMarkdown } from '../../src/federated/report.js';
import { imageSummary } from '../../src/oci/summary.js';
import type { FlowReport } from '../../src/pipeline/run.js';
import { renderFlow } from '../../src/pipeline/run.js';
import type { SectionVerdict } from '../../src/report/verdict.js';
import { renderReport } from '../../src/rollout/report.js';
import { scanVerdict, toMarkdown } from '../../src/scan/markdown.js';
import { buildReport } from '../../src/scan/report.js';

/**
 * A name that tries everything at once: splits a table cell, closes a code span, injects an
 * image, a heading after a lone CR and a newline, closes `<details>`, mentions someone, links,
 * forges a comment marker, starts a list.
 */
export const HOSTILE =
  '1. x|y`z<img src=x onerror=alert(1)>\r# injected\n</details>@octocat **b** [l](https://evil.example) ![i](https://evil.example/p.png) <!-- model-deploy:section:scan:end --> \u2028_u_ ~s~ &amp; ``` |';

/** A distinct name per index: hostile ones carry the index so each can be found again. */
export type Namer = (kind: string, i: number) => string;
export const plain: Namer = (kind, i) => `${kind}-${i}`;
export const hostile: Namer = (kind, i) => `${kind}${i} ${HOSTILE}`;

export interface Section {
  name: string;
  markdown: string;
  verdict: SectionVerdict;
}

export function evaluationSection(name: Namer, history = 3, tiny = false): Section {
  const metric = name('metric', 0);
  const other = name('metric', 1);
  const scale = tiny ? 1e-7 : 1;
  const report = evaluateGates({
    gates: [gateSchema.parse({ metric, 'max-drop': 0.01, test: 'none' })],
    candidate: { metrics: { [metric]: 0.8 * scale, [other]: 1 }, source: 'metrics.json' },
    baseline: { metrics: { [metric]: 0.9 * scale }, source: 'baseline' },
    significance: { alpha: 0.05, resamples: 100, seed: 1 },
  });
  const markdown = renderEvaluation({
    report,
    otherMetrics: { [other]: 1 },
    baselineMetrics: { [metric]: 0.9 * scale },
    baselineLabel: `abc1234 on ${name('ref', 0)}`,
    history: Array.from({ length: history }, (_, i) => ({
      sha: `${i}`.padEnd(40, 'a'),
      createdAt: '2026-01-01',
      metrics: { [metric]: (0.85 + i * 0.003) * scale },
    })),
    current: { createdAt: '2026-01-03', metrics: { [metric]: 0.8 * scale } },
    historyLength: 20,
  });
  const status = report.verdict === 'pass' ? 'pass' : report.verdict === 'fail' ? 'fail' : 'warn';
  return { name: 'evaluation', markdown, verdict: { status, reason: report.reason } };
}

const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];

export function scanSection(
  name: Namer,
  sizes: { files: number; findings: number; vulns: number } = { files: 6, findings: 4, vulns: 3 },
  jsonReport?: string,
): Section {
  const files = Array.from({ length: sizes.files }, (_, i) => ({
    file: `${name('model', i)}.pkl`,
    format: 'pickle' as const,
  }));
  // half the findings repeat one message over many files ("302 files: same finding")
  const findings = Array.from({ length: sizes.findings }, (_, i) => ({
    file: `${name('model', i)}.pkl!${name('member', i)}`,
    rule: 'pickle-global' as const,
    severity: SEVERITIES[i % 4]!,
    message:
      i % 2 === 0
        ? 'GLOBAL os.system: runs a shell command when loaded'
        : `GLOBAL ${name('module', i)}.${name('global', i)}: not in the allow-list`,
  }));
  const vulns = Array.from({ length: sizes.vulns }, (_, i) => ({
    id: `CVE-2026-${1000 + i}`,
    pkg: name('pkg', i),
    installed: '1.0',
    fixed: '1.1',
    severity: SEVERITIES[i % 4]!,
    target: name('target', i),
  }));
  const report = buildReport(
    { files, findings, failOn: 'high' },
    {
      failing: vulns.filter((v) => v.severity === 'critical' || v.severity === 'high'),
      below: vulns.filter((v) => v.severity !== 'critical' && v.severity !== 'high'),
      ignored: [],
      unfixed: [],
      expired: [],
      warnings: [`ignore rule for ${name('pkg', 0)} expired`],
      failOn: 'high',
      source: name('trivy', 0),
    },
  );
  return {
    name: 'scan',
    markdown: toMarkdown(report, jsonReport ? { jsonReport } : {}),
    verdict: scanVerdict(report),
  };
}

export function placementResult(name: Namer, nodes = 4, unplaced = 1): PlacementResult {
  return {
    feasible: unplaced === 0,
    assignments: Array.from({ length: nodes * 2 }, (_, i) => ({ pod: i, node: name('node', i >> 1) })),
    nodesUsed: nodes,
    nodes: Array.from({ length: nodes }, (_, i) => ({
      name: name('node', i),
      pods: [2 * i, 2 * i + 1],
      product: name('gpu', i),
      freeAfter: i,
    })),
    lowerBound: nodes,
    strandedGpus: 1,
    unplaced: Array.from({ length: unplaced }, (_, i) => ({
      pod: nodes * 2 + i,
      reason: `needs 8 GPUs; the closest, ${name('node', 0)}, is short`,
    })),
    spread: { nodesUsed: nodes, strandedGpus: 2, unplaced: 0, assignments: [] },
    method: 'heuristic',
    notUnderstood:
      unplaced > 0 ? [{ namespace: name('ns', 0), name: name('pod', 0), reason: name('reason', 0) }] : [],
  };
}

export function placementSection(name: Namer, nodes = 4, unplaced = 1): Section {
  const result = placementResult(name, nodes, unplaced);
  return { name: 'placement', markdown: placementMarkdown(result), verdict: placementVerdict(result) };
}

/** A layered DAG: `width` tasks per stage, each needing `fanIn` tasks of the stage before. */
export function dagTasks(name: Namer, stages: number, width: number, fanIn: number): DagTask[] {
  const tasks: DagTask[] = [];
  for (let s = 0; s < stages; s++) {
    for (let w = 0; w < width; w++) {
      const needs =
        s === 0
          ? []
          : Array.from(
              { length: Math.min(fanIn, width) },
              (_, k) => tasks[(s - 1) * width + ((w + k) % width)]!.id,
            );
      tasks.push({
        id: name('task', s * width + w),
        needs,
        duration: 1000 + ((s * 7 + w * 13) % 50) * 1000,
        pool: w % 3 === 0 ? 'gpu' : 'cpu',
      } as DagTask);
    }
  }
  return tasks;
}

export function planSection(name: Namer, stages = 3, width = 3, fanIn = 2): Section {
  const plan = planPipeline(dagTasks(name, stages, width, fanIn), { capacity: { cpu: 4, gpu: 2 } });
  return { name: 'plan', markdown: renderMarkdown(plan), verdict: planVerdict(plan) };
}

export function buildSummary(name: Namer, files = 5): string {
  return imageSummary({
    name: name('registry.example/model', 0),
    digest: `sha256:${'ab'.repeat(32)}`,
    artifact: 'image',
    tags: [name('tag', 0), 'latest'],
    layers: Array.from({ length: files }, (_, i) => ({
      file: name('weights', i),
      descriptor: {
        mediaType: 'application/vnd.oci.image.layer.v1.tar',
        size: 1000 + i,
        digest: `sha256:${i.toString(16).padStart(64, '0')}`,
      },
      diffId: `sha256:${'0'.repeat(64)}`,
      source: undefined,
    })) as never,
  });
}

export function aggregateSummary(name: Namer, clients = 4): string {
  return reportMarkdown({
    out: name('global', 0),
    method: 'fedavg',
    round: 2,
    tensors: 3,
    parameters: 100,
    aggregateUpdateNorm: 1.773e-7,
    base: 'base.safetensors',
    clients: Array.from({ length: clients }, (_, i) => ({
      client: name('client', i),
      weight: 10,
      share: 1 / clients,
      updateNorm: 0.5,
      cosine: 0.9,
      outlier: i === 1,
      reasons: i === 1 ? [name('reason', i)] : [],
      ...(i === 2 ? { excluded: name('excluded', i) } : {}),
    })),
  });
}

export function rolloutSummary(name: Namer): string {
  return renderReport({
    model: name('model', 0),
    namespace: name('ns', 0),
    image: `registry.example/${name('img', 0)}@sha256:${'c'.repeat(64)}`,
    stableImage: `registry.example/m@sha256:${'d'.repeat(64)}`,
    revision: 3,
    verdict: 'rolled-back',
    reason: `analysis: metric ${name('metric', 0)} failed`,
    durationMs: 12_345,
    metrics: [{ name: name('metric', 0), phase: 'Failed', reason: name('why', 0) }],
    measurements: {
      [name('metric', 0)]: [
        { phase: 'Failed', at: 0, value: '0.2381', message: name('message', 0) },
        { phase: 'Successful', at: 1, value: '0' },
      ],
    },
    evidence: [
      {
        pod: name('pod', 0),
        phase: 'Running',
        events: [name('event', 0), name('event', 1)],
        logs: ['loading ``` weights', name('log', 0), '</details>'],
      },
    ],
    stableReadyMin: 4,
  });
}

export function pipelineRunSummary(name: Namer, tasks = 5): string {
  return renderRun({
    runs: Array.from({ length: tasks }, (_, i) => ({
      id: name('task', i),
      status: i % 3 === 0 ? 'failed' : i % 3 === 1 ? 'succeeded' : 'skipped',
      reason: i % 3 === 1 ? undefined : name('reason', i),
      attempts: i % 3 === 2 ? 0 : 1,
      durationMs: 1500,
      exitCode: 0,
      timedOut: false,
    })) as never,
    failed: [],
  });
}

export function flowReport(
  name: Namer,
  tag: string,
  sections: { scan: Section; evaluation: Section; deploy: string },
) {
  const report: FlowReport = {
    run: {
      ci: 'github',
      trigger: 'release',
      sha: 'a'.repeat(40),
      ref: `refs/tags/${tag}`,
      repository: 'acme/models',
      release: { tag, version: tag.slice(1) },
    },
    steps: [
      { step: { kind: 'validate' }, status: 'passed', seconds: 0.05 },
      { step: { kind: 'build', push: true, tags: [tag] }, status: 'passed', seconds: 1.2 },
      {
        step: { kind: 'scan', gate: true, record: true },
        status: 'passed',
        seconds: 0.3,
        result: { summary: sections.scan.markdown },
      },
      {
        step: { kind: 'evaluate', gate: true, record: true },
        status: 'passed',
        seconds: 2,
        result: { summary: sections.evaluation.markdown },
      },
      {
        step: { kind: 'deploy', requireGates: true },
        status: 'failed',
        reason: `rolled back: ${name('reason', 0)}`,
        seconds: 9.5,
        result: { summary: sections.deploy },
      },
    ],
    image: `registry.example/${name('img', 0)}@sha256:${'e'.repeat(64)}`,
    digest: `sha256:${'e'.repeat(64)}`,
    summary: '',
    failed: `canary rollout: rolled back: ${name('reason', 0)}`,
    exitCode: 1,
  };
  report.summary = renderFlow(report, name('model', 0));
  return report;
}

export function demoReport(name: Namer): string {
  const deploy = rolloutSummary(name);
  const release = (tag: string, got: string) => ({
    tag,
    expect: 'promoted',
    got,
    report: flowReport(name, tag, { scan: scanSection(name), evaluation: evaluationSection(name), deploy }),
  });
  return renderDemoReport({
    releases: [release('v1.0.0', 'promoted'), release('v2.0.0', 'rolled-back')],
    schedule: planSection(name).markdown,
    timeline: [
      { t: 0.2, message: '━━ v1.0.0: first release' },
      {
        t: 5.3,
        message: `[progressing] step 1/9 setWeight | weight 0% | starting revision 2: ${name('img', 0)}@sha256:${'f'.repeat(64)} → next`,
      },
      {
        t: 7,
        message: `[progressing] step 1/9 setWeight | weight 20% (asked 25%) | canary ${name('pod', 0)}`,
      },
    ],
    seconds: 19.9,
    ok: false,
  });
}
