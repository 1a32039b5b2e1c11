// Builders for specs only (not exported from the index): nodes and pods as the API would serve them.
import { buildNodeInfo, type NodeInfo } from './node-info';
import type { ContainerPort, Node, PersistentVolume, PersistentVolumeClaim, Pod, StorageClass, Taint } from './types';

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

/** The standard sandbox: a tainted control plane and two workers. */
export const standardCluster = (): Node[] => [
  makeNode('control-plane', { taints: [CONTROL_PLANE_TAINT] }),
  makeNode('node-1'),
  makeNode('node-2'),
];

/** A pod of ReplicaSet `owner` as the ReplicaSet controller creates it (labels, controller reference). */
export function makeReplica(
  name: string,
  owner = 'web-abc',
  requests: Record<string, string> = { cpu: '100m', memory: '128Mi' },
  spec: Pod['spec'] = {},
): Pod {
  const pod = makePod(name, requests, spec);
  return {
    ...pod,
    metadata: {
      ...pod.metadata,
      uid: `uid-${name}`,
      labels: { app: owner.split('-')[0], 'pod-template-hash': owner.split('-')[1] ?? '' },
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: owner, uid: `uid-${owner}`, controller: true },
      ],
    },
  };
}

export const withHostPort = (pod: Pod, ports: ContainerPort[]): Pod => ({
  ...pod,
  spec: { ...pod.spec, containers: (pod.spec?.containers ?? []).map((c) => ({ ...c, ports })) },
});

/** A pod mounting the named claims. */
export const withClaims = (pod: Pod, ...claims: string[]): Pod => ({
  ...pod,
  spec: {
    ...pod.spec,
    volumes: claims.map((claimName) => ({ name: claimName, persistentVolumeClaim: { claimName } })),
  },
});

export function makeClaim(
  name: string,
  options: {
    storageClassName?: string;
    volumeName?: string;
    size?: string;
    bound?: boolean;
    accessModes?: string[];
  } = {},
): PersistentVolumeClaim {
  return {
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      ...(options.bound ? { annotations: { 'pv.kubernetes.io/bind-completed': 'yes' } } : {}),
    },
    spec: {
      accessModes: options.accessModes ?? ['ReadWriteOnce'],
      resources: { requests: { storage: options.size ?? '1Gi' } },
      ...(options.storageClassName === undefined ? {} : { storageClassName: options.storageClassName }),
      ...(options.volumeName === undefined ? {} : { volumeName: options.volumeName }),
    },
    status: { phase: options.bound ? 'Bound' : 'Pending' },
  };
}

/** A PV; `node` pins it to one node through required node affinity on the hostname label (a local volume). */
export function makeVolume(
  name: string,
  options: { storageClassName?: string; size?: string; node?: string; claim?: string; phase?: string } = {},
): PersistentVolume {
  return {
    metadata: { name },
    spec: {
      storageClassName: options.storageClassName ?? 'local',
      capacity: { storage: options.size ?? '1Gi' },
      accessModes: ['ReadWriteOnce'],
      ...(options.claim === undefined ? {} : { claimRef: { namespace: 'default', name: options.claim } }),
      ...(options.node === undefined
        ? {}
        : {
            nodeAffinity: {
              required: {
                nodeSelectorTerms: [
                  { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [options.node] }] },
                ],
              },
            },
          }),
    },
    status: { phase: options.phase ?? (options.claim === undefined ? 'Available' : 'Bound') },
  };
}

export const makeClass = (
  name: string,
  volumeBindingMode: 'Immediate' | 'WaitForFirstConsumer',
  provisioner = 'rancher.io/local-path',
): StorageClass => ({ metadata: { name }, provisioner, volumeBindingMode });
