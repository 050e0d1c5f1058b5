import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Log } from '../commands/command.js';
import { InputError } from '../errors.js';
import type { Credentials } from './auth.js';

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string; identitytoken?: string }>;
}

/**
 * Credentials for a registry: the action's registry-username/password inputs first, then the
 * docker config (`$DOCKER_CONFIG/config.json` or `~/.docker/config.json`, `auths` entries).
 * Every secret found is masked in the log.
 */
export function findCredentials(
  registry: string,
  options: {
    explicit?: { username: string; password: string };
    env: NodeJS.ProcessEnv;
    log?: Pick<Log, 'secret'>;
  },
): Credentials | undefined {
  if (options.explicit?.username) {
    options.log?.secret(options.explicit.password);
    return { ...options.explicit, source: 'registry-username/registry-password' };
  }
  const dir = options.env.DOCKER_CONFIG ?? join(options.env.HOME ?? homedir(), '.docker');
  const file = join(dir, 'config.json');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let config: DockerConfig;
  try {
    config = JSON.parse(text) as DockerConfig;
  } catch (error) {
    throw new InputError(
      `${file} is not valid JSON: fix it or remove it (it holds docker login credentials)`,
      {
        cause: error,
      },
    );
  }
  const keys = registryKeys(registry);
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    if (!keys.includes(normalizeKey(key))) continue;
    let username = entry.username;
    let password = entry.password ?? entry.identitytoken;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) throw new InputError(`${file}: auths["${key}"].auth is not base64 of user:password`);
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
    if (username && password) {
      options.log?.secret(password);
      if (entry.auth) options.log?.secret(entry.auth);
      return { username, password, source: `${file} (auths["${key}"])` };
    }
  }
  return undefined;
}

function normalizeKey(key: string): string {
  return key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}

function registryKeys(registry: string): string[] {
  if (registry === 'registry-1.docker.io') return ['registry-1.docker.io', 'index.docker.io', 'docker.io'];
  return [registry];
}
