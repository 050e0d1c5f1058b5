import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import aggregate from '../../src/commands/aggregate.js';
import { ExitCode, exitCodeOf } from '../../src/errors.js';
import { aggregateCheckpoints } from '../../src/federated/aggregate.js';
import { parseInvocation } from '../../src/run-command.js';
import { fakeContext, removeTempDirs, tempDir, writeF32, writeRaw } from './support.js';

afterAll(removeTempDirs);

async function run(cwd: string, args: string[]) {
  const { options, positionals } = parseInvocation(aggregate, args);
  const ctx = fakeContext(cwd);
  return { result: await aggregate.run(ctx, options, positionals), ctx };
}

/** Runs the command expecting a failure; returns the message after checking exit 2 and no output written. */
async function fails(cwd: string, args: string[], out = 'global.safetensors'): Promise<string> {
  const error = await run(cwd, args).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the command should fail').toBeInstanceOf(Error);
  expect(exitCodeOf(error)).toBe(ExitCode.Usage);
  expect(existsSync(join(cwd, out)) && !readFileSync(join(cwd, out), 'utf8').startsWith('previous')).toBe(
    false,
  );
  expect(readdirSync(cwd, { recursive: true }).filter((f) => String(f).endsWith('.tmp'))).toEqual([]);
  return (error as Error).message;
}

function clients(edit?: (header: Record<string, unknown>) => void): string {
  const dir = tempDir('fed-cmd-');
  writeF32(join(dir, 'a.safetensors'), { seed: 1, samples: '10' });
  writeF32(join(dir, 'b.safetensors'), { seed: 2, samples: '30', ...(edit ? { edit } : {}) });
  return dir;
}

const twoInputs = ['--input', 'a.safetensors', '--input', 'b.safetensors', '--out', 'global.safetensors'];

describe('aggregate command: bad inputs exit 2 with the file and tensor named, no output file', () => {
  test('mismatched shapes', async () => {
    const dir = clients((h) => {
      (h.w as { shape: number[] }).shape = [2, 3];
    });
    expect(await fails(dir, twoInputs)).toBe(
      'tensor "w": b.safetensors has shape [2,3] but a.safetensors has [3,2]',
    );
  });

  test('mismatched dtypes', async () => {
    const dir = clients((h) => {
      h.b = { dtype: 'I32', shape: [4], data_offsets: [24, 40] };
    });
    expect(await fails(dir, twoInputs)).toBe(
      'tensor "b": b.safetensors has dtype I32 but a.safetensors has F32',
    );
  });

  test('missing tensor', async () => {
    const dir = tempDir('fed-cmd-');
    writeF32(join(dir, 'a.safetensors'));
    writeRaw(
      join(dir, 'b.safetensors'),
      { w: { dtype: 'F32', shape: [3, 2], data_offsets: [0, 24] } },
      new Uint8Array(24),
    );
    expect(await fails(dir, twoInputs)).toBe(
      'b.safetensors is missing tensor "b" (present in a.safetensors)',
    );
  });

  test('extra tensor', async () => {
    const dir = tempDir('fed-cmd-');
    writeF32(join(dir, 'b.safetensors'));
    writeRaw(
      join(dir, 'a.safetensors'),
      { w: { dtype: 'F32', shape: [3, 2], data_offsets: [0, 24] } },
      new Uint8Array(24),
    );
    expect(await fails(dir, twoInputs)).toBe('b.safetensors has tensor "b" that a.safetensors does not have');
  });

  test('a base that does not match the clients', async () => {
    const dir = clients();
    writeF32(join(dir, 'base.safetensors'), {
      edit: (h) => {
        (h.b as { shape: number[] }).shape = [2, 2];
      },
    });
    expect(await fails(dir, [...twoInputs, '--base', 'base.safetensors'])).toBe(
      'tensor "b": base base.safetensors has shape [2,2] but a.safetensors has [4]',
    );
  });

  const w = { dtype: 'F32', shape: [3, 2], data_offsets: [0, 24] };
  const b = { dtype: 'F32', shape: [4], data_offsets: [24, 40] };
  const data = new Uint8Array(40);
  test.each([
    [
      'shorter than 8 bytes',
      (p: string) => writeFileSync(p, Buffer.from([1, 2, 3])),
      /file is shorter than the 8-byte header size \(3 bytes\)/,
    ],
    [
      'header length over 100 MB',
      (p: string) => writeRaw(p, { w, b }, data, { length: 200_000_000n }),
      /header size 200000000 is larger than the 100 MB limit/,
    ],
    [
      'header length past the end',
      (p: string) => writeRaw(p, { w, b }, data, { length: 5000n }),
      /runs past the end of the file .*truncated/,
    ],
    ['not JSON', (p: string) => writeRaw(p, '{"w": {"dtype": "F32",', data), /header is not JSON/],
    [
      'not an object',
      (p: string) => writeRaw(p, '[1, 2]', data),
      /header (is not a JSON object|does not begin with "\{")/,
    ],
    [
      'not UTF-8',
      (p: string) => writeRaw(p, Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('latin1'), data),
      /not valid UTF-8|not JSON/,
    ],
    [
      'unknown dtype',
      (p: string) => writeRaw(p, { w: { ...w, dtype: 'F12' }, b }, data),
      /tensor "w" has unknown dtype "F12"/,
    ],
    [
      'gap between tensors',
      (p: string) =>
        writeRaw(
          p,
          { w: { ...w, data_offsets: [0, 24] }, b: { ...b, data_offsets: [28, 44] } },
          new Uint8Array(44),
        ),
      /gap before tensor "b" \(begins at 28, previous ends at 24\)/,
    ],
    [
      'overlapping tensors',
      (p: string) => writeRaw(p, { w, b: { ...b, data_offsets: [20, 36] } }, new Uint8Array(36)),
      /tensor "b" overlaps the previous tensor \(begins at 20, previous ends at 24\)/,
    ],
    [
      'size not shape × dtype',
      (p: string) => writeRaw(p, { w: { ...w, shape: [3, 3] }, b }, data),
      /tensor "w": data_offsets span 24 bytes but shape \[3, 3\] of F32 needs 36/,
    ],
    [
      'trailing bytes',
      (p: string) => writeRaw(p, { w, b }, data, { trailing: new Uint8Array(8) }),
      /trailing bytes/,
    ],
    ['truncated data', (p: string) => writeRaw(p, { w, b }, data.subarray(0, 30)), /\(truncated\)/],
    [
      'metadata not strings',
      (p: string) => writeRaw(p, { __metadata__: { num_samples: 10 }, w, b }, data),
      /__metadata__.num_samples must be a string/,
    ],
    [
      'unknown field',
      (p: string) => writeRaw(p, { w: { ...w, offset: 3 }, b }, data),
      /tensor "w" has unknown field\(s\) offset/,
    ],
  ])('corrupted header: %s', async (_name, write, message) => {
    const dir = clients();
    write(join(dir, 'b.safetensors'));
    const text = await fails(dir, twoInputs);
    expect(text).toMatch(/^b\.safetensors: invalid safetensors file: /);
    expect(text).toMatch(message);
  });

  test('an input that does not exist', async () => {
    const dir = clients();
    expect(await fails(dir, [...twoInputs, '--input', 'c.safetensors'])).toMatch(
      /^c\.safetensors: cannot open checkpoint \(ENOENT\)/,
    );
  });

  test('a sample count that is not a number', async () => {
    const dir = tempDir('fed-cmd-');
    writeF32(join(dir, 'a.safetensors'), { samples: '10' });
    writeF32(join(dir, 'b.safetensors'), { samples: 'many' });
    expect(await fails(dir, twoInputs)).toBe(
      'b.safetensors: __metadata__.num_samples is "many", expected a positive number',
    );
  });

  test('weights for some clients only', async () => {
    const dir = tempDir('fed-cmd-');
    writeF32(join(dir, 'a.safetensors'), { samples: '10' });
    writeF32(join(dir, 'b.safetensors'));
    expect(await fails(dir, twoInputs)).toMatch(
      /^no weight for b\.safetensors: add __metadata__.num_samples .* --input PATH:WEIGHT/,
    );
  });

  test.each([
    [
      'a missing directory',
      'nowhere/global.safetensors',
      /cannot write output nowhere\/global.safetensors \(ENOENT\)/,
    ],
    [
      'a directory whose parent is a file',
      'a.safetensors/global.safetensors',
      /cannot write output a.safetensors\/global.safetensors \(ENOTDIR\)/,
    ],
    ['a path that is a directory', 'outdir', /cannot write output outdir \(EISDIR\)/],
  ])('unwritable output: %s', async (_name, out, message) => {
    const dir = clients();
    mkdirSync(join(dir, 'outdir'));
    const text = await fails(
      dir,
      ['--input', 'a.safetensors', '--input', 'b.safetensors', '--out', out],
      'global.safetensors',
    );
    expect(text).toMatch(message);
    expect(readdirSync(join(dir, 'outdir'))).toEqual([]);
  });

  test('a failed run leaves an existing output untouched', async () => {
    const dir = clients((h) => {
      (h.w as { shape: number[] }).shape = [6];
    });
    writeFileSync(join(dir, 'global.safetensors'), 'previous round');
    await fails(dir, twoInputs);
    expect(readFileSync(join(dir, 'global.safetensors'), 'utf8')).toBe('previous round');
  });

  test.each([
    [['--method', 'krum'], /unknown aggregation method "krum"/],
    [['--method', 'trimmed-mean:0.5'], /trimmed fraction must be at least 0 and below 0.5/],
    [
      ['--method', 'fedavg-clip:2'],
      /fedavg-clip:2 clips updates relative to the previous global model: give --base/,
    ],
    [['--deltas'], /deltas need a base model/],
    [['--non-finite', 'ignore'], /--non-finite must be exclude or fail/],
    [['--chunk-size', 'lots'], /--chunk-size must be a quantity/],
  ])('bad option %j', async (extra, message) => {
    const dir = clients();
    expect(await fails(dir, [...twoInputs, ...extra])).toMatch(message);
  });
});

describe('aggregate command: results', () => {
  test('weights from PATH:WEIGHT override the sample counts; outputs, summary and JSON report', async () => {
    const dir = clients();
    const { result } = await run(dir, [
      '--input',
      'a.safetensors:1',
      '--input',
      'b.safetensors:3',
      '--format',
      'json',
      '--round',
      '7',
    ]);
    const report = JSON.parse(result.stdout!);
    expect(report.clients.map((c: { weight: number; share: number }) => [c.weight, c.share])).toEqual([
      [1, 0.25],
      [3, 0.75],
    ]);
    expect(result.outputs).toMatchObject({ method: 'fedavg', round: '7', clients: '2', excluded: '[]' });
    expect(result.outputs!.path).toBe(join(dir, 'global.safetensors'));
    expect(result.summary).toContain('| a.safetensors | 1 | 0.25 |');
    const out = readFileSync(join(dir, 'global.safetensors'));
    const n = Number(out.readBigUInt64LE(0));
    const header = JSON.parse(out.subarray(8, 8 + n).toString());
    expect(header.__metadata__).toEqual({
      round: '7',
      method: 'fedavg',
      clients: '["a.safetensors","b.safetensors"]',
      weights: '[1,3]',
    });
    const a = new Float32Array(readFileSync(join(dir, 'a.safetensors')).buffer.slice(8 + 112));
    expect(a.length).toBeGreaterThan(0);
    const w = new Float32Array(out.buffer.slice(out.byteOffset + 8 + n, out.byteOffset + 8 + n + 24));
    for (let i = 0; i < 6; i++)
      expect(w[i]).toBe(
        Math.fround(0.25 * Math.fround(Math.sin(i + 1)) + 0.75 * Math.fround(Math.sin(i + 2))),
      );
  });

  test('the federated: config section: globs, weights by path, method and output', async () => {
    const dir = tempDir('fed-cfg-');
    mkdirSync(join(dir, 'clients/site-a'), { recursive: true });
    mkdirSync(join(dir, 'clients/site-b'), { recursive: true });
    writeF32(join(dir, 'clients/site-a/model.safetensors'), { seed: 1, samples: '100' });
    writeF32(join(dir, 'clients/site-b/model.safetensors'), { seed: 2, samples: '100' });
    writeF32(join(dir, 'clients/site-b/notes.bin'), { seed: 3 });
    writeFileSync(
      join(dir, 'model-deploy.yml'),
      [
        'model: { name: demo, artifacts: [global.safetensors] }',
        'federated:',
        '  inputs: ["clients/**/*.safetensors"]',
        '  weights: { "clients/site-b/*.safetensors": 300 }',
        '  method: median',
        '  out: out/global.safetensors',
        '  round: 2',
      ].join('\n'),
    );
    mkdirSync(join(dir, 'out'));
    const { result } = await run(dir, ['--format', 'json']);
    const report = JSON.parse(result.stdout!);
    expect(report.clients.map((c: { client: string; weight: number }) => [c.client, c.weight])).toEqual([
      ['clients/site-a/model.safetensors', 100],
      ['clients/site-b/model.safetensors', 300],
    ]);
    expect(report.method).toBe('median');
    expect(existsSync(join(dir, 'out/global.safetensors'))).toBe(true);
  });

  test('no --input and no federated section', async () => {
    const dir = tempDir('fed-cfg-');
    writeFileSync(join(dir, 'model-deploy.yml'), 'model: { name: demo, artifacts: [global.safetensors] }\n');
    expect(await fails(dir, [])).toMatch(
      /nothing to aggregate: give --input PATH\[:WEIGHT\] or add a federated: section/,
    );
  });

  test('--dry-run validates without writing', async () => {
    const dir = clients();
    const { options } = parseInvocation(aggregate, [...twoInputs, '--dry-run']);
    const ctx = { ...fakeContext(dir), dryRun: true };
    const result = await aggregate.run(ctx, options, []);
    expect(result.stdout).toMatch(/dry run: 2 clients, 2 tensors, 10 parameters/);
    expect(existsSync(join(dir, 'global.safetensors'))).toBe(false);
  });
});

describe('model-deploy aggregate as a child process', () => {
  const tsx = pathToFileURL(join(process.cwd(), 'node_modules/tsx/dist/loader.mjs')).href;
  const cli = ['--import', tsx, join(process.cwd(), 'src/bin.ts'), 'aggregate'];
  test('exit 2 and the tensor named on stderr for mismatched shapes', () => {
    const dir = clients((h) => {
      (h.b as { shape: number[] }).shape = [2, 2];
    });
    const r = spawnSync(process.execPath, [...cli, ...twoInputs], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tensor "b": b.safetensors has shape [2,2] but a.safetensors has [4]');
    expect(readdirSync(dir).sort()).toEqual(['a.safetensors', 'b.safetensors']);
  });

  test('exit 0 and a markdown report', () => {
    const dir = clients();
    const stdout = execFileSync(process.execPath, [...cli, ...twoInputs, '--method', 'trimmed-mean'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(stdout).toContain('### Federated aggregation: trimmed-mean:0.1, round 0');
    expect(existsSync(join(dir, 'global.safetensors'))).toBe(true);
  });
});

describe('cancellation', () => {
  test('an aborted run removes its temporary file and writes no output', async () => {
    const dir = clients();
    const controller = new AbortController();
    controller.abort(new Error('interrupted by SIGTERM'));
    const error = await aggregateCheckpoints({
      clients: ['a', 'b'].map((c) => ({ path: join(dir, `${c}.safetensors`), label: c })),
      method: { kind: 'fedavg' },
      out: join(dir, 'global.safetensors'),
      weightKey: 'num_samples',
      nonFinite: 'fail',
      chunkBytes: 8,
      signal: controller.signal,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toBe('interrupted by SIGTERM');
    expect(readdirSync(dir).sort()).toEqual(['a.safetensors', 'b.safetensors']);
  });
});

describe('federated: config section', () => {
  test.each([
    ['deltas: true', /federated\.deltas: deltas need a base/],
    [
      'method: fedavg-clip:3',
      /federated\.method: fedavg-clip clips updates relative to the previous global model: set base/,
    ],
    ['method: trimmed-mean:0.6', /federated\.method: the trimmed fraction must be below 0.5/],
    ['method: krum', /federated\.method: use fedavg, median, trimmed-mean:0.1 or fedavg-clip:NORM/],
  ])('%s is a config error with its line', async (line, message) => {
    const dir = tempDir('fed-cfg-');
    writeFileSync(
      join(dir, 'model-deploy.yml'),
      [
        'model: { name: demo, artifacts: [global.safetensors] }',
        'federated:',
        '  inputs: ["*.safetensors"]',
        `  ${line}`,
      ].join('\n'),
    );
    const text = await fails(dir, []);
    expect(text).toMatch(message);
    expect(text).toMatch(/model-deploy\.yml:4:/);
  });
});
