import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { cliLog } from '../../src/cli-log.js';
import type { CommandContext } from '../../src/commands/command.js';

export function tempDir(prefix = 'dag-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A CLI context whose log is captured in `logged()`. */
export function testContext(cwd: string, overrides: Partial<CommandContext> = {}) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => {
    text += c.toString();
  });
  const ctx: CommandContext = {
    cwd,
    env: { ...process.env },
    log: cliLog(stream, false),
    dryRun: false,
    action: false,
    signal: new AbortController().signal,
    now: () => new Date(),
    ...overrides,
  };
  return { ctx, logged: () => text };
}

/** Writes model-deploy.yml with a pipeline section (YAML text, indented under `pipeline:`). */
export function writeConfig(dir: string, pipeline: string, name = 'model-deploy.yml'): string {
  const file = join(dir, name);
  writeFileSync(file, `model:\n  name: demo\n  artifacts: [weights.safetensors]\npipeline:\n${pipeline}`);
  return file;
}
