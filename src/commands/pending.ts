import { InputError } from '../errors.js';
import { type Command, defineCommand } from './command.js';

/** A command whose capability has not landed yet: says so plainly instead of pretending. */
export function pendingCommand(name: string, summary: string, issue: number): Command {
  return defineCommand({
    name,
    summary: `${summary} (not available yet: issue #${issue})`,
    options: {},
    async run() {
      throw new InputError(
        `model-deploy ${name} is not available in this version yet (tracked in issue #${issue})`,
      );
    },
  });
}
