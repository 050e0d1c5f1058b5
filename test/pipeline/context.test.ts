import { describe, expect, test } from 'vitest';
import { detectContext, type RunContext } from '../../src/pipeline/context.js';

const prEvent = (fork: boolean) =>
  JSON.stringify({
    pull_request: {
      number: 42,
      head: { ref: 'feature', repo: { full_name: fork ? 'someone/model' : 'acme/model' } },
      base: { ref: 'main', repo: { full_name: 'acme/model' } },
    },
  });

const cases: [string, NodeJS.ProcessEnv, string | undefined, Partial<RunContext>][] = [
  [
    'GitHub pull request',
    {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: 'e',
      GITHUB_REPOSITORY: 'acme/model',
      GITHUB_SHA: 'abc',
    },
    prEvent(false),
    {
      ci: 'github',
      trigger: 'pull_request',
      sha: 'abc',
      pullRequest: { number: 42, fork: false, headRef: 'feature', baseRef: 'main' },
    },
  ],
  [
    'GitHub pull request from a fork',
    {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: 'e',
      GITHUB_REPOSITORY: 'acme/model',
    },
    prEvent(true),
    { trigger: 'pull_request', pullRequest: { number: 42, fork: true, headRef: 'feature', baseRef: 'main' } },
  ],
  [
    'GitHub semver tag',
    {
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_REPOSITORY: 'acme/model',
    },
    '{}',
    { trigger: 'release', release: { tag: 'v1.2.3', version: '1.2.3' } },
  ],
  [
    'GitHub non-semver tag is not a release',
    { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/nightly' },
    '{}',
    { trigger: 'other' },
  ],
  [
    'GitHub workflow_dispatch rollback to a revision',
    { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'workflow_dispatch', GITHUB_EVENT_PATH: 'e' },
    JSON.stringify({ inputs: { rollback: 'true', revision: '3' } }),
    { trigger: 'rollback', rollbackTo: 3 },
  ],
  [
    'GitLab merge request',
    {
      GITLAB_CI: 'true',
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '7',
      CI_COMMIT_SHA: 'def',
      CI_PROJECT_PATH: 'acme/model',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'f',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    },
    undefined,
    {
      ci: 'gitlab',
      trigger: 'pull_request',
      sha: 'def',
      repository: 'acme/model',
      pullRequest: { number: 7, fork: false, headRef: 'f', baseRef: 'main' },
    },
  ],
  [
    'GitLab tag',
    { GITLAB_CI: 'true', CI_COMMIT_TAG: 'v2.0.0-rc.1', CI_PROJECT_PATH: 'acme/model' },
    undefined,
    {
      ci: 'gitlab',
      trigger: 'release',
      release: { tag: 'v2.0.0-rc.1', version: '2.0.0-rc.1' },
      ref: 'refs/tags/v2.0.0-rc.1',
    },
  ],
  [
    'Jenkins change request',
    {
      JENKINS_URL: 'http://ci',
      CHANGE_ID: '9',
      CHANGE_BRANCH: 'f',
      CHANGE_TARGET: 'main',
      GIT_COMMIT: '123',
    },
    undefined,
    {
      ci: 'jenkins',
      trigger: 'pull_request',
      pullRequest: { number: 9, fork: false, headRef: 'f', baseRef: 'main' },
    },
  ],
  [
    'Jenkins tag',
    { JENKINS_URL: 'http://ci', TAG_NAME: '1.4.0' },
    undefined,
    { ci: 'jenkins', trigger: 'release', release: { tag: '1.4.0', version: '1.4.0' } },
  ],
  [
    'Jenkins rollback',
    { JENKINS_URL: 'http://ci', MODEL_DEPLOY_ROLLBACK: 'true', MODEL_DEPLOY_ROLLBACK_TO: '2' },
    undefined,
    { trigger: 'rollback', rollbackTo: 2 },
  ],
  [
    'local with a tag',
    { MODEL_DEPLOY_TAG: 'v3.0.0' },
    undefined,
    { ci: 'local', trigger: 'release', release: { tag: 'v3.0.0', version: '3.0.0' } },
  ],
  [
    'local pull request',
    { MODEL_DEPLOY_EVENT: 'pull_request' },
    undefined,
    { ci: 'local', trigger: 'pull_request' },
  ],
];

describe('CI context', () => {
  test.each(cases)('%s', (_name, env, event, want) => {
    const ctx = detectContext(env, () => event ?? '{}');
    expect(ctx).toMatchObject(want);
  });
});
