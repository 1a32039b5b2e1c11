import { newRevision, resolveRevisions, revisionData, templateOf } from './statefulset-revisions';
import { makeSet, revisionOf, withImage } from './test-fixtures';
import { HASH_LABEL } from './statefulset-types';

describe('StatefulSet revisions', () => {
  const set = makeSet();

  it('store the template as a strategic merge patch that replaces it', () => {
    expect(revisionData(set)).toEqual({
      spec: {
        template: {
          $patch: 'replace',
          metadata: { creationTimestamp: null, labels: { app: 'web' } },
          spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
        },
      },
    });
    expect(templateOf(newRevision(set, 1, 0))).toEqual(set.spec?.template);
  });

  it('are named <set>-<hash>, labelled with the template labels and the hash, controlled by the set', () => {
    const revision = newRevision(set, 1, 0);
    const hash = revision.metadata.labels?.[HASH_LABEL];
    expect(revision.metadata.name).toBe(`web-${hash}`);
    expect(revision.metadata.labels).toMatchObject({ app: 'web' });
    expect(revision.metadata.ownerReferences).toEqual([
      expect.objectContaining({ kind: 'StatefulSet', controller: true }),
    ]);
    expect(newRevision(set, 7, 0).metadata.name).toBe(revision.metadata.name);
    expect(newRevision(withImage(set, 'nginx:1.28'), 1, 0).metadata.name).not.toBe(revision.metadata.name);
  });

  it('keep the newest revision when the template is unchanged', () => {
    const revision = revisionOf(set);
    const resolved = resolveRevisions(set, [revision], new Map([[revision.metadata.name ?? '', revision]]));
    expect(resolved).toMatchObject({ current: revision, update: revision, collisionCount: 0 });
    expect(resolved.create).toBeUndefined();
  });

  it('probe the next name when another revision with other data took the hash', () => {
    const squatter = {
      ...revisionOf(withImage(set, 'other')),
      metadata: { ...newRevision(set, 1, 0).metadata, uid: 'x' },
    };
    const resolved = resolveRevisions(set, [], new Map([[squatter.metadata.name ?? '', squatter]]));
    expect(resolved.collisionCount).toBe(1);
    expect(resolved.create?.metadata.name).toBe(newRevision(set, 1, 1).metadata.name);
  });
});
