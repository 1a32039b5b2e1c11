// Builders for specs only (not exported from the index): nodes and pods as the API would serve them.
import { buildNodeInfo, type NodeInfo } from './node-info';
import type { Node, Pod, Taint } from './types';

export function makeNode(
  name: string,
  options: {
    cpu?: string;
    memory?: string;
    pods?: string;
    labels?: Record<string, string>;
    taints?: Taint[];
    unschedulable?: boolean;
  } = {},
): Node {
  return {
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...options.labels } },
    spec: {
      ...(options.taints ? { taints: options.taints } : {}),
      ...(options.unschedulable ? { unschedulable: true } : {}),
    },
    status: {
      allocatable: { cpu: options.cpu ?? '2', memory: options.memory ?? '4Gi', pods: options.pods ?? '110' },
    },
  };
}

export function makePod(name: string, requests?: Record<string, string>, spec: Pod['spec'] = {}): Pod {
  return {
    metadata: { name, namespace: 'default' },
    spec: { containers: [{ name: 'app', ...(requests ? { resources: { requests } } : {}) }], ...spec },
  };
}

export const info = (node: Node, pods: Pod[] = []): NodeInfo => buildNodeInfo(node, pods);

export const CONTROL_PLANE_TAINT: Taint = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };
