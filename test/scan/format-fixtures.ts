/** Writers of small safetensors and GGUF files, laid out as the reference writers lay them out. */

export interface StTensor {
  dtype: string;
  shape: number[];
  data: Buffer;
}

/**
 * A safetensors file: JSON header (padded with spaces to `headerSize` when given), then the data.
 * `offsets` adds or replaces entries with raw U8 tensors at the given [begin, end] (for bad layouts).
 */
export function safetensorsFile(
  tensors: Record<string, StTensor>,
  headerSize?: number,
  offsets: Record<string, [number, number]> = {},
): Buffer {
  const header: Record<string, unknown> = {};
  const data: Buffer[] = [];
  let at = 0;
  for (const [name, t] of Object.entries(tensors)) {
    header[name] = { dtype: t.dtype, shape: t.shape, data_offsets: [at, at + t.data.length] };
    data.push(t.data);
    at += t.data.length;
  }
  for (const [name, [b, e]] of Object.entries(offsets)) {
    header[name] = { dtype: 'U8', shape: [e - b], data_offsets: [b, e] };
    if (e > at) {
      data.push(Buffer.alloc(e - at));
      at = e;
    }
  }
  let json = JSON.stringify(header);
  if (headerSize !== undefined) {
    if (json.length > headerSize) throw new Error(`header needs ${json.length} bytes`);
    json = json.padEnd(headerSize, ' ');
  }
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(Buffer.byteLength(json)));
  return Buffer.concat([len, Buffer.from(json), ...data]);
}

export interface GgufTensorSpec {
  name: string;
  dims: bigint[];
  type: number;
  offset: bigint;
}

const str = (s: string) => {
  const b = Buffer.from(s);
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(b.length));
  return Buffer.concat([len, b]);
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const u64 = (n: bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(n);
  return b;
};

/** A GGUF v3 file: general.architecture (+ general.alignment), tensor infos, padding, `dataBytes` of data. */
export function ggufFile(
  tensors: GgufTensorSpec[],
  options: { alignment?: number; dataBytes?: number } = {},
): Buffer {
  const kvs = [Buffer.concat([str('general.architecture'), u32(8), str('llama')])];
  if (options.alignment !== undefined)
    kvs.push(Buffer.concat([str('general.alignment'), u32(4), u32(options.alignment)]));
  const infos = tensors.map((t) =>
    Buffer.concat([str(t.name), u32(t.dims.length), ...t.dims.map(u64), u32(t.type), u64(t.offset)]),
  );
  const head = Buffer.concat([
    Buffer.from('GGUF'),
    u32(3),
    u64(BigInt(tensors.length)),
    u64(BigInt(kvs.length)),
    ...kvs,
    ...infos,
  ]);
  const align = options.alignment ?? 32;
  const pad = (align - (head.length % align)) % align;
  return Buffer.concat([head, Buffer.alloc(pad), Buffer.alloc(options.dataBytes ?? 0)]);
}

/** A stored (uncompressed) zip, laid out like PyTorch's writer; CRCs are left 0 (the scanner does not check them). */
export function storedZip(files: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
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

/** An .npy file (format version 1.0) with the given header dict text, padded as numpy pads it. */
export function npyFile(dict: string, data: Buffer): Buffer {
  const unpadded = 10 + dict.length + 1;
  const header = `${dict}${' '.repeat((64 - (unpadded % 64)) % 64)}\n`;
  const len = Buffer.alloc(2);
  len.writeUInt16LE(header.length);
  return Buffer.concat([
    Buffer.from('\x93NUMPY\x01\x00', 'latin1'),
    len,
    Buffer.from(header, 'latin1'),
    data,
  ]);
}
