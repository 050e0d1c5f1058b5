import { InputError } from '../errors.js';
import { type Digest, isDigest } from './digest.js';

export interface RegistryRef {
  kind: 'registry';
  /** host[:port] as used in URLs and credential lookups. */
  registry: string;
  scheme: 'http' | 'https';
  repository: string;
  tag?: string;
  digest?: Digest;
}

export interface LayoutRef {
  kind: 'layout';
  dir: string;
  tag?: string;
  digest?: Digest;
}

export type ImageRef = RegistryRef | LayoutRef;

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const REPO = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const DOCKER_HUB = 'registry-1.docker.io';

/** Registries spoken to over plain HTTP without asking: the machine itself. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/:\d+$/, '');
  return h === 'localhost' || h === '127.0.0.1' || h === '[::1]' || h.endsWith('.localhost');
}

/**
 * Parses `oci:DIR[:TAG|@DIGEST]`, `[http://]host[:port]/repo[:tag][@digest]` or a Docker Hub
 * short name. `what` names the field for the error message.
 */
export function parseReference(text: string, what = 'image reference'): ImageRef {
  const input = text.trim();
  if (input.startsWith('oci:')) return parseLayout(input.slice(4), text, what);
  let rest = input;
  let scheme: 'http' | 'https' | undefined;
  const schemeMatch = /^(https?):\/\//.exec(rest);
  if (schemeMatch) {
    scheme = schemeMatch[1] as 'http' | 'https';
    rest = rest.slice(schemeMatch[0].length);
  }
  let digest: Digest | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const d = rest.slice(at + 1);
    if (!isDigest(d))
      throw new InputError(`${what} "${text}": "${d}" is not a sha256 digest (sha256:<64 hex>)`);
    digest = d;
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag))
      throw new InputError(`${what} "${text}": tag "${tag}" is not valid ([A-Za-z0-9_.-], ≤128)`);
  }
  const first = rest.split('/')[0] ?? '';
  const hasHost = rest.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  let registry = hasHost ? first : DOCKER_HUB;
  let repository = hasHost ? rest.slice(first.length + 1) : rest;
  if (registry === 'docker.io' || registry === 'index.docker.io') registry = DOCKER_HUB;
  if (registry === DOCKER_HUB && !repository.includes('/')) repository = `library/${repository}`;
  if (!REPO.test(repository)) {
    throw new InputError(
      `${what} "${text}": repository "${repository}" is not valid (lowercase letters, digits, . _ - and / only)`,
    );
  }
  return {
    kind: 'registry',
    registry,
    scheme: scheme ?? (isLoopback(registry) ? 'http' : 'https'),
    repository,
    ...(tag ? { tag } : {}),
    ...(digest ? { digest } : {}),
  };
}

function parseLayout(rest: string, text: string, what: string): LayoutRef {
  let dir = rest;
  let digest: Digest | undefined;
  let tag: string | undefined;
  const at = dir.lastIndexOf('@');
  if (at >= 0 && isDigest(dir.slice(at + 1))) {
    digest = dir.slice(at + 1) as Digest;
    dir = dir.slice(0, at);
  } else {
    const colon = dir.lastIndexOf(':');
    if (colon >= 0) {
      tag = dir.slice(colon + 1);
      dir = dir.slice(0, colon);
      if (!TAG.test(tag))
        throw new InputError(`${what} "${text}": tag "${tag}" is not valid ([A-Za-z0-9_.-], ≤128)`);
    }
  }
  if (!dir) throw new InputError(`${what} "${text}": expected oci:DIR[:TAG]`);
  return { kind: 'layout', dir, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export function formatReference(ref: ImageRef): string {
  const suffix = `${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
  if (ref.kind === 'layout') return `oci:${ref.dir}${suffix}`;
  const host = ref.registry === DOCKER_HUB ? 'docker.io' : ref.registry;
  return `${host}/${ref.repository}${suffix}`;
}

/** The tag or digest to ask the registry for. */
export function referenceTarget(ref: ImageRef): string {
  return ref.digest ?? ref.tag ?? 'latest';
}
