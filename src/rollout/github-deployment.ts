import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

export interface DeploymentTarget {
  owner: string;
  repo: string;
  /** Commit or ref being deployed (GITHUB_SHA). */
  ref: string;
  environment: string;
  /** Link shown on the deployment (the workflow run). */
  logUrl?: string;
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'inactive';

/**
 * GitHub Deployments API: one deployment per rollout in its environment, then statuses.
 * Failures are returned as warnings: the rollout never depends on GitHub answering.
 */
export class GitHubDeployment {
  private id: number | undefined;
  readonly warnings: string[] = [];

  constructor(
    private readonly octokit: Octokit,
    private readonly target: DeploymentTarget,
  ) {}

  get deploymentId(): number | undefined {
    return this.id;
  }

  async start(description: string, payload: Record<string, string | number>): Promise<void> {
    try {
      const res = await this.octokit.rest.repos.createDeployment({
        owner: this.target.owner,
        repo: this.target.repo,
        ref: this.target.ref,
        environment: this.target.environment,
        description: description.slice(0, 140),
        auto_merge: false,
        required_contexts: [],
        payload,
        production_environment: this.target.environment === 'production',
      });
      if (res.status === 201 && 'id' in res.data) this.id = res.data.id;
      else
        this.warnings.push(`GitHub did not create a deployment: ${JSON.stringify(res.data).slice(0, 200)}`);
      await this.status('in_progress', description);
    } catch (error) {
      this.warnings.push(
        `GitHub deployment for ${this.target.environment} not created: ${(error as Error).message}`,
      );
    }
  }

  async status(state: DeploymentState, description: string): Promise<void> {
    if (this.id === undefined) return;
    try {
      await this.octokit.rest.repos.createDeploymentStatus({
        owner: this.target.owner,
        repo: this.target.repo,
        deployment_id: this.id,
        state,
        description: description.slice(0, 140),
        environment: this.target.environment,
        ...(this.target.logUrl ? { log_url: this.target.logUrl } : {}),
        auto_inactive: state === 'success',
      });
    } catch (error) {
      this.warnings.push(`GitHub deployment status ${state} not set: ${(error as Error).message}`);
    }
  }
}
