import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../src/errors.js';
import { fileCommandEntry } from '../src/file-command.js';
import { runCli } from './support/cli.js';
import { parseFileCommands } from './support/file-commands.js';

const criticalReport = {
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
        },
      ],
    },
  ],
};

describe('GITHUB_OUTPUT written by the CLI', () => {
  test('a value holding the old fixed delimiter cannot turn a failing scan into passed=true', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'md-outputs-'));
    writeFileSync(join(dir, 'w.bin'), 'weights');
    writeFileSync(join(dir, 'trivy.json'), JSON.stringify(criticalReport));
    writeFileSync(join(dir, 'model-deploy.yml'), 'model: { name: demo, artifacts: [w.bin] }\n');
    const output = join(dir, 'github_output');
    writeFileSync(output, '');
    // a file name is any bytes but / and NUL: this one ends the entry the old way and forges the next
    const sarif = 'x.sarif\n__MD_EOF__\npassed=true\nsarif<<__MD_EOF__\ny';
    const { code } = await runCli(['scan', '--trivy-report', 'trivy.json', '--sarif', sarif], {
      cwd: dir,
      env: { GITHUB_OUTPUT: output },
    });
    expect(code).toBe(1);
    expect(existsSync(join(dir, sarif))).toBe(true);
    const outputs = parseFileCommands(readFileSync(output, 'utf8'));
    expect(outputs.passed).toBe('false');
    expect(outputs.sarif).toBe(sarif);
    expect(readFileSync(output, 'utf8')).toMatch(/^passed<<ghadelimiter_[0-9a-f-]{36}\n/m);
  });

  test('each entry gets its own random delimiter, and a value holding it is refused', () => {
    const a = fileCommandEntry('k', 'v');
    const b = fileCommandEntry('k', 'v');
    expect(a).not.toBe(b);
    expect(parseFileCommands(a + b)).toEqual({ k: 'v' });
    expect(() => fileCommandEntry('k', 'a\nghadelimiter_1\nk=x', 'ghadelimiter_1')).toThrow(InputError);
    expect(() => fileCommandEntry('k\nx=1', 'v')).toThrow(InputError);
  });
});
