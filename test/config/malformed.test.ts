import { describe, expect, test } from 'vitest';
import { parseConfigText } from '../../src/config/load.js';
import { ConfigError, type ConfigIssue, exitCodeOf } from '../../src/errors.js';

const base = 'model:\n  name: demo\n  artifacts: [weights.safetensors]\n';

function issuesOf(text: string, env: NodeJS.ProcessEnv = {}): ConfigIssue[] {
  try {
    parseConfigText(text, { env, file: 'model-deploy.yml' });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect(exitCodeOf(error)).toBe(2);
    return (error as ConfigError).issues;
  }
  throw new Error('expected a ConfigError');
}

// [title, yaml, expected issues as "path @ line:col ~ message fragment"]
const cases: [string, string, string[]][] = [
  [
    'wrong type for a string',
    'model:\n  name: 42\n  artifacts: [a]\n',
    ['model.name @ 2:3 ~ expected string, got number 42'],
  ],
  [
    'wrong type for a list',
    'model:\n  name: demo\n  artifacts: weights.bin\n',
    ['model.artifacts @ 3:3 ~ expected array, got string'],
  ],
  ['missing required section', 'image:\n  mode: model\n', ['model @ 1:1 ~ required']],
  ['missing required key', 'model:\n  name: demo\n', ['model.artifacts @ 1:1 ~ required']],
  [
    'unknown top-level key with hint',
    `${base}deplyo:\n  replicas: 2\n`,
    ['deplyo @ 4:1 ~ did you mean "deploy"?'],
  ],
  [
    'unknown nested key with hint',
    `${base}image:\n  reposiotry: ghcr.io/a/b\n`,
    ['image.reposiotry @ 5:3 ~ did you mean "repository"?'],
  ],
  [
    'unknown key without a close match lists known keys',
    `${base}image:\n  zzzzzzzz: 1\n`,
    ['image.zzzzzzzz @ 5:3 ~ known keys: mode, repository'],
  ],
  [
    'bad enum',
    `${base}image:\n  mode: docker\n`,
    ['image.mode @ 5:3 ~ expected one of "model", "dockerfile", got string "docker"'],
  ],
  [
    'bad duration',
    `${base}deploy:\n  steps:\n    - setWeight: 50\n    - pause: 10 minutes\n    - setWeight: 100\n`,
    ['deploy.steps[1].pause @ 7:7 ~ invalid duration "10 minutes"'],
  ],
  [
    'bad duration in evaluate',
    `${base}evaluate:\n  timeout: forever\n`,
    ['evaluate.timeout @ 5:3 ~ invalid duration'],
  ],
  [
    'bad quantity',
    `${base}deploy:\n  resources:\n    memory: 32GB\n`,
    ['deploy.resources.memory @ 6:5 ~ invalid quantity "32GB"'],
  ],
  [
    'bad percentage',
    `${base}deploy:\n  steps:\n    - setWeight: 150%\n`,
    ['deploy.steps[0].setWeight @ 6:7 ~ invalid percentage "150%"'],
  ],
  [
    'unset environment variable',
    `${base}image:\n  repository: ghcr.io/\${OWNER}/model\n`,
    ['image.repository @ 5:3 ~ environment variable OWNER is not set'],
  ],
  [
    'weights not ending at 100',
    `${base}deploy:\n  steps:\n    - setWeight: 10\n    - pause: 1m\n    - setWeight: 50\n`,
    ['deploy.steps[2].setWeight @ 8:7 ~ the last setWeight must be 100'],
  ],
  [
    'weights that fall',
    `${base}deploy:\n  steps:\n    - setWeight: 50\n    - setWeight: 20\n    - setWeight: 100\n`,
    ['deploy.steps[1].setWeight @ 7:7 ~ canary weights must rise: 20 after 50'],
  ],
  [
    'step with two kinds',
    `${base}deploy:\n  steps:\n    - setWeight: 20\n      pause: 1m\n    - setWeight: 100\n`,
    ['deploy.steps[0] @ 6:7 ~ found setWeight and pause'],
  ],
  [
    'empty step',
    `${base}deploy:\n  steps:\n    - {}\n    - setWeight: 100\n`,
    ['deploy.steps[0] @ 6:7 ~ a step needs one of'],
  ],
  [
    'duplicate task ids',
    `${base}pipeline:\n  tasks:\n    - id: train\n      run: make train\n    - id: train\n      run: make eval\n`,
    ['pipeline.tasks[1].id @ 8:7 ~ duplicate task id "train"'],
  ],
  [
    'unknown needs with hint',
    `${base}pipeline:\n  tasks:\n    - id: train\n      run: make\n    - id: eval\n      run: make\n      needs: [trian]\n`,
    ['pipeline.tasks[1].needs[0] @ 10:15 ~ did you mean "train"?'],
  ],
  [
    'task without run or uses',
    `${base}pipeline:\n  tasks:\n    - id: train\n`,
    ['pipeline.tasks[0] @ 6:7 ~ either run:'],
  ],
  [
    'task in an unknown runner pool',
    `${base}pipeline:\n  runners: { cpu: 2 }\n  tasks:\n    - id: train\n      run: make\n      runner: gpu\n`,
    ['pipeline.tasks[0].runner @ 9:7 ~ runner pool "gpu" is not in pipeline.runners'],
  ],
  [
    'analysis step naming an unknown metric',
    `${base}deploy:\n  analysis:\n    prometheus: http://prom:9090\n    metrics:\n      - name: error-rate\n        prometheus: { query: 'x' }\n  steps:\n    - setWeight: 100\n    - analysis: { metrics: [eror-rate] }\n`,
    ['deploy.steps[1].analysis.metrics[0] @ 12:29 ~ did you mean "error-rate"?'],
  ],
  [
    'metric with no provider',
    `${base}deploy:\n  analysis:\n    metrics:\n      - name: error-rate\n`,
    ['deploy.analysis.metrics[0] @ 7:9 ~ needs exactly one provider'],
  ],
  [
    'gpus and mig together',
    `${base}deploy:\n  resources:\n    gpus: 1\n    mig: 1g.10gb\n`,
    ['deploy.resources.mig @ 7:5 ~ set gpus: or mig:, not both'],
  ],
  [
    'bad MIG profile',
    `${base}deploy:\n  resources:\n    mig: 1g10gb\n`,
    ['deploy.resources.mig @ 6:5 ~ MIG profile like 1g.10gb'],
  ],
  [
    'bad federated method',
    `${base}federated:\n  inputs: ['clients/*.safetensors']\n  method: mean\n`,
    ['federated.method @ 6:3 ~ use fedavg, median'],
  ],
  ['invalid DNS name', 'model:\n  name: My_Model\n  artifacts: [a]\n', ['model.name @ 2:3 ~ DNS-1123 label']],
  ['YAML syntax error', 'model:\n  name: demo\n  artifacts: [a\n', ['(root) @ 4:1 ~ YAML syntax']],
  [
    'duplicate YAML key',
    'model:\n  name: demo\n  name: other\n  artifacts: [a]\n',
    ['model.name @ 3:3 ~ duplicate key "name"'],
  ],
  [
    'a needs cycle (plan refused it; now every command does)',
    `${base}pipeline:\n  tasks:\n    - { id: a, run: x, needs: [c] }\n    - { id: b, run: x, needs: [a] }\n    - { id: c, run: x, needs: [b] }\n`,
    ['pipeline.tasks[0].needs @ 6:24 ~ dependency cycle: a → c → b → a'],
  ],
  [
    'a duration longer than a timer can hold',
    `${base}evaluate:\n  timeout: 25d\n`,
    ['evaluate.timeout @ 5:3 ~ longer than a timer can wait'],
  ],
  [
    'an alias without its anchor',
    `${base}scan:\n  paths: [*nowhere]\n`,
    ['scan.paths[0] @ 5:11 ~ alias *nowhere has no anchor'],
  ],
  [
    'YAML nested deeper than the limit',
    `${base}image:\n  labels: ${'['.repeat(70)}${']'.repeat(70)}\n`,
    ['[0][0] @ 5:74 ~ nested deeper than 64 levels'],
  ],
  [
    'a condition nested deeper than the limit',
    `${base}deploy:\n  analysis:\n    metrics:\n      - name: errors\n        kubernetes: {}\n        success-condition: ${'('.repeat(40)}result${')'.repeat(40)} < 1\n`,
    ['deploy.analysis.metrics[0].success-condition @ 9:9 ~ nests deeper than 32 levels'],
  ],
  [
    'two gates for one metric',
    `${base}evaluate:\n  gates:\n    - { metric: accuracy, min: 0.8 }\n    - { metric: accuracy, max-drop: 1% }\n`,
    ['evaluate.gates[1].metric @ 7:9 ~ already has a gate at evaluate.gates[0]'],
  ],
  [
    'paired test without samples',
    `${base}evaluate:\n  gates:\n    - metric: accuracy\n      test: mcnemar\n`,
    ['evaluate.gates[0].test @ 7:7 ~ set evaluate.samples'],
  ],
  [
    'a per-sample column without samples',
    `${base}evaluate:\n  gates:\n    - metric: latency.p95_ms\n      direction: lower\n      max-rise: 10%\n      samples-column: latency_ms\n`,
    ['evaluate.gates[0].samples-column @ 9:7 ~ set evaluate.samples'],
  ],
  [
    'a statistic that is not mean, median or a percentile',
    `${base}evaluate:\n  samples: s.jsonl\n  gates:\n    - metric: latency\n      statistic: p950\n`,
    ['evaluate.gates[0].statistic @ 8:7 ~ use mean, median or a percentile such as p95'],
  ],
  [
    'an unknown multiple-testing correction',
    `${base}evaluate:\n  significance: { correction: bonferroni }\n`,
    ['evaluate.significance.correction @ 5:19 ~ expected one of "holm", "none"'],
  ],
  [
    'max-drop on a lower-is-better metric',
    `${base}evaluate:\n  gates:\n    - metric: latency\n      direction: lower\n      max-drop: 5%\n`,
    ['evaluate.gates[0].max-drop @ 8:7 ~ did you mean max-rise?'],
  ],
  [
    'a success condition that does not parse',
    `${base}deploy:\n  analysis:\n    metrics:\n      - name: errors\n        kubernetes: {}\n        success-condition: result <\n`,
    ['deploy.analysis.metrics[0].success-condition @ 9:9 ~ "result <"'],
  ],
  [
    'dynamic-stable-scale with the kserve router',
    `${base}deploy:\n  traffic: {router: kserve}\n  dynamic-stable-scale: true\n`,
    ['deploy.dynamic-stable-scale @ 6:3 ~ cannot be used with traffic.router: kserve'],
  ],
  [
    'setCanaryScale with the kserve router',
    `${base}deploy:\n  traffic: {router: kserve}\n  steps:\n    - setCanaryScale: {replicas: 1}\n    - setWeight: 100\n`,
    ['deploy.steps[0] @ 7:7 ~ setCanaryScale cannot be used with traffic.router: kserve'],
  ],
  ['top level is a list', '- model\n', ['(root) @ 1:1 ~ must be a mapping']],
];

describe('malformed configs', () => {
  test.each(cases)('%s', (_title, yaml, expected) => {
    const issues = issuesOf(yaml);
    const got = issues.map((i) => `${i.path || '(root)'} @ ${i.line}:${i.col} ~ ${i.message}`);
    expect(issues).toHaveLength(expected.length);
    expected.forEach((want, i) => {
      const [where, fragment] = want.split(' ~ ') as [string, string];
      expect(got[i]).toContain(where);
      expect(got[i]).toContain(fragment);
      expect(issues[i]?.file).toBe('model-deploy.yml');
    });
  });

  test('every problem is reported at once', () => {
    const issues = issuesOf(
      'model:\n  name: 42\n  artifacts: 3\nimage:\n  mdoe: model\ndeploy:\n  replicas: two\n',
    );
    expect(issues.map((i) => i.path)).toEqual([
      'model.name',
      'model.artifacts',
      'image.mdoe',
      'deploy.replicas',
    ]);
  });

  test('the error message carries file:line:col for every problem', () => {
    try {
      parseConfigText('model:\n  name: 42\n  artifacts: 3\n', { env: {} });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/model-deploy\.yml:2:3: model\.name: expected string/);
      expect((error as Error).message).toMatch(/model-deploy\.yml:3:3: model\.artifacts: expected array/);
    }
  });
});

describe('normalization', () => {
  test('durations, quantities, percentages and shorthand steps become one internal shape', () => {
    const config = parseConfigText(
      `${base}deploy:\n  resources: { gpus: 1, memory: 32Gi, cpu: 500m }\n  steps:\n    - setWeight: 10%\n    - pause: 1m30s\n    - pause: { duration: 45 }\n    - analysis: {}\n    - setWeight: 100\n  analysis:\n    interval: 15s\n`,
      { env: {} },
    );
    expect(config.deploy?.resources).toMatchObject({ gpus: 1, memory: 32 * 2 ** 30, cpu: 0.5 });
    expect(config.deploy?.steps).toEqual([
      { kind: 'setWeight', weight: 10 },
      { kind: 'pause', durationMs: 90_000 },
      { kind: 'pause', durationMs: 45_000 },
      { kind: 'analysis', metrics: 'all' },
      { kind: 'setWeight', weight: 100 },
    ]);
    expect(config.deploy?.analysis.interval).toBe(15_000);
  });

  test('environment references and their defaults are substituted; a doubled dollar is a literal one', () => {
    const config = parseConfigText(
      `${base}image:\n  repository: ghcr.io/\${OWNER}/\${NAME:-model}\n  labels:\n    price: "$$5"\n`,
      { env: { OWNER: 'acme' } },
    );
    expect(config.image.repository).toBe('ghcr.io/acme/model');
    expect(config.image.labels.price).toBe('$5');
  });

  test('change thresholds are absolute or relative', () => {
    const config = parseConfigText(
      `${base}evaluate:\n  gates:\n    - metric: accuracy\n      max-drop: 2%\n    - metric: latency_ms\n      direction: lower\n      max-rise: 5\n`,
      { env: {} },
    );
    expect(config.evaluate.gates[0]?.['max-drop']).toEqual({ value: 0.02, relative: true });
    expect(config.evaluate.gates[1]?.['max-rise']).toEqual({ value: 5, relative: false });
  });
});
