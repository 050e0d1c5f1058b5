import { basename, posix } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type BlobSource, fileSource, gzipSource, segmentsSource } from './blob-source.js';
import { type Digest, DigestCounter, sha256 } from './digest.js';
import type { ModelFile } from './files.js';
import { mapLimit } from './limit.js';
import { Annotation, MediaType, type ModelLayerKind, modelLayerMediaType } from './media-types.js';
import { parentDirectories, type TarEntry, tarSegments } from './tar.js';
import type { Descriptor, ImageConfig, Manifest } from './types.js';

export interface PackedLayer {
  descriptor: Descriptor;
  diffId: Digest;
  source: BlobSource;
  /** The model file the layer holds (for progress lines). */
  file: string;
}

/** A base image the model layers go on top of; its layers are mounted or copied at push time. */
export interface BaseImage {
  /** `registry/repository` when it lives in a registry (cross-repository mount needs it). */
  registry?: string;
  repository?: string;
  name: string;
  digest: Digest;
  manifest: Manifest;
  config: ImageConfig;
  open(desc: Descriptor): BlobSource;
}

export interface PackOptions {
  files: ModelFile[];
  artifact: 'image' | 'modelpack';
  /** Absolute directory of the model files in a runnable image (env MODEL_DIR). */
  modelDir: string;
  /** Files smaller than this are gzipped; larger ones stored as they are. */
  compressBelow: number;
  /** Seconds since the epoch for every tar entry and `created` (SOURCE_DATE_EPOCH or 0). */
  epoch: number;
  labels: Record<string, string>;
  model: { name: string; version?: string; framework?: string; description?: string };
  base?: BaseImage;
  concurrency: number;
}

export interface PackedImage {
  manifest: Manifest;
  manifestBytes: Buffer;
  digest: Digest;
  mediaType: string;
  config: { descriptor: Descriptor; bytes: Buffer };
  layers: PackedLayer[];
  base?: BaseImage;
}

/** Packs model files as OCI layers, one per file; the same files and options give the same digest. */
export async function packModel(options: PackOptions): Promise<PackedImage> {
  const created = new Date(options.epoch * 1000).toISOString().replace(/\.000Z$/, 'Z');
  const layers = await mapLimit(options.files, options.concurrency, (file) =>
    options.artifact === 'modelpack' ? modelPackLayer(file, options) : imageLayer(file, options),
  );
  const labels = sortedRecord(options.labels);
  const { configBytes, configMediaType, artifactType } =
    options.artifact === 'modelpack'
      ? {
          configBytes: modelPackConfig(layers, options, created),
          configMediaType: MediaType.modelConfig,
          artifactType: MediaType.modelManifest,
        }
      : {
          configBytes: imageConfig(layers, options, created, labels),
          configMediaType: MediaType.ociConfig,
          artifactType: undefined,
        };
  const configDesc: Descriptor = {
    mediaType: configMediaType,
    digest: sha256(configBytes),
    size: configBytes.length,
  };
  const baseLayers =
    options.artifact === 'image' && options.base ? options.base.manifest.layers.map(ociLayerDescriptor) : [];
  const annotations = sortedRecord({
    ...Object.fromEntries(Object.entries(labels).filter(([k]) => k.startsWith('org.opencontainers.image.'))),
    [Annotation.created]: created,
    ...(options.base
      ? {
          'org.opencontainers.image.base.name': options.base.name,
          'org.opencontainers.image.base.digest': options.base.digest,
        }
      : {}),
  });
  const manifest: Manifest = {
    schemaVersion: 2,
    mediaType: MediaType.ociManifest,
    ...(artifactType ? { artifactType } : {}),
    config: configDesc,
    layers: [...baseLayers, ...layers.map((l) => l.descriptor)],
    annotations,
  };
  const manifestBytes = Buffer.from(JSON.stringify(manifest));
  return {
    manifest,
    manifestBytes,
    digest: sha256(manifestBytes),
    mediaType: MediaType.ociManifest,
    config: { descriptor: configDesc, bytes: configBytes },
    layers,
    ...(options.base && options.artifact === 'image' ? { base: options.base } : {}),
  };
}

/** Docker layer media types have OCI twins with the same bytes; an OCI manifest names the OCI ones. */
function ociLayerDescriptor(d: Descriptor): Descriptor {
  const mediaType =
    d.mediaType === MediaType.dockerLayerGzip
      ? MediaType.ociLayerGzip
      : d.mediaType === 'application/vnd.docker.image.rootfs.diff.tar'
        ? MediaType.ociLayer
        : d.mediaType;
  return {
    mediaType,
    digest: d.digest,
    size: d.size,
    ...(d.annotations ? { annotations: d.annotations } : {}),
  };
}

async function imageLayer(file: ModelFile, options: PackOptions): Promise<PackedLayer> {
  const inImage = posix.join(options.modelDir, file.name).replace(/^\/+/, '');
  const entries: TarEntry[] = [
    ...parentDirectories(inImage).map(
      (name): TarEntry => ({ name, type: 'directory', mode: 0o755, size: 0, mtime: options.epoch }),
    ),
    { name: inImage, type: 'file', mode: file.mode, size: file.size, mtime: options.epoch },
  ];
  const tar = segmentsSource(tarSegments(entries, () => ({ path: file.path, size: file.size })));
  const annotations = { [Annotation.title]: file.name };
  if (file.size >= options.compressBelow) {
    const { digest } = await hash(tar);
    return {
      descriptor: { mediaType: MediaType.ociLayer, digest, size: tar.size, annotations },
      diffId: digest,
      source: tar,
      file: file.name,
    };
  }
  const gz = await hashGzip(tar);
  return {
    descriptor: { mediaType: MediaType.ociLayerGzip, digest: gz.digest, size: gz.size, annotations },
    diffId: gz.diffId,
    source: gzipSource(tar, gz.size),
    file: file.name,
  };
}

async function modelPackLayer(file: ModelFile, options: PackOptions): Promise<PackedLayer> {
  const kind = modelLayerKind(file.name);
  const annotations = {
    [Annotation.modelFilepath]: file.name,
    [Annotation.modelFileMetadata]: JSON.stringify({
      name: basename(file.name),
      mode: file.mode,
      uid: 0,
      gid: 0,
      size: file.size,
      mtime: new Date(options.epoch * 1000).toISOString(),
      typeflag: 48,
    }),
    [Annotation.title]: file.name,
  };
  if (file.size >= options.compressBelow) {
    const raw = fileSource(file.path, file.size);
    const { digest } = await hash(raw);
    return {
      descriptor: { mediaType: modelLayerMediaType(kind, 'raw'), digest, size: file.size, annotations },
      diffId: digest,
      source: raw,
      file: file.name,
    };
  }
  const entries: TarEntry[] = [
    ...parentDirectories(file.name).map(
      (name): TarEntry => ({ name, type: 'directory', mode: 0o755, size: 0, mtime: options.epoch }),
    ),
    { name: file.name, type: 'file', mode: file.mode, size: file.size, mtime: options.epoch },
  ];
  const tar = segmentsSource(tarSegments(entries, () => ({ path: file.path, size: file.size })));
  const gz = await hashGzip(tar);
  return {
    descriptor: {
      mediaType: modelLayerMediaType(kind, 'tar+gzip'),
      digest: gz.digest,
      size: gz.size,
      annotations,
    },
    diffId: gz.diffId,
    source: gzipSource(tar, gz.size),
    file: file.name,
  };
}

const WEIGHT =
  /\.(safetensors|gguf|bin|pt|pth|ckpt|onnx|h5|keras|pb|tflite|npz|npy|pkl|pickle|joblib|msgpack|mlmodel|engine|plan)$/i;
const DOC = /(^|\/)(readme|license|licence|notice|model_card)[^/]*$|\.(md|rst|txt|pdf|html)$/i;
const CODE = /\.(py|sh|js|ts|ipynb|rb|go|rs|java|c|cc|cpp|h|cu)$/i;
const DATASET = /\.(csv|tsv|parquet|arrow|jsonl)$/i;

/** ModelPack layer kind by file name. */
export function modelLayerKind(name: string): ModelLayerKind {
  if (WEIGHT.test(name)) return 'weight';
  if (DOC.test(name)) return 'doc';
  if (CODE.test(name)) return 'code';
  if (DATASET.test(name)) return 'dataset';
  return 'weight.config';
}

function imageConfig(
  layers: PackedLayer[],
  options: PackOptions,
  created: string,
  labels: Record<string, string>,
): Buffer {
  const base = options.base?.config;
  const env = (base?.config?.Env ?? []).filter((e) => !e.startsWith('MODEL_DIR='));
  const config: ImageConfig = {
    created,
    architecture: base?.architecture ?? 'amd64',
    os: base?.os ?? 'linux',
    config: {
      ...(base?.config ?? {}),
      Env: [...env, `MODEL_DIR=${options.modelDir}`],
      Labels: sortedRecord({ ...(base?.config?.Labels ?? {}), ...labels }),
    },
    rootfs: { type: 'layers', diff_ids: [...(base?.rootfs.diff_ids ?? []), ...layers.map((l) => l.diffId)] },
    history: [
      ...(base?.history ?? []),
      ...layers.map((l) => ({
        created,
        created_by: `model-deploy: add ${posix.join(options.modelDir, l.file)}`,
      })),
    ],
  };
  return Buffer.from(JSON.stringify(config));
}

function modelPackConfig(layers: PackedLayer[], options: PackOptions, created: string): Buffer {
  const labels = options.labels;
  const config = {
    descriptor: {
      createdAt: created,
      name: options.model.name,
      ...(options.model.version ? { version: options.model.version } : {}),
      ...(options.model.description ? { description: options.model.description } : {}),
      ...(labels['org.opencontainers.image.source']
        ? { sourceURL: labels['org.opencontainers.image.source'] }
        : {}),
      ...(labels['org.opencontainers.image.revision']
        ? { revision: labels['org.opencontainers.image.revision'] }
        : {}),
    },
    config: { ...(options.model.framework ? { format: options.model.framework } : {}) },
    modelfs: { type: 'layers', diffIds: layers.map((l) => l.diffId) },
  };
  return Buffer.from(JSON.stringify(config));
}

function sortedRecord(r: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

async function hash(source: BlobSource): Promise<{ digest: Digest }> {
  const counter = new DigestCounter();
  if (source.pump) await source.pump(0, source.size, (chunk) => counter.update(chunk));
  else for await (const chunk of source.open()) counter.update(chunk as Buffer);
  return { digest: counter.digest() };
}

async function hashGzip(tar: BlobSource): Promise<{ digest: Digest; size: number; diffId: Digest }> {
  const raw = new DigestCounter();
  const gz = new DigestCounter();
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      raw.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(tar.open(), tap, createGzip({ level: 6 }), async (compressed: AsyncIterable<Buffer>) => {
    for await (const chunk of compressed) gz.update(chunk);
  });
  return { digest: gz.digest(), size: gz.size, diffId: raw.digest() };
}
