import { z } from 'zod';
import { strictObject } from '../strict.js';

export const severity = z.enum(['critical', 'high', 'medium', 'low', 'unknown']);
export type Severity = z.output<typeof severity>;
const failOn = z.enum(['critical', 'high', 'medium', 'low', 'unknown', 'never']);

const globalsRule = strictObject({
  files: z.string().default('**').describe('glob of files the rule applies to'),
  globals: z
    .array(z.string().min(1))
    .min(1)
    .describe('module.name entries, e.g. torch._utils._rebuild_tensor_v2'),
});

export const scanSection = strictObject({
  paths: z.array(z.string().min(1)).optional().describe('paths to scan; defaults to model.artifacts'),
  model: strictObject({
    enabled: z.boolean().default(true),
    'fail-on': failOn.default('high'),
    allow: z.array(globalsRule).default([]).describe('extra pickle globals allowed, per file glob'),
    deny: z.array(globalsRule).default([]).describe('pickle globals denied even if allowlisted'),
    'max-file-size': z.number().int().positive().optional(),
  }).prefault({}),
  vulnerabilities: strictObject({
    enabled: z.boolean().default(true),
    report: z.string().optional().describe('read this Trivy JSON report instead of running Trivy'),
    trivy: strictObject({
      version: z.string().default('0.69.3'),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .optional()
        .describe(
          'expected SHA-256 of the Trivy tarball (built in for 0.69.3 on Linux and macOS, amd64 and arm64)',
        ),
    }).prefault({}),
    'fail-on': failOn.default('critical'),
    'ignore-unfixed': z.boolean().default(false),
    ignore: z
      .array(
        strictObject({
          id: z.string().min(1).describe('CVE or GHSA id'),
          reason: z.string().min(1),
          until: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}$/, 'use a date YYYY-MM-DD')
            .optional(),
          packages: z.array(z.string()).optional(),
        }),
      )
      .default([]),
  }).prefault({}),
  sarif: z.string().optional().describe('write a SARIF 2.1.0 report here'),
});
export type ScanConfig = z.output<typeof scanSection>;
