import { execFileSync } from 'node:child_process';

/**
 * Real components the tests start. In CI (CI=true) a missing one fails the run; locally the
 * tests that need it are skipped with the install command.
 */
export function findBinary(name: string, candidates: string[] = []): string | undefined {
  for (const c of [...candidates, name]) {
    try {
      return execFileSync('sh', ['-c', `command -v ${c}`], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

export interface Component {
  available: boolean;
  path: string;
  /** Message for a local skip. */
  missing: string;
}

export function component(name: string, aptPackage: string, candidates: string[] = []): Component {
  const path = findBinary(name, candidates);
  const missing = `${name} not found: run "apt-get install -y ${aptPackage}" (or npm run test:all, which installs it)`;
  if (!path && process.env.CI === 'true') throw new Error(`CI requires ${name}: ${missing}`);
  return { available: !!path, path: path ?? name, missing };
}

/** python3 with numpy, used for reference computations and real pickles. */
export function python(): Component {
  const c = component('python3', 'python3 python3-numpy');
  if (!c.available) return c;
  try {
    execFileSync(c.path, ['-c', 'import numpy'], { stdio: 'ignore' });
    return c;
  } catch {
    const missing = 'python3 has no numpy: run "apt-get install -y python3-numpy" or "pip install numpy"';
    if (process.env.CI === 'true') throw new Error(`CI requires numpy: ${missing}`);
    return { available: false, path: c.path, missing };
  }
}

/** Runs a python3 script with stdin and returns stdout. */
export function runPython(script: string, input?: string | Buffer, args: string[] = []): string {
  return execFileSync(python().path, ['-c', script, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
}

/** Debian's /usr/bin/python3 with the real model loaders (numpy, joblib, torch) for loader-differential tests. */
export function debianLoaders(): Component {
  const path = '/usr/bin/python3';
  const missing =
    '/usr/bin/python3 cannot import numpy, joblib and torch: run "apt-get install -y python3-numpy python3-joblib python3-torch" (or npm run test:all, which installs them)';
  try {
    execFileSync(path, ['-c', 'import numpy, joblib, torch'], { stdio: 'ignore' });
    return { available: true, path, missing };
  } catch {
    if (process.env.CI === 'true') throw new Error(`CI requires the Debian model loaders: ${missing}`);
    return { available: false, path, missing };
  }
}
