import picomatch from 'picomatch';
import type { ScanConfig, Severity } from '../config/sections/scan.js';

/**
 * Globals that real PyTorch / NumPy / collections checkpoints import (protocols 0–5, NumPy 1 and 2
 * module names, torch's own weights_only allowlist). Everything else is at least high.
 */
export const SAFE_GLOBALS: ReadonlySet<string> = new Set([
  'collections.OrderedDict',
  'collections.Counter',
  'collections.defaultdict',
  'builtins.set',
  'builtins.frozenset',
  'builtins.bytearray',
  'builtins.bytes',
  'builtins.complex',
  'builtins.slice',
  'builtins.range',
  '_codecs.encode',
  'copyreg._reconstructor',
  // joblib.load reads the array that follows it from the file (followed by the scanner)
  'joblib.numpy_pickle.NumpyArrayWrapper',
  'numpy.dtype',
  'numpy.ndarray',
  'numpy.core.multiarray._reconstruct',
  'numpy._core.multiarray._reconstruct',
  'numpy.core.multiarray.scalar',
  'numpy._core.multiarray.scalar',
  'numpy.core.numeric._frombuffer',
  'numpy._core.numeric._frombuffer',
  'torch._utils._rebuild_tensor',
  'torch._utils._rebuild_tensor_v2',
  'torch._utils._rebuild_tensor_v3',
  'torch._utils._rebuild_parameter',
  'torch._utils._rebuild_parameter_with_state',
  'torch._utils._rebuild_qtensor',
  'torch._utils._rebuild_sparse_tensor',
  'torch._utils._rebuild_meta_tensor_no_storage',
  'torch._utils._rebuild_device_tensor_from_numpy',
  'torch._tensor._rebuild_from_type_v2',
  'torch.nn.parameter.Parameter',
  'torch.serialization._get_layout',
  'torch.Size',
  'torch.device',
  'torch.storage.UntypedStorage',
  ...[
    'Long',
    'Float',
    'Half',
    'BFloat16',
    'Double',
    'Bool',
    'Char',
    'Short',
    'Int',
    'Byte',
    'ComplexFloat',
    'ComplexDouble',
    'QUInt8',
    'QInt8',
    'QInt32',
    'QUInt4x2',
    'QUInt2x4',
  ].map((t) => `torch.${t}Storage`),
  ...[
    'float32',
    'float64',
    'float16',
    'bfloat16',
    'complex64',
    'complex128',
    'uint8',
    'int8',
    'int16',
    'int32',
    'int64',
    'bool',
    'float8_e4m3fn',
    'float8_e5m2',
    'strided',
    'sparse_coo',
    'sparse_csr',
    'per_tensor_affine',
    'per_channel_affine',
  ].map((t) => `torch.${t}`),
]);

/** Modules whose every member can run code, touch the OS or the network, or load another pickle. */
const CRITICAL_MODULES = [
  'os',
  'posix',
  'nt',
  'subprocess',
  'commands',
  'popen2',
  'pty',
  'sys',
  'runpy',
  'importlib',
  'imp',
  'zipimport',
  'pkgutil',
  'marshal',
  'types',
  'pickle',
  '_pickle',
  'cPickle',
  'dill',
  'cloudpickle',
  'shelve',
  'socket',
  'ssl',
  'shutil',
  'ctypes',
  'code',
  'codeop',
  'pdb',
  'bdb',
  'trace',
  'timeit',
  'cProfile',
  'profile',
  'pydoc',
  'doctest',
  'ensurepip',
  'pip',
  'venv',
  'distutils',
  'setuptools',
  'webbrowser',
  'asyncio',
  'multiprocessing',
  '_posixsubprocess',
  'signal',
  'operator',
  '_operator',
  'functools',
  'urllib',
  'urllib2',
  'http',
  'httplib',
  'requests',
  'aiohttp',
  'ftplib',
  'smtplib',
  'telnetlib',
  'imaplib',
  'poplib',
  'idlelib',
  'lib2to3',
  'uuid',
  '_osx_support',
  '_aix_support',
  '_pyrepl',
  'test',
  'numpy.f2py',
  'numpy.testing',
  'numpy.distutils',
  'torch.serialization',
  'torch.hub',
  'torch.jit',
  'torch._dynamo',
  'torch._inductor',
  'torch.fx',
  'torch.utils',
  'torch.package',
  'posixpath',
  'ntpath',
  'genericpath',
  'io',
  '_io',
  'codecs',
  'tempfile',
  'pathlib',
  'fileinput',
  'tarfile',
  'zipfile',
  'gzip',
  'bz2',
  'lzma',
  '_thread',
  'threading',
  'concurrent',
  'sched',
  'readline',
  'rlcompleter',
  'site',
  'sysconfig',
  'platform',
  'joblib.numpy_pickle_compat',
  'joblib.numpy_pickle.NDArrayWrapper',
  'joblib.numpy_pickle.ZNDArrayWrapper',
  'shlex',
];

/** Single callables that run code, reach attributes or open files. */
const CRITICAL_NAMES = new Set([
  ...[
    'eval',
    'exec',
    'execfile',
    'compile',
    'getattr',
    'setattr',
    'delattr',
    '__import__',
    'open',
    'breakpoint',
    'input',
    'globals',
    'locals',
    'vars',
    'apply',
    'reload',
    'file',
    'type',
    '__build_class__',
    'memoryview',
    'help',
  ].map((n) => `builtins.${n}`),
  'numpy.load',
  'numpy.loads',
  'numpy.fromfile',
  'numpy.save',
  'numpy.lib.npyio.load',
  'torch.load',
  'torch.save',
  'joblib.load',
  '_io.FileIO',
  'io.FileIO',
  'io.open',
  '_io.open',
  'logging.FileHandler',
  'copyreg._extension_registry',
]);

/**
 * Attribute names that run code, import, spawn processes or touch files wherever they are reached
 * from (`posixpath.os.system`, `numpy.lib.npyio.pickle.loads`, `builtins.eval.__call__`).
 */
const CRITICAL_ATTRIBUTES = new Set([
  'eval',
  'exec',
  'execfile',
  'compile',
  '__import__',
  'import_module',
  'load_module',
  'exec_module',
  'run_path',
  'run_module',
  'open',
  'fdopen',
  'system',
  'popen',
  'startfile',
  'getattr',
  'setattr',
  'delattr',
  'attrgetter',
  'methodcaller',
  'breakpoint',
  'globals',
  'locals',
  'vars',
  'builtins',
  '__builtin__',
  '__builtins__',
  '__globals__',
  '__subclasses__',
  '__code__',
  '__loader__',
  '__reduce__',
  '__reduce_ex__',
  '__setstate__',
  'load',
  'loads',
  'fromfile',
  'memmap',
  'tofile',
  'save',
  'savez',
  'dump',
  'dumps',
  'write_text',
  'write_bytes',
  'rmtree',
  'unlink',
  'remove',
  'rename',
  'replace',
  'copyfile',
  'extractall',
  'FileIO',
  'FileHandler',
  // joblib's pre-0.10 wrappers np.load another file named in the pickle with allow_pickle=True
  'NDArrayWrapper',
  'ZNDArrayWrapper',
]);

/** exec*, spawn*, popen2..., posix_spawn: process creation under any module. */
const PROCESS_ATTRIBUTE = /^(exec[lv]p?e?|spawn[lv]p?e?|posix_spawnp?|popen\d?|fork(pty)?|kill(pg)?)$/;

const CRITICAL_MODULE_SET = new Set(CRITICAL_MODULES);

/**
 * True when `q` (a dotted path the unpickler walks with getattr from its first module) can reach
 * code: it names a critical callable or module, has one as a prefix, or passes through one as an
 * attribute further along (`posixpath.os.system`, `torch.nn.functional.torch.load`).
 */
export function reachesCode(q: string): boolean {
  const parts = q.split('.');
  for (let i = 0; i < parts.length; i++) {
    const rest = parts.slice(i).join('.');
    if (CRITICAL_NAMES.has(rest) || CRITICAL_MODULES.some((m) => rest === m || rest.startsWith(`${m}.`)))
      return true;
    for (let j = i + 1; j < parts.length; j++)
      if (CRITICAL_NAMES.has(parts.slice(i, j).join('.'))) return true;
    const part = parts[i]!;
    if (
      i > 0 &&
      (CRITICAL_ATTRIBUTES.has(part) || PROCESS_ATTRIBUTE.test(part) || CRITICAL_MODULE_SET.has(part))
    )
      return true;
  }
  return false;
}

/** Python 2 names that Python 3's unpickler maps (fix_imports, _compat_pickle). */
const COMPAT_MODULES: Record<string, string> = {
  __builtin__: 'builtins',
  commands: 'subprocess',
  copy_reg: 'copyreg',
  cPickle: 'pickle',
  exceptions: 'builtins',
  urllib2: 'urllib.request',
  httplib: 'http.client',
  cStringIO: 'io',
  StringIO: 'io',
  thread: '_thread',
  Queue: 'queue',
  SocketServer: 'socketserver',
  UserDict: 'collections',
  UserList: 'collections',
};

/** `module.name` as Python 3 resolves it. */
export function qualifiedName(module: string, name: string): string {
  return `${COMPAT_MODULES[module] ?? module}.${name}`;
}

export type Verdict = { severity: 'allowed'; reason: string } | { severity: Severity; reason: string };

interface GlobRule {
  matchFile: (file: string) => boolean;
  globals: string[];
}

/** Allow/deny lists from config, compiled once. Pure: no file system, no clock. */
export interface ModelPolicy {
  failOn: ScanConfig['model']['fail-on'];
  allow: GlobRule[];
  deny: GlobRule[];
  maxFileSize?: number;
}

export function modelPolicy(config?: Partial<ScanConfig['model']>): ModelPolicy {
  const compile = (rules: { files: string; globals: string[] }[] = []): GlobRule[] =>
    rules.map((r) => ({ matchFile: picomatch(r.files, { dot: true }), globals: r.globals }));
  return {
    failOn: config?.['fail-on'] ?? 'high',
    allow: compile(config?.allow),
    deny: compile(config?.deny),
    maxFileSize: config?.['max-file-size'],
  };
}

/** `torch.*` matches every member of torch and its submodules; other entries match exactly. */
function listed(list: string[], qualified: string): boolean {
  return list.some((g) => (g.endsWith('.*') ? qualified.startsWith(g.slice(0, -1)) : g === qualified));
}

/** Path used for per-file globs: the member inside archives/layers (`a.zip!x/data.pkl` → both tried). */
function filesFor(file: string): string[] {
  const parts = file.split('!');
  return parts.length > 1 ? [file, parts[parts.length - 1]!, parts[0]!] : [file];
}

export function classifyGlobal(
  policy: ModelPolicy,
  file: string,
  global: { module: string; name: string; resolved: boolean },
): Verdict {
  if (!global.resolved) {
    return {
      severity: 'critical',
      reason: 'import that cannot be resolved statically (treated as dangerous)',
    };
  }
  const q = qualifiedName(global.module, global.name);
  const files = filesFor(file);
  const applies = (r: GlobRule) => files.some((f) => r.matchFile(f));
  if (policy.deny.some((r) => applies(r) && listed(r.globals, q))) {
    return { severity: 'critical', reason: 'denied by scan.model.deny' };
  }
  if (SAFE_GLOBALS.has(q)) return { severity: 'allowed', reason: 'allowlisted' };
  if (reachesCode(q)) {
    return { severity: 'critical', reason: 'can execute code or reach the system on load' };
  }
  if (policy.allow.some((r) => applies(r) && listed(r.globals, q))) {
    return { severity: 'allowed', reason: 'allowed by scan.model.allow' };
  }
  return { severity: 'high', reason: 'not in the allowlist of checkpoint globals' };
}

export const SEVERITY_RANK: Record<Severity, number> = {
  unknown: 0,
  low: 1,
  medium: 2,
  high: 3,
  critical: 4,
};

/** True when a finding of `severity` fails a policy with `failOn`. */
export function fails(severity: Severity, failOn: Severity | 'never'): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
