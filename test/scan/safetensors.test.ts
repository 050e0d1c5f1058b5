import { describe, expect, it } from 'vitest';
import { scanBuffer } from '../../src/scan/model-scan.js';
import { modelPolicy } from '../../src/scan/policy.js';
import { safetensorsHeaderSize, validateSafetensorsHeader } from '../../src/scan/safetensors.js';

function file(header: string, dataBytes: number): Buffer {
  const h = Buffer.from(header);
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(h.length));
  return Buffer.concat([len, h, Buffer.alloc(dataBytes)]);
}

const t = (dtype: string, shape: number[], begin: number, end: number) => ({
  dtype,
  shape,
  data_offsets: [begin, end],
});

describe('safetensors header (reference reader rules)', () => {
  it('accepts a valid header with metadata, padding, an empty tensor and a scalar', () => {
    const header = `${JSON.stringify({
      __metadata__: { format: 'pt' },
      b: t('F16', [2, 2], 24, 32),
      a: t('F32', [2, 3], 0, 24),
      empty: t('BF16', [0, 4], 32, 32),
      scalar: t('I64', [], 32, 40),
    })}    `;
    const r = validateSafetensorsHeader(Buffer.from(header), 8 + Buffer.byteLength(header) + 40);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.header.tensors.map((x) => x.name)).toEqual(['a', 'b', 'empty', 'scalar']);
      expect(r.header.metadata).toEqual({ format: 'pt' });
    }
  });

  it.each([
    [
      'a gap between tensors',
      { a: t('F32', [2], 0, 8), b: t('F32', [2], 12, 20) },
      20,
      /gap before tensor "b"/,
    ],
    ['overlapping tensors', { a: t('F32', [2], 0, 8), b: t('F32', [2], 4, 12) }, 12, /tensor "b" overlaps/],
    ['data not starting at 0', { a: t('F32', [2], 4, 12) }, 12, /gap before tensor "a"/],
    ['size not shape × dtype', { a: t('F32', [3], 0, 8) }, 8, /span 8 bytes but shape \[3\] of F32 needs 12/],
    ['trailing bytes (polyglot)', { a: t('F32', [2], 0, 8) }, 20, /12 trailing bytes after the last tensor/],
    ['a file shorter than the tensors', { a: t('F32', [4], 0, 16) }, 8, /tensors end at .* but the file has/],
    ['an unknown dtype', { a: t('F128', [1], 0, 16) }, 16, /unknown dtype "F128"/],
    ['an overflowing shape', { a: t('F64', [2 ** 40, 2 ** 40, 2 ** 20], 0, 8) }, 8, /overflows/],
    ['a bit size not in whole bytes', { a: t('F4', [3], 0, 2) }, 2, /12 bits is not a whole number of bytes/],
    ['negative offsets', { a: t('F32', [1], -4, 0) }, 0, /data_offsets must be \[begin, end\]/],
    [
      'end before begin',
      { a: t('U8', [0], 0, 0), b: { dtype: 'U8', shape: [0], data_offsets: [4, 2] } },
      4,
      /gap before tensor "b"|ends before/,
    ],
    ['extra fields', { a: { ...t('U8', [1], 0, 1), extra: 1 } }, 1, /unknown field\(s\) extra/],
    [
      'non-string metadata',
      { __metadata__: { n: 1 }, a: t('U8', [1], 0, 1) },
      1,
      /__metadata__\.n must be a string/,
    ],
  ])('rejects %s', (_name, header, data, message) => {
    const text = JSON.stringify(header);
    const r = validateSafetensorsHeader(text, 8 + Buffer.byteLength(text) + data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('; ')).toMatch(message);
  });

  it('rejects duplicate keys, non-objects, non-JSON and invalid UTF-8', () => {
    const dup =
      '{"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"a":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}';
    expect(validateSafetensorsHeader(dup, 8 + dup.length + 1)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/duplicate key "a"/)],
    });
    expect(validateSafetensorsHeader('[1]', 100)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/begin with "\{"/)],
    });
    expect(validateSafetensorsHeader('{"a":', 100)).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/not JSON/)],
    });
    expect(validateSafetensorsHeader(Buffer.from([0x7b, 0xff, 0x7d]), 100)).toMatchObject({
      ok: false,
      problems: ['header is not valid UTF-8'],
    });
  });

  it('checks the 8-byte size prefix: 100 MB limit and the file length', () => {
    const prefix = Buffer.alloc(8);
    prefix.writeBigUInt64LE(100_000_001n);
    expect(safetensorsHeaderSize(prefix, 2e9)).toMatch(/larger than the 100 MB limit/);
    prefix.writeBigUInt64LE(50n);
    expect(safetensorsHeaderSize(prefix, 40)).toMatch(/runs past the end of the file/);
    expect(safetensorsHeaderSize(prefix.subarray(0, 4), 4)).toMatch(/shorter than the 8-byte header/);
    expect(safetensorsHeaderSize(prefix, 58)).toBe(50);
  });

  it('is what the file scanner applies to .safetensors content', async () => {
    const good = file(JSON.stringify({ w: t('F32', [2, 2], 0, 16) }), 16);
    expect((await scanBuffer(good, 'model.safetensors', modelPolicy())).findings).toEqual([]);
    const trailing = Buffer.concat([good, Buffer.from('cos\nsystem\n.')]);
    const out = await scanBuffer(trailing, 'renamed.bin', modelPolicy());
    expect(out.files[0]!.format).toBe('safetensors');
    expect(out.findings).toMatchObject([{ rule: 'safetensors-invalid', severity: 'high' }]);
  });
});
