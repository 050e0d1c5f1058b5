import type { V1ConfigMap } from '@kubernetes/client-node';
import type { Kube } from '../cluster/kube.js';
import type { ModelObjects } from './manifests.js';
import { labels } from './manifests.js';

export interface Revision {
  revision: number;
  image: string;
  /** sha256:… when the image reference carries a digest. */
  digest?: string;
  modelVersion?: string;
  gitSha?: string;
  verdict: 'promoted' | 'rolled-back' | 'failed';
  reason?: string;
  /** ISO time of the verdict. */
  at: string;
}

export const HISTORY_KEY = 'history.json';

export function historyName(o: Pick<ModelObjects, 'name'>): string {
  return `${o.name}-model-deploy-history`;
}

export function parseHistory(cm: V1ConfigMap | undefined): Revision[] {
  const text = cm?.data?.[HISTORY_KEY];
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as unknown;
    return Array.isArray(parsed)
      ? (parsed.filter(
          (r) => r && typeof r.revision === 'number' && typeof r.image === 'string',
        ) as Revision[])
      : [];
  } catch {
    return [];
  }
}

/** Adds or replaces the entry of its revision (a rerun records the same verdict once), newest last, keeping `limit`. */
export function upsertRevision(entries: readonly Revision[], entry: Revision, limit: number): Revision[] {
  const others = entries.filter((e) => e.revision !== entry.revision);
  return [...others, entry].sort((a, b) => a.revision - b.revision).slice(-limit);
}

export function nextRevision(entries: readonly Revision[], current?: number): number {
  return Math.max(0, current ?? 0, ...entries.map((e) => e.revision)) + 1;
}

/** The promoted revision before the current stable one: what `rollback` without --to restores. */
export function previousPromoted(entries: readonly Revision[], stableImage: string): Revision | undefined {
  const promoted = entries.filter((e) => e.verdict === 'promoted');
  const currentIndex = promoted.map((e) => e.image).lastIndexOf(stableImage);
  const before = currentIndex >= 0 ? promoted.slice(0, currentIndex) : promoted;
  return [...before].reverse().find((e) => e.image !== stableImage);
}

export function digestOf(image: string): string | undefined {
  const at = image.indexOf('@');
  return at >= 0 ? image.slice(at + 1) : undefined;
}

export async function readHistory(kube: Kube, o: ModelObjects): Promise<Revision[]> {
  const cm = await kube.read('read revision history', () =>
    kube.core.readNamespacedConfigMap({ name: historyName(o), namespace: o.namespace }),
  );
  return parseHistory(cm);
}

/** Writes one revision into the history ConfigMap (read-modify-write with its resourceVersion). */
export async function recordRevision(kube: Kube, o: ModelObjects, entry: Revision): Promise<void> {
  const name = historyName(o);
  const namespace = o.namespace;
  const limit = o.deploy.rollback.history;
  const created = await kube.create('create revision history', () =>
    kube.core.createNamespacedConfigMap({
      namespace,
      body: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace, labels: labels(o) },
        data: { [HISTORY_KEY]: JSON.stringify([entry]) },
      },
    }),
  );
  if (created) return;
  await kube.update(
    'update revision history',
    () => kube.core.readNamespacedConfigMap({ name, namespace }),
    (cm) =>
      kube.core.replaceNamespacedConfigMap({
        name,
        namespace,
        body: {
          ...cm,
          data: {
            ...(cm.data ?? {}),
            [HISTORY_KEY]: JSON.stringify(upsertRevision(parseHistory(cm), entry, limit)),
          },
        },
      }),
  );
}
