import { escapeMarkdown, truncate } from './markdown.js';

/** What a section says about a merge: blocks it, needs a look, clears it, or only informs. */
export type VerdictStatus = 'fail' | 'warn' | 'pass' | 'info';

export interface SectionVerdict {
  status: VerdictStatus;
  /** The one sentence that matters, plain text (escaped when rendered). */
  reason: string;
}

export const VERDICT_ICON: Record<VerdictStatus, string> = {
  fail: '❌',
  warn: '⚠️',
  pass: '✅',
  info: 'ℹ️',
};

const RANK: Record<VerdictStatus, number> = { fail: 3, warn: 2, pass: 1, info: 0 };

/** The worst of several verdicts: a failure anywhere fails the whole. */
export function worst(statuses: VerdictStatus[]): VerdictStatus {
  return statuses.reduce<VerdictStatus>((a, b) => (RANK[b] > RANK[a] ? b : a), 'info');
}

/** A reason in one line of at most `max` characters, escaped. */
export function verdictReason(reason: string, max = 240): string {
  return escapeMarkdown(truncate(reason.replace(/\s+/g, ' ').trim(), max));
}
