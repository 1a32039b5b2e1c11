import { parseQuantity } from '@ksb/quantity';
import { addResources, podRequests, resourcesFromList, type Resources } from './resources';
import type { Node, Pod, PodsOnNodes } from './types';

/** framework.NodeInfo: a node plus the aggregate of the pods bound to it. */
export interface NodeInfo {
  name: string;
  node: Node;
  pods: readonly Pod[];
  allocatable: Resources & { pods: number };
  /** Sum of actual requests (filtering, BalancedAllocation). */
  requested: Resources;
  /** Sum with request-less containers counted at the defaults (LeastAllocated). */
  nonZeroRequested: Resources;
}

export const nodeName = (node: Node): string => node.metadata?.name ?? '';

// Succeeded and Failed pods hold no resources; upstream's informer drops terminal pods from the cache too.
const isTerminal = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

// `instanceof Map` would narrow to Map<any, any>; this guard keeps the element type.
const isMap = (pods: PodsOnNodes): pods is ReadonlyMap<string, readonly Pod[]> => pods instanceof Map;

export function podsOn(podsOnNodes: PodsOnNodes, name: string): readonly Pod[] {
  if (isMap(podsOnNodes)) return podsOnNodes.get(name) ?? [];
  return Object.hasOwn(podsOnNodes, name) ? podsOnNodes[name] : [];
}

export function buildNodeInfo(node: Node, pods: readonly Pod[]): NodeInfo {
  const live = pods.filter((pod) => !isTerminal(pod));
  const allocatable = node.status?.allocatable;
  let requested: Resources = { milliCpu: 0, memory: 0 };
  let nonZeroRequested: Resources = { milliCpu: 0, memory: 0 };
  for (const pod of live) {
    requested = addResources(requested, podRequests(pod.spec));
    nonZeroRequested = addResources(nonZeroRequested, podRequests(pod.spec, true));
  }
  return {
    name: nodeName(node),
    node,
    pods: live,
    allocatable: {
      ...resourcesFromList(allocatable),
      pods: allocatable?.pods === undefined ? 0 : Math.floor(parseQuantity(allocatable.pods)),
    },
    requested,
    nonZeroRequested,
  };
}
