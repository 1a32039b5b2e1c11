import { claimPods, claimRevisions, selectorOf } from './statefulset-ownership';
import { makeSet, member, revisionOf } from './test-fixtures';

describe('StatefulSet ownership', () => {
  const set = makeSet();
  const selector = selectorOf(set)!;
  const revision = revisionOf(set);

  it('adopts matching orphans named like members and releases members that stopped matching', () => {
    const orphan = member(set, 0, revision);
    delete orphan.metadata.ownerReferences;
    const stray = {
      ...member(set, 1, revision),
      metadata: { ...member(set, 1, revision).metadata, labels: { app: 'other' } },
    };
    const otherName = { ...orphan, metadata: { ...orphan.metadata, name: 'db-0' } };
    const claimed = claimPods(set, selector, [orphan, stray, otherName]);
    expect(claimed.members.map((pod) => pod.metadata.name)).toEqual(['web-0']);
    expect(claimed.adopted[0].metadata.ownerReferences).toEqual([expect.objectContaining({ uid: 'web-uid' })]);
    expect(claimed.released[0].metadata.ownerReferences).toBeUndefined();
  });

  it('adopts orphan revisions matching the selector', () => {
    const orphan = { ...revision, metadata: { ...revision.metadata, ownerReferences: undefined } };
    expect(claimRevisions(set, selector, [orphan]).adopted).toHaveLength(1);
  });

  it('has no selector for a set without one', () => {
    expect(selectorOf(makeSet({ selector: {} }))).toBeUndefined();
  });
});
