import { describe, expect, it } from 'vitest';
import { fuzzFormats } from './fuzz-formats.js';

describe('fuzzing every format the scanner reads (seeded, in-process scanFile)', () => {
  it('10,000 mutated pickles, .npy, zips, safetensors, GGUF and 7z files: a verdict for each, bounded time and memory', async () => {
    const before = process.memoryUsage().rss / 2 ** 20;
    const result = await fuzzFormats(20261203);
    expect(result.failures, JSON.stringify(result.failures.slice(0, 3))).toEqual([]);
    expect(result.inputs).toBeGreaterThanOrEqual(10_000);
    // every family yields both verdicts somewhere, so the mutations reach past the magic bytes
    for (const [family, c] of Object.entries(result.counts)) {
      expect(c.findings, family).toBeGreaterThan(0);
      expect(c.clean, family).toBeGreaterThan(0);
    }
    console.log(JSON.stringify({ rssBeforeMb: Math.round(before), ...result, failures: undefined }));
    expect(result.peakRssMb - before).toBeLessThan(256);
  }, 300_000);
});
