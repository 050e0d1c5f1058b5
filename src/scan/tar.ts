import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import type { ModelScanResult } from './findings.js';
import { ScanSink, scanReader } from './model-scan.js';
import type { ModelPolicy } from './policy.js';
import { streamReader } from './reader.js';
import { createZstdDecompress, ZSTD_MAGIC } from './zstd.js';

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
  options: { name?: string; sink?: ScanSink; depth?: number } = {},
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
  const extract = tar.extract();
  plain.on('error', (error) => extract.destroy(error));
  plain.pipe(extract);
  try {
    for await (const entry of extract) {
      const { name, type, size } = entry.header;
      const base = name.split('/').pop() ?? '';
      if ((type !== 'file' && type !== 'contiguous-file') || base.startsWith('.wh.')) {
        entry.resume();
        continue;
      }
      const reader = streamReader(entry as unknown as Readable, size);
      try {
        await scanReader(reader, `${prefix}${name.replace(/^\.\//, '')}`, policy, out, options.depth ?? 0);
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
