import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * An Octokit for the REST API at GITHUB_API_URL (GitHub Enterprise Server, or a test double),
 * authenticated with the action's github-token. Undefined without a token.
 */
export function githubClient(token: string | undefined, env: NodeJS.ProcessEnv): GitHubClient | undefined {
  if (!token) return undefined;
  return getOctokit(token, { baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '') });
}

/** HTTP status of an Octokit RequestError, if the value is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' ? status : undefined;
}
