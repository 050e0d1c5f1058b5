import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../src/commands/command.js';
import scan from '../../src/commands/scan.js';
import { InputError } from '../../src/errors.js';
import { python, runPython } from '../support/components.js';

const py = python();

function context(cwd: string, warnings: string[] = []): CommandContext {
  return {
    cwd,
    env: {},
    log: {
      info() {},
      warning: (m: string) => void warnings.push(m),
      error() {},
      debug() {},
      group: (_t, fn) => fn(),
      secret() {},
    },
    dryRun: false,
    action: false,
    signal: new AbortController().signal,
    now: () => new Date('2026-11-28T12:00:00Z'),
  };
}

const trivyReport = {
  SchemaVersion: 2,
  ArtifactName: 'model:1',
  Results: [
    {
      Target: 'model:1 (debian 12.8)',
      Class: 'os-pkgs',
      Type: 'debian',
      Vulnerabilities: [
        {
          VulnerabilityID: 'CVE-2025-1111',
          PkgName: 'openssl',
          InstalledVersion: '3.0.1',
          FixedVersion: '3.0.9',
          Status: 'fixed',
          Severity: 'CRITICAL',
          Title: 'openssl <overflow>',
        },
        {
          VulnerabilityID: 'CVE-2025-2222',
          PkgName: 'zlib1g',
          InstalledVersion: '1.2',
          Status: 'affected',
          Severity: 'HIGH',
        },
      ],
    },
  ],
};

describe.skipIf(!py.available)('model-deploy scan', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scan-command-'));
    for (const d of ['models/custom', 'models/other', 'models/weights'])
      mkdirSync(join(dir, d), { recursive: true });
    runPython(
      [
        'import pickle, random, sys, collections',
        'd = sys.argv[1]',
        "open(d + '/models/custom/rng.pkl', 'wb').write(pickle.dumps(random.Random(3), protocol=4))",
        "open(d + '/models/other/rng.pkl', 'wb').write(pickle.dumps(random.Random(3), protocol=2))",
        "open(d + '/models/weights/state.pkl', 'wb').write(pickle.dumps(collections.OrderedDict(a=1), protocol=2))",
      ].join('\n'),
      undefined,
      [dir],
    );
    writeFileSync(join(dir, 'trivy.json'), JSON.stringify(trivyReport));
    writeFileSync(
      join(dir, 'model-deploy.yml'),
      [
        'model:',
        '  name: demo',
        '  artifacts: ["models/**"]',
        'scan:',
        '  model:',
        '    allow: [{ files: "models/custom/**", globals: ["random.Random"] }]',
        '    deny: [{ files: "models/weights/**", globals: ["collections.*"] }]',
        '  vulnerabilities:',
        '    report: trivy.json',
        '    ignore:',
        '      - { id: CVE-2025-1111, reason: "not reachable", until: 2026-11-01 }',
        '  sarif: out/scan.sarif',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('applies per-glob allow/deny, the Trivy report and its ignores, and writes SARIF', async () => {
    const warnings: string[] = [];
    const result = await scan.run(context(dir, warnings), { config: 'model-deploy.yml', format: 'json' }, []);
    const report = JSON.parse(result.stdout!) as {
      passed: boolean;
      model: { findings: { file: string; global: string; severity: string }[] };
      vulnerabilities: { failing: { id: string }[]; expired: { id: string }[] };
    };
    expect(report.passed).toBe(false);
    expect(report.model.findings.map((f) => [f.file, f.global, f.severity])).toEqual([
      ['models/other/rng.pkl', 'random.Random', 'high'],
      ['models/weights/state.pkl', 'collections.OrderedDict', 'critical'],
    ]);
    expect(report.vulnerabilities.failing.map((v) => v.id)).toEqual(['CVE-2025-1111']);
    expect(report.vulnerabilities.expired.map((v) => v.id)).toEqual(['CVE-2025-1111']);
    expect(warnings.join('\n')).toMatch(/CVE-2025-1111 expired on 2026-11-01/);
    expect(result.failed).toMatch(/2 model-file finding\(s\) at or above high/);
    expect(result.failed).toMatch(
      /1 vulnerability at or above critical, e\.g\. CVE-2025-1111 in openssl 3\.0\.1 \(fixed in 3\.0\.9\)/,
    );
    expect(result.outputs).toMatchObject({ passed: 'false', 'model-findings': '2', vulnerabilities: '2' });

    const sarif = JSON.parse(readFileSync(join(dir, 'out', 'scan.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(2);
    expect(sarif.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([
      ['pickle-global', 'error'],
      ['pickle-global', 'error'],
    ]);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'models/other/rng.pkl',
    );
    expect(sarif.runs[1].tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'CVE-2025-1111',
      'CVE-2025-2222',
    ]);
    expect(sarif.runs[1].automationDetails.id).toBe('model-deploy/scan/vulnerabilities/');
  });

  it('prints a markdown section with escaped untrusted text', async () => {
    const result = await scan.run(context(dir), { config: 'model-deploy.yml' }, []);
    expect(result.stdout).toMatch(/^### ❌ Scan/);
    expect(result.stdout).toContain('| 🟧 high | <code>models/other/rng.pkl</code> |');
    expect(result.stdout).toContain('| 🟥 critical | CVE-2025-1111 | openssl | 3.0.1 | 3.0.9 |');
    expect(result.stdout).toMatch(/> ⚠️ ignore for CVE-2025-1111 expired on 2026-11-01/);
    expect(result.summary).toBe(result.stdout);
  });

  it('passes a clean path given with --path', async () => {
    const result = await scan.run(
      context(dir),
      { config: 'model-deploy.yml', path: ['models/custom'], format: 'json', 'skip-vulnerabilities': true },
      [],
    );
    expect(result.failed).toBeUndefined();
    expect(JSON.parse(result.stdout!).passed).toBe(true);
  });

  it('rejects bad input with exit-2 errors', async () => {
    await expect(scan.run(context(dir), { format: 'xml' }, [])).rejects.toThrow(InputError);
    await expect(scan.run(context(dir), { path: ['nope/**'] }, [])).rejects.toThrow(
      /--path "nope\/\*\*" matches no file/,
    );
    await expect(scan.run(context(dir), { path: ['missing.pkl'] }, [])).rejects.toThrow(/does not exist/);
    await expect(
      scan.run(context(dir), { path: ['models'], 'trivy-report': 'none.json' }, []),
    ).rejects.toThrow(/Trivy report none\.json cannot be read/);
    await expect(
      scan.run(
        context(dir),
        { path: ['models'], image: '127.0.0.1:1/o/m:1', 'skip-vulnerabilities': true },
        [],
      ),
    ).rejects.toThrow(/127\.0\.0\.1:1 is unreachable/);
    await expect(
      scan.run(context(dir), { path: ['models/custom'], image: 'oci:layout' }, []),
    ).rejects.toThrow(/layout is not an OCI image layout \(no index\.json\)/);
  });
});
