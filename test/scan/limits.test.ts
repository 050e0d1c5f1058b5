import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMO_LIMIT } from '../../src/scan/pickle.js';
import { repoRoot } from '../support/cli.js';
import { python, runPython } from '../support/components.js';

const py = python();

/** Scans files in a fresh node process and returns its findings and peak RSS. */
function scanInChild(files: string[]): { findings: { file: string; message: string }[]; maxRssMb: number } {
  const code = `
    import { ScanSink, scanFile } from './src/scan/model-scan.ts';
    import { modelPolicy } from './src/scan/policy.ts';
    const out = new ScanSink();
    for (const f of process.argv.slice(1)) await scanFile(f, modelPolicy(), out);
    console.log(JSON.stringify({ findings: out.findings, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  `;
  const stdout = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', code, ...files],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

/** A zip of `n` stored one-byte members ("x"), written directly (Python's zipfile takes seconds). */
function storedZip(n: number): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const name = Buffer.from(`m${i}`);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(10, 4);
    header.writeUInt32LE(0x8cdc1683, 14); // crc32("x")
    header.writeUInt32LE(1, 18);
    header.writeUInt32LE(1, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, Buffer.from('x'));
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(10, 6);
    entry.writeUInt32LE(0x8cdc1683, 16);
    entry.writeUInt32LE(1, 20);
    entry.writeUInt32LE(1, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + 1;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(n, 0xffff), 8);
  end.writeUInt16LE(Math.min(n, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

describe.skipIf(!py.available)('hostile sizes end in a finding, in bounded memory', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scan-limits-'));
    runPython(
      [
        'import sys, zipfile',
        'd = sys.argv[1]',
        // a quarter of a megabyte of deflate holding 256 MB of MARK opcodes
        "with zipfile.ZipFile(d + '/marks.zip', 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:",
        "    with z.open('archive/data.pkl', 'w', force_zip64=True) as f:",
        "        chunk = b'(' * (1 << 20)",
        '        for _ in range(256): f.write(chunk)',
        // xz of a pickle whose one BINBYTES8 is 320 MB: a few hundred bytes on disk
        'import lzma, struct',
        'c = lzma.LZMACompressor(format=lzma.FORMAT_XZ, preset=0)',
        "out = [c.compress(b'\\x80\\x04\\x8e' + struct.pack('<Q', 320 << 20))]",
        'zero = bytes(1 << 20)',
        'for _ in range(320): out.append(c.compress(zero))',
        "out.append(c.compress(b'.')); out.append(c.flush())",
        "open(d + '/bomb.sav', 'wb').write(b''.join(out))",
      ].join('\n'),
      undefined,
      [dir],
    );
    writeFileSync(join(dir, 'members.zip'), storedZip(100_000));
    // a memo past its limit (NONE MEMOIZE POP), then 2000 small pickles
    const entries = MEMO_LIMIT + 16;
    const memo = Buffer.alloc(entries * 3).fill('N\x940', 'latin1');
    const tail = Buffer.from(`.${'\x80\x02K\x01.'.repeat(2000)}`, 'latin1');
    writeFileSync(join(dir, 'memo.pkl'), Buffer.concat([Buffer.from('\x80\x04', 'latin1'), memo, tail]));
    // 2000 pickles that each put one value at memo key 2^26 - 1
    const bigKey = Buffer.from('\x80\x04Nr\xff\xff\xff\x03.', 'latin1');
    writeFileSync(join(dir, 'memo_key.pkl'), Buffer.concat(Array.from({ length: 2000 }, () => bigKey)));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a zip of 256 MB of MARKs, a memo past its limit, a 100k-member zip, an xz bomb', () => {
    const { findings, maxRssMb } = scanInChild(
      ['marks.zip', 'memo.pkl', 'members.zip', 'bomb.sav'].map((f) => join(dir, f)),
    );
    const about = (name: string) => findings.filter((f) => f.file.includes(name)).map((f) => f.message);
    expect(about('marks.zip').join()).toMatch(/more than 100000 MARKs open at once/);
    expect(about('memo.pkl').join()).toMatch(new RegExp(`memo holds more than ${MEMO_LIMIT} entries`));
    expect(about('members.zip').join()).toMatch(/members, more than the 10000 the scanner reads/);
    expect(about('bomb.sav').join()).toMatch(/xz data decompresses to more than 268435456 bytes/);
    expect(maxRssMb).toBeLessThan(256);
  }, 60_000);

  it('a large memo key costs no more than a small one', () => {
    const { findings, maxRssMb } = scanInChild([join(dir, 'memo_key.pkl')]);
    expect(findings).toEqual([]);
    expect(maxRssMb).toBeLessThan(256);
  }, 60_000);
});
