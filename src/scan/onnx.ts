/** ONNX ModelProto header check: the first top-level protobuf fields must be ModelProto's. */

const MODEL_FIELDS = new Set([1, 2, 3, 4, 5, 6, 7, 8, 14, 20, 25]);

function varint(buf: Buffer, p: number): [number, number] | undefined {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < 10 && p + i < buf.length; i++) {
    const b = buf[p + i]!;
    v += (b & 0x7f) * mul;
    mul *= 128;
    if (!(b & 0x80)) return [v, p + i + 1];
  }
  return undefined;
}

export interface OnnxHeader {
  irVersion?: number;
  producer?: string;
}

/** Reads top-level fields from `prefix`; undefined when the bytes are not an ONNX model. */
export function readOnnxHeader(prefix: Buffer, fileLength: number): OnnxHeader | undefined {
  const header: OnnxHeader = {};
  let p = 0;
  let fields = 0;
  while (p < prefix.length && fields < 16) {
    const tag = varint(prefix, p);
    if (!tag) break;
    const [key, afterTag] = tag;
    const field = Math.floor(key / 8);
    const wire = key & 7;
    if (!MODEL_FIELDS.has(field)) return undefined;
    if (wire === 0) {
      const v = varint(prefix, afterTag);
      if (!v) break;
      if (field === 1) {
        if (v[0] < 1 || v[0] > 64) return undefined;
        header.irVersion = v[0];
      }
      p = v[1];
    } else if (wire === 2) {
      const len = varint(prefix, afterTag);
      if (!len || len[1] + len[0] > fileLength) return undefined;
      if (field === 2 && len[1] + len[0] <= prefix.length)
        header.producer = prefix.toString('utf8', len[1], len[1] + len[0]);
      p = len[1] + len[0];
    } else return undefined;
    fields++;
  }
  return fields > 0 && header.irVersion !== undefined ? header : undefined;
}
