import { setTimeout as sleep } from 'node:timers/promises';
import type { StoreService } from '@ksb/store';

const POLL_MS = 20;

interface PodParts {
  spec?: { nodeName?: string };
  status?: { phase?: string };
}

/** Counts the sandbox's pods that satisfy `done`. */
async function count(store: StoreService, sandboxId: string, done: (pod: PodParts) => boolean): Promise<number> {
  const pods = await store.list({ sandboxId, resource: 'pods' });
  return pods.items.filter((item) => done(item.object as PodParts)).length;
}

export const isRunning = (pod: PodParts): boolean => pod.status?.phase === 'Running';
export const isBound = (pod: PodParts): boolean => Boolean(pod.spec?.nodeName);

/**
 * Waits until every sandbox has `want` pods satisfying `done`; returns when that happened (ms, from
 * performance.now). Fails after `timeoutMs` with the counts reached.
 */
export async function waitForPods(
  store: StoreService,
  sandboxIds: readonly string[],
  want: number,
  done: (pod: PodParts) => boolean,
  timeoutMs: number,
): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  const pending = new Set(sandboxIds);
  for (;;) {
    for (const id of [...pending]) if ((await count(store, id, done)) >= want) pending.delete(id);
    if (pending.size === 0) return performance.now();
    if (performance.now() > deadline) {
      const counts = await Promise.all([...pending].map((id) => count(store, id, done)));
      throw new Error(`pods not ready within ${timeoutMs} ms: ${counts.join(', ')} of ${want}`);
    }
    await sleep(POLL_MS);
  }
}
