import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { scanZip } from './archive.js';
import {
  type Compression,
  DecompressionLimitError,
  decompress,
  decompressionLimit,
  detectCompression,
  unreadableCompression,
} from './decompress.js';
import type { FileScan, ModelFinding, ModelFormat, ModelScanResult } from './findings.js';
import { validateGgufHeader } from './gguf.js';
import { scanHdf5 } from './hdf5.js';
import { contentMatches, HDF5_MAGIC, namedFormat, SEVEN_ZIP_MAGIC } from './identify.js';
import { npyHeaderEnd, readNpyHeader } from './numpy.js';
import { readOnnxHeader } from './onnx.js';
import { PickleScanner } from './pickle.js';
import { ARG_OF } from './pickle-opcodes.js';
import { classifyGlobal, type ModelPolicy, qualifiedName } from './policy.js';
import { bufferReader, CHUNK, fileReader, type Reader, streamReader } from './reader.js';
import { safetensorsHeaderSize, validateSafetensorsHeader } from './safetensors.js';
import { scan7z } from './seven-zip.js';
import { isTarHeader, scanTarStream } from './tar.js';

/** Extensions whose files are loaded with pickle: a file that does not parse as one is a finding. */
export const PICKLE_EXTENSIONS = new Set([
  '.pkl',
  '.pickle',
  '.pt',
  '.pth',
  '.ckpt',
  '.joblib',
  '.dill',
  '.pck',
  '.bin',
]);

/** PROTO 2, LONG1 of torch's legacy MAGIC_NUMBER 0x1950a86a20f9469cfc6c. */
const TORCH_MAGIC = Buffer.from('8a0a6cfc9c46f9206aa85019', 'hex');
/** Longest opcode argument the reader will buffer (newline-terminated arguments have no length prefix). */
const MAX_WINDOW = 64 << 20;
export const MAX_DEPTH = 3;
/** GGUF metadata and tensor infos are read whole up to this size (real ones are a few MB). */
const GGUF_HEADER_LIMIT = 64 << 20;

export class ScanSink implements ModelScanResult {
  files: FileScan[] = [];
  findings: ModelFinding[] = [];
  add(finding: ModelFinding): void {
    this.findings.push(finding);
  }
}

/** Runs the pickle reader over `reader` from `start`, window by window, skipping large payloads unread. */
export async function runPickles(
  reader: Reader,
  start: number,
  maxPickles?: number,
  window = CHUNK,
  joblib = false,
): Promise<PickleScanner> {
  const scanner = new PickleScanner({ maxPickles, joblib });
  scanner.pos = start;
  return feedPickles(scanner, reader, window);
}

/** Feeds `reader` to `scanner` from its position until it is done. */
export async function feedPickles(
  scanner: PickleScanner,
  reader: Reader,
  window = CHUNK,
): Promise<PickleScanner> {
  let want = window;
  while (!scanner.done) {
    const pos = scanner.pos;
    if (reader.size !== undefined && pos > reader.size) {
      scanner.truncatedAt(reader.size);
      break;
    }
    const { buf, eof } = await reader.window(pos, want);
    const next = scanner.write(buf, pos, eof);
    if (scanner.done) break;
    if (next === pos && !eof) {
      // the next opcode's argument is longer than the window
      if (buf.length >= MAX_WINDOW) {
        scanner.write(buf.subarray(0, 0), pos, true);
        break;
      }
      want = Math.min(Math.max(want, buf.length) * 2, MAX_WINDOW);
    } else want = window;
  }
  return scanner;
}

/** Adds the findings of a finished pickle scan; `strict` when the file must be nothing but pickles. */
export function reportPickles(
  scanner: PickleScanner,
  file: string,
  format: ModelFormat,
  policy: ModelPolicy,
  out: ScanSink,
  options: { bytes?: number; offset?: number } = {},
): void {
  const globals = scanner.globalList.map((g) => {
    const verdict = classifyGlobal(policy, file, g);
    const name = g.resolved ? qualifiedName(g.module, g.name) : `${g.module}.${g.name}`;
    if (verdict.severity !== 'allowed') {
      out.add({
        file,
        rule: 'pickle-global',
        severity: verdict.severity,
        message: `${g.opcode} imports ${name}${g.resolved ? '' : ' (unresolved)'}: ${verdict.reason}`,
        global: name,
        offset: g.pos,
      });
    }
    return { global: name, verdict: verdict.severity, count: g.count, offset: g.pos };
  });
  if (scanner.trailingGarbage) {
    const p = scanner.problems[scanner.problems.length - 1]!;
    out.add({ file, rule: 'pickle-trailing-data', severity: 'medium', message: p.message, offset: p.pos });
  }
  const malformed = scanner.problems.filter((p) => !scanner.trailingGarbage || p !== scanner.problems.at(-1));
  if (malformed.length) {
    const first = malformed[0]!;
    const more = malformed.length > 1 ? ` (+${malformed.length - 1} more problems)` : '';
    const evasion = malformed.find((p) => p.evasion);
    out.add({
      file,
      rule: 'pickle-malformed',
      // bytes the unpicklers read differently hide what runs: as bad as the import they may hide
      severity: evasion ? 'critical' : 'high',
      message: `malformed pickle at offset ${(evasion ?? first).pos}: ${(evasion ?? first).message}${more}; it cannot be verified, so it is refused`,
      offset: (evasion ?? first).pos,
    });
  }
  out.files.push({ file, format, bytes: options.bytes, globals, pickles: scanner.pickles });
}

type Sniffed = ModelFormat | 'unknown' | 'compressed';

/** An 8-byte length that fits the file, then `{`: worth a full safetensors validation. */
function safetensorsShaped(head: Buffer, size: number | undefined): boolean {
  if (head.length < 9 || head[8] !== 0x7b) return false;
  const n = head.readBigUInt64LE(0);
  return size === undefined || n + 8n <= BigInt(size);
}

function sniff(head: Buffer, size: number | undefined, name: string): Sniffed {
  if (
    head.length >= 4 &&
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5 || head[2] === 7)
  ) {
    return 'zip';
  }
  if (head.toString('latin1', 0, 6) === '\x93NUMPY') return 'npy';
  const compression = detectCompression(head);
  if (compression === 'gzip' || compression === 'zlib') return 'compressed';
  if (isTarHeader(head)) return 'tar';
  // joblib.load decompresses whatever the file is called
  if (compression) return 'compressed';
  if (head.toString('latin1', 0, 4) === 'GGUF') return 'gguf';
  if (head[0] === 0x80 && head.length > 1 && head[1]! <= 5) {
    const magicAt = head[2] === 0x95 ? 11 : 2;
    if (head.subarray(magicAt, magicAt + TORCH_MAGIC.length).equals(TORCH_MAGIC)) return 'torch-legacy';
    return 'pickle';
  }
  if (head.subarray(0, 6).equals(SEVEN_ZIP_MAGIC)) return '7z';
  if (head.subarray(0, 8).equals(HDF5_MAGIC)) return 'hdf5';
  if (safetensorsShaped(head, size)) return 'safetensors';
  if (
    head[0] === 0x08 &&
    (extname(name).toLowerCase() === '.onnx' || readOnnxHeader(head, size ?? head.length))
  ) {
    return 'onnx';
  }
  return 'unknown';
}

/** Scans one file's content, whatever its name says, adding files and findings to `out`. */
export async function scanReader(
  reader: Reader,
  file: string,
  policy: ModelPolicy,
  out: ScanSink,
  depth = 0,
): Promise<void> {
  const size = reader.size;
  if (policy.maxFileSize !== undefined && size !== undefined && size > policy.maxFileSize) {
    out.add({
      file,
      rule: 'too-large',
      severity: 'high',
      message: `${size} bytes is more than scan.model.max-file-size (${policy.maxFileSize}); not scanned`,
    });
    out.files.push({ file, format: 'other', bytes: size });
    return;
  }
  const head = Buffer.from((await reader.window(0, 512)).buf.subarray(0, 512));
  const named = namedFormat(file);
  // a safetensors header that validates is the strongest evidence, whatever its length bytes resemble
  let safetensors: SafetensorsRead | undefined;
  if (size !== undefined && (named === 'safetensors' || safetensorsShaped(head, size))) {
    safetensors = await readSafetensors(reader, size);
    if (!safetensors.problems.length || named === 'safetensors') {
      reportSafetensors(safetensors, file, out);
      // an invalid one is still scanned by content below: another loader may read what it is
      if (!safetensors.problems.length) return;
    }
  }
  const kind = sniff(head, size, file);
  if (named && named !== 'safetensors' && !contentMatches(named, kind)) {
    out.add({
      file,
      rule: 'format-mismatch',
      severity: 'high',
      message: `named like a ${named} file but its content is ${kind === 'unknown' ? 'no known model format' : kind}; its loader cannot read it, so it is not verified`,
    });
  }
  switch (kind) {
    case 'zip':
      return scanZip(reader, file, policy, out, depth);
    case '7z':
      return scan7z(reader, file, policy, out, depth);
    case 'hdf5':
      return scanHdf5(reader, file, out);
    case 'tar':
      return scanTar(reader, file, policy, out, depth);
    case 'compressed':
      return scanCompressed(detectCompression(head)!, reader, file, policy, out, depth);
    case 'torch-legacy':
      // magic, protocol version, sys info, the model, storage keys; then raw tensor bytes
      return reportPickles(await runPickles(reader, 0, 5), file, 'torch-legacy', policy, out, {
        bytes: size,
      });
    case 'pickle':
      // 0x80 and a small byte also begin raw tensor data (a torch zip's data/0): unless the name
      // says pickle, it is a pickle only when it parses as one (read as joblib.load would)
      return scanUnknown(reader, file, policy, out, head);
    case 'npy':
      return scanNpy(reader, file, policy, out);
    case 'safetensors':
      if (named !== 'safetensors')
        reportSafetensors(safetensors ?? (await readSafetensors(reader, size)), file, out);
      return;
    case 'gguf': {
      const prefix = Buffer.from(
        (await reader.window(0, Math.min(size ?? GGUF_HEADER_LIMIT, GGUF_HEADER_LIMIT))).buf,
      );
      const result = validateGgufHeader(prefix.subarray(0, GGUF_HEADER_LIMIT), size ?? prefix.length);
      const problems = !result.ok
        ? result.problems
        : result.complete
          ? []
          : [
              `metadata and tensor infos run past the first ${GGUF_HEADER_LIMIT >> 20} MB read, so the tensors are not verified`,
            ];
      if (problems.length) {
        out.add({
          file,
          rule: 'gguf-invalid',
          severity: 'high',
          message: `invalid GGUF: ${problems.join('; ')}`,
        });
      }
      out.files.push({ file, format: 'gguf', bytes: size });
      return;
    }
    case 'onnx':
      if (!readOnnxHeader(head, size ?? head.length)) {
        out.add({
          file,
          rule: 'format-mismatch',
          severity: 'high',
          message: 'named .onnx but its first fields are not an ONNX ModelProto; it is not verified',
        });
      }
      out.files.push({ file, format: 'onnx', bytes: size });
      return;
    default:
      return scanUnknown(reader, file, policy, out, head);
  }
}

function nestedTooDeep(file: string, depth: number, out: ScanSink): boolean {
  if (depth < MAX_DEPTH) return false;
  out.add({
    file,
    rule: 'zip-member-unscanned',
    severity: 'high',
    message: `archive nested ${depth} levels deep is not scanned (limit ${MAX_DEPTH})`,
  });
  return true;
}

/** Tar archives: image layers and torch's legacy tar checkpoints. */
async function scanTar(reader: Reader, file: string, policy: ModelPolicy, out: ScanSink, depth: number) {
  out.files.push({ file, format: 'tar', bytes: reader.size });
  if (nestedTooDeep(file, depth, out)) return;
  await scanTarStream(Readable.from(readerChunks(reader, 0)), policy, {
    name: file,
    sink: out,
    depth: depth + 1,
    checkpoint: true,
  });
}

const INNER_NAME: Record<Compression, string> = {
  zfile: 'zfile',
  zlib: 'inflate',
  gzip: 'gunzip',
  bz2: 'bunzip2',
  lzma: 'unlzma',
  xz: 'unxz',
  lz4: 'unlz4',
  zstd: 'unzstd',
};

/** A compressed file (joblib's compress=, .gz, zstd): scan what it decompresses to, within a bound. */
async function scanCompressed(
  kind: Compression,
  reader: Reader,
  file: string,
  policy: ModelPolicy,
  out: ScanSink,
  depth: number,
): Promise<void> {
  out.files.push({
    file,
    format: kind === 'gzip' || kind === 'zlib' ? 'gzip' : 'compressed',
    bytes: reader.size,
  });
  const unreadable = unreadableCompression(kind);
  if (unreadable) {
    out.add({
      file,
      rule: 'compressed-unscanned',
      severity: 'high',
      message: `${unreadable}; joblib.load would decompress and unpickle it, so it is refused`,
    });
    return;
  }
  if (nestedTooDeep(file, depth, out)) return;
  let start = 0;
  if (kind === 'zfile') {
    // joblib < 0.10: 'ZF', the length in 19 hex characters, maybe a space, then zlib data
    const head = (await reader.window(0, 22)).buf;
    start = head[21] === 0x20 ? 22 : 21;
  }
  const limit = decompressionLimit(kind, reader.size, policy.maxFileSize);
  const inner = streamReader(decompress(kind, Readable.from(readerChunks(reader, start)), limit), undefined, {
    destroy: true,
  });
  try {
    await scanReader(inner, `${file}!${INNER_NAME[kind]}`, policy, out, depth + 1);
  } catch (error) {
    const limited = error instanceof DecompressionLimitError;
    out.add({
      file,
      rule: limited ? 'too-large' : 'unreadable',
      severity: 'high',
      message: limited
        ? (error as Error).message
        : `cannot decompress (${kind}): ${(error as Error).message}`,
    });
  } finally {
    await inner.close().catch(() => {});
  }
}

async function* readerChunks(reader: Reader, from: number): AsyncGenerator<Buffer> {
  let pos = from;
  for (;;) {
    const { buf, eof } = await reader.window(pos, 1 << 16);
    if (buf.length) yield Buffer.from(buf);
    pos += buf.length;
    if (eof || buf.length === 0) return;
  }
}

/** No magic: protocol 0/1 pickles have none, so try to read it as pickles. */
async function scanUnknown(
  reader: Reader,
  file: string,
  policy: ModelPolicy,
  out: ScanSink,
  head: Buffer,
): Promise<void> {
  const strict = PICKLE_EXTENSIONS.has(extname(file.split('!').pop()!).toLowerCase());
  if (!strict && (head.length === 0 || ARG_OF[head[0]!]! < 0)) {
    // the first byte is no opcode: not a pickle (raw tensor data, text, images...)
    out.files.push({ file, format: 'other', bytes: reader.size });
    return;
  }
  const scanner = await runPickles(reader, 0, undefined, CHUNK, true);
  const isPickle = scanner.pickles > 0 && (scanner.problems.length === 0 || scanner.globals.size > 0);
  if (strict || isPickle) return reportPickles(scanner, file, 'pickle', policy, out, { bytes: reader.size });
  out.files.push({ file, format: 'other', bytes: reader.size });
}

async function scanNpy(reader: Reader, file: string, policy: ModelPolicy, out: ScanSink): Promise<void> {
  const first = (await reader.window(0, 16)).buf;
  const end = npyHeaderEnd(first);
  const header = typeof end === 'string' ? end : readNpyHeader((await reader.window(0, end)).buf);
  if (typeof header === 'string') {
    out.add({ file, rule: 'npy-malformed', severity: 'high', message: header });
    out.files.push({ file, format: 'npy', bytes: reader.size });
    return;
  }
  if (!header.object) {
    out.files.push({ file, format: 'npy', bytes: reader.size });
    return;
  }
  // object arrays are stored as one pickle after the header
  const scanner = await runPickles(reader, header.dataStart, 1);
  const tail = await reader.window(scanner.pos, 1);
  if (scanner.pickles === 1 && tail.buf.length > 0) {
    out.add({
      file,
      rule: 'pickle-trailing-data',
      severity: 'medium',
      message: `bytes after the object array's pickle at offset ${scanner.pos}`,
      offset: scanner.pos,
    });
  }
  reportPickles(scanner, file, 'npy', policy, out, { bytes: reader.size });
}

interface SafetensorsRead {
  size: number | undefined;
  problems: string[];
}

/** Validates a safetensors file, reading from offset 0 so a stream reader can still start over at 0. */
async function readSafetensors(reader: Reader, knownSize: number | undefined): Promise<SafetensorsRead> {
  let size = knownSize;
  const n = safetensorsHeaderSize((await reader.window(0, 8)).buf, size ?? Number.MAX_SAFE_INTEGER);
  if (typeof n === 'string') return { size, problems: [n] };
  const header = Buffer.from((await reader.window(0, 8 + n)).buf.subarray(8, 8 + n));
  if (size === undefined) size = await streamLength(reader, 8 + n);
  const result = validateSafetensorsHeader(header, size);
  return { size, problems: result.ok ? [] : result.problems };
}

function reportSafetensors({ size, problems }: SafetensorsRead, file: string, out: ScanSink): void {
  if (problems.length) {
    out.add({
      file,
      rule: 'safetensors-invalid',
      severity: 'high',
      message: `invalid safetensors: ${problems.join('; ')}`,
    });
  }
  out.files.push({ file, format: 'safetensors', bytes: size });
}

async function streamLength(reader: Reader, from: number): Promise<number> {
  let pos = from;
  for (;;) {
    const { buf, eof } = await reader.window(pos, 1);
    pos += buf.length;
    if (eof || buf.length === 0) return pos;
  }
}

export async function scanFile(
  path: string,
  policy: ModelPolicy,
  out: ScanSink,
  display = path,
): Promise<void> {
  const reader = await fileReader(path);
  try {
    await scanReader(reader, display, policy, out);
  } finally {
    await reader.close();
  }
}

/** Scans an in-memory file by content. */
export async function scanBuffer(buf: Buffer, name: string, policy: ModelPolicy): Promise<ModelScanResult> {
  const out = new ScanSink();
  await scanReader(bufferReader(buf), name, policy, out);
  return out;
}
