import { claimIsStale, claimOwnersUpToDate, withPolicyOwners } from './claim-retention';
import { claim, makeSet, member, revisionOf } from './test-fixtures';

describe('claim retention', () => {
  const policy = (whenDeleted: string, whenScaled: string) =>
    makeSet({ replicas: 1, persistentVolumeClaimRetentionPolicy: { whenDeleted, whenScaled } });

  it('wants no references with Retain/Retain', () => {
    const set = policy('Retain', 'Retain');
    const pod = member(set, 0, revisionOf(set));
    expect(claimOwnersUpToDate(claim('www-web-0'), set, pod)).toBe(true);
  });

  it('references the set (Delete on set deletion) or the condemned pod (Delete on scale down)', () => {
    const set = policy('Delete', 'Delete');
    const revision = revisionOf(set);
    const kept = withPolicyOwners(claim('www-web-0'), set, member(set, 0, revision));
    expect(kept.metadata.ownerReferences?.map((ref) => ref.kind)).toEqual(['StatefulSet']);
    const condemned = withPolicyOwners(claim('www-web-1'), set, member(set, 1, revision));
    expect(condemned.metadata.ownerReferences?.map((ref) => ref.kind)).toEqual(['Pod']);
    expect(claimOwnersUpToDate(condemned, set, member(set, 1, revision))).toBe(true);
  });

  it('leaves claims another controller owns alone', () => {
    const set = policy('Delete', 'Retain');
    const owned = claim('www-web-0', {
      ownerReferences: [{ apiVersion: 'v1', kind: 'Other', name: 'x', uid: 'x', controller: true }],
    });
    expect(claimOwnersUpToDate(owned, set, member(set, 0, revisionOf(set)))).toBe(true);
  });

  it('finds a claim still owned by an earlier pod stale when scale down deletes claims', () => {
    const set = policy('Retain', 'Delete');
    const stale = claim('www-web-0', {
      ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'web-0', uid: 'old' }],
    });
    expect(claimIsStale(set, stale, 'web-0')).toBe(true);
    expect(claimIsStale(policy('Retain', 'Retain'), stale, 'web-0')).toBe(false);
  });
});
