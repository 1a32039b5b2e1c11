/**
 * Groups in the order kube-apiserver lists them (its aggregator priorities: apps 17800, events.k8s.io 17750,
 * networking 17200, storage 16800, coordination 16500, discovery 16200, metrics-server's APIService 100),
 * core first. kubectl prefers earlier groups when a name is ambiguous ("events", "ev").
 */
export const GROUP_PRIORITY: readonly string[] = [
  '',
  'apps',
  'events.k8s.io',
  'networking.k8s.io',
  'storage.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'metrics.k8s.io',
];

/** Known groups by priority, any other group after them alphabetically. */
export function compareGroups(a: string, b: string): number {
  const rank = (group: string) => {
    const index = GROUP_PRIORITY.indexOf(group);
    return index === -1 ? GROUP_PRIORITY.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
