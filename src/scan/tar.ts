import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import type { ModelScanResult } from './findings.js';
import { ScanSink, scanReader } from './model-scan.js';
import type { ModelPolicy } from './policy.js';
import { streamReader } from './reader.js';
import { scanLegacyTorchMember } from './torch-legacy.js';
import { createZstdDecompress, ZSTD_MAGIC } from './zstd.js';

/**
 * A tar header as Python's tarfile accepts it: the checksum at 148 matches (unsigned or signed sum,
 * the field counted as spaces). No magic needed: torch's legacy checkpoints may be v7 tars.
 */
export function isTarHeader(head: Buffer): boolean {
  if (head.length < 512 || head[0] === 0) return false;
  const field = head
    .toString('latin1', 148, 156)
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]+$/.test(field)) return false;
  const stored = Number.parseInt(field, 8);
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < 512; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : head[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

/** The members torch's legacy_load reads from a tar checkpoint. */
const LEGACY_TORCH_MEMBERS = new Set(['storages', 'tensors', 'pickle']);

/** Re-emits a stream after peeking at its first bytes. */
async function peek(stream: AsyncIterable<Buffer>): Promise<{ head: Buffer; stream: Readable }> {
  const it = stream[Symbol.asyncIterator]();
  const first = await it.next();
  const head = first.done ? Buffer.alloc(0) : first.value;
  async function* rest() {
    if (head.length) yield head;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, stream: Readable.from(rest()) };
}

/**
 * Scans every regular file of a tar stream (an image layer; gzip and zstd are detected) by content, entry by
 * entry, without writing anything to disk. Names are reported as `<name>!<path in the tar>`.
 */
export async function scanTarStream(
  input: Readable | AsyncIterable<Buffer>,
  policy: ModelPolicy,
  options: {
    name?: string;
    sink?: ScanSink;
    depth?: number;
    /** A file (not an image layer): torch.load may read it as a legacy tar checkpoint. */
    checkpoint?: boolean;
  } = {},
): Promise<ModelScanResult> {
  const out = options.sink ?? new ScanSink();
  const prefix = options.name ? `${options.name}!` : '';
  const { head, stream } = await peek(input);
  const plain =
    head[0] === 0x1f && head[1] === 0x8b
      ? stream.pipe(createGunzip())
      : head.subarray(0, 4).equals(ZSTD_MAGIC)
        ? stream.pipe(createZstdDecompress())
        : stream;
  // v7 tars (no ustar magic) are what torch's oldest checkpoints are
  const extract = tar.extract({ allowUnknownFormat: true } as Parameters<typeof tar.extract>[0]);
  plain.on('error', (error) => extract.destroy(error));
  plain.pipe(extract);
  try {
    for await (const entry of extract) {
      const { name, type, size } = entry.header;
      const base = name.split('/').pop() ?? '';
      const member = `${prefix}${name.replace(/^\.\//, '')}`;
      const legacy = options.checkpoint && LEGACY_TORCH_MEMBERS.has(name);
      if (legacy && type !== 'file' && type !== 'contiguous-file') {
        // torch extracts it to a directory and opens it: a link reads another file as a pickle
        out.add({
          file: member,
          rule: 'unreadable',
          severity: 'high',
          message: `legacy torch checkpoint member "${name}" is a ${type}, not a file: torch.load would follow it to another file`,
        });
        entry.resume();
        continue;
      }
      if ((type !== 'file' && type !== 'contiguous-file') || base.startsWith('.wh.')) {
        entry.resume();
        continue;
      }
      const reader = streamReader(entry as unknown as Readable, size);
      try {
        if (legacy && name !== 'pickle') await scanLegacyTorchMember(reader, name, member, policy, out);
        else await scanReader(reader, member, policy, out, options.depth ?? 0);
      } finally {
        await reader.close();
      }
    }
  } catch (error) {
    out.add({
      file: options.name ?? 'tar stream',
      rule: 'unreadable',
      severity: 'high',
      message: `cannot read tar stream: ${(error as Error).message}`,
    });
  }
  return out;
}
