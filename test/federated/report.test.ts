import { describe, expect, test } from 'vitest';
import { type ClientReport, flagOutliers, reportMarkdown } from '../../src/federated/report.js';

const client = (
  name: string,
  norm: number | null,
  cosine: number | null,
  extra: Partial<ClientReport> = {},
): ClientReport => ({
  client: name,
  weight: 1,
  share: 0.25,
  updateNorm: norm,
  cosine,
  outlier: false,
  reasons: [],
  ...extra,
});

describe('per-client report', () => {
  test('flags a norm far from the median and an update pointing away; leaves the honest ones', () => {
    const clients = [
      client('a', 1.0, 0.9),
      client('b', 1.2, 0.8),
      client('c', 0.9, 0.85),
      client('d', 40, 0.99),
      client('e', 1.1, -0.2),
      client('f', null, null, { excluded: 'NaN or Inf in tensor "w" (element 0)' }),
    ];
    flagOutliers(clients);
    expect(clients.map((c) => c.outlier)).toEqual([false, false, false, true, true, false]);
    expect(clients[3]!.reasons[0]).toMatch(/update norm 40 is 36\.36× the median 1\.1/);
    expect(clients[4]!.reasons[0]).toBe('update points away from the aggregate (cosine -0.2)');
  });

  test('does not flag small spreads between near-identical clients', () => {
    const clients = [
      client('a', 1.0, 0.9),
      client('b', 1.001, 0.9),
      client('c', 1.002, 0.9),
      client('d', 1.05, 0.9),
    ];
    flagOutliers(clients);
    expect(clients.some((c) => c.outlier)).toBe(false);
  });

  test('markdown escapes names and shows exclusions', () => {
    const clients = [
      client('site|a_1', 1, 0.5),
      client('b', null, null, { excluded: 'NaN or Inf in tensor "w" (element 3)' }),
    ];
    const md = reportMarkdown({
      out: 'global.safetensors',
      method: 'median',
      round: 3,
      tensors: 2,
      parameters: 10,
      aggregateUpdateNorm: 0.5,
      base: 'base.safetensors',
      clients,
    });
    expect(md).toContain('1 of 2 clients → <code>global.safetensors</code>');
    expect(md).toContain('median is coordinate-wise: sample-count weights do not apply.');
    expect(md).toContain('| site\\|a\\_1 | 1 | – | 1 | 0.5 | – | ok |');
    expect(md).toContain('| b | 1 | – | – | – | – | excluded: NaN or Inf in tensor "w" (element 3) |');
  });
});
