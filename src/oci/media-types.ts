/** OCI image-spec, Docker and CNCF ModelPack media types. */
export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  modelManifest: 'application/vnd.cncf.model.manifest.v1+json',
  modelConfig: 'application/vnd.cncf.model.config.v1+json',
} as const;

/** ModelPack layer kinds: application/vnd.cncf.model.<kind>.v1.<format>. */
export type ModelLayerKind = 'weight' | 'weight.config' | 'doc' | 'code' | 'dataset';
export type ModelLayerFormat = 'raw' | 'tar' | 'tar+gzip';

export function modelLayerMediaType(kind: ModelLayerKind, format: ModelLayerFormat): string {
  return `application/vnd.cncf.model.${kind}.v1.${format}`;
}

export const MANIFEST_MEDIA_TYPES: readonly string[] = [
  MediaType.ociManifest,
  MediaType.ociIndex,
  MediaType.dockerManifest,
  MediaType.dockerManifestList,
];

export function isIndexMediaType(mediaType: string | undefined): boolean {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}

/** Annotation keys. */
export const Annotation = {
  refName: 'org.opencontainers.image.ref.name',
  title: 'org.opencontainers.image.title',
  created: 'org.opencontainers.image.created',
  modelFilepath: 'org.cncf.model.filepath',
  modelFileMetadata: 'org.cncf.model.file.metadata+json',
} as const;
