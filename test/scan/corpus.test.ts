import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanSink, scanFile } from '../../src/scan/model-scan.js';
import { fails, modelPolicy } from '../../src/scan/policy.js';
import { python, runPython } from '../support/components.js';

const py = python();
const script = fileURLToPath(new URL('../fixtures/scan/corpus.py', import.meta.url));

describe.skipIf(!py.available)('corpus made by python3 pickle/zipfile/numpy', () => {
  let dir = '';
  const results = new Map<string, ScanSink>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scan-corpus-'));
    runPython(
      `import runpy, sys; sys.argv = ['x', ${JSON.stringify(dir)}]; runpy.run_path(${JSON.stringify(script)})`,
    );
    for (const kind of ['benign', 'malicious']) {
      for (const f of readdirSync(join(dir, kind))) {
        const out = new ScanSink();
        await scanFile(join(dir, kind, f), modelPolicy(), out, f);
        results.set(`${kind}/${f}`, out);
      }
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const failing = (out: ScanSink) => out.findings.filter((f) => fails(f.severity, 'high'));
  const globalsOf = (name: string) => results.get(name)!.findings.map((f) => f.global);

  it('passes every benign file without a single finding', () => {
    const benign = [...results].filter(([k]) => k.startsWith('benign/'));
    expect(benign.length).toBeGreaterThanOrEqual(34);
    for (const [name, out] of benign) expect(out.findings, name).toEqual([]);
  });

  it('fails every malicious file', () => {
    const malicious = [...results].filter(([k]) => k.startsWith('malicious/'));
    expect(malicious.length).toBeGreaterThanOrEqual(90);
    for (const [name, out] of malicious) expect(failing(out).length, name).toBeGreaterThan(0);
  });

  it('reads torch-shaped checkpoints of every protocol and sees their real globals', () => {
    for (let p = 0; p <= 5; p++) {
      const file = results.get(`benign/state_dict_p${p}.pt`)!.files[0]!;
      // protocol 0 writes persistent ids as text (PERSID), so the storage class is not an import there
      const expected = [
        'collections.OrderedDict',
        'torch._utils._rebuild_tensor_v2',
        'torch._utils._rebuild_parameter',
      ];
      if (p > 0) expected.push('torch.FloatStorage', 'torch.HalfStorage');
      expect(file.globals!.map((g) => g.global)).toEqual(expect.arrayContaining(expected));
      expect(file.globals!.every((g) => g.verdict === 'allowed')).toBe(true);
    }
    expect(results.get('benign/legacy.bin')!.files[0]).toMatchObject({ format: 'torch-legacy', pickles: 5 });
    expect(results.get('benign/model.pt')!.files.map((f) => f.format)).toContain('torch-zip');
    expect(results.get('benign/numpy_p2.pkl')!.files[0]!.globals!.map((g) => g.global)).toContain(
      '_codecs.encode',
    );
  });

  it('resolves STACK_GLOBAL through the memo the way Python does', () => {
    for (const f of [
      'stack_global',
      'stack_global_memo',
      'stack_global_binget',
      'stack_global_long_binget',
    ]) {
      expect(globalsOf(`malicious/${f}.pkl`)).toEqual(['os.system']);
    }
    // PUT 1 'torch' then MEMOIZE (len(memo) == 1) overwrites key 1 with 'os'
    expect(globalsOf('malicious/stack_global_memo_confusion.pkl')).toEqual(['os.system']);
    expect(globalsOf('malicious/stack_global_proto0_strings.pkl')).toEqual(['posix.system']);
    expect(results.get('malicious/stack_global_dup.pkl')!.findings[0]).toMatchObject({
      severity: 'critical',
    });
    expect(globalsOf('malicious/ext.pkl')[0]).toMatch(/^copyreg\._extension_registry/);
  });

  it('finds payloads after a benign pickle, in renamed zip members, legacy files and object arrays', () => {
    expect(globalsOf('malicious/second_pickle.pkl')).toEqual(['posix.system']);
    expect(globalsOf('malicious/third_pickle_p0.pkl')).toEqual(['os.system']);
    expect(results.get('malicious/renamed_member.pt')!.findings[0]!.file).toBe(
      'renamed_member.pt!archive/data/7',
    );
    expect(results.get('malicious/renamed_member_p0.pt')!.findings[0]!.file).toBe(
      'renamed_member_p0.pt!archive/extra/notes.txt',
    );
    expect(globalsOf('malicious/legacy_evil_keys.bin')).toEqual(['posix.system']);
    expect(results.get('malicious/object.npz')!.findings[0]!.file).toBe('object.npz!evil.npy');
    expect(globalsOf('malicious/object.npy')).toEqual(['posix.system']);
    expect(globalsOf('malicious/reduce_subprocess_p2.pkl')).toEqual(['subprocess.Popen']);
    expect(results.get('malicious/payload.pkl.gz')!.findings[0]!.file).toBe('payload.pkl.gz!gunzip');
    expect(results.get('malicious/payload.joblib')!.findings[0]!.file).toBe('payload.joblib!inflate');
    expect(results.get('malicious/legacy_tar.pt')!.findings[0]!.file).toBe('legacy_tar.pt!pickle');
    expect(results.get('malicious/payload_bz2.joblib')!.findings[0]!.file).toBe('payload_bz2.joblib!bunzip2');
  });

  it('grades severities: code execution is critical, anything else off the allowlist high', () => {
    expect(results.get('malicious/reduce_not_allowlisted_p2.pkl')!.findings.map((f) => f.severity)).toEqual([
      'high',
    ]);
    for (const name of [
      'eval',
      'exec',
      'getattr',
      'import',
      'runpy',
      'importlib',
      'marshal',
      'pty',
      'socket',
    ]) {
      const out = results.get(`malicious/reduce_${name}_p2.pkl`)!;
      expect(
        out.findings.map((f) => f.severity),
        name,
      ).toContain('critical');
    }
  });
});
