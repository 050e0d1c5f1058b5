import { checkKerasConfig } from './keras.js';
import type { ScanSink } from './model-scan.js';
import { type Reader, withFile } from './reader.js';

/** Root attributes Keras (HDF5 format, `model.save('m.h5')`) reads to rebuild the model. */
const CONFIG_ATTRIBUTES = ['model_config', 'training_config'];

type H5 = typeof import('h5wasm').default;
let loaded: Promise<H5> | undefined;
/** Set when the wasm aborted: its heap is gone, and one instance is all the package gives. */
let crashed: string | undefined;

/** h5wasm (the HDF5 C library compiled to wasm), loaded on the first HDF5 file; errors throw instead of printing. */
function h5(): Promise<H5> {
  loaded ??= import('h5wasm/node').then(async ({ default: h5wasm }) => {
    const module = await h5wasm.ready;
    module.activate_throwing_error_handler();
    return h5wasm;
  });
  return loaded;
}

/** A Keras HDF5 model: its model_config is checked like a .keras zip's config.json. */
export async function scanHdf5(reader: Reader, file: string, out: ScanSink): Promise<void> {
  out.files.push({ file, format: 'hdf5', bytes: reader.size });
  if (crashed) {
    out.add({
      file,
      rule: 'unreadable',
      severity: 'high',
      message: `not read: the HDF5 reader (h5wasm) aborted on ${crashed} earlier in this scan and cannot be restarted; scan this file on its own`,
    });
    return;
  }
  let configs: [string, unknown][];
  try {
    const h5wasm = await h5();
    configs = await withFile(reader, (path) => {
      const f = new h5wasm.File(path, 'r');
      try {
        const attrs = f.attrs;
        return CONFIG_ATTRIBUTES.filter((name) => name in attrs).map((name): [string, unknown] => [
          name,
          attrs[name]!.value,
        ]);
      } finally {
        f.close();
      }
    });
  } catch (error) {
    if (error instanceof Error && (error.name === 'RuntimeError' || error.message.startsWith('Aborted(')))
      crashed = file;
    out.add({
      file,
      rule: 'unreadable',
      severity: 'high',
      message: `cannot be read as HDF5 (${errorText(error)}); a Keras model in it cannot be verified`,
    });
    return;
  }
  for (const [name, value] of configs) {
    const text =
      typeof value === 'string'
        ? value
        : value instanceof Uint8Array
          ? Buffer.from(value).toString('utf8')
          : undefined;
    let config: unknown;
    try {
      if (text === undefined)
        throw new Error(`it is ${Array.isArray(value) ? 'an array' : typeof value}, not a string`);
      config = JSON.parse(text);
    } catch (error) {
      out.add({
        file,
        rule: 'unreadable',
        severity: 'high',
        message: `HDF5 attribute ${name} is not a JSON string: ${(error as Error).message}`,
      });
      continue;
    }
    checkKerasConfig(config, file, out);
  }
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // the throwing handler's message is HDF5's whole error stack: its deepest frame says why
  const frames = [...text.matchAll(/ in \w+\(\): ([^\n]+)/g)];
  return (frames.at(-1)?.[1] ?? text).trim().slice(0, 200);
}
