import { bytes, fitMarkdown } from './fit.js';

/**
 * GitHub refuses a step summary over 1 MiB (1,048,576 bytes) and shows none of it; this leaves
 * room for what other steps of the job append.
 */
export const MAX_SUMMARY_BYTES = 1_000_000;

/** The job summary cut at a block boundary to fit GitHub's limit, saying what was left out. */
export function capSummary(markdown: string, max = MAX_SUMMARY_BYTES): string {
  return fitMarkdown(markdown, max, {
    measure: bytes,
    note: (rows) =>
      `_✂️ Cut to fit GitHub's 1 MiB job-summary limit${rows > 0 ? ` (${rows} more table rows)` : ''}: run the command with \`--format json\` for everything._`,
  });
}
