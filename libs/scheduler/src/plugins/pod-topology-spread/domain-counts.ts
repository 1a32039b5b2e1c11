import { isTerminal, type NodeInfo } from '../../node-info';
import type { Pod } from '../../types';
import { topologyValue } from './constraints';
import { countPodsMatchSelector, isEmptySelector, selectorMatches, type PodSelector } from './pod-selector';

/**
 * Matching pods per topology value over the whole cluster, for one selector, namespace and topology key. A
 * scheduling run asks the same question for every replica of a workload; recounting every node each cycle
 * would make a run quadratic, so the answer is kept and updated as pods are assumed.
 */
interface DomainCountEntry {
  namespace: string;
  topologyKey: string;
  selector: PodSelector;
  /** Only nodes carrying all these keys count (explicit constraints); null counts every node. */
  requiredKeys: readonly string[] | null;
  counts: Map<string, number>;
}

export type DomainCountCache = Map<string, DomainCountEntry>;

const hasKeys = (info: NodeInfo, keys: readonly string[] | null): boolean =>
  keys === null || keys.every((key) => topologyValue(info.node, key) !== undefined);

/** Counts by topology value (a node without the key counts under ""), computed once per cache. */
export function clusterDomainCounts(
  cache: DomainCountCache,
  allNodes: readonly NodeInfo[],
  namespace: string,
  topologyKey: string,
  selector: PodSelector,
  requiredKeys: readonly string[] | null,
): ReadonlyMap<string, number> {
  const key = JSON.stringify([namespace, topologyKey, selector, requiredKeys]);
  const cached = cache.get(key);
  if (cached !== undefined) return cached.counts;
  const counts = new Map<string, number>();
  for (const info of allNodes) {
    if (info.pods.length === 0 || !hasKeys(info, requiredKeys)) continue;
    const count = countPodsMatchSelector(info.pods, selector, namespace);
    if (count === 0) continue;
    const value = topologyValue(info.node, topologyKey) ?? '';
    counts.set(value, (counts.get(value) ?? 0) + count);
  }
  cache.set(key, { namespace, topologyKey, selector, requiredKeys, counts });
  return counts;
}

/** Keeps every cached count true after `pod` was added to `info` (the assume step). */
export function recordAssumedPod(cache: DomainCountCache, pod: Pod, info: NodeInfo): void {
  if (isTerminal(pod) || pod.metadata?.deletionTimestamp !== undefined) return;
  const namespace = pod.metadata?.namespace ?? '';
  for (const entry of cache.values()) {
    if (entry.namespace !== namespace || !hasKeys(info, entry.requiredKeys)) continue;
    if (isEmptySelector(entry.selector) || !selectorMatches(entry.selector, pod)) continue;
    const value = topologyValue(info.node, entry.topologyKey) ?? '';
    entry.counts.set(value, (entry.counts.get(value) ?? 0) + 1);
  }
}
