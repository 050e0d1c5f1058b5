import { describe, expect, it } from 'vitest';
import { leaseFree } from '../../src/cluster/lease.js';
import {
  digestOf,
  nextRevision,
  previousPromoted,
  type Revision,
  upsertRevision,
} from '../../src/rollout/history.js';
import { readState } from '../../src/rollout/state.js';

const rev = (revision: number, image: string, verdict: Revision['verdict'] = 'promoted'): Revision => ({
  revision,
  image,
  verdict,
  at: '2026-01-01T00:00:00Z',
});

describe('revision history', () => {
  it('a rerun records the same revision once; the oldest fall off', () => {
    const h = [rev(1, 'a'), rev(2, 'b', 'rolled-back')];
    expect(upsertRevision(h, rev(2, 'b', 'rolled-back'), 10)).toHaveLength(2);
    expect(upsertRevision(h, rev(3, 'c'), 2).map((r) => r.revision)).toEqual([2, 3]);
    expect(nextRevision(h)).toBe(3);
    expect(nextRevision(h, 7)).toBe(8);
  });

  it('rollback without --to goes to the promoted revision before the current stable', () => {
    const h = [rev(1, 'a'), rev(2, 'b'), rev(3, 'x', 'rolled-back'), rev(4, 'c')];
    expect(previousPromoted(h, 'c')?.revision).toBe(2);
    expect(previousPromoted(h, 'b')?.revision).toBe(1);
    expect(previousPromoted([rev(1, 'a')], 'a')).toBeUndefined();
  });

  it('digest from the image reference', () => {
    expect(digestOf('reg/m@sha256:abc')).toBe('sha256:abc');
    expect(digestOf('reg/m:v1')).toBeUndefined();
  });
});

describe('lease', () => {
  const now = 100_000;
  it.each([
    ['nobody holds it', undefined, true],
    ['we hold it', { holder: 'me', renewedAt: now, durationMs: 10_000 }, true],
    ['another holder renewing', { holder: 'other', renewedAt: now - 5000, durationMs: 10_000 }, false],
    [
      'another holder stopped renewing past the duration',
      { holder: 'other', renewedAt: now - 10_001, durationMs: 10_000 },
      true,
    ],
  ])('%s', (_n, view, free) => {
    expect(leaseFree(view, 'me', now)).toBe(free);
  });
});

describe('rollout state annotations', () => {
  it.each([
    [undefined, /no model-deploy.io\/rollout-state/],
    [{ 'model-deploy.io/rollout-state': '{' }, /not valid JSON/],
    [{ 'model-deploy.io/rollout-state': '{"phase":"dancing"}' }, /not a rollout state/],
  ])('%j is reported, not trusted', (annotations, problem) => {
    const r = readState(annotations);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });
});
