import { closeSync, createWriteStream, fstatSync, openSync, read, readSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import type { ModelFormat } from './findings.js';
import { checkKerasConfig } from './keras.js';
import { MAX_DEPTH, type ScanSink, scanReader } from './model-scan.js';
import type { ModelPolicy } from './policy.js';
import { type Reader, readAll, streamReader } from './reader.js';

/** Members scanned per archive: no checkpoint has more, and each costs a read of its header. */
export const MAX_MEMBERS = 10_000;
const BLOCK = 1 << 20;
const readAsync = promisify(read);

/**
 * yauzl reads the central directory one small record at a time; from a file that is one read()
 * per entry. Small reads are served from a 1 MiB block instead; member data is streamed.
 */
class BlockReader extends yauzl.RandomAccessReader {
  private block = Buffer.alloc(0);
  private blockAt = 0;
  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {
    super();
  }

  private slice(start: number, end: number): Buffer {
    if (start < this.blockAt || end > this.blockAt + this.block.length) {
      const length = Math.min(Math.max(BLOCK, end - start), this.size - start);
      const block = Buffer.allocUnsafe(Math.max(0, length));
      const got = readSync(this.fd, block, 0, block.length, start);
      this.block = block.subarray(0, got);
      this.blockAt = start;
    }
    return this.block.subarray(start - this.blockAt, end - this.blockAt);
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null) => void,
  ) {
    try {
      const data = this.slice(position, position + length);
      if (data.length < length) throw new Error('unexpected EOF');
      data.copy(buffer, offset);
      callback(null);
    } catch (error) {
      callback(error as Error);
    }
  }

  override _readStreamForRange(start: number, end: number): Readable {
    if (end - start <= BLOCK) return Readable.from([Buffer.from(this.slice(start, end))]);
    // not fs.createReadStream: destroying it would close the shared descriptor
    return Readable.from(readRange(this.fd, start, end));
  }

  private closed = false;

  override close(callback: (err: Error | null) => void) {
    if (!this.closed) closeSync(this.fd);
    this.closed = true;
    callback(null);
  }
}

async function* readRange(fd: number, start: number, end: number): AsyncGenerator<Buffer> {
  for (let pos = start; pos < end; ) {
    const buf = Buffer.allocUnsafe(Math.min(BLOCK, end - pos));
    const { bytesRead } = await readAsync(fd, buf, 0, buf.length, pos);
    if (bytesRead === 0) return;
    yield buf.subarray(0, bytesRead);
    pos += bytesRead;
  }
}

async function openZipFile(path: string): Promise<yauzl.ZipFile> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    return await yauzl.fromRandomAccessReaderPromise(new BlockReader(fd, size), size, zipOptions);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // yauzl closed it already
    }
    throw error;
  }
}

/** Archives read from a stream are held in memory up to this size, spilled to a temp file above it. */
const IN_MEMORY_ZIP = 512 << 20;
const KERAS_CONFIG_LIMIT = 64 << 20;

const zipOptions: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  strictFileNames: false,
  validateEntrySizes: true,
  decodeStrings: true,
};

async function openZip(reader: Reader): Promise<{ zip: yauzl.ZipFile; cleanup: () => Promise<void> }> {
  if (reader.path) return { zip: await openZipFile(reader.path), cleanup: async () => {} };
  const buffer = await readAll(reader, IN_MEMORY_ZIP);
  if (buffer) return { zip: await yauzl.fromBufferPromise(buffer, zipOptions), cleanup: async () => {} };
  // larger than we hold in memory: spill the rest of the stream to a private temp file
  const dir = await mkdtemp(join(tmpdir(), 'model-deploy-scan-'));
  const path = join(dir, 'archive.zip');
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    await pipeline(restOf(reader), createWriteStream(path, { mode: 0o600 }));
    return { zip: await openZipFile(path), cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

async function* restOf(reader: Reader): AsyncGenerator<Buffer> {
  let pos = 0;
  for (;;) {
    const { buf, eof } = await reader.window(pos, 1);
    yield Buffer.from(buf);
    pos += buf.length;
    if (eof || buf.length === 0) return;
  }
}

function zipFormat(names: string[]): ModelFormat {
  if (names.some((n) => n === 'data.pkl' || n.endsWith('/data.pkl'))) return 'torch-zip';
  if (names.length > 0 && names.every((n) => n.endsWith('.npy') || n.endsWith('/'))) return 'npz';
  if (
    names.includes('config.json') &&
    (names.includes('metadata.json') || names.some((n) => n.endsWith('.h5')))
  ) {
    return 'keras';
  }
  return 'zip';
}

/** Scans every member of a zip (PyTorch archive, .npz, .keras, plain zip) by content, whatever its name. */
export async function scanZip(
  reader: Reader,
  file: string,
  policy: ModelPolicy,
  out: ScanSink,
  depth: number,
) {
  if (depth >= MAX_DEPTH) {
    out.add({
      file,
      rule: 'zip-member-unscanned',
      severity: 'high',
      message: `archive nested ${depth} levels deep is not scanned (limit ${MAX_DEPTH}); no loader expects that`,
    });
    out.files.push({ file, format: 'zip', bytes: reader.size });
    return;
  }
  let opened: Awaited<ReturnType<typeof openZip>>;
  try {
    opened = await openZip(reader);
  } catch (error) {
    out.add({
      file,
      rule: 'zip-malformed',
      severity: 'high',
      message: `malformed zip: ${(error as Error).message}`,
    });
    out.files.push({ file, format: 'zip', bytes: reader.size });
    return;
  }
  const { zip, cleanup } = opened;
  try {
    if (zip.entryCount > MAX_MEMBERS) {
      out.add({
        file,
        rule: 'zip-member-unscanned',
        severity: 'high',
        message: `archive has ${zip.entryCount} members, more than the ${MAX_MEMBERS} the scanner reads; no checkpoint has that many, so it is refused`,
      });
      out.files.push({ file, format: 'zip', bytes: reader.size });
      return;
    }
    const entries: yauzl.Entry[] = [];
    try {
      for await (const entry of zip.eachEntry()) entries.push(entry);
    } catch (error) {
      out.add({
        file,
        rule: 'zip-malformed',
        severity: 'high',
        message: `malformed zip: ${(error as Error).message}`,
      });
    }
    const format = zipFormat(entries.map((e) => e.fileName));
    out.files.push({ file, format, bytes: reader.size });
    for (const entry of entries) {
      if (entry.fileName.endsWith('/')) continue;
      const member = `${file}!${entry.fileName}`;
      if (entry.isEncrypted() || !entry.canDecodeFileData()) {
        out.add({
          file: member,
          rule: 'zip-member-unscanned',
          severity: 'high',
          message: `member is ${entry.isEncrypted() ? 'encrypted' : `compressed with method ${entry.compressionMethod}`} and cannot be scanned`,
        });
        continue;
      }
      try {
        const stream = await zip.openReadStreamPromise(entry);
        const memberReader = streamReader(stream, entry.uncompressedSize, { destroy: true });
        try {
          if (format === 'keras' && entry.fileName === 'config.json') {
            await scanKerasConfig(memberReader, member, out);
            out.files.push({ file: member, format: 'other', bytes: entry.uncompressedSize });
          } else await scanReader(memberReader, member, policy, out, depth + 1);
        } finally {
          await memberReader.close();
        }
      } catch (error) {
        out.add({
          file: member,
          rule: 'zip-malformed',
          severity: 'high',
          message: `cannot read member: ${(error as Error).message}`,
        });
      }
    }
  } finally {
    zip.close();
    await cleanup();
  }
}

async function scanKerasConfig(reader: Reader, file: string, out: ScanSink): Promise<void> {
  const text = await readAll(reader, KERAS_CONFIG_LIMIT);
  let config: unknown;
  try {
    config = JSON.parse(text?.toString('utf8') ?? '');
  } catch (error) {
    out.add({
      file,
      rule: 'zip-malformed',
      severity: 'high',
      message: `config.json is not JSON: ${(error as Error).message}`,
    });
    return;
  }
  checkKerasConfig(config, file, out);
}
