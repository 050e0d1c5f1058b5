import { defineCommand } from './command.js';

/** Run by the action's last step on failure or cancel, so no canary is left half-done. */
export default defineCommand({
  name: 'abort',
  summary: 'abort an in-progress rollout: traffic back to stable, canary removed',
  options: {},
  async run(ctx) {
    ctx.log.info('abort: nothing to abort, this version has no canary rollout yet (issue #8)');
    return {};
  },
});
