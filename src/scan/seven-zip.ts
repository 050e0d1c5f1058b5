import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { SevenZipModule, SevenZipModuleFactory } from '7z-wasm';
import { MAX_DEPTH, type ScanSink, scanReader } from './model-scan.js';
import type { ModelPolicy } from './policy.js';
import { fileReader, type Reader, withFile } from './reader.js';
import { importVendor, vendorFile } from './vendor.js';

/** Members and unpacked bytes one 7z archive may hold before it is refused unread. */
export const SEVEN_ZIP_LIMITS = { members: 10_000, bytes: 8 * 2 ** 30, dictionary: 256 << 20 };

interface Member {
  path: string;
  size: number;
  directory: boolean;
  encrypted: boolean;
  method: string;
}

/** Mount points are numbered: archives nested in archives (or scanned side by side) each have their own. */
let mounts = 0;
let cached: Promise<{ sz: SevenZipModule; lines: string[] }> | undefined;

/** 7-Zip compiled to wasm (7z-wasm): one instance, its output captured; dropped after a crash. */
function sevenZip(): Promise<{ sz: SevenZipModule; lines: string[] }> {
  cached ??= importVendor<{ default: SevenZipModuleFactory }>('7z-wasm', '7zz.es6.js').then(
    async ({ default: factory }) => {
      const wasmBinary = await readFile(vendorFile('7z-wasm', '7zz.wasm'));
      const lines: string[] = [];
      const sz = await factory({
        wasmBinary: wasmBinary.buffer.slice(
          wasmBinary.byteOffset,
          wasmBinary.byteOffset + wasmBinary.byteLength,
        ),
        print: (s) => lines.push(s),
        printErr: (s) => lines.push(s),
      });
      return { sz, lines };
    },
  );
  return cached;
}

async function run(args: string[]): Promise<{ code: number; output: string[] }> {
  const { sz, lines } = await sevenZip();
  lines.length = 0;
  try {
    const code = sz.callMain(args) as unknown;
    return { code: typeof code === 'number' ? code : 0, output: [...lines] };
  } catch (error) {
    cached = undefined;
    throw new Error(`7-Zip stopped: ${(error as Error).message ?? String(error)}`);
  }
}

/** `7zz l -slt` blocks → members. */
function parseListing(lines: string[]): Member[] {
  const members: Member[] = [];
  let cur: Record<string, string> = {};
  const flush = () => {
    if (cur.Path !== undefined) {
      members.push({
        path: cur.Path,
        size: Number(cur.Size || 0),
        directory: (cur.Attributes ?? '').startsWith('D') || cur.Folder === '+',
        encrypted: cur.Encrypted === '+',
        method: cur.Method ?? '',
      });
    }
    cur = {};
  };
  for (const line of lines.join('\n').split('\n')) {
    const m = /^([A-Za-z ]+?) = (.*)$/.exec(line);
    if (!m) {
      if (!line.trim()) flush();
      continue;
    }
    if (m[1] === 'Path' && cur.Path !== undefined) flush();
    cur[m[1]!] = m[2]!;
  }
  flush();
  return members;
}

/** Dictionary (LZMA/LZMA2) or model memory (PPMd) a method needs, from 7-Zip's method string. */
function methodMemory(method: string): number {
  let most = 0;
  for (const m of method.matchAll(/(?:LZMA2?:|mem)(\d+)([kmg]?)/g)) {
    const n = Number(m[1]);
    const bytes =
      m[2] === 'k'
        ? n * 1024
        : m[2] === 'm'
          ? n * 2 ** 20
          : m[2] === 'g'
            ? n * 2 ** 30
            : n <= 40
              ? 2 ** n
              : n;
    most = Math.max(most, bytes);
  }
  return most;
}

/** A 7z archive (picklescan reads them too): every member is extracted to a private temp dir and scanned like a zip member. */
export async function scan7z(
  reader: Reader,
  file: string,
  policy: ModelPolicy,
  out: ScanSink,
  depth: number,
): Promise<void> {
  out.files.push({ file, format: '7z', bytes: reader.size });
  const refuse = (message: string, member = file) =>
    out.add({ file: member, rule: 'zip-member-unscanned', severity: 'high', message });
  if (depth >= MAX_DEPTH) {
    refuse(`archive nested ${depth} levels deep is not scanned (limit ${MAX_DEPTH})`);
    return;
  }
  try {
    await withFile(reader, async (archivePath) => {
      const { sz } = await sevenZip();
      const n = ++mounts;
      const mountIn = `/in${n}`;
      const mountOut = `/out${n}`;
      sz.FS.mkdir(mountIn);
      sz.FS.mkdir(mountOut);
      const dir = await mkdtemp(join(tmpdir(), 'model-deploy-7z-'));
      sz.FS.mount(sz.NODEFS, { root: dirname(archivePath) }, mountIn);
      sz.FS.mount(sz.NODEFS, { root: dir }, mountOut);
      const archive = `${mountIn}/${basename(archivePath)}`;
      try {
        // -p with no password: 7-Zip never prompts, encrypted data fails instead
        const listing = await run(['l', '-t7z', '-slt', '-ba', '-bsp0', '-p', archive]);
        if (listing.code !== 0) {
          const why = listing.output.find((l) => /ERROR|Wrong password|Can not|Cannot/i.test(l))?.trim();
          const encrypted = /encrypted|password/i.test(why ?? '');
          refuse(
            encrypted
              ? '7z archive with encrypted headers: its members cannot be listed or scanned without the password (refused, fail closed)'
              : `malformed 7z archive: ${why ?? `7-Zip exit ${listing.code}`}`,
          );
          return;
        }
        const members = parseListing(listing.output).filter((m) => !m.directory);
        const total = members.reduce((n, m) => n + m.size, 0);
        const memory = Math.max(0, ...members.map((m) => methodMemory(m.method)));
        if (members.length > SEVEN_ZIP_LIMITS.members || total > SEVEN_ZIP_LIMITS.bytes) {
          refuse(
            `7z archive of ${members.length} members and ${total} bytes unpacked is past the scan limits (${SEVEN_ZIP_LIMITS.members} members, ${SEVEN_ZIP_LIMITS.bytes} bytes); not scanned`,
          );
          return;
        }
        if (memory > SEVEN_ZIP_LIMITS.dictionary) {
          refuse(
            `7z archive needs ${memory} bytes of decoder memory (limit ${SEVEN_ZIP_LIMITS.dictionary}); not scanned`,
          );
          return;
        }
        for (const m of members.filter((x) => x.encrypted)) {
          refuse(
            'member is encrypted and cannot be scanned without the password (refused, fail closed)',
            `${file}!${m.path}`,
          );
        }
        const encrypted = members.some((m) => m.encrypted);
        if (encrypted && members.every((m) => m.encrypted)) return;
        // everything is extracted and every regular file found is scanned: names are never parsed back
        const extract = await run([
          'x',
          '-t7z',
          '-bsp0',
          '-bso0',
          '-y',
          '-p',
          '-snl-',
          `-o${mountOut}`,
          archive,
        ]);
        if (extract.code !== 0 && !encrypted) {
          const why = extract.output.find((l) => /ERROR/i.test(l))?.trim() ?? `7-Zip exit ${extract.code}`;
          refuse(`7z archive cannot be fully extracted: ${why}`);
        }
        for (const path of await regularFiles(dir)) {
          const memberReader = await fileReader(path);
          try {
            await scanReader(
              memberReader,
              `${file}!${relative(dir, path).split(sep).join('/')}`,
              policy,
              out,
              depth + 1,
            );
          } finally {
            await memberReader.close();
          }
        }
      } finally {
        for (const mount of [mountOut, mountIn]) {
          try {
            sz.FS.unmount(mount);
            sz.FS.rmdir(mount);
          } catch {
            // the instance crashed and was dropped
          }
        }
        await rm(dir, { recursive: true, force: true });
      }
    });
  } catch (error) {
    refuse(`cannot read the 7z archive: ${(error as Error).message}`);
  }
}

/** Regular files under `dir` (links and special files hold nothing a loader reads here). */
async function regularFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}
