import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kube } from '../../src/cluster/kube.js';
import type { CommandContext, CommandResult, Log } from '../../src/commands/command.js';
import type { SimConfigInput } from '../../src/sim/config.js';
import { repoRoot } from '../support/cli.js';
import { startSim, type TestSim } from '../support/sim.js';

export interface Captured {
  lines: string[];
  log: Log;
}

export function captureLog(echo = process.env.ROLLOUT_TEST_ECHO === '1'): Captured {
  const lines: string[] = [];
  const push = (level: string) => (m: string) => {
    const line = `${new Date().toISOString().slice(11, 23)} ${level} ${m}`;
    lines.push(line);
    if (echo) process.stderr.write(`${line}\n`);
  };
  return {
    lines,
    log: {
      info: push('info'),
      warning: push('warn'),
      error: push('error'),
      debug: () => {},
      group: async (title, fn) => {
        push('group')(title);
        return fn();
      },
      secret: () => {},
    },
  };
}

export function context(
  cwd: string,
  log: Log,
  options: {
    env?: NodeJS.ProcessEnv;
    signal?: AbortSignal;
    kubeconfigPath?: string;
    githubToken?: string;
  } = {},
): CommandContext {
  return {
    cwd,
    env: options.env ?? {},
    log,
    dryRun: false,
    action: false,
    signal: options.signal ?? new AbortController().signal,
    now: () => new Date(),
    ...(options.kubeconfigPath ? { kubeconfigPath: options.kubeconfigPath } : {}),
    ...(options.githubToken ? { githubToken: options.githubToken } : {}),
  };
}

/** A workspace with model-deploy.yml (the deploy: section given as YAML text). */
export function workspace(deployYaml: string, model = 'llm'): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'rollout-'));
  mkdirSync(join(dir, 'model'));
  writeFileSync(join(dir, 'model', 'weights.safetensors'), 'x');
  writeFileSync(
    join(dir, 'model-deploy.yml'),
    `model:\n  name: ${model}\n  version: "1.0"\n  artifacts: [model/*]\ndeploy:\n${deployYaml
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n')}\n`,
  );
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function cluster(config: SimConfigInput = {}): Promise<{ sim: TestSim; kube: Kube }> {
  const sim = await startSim({ nodePools: [{ name: 'gpu', count: 2, gpus: 4 }], ...config });
  return { sim, kube: Kube.fromKubeconfig(sim.kubeconfigPath) };
}

/** Watches stable's ready replicas and whether a canary exists, every `everyMs`. */
export function watchStable(kube: Kube, namespace: string, name: string, everyMs = 100) {
  const seen: { t: number; ready: number; canary: boolean }[] = [];
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        const [d, c] = await Promise.all([
          kube.apps.readNamespacedDeployment({ name, namespace }).catch(() => undefined),
          kube.apps.readNamespacedDeployment({ name: `${name}-canary`, namespace }).catch(() => undefined),
        ]);
        if (d) seen.push({ t: Date.now(), ready: d.status?.readyReplicas ?? 0, canary: !!c });
      } catch {
        // keep watching
      }
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    seen,
    async stop() {
      stopped = true;
      await loop;
      return seen;
    },
    minReady: () => Math.min(...seen.map((s) => s.ready)),
  };
}

export async function waitFor<T>(
  what: string,
  fn: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined && v !== false) return v as T;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `model-deploy deploy` in a child process from source, so a test can kill -9 it. */
export function spawnDeploy(
  dir: string,
  kubeconfig: string,
  image: string,
  holder: string,
): ChildProcess & { output: string[] } {
  const child = spawn(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href,
      join(repoRoot, 'src', 'bin.ts'),
      'deploy',
      '--image',
      image,
      '--kubeconfig',
      kubeconfig,
    ],
    {
      cwd: dir,
      env: { ...process.env, MODEL_DEPLOY_HOLDER: holder },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ) as ChildProcess & { output: string[] };
  child.output = [];
  child.stdout?.on('data', (d) => child.output.push(String(d)));
  child.stderr?.on('data', (d) => child.output.push(String(d)));
  return child;
}

export const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.once('exit', (code, signal) => r({ code, signal })),
  );

export type { CommandResult };
