import { readFileSync } from 'node:fs';

export type CiSystem = 'github' | 'gitlab' | 'jenkins' | 'local';

/** What started this run, the same shape whichever CI system it is. */
export interface RunContext {
  ci: CiSystem;
  /** pull_request: PR checks; release: a semver tag; rollback: a manual rollback; other: push/dispatch. */
  trigger: 'pull_request' | 'release' | 'rollback' | 'other';
  sha: string;
  ref: string;
  repository: string;
  /** Set for pull requests (merge requests on GitLab, change requests on Jenkins). */
  pullRequest?: { number: number; fork: boolean; headRef: string; baseRef: string };
  /** Set for release tags: the tag and its semver version without the leading v. */
  release?: { tag: string; version: string };
  /** workflow_dispatch with rollback: the revision to go back to, when given. */
  rollbackTo?: number;
  /** URL of this run, for links in comments and deployment statuses. */
  runUrl?: string;
}

const SEMVER_TAG = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;

export function releaseOf(tag: string | undefined): RunContext['release'] {
  const m = tag ? SEMVER_TAG.exec(tag) : null;
  return m && tag ? { tag, version: m[1]! } : undefined;
}

interface GithubEvent {
  pull_request?: {
    number: number;
    head: { ref: string; repo?: { full_name?: string } | null };
    base: { ref: string; repo?: { full_name?: string } };
  };
  inputs?: Record<string, unknown>;
}

/** Maps CI variables (GitHub Actions, GitLab CI, Jenkins) to one RunContext. Pure but for reading the event file. */
export function detectContext(
  env: NodeJS.ProcessEnv,
  readEvent: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): RunContext {
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_EVENT_NAME) return github(env, readEvent);
  if (env.GITLAB_CI) return gitlab(env);
  if (env.JENKINS_URL || env.BUILD_TAG?.startsWith('jenkins-')) return jenkins(env);
  const tag = env.MODEL_DEPLOY_TAG;
  const release = releaseOf(tag);
  return {
    ci: 'local',
    trigger: env.MODEL_DEPLOY_EVENT === 'pull_request' ? 'pull_request' : release ? 'release' : 'other',
    sha: env.MODEL_DEPLOY_SHA ?? '',
    ref: tag ? `refs/tags/${tag}` : '',
    repository: env.MODEL_DEPLOY_REPOSITORY ?? 'local/model',
    ...(release ? { release } : {}),
  };
}

function github(env: NodeJS.ProcessEnv, readEvent: (path: string) => string): RunContext {
  let event: GithubEvent = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readEvent(env.GITHUB_EVENT_PATH)) as GithubEvent;
    } catch {
      event = {};
    }
  }
  const name = env.GITHUB_EVENT_NAME ?? '';
  const ref = env.GITHUB_REF ?? '';
  const repository = env.GITHUB_REPOSITORY ?? '';
  const base = {
    ci: 'github' as const,
    sha: env.GITHUB_SHA ?? '',
    ref,
    repository,
    ...(env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
      ? { runUrl: `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
  };
  if ((name === 'pull_request' || name === 'pull_request_target') && event.pull_request) {
    const pr = event.pull_request;
    const head = pr.head.repo?.full_name;
    return {
      ...base,
      trigger: 'pull_request',
      pullRequest: {
        number: pr.number,
        fork: !!head && head !== (pr.base.repo?.full_name ?? repository),
        headRef: pr.head.ref,
        baseRef: pr.base.ref,
      },
    };
  }
  if (
    name === 'workflow_dispatch' &&
    (event.inputs?.rollback === true || event.inputs?.rollback === 'true')
  ) {
    const to = Number(event.inputs?.revision ?? event.inputs?.to);
    return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
  }
  const release = ref.startsWith('refs/tags/') ? releaseOf(ref.slice('refs/tags/'.length)) : undefined;
  return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}

function gitlab(env: NodeJS.ProcessEnv): RunContext {
  const base = {
    ci: 'gitlab' as const,
    sha: env.CI_COMMIT_SHA ?? '',
    ref: env.CI_COMMIT_TAG
      ? `refs/tags/${env.CI_COMMIT_TAG}`
      : `refs/heads/${env.CI_COMMIT_BRANCH ?? env.CI_COMMIT_REF_NAME ?? ''}`,
    repository: env.CI_PROJECT_PATH ?? '',
    ...(env.CI_PIPELINE_URL ? { runUrl: env.CI_PIPELINE_URL } : {}),
  };
  if (env.CI_PIPELINE_SOURCE === 'merge_request_event' && env.CI_MERGE_REQUEST_IID) {
    return {
      ...base,
      trigger: 'pull_request',
      pullRequest: {
        number: Number(env.CI_MERGE_REQUEST_IID),
        fork:
          !!env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH &&
          env.CI_MERGE_REQUEST_SOURCE_PROJECT_PATH !== env.CI_MERGE_REQUEST_PROJECT_PATH,
        headRef: env.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? '',
        baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME ?? '',
      },
    };
  }
  if (env.MODEL_DEPLOY_ROLLBACK === 'true') {
    const to = Number(env.MODEL_DEPLOY_ROLLBACK_TO);
    return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
  }
  const release = releaseOf(env.CI_COMMIT_TAG);
  return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}

function jenkins(env: NodeJS.ProcessEnv): RunContext {
  const base = {
    ci: 'jenkins' as const,
    sha: env.GIT_COMMIT ?? '',
    ref: env.TAG_NAME ? `refs/tags/${env.TAG_NAME}` : `refs/heads/${env.BRANCH_NAME ?? env.GIT_BRANCH ?? ''}`,
    repository: env.MODEL_DEPLOY_REPOSITORY ?? env.JOB_NAME ?? '',
    ...(env.BUILD_URL ? { runUrl: env.BUILD_URL } : {}),
  };
  if (env.CHANGE_ID) {
    return {
      ...base,
      trigger: 'pull_request',
      pullRequest: {
        number: Number(env.CHANGE_ID),
        fork: !!env.CHANGE_FORK,
        headRef: env.CHANGE_BRANCH ?? '',
        baseRef: env.CHANGE_TARGET ?? '',
      },
    };
  }
  if (env.MODEL_DEPLOY_ROLLBACK === 'true') {
    const to = Number(env.MODEL_DEPLOY_ROLLBACK_TO);
    return { ...base, trigger: 'rollback', ...(Number.isInteger(to) && to > 0 ? { rollbackTo: to } : {}) };
  }
  const release = releaseOf(env.TAG_NAME);
  return release ? { ...base, trigger: 'release', release } : { ...base, trigger: 'other' };
}
