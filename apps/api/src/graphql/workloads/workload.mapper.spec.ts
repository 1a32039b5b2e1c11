import type { KubeObject } from '@ksb/store';
import { selectorStringOf, toDeployment, toReplicaSet, toStatefulSet } from './workload.mapper';

const template = {
  metadata: { labels: { app: 'web' } },
  spec: {
    initContainers: [{ name: 'init', image: 'busybox:1.36' }],
    containers: [
      { name: 'web', image: 'nginx:1.27' },
      { name: 'sidecar', image: 'envoy:1.30' },
    ],
  },
};

describe('workload mappers', () => {
  it('maps a Deployment: counts, strategy, images, revision, paused, conditions', () => {
    const deployment: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name: 'web',
        namespace: 'default',
        uid: 'd1',
        annotations: { 'deployment.kubernetes.io/revision': '3' },
      },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'Exists' }] },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
        paused: true,
        template,
      },
      status: {
        replicas: 3,
        readyReplicas: 2,
        updatedReplicas: 3,
        availableReplicas: 2,
        unavailableReplicas: 1,
        conditions: [{ type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable' }],
      },
    };
    const mapped = toDeployment(deployment, 'sb1');
    expect(mapped).toMatchObject({
      sandboxId: 'sb1',
      replicas: 3,
      readyReplicas: 2,
      updatedReplicas: 3,
      availableReplicas: 2,
      unavailableReplicas: 1,
      strategy: { type: 'RollingUpdate', maxSurge: '25%', maxUnavailable: '1' },
      images: ['nginx:1.27', 'envoy:1.30'],
      revision: '3',
      paused: true,
      selectorString: 'app=web,tier',
    });
    expect(mapped.selector).toEqual({
      matchLabels: { app: 'web' },
      matchExpressions: [{ key: 'tier', operator: 'Exists' }],
    });
    expect(mapped.conditions).toEqual([
      {
        type: 'Available',
        status: 'False',
        reason: 'MinimumReplicasUnavailable',
        message: null,
        lastTransitionTime: null,
      },
    ]);
    expect(mapped.metadata.uid).toBe('d1');
    expect(mapped.json).toBe(deployment);
  });

  it('fills a Deployment without status: zero counts, no revision, Recreate without limits', () => {
    const mapped = toDeployment(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'new' },
        spec: { replicas: 0, strategy: { type: 'Recreate' }, selector: { matchLabels: { a: 'b' } }, template },
      },
      'sb1',
    );
    expect(mapped).toMatchObject({
      replicas: 0,
      readyReplicas: 0,
      updatedReplicas: 0,
      availableReplicas: 0,
      strategy: { type: 'Recreate', maxSurge: null, maxUnavailable: null },
      revision: null,
      paused: false,
      conditions: [],
    });
  });

  it('maps a ReplicaSet with its revision and current pods', () => {
    const mapped = toReplicaSet(
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: 'web-7d9c',
          namespace: 'default',
          annotations: { 'deployment.kubernetes.io/revision': '2' },
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd1', controller: true }],
        },
        spec: { replicas: 2, selector: { matchLabels: { app: 'web', 'pod-template-hash': '7d9c' } }, template },
        status: { replicas: 1, readyReplicas: 1, availableReplicas: 1 },
      },
      'sb1',
    );
    expect(mapped).toMatchObject({
      replicas: 2,
      currentReplicas: 1,
      readyReplicas: 1,
      availableReplicas: 1,
      revision: '2',
      selectorString: 'app=web,pod-template-hash=7d9c',
    });
    expect(mapped.metadata.ownerReferences).toEqual([
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd1', controller: true },
    ]);
  });

  it('maps a StatefulSet: service name, revisions, policies', () => {
    const mapped = toStatefulSet(
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'db', namespace: 'default' },
        spec: {
          replicas: 3,
          serviceName: 'db-headless',
          podManagementPolicy: 'Parallel',
          updateStrategy: { type: 'OnDelete' },
          selector: { matchLabels: { app: 'db' } },
          template,
        },
        status: {
          replicas: 3,
          readyReplicas: 3,
          currentReplicas: 3,
          updatedReplicas: 1,
          availableReplicas: 3,
          currentRevision: 'db-5f6d',
          updateRevision: 'db-8a9b',
        },
      },
      'sb1',
    );
    expect(mapped).toMatchObject({
      replicas: 3,
      readyReplicas: 3,
      currentReplicas: 3,
      updatedReplicas: 1,
      availableReplicas: 3,
      serviceName: 'db-headless',
      currentRevision: 'db-5f6d',
      updateRevision: 'db-8a9b',
      podManagementPolicy: 'Parallel',
      updateStrategy: 'OnDelete',
      images: ['nginx:1.27', 'envoy:1.30'],
    });
    expect(toStatefulSet({ metadata: { name: 'bare' } }, 'sb1')).toMatchObject({
      replicas: 1,
      serviceName: '',
      currentRevision: null,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: 'RollingUpdate',
      images: [],
    });
  });

  it('turns selectors into label selector strings; empty or invalid ones select nothing', () => {
    expect(selectorStringOf({ matchLabels: { b: '2', a: '1' } })).toBe('a=1,b=2');
    expect(selectorStringOf({ matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }] })).toBe(
      'env in (dev,prod)',
    );
    expect(selectorStringOf({})).toBeNull();
    expect(selectorStringOf(undefined)).toBeNull();
    expect(selectorStringOf({ matchExpressions: [{ key: 'env', operator: 'Near', values: [] }] })).toBeNull();
  });
});
