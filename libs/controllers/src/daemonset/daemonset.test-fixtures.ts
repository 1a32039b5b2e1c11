import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node, Pod, Taint } from 'kubernetes-types/core/v1';
import { nodeNameAffinity, REVISION_HASH_LABEL } from './daemon-pods';

// Builders for the DaemonSet specs.

export function node(name: string, options: { taints?: Taint[]; labels?: Record<string, string> } = {}): Node {
  return {
    metadata: { name, labels: { 'kubernetes.io/hostname': name, ...options.labels } },
    spec: options.taints ? { taints: options.taints } : {},
  };
}

export function daemonSet(spec: Partial<NonNullable<DaemonSet['spec']>> = {}, podSpec: object = {}): DaemonSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'agent', namespace: 'default', uid: 'ds-uid', generation: 1 },
    spec: {
      selector: { matchLabels: { app: 'agent' } },
      template: {
        metadata: { labels: { app: 'agent' } },
        spec: { containers: [{ name: 'a', image: 'busybox' }], ...podSpec },
      },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
      ...spec,
    },
  };
}

export interface PodOptions {
  hash?: string;
  ready?: boolean;
  phase?: string;
  deleting?: boolean;
  bound?: boolean;
  created?: string;
  readySince?: string;
}

export function daemonPodOn(name: string, nodeName: string, options: PodOptions = {}): Pod {
  return {
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      labels: { app: 'agent', [REVISION_HASH_LABEL]: options.hash ?? 'new' },
      creationTimestamp: options.created ?? '2026-01-01T00:00:00Z',
      ...(options.deleting ? { deletionTimestamp: '2026-01-01T01:00:00Z' } : {}),
    },
    spec: {
      containers: [],
      affinity: nodeNameAffinity(undefined, nodeName),
      ...(options.bound === false ? {} : { nodeName }),
    },
    status: {
      phase: options.phase ?? 'Running',
      conditions: [
        {
          type: 'Ready',
          status: options.ready === false ? 'False' : 'True',
          lastTransitionTime: options.readySince ?? '2026-01-01T00:00:00Z',
        },
      ],
    },
  };
}
