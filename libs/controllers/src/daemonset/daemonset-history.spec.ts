import type { KubeObject } from '@ksb/store';
import { canonicalJson, computeHash, historyToDelete, planHistory, revisionData } from './daemonset-history';

const ds = (image = 'busybox'): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent', namespace: 'default', uid: 'ds-uid' },
  spec: { template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'a', image }] } } },
});
const matches = (labels?: Record<string, string>) => labels?.app === 'agent';

const revision = (name: string, data: object, number: number, extra: Partial<KubeObject['metadata']> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'ControllerRevision',
  metadata: {
    name,
    namespace: 'default',
    labels: { app: 'agent', 'controller-revision-hash': name.replace('agent-', '') },
    ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'agent', uid: 'ds-uid', controller: true }],
    ...extra,
  },
  data,
  revision: number,
});

describe('computeHash', () => {
  it('is stable, key-order independent, and changes with the template or the collision count', () => {
    const a = computeHash({ b: 1, a: [1, { y: 2, x: 1 }] });
    expect(a).toBe(computeHash({ a: [1, { x: 1, y: 2 }], b: 1 }));
    expect(a).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
    expect(computeHash({ b: 2 })).not.toBe(computeHash({ b: 1 }));
    expect(computeHash({ b: 1 }, 1)).not.toBe(computeHash({ b: 1 }));
    expect(canonicalJson({ b: undefined, a: 'x' })).toBe('{"a":"x"}');
  });
});

describe('planHistory', () => {
  it('creates revision 1 for a new DaemonSet', () => {
    const plan = planHistory(ds(), [], matches);
    expect(plan.create).toMatchObject({
      metadata: {
        name: `agent-${plan.hash}`,
        labels: { app: 'agent', 'controller-revision-hash': plan.hash },
        ownerReferences: [expect.objectContaining({ uid: 'ds-uid', controller: true })],
      },
      data: { spec: { template: { $patch: 'replace', spec: { containers: [{ name: 'a', image: 'busybox' }] } } } },
      revision: 1,
    });
    expect(plan.updates).toEqual([]);
  });

  it('finds the current revision, numbers a new template after the old ones, and renumbers a rollback', () => {
    const v1 = revision('agent-one', revisionData(ds('v1')), 1);
    const v2 = revision('agent-two', revisionData(ds('v2')), 2);
    expect(planHistory(ds('v2'), [v1, v2], matches)).toMatchObject({ hash: 'two', updates: [], old: [v1] });
    const third = planHistory(ds('v3'), [v1, v2], matches);
    expect(third.create?.revision).toBe(3);
    const rollback = planHistory(ds('v1'), [v1, v2], matches);
    expect(rollback.hash).toBe('one');
    expect(rollback.updates).toEqual([expect.objectContaining({ revision: 3 })]);
  });

  it('adopts matching orphans, releases non-matching owned ones, and reports a name collision', () => {
    const orphan = revision('agent-x', revisionData(ds('other')), 1, { ownerReferences: undefined });
    const stray = revision('agent-y', revisionData(ds('other2')), 2, {
      labels: { app: 'else', 'controller-revision-hash': 'y' },
    });
    const plan = planHistory(ds(), [orphan, stray], matches);
    expect(
      plan.updates.map((r) => [r.metadata.name, (r.metadata.ownerReferences as object[] | undefined)?.length ?? 0]),
    ).toEqual([
      ['agent-x', 1],
      ['agent-y', 0],
    ]);
    expect(plan.old.map((r) => r.metadata.name)).toEqual(['agent-x']);
    const taken = `agent-${planHistory(ds(), [], matches).hash}`;
    const squatter: KubeObject = {
      apiVersion: 'v1',
      kind: 'ControllerRevision',
      metadata: { name: taken, namespace: 'default' },
    };
    expect(planHistory(ds(), [squatter], matches).collision).toBe(true);
  });
});

describe('historyToDelete', () => {
  it('deletes the oldest revisions beyond the limit that no pod uses', () => {
    const old = [1, 2, 3, 4].map((n) => revision(`agent-r${n}`, {}, n));
    const names = (list: KubeObject[]) => list.map((r) => r.metadata.name);
    expect(names(historyToDelete(old, 2, new Set()))).toEqual(['agent-r1', 'agent-r2']);
    expect(names(historyToDelete(old, 2, new Set(['r1'])))).toEqual(['agent-r2', 'agent-r3']);
    expect(historyToDelete(old, 10, new Set())).toEqual([]);
  });
});
