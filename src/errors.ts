/** Exit codes: 0 ok, 1 a gate said no, 2 bad input or configuration. */
export const ExitCode = { Ok: 0, Gate: 1, Usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export interface ConfigIssue {
  /** Dotted path inside the config, e.g. `deploy.steps[2].setWeight`. */
  path: string;
  message: string;
  file?: string;
  line?: number;
  col?: number;
}

/** Bad input: a flag, an input, a file the user gave us. Exit 2. */
export class InputError extends Error {
  readonly exitCode = ExitCode.Usage;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InputError';
  }
}

/** One or more problems in model-deploy.yml (or another config file). Exit 2. */
export class ConfigError extends Error {
  readonly exitCode = ExitCode.Usage;
  constructor(
    readonly issues: ConfigIssue[],
    options?: { cause?: unknown },
  ) {
    super(formatIssues(issues), options);
    this.name = 'ConfigError';
  }
}

/** A gate said no (findings, regression, rollback happened). Exit 1. */
export class GateError extends Error {
  readonly exitCode = ExitCode.Gate;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GateError';
  }
}

/** An external tool or service failed in a way the user must fix (auth, unreachable). */
export class ToolError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, options?: { cause?: unknown; exitCode?: ExitCode }) {
    super(message, options);
    this.name = 'ToolError';
    this.exitCode = options?.exitCode ?? ExitCode.Gate;
  }
}

export function formatIssue(issue: ConfigIssue): string {
  const where = issue.file ? `${issue.file}${issue.line ? `:${issue.line}:${issue.col ?? 1}` : ''}: ` : '';
  return `${where}${issue.path || '(root)'}: ${issue.message}`;
}

export function formatIssues(issues: ConfigIssue[]): string {
  if (issues.length === 1) return formatIssue(issues[0]!);
  return `${issues.length} problems:\n${issues.map((i) => `  - ${formatIssue(i)}`).join('\n')}`;
}

/** The one place that turns any thrown value into an exit code. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof InputError || error instanceof ConfigError) return ExitCode.Usage;
  if (error instanceof GateError) return ExitCode.Gate;
  if (error instanceof ToolError) return error.exitCode;
  return ExitCode.Gate;
}

/** The one place that turns any thrown value into a message a user can act on. */
export function describeError(error: unknown): string {
  if (error instanceof InputError || error instanceof ConfigError || error instanceof GateError) {
    return error.message;
  }
  if (error instanceof ToolError) return withCause(error.message, error.cause);
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      const path = (error as NodeJS.ErrnoException).path;
      return `cannot access ${path ?? 'a file'} (${code}): check the path and its permissions`;
    }
    if (code === 'ECONNREFUSED') return `connection refused: ${error.message}; is the service running?`;
    const kube = kubernetesStatus(error);
    if (kube) return kube;
    return withCause(`unexpected error: ${error.message}`, error.cause) + bugHint(error);
  }
  return `unexpected error: ${String(error)}${bugHint(undefined)}`;
}

/** @kubernetes/client-node's ApiException carries the apiserver's Status object as its body. */
function kubernetesStatus(error: Error): string | undefined {
  const { code, body } = error as Error & { code?: unknown; body?: unknown };
  if (typeof code !== 'number' || typeof body !== 'string') return undefined;
  try {
    const status = JSON.parse(body) as { kind?: string; message?: string; reason?: string };
    if (status.kind !== 'Status') return undefined;
    const hint =
      code === 401 || code === 403
        ? ': check the kubeconfig credentials and the RBAC rules of its user'
        : status.reason === 'NotFound' && /namespaces? "/.test(status.message ?? '')
          ? ': create the namespace first (kubectl create namespace ...) or fix deploy.namespace'
          : '';
    return `Kubernetes API ${code} ${status.reason ?? ''}: ${status.message ?? ''}${hint}`;
  } catch {
    return undefined;
  }
}

function withCause(message: string, cause: unknown): string {
  if (cause instanceof Error && !message.includes(cause.message))
    return `${message} (cause: ${cause.message})`;
  return message;
}

function bugHint(error: Error | undefined): string {
  const top = error?.stack?.split('\n').slice(1, 3).join('\n') ?? '';
  return `\nThis is likely a bug in model-deploy; please report it with the log above.${top ? `\n${top}` : ''}`;
}
