import * as core from '@actions/core';
import type { Log } from './commands/command.js';

/** Log for the action: annotations for warnings and errors, collapsible groups. */
export function actionLog(): Log {
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
    group: (title, fn) => core.group(title, fn),
    secret: (v) => {
      if (v) core.setSecret(v);
    },
  };
}
