import { feedPickles, reportPickles, type ScanSink } from './model-scan.js';
import { PickleScanner } from './pickle.js';
import type { ModelPolicy } from './policy.js';
import type { Reader } from './reader.js';

/** torch._utils._element_size of each legacy storage class. */
const ELEMENT_SIZE: Record<string, number> = {
  DoubleStorage: 8,
  FloatStorage: 4,
  HalfStorage: 2,
  BFloat16Storage: 2,
  LongStorage: 8,
  IntStorage: 4,
  ShortStorage: 2,
  CharStorage: 1,
  ByteStorage: 1,
  BoolStorage: 1,
  ComplexDoubleStorage: 16,
  ComplexFloatStorage: 8,
  QUInt8Storage: 1,
  QInt8Storage: 1,
  QInt32Storage: 4,
  QUInt4x2Storage: 1,
  QUInt2x4Storage: 1,
};

/** Per pickle: the ints it pushes, the globals it imports, and whether it pushes anything else. */
interface PickleValues {
  ints: bigint[];
  globals: string[];
  others: number;
}

const INT_OPS = new Set([0x4b, 0x4d, 0x4a, 0x8a, 0x49]);
const NEUTRAL_OPS = new Set([0x80, 0x95, 0x94, 0x71, 0x72, 0x70, 0x2e]);

function readInt(code: number, buf: Buffer, p: number, next: number): bigint {
  switch (code) {
    case 0x4b:
      return BigInt(buf[p + 1]!);
    case 0x4d:
      return BigInt(buf.readUInt16LE(p + 1));
    case 0x4a:
      return BigInt(buf.readInt32LE(p + 1));
    case 0x8a: {
      const n = buf[p + 1]!;
      let v = 0n;
      for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(buf[p + 2 + i]!);
      if (n > 0 && buf[p + 1 + n]! & 0x80) v -= 1n << BigInt(8 * n);
      return v;
    }
    default: {
      const s = buf.toString('latin1', p + 1, next - 1).trim();
      return /^[+-]?\d+$/.test(s) ? BigInt(s) : -1n;
    }
  }
}

/**
 * torch's legacy_load reads `storages` as: a pickled count; per storage a pickled (key, location,
 * storage class), an int64 element count and the raw elements; then a pickled list of views. `tensors`:
 * a pickled count; per tensor a pickled (key, storage id, type), ndim (int32), 4 bytes, sizes and
 * strides (int64 × ndim each) and an int64 offset. Every pickle is scanned; the raw parts are skipped
 * exactly as torch skips them, so bytes it unpickles are never mistaken for data.
 */
export async function scanLegacyTorchMember(
  reader: Reader,
  name: string,
  file: string,
  policy: ModelPolicy,
  out: ScanSink,
): Promise<void> {
  let current: PickleValues = { ints: [], globals: [], others: 0 };
  const scanner = new PickleScanner({
    maxPickles: 1,
    onOp(code, buf, p, next) {
      if (INT_OPS.has(code)) current.ints.push(readInt(code, buf, p, next));
      else if (code === 0x63 || code === 0x93) current.others++;
      else if (!NEUTRAL_OPS.has(code)) current.others++;
    },
  });
  const fail = (message: string) => {
    out.add({
      file,
      rule: 'pickle-malformed',
      severity: 'high',
      message: `legacy torch "${name}": ${message}; it cannot be verified, so it is refused`,
    });
  };
  const next = async (): Promise<PickleValues | undefined> => {
    current = { ints: [], globals: [], others: 0 };
    const before = new Set(scanner.globals.keys());
    await feedPickles(scanner, reader);
    for (const [key, g] of scanner.globals)
      if (!before.has(key)) current.globals.push(`${g.module}.${g.name}`);
    return scanner.problems.length ? undefined : current;
  };
  const count = async (): Promise<number | undefined> => {
    const v = await next();
    if (!v) return undefined;
    if (v.ints.length !== 1 || v.others > 0) {
      fail('the count is not a plain integer');
      return undefined;
    }
    return Number(v.ints[0]);
  };
  const raw = async (pos: number, n: number): Promise<Buffer | undefined> => {
    const { buf } = await reader.window(pos, n);
    if (buf.length < n) {
      fail(`truncated at offset ${pos}`);
      return undefined;
    }
    return Buffer.from(buf.subarray(0, n));
  };
  try {
    const n = await count();
    if (n !== undefined) {
      for (let i = 0; i < n && !scanner.problems.length; i++) {
        scanner.resume(scanner.pos);
        const v = await next();
        if (!v) break;
        let pos = scanner.pos;
        if (name === 'storages') {
          const classes = v.globals.filter((g) => g.startsWith('torch.') && g.endsWith('Storage'));
          const size = ELEMENT_SIZE[classes[0]?.slice('torch.'.length) ?? ''];
          if (classes.length !== 1 || size === undefined) {
            fail(`storage ${i} does not name one storage class`);
            break;
          }
          const head = await raw(pos, 8);
          if (!head) break;
          const elements = head.readBigInt64LE(0);
          pos += 8 + Number(elements) * size;
          if (elements < 0n) {
            fail(`storage ${i} has a negative size`);
            break;
          }
        } else {
          const head = await raw(pos, 8);
          if (!head) break;
          const ndim = head.readInt32LE(0);
          if (ndim < 0) {
            fail(`tensor ${i} has a negative ndim`);
            break;
          }
          pos += 8 + 16 * ndim + 8;
        }
        scanner.resume(pos);
      }
      // storage views follow the storages
      if (name === 'storages' && !scanner.problems.length) {
        scanner.resume(scanner.pos);
        await next();
      }
    }
  } catch (error) {
    fail((error as Error).message);
  }
  if (scanner.pickles === 0 && !scanner.problems.length) scanner.truncatedAt(0);
  reportPickles(scanner, file, 'torch-legacy', policy, out, { bytes: reader.size });
}
