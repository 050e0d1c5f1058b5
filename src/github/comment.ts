import type { GitHubClient } from './client.js';
import { httpStatus } from './client.js';
import type { GitHubContext } from './context.js';

/** Sections other commands contribute to the one comment per pull request and model, in display order. */
export const SECTION_ORDER = ['plan', 'scan', 'evaluation', 'placement'] as const;
export type SectionName = (typeof SECTION_ORDER)[number] | (string & {});

/** GitHub rejects comment bodies over 65536 characters. */
export const MAX_COMMENT_LENGTH = 65_536;

const KIND = 'report';

/** The hidden marker that finds the comment again: `<!-- model-deploy:report:<model> -->`. */
export function commentMarker(model: string): string {
  return `<!-- model-deploy:${KIND}:${markerSafe(model)} -->`;
}

function sectionBegin(section: string): string {
  return `<!-- model-deploy:section:${markerSafe(section)}:begin -->`;
}

function sectionEnd(section: string): string {
  return `<!-- model-deploy:section:${markerSafe(section)}:end -->`;
}

/** Marker text cannot close the HTML comment or start another marker. */
function markerSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/-{2,}/g, '-');
}

/** Sections stored in a comment body, by name, in body order. */
export function readSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  const re =
    /<!-- model-deploy:section:([A-Za-z0-9._/-]+):begin -->\n?([\s\S]*?)\n?<!-- model-deploy:section:\1:end -->/g;
  for (const m of body.matchAll(re)) sections.set(m[1]!, m[2]!);
  return sections;
}

/**
 * The comment body with `section` replaced (or added) and every other section kept as it was.
 * Pure: the same existing body and section give the same result.
 */
export function mergeSection(
  existing: string | undefined,
  model: string,
  section: string,
  content: string,
): string {
  const sections = existing ? readSections(existing) : new Map<string, string>();
  sections.set(markerSafe(section), neutralize(content.trim()));
  const known = SECTION_ORDER.filter((s) => sections.has(s));
  const others = [...sections.keys()].filter((s) => !(SECTION_ORDER as readonly string[]).includes(s)).sort();
  const parts = [commentMarker(model), `### model-deploy · ${model}`];
  for (const name of [...known, ...others]) {
    parts.push(`${sectionBegin(name)}\n${sections.get(name)}\n${sectionEnd(name)}`);
  }
  return truncateBody(parts.join('\n\n'));
}

/** Content cannot forge our markers (they are HTML comments, so `<!--` in content is escaped). */
function neutralize(content: string): string {
  return content.replace(/<!--\s*model-deploy:/g, '&lt;!-- model-deploy:');
}

function truncateBody(body: string): string {
  if (body.length <= MAX_COMMENT_LENGTH) return body;
  const note = '\n\n… (truncated: the full report is in the job summary)';
  return body.slice(0, MAX_COMMENT_LENGTH - note.length) + note;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  model: string;
}

export interface FoundComment {
  id: number;
  body: string;
  url: string;
}

/** The comment carrying the model's marker, looked for on every page (100 per request). */
export async function findComment(
  client: GitHubClient,
  target: CommentTarget,
): Promise<FoundComment | undefined> {
  const marker = commentMarker(target.model);
  let found: FoundComment | undefined;
  await client.paginate(
    client.rest.issues.listComments,
    { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 },
    (response, done) => {
      const hit = response.data.find((c) => c.body?.includes(marker));
      if (hit) {
        found = { id: hit.id, body: hit.body ?? '', url: hit.html_url };
        done();
      }
      return [];
    },
  );
  return found;
}

export interface UpsertResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

/** Creates the model's comment or replaces one section of it in place. */
export async function upsertSection(
  client: GitHubClient,
  target: CommentTarget,
  section: SectionName,
  content: string,
): Promise<UpsertResult> {
  const existing = await findComment(client, target);
  const body = mergeSection(existing?.body, target.model, section, content);
  if (!existing) {
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
    });
    return { action: 'created', id: data.id, url: data.html_url };
  }
  if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.url };
  const { data } = await client.rest.issues.updateComment({
    owner: target.owner,
    repo: target.repo,
    comment_id: existing.id,
    body,
  });
  return { action: 'updated', id: data.id, url: data.html_url };
}

export type PublishResult = ({ posted: true } & UpsertResult) | { posted: false; reason: string };

/**
 * Puts a section into the pull request's comment when it can; otherwise says why not, so the
 * caller writes the job summary only: no pull request, no token, a fork pull request (its
 * GITHUB_TOKEN is read-only), or a 403 from GitHub.
 */
export async function publishSection(options: {
  client: GitHubClient | undefined;
  context: GitHubContext | undefined;
  model: string;
  section: SectionName;
  content: string;
}): Promise<PublishResult> {
  const { client, context } = options;
  const pr = context?.pullRequest;
  if (!context || !pr)
    return { posted: false, reason: 'not a pull request run, so there is no pull-request comment' };
  // pull_request_target runs in the base repository with a writable token: it can comment
  if (pr.fork && context.eventName !== 'pull_request_target') {
    return {
      posted: false,
      reason: `this pull request comes from the fork ${pr.headRepo ?? '(deleted)'}, and GitHub gives workflows on fork pull requests a read-only token, so the report is in the job summary only`,
    };
  }
  if (!client)
    return { posted: false, reason: 'no github-token was given, so there is no pull-request comment' };
  try {
    const result = await upsertSection(
      client,
      { owner: context.owner, repo: context.repo, issueNumber: pr.number, model: options.model },
      options.section,
      options.content,
    );
    return { posted: true, ...result };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 401) {
      return {
        posted: false,
        reason: `GitHub refused to write the pull-request comment (${status}: ${(error as Error).message}); the token needs pull-requests: write (fork pull requests always get a read-only token)`,
      };
    }
    throw error;
  }
}
