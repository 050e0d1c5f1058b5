import { BinaryReader } from '@protobuf-ts/runtime';
import { ApiError, badRequest } from './status.js';

/**
 * Decodes the `application/vnd.kubernetes.protobuf` bodies kubectl's typed clients send
 * (`create configmap|secret|namespace`, `auth can-i`): the `k8s\0` envelope around a
 * runtime.Unknown, whose raw bytes are the object in the field numbering of k8s.io/api's
 * generated.proto. Only the kinds listed here are understood; others are 415.
 */

type Field =
  | [name: string, type: 'string' | 'bytes' | 'bool' | 'int' | 'strings' | 'map' | 'bytesMap']
  | [name: string, type: 'message', message: Message];
type Message = Record<number, Field>;

const OBJECT_META: Message = {
  1: ['name', 'string'],
  2: ['generateName', 'string'],
  3: ['namespace', 'string'],
  6: ['resourceVersion', 'string'],
  11: ['labels', 'map'],
  12: ['annotations', 'map'],
  14: ['finalizers', 'strings'],
};

const KINDS: Record<string, Message> = {
  'v1/ConfigMap': {
    1: ['metadata', 'message', OBJECT_META],
    2: ['data', 'map'],
    3: ['binaryData', 'bytesMap'],
    4: ['immutable', 'bool'],
  },
  'v1/Secret': {
    1: ['metadata', 'message', OBJECT_META],
    2: ['data', 'bytesMap'],
    3: ['type', 'string'],
    4: ['stringData', 'map'],
    5: ['immutable', 'bool'],
  },
  'v1/Namespace': {
    1: ['metadata', 'message', OBJECT_META],
    2: ['spec', 'message', { 1: ['finalizers', 'strings'] }],
  },
  'authorization.k8s.io/v1/SelfSubjectAccessReview': {
    1: ['metadata', 'message', OBJECT_META],
    2: [
      'spec',
      'message',
      {
        1: [
          'resourceAttributes',
          'message',
          {
            1: ['namespace', 'string'],
            2: ['verb', 'string'],
            3: ['group', 'string'],
            4: ['version', 'string'],
            5: ['resource', 'string'],
            6: ['subresource', 'string'],
            7: ['name', 'string'],
          },
        ],
        2: ['nonResourceAttributes', 'message', { 1: ['path', 'string'], 2: ['verb', 'string'] }],
      },
    ],
  },
};

const MAGIC = [0x6b, 0x38, 0x73, 0x00];

function base64(b: Uint8Array): string {
  return Buffer.from(b).toString('base64');
}

function readMessage(r: BinaryReader, end: number, msg: Message): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  while (r.pos < end) {
    const [no, wire] = r.tag();
    const field = msg[no];
    if (!field) {
      r.skip(wire);
      continue;
    }
    const [name, type] = field;
    switch (type) {
      case 'string':
        out[name] = r.string();
        break;
      case 'bytes':
        out[name] = base64(r.bytes());
        break;
      case 'bool':
        out[name] = r.bool();
        break;
      case 'int':
        out[name] = r.int64().toNumber();
        break;
      case 'strings':
        out[name] = [...((out[name] as string[] | undefined) ?? []), r.string()];
        break;
      case 'map':
      case 'bytesMap': {
        const len = r.uint32();
        const entry = readEntry(r, r.pos + len, type === 'bytesMap');
        out[name] = { ...((out[name] as object | undefined) ?? {}), [entry[0]]: entry[1] };
        break;
      }
      case 'message': {
        const len = r.uint32();
        out[name] = readMessage(r, r.pos + len, field[2]!);
        break;
      }
    }
  }
  return out;
}

function readEntry(r: BinaryReader, end: number, bytes: boolean): [string, string] {
  let key = '';
  let value = '';
  while (r.pos < end) {
    const [no, wire] = r.tag();
    if (no === 1) key = r.string();
    else if (no === 2) value = bytes ? base64(r.bytes()) : r.string();
    else r.skip(wire);
  }
  return [key, value];
}

/** The JSON object a Kubernetes protobuf request body encodes. */
export function decodeKubernetesProtobuf(body: Buffer): Record<string, unknown> {
  if (body.length < 4 || MAGIC.some((b, i) => body[i] !== b)) {
    throw badRequest('the body of the request is not a Kubernetes protobuf message (no k8s\\0 prefix)');
  }
  try {
    const r = new BinaryReader(body.subarray(4));
    let apiVersion = '';
    let kind = '';
    let raw: Uint8Array | undefined;
    while (r.pos < r.len) {
      const [no, wire] = r.tag();
      if (no === 1) {
        const len = r.uint32();
        const meta = readMessage(r, r.pos + len, { 1: ['apiVersion', 'string'], 2: ['kind', 'string'] });
        apiVersion = (meta.apiVersion as string | undefined) ?? '';
        kind = (meta.kind as string | undefined) ?? '';
      } else if (no === 2) raw = r.bytes();
      else r.skip(wire);
    }
    const msg = KINDS[`${apiVersion}/${kind}`];
    if (!msg) {
      throw new ApiError(
        415,
        'UnsupportedMediaType',
        `the simulated cluster decodes protobuf bodies only for ${Object.keys(KINDS).join(', ')}; this ${apiVersion} ${kind} was sent as protobuf (a kubectl generator such as create job/deployment or run): send it as JSON or YAML, e.g. kubectl apply -f`,
      );
    }
    const inner = new BinaryReader(raw ?? new Uint8Array());
    return { apiVersion, kind, ...readMessage(inner, inner.len, msg) };
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw badRequest(`the body of the request could not be decoded as protobuf: ${(error as Error).message}`);
  }
}
