import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Emscripten builds (h5wasm, 7z-wasm) that the ncc bundle must not rewrite: their Node set-up
 * (`await import("module")`) breaks inside webpack's module system. scripts/bundle.mjs copies
 * them to dist/vendor/; from source they are read from node_modules. The paths are built at run
 * time so the bundler leaves them alone.
 */
export function vendorFile(pkg: string, file: string): string {
  const parts = [pkg, file].join('/');
  const candidates = [
    new URL(['.', 'vendor', parts].join('/'), import.meta.url),
    new URL(['..', '..', 'node_modules', parts].join('/'), import.meta.url),
  ];
  for (const url of candidates) {
    const path = fileURLToPath(url);
    if (existsSync(path)) return path;
  }
  throw new Error(`${parts} is missing (looked in ${candidates.map((u) => fileURLToPath(u)).join(', ')})`);
}

/** Imports a vendored ES module by path, natively (never through the bundler). */
export async function importVendor<T>(pkg: string, file: string): Promise<T> {
  const href = new URL(`file://${vendorFile(pkg, file)}`).href;
  return (await import(/* webpackIgnore: true */ href)) as T;
}
