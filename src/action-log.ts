import * as core from '@actions/core';
import type { Log } from './commands/command.js';

/**
 * Log for the action: annotations for warnings and errors, collapsible groups. The runner does not
 * nest groups (actions/runner#802): a group opened inside another is a plain line.
 */
export function actionLog(): Log {
  let inGroup = false;
  const props = (w?: { file?: string; line?: number; col?: number }): core.AnnotationProperties => ({
    ...(w?.file ? { file: w.file } : {}),
    ...(w?.line ? { startLine: w.line } : {}),
    ...(w?.col ? { startColumn: w.col } : {}),
  });
  return {
    info: (m) => core.info(m),
    warning: (m, w) => core.warning(m, props(w)),
    error: (m, w) => core.error(m, props(w)),
    debug: (m) => core.debug(m),
    async group(title, fn) {
      if (inGroup) {
        core.info(`▸ ${title}`);
        return fn();
      }
      inGroup = true;
      try {
        return await core.group(title, fn);
      } finally {
        inGroup = false;
      }
    },
    secret: (v) => {
      if (v) core.setSecret(v);
    },
  };
}
