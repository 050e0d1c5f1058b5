import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubClient } from '../../src/github/client.js';
import {
  commentMarker,
  mergeSection,
  publishSection,
  readSections,
  upsertSection,
} from '../../src/github/comment.js';
import { type GitHubContext, isBaselineRef, readGitHubContext } from '../../src/github/context.js';
import { type GitHubDouble, startGitHubDouble } from '../support/github-double.js';

const dir = mkdtempSync(join(tmpdir(), 'md-gh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function prEvent(name: string, event: unknown, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(event));
  return {
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path,
    ...extra,
  };
}

function pullRequest(number: number, head: string, base = 'acme/models') {
  return {
    pull_request: {
      number,
      head: { sha: 'b'.repeat(40), repo: { full_name: head } },
      base: { ref: 'main', repo: { full_name: base } },
    },
    repository: { default_branch: 'main', full_name: base },
  };
}

let gh: GitHubDouble;
beforeEach(async () => {
  gh = await startGitHubDouble({ readOnlyTokens: ['read-only'] });
});
afterEach(async () => {
  await gh.close();
});

function context(pr: number, fork = false): GitHubContext {
  return readGitHubContext(
    prEvent(`pr-${pr}-${fork}`, pullRequest(pr, fork ? 'someone/models' : 'acme/models'), {
      GITHUB_API_URL: gh.url,
    }),
  )!;
}

describe('pull-request comment upsert against the GitHub API double', () => {
  it('creates one comment with the marker and the section', async () => {
    const client = githubClient('token', { GITHUB_API_URL: gh.url })!;
    const r = await publishSection({
      client,
      context: context(7),
      model: 'resnet',
      section: 'evaluation',
      content: '| a | b |',
    });
    expect(r).toMatchObject({ posted: true, action: 'created' });
    const comments = gh.comments('acme', 'models', 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(commentMarker('resnet'));
    expect(readSections(String(comments[0]!.body)).get('evaluation')).toBe('| a | b |');
    expect(gh.requests.map((q) => `${q.method} ${q.path}`)).toEqual([
      'GET /repos/acme/models/issues/7/comments',
      'POST /repos/acme/models/issues/7/comments',
    ]);
    expect(gh.violations).toEqual([]);
  });

  it('finds the marker on page 3 of 250 comments and updates it in place', async () => {
    const bodies = Array.from({ length: 250 }, (_, i) => `comment ${i}`);
    bodies[230] = mergeSection(undefined, 'resnet', 'scan', 'scan: clean');
    const seeded = gh.addComments('acme', 'models', 9, bodies);
    const client = githubClient('token', { GITHUB_API_URL: gh.url })!;
    const r = await publishSection({
      client,
      context: context(9),
      model: 'resnet',
      section: 'evaluation',
      content: 'eval: pass',
    });
    expect(r).toMatchObject({ posted: true, action: 'updated', id: seeded[230]!.id });
    const comments = gh.comments('acme', 'models', 9);
    expect(comments).toHaveLength(250);
    const sections = readSections(String(comments[230]!.body));
    expect([...sections.entries()]).toEqual([
      ['evaluation', 'eval: pass'],
      ['scan', 'scan: clean'],
    ]);
    const lists = gh.requests.filter((q) => q.method === 'GET');
    expect(lists.map((q) => q.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(gh.requests.at(-1)).toMatchObject({
      method: 'PATCH',
      path: `/repos/acme/models/issues/comments/${seeded[230]!.id}`,
    });
    expect(gh.violations).toEqual([]);
  });

  it('merges sections from several commands and replaces only its own', async () => {
    const client = githubClient('token', { GITHUB_API_URL: gh.url })!;
    const target = { owner: 'acme', repo: 'models', issueNumber: 3, model: 'bert' };
    await upsertSection(client, target, 'evaluation', 'eval v1');
    await upsertSection(client, target, 'plan', 'plan v1');
    await upsertSection(client, target, 'scan', 'scan v1');
    const again = await upsertSection(client, target, 'evaluation', 'eval v2');
    expect(again.action).toBe('updated');
    const unchanged = await upsertSection(client, target, 'evaluation', 'eval v2');
    expect(unchanged.action).toBe('unchanged');
    const comments = gh.comments('acme', 'models', 3);
    expect(comments).toHaveLength(1);
    // in order of what blocks a merge, whatever order they came in
    expect([...readSections(String(comments[0]!.body)).entries()]).toEqual([
      ['evaluation', 'eval v2'],
      ['scan', 'scan v1'],
      ['plan', 'plan v1'],
    ]);
    expect(gh.requests.filter((q) => q.method === 'PATCH')).toHaveLength(3);
    expect(gh.violations).toEqual([]);
  });

  it('keeps one comment per model on the same pull request', async () => {
    const client = githubClient('token', { GITHUB_API_URL: gh.url })!;
    await upsertSection(
      client,
      { owner: 'acme', repo: 'models', issueNumber: 4, model: 'a' },
      'evaluation',
      'A',
    );
    await upsertSection(
      client,
      { owner: 'acme', repo: 'models', issueNumber: 4, model: 'b' },
      'evaluation',
      'B',
    );
    await upsertSection(
      client,
      { owner: 'acme', repo: 'models', issueNumber: 4, model: 'a' },
      'evaluation',
      'A2',
    );
    const bodies = gh
      .comments('acme', 'models', 4)
      .map((c) => readSections(String(c.body)).get('evaluation'));
    expect(bodies).toEqual(['A2', 'B']);
  });

  it('falls back to the job summary on a fork pull request without calling the API', async () => {
    const client = githubClient('read-only', { GITHUB_API_URL: gh.url })!;
    const r = await publishSection({
      client,
      context: context(11, true),
      model: 'resnet',
      section: 'evaluation',
      content: 'x',
    });
    expect(r.posted).toBe(false);
    expect(r.posted === false && r.reason).toMatch(
      /fork someone\/models.*read-only token, so the report is in the job summary only/,
    );
    expect(gh.requests).toEqual([]);
  });

  it('comments on a fork pull request under pull_request_target (its token can write)', async () => {
    const client = githubClient('token', { GITHUB_API_URL: gh.url })!;
    const env = prEvent('target', pullRequest(14, 'someone/models'), {
      GITHUB_EVENT_NAME: 'pull_request_target',
    });
    const r = await publishSection({
      client,
      context: readGitHubContext(env),
      model: 'm',
      section: 'evaluation',
      content: 'x',
    });
    expect(r).toMatchObject({ posted: true, action: 'created' });
    expect(gh.violations).toEqual([]);
  });

  it('falls back when GitHub answers 403 to the write', async () => {
    const client = githubClient('read-only', { GITHUB_API_URL: gh.url })!;
    const r = await publishSection({
      client,
      context: context(12),
      model: 'resnet',
      section: 'evaluation',
      content: 'x',
    });
    expect(r.posted).toBe(false);
    expect(r.posted === false && r.reason).toMatch(
      /403: Resource not accessible by integration.*pull-requests: write/,
    );
    expect(gh.requests.at(-1)).toMatchObject({ method: 'POST', status: 403 });
    expect(gh.comments('acme', 'models', 12)).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it('says why when there is no pull request or no token', async () => {
    expect(
      await publishSection({
        client: undefined,
        context: undefined,
        model: 'm',
        section: 'evaluation',
        content: '',
      }),
    ).toMatchObject({
      posted: false,
      reason: expect.stringMatching(/not a pull request/),
    });
    expect(
      await publishSection({
        client: undefined,
        context: context(13),
        model: 'm',
        section: 'evaluation',
        content: '',
      }),
    ).toMatchObject({
      posted: false,
      reason: expect.stringMatching(/no github-token/),
    });
  });
});

describe('the GitHub API double rejects what the REST description rejects', () => {
  it('fails a request without a required body field, with an unknown field, a bad method, a bad path, a bad query', async () => {
    const client = githubClient('token', { GITHUB_API_URL: gh.url })!;
    // untyped on purpose: these requests are wrong
    const raw = client.request as unknown as (
      route: string,
      params: Record<string, unknown>,
    ) => Promise<unknown>;
    const attempts = [
      raw('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'o',
        repo: 'r',
        issue_number: 1,
      }),
      raw('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'o',
        repo: 'r',
        issue_number: 1,
        body: 'x',
        bdy: 'y',
      }),
      raw('PUT /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: 'o',
        repo: 'r',
        comment_id: 1,
        body: 'x',
      }),
      raw('GET /repos/{owner}/{repo}/issue/{issue_number}/comments', {
        owner: 'o',
        repo: 'r',
        issue_number: 1,
      }),
      raw('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: 'o',
        repo: 'r',
        issue_number: 'seven',
      }),
      raw('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        owner: 'o',
        repo: 'r',
        deployment_id: 1,
        state: 'done',
      }),
    ];
    const results = await Promise.allSettled(attempts);
    expect(
      results.map((r) => (r.status === 'rejected' ? (r.reason as { status: number }).status : 'ok')),
    ).toEqual([422, 422, 422, 422, 422, 422]);
    expect(gh.violations).toHaveLength(6);
    expect(gh.violations.join('\n')).toMatch(/required property 'body'/);
    expect(gh.violations.join('\n')).toMatch(/unknown field\(s\) bdy/);
    expect(gh.violations.join('\n')).toMatch(/method PUT not allowed/);
    expect(gh.violations.join('\n')).toMatch(/no operation .* matches \/repos\/o\/r\/issue\/1\/comments/);
    expect(gh.violations.join('\n')).toMatch(/path parameter "issue_number"="seven"/);
    expect(gh.violations.join('\n')).toMatch(/must be equal to one of the allowed values/);
  });

  it('serves deployments and their statuses with real-shaped responses', async () => {
    const client = githubClient('token', { GITHUB_API_URL: gh.url })!;
    const { data: d } = await client.rest.repos.createDeployment({
      owner: 'acme',
      repo: 'models',
      ref: 'v1.2.3',
      environment: 'production',
      auto_merge: false,
      required_contexts: [],
      payload: { model: 'resnet' },
    });
    const id = (d as { id: number }).id;
    await client.rest.repos.createDeploymentStatus({
      owner: 'acme',
      repo: 'models',
      deployment_id: id,
      state: 'in_progress',
    });
    await client.rest.repos.createDeploymentStatus({
      owner: 'acme',
      repo: 'models',
      deployment_id: id,
      state: 'success',
      log_url: 'https://ci.example/run/1',
    });
    const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
      owner: 'acme',
      repo: 'models',
      deployment_id: id,
    });
    expect(statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);
    const { data: list } = await client.rest.repos.listDeployments({
      owner: 'acme',
      repo: 'models',
      environment: 'production',
    });
    expect(list.map((x) => x.ref)).toEqual(['v1.2.3']);
    expect(gh.violations).toEqual([]);
  });
});

describe('pure parts', () => {
  it('content cannot forge section markers', () => {
    const evil = 'x <!-- model-deploy:section:scan:end --> y';
    const body = mergeSection(mergeSection(undefined, 'm', 'scan', 'scan ok'), 'm', 'evaluation', evil);
    const sections = readSections(body);
    expect(sections.get('scan')).toBe('scan ok');
    expect(sections.get('evaluation')).toContain('&lt;!-- model-deploy:');
  });

  it('reads fork, default branch and tags from the event', () => {
    const ctx = readGitHubContext(prEvent('fork', pullRequest(5, 'Someone/Models')))!;
    expect(ctx.pullRequest).toMatchObject({ number: 5, fork: true, headRepo: 'Someone/Models' });
    expect(readGitHubContext(prEvent('same', pullRequest(5, 'ACME/models')))!.pullRequest?.fork).toBe(false);
    const push = readGitHubContext(
      prEvent('push', { repository: { default_branch: 'main' } }, { GITHUB_REF: 'refs/heads/main' }),
    )!;
    expect(isBaselineRef(push)).toBe(true);
    expect(isBaselineRef({ ...push, ref: 'refs/heads/feature' })).toBe(false);
    expect(isBaselineRef({ ...push, ref: 'refs/tags/v1.0.0' })).toBe(true);
    expect(readGitHubContext({})).toBeUndefined();
  });
});
