import type { ClaimObject, ClassObject, NodeObject, PodObject, VolumeObject } from './volume-types';
import type { BinderInput } from './binder.logic';

// Builders for the volume unit tests.

export const NOW = new Date('2025-01-01T00:00:00Z');

export function pvc(
  name: string,
  spec: Partial<NonNullable<ClaimObject['spec']>> = {},
  meta: Partial<ClaimObject['metadata']> = {},
): ClaimObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: {
      name,
      namespace: 'default',
      uid: `${name}-uid`,
      resourceVersion: '3',
      creationTimestamp: '2025-01-01T00:00:00Z',
      finalizers: ['kubernetes.io/pvc-protection'],
      ...meta,
    },
    spec: {
      accessModes: ['ReadWriteOnce'],
      resources: { requests: { storage: '1Gi' } },
      volumeMode: 'Filesystem',
      ...spec,
    },
    status: { phase: 'Pending' },
  };
}

export function pv(
  name: string,
  storage: string,
  spec: Partial<NonNullable<VolumeObject['spec']>> = {},
  meta: Partial<VolumeObject['metadata']> = {},
  phase = 'Available',
): VolumeObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name, uid: `${name}-uid`, resourceVersion: '4', finalizers: ['kubernetes.io/pv-protection'], ...meta },
    spec: {
      accessModes: ['ReadWriteOnce'],
      capacity: { storage },
      hostPath: { path: `/data/${name}` },
      persistentVolumeReclaimPolicy: 'Retain',
      volumeMode: 'Filesystem',
      ...spec,
    },
    status: { phase },
  };
}

export function storageClass(name: string, extra: Partial<ClassObject> = {}, isDefault = false): ClassObject {
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name,
      creationTimestamp: '2024-12-01T00:00:00Z',
      ...(isDefault ? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } : {}),
    },
    provisioner: 'rancher.io/local-path',
    reclaimPolicy: 'Delete',
    volumeBindingMode: 'Immediate',
    ...extra,
  };
}

export function podUsing(name: string, claimName: string, nodeName?: string): PodObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `${name}-uid` },
    spec: {
      ...(nodeName ? { nodeName } : {}),
      containers: [{ name: 'app', image: 'busybox' }],
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }],
    },
    status: { phase: nodeName ? 'Running' : 'Pending' },
  };
}

export const node = (name: string): NodeObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'kubernetes.io/hostname': name } },
});

export const world = (extra: Partial<BinderInput>): BinderInput => ({
  claims: [],
  volumes: [],
  classes: [],
  pods: [],
  nodes: [node('node-1'), node('node-2')],
  now: NOW,
  ...extra,
});
