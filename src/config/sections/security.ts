import { z } from 'zod';
import { strictObject } from '../strict.js';

export const securitySection = strictObject({
  'allow-pull-request-target': z
    .boolean()
    .default(false)
    .describe(
      'run on pull_request_target (a write token and secrets next to code a fork may have written); refused unless true',
    ),
});
export type SecurityConfig = z.output<typeof securitySection>;
