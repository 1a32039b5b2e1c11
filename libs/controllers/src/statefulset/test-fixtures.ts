import type { StatefulSetSpec } from 'kubernetes-types/apps/v1';
import { newRevision } from './statefulset-revisions';
import type { ClaimObject, PodObject, RevisionObject, SetObject } from './statefulset-types';
import { newMemberPod } from './statefulset-identity';
import type { SetInput } from './statefulset.logic';

// Builders for the StatefulSet unit tests.

export const NOW = new Date('2025-01-01T00:00:00Z');

export function makeSet(spec: Partial<StatefulSetSpec> = {}, name = 'web'): SetObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace: 'default', uid: `${name}-uid`, generation: 1, resourceVersion: '10' },
    spec: {
      replicas: 3,
      serviceName: name,
      podManagementPolicy: 'OrderedReady',
      selector: { matchLabels: { app: name } },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
      revisionHistoryLimit: 10,
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: 'www' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
        },
      ],
      ...spec,
    },
  };
}

export const withImage = (set: SetObject, image: string): SetObject => ({
  ...set,
  metadata: { ...set.metadata, generation: (set.metadata.generation ?? 1) + 1 },
  spec: {
    ...set.spec!,
    template: { ...set.spec!.template, spec: { containers: [{ name: 'nginx', image }] } },
  },
});

/** The set's revision for its current template. */
export const revisionOf = (set: SetObject, number = 1): RevisionObject => ({
  ...newRevision(set, number, 0),
  metadata: { ...newRevision(set, number, 0).metadata, uid: `rev-${number}`, resourceVersion: '5' },
});

type PodState = 'pending' | 'ready' | 'running' | 'failed' | 'terminating';

/** A stored member at an ordinal, of a revision, in a state. */
export function member(
  set: SetObject,
  ordinal: number,
  revision: RevisionObject,
  state: PodState = 'ready',
): PodObject {
  const pod = newMemberPod(set, set.spec!.template, ordinal, revision.metadata.name ?? '');
  const phase = state === 'pending' ? 'Pending' : state === 'failed' ? 'Failed' : 'Running';
  const ready = state === 'ready' || state === 'terminating';
  return {
    ...pod,
    metadata: {
      ...pod.metadata,
      uid: `pod-${ordinal}-uid`,
      resourceVersion: '20',
      ...(state === 'terminating' ? { deletionTimestamp: '2025-01-01T00:00:00Z' } : {}),
    },
    spec: { ...pod.spec!, nodeName: 'node-1' },
    status: {
      phase,
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: '2024-12-31T23:00:00Z' }],
    },
  };
}

export function claim(name: string, extra: Partial<ClaimObject['metadata']> = {}): ClaimObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name, namespace: 'default', uid: `${name}-uid`, resourceVersion: '7', ...extra },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
  };
}

export function input(
  set: SetObject,
  members: PodObject[],
  revisions: RevisionObject[],
  claims: ClaimObject[] = [],
  extra: Partial<SetInput> = {},
): SetInput {
  return {
    set,
    members,
    claims: new Map(claims.map((c) => [c.metadata.name ?? '', c])),
    revisions,
    revisionsByName: new Map(revisions.map((r) => [r.metadata.name ?? '', r])),
    now: NOW,
    minReadyMs: 0,
    ...extra,
  };
}

/** A set whose status already names its revision (as after its first sync). */
export const observed = (
  set: SetObject,
  revision: RevisionObject,
  status: Partial<SetObject['status']> = {},
): SetObject => ({
  ...set,
  status: {
    replicas: 0,
    currentRevision: revision.metadata.name,
    updateRevision: revision.metadata.name,
    collisionCount: 0,
    observedGeneration: 1,
    ...status,
  },
});
