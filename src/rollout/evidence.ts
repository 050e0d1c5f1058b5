import type { V1Pod } from '@kubernetes/client-node';
import type { Kube } from '../cluster/kube.js';

export interface PodEvidence {
  pod: string;
  phase: string;
  events: string[];
  logs: string[];
}

const withTimeout = <T>(p: Promise<T>, ms: number, fallback: T): Promise<T> =>
  Promise.race([p.catch(() => fallback), new Promise<T>((r) => setTimeout(() => r(fallback), ms).unref())]);

/**
 * Events and the last log lines of up to three pods, for the failure report. Best effort and
 * bounded in time: the rollback must not wait on it.
 */
export async function gatherEvidence(
  kube: Kube,
  namespace: string,
  pods: readonly V1Pod[],
  options: { tailLines?: number; timeoutMs?: number } = {},
): Promise<PodEvidence[]> {
  const tailLines = options.tailLines ?? 20;
  const timeoutMs = options.timeoutMs ?? 1500;
  return Promise.all(
    pods.slice(0, 3).map(async (pod): Promise<PodEvidence> => {
      const name = pod.metadata?.name ?? '?';
      const container = pod.spec?.containers[0]?.name;
      const restarted = (pod.status?.containerStatuses ?? []).some((c) => c.restartCount > 0);
      const [events, current, previous] = await Promise.all([
        withTimeout(
          kube.core
            .listNamespacedEvent({ namespace, fieldSelector: `involvedObject.name=${name}` })
            .then((list) =>
              list.items.map((e) => `${e.type ?? ''} ${e.reason ?? ''}: ${e.message ?? ''}`.trim()),
            ),
          timeoutMs,
          [] as string[],
        ),
        withTimeout(
          kube.core.readNamespacedPodLog({ name, namespace, ...(container ? { container } : {}), tailLines }),
          timeoutMs,
          '',
        ),
        restarted
          ? withTimeout(
              kube.core.readNamespacedPodLog({
                name,
                namespace,
                ...(container ? { container } : {}),
                tailLines,
                previous: true,
              }),
              timeoutMs,
              '',
            )
          : Promise.resolve(''),
      ]);
      const text = String(previous || current || '');
      return {
        pod: name,
        phase: pod.status?.phase ?? '?',
        events: events.slice(-10),
        logs: text
          .split('\n')
          .filter((l) => l.length > 0)
          .slice(-tailLines),
      };
    }),
  );
}
