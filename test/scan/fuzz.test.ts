import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { validateGgufHeader } from '../../src/scan/gguf.js';
import { runPickles, scanBuffer } from '../../src/scan/model-scan.js';
import { readNpyHeader } from '../../src/scan/numpy.js';
import { readOnnxHeader } from '../../src/scan/onnx.js';
import { scanPickleBuffer } from '../../src/scan/pickle.js';
import { modelPolicy } from '../../src/scan/policy.js';
import { bufferReader, streamReader } from '../../src/scan/reader.js';
import { validateSafetensorsHeader } from '../../src/scan/safetensors.js';
import { scanTarStream } from '../../src/scan/tar.js';
import { readTrivyReport } from '../../src/scan/trivy.js';

/** Seeds written by Python 3.11's pickle (protocols 0-5), a torch zip header and friends. */
const seeds = [
  '80049526000000000000007d94288c01619447400c000000000000008c0162945d94284b014b024e88658c016394430278799475732e',
  '80025d7100285803000000666f6f71014b016302636f6c6c656374696f6e730a4f726465726564446963740a7102295271037d710462652e',
  '286470300a5661620a70310a4931300a7356630a70320a28493130300a4931300a7470330a732e',
  '80034b016805',
  '8004958b000000000000008c0a6275696c74696e73948c0373657494939428898c0141945d94288c01789485947294949452942e',
  '8005951b000000000000008c08636f6c6c656374696f6e73948c0b4f726465726564446963749493942952942e',
  "cos\nsystem\n(S'id'\ntR.",
].map((s) => (/^[0-9a-f]+$/.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'latin1')));

const mutated = fc
  .tuple(
    fc.constantFrom(...seeds),
    fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete')),
      { maxLength: 8 },
    ),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([seed, edits, cut]) => {
    const bytes = [...seed];
    for (const [at, value, kind] of edits) {
      const i = bytes.length ? at % bytes.length : 0;
      if (kind === 'set') bytes[i] = value;
      else if (kind === 'insert') bytes.splice(i, 0, value);
      else bytes.splice(i, 1);
    }
    const buf = Buffer.from(bytes);
    return cut === undefined ? buf : buf.subarray(0, cut % (buf.length + 1));
  });

/** A stored (uncompressed) zip, laid out like PyTorch's writer, for mutation. */
function storedZip(files: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(0, 14); // crc32 unchecked by the scanner
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const zipSeed = storedZip([
  ['archive/data.pkl', seeds[1]!],
  ['archive/data/0', Buffer.alloc(24)],
  ['archive/version', Buffer.from('3\n')],
]);

const anyBytes = fc.oneof(
  mutated,
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
);
const fuzzRuns = { numRuns: 3000 };

describe('fuzzing (fast-check): truncated and mutated input never crashes or hangs', () => {
  it('pickle reader: terminates within one opcode per byte, bounded state, never throws', () => {
    fc.assert(
      fc.property(anyBytes, (buf) => {
        const s = scanPickleBuffer(buf);
        expect(s.done).toBe(true);
        expect(s.ops).toBeLessThanOrEqual(buf.length);
        expect(s.problems.length).toBeLessThanOrEqual(50);
        expect(s.globals.size).toBeLessThanOrEqual(buf.length);
      }),
      fuzzRuns,
    );
  });

  it('pickle reader: chunked stream reading finds exactly what a whole-buffer read finds', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyBytes,
        fc.array(fc.integer({ min: 1, max: 17 }), { minLength: 1, maxLength: 5 }),
        async (buf, sizes) => {
          const whole = scanPickleBuffer(buf);
          const chunks: Buffer[] = [];
          for (let i = 0, k = 0; i < buf.length; k++) {
            const n = sizes[k % sizes.length]!;
            chunks.push(buf.subarray(i, i + n));
            i += n;
          }
          const streamed = await runPickles(
            streamReader(Readable.from(chunks), buf.length),
            0,
            undefined,
            sizes[0],
          );
          expect(streamed.globalList).toEqual(whole.globalList);
          expect(streamed.problems).toEqual(whole.problems);
          expect(streamed.pickles).toBe(whole.pickles);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('content dispatcher: any bytes under any name give findings, not exceptions', async () => {
    const policy = modelPolicy();
    const names = ['x.pkl', 'x.pt', 'x.bin', 'x.npy', 'x.safetensors', 'x.gguf', 'x.onnx', 'x.zip', 'x.txt'];
    const prefixes = [
      '',
      'PK\x03\x04',
      '\x93NUMPY\x01\x00',
      'GGUF\x03\x00\x00\x00',
      '\x80\x02\x8a\x0a',
      '\x10\x00\x00\x00\x00\x00\x00\x00{',
    ];
    await fc.assert(
      fc.asyncProperty(
        anyBytes,
        fc.constantFrom(...names),
        fc.constantFrom(...prefixes),
        async (buf, name, prefix) => {
          const input = Buffer.concat([Buffer.from(prefix, 'latin1'), buf]);
          const out = await scanBuffer(input, name, policy);
          expect(out.files.length).toBeGreaterThan(0);
          for (const f of out.findings) expect(f.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('zip reader: mutated PyTorch-style archives give findings, never exceptions', async () => {
    const clean = await scanBuffer(zipSeed, 'model.pt', modelPolicy());
    expect(clean.files.map((f) => f.format)).toContain('torch-zip');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }),
        fc.option(fc.nat(), { nil: undefined }),
        async (edits, cut) => {
          const bytes = Buffer.from(zipSeed);
          for (const [at, v] of edits) bytes[at % bytes.length] = v;
          const input = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
          const out = await scanBuffer(input, 'model.pt', modelPolicy());
          expect(out.files.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('tar layer scanner: a corrupt layer is a finding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const out = await scanTarStream(Readable.from([Buffer.from(bytes)]), modelPolicy(), {
          name: 'layer',
        });
        expect(Array.isArray(out.findings)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('header readers: safetensors, GGUF, .npy, ONNX', () => {
    fc.assert(
      fc.property(anyBytes, fc.nat(), (buf, len) => {
        const st = validateSafetensorsHeader(buf, len);
        expect(typeof st.ok).toBe('boolean');
        validateGgufHeader(Buffer.concat([Buffer.from('GGUF\x03\x00\x00\x00', 'latin1'), buf]), len);
        readNpyHeader(Buffer.concat([Buffer.from('\x93NUMPY\x01\x00', 'latin1'), buf]));
        readOnnxHeader(buf, len);
      }),
      fuzzRuns,
    );
    fc.assert(
      fc.property(fc.json(), fc.nat({ max: 1 << 20 }), (json, len) => {
        const r = validateSafetensorsHeader(json, len);
        if (r.ok) expect(r.header.dataStart + (r.header.tensors.at(-1)?.end ?? 0)).toBe(len);
      }),
      fuzzRuns,
    );
  });

  it('Trivy report reader: any JSON is a list of vulnerabilities or an InputError', () => {
    const vuln = fc.record(
      {
        VulnerabilityID: fc.oneof(fc.string(), fc.integer()),
        PkgName: fc.string(),
        Severity: fc.constantFrom('CRITICAL', 'HIGH', 'low', 'SEVERE', 3),
        FixedVersion: fc.string(),
        CVSS: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const report = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          SchemaVersion: fc.constantFrom(2, 1, '2'),
          Results: fc.array(
            fc.oneof(
              fc.jsonValue(),
              fc.record({
                Target: fc.jsonValue(),
                Vulnerabilities: fc.oneof(fc.array(fc.oneof(vuln, fc.jsonValue())), fc.jsonValue()),
              }),
            ),
          ),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(report, (r) => {
        try {
          expect(Array.isArray(readTrivyReport(JSON.stringify(r) ?? 'null', 'r.json'))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      fuzzRuns,
    );
  });

  it('reader of a whole buffer ignores chunking (sanity for the seeds)', async () => {
    for (const seed of seeds) {
      const a = scanPickleBuffer(seed);
      const b = await runPickles(bufferReader(seed), 0);
      expect(b.globalList).toEqual(a.globalList);
    }
  });
});
