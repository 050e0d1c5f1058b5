import type { Severity } from '../config/sections/scan.js';
import type { ModelScanResult } from './findings.js';
import { fails } from './policy.js';
import type { VulnEvaluation } from './trivy.js';

/** Everything one `scan` run found and decided; the JSON report is this object. */
export interface ScanReport {
  version: 1;
  model?: ModelScanResult & { failOn: Severity | 'never' };
  vulnerabilities?: VulnEvaluation & { failOn: Severity | 'never'; source: string };
  passed: boolean;
  /** Why it failed, one line per reason. */
  reasons: string[];
}

export function buildReport(
  model: (ModelScanResult & { failOn: Severity | 'never' }) | undefined,
  vulnerabilities: (VulnEvaluation & { failOn: Severity | 'never'; source: string }) | undefined,
): ScanReport {
  const reasons: string[] = [];
  if (model) {
    const bad = model.findings.filter((f) => fails(f.severity, model.failOn));
    if (bad.length) {
      const files = new Set(bad.map((f) => f.file.split('!')[0]));
      reasons.push(
        `${bad.length} model-file finding(s) at or above ${model.failOn} in ${files.size} file(s), e.g. ${bad[0]!.file}: ${bad[0]!.message}`,
      );
    }
  }
  if (vulnerabilities?.failing.length) {
    const v = vulnerabilities.failing[0]!;
    reasons.push(
      `${vulnerabilities.failing.length} vulnerabilit${vulnerabilities.failing.length === 1 ? 'y' : 'ies'} at or above ${vulnerabilities.failOn}, e.g. ${v.id} in ${v.pkg} ${v.installed}${v.fixed ? ` (fixed in ${v.fixed})` : ''}`,
    );
  }
  return { version: 1, model, vulnerabilities, passed: reasons.length === 0, reasons };
}

export function toJson(report: ScanReport): string {
  return JSON.stringify(report, null, 2);
}
