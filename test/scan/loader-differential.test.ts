import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/command.js';
import scan from '../../src/commands/scan.js';
import { runCli } from '../support/cli.js';
import { debianLoaders } from '../support/components.js';

const loaders = debianLoaders();
const script = fileURLToPath(new URL('../fixtures/scan/loader_differential.py', import.meta.url));

function context(cwd: string): CommandContext {
  const quiet = () => {};
  return {
    cwd,
    env: {},
    log: { info: quiet, warning: quiet, error: quiet, debug: quiet, group: (_t, fn) => fn(), secret: quiet },
    dryRun: false,
    action: false,
    signal: new AbortController().signal,
    now: () => new Date('2026-12-03T12:00:00Z'),
  };
}

interface Loaded {
  loader: string;
  ran?: boolean;
  loaded?: boolean;
  error: string | null;
}

/**
 * Each hostile file is built by the real Python libraries and proven to run its payload under the
 * real loader (np.load(allow_pickle=True), joblib.load, torch.load(weights_only=False), pickle.load);
 * each benign counterpart loads under the safe loader. `scan` must refuse the first and pass the second.
 */
describe.skipIf(!loaders.available)('scan against the real loaders (numpy, joblib, torch)', () => {
  let dir = '';
  let loaded: Record<string, Loaded> = {};
  const files = (kind: 'hostile' | 'benign') => readdirSync(join(dir, kind)).sort();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scan-loaders-'));
    // one Python process builds every file and loads each with its loader
    loaded = JSON.parse(execFileSync(loaders.path, [script, dir], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const scanOne = async (kind: string, file: string, config?: string) => {
    const result = await scan.run(
      context(dir),
      {
        path: [join(kind, file)],
        'skip-vulnerabilities': true,
        format: 'json',
        ...(config ? { config } : {}),
      },
      [],
    );
    return { failed: result.failed !== undefined, report: JSON.parse(result.stdout!) };
  };

  it('every hostile file runs its payload under the real loader', () => {
    const hostile = files('hostile');
    expect(hostile.length).toBeGreaterThanOrEqual(23);
    for (const f of hostile) expect(loaded[`hostile/${f}`], f).toMatchObject({ ran: true });
  });

  it('every benign counterpart loads under the safe loader', () => {
    const benign = files('benign');
    expect(benign.length).toBeGreaterThanOrEqual(16);
    for (const f of benign) expect(loaded[`benign/${f}`], f).toMatchObject({ loaded: true });
  });

  it('scan refuses every hostile file and passes every benign one', async () => {
    for (const f of files('hostile')) expect((await scanOne('hostile', f)).failed, `hostile/${f}`).toBe(true);
    for (const f of files('benign')) {
      const { failed, report } = await scanOne('benign', f);
      expect(failed, `benign/${f}: ${JSON.stringify(report.model?.findings ?? report)}`).toBe(false);
    }
  }, 120_000);

  it('fail-on: critical still stops every hostile file', async () => {
    writeFileSync(
      join(dir, 'critical.yml'),
      [
        'model:',
        '  name: differential',
        '  artifacts: ["hostile/**"]',
        'scan:',
        '  model:',
        '    fail-on: critical',
      ].join('\n'),
    );
    for (const f of files('hostile'))
      expect((await scanOne('hostile', f, 'critical.yml')).failed, `hostile/${f}`).toBe(true);
  }, 120_000);

  it('the CLI exits 1 on the hostile files and 0 on the benign ones', async () => {
    const hostile = await runCli(['scan', '--path', 'hostile', '--skip-vulnerabilities'], { cwd: dir });
    expect(hostile.code, hostile.stderr).toBe(1);
    const benign = await runCli(['scan', '--path', 'benign', '--skip-vulnerabilities'], { cwd: dir });
    expect(benign.code, benign.stdout + benign.stderr).toBe(0);
  }, 120_000);
});
