import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanBuffer } from '../../src/scan/model-scan.js';
import { modelPolicy } from '../../src/scan/policy.js';
import { runCli } from '../support/cli.js';
import { component } from '../support/components.js';
import { ggufFile, safetensorsFile } from './format-fixtures.js';

/** Debian's python3 with torch 1.13 (python3-torch); in CI its absence fails the run. */
const DEBIAN_PYTHON = '/usr/bin/python3';
function debianTorch(): boolean {
  try {
    execFileSync(DEBIAN_PYTHON, ['-c', 'import torch'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true')
      throw new Error('CI requires /usr/bin/python3 with torch: apt-get install -y python3-torch');
    return false;
  }
}
const hasTorch = debianTorch();

const policy = modelPolicy();
const verdict = async (buf: Buffer, name: string) => {
  const out = await scanBuffer(buf, name, policy);
  return { out, rules: out.findings.map((f) => `${f.rule}:${f.severity}`) };
};

describe('identification by the strongest evidence', () => {
  it.runIf(hasTorch)(
    'tiny torch.save files (torch 1.13) that torch.load(weights_only=True) loads are not refused',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'formats-torch-'));
      // int64 128 stores as 80 00 00 ..: raw storage bytes that look like a pickle's PROTO
      const script = `
import sys, torch
d = sys.argv[1]
cases = {
  'long128.pt': torch.tensor([128], dtype=torch.int64),
  'byte.pt': torch.tensor([128, 2, 0], dtype=torch.uint8),
  'dict.pt': {'w': torch.tensor([128, 3], dtype=torch.int16), 'b': torch.tensor([1.0])},
  'empty.pt': torch.zeros(0),
  'legacy.pt': torch.tensor([128], dtype=torch.int64),
}
for name, obj in cases.items():
    torch.save(obj, d + '/' + name, _use_new_zipfile_serialization=name != 'legacy.pt')
    torch.load(d + '/' + name, weights_only=True)
print(' '.join(cases))
`;
      const names = execFileSync(DEBIAN_PYTHON, ['-c', script, dir], { encoding: 'utf8' }).trim().split(' ');
      expect(names).toHaveLength(5);
      for (const name of names) {
        const { out, rules } = await verdict(readFileSync(join(dir, name)), name);
        expect(rules, name).toEqual([]);
        expect(out.files[0]!.format, name).toMatch(/^torch-/);
      }
    },
  );

  it('a valid safetensors file whose header length bytes read as PROTO 2 is safetensors, not a pickle', async () => {
    // 640 = 0x0280: the file begins 80 02, a pickle's protocol header
    const buf = safetensorsFile({ w: { dtype: 'U8', shape: [4], data: Buffer.from([0x80, 0, 0, 0]) } }, 640);
    expect(buf.subarray(0, 2)).toEqual(Buffer.from([0x80, 0x02]));
    for (const name of ['model.safetensors', 'model', 'weights.bin']) {
      const { out, rules } = await verdict(buf, name);
      expect(rules, name).toEqual([]);
      expect(out.files).toMatchObject([{ format: 'safetensors' }]);
    }
    // a zlib-looking (78 01) and a gzip-looking (1f 8b) length too
    for (const size of [0x0178, 0x8b1f]) {
      const other = safetensorsFile({ w: { dtype: 'F32', shape: [1], data: Buffer.alloc(4) } }, size);
      expect((await verdict(other, 'x.safetensors')).rules).toEqual([]);
    }
  });
});

describe('unread model files never pass', () => {
  const validSt = safetensorsFile({ w: { dtype: 'F32', shape: [2], data: Buffer.alloc(8) } });
  it.each([
    [
      'header length past the end of the file',
      () => Buffer.concat([Buffer.from([0xff, 0xff, 0, 0, 0, 0, 0, 0]), Buffer.from('{}')]),
    ],
    [
      'a header that is not JSON',
      () => {
        const b = Buffer.from(validSt);
        b.write('{"w":', 8, 'latin1');
        b[8 + 5] = 0x27;
        return b;
      },
    ],
    [
      'overlapping data offsets',
      () =>
        safetensorsFile({ a: { dtype: 'U8', shape: [4], data: Buffer.alloc(4) } }, undefined, {
          a: [0, 4],
          b: [2, 6],
        }),
    ],
    ['data not covered by tensors', () => Buffer.concat([validSt, Buffer.alloc(16)])],
    ['an empty file', () => Buffer.alloc(0)],
    ['text', () => Buffer.from('hello world, not a model')],
  ])('.safetensors with %s is a high finding', async (_what, make) => {
    const { rules } = await verdict(make(), 'model.safetensors');
    expect(rules).toContain('safetensors-invalid:high');
  });

  it.each([
    ['model.gguf', 'gguf'],
    ['model.onnx', 'onnx'],
    ['arr.npy', 'npy'],
    ['arrs.npz', 'npz'],
    ['model.keras', 'keras'],
    ['model.h5', 'hdf5'],
    ['model.hdf5', 'hdf5'],
    ['model.7z', '7z'],
  ])('%s that is not a %s is a high finding, never "other"', async (name, format) => {
    for (const content of ['{"not": "a model"}', '\x08\x07garbage', '']) {
      const { out, rules } = await verdict(Buffer.from(content, 'latin1'), name);
      expect(
        rules.some((r) => /^(format-mismatch|gguf-invalid|npy-malformed):high$/.test(r)),
        `${name} ${JSON.stringify(content)}: ${rules}`,
      ).toBe(true);
      expect(out.findings.find((f) => f.rule === 'format-mismatch')?.message ?? format).toContain(format);
    }
  });

  it.each(['model.pt', 'model.pth', 'model.bin', 'model.ckpt', 'model.pkl'])(
    '%s that is no pickle, zip or tar is refused',
    async (name) => {
      const { rules } = await verdict(Buffer.from('\x00\x01garbage weights'), name);
      expect(rules).toContain('pickle-malformed:high');
    },
  );

  it.each([
    ['tokenizer.json', '{"version": "1.0", "model": {"type": "BPE"}}'],
    ['config.json', '{"architectures": ["LlamaForCausalLM"]}'],
    ['vocab.txt', '[PAD]\n[UNK]\nthe\n'],
    ['merges.txt', '#version: 0.2\nt h\n'],
    ['tokenizer.model', '\x0a\x0b\x0a\x05<unk>\x15\x00\x00\x00\x00'],
    ['README.md', '# model card\n'],
    ['special_tokens_map.json', '{}'],
  ])('%s stays a clean "other" file', async (name, content) => {
    const { out, rules } = await verdict(Buffer.from(content, 'latin1'), name);
    expect(rules).toEqual([]);
    expect(out.files).toMatchObject([{ format: 'other' }]);
  });
});

describe('GGUF tensor infos (as gguf-py and llama.cpp read them)', () => {
  const tensor = (name: string, dims: number[], type: number, offset: number) => ({
    name,
    dims: dims.map(BigInt),
    type,
    offset: BigInt(offset),
  });
  it('a valid file with aligned, packed tensors and a custom alignment passes', async () => {
    const ok = ggufFile([tensor('a', [4], 0, 0), tensor('b', [32], 8, 32)], { dataBytes: 32 + 34 });
    expect((await verdict(ok, 'm.gguf')).rules).toEqual([]);
    const aligned64 = ggufFile([tensor('a', [4], 0, 0), tensor('b', [2], 0, 64)], {
      alignment: 64,
      dataBytes: 72,
    });
    expect((await verdict(aligned64, 'm.gguf')).rules).toEqual([]);
  });

  it.each([
    [
      'duplicate tensor names',
      [tensor('a', [4], 0, 0), tensor('a', [4], 0, 32)],
      {},
      /duplicate tensor name "a"/,
    ],
    ['an offset past the end', [tensor('a', [4], 0, 1024)], {}, /runs past the end/],
    ['a tensor longer than the file', [tensor('a', [1 << 20], 0, 0)], {}, /runs past the end/],
    [
      'overlapping tensors',
      [tensor('a', [16], 0, 0), tensor('b', [4], 0, 32)],
      { dataBytes: 64 },
      /overlaps tensor "a"/,
    ],
    ['dimension overflow', [tensor('a', [2 ** 40, 2 ** 40], 0, 0)], {}, /overflows int64/],
    ['an unknown tensor type', [tensor('a', [4], 4, 0)], {}, /unknown ggml type 4/],
    [
      'a row not a multiple of the block size',
      [tensor('a', [33], 8, 0)],
      { dataBytes: 64 },
      /not a multiple of its block size 32/,
    ],
    [
      'a misaligned offset',
      [tensor('a', [1], 0, 0), tensor('b', [1], 0, 4)],
      {},
      /not a multiple of the alignment 32/,
    ],
    [
      'an alignment that is not a power of two',
      [tensor('a', [4], 0, 0)],
      { alignment: 24 },
      /not a power of two/,
    ],
    ['five dimensions', [tensor('a', [1, 1, 1, 1, 1], 0, 0)], {}, /5 dimensions/],
  ] as const)('%s is a finding', async (_what, tensors, options, message) => {
    const { out, rules } = await verdict(ggufFile([...tensors], { dataBytes: 16, ...options }), 'm.gguf');
    expect(rules).toContain('gguf-invalid:high');
    expect(out.findings[0]!.message).toMatch(message);
  });
});

/** Debian's python3-h5py for /usr/bin/python3; in CI its absence fails the run. */
function debianModule(module: string, aptPackage: string): boolean {
  try {
    execFileSync(DEBIAN_PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true')
      throw new Error(`CI requires /usr/bin/python3 with ${module}: apt-get install -y ${aptPackage}`);
    return false;
  }
}
const hasH5py = debianModule('h5py', 'python3-h5py');

describe.runIf(hasH5py)('Keras HDF5 models (.h5): model_config read with h5wasm', () => {
  // The real keras is not installable here (no Debian package, only npm and Debian registries), so
  // the files are written by h5py exactly as keras.Model.save('m.h5') lays them out: the model's
  // JSON config in the root attribute "model_config" (and "training_config"), weights in groups.
  const write = (config: unknown, attribute = 'model_config') => {
    const dir = mkdtempSync(join(tmpdir(), 'formats-h5-'));
    const script = `
import sys, json, h5py, numpy as np
with h5py.File(sys.argv[1], 'w') as f:
    f.attrs[sys.argv[3]] = sys.argv[2]
    f.attrs['keras_version'] = '2.11.0'
    f.attrs['backend'] = 'tensorflow'
    f.create_group('model_weights').create_dataset('dense/kernel:0', data=np.ones((2, 2), np.float32))
`;
    const path = join(dir, 'model.h5');
    execFileSync(DEBIAN_PYTHON, [
      '-c',
      script,
      path,
      typeof config === 'string' ? config : JSON.stringify(config),
      attribute,
    ]);
    return readFileSync(path);
  };
  const sequential = (...layers: unknown[]) => ({ class_name: 'Sequential', config: { name: 's', layers } });
  const dense = { class_name: 'Dense', config: { name: 'd', units: 2 } };
  // Keras 2's Lambda config: marshalled bytecode, base64, function_type "lambda"
  const lambda = {
    class_name: 'Lambda',
    config: {
      name: 'l',
      function: ['4wEAAAAAAAAAAAAAAAEAAAACAAAAQwAAAHMIAAAAdABkAYMBUwApAk4KAAAA', null, null],
      function_type: 'lambda',
    },
  };

  it('a Lambda layer in model_config is a finding, as in a .keras zip', async () => {
    const buf = write(sequential(dense, lambda));
    expect(buf.subarray(0, 4).toString('latin1')).toBe('\x89HDF');
    for (const name of ['model.h5', 'model.hdf5', 'weights']) {
      const { out, rules } = await verdict(buf, name);
      expect(rules, name).toEqual(['keras-lambda:high']);
      expect(out.files).toMatchObject([{ format: 'hdf5' }]);
    }
  });

  it('a layer from a module outside Keras and a lambda in training_config are findings', async () => {
    const custom = { module: 'evil_pkg.layers', class_name: 'Backdoor', config: {} };
    expect((await verdict(write(sequential(dense, custom)), 'm.h5')).rules).toEqual(['keras-module:high']);
    const loss = { loss: { class_name: '__lambda__', config: { code: '4wEAAAAA' } } };
    expect((await verdict(write(loss, 'training_config'), 'm.h5')).rules).toEqual(['keras-lambda:high']);
  });

  it('a plain model, and an HDF5 file without model_config, pass', async () => {
    expect((await verdict(write(sequential(dense)), 'model.h5')).rules).toEqual([]);
    expect((await verdict(write({ a: 1 }, 'other_attribute'), 'weights.h5')).rules).toEqual([]);
  });

  it('a truncated or non-JSON HDF5 model is refused, with the reason', async () => {
    const good = write(sequential(dense, lambda));
    const truncated = await verdict(good.subarray(0, 600), 'model.h5');
    expect(truncated.rules).toEqual(['unreadable:high']);
    expect(truncated.out.findings[0]!.message).toMatch(/cannot be read as HDF5 \(.*truncated/);
    const text = await verdict(write('not json {'), 'model.h5');
    expect(text.rules).toEqual(['unreadable:high']);
  });

  it('an HDF5 model inside a zip is read from the archive member', async () => {
    const zip = execFileSync(
      DEBIAN_PYTHON,
      [
        '-c',
        'import io, sys, zipfile\nb = io.BytesIO()\nwith zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z: z.writestr("nested/m.h5", sys.stdin.buffer.read())\nsys.stdout.buffer.write(b.getvalue())',
      ],
      { input: write(sequential(lambda)) },
    );
    const { out, rules } = await verdict(zip, 'bundle.zip');
    expect(rules).toEqual(['keras-lambda:high']);
    expect(out.findings[0]!.file).toBe('bundle.zip!nested/m.h5');
  });
});

const sevenZip = component('7zz', '7zip', ['7z']);

describe.runIf(hasTorch && sevenZip.available)('7z archives: members scanned like zip members', () => {
  const dir = mkdtempSync(join(tmpdir(), 'formats-7z-'));
  const marker = join(dir, 'ran');
  // a pickle whose load calls eval, as picklescan's 7z test case does; and benign neighbours
  execFileSync(DEBIAN_PYTHON, [
    '-c',
    `
import collections, os, pickle, sys
d = sys.argv[1]
class Evil:
    def __reduce__(self):
        return (eval, ("open(%r, 'w').write('ran')" % sys.argv[2],))
os.makedirs(d + '/evil/sub', exist_ok=True)
os.makedirs(d + '/benign', exist_ok=True)
open(d + '/evil/sub/model.pkl', 'wb').write(pickle.dumps(Evil(), protocol=2))
open(d + '/benign/state.pkl', 'wb').write(pickle.dumps(collections.OrderedDict(w=[1.0, 2.0]), protocol=4))
open(d + '/benign/config.json', 'w').write('{"a": 1}')
`,
    dir,
    marker,
  ]);
  const seven = (archive: string, from: string, ...args: string[]) => {
    const path = join(dir, archive);
    rmSync(path, { force: true });
    execFileSync(sevenZip.path, ['a', '-bso0', '-bsp0', ...args, path, '.'], { cwd: join(dir, from) });
    return path;
  };
  const scan = async (path: string, name = path.split('/').pop()!) => verdict(readFileSync(path), name);

  it('a 7z holding a pickle that calls eval is critical, and the payload runs under pickle.load', async () => {
    const archive = seven('evil.7z', 'evil');
    const { out, rules } = await scan(archive);
    expect(rules).toEqual(['pickle-global:critical']);
    expect(out.findings[0]).toMatchObject({ file: 'evil.7z!sub/model.pkl', global: 'builtins.eval' });
    // the real loader: 7-Zip extracts, pickle.load runs eval
    const x = join(dir, 'x');
    execFileSync(sevenZip.path, ['x', '-bso0', '-y', `-o${x}`, archive]);
    execFileSync(DEBIAN_PYTHON, [
      '-c',
      'import pickle, sys; pickle.load(open(sys.argv[1], "rb"))',
      join(x, 'sub', 'model.pkl'),
    ]);
    expect(existsSync(marker)).toBe(true);
    // and the command exits 1 on it (also as a bare file with no extension)
    const copy = join(dir, 'archive-no-ext');
    writeFileSync(copy, readFileSync(archive));
    const cli = await runCli(['scan', '--path', copy]);
    expect(cli.code).toBe(1);
    expect(cli.stdout + cli.stderr).toContain('builtins.eval');
  });

  it('a benign 7z (LZMA2, solid, and PPMd) passes', async () => {
    for (const args of [[], ['-ms=on', '-mx=9'], ['-m0=PPMd']]) {
      const { out, rules } = await scan(seven('benign.7z', 'benign', ...args));
      expect(rules, args.join(' ')).toEqual([]);
      expect(out.files.map((f) => f.file).sort()).toEqual([
        'benign.7z',
        'benign.7z!config.json',
        'benign.7z!state.pkl',
      ]);
    }
  });

  it('encrypted 7z members, encrypted 7z headers and encrypted zip members are refused with the reason', async () => {
    const members = await scan(seven('enc.7z', 'evil', '-pSecret'));
    expect(members.rules).toEqual(['zip-member-unscanned:high']);
    expect(members.out.findings[0]!.message).toMatch(/encrypted/);
    const headers = await scan(seven('hdr.7z', 'evil', '-pSecret', '-mhe=on'));
    expect(headers.rules).toEqual(['zip-member-unscanned:high']);
    expect(headers.out.findings[0]!.message).toMatch(/encrypted headers/);
    for (const method of ['ZipCrypto', 'AES256']) {
      const zip = await scan(seven('enc.zip', 'evil', '-tzip', '-pSecret', `-mem=${method}`));
      expect(zip.rules, method).toEqual(['zip-member-unscanned:high']);
      expect(zip.out.findings[0]!.message, method).toMatch(/encrypted/);
    }
  });

  it('a 7z nested in a zip, and a truncated 7z, are read or refused', async () => {
    const nestDir = join(dir, 'nest');
    mkdirSync(nestDir, { recursive: true });
    writeFileSync(join(nestDir, 'inner.7z'), readFileSync(seven('evil.7z', 'evil')));
    const nested = await scan(seven('outer.zip', 'nest', '-tzip'));
    expect(nested.rules).toEqual(['pickle-global:critical']);
    expect(nested.out.findings[0]!.file).toBe('outer.zip!inner.7z!sub/model.pkl');
    const whole = readFileSync(seven('evil.7z', 'evil'));
    for (const cut of [12, 40, whole.length - 10]) {
      const { rules } = await verdict(whole.subarray(0, cut), 'evil.7z');
      expect(rules, `cut at ${cut}`).toContain('zip-member-unscanned:high');
    }
  });
});
