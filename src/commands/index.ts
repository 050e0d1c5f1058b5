import abort from './abort.js';
import aggregate from './aggregate.js';
import build from './build.js';
import type { Command } from './command.js';
import demo from './demo.js';
import deploy from './deploy.js';
import evaluate from './evaluate.js';
import pipeline from './pipeline.js';
import place from './place.js';
import plan from './plan.js';
import rollback from './rollback.js';
import scan from './scan.js';
import sim from './sim.js';
import status from './status.js';
import validate from './validate.js';

export const commands: readonly Command[] = [
  pipeline,
  validate,
  plan,
  build,
  scan,
  evaluate,
  place,
  aggregate,
  deploy,
  rollback,
  abort,
  status,
  sim,
  demo,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
