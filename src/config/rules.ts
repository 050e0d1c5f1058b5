import { findCycle } from '../dag/cycle.js';
import { ConditionError, parseCondition } from '../rollout/condition.js';
import type { PathSegment } from './positions.js';
import type { Config } from './schema.js';
import { suggest } from './suggest.js';

export interface RuleIssue {
  path: PathSegment[];
  message: string;
}

/** Rules across fields, checked after the schema; every problem is returned. */
export function checkRules(config: Config): RuleIssue[] {
  return [...pipelineRules(config), ...evaluateRules(config), ...deployRules(config)];
}

function evaluateRules(config: Config): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { gates, samples } = config.evaluate;
  const first = new Map<string, number>();
  gates.forEach((gate, i) => {
    const seen = first.get(gate.metric);
    if (seen !== undefined) {
      issues.push({
        path: ['evaluate', 'gates', i, 'metric'],
        message: `metric "${gate.metric}" already has a gate at evaluate.gates[${seen}]; put both bounds in one gate`,
      });
    } else first.set(gate.metric, i);
    const paired =
      gate.test === 'bootstrap' ||
      gate.test === 'mcnemar' ||
      gate['non-inferiority-margin'] !== undefined ||
      gate['samples-column'] !== undefined;
    if (paired && samples === undefined) {
      issues.push({
        path: [
          'evaluate',
          'gates',
          i,
          gate['non-inferiority-margin'] !== undefined
            ? 'non-inferiority-margin'
            : gate['samples-column'] !== undefined
              ? 'samples-column'
              : 'test',
        ],
        message: 'paired tests need per-sample results: set evaluate.samples (the JSONL your command writes)',
      });
    }
    if (gate.direction === 'lower' && gate['max-drop'] !== undefined && gate['max-rise'] === undefined) {
      issues.push({
        path: ['evaluate', 'gates', i, 'max-drop'],
        message: `metric "${gate.metric}" is lower-is-better, so a drop is an improvement (did you mean max-rise?)`,
      });
    }
  });
  return issues;
}

function pipelineRules(config: Config): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const { tasks, runners } = config.pipeline;
  const firstIndex = new Map<string, number>();
  tasks.forEach((task, i) => {
    const seen = firstIndex.get(task.id);
    if (seen !== undefined) {
      issues.push({
        path: ['pipeline', 'tasks', i, 'id'],
        message: `duplicate task id "${task.id}" (first at pipeline.tasks[${seen}])`,
      });
    } else firstIndex.set(task.id, i);
    if ((task.run === undefined) === (task.uses === undefined)) {
      issues.push({
        path: ['pipeline', 'tasks', i],
        message:
          task.run === undefined
            ? 'a task needs either run: (a command) or uses: (a built-in step)'
            : 'a task has run: or uses:, not both',
      });
    }
    if (!(task.runner in runners)) {
      issues.push({
        path: ['pipeline', 'tasks', i, 'runner'],
        message: `runner pool "${task.runner}" is not in pipeline.runners (${Object.keys(runners).join(', ') || 'none'}); add it there`,
      });
    }
  });
  const ids = [...firstIndex.keys()];
  tasks.forEach((task, i) => {
    task.needs.forEach((need, j) => {
      if (need === task.id) {
        issues.push({
          path: ['pipeline', 'tasks', i, 'needs', j],
          message: `task "${task.id}" needs itself`,
        });
      } else if (!firstIndex.has(need)) {
        const hint = suggest(need, ids);
        issues.push({
          path: ['pipeline', 'tasks', i, 'needs', j],
          message: `unknown task "${need}"${hint ? ` (did you mean "${hint}"?)` : ''}`,
        });
      }
    });
  });
  if (issues.length === 0) issues.push(...cycleRule(tasks, firstIndex));
  return issues;
}

/** The cycle `plan` would refuse, found here so every command (validate too) refuses it. */
function cycleRule(tasks: Config['pipeline']['tasks'], index: Map<string, number>): RuleIssue[] {
  const predStart = new Int32Array(tasks.length + 1);
  const pred: number[] = [];
  tasks.forEach((task, i) => {
    predStart[i] = pred.length;
    for (const need of new Set(task.needs)) pred.push(index.get(need)!);
  });
  predStart[tasks.length] = pred.length;
  const cycle = findCycle(tasks.length, predStart, Int32Array.from(pred));
  if (!cycle) return [];
  const first = cycle.indexOf(Math.min(...cycle));
  const rotated = [...cycle.slice(first), ...cycle.slice(0, first)];
  const names = [...rotated, rotated[0]!].map((i) => tasks[i]!.id).join(' → ');
  return [
    {
      path: ['pipeline', 'tasks', rotated[0]!, 'needs'],
      message: `dependency cycle: ${names} (each task needs the next); remove one of these needs`,
    },
  ];
}

function deployRules(config: Config): RuleIssue[] {
  const deploy = config.deploy;
  if (!deploy) return [];
  const issues: RuleIssue[] = [];
  let last = 0;
  let lastWeightIndex = -1;
  deploy.steps.forEach((step, i) => {
    if (step.kind !== 'setWeight') return;
    if (step.weight <= last && lastWeightIndex >= 0) {
      issues.push({
        path: ['deploy', 'steps', i, 'setWeight'],
        message: `canary weights must rise: ${step.weight} after ${last} at deploy.steps[${lastWeightIndex}]`,
      });
    }
    last = step.weight;
    lastWeightIndex = i;
  });
  if (lastWeightIndex >= 0 && last !== 100) {
    issues.push({
      path: ['deploy', 'steps', lastWeightIndex, 'setWeight'],
      message: `the last setWeight must be 100 so the canary takes all traffic before promotion; it is ${last}`,
    });
  }
  const metricNames = new Set(deploy.analysis.metrics.map((m) => m.name));
  deploy.analysis.metrics.forEach((m, i) => {
    for (const field of ['success-condition', 'failure-condition'] as const) {
      const text = m[field];
      if (text === undefined) continue;
      try {
        parseCondition(text);
      } catch (error) {
        if (!(error instanceof ConditionError)) throw error;
        issues.push({
          path: ['deploy', 'analysis', 'metrics', i, field],
          message: `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}": ${error.message}`,
        });
      }
    }
    const providers = (['prometheus', 'web', 'kubernetes', 'judge'] as const).filter(
      (p) => m[p] !== undefined,
    );
    if (providers.length !== 1) {
      issues.push({
        path: ['deploy', 'analysis', 'metrics', i],
        message: `metric "${m.name}" needs exactly one provider (prometheus, web, kubernetes or judge); found ${providers.length ? providers.join(', ') : 'none'}`,
      });
    }
    const needsAddress = m.prometheus ?? m.judge;
    if (needsAddress && !needsAddress.address && !deploy.analysis.prometheus) {
      issues.push({
        path: ['deploy', 'analysis', 'metrics', i, m.prometheus ? 'prometheus' : 'judge'],
        message: `metric "${m.name}" has no Prometheus address: set address: here or deploy.analysis.prometheus`,
      });
    }
  });
  deploy.steps.forEach((step, i) => {
    if (step.kind !== 'analysis' || step.metrics === 'all') return;
    step.metrics.forEach((name, j) => {
      if (!metricNames.has(name)) {
        const hint = suggest(name, [...metricNames]);
        issues.push({
          path: ['deploy', 'steps', i, 'analysis', 'metrics', j],
          message: `unknown metric "${name}"${hint ? ` (did you mean "${hint}"?)` : '; define it under deploy.analysis.metrics'}`,
        });
      }
    });
  });
  if (deploy.resources.gpus > 0 && deploy.resources.mig) {
    issues.push({
      path: ['deploy', 'resources', 'mig'],
      message: 'set gpus: or mig:, not both (a MIG slice is a GPU share)',
    });
  }
  if (deploy['dynamic-stable-scale'] && deploy.traffic.router === 'kserve') {
    issues.push({
      path: ['deploy', 'dynamic-stable-scale'],
      message:
        'dynamic-stable-scale cannot be used with traffic.router: kserve; Knative sizes each revision from minReplicas',
    });
  }
  if (deploy.traffic.router === 'kserve') {
    deploy.steps.forEach((step, i) => {
      if (step.kind === 'setCanaryScale')
        issues.push({
          path: ['deploy', 'steps', i],
          message:
            'setCanaryScale cannot be used with traffic.router: kserve: the canary is a revision of the InferenceService and runs its minReplicas; remove the step or use traffic.router: gateway-api',
        });
    });
  }
  return issues;
}
