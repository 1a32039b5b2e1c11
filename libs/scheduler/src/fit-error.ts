/**
 * The histogram part of framework.FitError: "<count> <reason>" per distinct reason, sorted as plain strings
 * (so "10 x" sorts before "2 y", as Go's sort.Strings does) and joined with ", ".
 */
export function reasonHistogram(reasonsPerNode: readonly (readonly string[])[]): string {
  const counts = new Map<string, number>();
  for (const reasons of reasonsPerNode) {
    for (const reason of reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  // Byte-wise comparison like Go, not localeCompare.
  const entries = [...counts].map(([reason, count]) => `${count} ${reason}`);
  return entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(', ');
}

/**
 * framework.FitError.Error(): "0/N nodes are available:", then either the PreFilter message (a PreFilter
 * rejection gives every node the same status, so no histogram) or the histogram, each followed by "."; then
 * the PostFilter (preemption) message. Since v1.28 that last part gets no period of its own: the nested
 * preemption FitError already ends with one.
 */
export function formatFitError(
  numAllNodes: number,
  reasonsPerNode: readonly (readonly string[])[],
  postFilterMessage = '',
  preFilterMessage = '',
): string {
  let message = `0/${numAllNodes} nodes are available:`;
  if (preFilterMessage !== '') {
    message += ` ${preFilterMessage}.`;
  } else {
    const histogram = reasonHistogram(reasonsPerNode);
    if (histogram !== '') message += ` ${histogram}.`;
  }
  if (postFilterMessage !== '') message += ` ${postFilterMessage}`;
  return message;
}

/** schedulingQueue's ErrNoNodesAvailable, reported when the cluster has no nodes at all. */
export const ERR_NO_NODES_AVAILABLE = 'no nodes available to schedule pods';
