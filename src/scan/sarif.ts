import type { Severity } from '../config/sections/scan.js';
import type { ScanReport } from './report.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  unknown: 'note',
};
/** Trivy's fallback security-severity per level (pkg/report/sarif.go). */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  unknown: '0.0',
};

const RULE_TEXT: Record<string, string> = {
  'pickle-global': 'Pickle imports a callable outside the allowlist',
  'pickle-malformed': 'Pickle cannot be parsed',
  'pickle-trailing-data': 'Bytes after the last pickle',
  'zip-malformed': 'Archive cannot be read',
  'zip-member-unscanned': 'Archive member cannot be scanned',
  'keras-lambda': 'Keras Lambda layer carries Python bytecode',
  'keras-module': 'Keras config imports a module outside Keras',
  'npy-malformed': 'NumPy file header is invalid',
  'safetensors-invalid': 'safetensors file breaks the format rules',
  'gguf-invalid': 'GGUF header is invalid',
  'too-large': 'File is larger than the scan limit',
  'format-mismatch': 'File named for a model format is not that format',
  unreadable: 'Content cannot be read',
};

interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
  properties: Record<string, unknown>;
}

/** SARIF 2.1.0 for GitHub code scanning: one run for model files, one for vulnerabilities. */
export function toSarif(report: ScanReport, options: { version: string; category?: string }): string {
  const runs: unknown[] = [];
  const automation = (suffix: string) => ({ id: `${options.category ?? 'model-deploy/scan'}/${suffix}/` });
  if (report.model) {
    const rules = new Map<string, Rule>();
    const results = report.model.findings.map((f) => {
      if (!rules.has(f.rule)) {
        rules.set(f.rule, {
          id: f.rule,
          name: f.rule,
          shortDescription: { text: RULE_TEXT[f.rule] ?? f.rule },
          properties: { tags: ['security', 'model-file'] },
        });
      }
      const [outer, ...inner] = f.file.split('!');
      // image layers have no path in the repository: point at the file inside the layer
      const uri = outer!.startsWith('layer ') && inner.length ? inner.join('/') : outer!.replace(/^\.\//, '');
      return {
        ruleId: f.rule,
        level: LEVEL[f.severity],
        message: { text: `${inner.length ? `${inner.join('!')}: ` : ''}${f.message}` },
        locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(uri) } } }],
        properties: { 'security-severity': SECURITY_SEVERITY[f.severity], severity: f.severity },
      };
    });
    runs.push({
      tool: {
        driver: {
          name: 'model-deploy scan',
          version: options.version,
          informationUri: 'https://github.com/org/model-deploy-action',
          rules: [...rules.values()],
        },
      },
      automationDetails: automation('model-files'),
      results,
    });
  }
  if (report.vulnerabilities) {
    const v = report.vulnerabilities;
    const shown = [...v.failing, ...v.below];
    const rules = new Map<string, Rule>();
    const results = shown.map((vuln) => {
      if (!rules.has(vuln.id)) {
        rules.set(vuln.id, {
          id: vuln.id,
          name: vuln.id,
          shortDescription: { text: vuln.title ?? vuln.id },
          helpUri: vuln.url,
          properties: {
            'security-severity':
              vuln.cvss !== undefined ? vuln.cvss.toFixed(1) : SECURITY_SEVERITY[vuln.severity],
            tags: ['vulnerability', 'security', vuln.severity.toUpperCase()],
          },
        });
      }
      return {
        ruleId: vuln.id,
        level: LEVEL[vuln.severity],
        message: {
          text: `Package: ${vuln.pkg}\nInstalled Version: ${vuln.installed}\nVulnerability ${vuln.id}\nSeverity: ${vuln.severity.toUpperCase()}\nFixed Version: ${vuln.fixed ?? 'none'}`,
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(vuln.target || v.source), uriBaseId: 'ROOTPATH' },
            },
          },
        ],
      };
    });
    runs.push({
      tool: {
        driver: {
          name: 'Trivy (via model-deploy)',
          version: options.version,
          informationUri: 'https://trivy.dev',
          rules: [...rules.values()],
        },
      },
      automationDetails: automation('vulnerabilities'),
      results,
    });
  }
  return JSON.stringify(
    { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs },
    null,
    2,
  );
}
