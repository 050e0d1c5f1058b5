import { describe, expect, it } from 'vitest';
import { readNpyHeader } from '../../src/scan/numpy.js';
import { parsePyLiteral } from '../../src/scan/py-literal.js';

const npy = (header: string, version = 1) => {
  const text = Buffer.from(`${header}\n`, version === 3 ? 'utf8' : 'latin1');
  const size = Buffer.alloc(version === 1 ? 2 : 4);
  if (version === 1) size.writeUInt16LE(text.length);
  else size.writeUInt32LE(text.length);
  return Buffer.concat([Buffer.from([0x93, ...Buffer.from('NUMPY'), version, 0]), size, text]);
};
const header = (descr: string, shape = '(3,)') =>
  readNpyHeader(npy(`{'descr': ${descr}, 'fortran_order': False, 'shape': ${shape}, }`));

describe('.npy header read as numpy reads it (ast.literal_eval, descr_to_dtype)', () => {
  it.each([
    ["'<f8', 'descr': '|O'", true],
    ["'|O', 'descr': '<f8'", false],
    ["'|' 'O'", true],
    ["'object'", true],
    ["'\\x4f'", true],
    ["'\\N{LATIN CAPITAL LETTER O}'", true],
    ["[('a', '<f8'), ('b', [('c', [('d', '|O')])])]", true],
    ["[('a', '<f8', (2,)), ('b', '<i4')]", false],
    ["('|O', (2,))", true],
    ["['aO']", true],
    ["u'<f4'", false],
    ["'i4,O'", true],
  ])('descr %s holds objects: %s', (descr, object) => {
    expect(header(descr)).toMatchObject({ object });
  });

  it('accepts what numpy accepts and refuses what it refuses', () => {
    expect(header("'<f8'", '(2L, 3L)')).toMatchObject({ shape: [2, 3], object: false });
    expect(header("'<f8'", '(2.0,)')).toMatch(/shape holds something other than integers/);
    expect(readNpyHeader(npy("{'descr': '<f8', 'shape': (1,)}"))).toMatch(/exactly the keys/);
    expect(readNpyHeader(npy("{'descr': '<f8', 'fortran_order': 0, 'shape': (1,)}"))).toMatch(/not a bool/);
    expect(readNpyHeader(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,)} + 1"))).toMatch(
      /not a Python literal/,
    );
    expect(readNpyHeader(npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,)}", 3))).toMatchObject({
      version: 3,
    });
    const minor = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,)}");
    minor[7] = 1;
    expect(readNpyHeader(minor)).toMatch(/unsupported .npy version 1.1/);
  });

  it('bounds nesting depth and header size', () => {
    expect(header(`${'['.repeat(150)}${']'.repeat(150)}`)).toMatch(/nested deeper than 100/);
    const big = Buffer.alloc(12);
    big.write('\x93NUMPY\x02\x00', 'latin1');
    big.writeUInt32LE(2 << 20, 8);
    expect(readNpyHeader(big)).toMatch(/larger than the 1048576/);
  });

  it('parses Python literals the way ast.literal_eval does', () => {
    expect(parsePyLiteral("{'a': 1, 'a': 2}")).toEqual({
      t: 'dict',
      entries: [
        [
          { t: 'str', v: 'a' },
          { t: 'int', v: 2n },
        ],
      ],
    });
    expect(parsePyLiteral("(-1, +2.5, 1+2j, b'x' b'y', r'\\n', set(), ...)")).toEqual({
      t: 'tuple',
      items: [
        { t: 'int', v: -1n },
        { t: 'float' },
        { t: 'complex' },
        { t: 'bytes', v: 'xy' },
        { t: 'str', v: '\\n' },
        { t: 'set', items: [] },
        { t: 'ellipsis' },
      ],
    });
    expect(() => parsePyLiteral("'a' b'b'")).toThrow(/mix bytes/);
    expect(() => parsePyLiteral('{[1]: 2}')).toThrow(/unhashable/);
    expect(() => parsePyLiteral('os.system')).toThrow(/not a literal/);
    expect(() => parsePyLiteral('007')).toThrow(/leading zeros/);
  });
});
