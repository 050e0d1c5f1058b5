/**
 * Seeded mutations of real-shaped files of every format the scanner reads, each scanned in-process
 * by scanFile (what `scan` calls). Used by fuzz-formats.test.ts.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ScanSink, scanFile, scanReader } from '../../src/scan/model-scan.js';
import { modelPolicy } from '../../src/scan/policy.js';
import { bufferReader } from '../../src/scan/reader.js';
import { ggufFile, npyFile, safetensorsFile, storedZip } from './format-fixtures.js';

/** mulberry32: a small seeded generator, so a failure names the seed that reproduces it. */
let state = 1;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x2e, 0x28, 0x7b, 0x7d, 0x22, 0x30, 0x39];

/** 1-8 edits, biased to the first `head` bytes where the headers are. */
function mutate(seedBytes: Buffer, head: number): Buffer {
  const bytes = [...seedBytes];
  const edits = 1 + int(8);
  for (let e = 0; e < edits; e++) {
    const span = random() < 0.7 ? Math.min(head, bytes.length) : bytes.length;
    const at = span ? int(span) : 0;
    switch (int(7)) {
      case 0:
        bytes[at] = int(256);
        break;
      case 1:
        bytes[at] = pick(INTERESTING);
        break;
      case 2:
        bytes.splice(at, 0, int(256));
        break;
      case 3:
        bytes.splice(at, 1 + int(4));
        break;
      case 4: {
        const from = int(bytes.length || 1);
        bytes.splice(at, 0, ...bytes.slice(from, from + 1 + int(16)));
        break;
      }
      case 5:
        bytes.length = Math.min(bytes.length, at + int(32));
        break;
      default:
        // a little-endian length field blown up or zeroed
        for (let i = 0; i < 4 && at + i < bytes.length; i++) bytes[at + i] = random() < 0.5 ? 0xff : 0;
    }
  }
  return Buffer.from(bytes);
}

const PICKLES = [
  '80049526000000000000007d94288c01619447400c000000000000008c0162945d94284b014b024e88658c016394430278799475732e',
  '80025d7100285803000000666f6f71014b016302636f6c6c656374696f6e730a4f726465726564446963740a7102295271037d710462652e',
  '286470300a5661620a70310a4931300a7356630a70320a28493130300a4931300a7470330a732e',
  '8005951b000000000000008c08636f6c6c656374696f6e73948c0b4f726465726564446963749493942952942e',
  Buffer.from("cos\nsystem\n(S'id'\ntR.", 'latin1').toString('hex'),
].map((h) => Buffer.from(h, 'hex'));

interface Family {
  name: string;
  count: number;
  seeds: Buffer[];
  names: string[];
  head: number;
}

async function wasmSeeds(): Promise<{ sevenZip: Buffer[] }> {
  const { default: SevenZip } = (await import('7z-wasm')) as unknown as {
    default: typeof import('7z-wasm').default;
  };
  const sz = await SevenZip({ print: () => {}, printErr: () => {} });
  sz.FS.writeFile('model.pkl', PICKLES[1]!);
  sz.FS.writeFile('config.json', '{"a": 1}');
  const sevenZip: Buffer[] = [];
  for (const args of [['-mx=1'], ['-m0=PPMd:mem=1m:o=4'], ['-ms=on', '-mx=1', '-mhc=off']]) {
    sz.callMain(['a', '-bso0', '-bsp0', ...args, `s${sevenZip.length}.7z`, 'model.pkl', 'config.json']);
    sevenZip.push(Buffer.from(sz.FS.readFile(`s${sevenZip.length}.7z`)));
  }
  return { sevenZip };
}

export interface FuzzResult {
  seed: number;
  inputs: number;
  counts: Record<string, { inputs: number; clean: number; findings: number; ms: number; rssMb: number }>;
  failures: { family: string; name: string; hex: string; error: string }[];
  slowest: { ms: number; family: string; hex: string };
  peakRssMb: number;
}

/** Scans `scale` × 10,000 mutated inputs; a failure is an exception, a missing verdict or no verdict within 2 s. */
export async function fuzzFormats(seed: number, scale = 1, only?: string[]): Promise<FuzzResult> {
  state = seed >>> 0;
  const { sevenZip } = await wasmSeeds();
  const t = (name: string, dims: number[], type: number, offset: number) => ({
    name,
    dims: dims.map(BigInt),
    type,
    offset: BigInt(offset),
  });
  const families: Family[] = [
    { name: 'pickle', count: 3000, seeds: PICKLES, names: ['x.pkl', 'x.bin', 'data'], head: 64 },
    {
      name: 'npy',
      count: 1500,
      seeds: [
        npyFile("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", Buffer.alloc(8)),
        npyFile("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", PICKLES[1]!),
        npyFile(
          "{'descr': [('a', '<i4'), ('b', '|O')], 'fortran_order': False, 'shape': (1,), }",
          PICKLES[0]!,
        ),
      ],
      names: ['a.npy', 'a'],
      head: 128,
    },
    {
      name: 'zip',
      count: 2000,
      seeds: [
        storedZip([
          ['archive/data.pkl', PICKLES[1]!],
          ['archive/data/0', Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 0])],
          ['archive/version', Buffer.from('3\n')],
        ]),
        storedZip([
          ['a.npy', npyFile("{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }", Buffer.alloc(4))],
        ]),
        storedZip([
          ['config.json', Buffer.from('{"class_name": "Sequential", "config": {"layers": []}}')],
          ['metadata.json', Buffer.from('{}')],
        ]),
      ],
      names: ['m.pt', 'm.npz', 'm.keras', 'm.zip'],
      head: 4096,
    },
    {
      name: 'safetensors',
      count: 1500,
      seeds: [
        safetensorsFile({
          a: { dtype: 'F32', shape: [2, 2], data: Buffer.alloc(16) },
          b: { dtype: 'BF16', shape: [3], data: Buffer.alloc(6) },
        }),
        safetensorsFile({ w: { dtype: 'U8', shape: [4], data: Buffer.from([0x80, 2, 0, 0]) } }, 640),
      ],
      names: ['m.safetensors', 'm'],
      head: 200,
    },
    {
      name: 'gguf',
      count: 1500,
      seeds: [
        ggufFile([t('a', [4], 0, 0), t('b', [32], 8, 32)], { dataBytes: 66 }),
        ggufFile([t('tok', [8, 2], 1, 0)], { alignment: 64, dataBytes: 32 }),
      ],
      names: ['m.gguf', 'm'],
      head: 256,
    },
    { name: '7z', count: 500, seeds: sevenZip, names: ['m.7z', 'm'], head: 64 },
    // HDF5 is not fuzzed here: one mutated file (seed 20261203, input 96) sends the HDF5 library into
    // an endless loop inside the wasm, which no in-process timer can stop (reported, not yet fixed)
  ];

  const SEVERITIES = new Set(['critical', 'high', 'medium', 'low', 'unknown']);
  const policy = modelPolicy();
  const dir = mkdtempSync(join(tmpdir(), 'fuzz-formats-'));
  const failures: { family: string; name: string; hex: string; error: string }[] = [];
  const slowest = { ms: 0, family: '', hex: '' };
  const counts: Record<
    string,
    { inputs: number; clean: number; findings: number; ms: number; rssMb: number }
  > = {};
  let peakRss = process.memoryUsage().rss;
  let done = 0;
  const HANG_MS = 2000;

  for (const family of families) {
    if (only && !only.includes(family.name)) continue;
    const tally = { inputs: 0, clean: 0, findings: 0, ms: 0, rssMb: 0 };
    counts[family.name] = tally;
    const familyStart = performance.now();
    for (let i = 0; i < Math.round(family.count * scale); i++) {
      const input = mutate(pick(family.seeds), family.head);
      const name = pick(family.names);
      // scanFile as `scan` calls it for 7z, HDF5 and every 10th input; the same dispatcher on an
      // in-memory reader for the rest (no disk round trip: the test stays fast on a loaded machine)
      const onDisk = family.name === '7z' || i % 10 === 0;
      // a new file each time: a reader that keeps a file open must not see its content change
      const path = join(dir, `input-${done}`);
      if (onDisk) writeFileSync(path, input);
      const sink = new ScanSink();
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          onDisk ? scanFile(path, policy, sink, name) : scanReader(bufferReader(input), name, policy, sink),
          new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no verdict after ${HANG_MS} ms`)), HANG_MS);
          }),
        ]);
        if (!sink.files.length) throw new Error('no file entry in the result');
        for (const f of sink.findings) {
          if (!f.message || !SEVERITIES.has(f.severity))
            throw new Error(`malformed finding ${JSON.stringify(f)}`);
        }
        if (sink.findings.length) tally.findings++;
        else tally.clean++;
      } catch (error) {
        if (failures.length < 20)
          failures.push({
            family: family.name,
            name,
            hex: input.toString('hex').slice(0, 4000),
            error: String(error),
          });
      } finally {
        clearTimeout(timer);
        if (onDisk) rmSync(path, { force: true });
      }
      const ms = performance.now() - started;

      if (ms > slowest.ms)
        Object.assign(slowest, { ms, family: family.name, hex: input.toString('hex').slice(0, 200) });
      tally.inputs++;
      if (++done % 100 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    tally.ms = Math.round(performance.now() - familyStart);
    tally.rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  }
  rmSync(dir, { recursive: true, force: true });
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return { seed, inputs: done, counts, failures, slowest, peakRssMb: peakRss / 2 ** 20 };
}
