import type { ScanConfig, Severity } from '../config/sections/scan.js';
import { InputError } from '../errors.js';
import { fails, SEVERITY_RANK } from './policy.js';

/** One vulnerability of a Trivy JSON report (Results[].Vulnerabilities[]), flattened. */
export interface Vulnerability {
  id: string;
  pkg: string;
  installed: string;
  fixed?: string;
  status?: string;
  severity: Severity;
  title?: string;
  target: string;
  url?: string;
  cvss?: number;
}

const SEVERITIES: Record<string, Severity> = {
  CRITICAL: 'critical',
  HIGH: 'high',
  MEDIUM: 'medium',
  LOW: 'low',
  UNKNOWN: 'unknown',
};

/** Statuses `--ignore-unfixed` drops (trivy docs/guide/configuration/filtering.md). */
const UNFIXED_STATUSES = new Set(['affected', 'will_not_fix', 'fix_deferred', 'end_of_life']);

function cvssScore(v: Record<string, unknown>): number | undefined {
  const cvss = v.CVSS as Record<string, { V3Score?: number; V40Score?: number }> | undefined;
  if (!cvss || typeof cvss !== 'object') return undefined;
  const source = typeof v.SeveritySource === 'string' ? cvss[v.SeveritySource] : undefined;
  const entry = source ?? cvss.nvd ?? Object.values(cvss)[0];
  return entry?.V3Score ?? entry?.V40Score;
}

/** Parses a Trivy JSON report (SchemaVersion 2); `source` names it in errors. */
export function readTrivyReport(text: string, source: string): Vulnerability[] {
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${source}: not JSON (${(error as Error).message}); pass a report made by "trivy --format json"`,
    );
  }
  if (typeof report !== 'object' || report === null || Array.isArray(report)) {
    throw new InputError(`${source}: a Trivy JSON report is an object with "Results"`);
  }
  const r = report as Record<string, unknown>;
  if (r.SchemaVersion !== undefined && r.SchemaVersion !== 2) {
    throw new InputError(
      `${source}: Trivy report SchemaVersion ${String(r.SchemaVersion)} is not supported (expected 2)`,
    );
  }
  if (r.Results !== undefined && !Array.isArray(r.Results))
    throw new InputError(`${source}: "Results" must be a list`);
  const out: Vulnerability[] = [];
  ((r.Results as unknown[] | undefined) ?? []).forEach((result, i) => {
    const res = result as Record<string, unknown>;
    const vulns = res?.Vulnerabilities;
    if (vulns === undefined || vulns === null) return;
    if (!Array.isArray(vulns))
      throw new InputError(`${source}: Results[${i}].Vulnerabilities must be a list`);
    vulns.forEach((vuln, j) => {
      const v = vuln as Record<string, unknown>;
      const where = `${source}: Results[${i}].Vulnerabilities[${j}]`;
      if (typeof v?.VulnerabilityID !== 'string' || typeof v.PkgName !== 'string') {
        throw new InputError(`${where}: needs VulnerabilityID and PkgName strings`);
      }
      const severity = SEVERITIES[String(v.Severity ?? 'UNKNOWN').toUpperCase()];
      if (!severity) throw new InputError(`${where}: unknown Severity ${JSON.stringify(v.Severity)}`);
      out.push({
        id: v.VulnerabilityID,
        pkg: v.PkgName,
        installed: String(v.InstalledVersion ?? ''),
        fixed: typeof v.FixedVersion === 'string' && v.FixedVersion ? v.FixedVersion : undefined,
        status: typeof v.Status === 'string' ? v.Status : undefined,
        severity,
        title: typeof v.Title === 'string' ? v.Title : undefined,
        target: String(res.Target ?? ''),
        url: typeof v.PrimaryURL === 'string' ? v.PrimaryURL : undefined,
        cvss: cvssScore(v),
      });
    });
  });
  return out;
}

export type VulnPolicy = Pick<ScanConfig['vulnerabilities'], 'fail-on' | 'ignore-unfixed' | 'ignore'>;
type IgnoreRule = VulnPolicy['ignore'][number];

export interface VulnEvaluation {
  /** Vulnerabilities at or above fail-on, not ignored. */
  failing: Vulnerability[];
  /** Not ignored, below fail-on. */
  below: Vulnerability[];
  ignored: { vulnerability: Vulnerability; reason: string }[];
  unfixed: Vulnerability[];
  /** Ignore rules whose `until` date has passed: they no longer ignore anything. */
  expired: IgnoreRule[];
  warnings: string[];
}

function isUnfixed(v: Vulnerability): boolean {
  return v.status ? UNFIXED_STATUSES.has(v.status) : !v.fixed;
}

/**
 * Applies the vulnerability policy. `today` is YYYY-MM-DD (UTC); an ignore applies through its
 * `until` day and stops the day after, with a warning.
 */
export function evaluateVulnerabilities(
  vulns: Vulnerability[],
  policy: VulnPolicy,
  today: string,
): VulnEvaluation {
  const expired = policy.ignore.filter((r) => r.until !== undefined && r.until < today);
  const active = policy.ignore.filter((r) => !expired.includes(r));
  const warnings = expired.map(
    (r) => `ignore for ${r.id} expired on ${r.until} (reason was: ${r.reason}); it is reported again`,
  );
  const result: VulnEvaluation = { failing: [], below: [], ignored: [], unfixed: [], expired, warnings };
  const seen = new Set<string>();
  for (const v of vulns) {
    const key = `${v.id}\u0000${v.pkg}\u0000${v.installed}\u0000${v.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const rule = active.find((r) => r.id === v.id && (!r.packages?.length || r.packages.includes(v.pkg)));
    if (rule) result.ignored.push({ vulnerability: v, reason: rule.reason });
    else if (policy['ignore-unfixed'] && isUnfixed(v)) result.unfixed.push(v);
    else if (fails(v.severity, policy['fail-on'])) result.failing.push(v);
    else result.below.push(v);
  }
  const order = (a: Vulnerability, b: Vulnerability) =>
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    a.id.localeCompare(b.id) ||
    a.pkg.localeCompare(b.pkg);
  result.failing.sort(order);
  result.below.sort(order);
  return result;
}
