import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../support/cli.js';

const base = 'model: { name: demo, artifacts: [w.bin] }\n';

function workdir(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'md-robust-'));
  writeFileSync(join(dir, 'model-deploy.yml'), config);
  writeFileSync(join(dir, 'w.bin'), 'weights');
  return dir;
}

/** Each anchor is ten aliases of the one before: 10^9 nodes when expanded. */
function aliasBomb(): string {
  let text = `${base}x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n`;
  for (let i = 1; i < 10; i++)
    text += `x${i}: &x${i} [${Array(10)
      .fill(`*x${i - 1}`)
      .join(', ')}]\n`;
  return text;
}

function metric(condition: string): string {
  return `${base}deploy:
  steps: [{ setWeight: 100 }]
  analysis:
    prometheus: http://prometheus:9090
    metrics:
      - name: errors
        prometheus: { query: up }
        success-condition: "${condition}"
`;
}

// [title, config, file:line:col and message expected on stderr]
const hostile: [string, string, string][] = [
  ['an alias bomb', aliasBomb(), 'model-deploy.yml:3:10: (root): YAML aliases: Excessive alias count'],
  [
    'an alias without its anchor',
    `${base}scan: { paths: [*nope] }\n`,
    'model-deploy.yml:2:17: scan.paths[0]: alias *nope',
  ],
  [
    'a 20,000-deep condition',
    metric(`${'('.repeat(20_000)}result${')'.repeat(20_000)} < 1`),
    'model-deploy.yml:9:9: deploy.analysis.metrics[0].success-condition: "((((',
  ],
  [
    'YAML nested 20,000 deep',
    `${base}x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`,
    'YAML syntax: nested too deeply to read (at most 64 levels)',
  ],
  [
    'a timeout longer than a timer can hold',
    `${base}evaluate:\n  command: 'true'\n  timeout: 25d\n`,
    'model-deploy.yml:4:3: evaluate.timeout: duration "25d": 600h is longer than a timer can wait',
  ],
];

describe('hostile configs end in exit 2 with file:line, never an unexpected error (CLI)', () => {
  test.each(hostile)('%s', async (_title, config, expected) => {
    const { code, stderr } = await runCli(['validate'], { cwd: workdir(config) });
    expect(stderr).not.toContain('unexpected error');
    expect(stderr).not.toMatch(/^\s+at /m);
    expect(code).toBe(2);
    expect(stderr).toContain(expected);
    expect(stderr).toMatch(/model-deploy\.yml:\d+:\d+: /);
  });

  test('50,000 keys are read in linear time, and 50,000 bad keys list the first 50 and count the rest', async () => {
    const labels = Array.from({ length: 50_000 }, (_, i) => `    k${i}: v\n`).join('');
    const ok = await runCli(['validate', '--format', 'json'], {
      cwd: workdir(`${base}image:\n  labels:\n${labels}`),
    });
    expect(ok.code).toBe(0);
    expect(Object.keys(JSON.parse(ok.stdout).config.image.labels)).toHaveLength(50_000);

    const unknown = Array.from({ length: 50_000 }, (_, i) => `k${i}: v\n`).join('');
    const bad = await runCli(['validate'], { cwd: workdir(`${base}${unknown}`) });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('model-deploy.yml:2:1: k0: unknown key "k0"');
    expect(bad.stderr).toContain('and 49950 more problems');
    expect(bad.stderr.split('\n').length).toBeLessThan(60);
  });

  test('a duplicate key among 50,000 is found and named with its line', async () => {
    const labels = Array.from({ length: 50_000 }, (_, i) => `    k${i}: v\n`).join('');
    const { code, stderr } = await runCli(['validate'], {
      cwd: workdir(`${base}image:\n  labels:\n${labels}    k7: again\n`),
    });
    expect(code).toBe(2);
    expect(stderr).toContain('model-deploy.yml:50004:5: image.labels.k7: duplicate key "k7"');
  });

  test('validate refuses the needs cycle that plan refuses', async () => {
    const dir = workdir(
      `${base}pipeline:\n  tasks:\n    - { id: a, run: 'true', needs: [b] }\n    - { id: b, run: 'true', needs: [a] }\n`,
    );
    for (const command of ['validate', 'plan']) {
      const { code, stderr } = await runCli([command], { cwd: dir });
      expect(code).toBe(2);
      expect(stderr).toContain('model-deploy.yml:4:29: pipeline.tasks[0].needs: dependency cycle: a → b → a');
    }
  });
});
