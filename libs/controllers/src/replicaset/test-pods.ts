import type { Pod } from 'kubernetes-types/core/v1';
import type { PodObject, RsObject } from './replicaset-sync';

// Builders for the workload controllers' unit tests.

export interface PodOptions {
  name: string;
  uid?: string;
  namespace?: string;
  labels?: Record<string, string>;
  node?: string;
  phase?: string;
  /** Ready since this ISO time (Ready=True), or false for Ready=False. */
  readySince?: string | false;
  created?: string;
  owner?: RsObject;
  deleting?: boolean;
  restarts?: number;
  annotations?: Record<string, string>;
}

export function pod(options: PodOptions): PodObject {
  const conditions: NonNullable<Pod['status']>['conditions'] =
    options.readySince === undefined
      ? []
      : [
          options.readySince === false
            ? { type: 'Ready', status: 'False' }
            : { type: 'Ready', status: 'True', lastTransitionTime: options.readySince },
        ];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: options.name,
      uid: options.uid ?? `uid-${options.name}`,
      namespace: options.namespace ?? 'default',
      resourceVersion: '1',
      creationTimestamp: options.created ?? '2024-01-01T00:00:00Z',
      ...(options.labels ? { labels: options.labels } : {}),
      ...(options.annotations ? { annotations: options.annotations } : {}),
      ...(options.deleting ? { deletionTimestamp: '2024-01-01T01:00:00Z' } : {}),
      ...(options.owner
        ? {
            ownerReferences: [
              {
                apiVersion: 'apps/v1',
                kind: 'ReplicaSet',
                name: options.owner.metadata.name ?? '',
                uid: options.owner.metadata.uid ?? '',
                controller: true,
              },
            ],
          }
        : {}),
    },
    spec: { containers: [{ name: 'c', image: 'nginx' }], ...(options.node ? { nodeName: options.node } : {}) },
    status: {
      phase: options.phase ?? 'Pending',
      conditions,
      ...(options.restarts !== undefined
        ? {
            containerStatuses: [
              { name: 'c', image: 'nginx', imageID: '', ready: true, restartCount: options.restarts },
            ],
          }
        : {}),
    },
  };
}

export interface RsOptions {
  name: string;
  uid?: string;
  replicas?: number;
  labels?: Record<string, string>;
  selector?: Record<string, string>;
  minReadySeconds?: number;
  generation?: number;
  status?: RsObject['status'];
  deleting?: boolean;
  created?: string;
  controller?: { name: string; uid: string };
  annotations?: Record<string, string>;
  image?: string;
}

export function replicaSet(options: RsOptions): RsObject {
  const labels = options.labels ?? { app: 'web' };
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: options.name,
      uid: options.uid ?? `uid-${options.name}`,
      namespace: 'default',
      resourceVersion: '1',
      generation: options.generation ?? 1,
      creationTimestamp: options.created ?? '2024-01-01T00:00:00Z',
      labels,
      ...(options.annotations ? { annotations: options.annotations } : {}),
      ...(options.deleting ? { deletionTimestamp: '2024-01-01T01:00:00Z' } : {}),
      ...(options.controller
        ? {
            ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', controller: true, ...options.controller }],
          }
        : {}),
    },
    spec: {
      replicas: options.replicas ?? 1,
      ...(options.minReadySeconds ? { minReadySeconds: options.minReadySeconds } : {}),
      selector: { matchLabels: options.selector ?? labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'c', image: options.image ?? 'nginx' }] },
      },
    },
    ...(options.status ? { status: options.status } : {}),
  };
}
