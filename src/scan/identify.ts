import { extname } from 'node:path';

/** Formats whose loaders read only that format: a file so named that is something else is refused. */
export type NamedFormat = 'safetensors' | 'gguf' | 'onnx' | 'npy' | 'npz' | 'keras' | 'hdf5' | '7z' | 'zip';

const BY_EXTENSION: Record<string, NamedFormat> = {
  '.safetensors': 'safetensors',
  '.gguf': 'gguf',
  '.onnx': 'onnx',
  '.npy': 'npy',
  '.npz': 'npz',
  '.keras': 'keras',
  '.h5': 'hdf5',
  '.hdf5': 'hdf5',
  '.7z': '7z',
  '.zip': 'zip',
};

/** What each named format's content must sniff as (npz and keras are zips). */
const CONTENT_OF: Record<NamedFormat, string> = {
  safetensors: 'safetensors',
  gguf: 'gguf',
  onnx: 'onnx',
  npy: 'npy',
  npz: 'zip',
  keras: 'zip',
  hdf5: 'hdf5',
  '7z': '7z',
  zip: 'zip',
};

/** Last path segment of a scan name (`layer!dir/model.bin` → `model.bin`). */
export function baseName(file: string): string {
  return file.split('!').pop()!;
}

export function namedFormat(file: string): NamedFormat | undefined {
  return BY_EXTENSION[extname(baseName(file)).toLowerCase()];
}

/** True when content sniffed as `kind` is what a loader of `named` reads. */
export function contentMatches(named: NamedFormat, kind: string): boolean {
  return CONTENT_OF[named] === kind;
}

export const HDF5_MAGIC = Buffer.from('894844460d0a1a0a', 'hex');
export const SEVEN_ZIP_MAGIC = Buffer.from('377abcaf271c', 'hex');
