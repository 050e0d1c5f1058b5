import type { OptionSpec } from '../commands/command.js';

/** Options that choose which tasks run: affected-only and the input-hash cache (plan and pipeline run). */
export const affectedOptions: Record<string, OptionSpec> = {
  'changed-from': {
    type: 'string',
    value: 'REF',
    description: 'run only tasks affected by git diff REF...HEAD',
  },
  changed: {
    type: 'string',
    multiple: true,
    value: 'FILE',
    description: 'a changed file; run only tasks it affects',
  },
  'no-cache': { type: 'boolean', description: 'run tasks even when a recorded run has the same input hash' },
};
