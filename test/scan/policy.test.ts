import { describe, expect, it } from 'vitest';
import { classifyGlobal, fails, modelPolicy, qualifiedName } from '../../src/scan/policy.js';

const g = (module: string, name: string, resolved = true) => ({ module, name, resolved });

describe('allowlist policy', () => {
  const policy = modelPolicy({
    'fail-on': 'high',
    allow: [
      { files: 'tokenizer/**', globals: ['tokenizers.models.BPE'] },
      { files: '**/*.joblib', globals: ['sklearn.*'] },
    ],
    deny: [{ files: 'release/**', globals: ['torch._utils._rebuild_tensor_v2'] }],
  });

  it.each([
    ['collections', 'OrderedDict', 'allowed'],
    ['torch._utils', '_rebuild_tensor_v2', 'allowed'],
    ['numpy._core.multiarray', '_reconstruct', 'allowed'],
    ['numpy.core.multiarray', '_reconstruct', 'allowed'],
    ['_codecs', 'encode', 'allowed'],
    ['__builtin__', 'set', 'allowed'],
    ['__builtin__', 'eval', 'critical'],
    ['builtins', 'getattr', 'critical'],
    ['posix', 'system', 'critical'],
    ['os.path', 'join', 'critical'],
    ['subprocess', 'check_output', 'critical'],
    ['commands', 'getoutput', 'critical'],
    ['importlib', 'import_module', 'critical'],
    ['marshal', 'loads', 'critical'],
    ['operator', 'attrgetter', 'critical'],
    ['torch.serialization', 'load', 'critical'],
    ['torch', 'load', 'critical'],
    ['numpy', 'load', 'critical'],
    ['requests.api', 'get', 'critical'],
    ['posixpath', 'os.system', 'critical'],
    ['builtins', 'eval.__call__', 'critical'],
    ['nt', 'system', 'critical'],
    ['numpy.lib.npyio', 'pickle.loads', 'critical'],
    ['torch.nn.functional', 'torch.load', 'critical'],
    ['pty', 'spawn', 'critical'],
    ['shutil', 'copyfile', 'critical'],
    ['io', 'open', 'critical'],
    ['pathlib', 'Path.write_text', 'critical'],
    ['some.module', 'os.execv', 'critical'],
    ['random', 'Random', 'high'],
    ['builtins', 'print', 'high'],
    ['torch.nn.modules.linear', 'Linear', 'high'],
  ])('%s.%s is %s', (module, name, verdict) => {
    expect(classifyGlobal(policy, 'model.pt', g(module, name)).severity).toBe(verdict);
  });

  it('treats an unresolved import as critical', () => {
    expect(classifyGlobal(policy, 'model.pt', g('?', 'system', false))).toMatchObject({
      severity: 'critical',
    });
  });

  it('applies allow entries only to matching files, archive members included', () => {
    expect(classifyGlobal(policy, 'tokenizer/bpe.pkl', g('tokenizers.models', 'BPE')).severity).toBe(
      'allowed',
    );
    expect(classifyGlobal(policy, 'other/bpe.pkl', g('tokenizers.models', 'BPE')).severity).toBe('high');
    expect(
      classifyGlobal(policy, 'model.joblib', g('sklearn.linear_model._base', 'LinearRegression')).severity,
    ).toBe('allowed');
    expect(
      classifyGlobal(policy, 'layer sha256:ab!srv/m/model.joblib', g('sklearn.tree', 'DecisionTree'))
        .severity,
    ).toBe('allowed');
  });

  it('never lets allow override a code-execution global; deny beats the allowlist', () => {
    const loose = modelPolicy({ allow: [{ files: '**', globals: ['os.*', 'builtins.eval'] }] });
    expect(classifyGlobal(loose, 'a.pkl', g('os', 'system')).severity).toBe('critical');
    expect(classifyGlobal(loose, 'a.pkl', g('builtins', 'eval')).severity).toBe('critical');
    const everything = modelPolicy({ allow: [{ files: '**', globals: ['posixpath.*', 'numpy.*'] }] });
    expect(classifyGlobal(everything, 'a.pkl', g('posixpath', 'os.system')).severity).toBe('critical');
    expect(classifyGlobal(everything, 'a.pkl', g('numpy', 'testing.os.popen')).severity).toBe('critical');
    expect(classifyGlobal(policy, 'release/model.pt', g('torch._utils', '_rebuild_tensor_v2'))).toEqual({
      severity: 'critical',
      reason: 'denied by scan.model.deny',
    });
  });

  it('maps Python 2 names the way the unpickler does', () => {
    expect(qualifiedName('__builtin__', 'eval')).toBe('builtins.eval');
    expect(qualifiedName('copy_reg', '_reconstructor')).toBe('copyreg._reconstructor');
  });

  it.each([
    ['critical', 'high', true],
    ['high', 'high', true],
    ['medium', 'high', false],
    ['critical', 'never', false],
    ['unknown', 'unknown', true],
  ] as const)('%s fails fail-on %s: %s', (severity, failOn, expected) => {
    expect(fails(severity, failOn)).toBe(expected);
  });
});
