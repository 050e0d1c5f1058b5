import { fitMarkdown } from '../report/fit.js';
import { escapeMarkdown } from '../report/markdown.js';
import {
  type SectionVerdict,
  VERDICT_ICON,
  type VerdictStatus,
  verdictReason,
  worst,
} from '../report/verdict.js';
import type { GitHubClient } from './client.js';
import { httpStatus } from './client.js';
import type { GitHubContext } from './context.js';

/** Sections of the one comment per pull request and model, in order of what blocks a merge. */
export const SECTION_ORDER = ['evaluation', 'scan', 'placement', 'plan'] as const;
export type SectionName = (typeof SECTION_ORDER)[number] | (string & {});

const SECTION_TITLE: Record<string, string> = {
  evaluation: 'Evaluation',
  scan: 'Scan',
  placement: 'GPU placement',
  plan: 'Pipeline plan',
};

/** GitHub rejects comment bodies over 65536 characters. */
export const MAX_COMMENT_LENGTH = 65_536;

const KIND = 'report';

/** The hidden marker that finds the comment again: `<!-- model-deploy:report:<model> -->`. */
export function commentMarker(model: string): string {
  return `<!-- model-deploy:${KIND}:${markerSafe(model)} -->`;
}

/** The begin marker carries the section's verdict, so a later update can read every verdict back. */
function sectionBegin(section: string, verdict: SectionVerdict | undefined): string {
  const v = verdict ? ` ${verdict.status} ${encodeURIComponent(verdict.reason).replace(/-/g, '%2D')}` : '';
  return `<!-- model-deploy:section:${markerSafe(section)}:begin${v} -->`;
}

function sectionEnd(section: string): string {
  return `<!-- model-deploy:section:${markerSafe(section)}:end -->`;
}

/** Marker text cannot close the HTML comment or start another marker. */
function markerSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._/-]/g, '_').replace(/-{2,}/g, '-');
}

export interface StoredSection {
  content: string;
  verdict?: SectionVerdict;
}

const SECTION_RE =
  /<!-- model-deploy:section:([A-Za-z0-9._/-]+):begin(?: (fail|warn|pass|info) ([A-Za-z0-9%_.!~*'()]*))? -->\n?([\s\S]*?)\n?<!-- model-deploy:section:\1:end -->/g;

/** Sections stored in a comment body, by name, in body order, with their verdicts. */
export function readStoredSections(body: string): Map<string, StoredSection> {
  const sections = new Map<string, StoredSection>();
  for (const m of body.matchAll(SECTION_RE)) {
    let reason = '';
    try {
      reason = decodeURIComponent(m[3] ?? '');
    } catch {
      // a hand-edited marker: keep the section, lose the reason
    }
    sections.set(m[1]!, {
      content: m[4]!,
      ...(m[2] ? { verdict: { status: m[2] as VerdictStatus, reason } } : {}),
    });
  }
  return sections;
}

/** Sections stored in a comment body, by name, in body order. */
export function readSections(body: string): Map<string, string> {
  return new Map([...readStoredSections(body)].map(([name, s]) => [name, s.content]));
}

export interface SectionOptions {
  /** What the section says about the merge; it leads the comment. */
  verdict?: SectionVerdict;
  /** The run's page, where the job summary holds what the comment had to leave out. */
  summaryUrl?: string;
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
  options: SectionOptions = {},
): string {
  const sections = existing ? readStoredSections(existing) : new Map<string, StoredSection>();
  sections.set(markerSafe(section), {
    content: neutralize(content.trim()),
    ...(options.verdict ? { verdict: options.verdict } : {}),
  });
  return composeBody(model, sections, options.summaryUrl);
}

/** Display order: what blocks a merge first, then sections this version does not know, by name. */
function ordered(names: Iterable<string>): string[] {
  const all = [...names];
  const known = SECTION_ORDER.filter((s) => all.includes(s));
  const others = all.filter((s) => !(SECTION_ORDER as readonly string[]).includes(s)).sort();
  return [...known, ...others];
}

function title(name: string): string {
  return SECTION_TITLE[name] ?? escapeMarkdown(name);
}

/** The first line: one verdict for the model, with the reason of the section that decides it. */
function lead(model: string, names: string[], sections: Map<string, StoredSection>): string {
  const judged = names.filter((n) => sections.get(n)!.verdict);
  const status = worst(judged.map((n) => sections.get(n)!.verdict!.status));
  const who = `model-deploy · ${escapeMarkdown(model)}`;
  const lines: string[] = [];
  if (judged.length === 0) lines.push(`### ${who}`);
  else {
    const decider = judged.find((n) => sections.get(n)!.verdict!.status === status)!;
    const sentence =
      status === 'pass'
        ? `every check passed (${judged
            .filter((n) => sections.get(n)!.verdict!.status === 'pass')
            .map((n) => title(n).toLowerCase())
            .join(', ')})`
        : `${title(decider).toLowerCase()}: ${verdictReason(sections.get(decider)!.verdict!.reason)}`;
    lines.push(`### ${VERDICT_ICON[status]} ${who}: ${sentence}`);
  }
  if (judged.length > 1 || (judged.length === 1 && status !== 'pass')) {
    lines.push('');
    for (const n of judged) {
      const v = sections.get(n)!.verdict!;
      lines.push(`- ${VERDICT_ICON[v.status]} **${title(n)}:** ${verdictReason(v.reason)}`);
    }
  }
  return lines.join('\n');
}

/** Shrunk first when the comment is too long: the least important section goes first. */
function shrinkOrder(names: string[]): string[] {
  return [...names].reverse();
}

function cutNote(summaryUrl: string | undefined) {
  const where = summaryUrl ? `the [job summary](${summaryUrl})` : 'the job summary of the run';
  return (rows: number) =>
    `_✂️ Cut to fit GitHub's comment limit${rows > 0 ? ` (${rows} more table rows)` : ''}: the whole section is in ${where}._`;
}

function composeBody(model: string, sections: Map<string, StoredSection>, summaryUrl?: string): string {
  const names = ordered(sections.keys());
  const render = () =>
    [
      commentMarker(model),
      lead(model, names, sections),
      ...names.map((name) => {
        const s = sections.get(name)!;
        return `${sectionBegin(name, s.verdict)}\n${s.content}\n${sectionEnd(name)}`;
      }),
    ].join('\n\n');
  let body = render();
  const note = cutNote(summaryUrl);
  for (const name of shrinkOrder(names)) {
    const excess = body.length - MAX_COMMENT_LENGTH;
    if (excess <= 0) break;
    const s = sections.get(name)!;
    s.content = fitMarkdown(s.content, Math.max(0, s.content.length - excess), { note });
    body = render();
  }
  return body;
}

/** Content cannot forge our markers (they are HTML comments, so `<!--` in content is escaped). */
function neutralize(content: string): string {
  return content.replace(/<!--\s*model-deploy:/g, '&lt;!-- model-deploy:');
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
  options: SectionOptions = {},
): Promise<UpsertResult> {
  const existing = await findComment(client, target);
  const body = mergeSection(existing?.body, target.model, section, content, options);
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
  verdict?: SectionVerdict;
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
      {
        ...(options.verdict ? { verdict: options.verdict } : {}),
        ...(context.runId
          ? {
              summaryUrl: `${context.serverUrl}/${context.owner}/${context.repo}/actions/runs/${context.runId}`,
            }
          : {}),
      },
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
