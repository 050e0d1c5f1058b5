import type { Segment } from './blob-source.js';

/** What a reproducible tar entry keeps: no owner names, uid/gid 0, one fixed mtime. */
export interface TarEntry {
  name: string;
  type: 'file' | 'directory';
  mode: number;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
}

const BLOCK = 512;

/**
 * Segments of a tar holding `entries` in the given order; `files` supplies each file entry's
 * content by name. Headers are ustar, with a PAX record for names ustar cannot hold. The archive
 * ends with two zero blocks and no record padding, as OCI layers usually do.
 */
export function tarSegments(entries: TarEntry[], files: (name: string) => Segment): Segment[] {
  const out: Segment[] = [];
  for (const entry of entries) {
    out.push(...headerBlocks(entry));
    if (entry.type === 'file') {
      out.push(files(entry.name));
      const pad = (BLOCK - (entry.size % BLOCK)) % BLOCK;
      if (pad) out.push(Buffer.alloc(pad));
    }
  }
  out.push(Buffer.alloc(BLOCK * 2));
  return out;
}

/** Parent directories of a path inside the archive, shortest first: `a/b/c` → `a/`, `a/b/`. */
export function parentDirectories(name: string): string[] {
  const parts = name.split('/').slice(0, -1);
  return parts.map((_, i) => `${parts.slice(0, i + 1).join('/')}/`);
}

function headerBlocks(entry: TarEntry): Buffer[] {
  const name = entry.type === 'directory' && !entry.name.endsWith('/') ? `${entry.name}/` : entry.name;
  const split = splitUstarName(name);
  if (split && Buffer.byteLength(name) === name.length)
    return [header({ ...entry, name: split.name }, split.prefix)];
  const pax = paxRecord('path', name);
  const paxHeader = header(
    { name: 'PaxHeaders/entry', type: 'file', mode: 0o644, size: pax.length, mtime: entry.mtime },
    '',
    'x',
  );
  const pad = Buffer.alloc((BLOCK - (pax.length % BLOCK)) % BLOCK);
  const short = Buffer.from(name).subarray(-99).toString('latin1');
  return [paxHeader, pax, pad, header({ ...entry, name: short }, '')];
}

function splitUstarName(name: string): { name: string; prefix: string } | undefined {
  if (name.length <= 100) return { name, prefix: '' };
  for (let i = name.length - 101; i < name.length; i++) {
    if (i > 0 && name[i] === '/' && i <= 155 && name.length - i - 1 <= 100) {
      return { prefix: name.slice(0, i), name: name.slice(i + 1) };
    }
  }
  return undefined;
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len)
    len = String(len).length + Buffer.byteLength(body);
  return Buffer.from(`${len}${body}`);
}

function header(entry: TarEntry, prefix: string, typeflag?: string): Buffer {
  const b = Buffer.alloc(BLOCK);
  b.write(entry.name, 0, 100, 'utf8');
  octal(b, 100, 8, entry.mode & 0o7777);
  octal(b, 108, 8, 0);
  octal(b, 116, 8, 0);
  octal(b, 124, 12, entry.type === 'directory' ? 0 : entry.size);
  octal(b, 136, 12, entry.mtime);
  b.fill(0x20, 148, 156);
  b.write(typeflag ?? (entry.type === 'directory' ? '5' : '0'), 156, 1, 'latin1');
  b.write('ustar\u000000', 257, 8, 'latin1');
  octal(b, 329, 8, 0);
  octal(b, 337, 8, 0);
  b.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of b) sum += byte;
  b.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'latin1');
  return b;
}

function octal(b: Buffer, offset: number, width: number, value: number): void {
  const text = value.toString(8).padStart(width - 1, '0');
  if (text.length > width - 1) {
    // GNU base-256 for sizes beyond what octal digits hold (≥ 8 GiB files).
    b[offset] = 0x80;
    let v = BigInt(value);
    for (let i = offset + width - 1; i > offset; i--) {
      b[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    return;
  }
  b.write(`${text}\u0000`, offset, width, 'latin1');
}
