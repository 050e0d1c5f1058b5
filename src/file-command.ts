import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { InputError } from './errors.js';

/**
 * One `name<<delimiter` entry of a runner file command (GITHUB_OUTPUT, GITHUB_ENV), with a random
 * delimiter as @actions/core writes it, so a value cannot end the entry and forge the next one.
 */
export function fileCommandEntry(
  name: string,
  value: string,
  delimiter = `ghadelimiter_${randomUUID()}`,
): string {
  if (/[\r\n]|<<|=/.test(name)) throw new InputError(`output name ${JSON.stringify(name)} cannot be written`);
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new InputError(
      `the value of ${name} contains the delimiter ${delimiter}, so it cannot be written to a runner file command`,
    );
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Appends every name=value to the runner file at `path` (GITHUB_OUTPUT in CLI mode). */
export function appendFileCommands(path: string, values: Record<string, string>): void {
  appendFileSync(
    path,
    Object.entries(values)
      .map(([k, v]) => fileCommandEntry(k, v))
      .join(''),
  );
}
