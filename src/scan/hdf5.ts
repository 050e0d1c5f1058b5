import { checkKerasConfig } from './keras.js';
import type { ScanSink } from './model-scan.js';
import { type Reader, withFile } from './reader.js';
import { importVendor } from './vendor.js';

/** Root attributes Keras (HDF5 format, `model.save('m.h5')`) reads to rebuild the model. */
const CONFIG_ATTRIBUTES = ['model_config', 'training_config'];

/** The part of h5wasm's Emscripten module used here (hdf5_util.js; the high-level API is not bundlable). */
interface H5Module {
  open(path: string, mode: number, trackOrder: boolean, libverLow: number, libverHigh: number): bigint;
  close_file(id: bigint): number;
  get_attribute_names(id: bigint, path: string): string[];
  get_attribute_metadata(
    id: bigint,
    path: string,
    name: string,
  ): {
    type: number;
    size: number;
    total_size: number;
    vlen: boolean;
    cset: number;
    shape: number[] | null;
  };
  get_attribute_data(id: bigint, path: string, name: string, ptr: bigint): number;
  reclaim_vlen_memory(id: bigint, path: string, name: string, ptr: bigint): number;
  activate_throwing_error_handler(): number;
  UTF8ToString(ptr: number): string;
  AsciiToString(ptr: number): string;
  HEAPU8: Uint8Array;
  H5F_ACC_RDONLY: number;
  H5T_class_t: { H5T_STRING: { value: number } };
  _malloc(n: number): number;
  _free(ptr: number): void;
}

let loaded: Promise<H5Module> | undefined;
/** HDF5 errors can leave objects (and so the file) open inside an instance: it is replaced after this many. */
const ERRORS_PER_INSTANCE = 25;
let errors = 0;

/** A fresh h5wasm instance (the HDF5 C library compiled to wasm); errors throw instead of printing. */
function h5(): Promise<H5Module> {
  loaded ??= importVendor<{ default: (options: object) => Promise<H5Module> }>(
    'h5wasm',
    'dist/node/hdf5_util.js',
  ).then(async ({ default: factory }) => {
    const module = await factory({ noInitialRun: true });
    module.activate_throwing_error_handler();
    return module;
  });
  return loaded;
}

/** The root attributes Keras reads, as strings (or what else they hold). */
function readConfigAttributes(m: H5Module, path: string): [string, unknown][] {
  const id = m.open(path, m.H5F_ACC_RDONLY, false, -1, -1);
  try {
    const names = m.get_attribute_names(id, '/');
    return CONFIG_ATTRIBUTES.filter((n) => names.includes(n)).map((name): [string, unknown] => {
      const meta = m.get_attribute_metadata(id, '/', name);
      if (meta.type !== m.H5T_class_t.H5T_STRING.value || !meta.shape || meta.total_size !== 1)
        return [name, `HDF5 type class ${meta.type} of ${meta.total_size} values`];
      const ptr = m._malloc(meta.size);
      try {
        m.get_attribute_data(id, '/', name, BigInt(ptr));
        if (!meta.vlen)
          return [
            name,
            Buffer.from(m.HEAPU8.slice(ptr, ptr + meta.size))
              .toString('utf8')
              .replace(/\0.*$/s, ''),
          ];
        const at = new DataView(m.HEAPU8.buffer).getUint32(ptr, true);
        try {
          return [name, meta.cset === 1 ? m.UTF8ToString(at) : m.AsciiToString(at)];
        } finally {
          m.reclaim_vlen_memory(id, '/', name, BigInt(ptr));
        }
      } finally {
        m._free(ptr);
      }
    });
  } finally {
    m.close_file(id);
  }
}

/** A Keras HDF5 model: its model_config is checked like a .keras zip's config.json. */
export async function scanHdf5(reader: Reader, file: string, out: ScanSink): Promise<void> {
  out.files.push({ file, format: 'hdf5', bytes: reader.size });
  let configs: [string, unknown][];
  try {
    const m = await h5();
    configs = await withFile(reader, (path) => readConfigAttributes(m, path));
  } catch (error) {
    // an abort leaves the wasm heap unusable: the next file gets a new instance
    const aborted =
      error instanceof Error && (error.name === 'RuntimeError' || error.message.startsWith('Aborted('));
    if (aborted || ++errors >= ERRORS_PER_INSTANCE) {
      loaded = undefined;
      errors = 0;
    }
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
