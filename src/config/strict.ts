import { z } from 'zod';
import { suggest } from './suggest.js';

export { suggest };

/** Marks the message of one unknown key; load.ts splits the issue per key on this separator. */
export const UNKNOWN_KEY_SEPARATOR = '\u0000';

/**
 * A strict object whose unknown-key error names each key and the closest known one.
 * The message holds one line per key, in the order of `issue.keys`.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((k) => {
          const hint = suggest(k, known);
          return `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : `; known keys: ${known.join(', ')}`}`;
        })
        .join(UNKNOWN_KEY_SEPARATOR);
    },
  });
}

export const dnsLabel = () =>
  z
    .string()
    .regex(
      /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
      'must be a DNS-1123 label: lowercase letters, digits and "-", starting and ending with a letter or digit',
    )
    .max(63);
