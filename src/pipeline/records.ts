import type { CommandContext } from '../commands/command.js';
import { GateError, InputError } from '../errors.js';
import { findCredentials } from '../oci/credentials.js';
import { type Digest, isDigest } from '../oci/digest.js';
import { OciLayout } from '../oci/layout.js';
import { formatReference, parseReference } from '../oci/reference.js';
import { RegistryClient } from '../oci/registry.js';
import {
  checkGateRecords,
  type GateKind,
  LayoutRecordStore,
  type RecordStore,
  RegistryRecordStore,
} from './gate-records.js';

/** The record store for an image reference, and the digest the reference pins. */
export function openRecordStore(
  ctx: CommandContext,
  image: string,
): { store: RecordStore; digest: Digest; close(): void } {
  const ref = parseReference(image, 'image');
  if (!ref.digest || !isDigest(ref.digest)) {
    throw new InputError(
      `${image}: gate records are checked by digest; deploy an image pinned as REF@sha256:...`,
    );
  }
  if (ref.kind === 'layout')
    return { store: new LayoutRecordStore(new OciLayout(ref.dir)), digest: ref.digest, close() {} };
  const credentials = findCredentials(ref.registry, {
    ...(ctx.registryAuth ? { explicit: ctx.registryAuth } : {}),
    env: ctx.env,
    log: ctx.log,
  });
  const client = RegistryClient.for(ref, credentials ? { credentials } : {});
  return {
    store: new RegistryRecordStore(client, ref.repository),
    digest: ref.digest,
    close: () => client.close(),
  };
}

/** Refuses an image without passing records of every required kind: GateError (exit 1) naming each. */
export async function requireGateRecords(
  ctx: CommandContext,
  image: string,
  required: readonly GateKind[] = ['scan', 'evaluation'],
): Promise<void> {
  const { store, digest, close } = openRecordStore(ctx, image);
  try {
    const check = checkGateRecords(digest, await store.list(digest), required);
    if (!check.ok) {
      throw new GateError(
        `refusing to deploy ${formatReference(parseReference(image))}: ${check.problems.join('; ')} (deploy.require-gates is on)`,
      );
    }
    ctx.log.info(
      `gate records for ${digest.slice(0, 19)}…: ${required.join(' and ')} passed (${store.where})`,
    );
  } finally {
    close();
  }
}
