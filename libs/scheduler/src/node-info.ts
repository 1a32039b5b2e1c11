import { parseQuantity } from '@ksb/quantity';
import { podHostPorts, type HostPort } from './host-ports';
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
  /** Host ports taken by the pods (NodePorts). */
  usedPorts: readonly HostPort[];
}

export const nodeName = (node: Node): string => node.metadata?.name ?? '';

// Succeeded and Failed pods hold no resources; upstream's informer drops terminal pods from the cache too.
export const isTerminal = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

// `instanceof Map` would narrow to Map<any, any>; this guard keeps the element type.
const isMap = (pods: PodsOnNodes): pods is ReadonlyMap<string, readonly Pod[]> => pods instanceof Map;

export function podsOn(podsOnNodes: PodsOnNodes, name: string): readonly Pod[] {
  if (isMap(podsOnNodes)) return podsOnNodes.get(name) ?? [];
  return Object.hasOwn(podsOnNodes, name) ? podsOnNodes[name] : [];
}

export function buildNodeInfo(node: Node, pods: readonly Pod[]): NodeInfo {
  const allocatable = node.status?.allocatable;
  const info: NodeInfo = {
    name: nodeName(node),
    node,
    pods: [],
    allocatable: {
      ...resourcesFromList(allocatable),
      pods: allocatable?.pods === undefined ? 0 : Math.floor(parseQuantity(allocatable.pods)),
    },
    requested: { milliCpu: 0, memory: 0 },
    nonZeroRequested: { milliCpu: 0, memory: 0 },
    usedPorts: [],
  };
  const live = pods.filter((pod) => !isTerminal(pod));
  for (const pod of live) accumulate(info, pod);
  info.pods = live;
  return info;
}

function accumulate(info: NodeInfo, pod: Pod): void {
  info.requested = addResources(info.requested, podRequests(pod.spec));
  info.nonZeroRequested = addResources(info.nonZeroRequested, podRequests(pod.spec, true));
  const ports = podHostPorts(pod);
  if (ports.length > 0) info.usedPorts = [...info.usedPorts, ...ports];
}

/**
 * NodeInfo.AddPod: the scheduler cache's assume step, so the next decision sees the pod. Arrays are replaced,
 * not mutated, so results handed out earlier keep what they saw.
 */
export function addPodToNodeInfo(info: NodeInfo, pod: Pod): void {
  if (isTerminal(pod)) return;
  accumulate(info, pod);
  info.pods = [...info.pods, pod];
}
