import { claimOf } from './claim';
import { pod, replicaSet } from './test-pods';

describe('claimOf (ClaimObject)', () => {
  const rs = replicaSet({ name: 'web' });
  const other = replicaSet({ name: 'other' });

  it('adopts a matching orphan', () => {
    expect(claimOf(rs, pod({ name: 'p' }), true)).toBe('adopt');
  });

  it('ignores orphans that do not match or are being deleted, and everything while it is deleted', () => {
    expect(claimOf(rs, pod({ name: 'p' }), false)).toBe('ignore');
    expect(claimOf(rs, pod({ name: 'p', deleting: true }), true)).toBe('ignore');
    expect(claimOf(replicaSet({ name: 'web', deleting: true }), pod({ name: 'p' }), true)).toBe('ignore');
  });

  it('ignores orphans of another namespace', () => {
    expect(claimOf(rs, pod({ name: 'p', namespace: 'other' }), true)).toBe('ignore');
  });

  it('keeps what it controls while the selector matches and releases it when not', () => {
    expect(claimOf(rs, pod({ name: 'p', owner: rs }), true)).toBe('owned');
    expect(claimOf(rs, pod({ name: 'p', owner: rs }), false)).toBe('release');
  });

  it('does not release while being deleted, and never touches objects another controller owns', () => {
    const deleting = replicaSet({ name: 'web', deleting: true });
    expect(claimOf(deleting, pod({ name: 'p', owner: deleting }), false)).toBe('ignore');
    expect(claimOf(rs, pod({ name: 'p', owner: other }), true)).toBe('ignore');
  });
});
