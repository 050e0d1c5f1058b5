import { InputError } from '../errors.js';

/** What the build knows about where it runs; read by the command, passed in as data. */
export interface BuildFacts {
  model: { name: string; version?: string; framework?: string; description?: string };
  /** GITHUB_REF, e.g. refs/tags/v1.2.0 or refs/heads/main. */
  ref?: string;
  /** Commit SHA (GITHUB_SHA or git rev-parse HEAD). */
  revision?: string;
  /** Repository URL (GITHUB_SERVER_URL/GITHUB_REPOSITORY or the origin remote). */
  source?: string;
  /** Seconds since the epoch for `created` (SOURCE_DATE_EPOCH, else 0 so builds are reproducible). */
  epoch: number;
  configTags: string[];
  extraTags: string[];
  labels: Record<string, string>;
}

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** The version: model.version, else the git tag being released, else `sha-<7>` of the commit. */
export function imageVersion(facts: Pick<BuildFacts, 'model' | 'ref' | 'revision'>): string {
  if (facts.model.version) return facts.model.version;
  const tag = facts.ref?.startsWith('refs/tags/') ? facts.ref.slice('refs/tags/'.length) : undefined;
  if (tag) return tag;
  if (facts.revision) return `sha-${facts.revision.slice(0, 7)}`;
  return 'latest';
}

/** Tags in order: the version, then image.tags, then --tag; duplicates dropped; each one checked. */
export function imageTags(facts: BuildFacts): string[] {
  const tags = [
    ...new Set([imageVersion(facts).replace(/\+/g, '_'), ...facts.configTags, ...facts.extraTags]),
  ];
  for (const tag of tags) {
    if (!TAG.test(tag)) {
      throw new InputError(
        `image tag "${tag}" is not valid: use letters, digits, _ . - (max 128, not starting with . or -)`,
      );
    }
  }
  return tags;
}

export function createdAt(epoch: number): string {
  return new Date(epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** org.opencontainers.image.* labels plus model labels; image.labels override any of them. */
export function imageLabels(facts: BuildFacts): Record<string, string> {
  const labels: Record<string, string> = {
    'org.opencontainers.image.title': facts.model.name,
    'org.opencontainers.image.version': imageVersion(facts),
    'org.opencontainers.image.created': createdAt(facts.epoch),
    'dev.model-deploy.model.name': facts.model.name,
    'dev.model-deploy.model.version': imageVersion(facts),
  };
  if (facts.source) labels['org.opencontainers.image.source'] = facts.source;
  if (facts.revision) labels['org.opencontainers.image.revision'] = facts.revision;
  if (facts.model.description) labels['org.opencontainers.image.description'] = facts.model.description;
  if (facts.model.framework) labels['dev.model-deploy.model.framework'] = facts.model.framework;
  return { ...labels, ...facts.labels };
}

/** SOURCE_DATE_EPOCH as seconds; 0 when unset. */
export function sourceDateEpoch(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  if (!/^\d+$/.test(value))
    throw new InputError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${value}"`);
  return Number(value);
}

/** git@github.com:org/repo.git and https://…/repo.git → https://github.com/org/repo */
export function sourceUrl(remote: string): string {
  const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote.trim());
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  return remote
    .trim()
    .replace(/\.git$/, '')
    .replace(/\/\/[^@/]+@/, '//');
}
