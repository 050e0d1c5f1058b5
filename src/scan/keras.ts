import type { ScanSink } from './model-scan.js';

const KERAS_MODULES = /^(keras|tensorflow|tf_keras|builtins|numpy)(\.|$)/;

/**
 * Keras model configs (a .keras zip's config.json, an HDF5 model's `model_config` attribute):
 * Lambda layers and `__lambda__` functions carry Python bytecode; objects from modules outside
 * Keras import arbitrary code on load.
 */
export function checkKerasConfig(config: unknown, file: string, out: ScanSink): void {
  const seen = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const lambda =
        o.class_name === 'Lambda' || o.class_name === '__lambda__' || o.function_type === 'lambda';
      if (lambda && !seen.has('Lambda')) {
        seen.add('Lambda');
        out.add({
          file,
          rule: 'keras-lambda',
          severity: 'high',
          message: 'Lambda layer: its Python bytecode runs when the model is loaded with safe_mode=False',
        });
      }
      if (typeof o.module === 'string' && !KERAS_MODULES.test(o.module) && !seen.has(o.module)) {
        seen.add(o.module);
        out.add({
          file,
          rule: 'keras-module',
          severity: 'high',
          message: `layer or object from module "${o.module}" is imported on load`,
          global: o.module,
        });
      }
      Object.values(o).forEach(walk);
    }
  };
  walk(config);
}
