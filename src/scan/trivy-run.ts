import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ToolError } from '../errors.js';
import { readTrivyReport, type Vulnerability } from './trivy.js';

export type TrivyTarget =
  | { kind: 'image'; ref: string }
  /** OCI image layout directory or docker-archive tarball. */
  | { kind: 'input'; path: string }
  | { kind: 'fs'; path: string };

/** Argument list for one Trivy vulnerability scan writing JSON to `output`. */
export function trivyArgs(target: TrivyTarget, output: string): string[] {
  const common = [
    '--format',
    'json',
    '--output',
    output,
    '--scanners',
    'vuln',
    '--pkg-types',
    'os,library',
    '--quiet',
  ];
  switch (target.kind) {
    case 'image':
      return ['image', ...common, target.ref];
    case 'input':
      return ['image', ...common, '--input', target.path];
    case 'fs':
      return ['fs', ...common, target.path];
  }
}

export type Exec = (
  file: string,
  args: string[],
) => Promise<{ code: number; stdout: string; stderr: string }>;

export const execProcess: Exec = (file, args) =>
  new Promise((resolve) => {
    execFile(file, args, { maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
      resolve({
        code,
        stdout: String(stdout),
        stderr: String(stderr) || (error && !stderr ? error.message : ''),
      });
    });
  });

/** Runs Trivy (the binary `installTrivy` verified) and returns the report's vulnerabilities. */
export class Trivy {
  constructor(
    private readonly binary: string,
    private readonly exec: Exec = execProcess,
  ) {}

  async scan(target: TrivyTarget): Promise<Vulnerability[]> {
    const dir = await mkdtemp(join(tmpdir(), 'model-deploy-trivy-'));
    try {
      const output = join(dir, 'report.json');
      const { code, stderr } = await this.exec(this.binary, trivyArgs(target, output));
      if (code !== 0) {
        const last = stderr.trim().split('\n').slice(-3).join('\n');
        throw new ToolError(`trivy exited with ${code}: ${last || 'no message'}`);
      }
      return readTrivyReport(await readFile(output, 'utf8'), 'trivy report');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
