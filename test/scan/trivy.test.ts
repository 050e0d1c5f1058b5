import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, InputError, ToolError } from '../../src/errors.js';
import { evaluateVulnerabilities, readTrivyReport } from '../../src/scan/trivy.js';
import { installTrivy, trivyAsset } from '../../src/scan/trivy-install.js';
import { Trivy, trivyArgs } from '../../src/scan/trivy-run.js';

/** Shaped like `trivy image --format json` output for a Debian-based CUDA image (SchemaVersion 2). */
function report() {
  const vuln = (id: string, pkg: string, sev: string, fixed: string | undefined, status: string) => ({
    VulnerabilityID: id,
    PkgID: `${pkg}@1.0`,
    PkgName: pkg,
    PkgIdentifier: { PURL: `pkg:deb/debian/${pkg}@1.0?distro=debian-12` },
    InstalledVersion: '1.0',
    ...(fixed ? { FixedVersion: fixed } : {}),
    Status: status,
    Layer: { DiffID: 'sha256:aaaa' },
    SeveritySource: 'nvd',
    PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
    DataSource: {
      ID: 'debian',
      Name: 'Debian Security Tracker',
      URL: 'https://salsa.debian.org/security-tracker-team/security-tracker',
    },
    Title: `${pkg}: problem`,
    Description: 'long text',
    Severity: sev,
    CweIDs: ['CWE-787'],
    VendorSeverity: { debian: 1, nvd: 4 },
    CVSS: { nvd: { V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', V3Score: 9.8 } },
    PublishedDate: '2024-01-01T00:00:00Z',
    LastModifiedDate: '2024-02-01T00:00:00Z',
  });
  return {
    SchemaVersion: 2,
    CreatedAt: '2026-11-01T10:00:00Z',
    ArtifactName: 'registry.local/model:1.2.3',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'debian', Name: '12.8' }, ImageID: 'sha256:bbbb', DiffIDs: ['sha256:aaaa'] },
    Results: [
      {
        Target: 'registry.local/model:1.2.3 (debian 12.8)',
        Class: 'os-pkgs',
        Type: 'debian',
        Vulnerabilities: [
          vuln('CVE-2024-0001', 'openssl', 'CRITICAL', '3.0.15-1', 'fixed'),
          vuln('CVE-2024-0002', 'zlib1g', 'CRITICAL', undefined, 'affected'),
          vuln('CVE-2024-0003', 'libc6', 'HIGH', '2.36-9+deb12u9', 'fixed'),
          vuln('CVE-2024-0004', 'perl-base', 'LOW', undefined, 'will_not_fix'),
          vuln('CVE-2024-0005', 'curl', 'CRITICAL', '8.0', 'fixed'),
        ],
      },
      {
        Target: 'usr/local/lib/python3.11/site-packages',
        Class: 'lang-pkgs',
        Type: 'python-pkg',
        Vulnerabilities: [vuln('GHSA-xxxx-yyyy-zzzz', 'torch', 'CRITICAL', '2.6.0', 'fixed')],
      },
      { Target: 'app/config.yaml', Class: 'config' },
    ],
  };
}

describe('Trivy JSON report', () => {
  const vulns = readTrivyReport(JSON.stringify(report()), 'trivy.json');

  it('flattens Results[].Vulnerabilities[] with severity, fix and CVSS', () => {
    expect(vulns).toHaveLength(6);
    expect(vulns[0]).toMatchObject({
      id: 'CVE-2024-0001',
      pkg: 'openssl',
      severity: 'critical',
      fixed: '3.0.15-1',
      cvss: 9.8,
    });
    expect(vulns[5]).toMatchObject({ target: 'usr/local/lib/python3.11/site-packages', pkg: 'torch' });
  });

  it('fails on critical, counts the rest below', () => {
    const e = evaluateVulnerabilities(
      vulns,
      { 'fail-on': 'critical', 'ignore-unfixed': false, ignore: [] },
      '2026-11-28',
    );
    expect(e.failing.map((v) => v.id)).toEqual([
      'CVE-2024-0001',
      'CVE-2024-0002',
      'CVE-2024-0005',
      'GHSA-xxxx-yyyy-zzzz',
    ]);
    expect(e.below.map((v) => v.id)).toEqual(['CVE-2024-0003', 'CVE-2024-0004']);
  });

  it('ignore-unfixed drops affected/will_not_fix findings only', () => {
    const e = evaluateVulnerabilities(
      vulns,
      { 'fail-on': 'high', 'ignore-unfixed': true, ignore: [] },
      '2026-11-28',
    );
    expect(e.unfixed.map((v) => v.id)).toEqual(['CVE-2024-0002', 'CVE-2024-0004']);
    expect(e.failing.map((v) => v.id)).toContain('CVE-2024-0003');
    expect(e.failing.map((v) => v.id)).not.toContain('CVE-2024-0002');
  });

  it('ignores apply through their until date; expired ones warn and stop ignoring', () => {
    const ignore = [
      { id: 'CVE-2024-0001', reason: 'openssl not reachable', until: '2026-11-28' },
      { id: 'CVE-2024-0005', reason: 'curl unused', until: '2026-11-27' },
      { id: 'GHSA-xxxx-yyyy-zzzz', reason: 'only for numpy', packages: ['numpy'] },
    ];
    const e = evaluateVulnerabilities(
      vulns,
      { 'fail-on': 'critical', 'ignore-unfixed': false, ignore },
      '2026-11-28',
    );
    expect(e.ignored.map((i) => [i.vulnerability.id, i.reason])).toEqual([
      ['CVE-2024-0001', 'openssl not reachable'],
    ]);
    expect(e.failing.map((v) => v.id)).toEqual(['CVE-2024-0002', 'CVE-2024-0005', 'GHSA-xxxx-yyyy-zzzz']);
    expect(e.expired.map((r) => r.id)).toEqual(['CVE-2024-0005']);
    expect(e.warnings[0]).toMatch(/CVE-2024-0005 expired on 2026-11-27 \(reason was: curl unused\)/);
    const nextDay = evaluateVulnerabilities(
      vulns,
      { 'fail-on': 'critical', 'ignore-unfixed': false, ignore },
      '2026-11-29',
    );
    expect(nextDay.ignored).toEqual([]);
  });

  it('fail-on never passes everything', () => {
    expect(
      evaluateVulnerabilities(
        vulns,
        { 'fail-on': 'never', 'ignore-unfixed': false, ignore: [] },
        '2026-01-01',
      ).failing,
    ).toEqual([]);
  });

  it.each([
    ['not json', /trivy.json: not JSON/],
    ['[]', /an object with "Results"/],
    ['{"SchemaVersion": 1, "Results": []}', /SchemaVersion 1 is not supported/],
    [
      '{"Results": [{"Vulnerabilities": [{"VulnerabilityID": "CVE-1"}]}]}',
      /Results\[0\]\.Vulnerabilities\[0\]: needs VulnerabilityID and PkgName/,
    ],
    [
      '{"Results": [{"Vulnerabilities": [{"VulnerabilityID": "CVE-1", "PkgName": "x", "Severity": "SEVERE"}]}]}',
      /unknown Severity "SEVERE"/,
    ],
  ])('rejects a bad report %s with a message naming the place', (text, message) => {
    expect(() => readTrivyReport(text, 'trivy.json')).toThrow(InputError);
    expect(() => readTrivyReport(text, 'trivy.json')).toThrow(message);
  });
});

describe('Trivy arguments', () => {
  it.each([
    [
      { kind: 'image', ref: 'ghcr.io/o/m:1' } as const,
      [
        'image',
        '--format',
        'json',
        '--output',
        'o.json',
        '--scanners',
        'vuln',
        '--pkg-types',
        'os,library',
        '--quiet',
        'ghcr.io/o/m:1',
      ],
    ],
    [
      { kind: 'input', path: '/l' } as const,
      [
        'image',
        '--format',
        'json',
        '--output',
        'o.json',
        '--scanners',
        'vuln',
        '--pkg-types',
        'os,library',
        '--quiet',
        '--input',
        '/l',
      ],
    ],
    [
      { kind: 'fs', path: '.' } as const,
      [
        'fs',
        '--format',
        'json',
        '--output',
        'o.json',
        '--scanners',
        'vuln',
        '--pkg-types',
        'os,library',
        '--quiet',
        '.',
      ],
    ],
  ])('%o', (target, args) => expect(trivyArgs(target, 'o.json')).toEqual(args));

  it.each([
    ['linux', 'x64', 'trivy_0.69.3_Linux-64bit.tar.gz'],
    ['linux', 'arm64', 'trivy_0.69.3_Linux-ARM64.tar.gz'],
    ['darwin', 'arm64', 'trivy_0.69.3_macOS-ARM64.tar.gz'],
  ] as const)('asset for %s/%s', (platform, arch, asset) =>
    expect(trivyAsset('v0.69.3', platform, arch)).toBe(asset),
  );

  it('turns a failing trivy into a ToolError with its last stderr lines', async () => {
    const trivy = new Trivy('/bin/trivy', async () => ({
      code: 1,
      stdout: '',
      stderr: 'INFO x\nFATAL unable to find the image',
    }));
    await expect(trivy.scan({ kind: 'image', ref: 'x' })).rejects.toThrow(
      /trivy exited with 1: INFO x\nFATAL unable to find the image/,
    );
  });
});

describe('Trivy installer', () => {
  let server: Server;
  let base = '';
  const served = new Map<string, Buffer>();
  const requests: string[] = [];
  const script = '#!/bin/sh\necho "Version: 0.69.3"\n';
  let tarball = Buffer.alloc(0);
  let dir = '';

  beforeAll(async () => {
    const pack = tar.pack();
    pack.entry({ name: 'LICENSE' }, 'Apache-2.0');
    pack.entry({ name: 'trivy', mode: 0o755 }, script);
    pack.finalize();
    const parts: Buffer[] = [];
    for await (const c of pack) parts.push(c as Buffer);
    tarball = gzipSync(Buffer.concat(parts));
    served.set('/v0.69.3/trivy_0.69.3_Linux-64bit.tar.gz', tarball);
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const body = served.get(req.url ?? '');
      res.writeHead(body ? 200 : 404).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), 'trivy-install-'));
  });
  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  const options = (sha256?: string) => ({
    version: '0.69.3',
    sha256,
    dir,
    baseUrl: base,
    platform: 'linux' as const,
    arch: 'x64',
  });

  it('refuses a tarball whose SHA-256 does not match the pin, and writes nothing', async () => {
    const wrong = createHash('sha256').update('something else').digest('hex');
    const attempt = installTrivy(options(wrong));
    await expect(attempt).rejects.toThrow(ToolError);
    await expect(installTrivy(options(wrong))).rejects.toThrow(
      /has SHA-256 [0-9a-f]{64} but [0-9a-f]{64} is pinned; refusing to run it/,
    );
    expect(existsSync(join(dir, `trivy-0.69.3-${wrong.slice(0, 16)}`))).toBe(false);
    expect(requests).toContain('/v0.69.3/trivy_0.69.3_Linux-64bit.tar.gz');
  });

  it.each([
    [
      'linux',
      'x64',
      'trivy_0.69.3_Linux-64bit.tar.gz',
      '1816b632dfe529869c740c0913e36bd1629cb7688bd5634f4a858c1d57c88b75',
    ],
    [
      'linux',
      'arm64',
      'trivy_0.69.3_Linux-ARM64.tar.gz',
      '7e3924a974e912e57b4a99f65ece7931f8079584dae12eb7845024f97087bdfd',
    ],
    [
      'darwin',
      'x64',
      'trivy_0.69.3_macOS-64bit.tar.gz',
      'fec4a9f7569b624dd9d044fca019e5da69e032700edbb1d7318972c448ec2f4e',
    ],
    [
      'darwin',
      'arm64',
      'trivy_0.69.3_macOS-ARM64.tar.gz',
      'a2f2179afd4f8bb265ca3c7aefb56a666bc4a9a411663bc0f22c3549fbc643a5',
    ],
  ] as const)(
    'without a configured sha256, 0.69.3 on %s/%s is checked against the built-in pin of %s',
    async (platform, arch, asset, pinned) => {
      served.set(`/v0.69.3/${asset}`, tarball);
      const attempt = installTrivy({ ...options(undefined), platform, arch });
      await expect(attempt).rejects.toThrow(
        `has SHA-256 ${createHash('sha256').update(tarball).digest('hex')} but ${pinned} is pinned`,
      );
      expect(requests).toContain(`/v0.69.3/${asset}`);
    },
  );

  it('requires a configured checksum for a version without built-in pins', async () => {
    const other = { ...options(undefined), version: '0.70.0' };
    await expect(installTrivy(other)).rejects.toThrow(ConfigError);
    await expect(installTrivy(other)).rejects.toThrow(
      /scan\.vulnerabilities\.trivy\.sha256: required to install Trivy 0\.70\.0, whose checksums are not built in \(only 0\.69\.3\)/,
    );
  });

  it('installs the verified binary, executable, and reuses it', async () => {
    const sha = createHash('sha256').update(tarball).digest('hex');
    const binary = await installTrivy(options(sha));
    expect(readFileSync(binary, 'utf8')).toBe(script);
    expect(statSync(binary).mode & 0o111).not.toBe(0);
    const before = requests.length;
    expect(await installTrivy(options(sha))).toBe(binary);
    expect(requests.length).toBe(before);
  });

  it('reports a missing release clearly', async () => {
    await expect(installTrivy({ ...options('a'.repeat(64)), version: '9.9.9' })).rejects.toThrow(
      /cannot download Trivy from .*v9\.9\.9/,
    );
  });
});
