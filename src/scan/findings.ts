import type { Severity } from '../config/sections/scan.js';

export type ModelFormat =
  | 'pickle'
  | 'torch-legacy'
  | 'torch-zip'
  | 'npz'
  | 'keras'
  | 'zip'
  | 'tar'
  | 'gzip'
  | 'compressed'
  | 'npy'
  | 'safetensors'
  | 'gguf'
  | 'onnx'
  | '7z'
  | 'hdf5'
  | 'other';

/** One reason a file may not be safe to load. */
export interface ModelFinding {
  /** File path; members of archives and layers as `outer!inner`. */
  file: string;
  rule:
    | 'pickle-global'
    | 'pickle-malformed'
    | 'pickle-trailing-data'
    | 'zip-malformed'
    | 'zip-member-unscanned'
    | 'keras-lambda'
    | 'keras-module'
    | 'npy-malformed'
    | 'safetensors-invalid'
    | 'gguf-invalid'
    | 'too-large'
    | 'compressed-unscanned'
    | 'format-mismatch'
    | 'unreadable';
  severity: Severity;
  message: string;
  /** `module.name` for pickle-global. */
  global?: string;
  offset?: number;
}

export interface GlobalUse {
  global: string;
  verdict: Severity | 'allowed';
  count: number;
  offset: number;
}

export interface FileScan {
  file: string;
  format: ModelFormat;
  bytes?: number;
  /** Every import the pickle(s) perform, allowed or not. */
  globals?: GlobalUse[];
  /** Pickles read in the file. */
  pickles?: number;
}

export interface ModelScanResult {
  files: FileScan[];
  findings: ModelFinding[];
}
