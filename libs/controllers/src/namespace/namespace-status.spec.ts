import type { KubeObject } from '@ksb/store';
import { estimateSeconds, namespaceConditions, type RemainingItem } from './namespace-status';

const pod = (name: string, extra: Partial<KubeObject> = {}): RemainingItem => ({
  resource: 'pods.',
  object: { metadata: { name }, spec: { terminationGracePeriodSeconds: 30 }, status: { phase: 'Running' }, ...extra },
});

describe('namespaceConditions', () => {
  const now = '2026-01-01T00:00:00Z';

  it('reports remaining resources and finalizers as upstream words them', () => {
    const remaining = [
      pod('a'),
      pod('b'),
      { resource: 'deployments.apps', object: { metadata: { name: 'd', finalizers: ['foregroundDeletion'] } } },
    ];
    expect(namespaceConditions([], remaining, [], now)).toEqual([
      {
        type: 'NamespaceDeletionDiscoveryFailure',
        status: 'False',
        lastTransitionTime: now,
        reason: 'ResourcesDiscovered',
        message: 'All resources successfully discovered',
      },
      {
        type: 'NamespaceDeletionGroupVersionParsingFailure',
        status: 'False',
        lastTransitionTime: now,
        reason: 'ParsedGroupVersions',
        message: 'All legacy kube types successfully parsed',
      },
      {
        type: 'NamespaceDeletionContentFailure',
        status: 'False',
        lastTransitionTime: now,
        reason: 'ContentDeleted',
        message: 'All content successfully deleted, may be waiting on finalization',
      },
      {
        type: 'NamespaceContentRemaining',
        status: 'True',
        lastTransitionTime: now,
        reason: 'SomeResourcesRemain',
        message:
          'Some resources are remaining: deployments.apps has 1 resource instances, pods. has 2 resource instances',
      },
      {
        type: 'NamespaceFinalizersRemaining',
        status: 'True',
        lastTransitionTime: now,
        reason: 'SomeFinalizerRemain',
        message: 'Some finalizers are remaining: foregroundDeletion in 1 resource instances',
      },
    ]);
  });

  it('moves lastTransitionTime only when a status flips', () => {
    const first = namespaceConditions([], [pod('a')], [], now);
    const later = '2026-01-01T00:01:00Z';
    const same = namespaceConditions(first, [pod('a'), pod('b')], [], later);
    const remaining = same.find((c) => c.type === 'NamespaceContentRemaining');
    expect(remaining).toMatchObject({
      lastTransitionTime: now,
      message: 'Some resources are remaining: pods. has 2 resource instances',
    });
    const done = namespaceConditions(same, [], [], later).find((c) => c.type === 'NamespaceContentRemaining');
    expect(done).toEqual({
      type: 'NamespaceContentRemaining',
      status: 'False',
      lastTransitionTime: later,
      reason: 'ContentRemoved',
      message: 'All content successfully removed',
    });
    expect(namespaceConditions(done ? [done] : [], [], [], later)[0]).toEqual(done);
  });

  it('reports failures to delete', () => {
    const failed = namespaceConditions([], [], ['pods.: boom'], now).find(
      (c) => c.type === 'NamespaceDeletionContentFailure',
    );
    expect(failed).toMatchObject({
      status: 'True',
      reason: 'ContentDeletionFailed',
      message: 'Failed to delete all resource types, 1 remaining: pods.: boom',
    });
  });
});

describe('estimateSeconds', () => {
  it('is the longest grace period of unfinished pods, at least 15 s with finalizers', () => {
    expect(estimateSeconds([])).toBe(0);
    expect(
      estimateSeconds([
        pod('a'),
        pod('b', { status: { phase: 'Succeeded' }, spec: { terminationGracePeriodSeconds: 90 } }),
      ]),
    ).toBe(30);
    expect(estimateSeconds([{ resource: 'configmaps.', object: { metadata: { name: 'c', finalizers: ['x'] } } }])).toBe(
      15,
    );
  });
});
