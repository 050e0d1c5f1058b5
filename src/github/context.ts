import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';

export interface PullRequestInfo {
  number: number;
  /** owner/name of the head repository (the fork, for a fork pull request). */
  headRepo: string | undefined;
  baseRepo: string;
  /** Head and base live in different repositories: GITHUB_TOKEN is read-only there. */
  fork: boolean;
  headSha: string | undefined;
  baseRef: string | undefined;
}

export interface GitHubContext {
  owner: string;
  repo: string;
  eventName: string | undefined;
  /** GITHUB_REF, e.g. refs/heads/main, refs/tags/v1.2.3, refs/pull/7/merge. */
  ref: string | undefined;
  sha: string | undefined;
  runId: string | undefined;
  defaultBranch: string | undefined;
  pullRequest: PullRequestInfo | undefined;
  apiUrl: string;
  serverUrl: string;
}

/**
 * What GitHub Actions tells a step about its run, from the environment and the event payload
 * (GITHUB_EVENT_PATH). Undefined outside GitHub Actions (no GITHUB_REPOSITORY).
 */
export function readGitHubContext(env: NodeJS.ProcessEnv): GitHubContext | undefined {
  const repository = env.GITHUB_REPOSITORY;
  if (!repository) return undefined;
  const [owner, repo] = repository.split('/');
  if (!owner || !repo) throw new InputError(`GITHUB_REPOSITORY must be owner/name, got "${repository}"`);
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pr = object(event.pull_request);
  const repositoryInfo = object(event.repository);
  let pullRequest: PullRequestInfo | undefined;
  if (pr && typeof pr.number === 'number') {
    const head = object(pr.head);
    const base = object(pr.base);
    const headRepo = string(object(head?.repo)?.full_name);
    const baseRepo = string(object(base?.repo)?.full_name) ?? repository;
    pullRequest = {
      number: pr.number,
      headRepo,
      baseRepo,
      // a deleted fork has head.repo null: still a fork
      fork: headRepo === undefined ? head !== undefined : headRepo.toLowerCase() !== baseRepo.toLowerCase(),
      headSha: string(head?.sha),
      baseRef: string(base?.ref),
    };
  }
  return {
    owner,
    repo,
    eventName: env.GITHUB_EVENT_NAME,
    ref: env.GITHUB_REF,
    sha: env.GITHUB_SHA,
    runId: env.GITHUB_RUN_ID,
    defaultBranch: string(repositoryInfo?.default_branch),
    pullRequest,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
  };
}

/** Runs on the default branch or a tag record baselines; pull requests only read them. */
export function isBaselineRef(
  context: Pick<GitHubContext, 'ref' | 'defaultBranch' | 'pullRequest'>,
): boolean {
  if (context.pullRequest || !context.ref) return false;
  if (context.ref.startsWith('refs/tags/')) return true;
  return context.defaultBranch !== undefined && context.ref === `refs/heads/${context.defaultBranch}`;
}

function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`GITHUB_EVENT_PATH ${path} cannot be read: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    return object(JSON.parse(text)) ?? {};
  } catch (error) {
    throw new InputError(`GITHUB_EVENT_PATH ${path} is not JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function object(v: unknown): Record<string, unknown> | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;
}

function string(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
