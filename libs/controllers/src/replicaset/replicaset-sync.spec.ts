import { podFromTemplate } from './pod-template';
import { BURST_REPLICAS, nextAvailableAt, planReplicaSet, relatedPods } from './replicaset-sync';
import { pod, replicaSet } from './test-pods';

const NOW = Date.parse('2024-01-01T00:01:00Z');
const names = (pods: { metadata: { name?: string } }[]) => pods.map((p) => p.metadata.name);

describe('planReplicaSet', () => {
  it('adopts a matching orphan and creates only the missing pods', () => {
    const rs = replicaSet({ name: 'web', replicas: 3 });
    const bare = pod({ name: 'bare', labels: { app: 'web' } });
    const plan = planReplicaSet(rs, [bare], [], NOW);
    expect(names(plan?.adopt ?? [])).toEqual(['bare']);
    expect(plan?.create).toBe(2);
  });

  it('deletes the surplus, least established first', () => {
    const rs = replicaSet({ name: 'web', replicas: 3 });
    const running = (name: string) =>
      pod({
        name,
        labels: { app: 'web' },
        owner: rs,
        node: 'node-1',
        phase: 'Running',
        readySince: '2024-01-01T00:00:00Z',
      });
    const pending = pod({ name: 'new', labels: { app: 'web' }, owner: rs });
    const plan = planReplicaSet(rs, [running('a'), running('b'), running('c'), pending], [], NOW);
    expect(names(plan?.delete ?? [])).toEqual(['new']);
    expect(plan?.create).toBe(0);
  });

  it('releases pods it controls that its selector no longer matches', () => {
    const rs = replicaSet({ name: 'web', replicas: 1 });
    const relabeled = pod({ name: 'p', labels: { app: 'debug' }, owner: rs });
    const plan = planReplicaSet(rs, [relabeled], [], NOW);
    expect(names(plan?.release ?? [])).toEqual(['p']);
    expect(plan?.create).toBe(1);
  });

  it('ignores finished and terminating pods, other namespaces and other owners', () => {
    const rs = replicaSet({ name: 'web', replicas: 1 });
    const other = replicaSet({ name: 'other' });
    const pods = [
      pod({ name: 'done', labels: { app: 'web' }, owner: rs, phase: 'Succeeded' }),
      pod({ name: 'going', labels: { app: 'web' }, owner: rs, deleting: true }),
      pod({ name: 'elsewhere', labels: { app: 'web' }, namespace: 'other' }),
      pod({ name: 'theirs', labels: { app: 'web' }, owner: other }),
    ];
    const plan = planReplicaSet(rs, pods, [], NOW);
    expect(plan?.owned).toEqual([]);
    expect(plan?.adopt).toEqual([]);
    expect(plan?.create).toBe(1);
  });

  it('neither creates nor deletes while the ReplicaSet is being deleted', () => {
    const rs = replicaSet({ name: 'web', replicas: 3, deleting: true });
    expect(planReplicaSet(rs, [], [], NOW)?.create).toBe(0);
  });

  it('creates at most burstReplicas at once', () => {
    const rs = replicaSet({ name: 'web', replicas: 1000 });
    expect(planReplicaSet(rs, [], [], NOW)?.create).toBe(BURST_REPLICAS);
  });

  it('skips a ReplicaSet with an invalid selector', () => {
    const rs = replicaSet({ name: 'web' });
    rs.spec = { ...rs.spec!, selector: { matchExpressions: [{ key: 'app', operator: 'Bogus' }] } };
    expect(planReplicaSet(rs, [], [], NOW)).toBeUndefined();
  });
});

describe('relatedPods', () => {
  it('collects the pods of every ReplicaSet with the same controller', () => {
    const controller = { name: 'web', uid: 'd-1' };
    const a = replicaSet({ name: 'web-a', labels: { app: 'web', h: 'a' }, controller });
    const b = replicaSet({ name: 'web-b', labels: { app: 'web', h: 'b' }, controller });
    const lone = replicaSet({ name: 'lone', labels: { app: 'lone' } });
    const pods = [
      pod({ name: 'pa', labels: { app: 'web', h: 'a' } }),
      pod({ name: 'pb', labels: { app: 'web', h: 'b' } }),
      pod({ name: 'pl', labels: { app: 'lone' } }),
    ];
    expect(names(relatedPods(a, [a, b, lone], pods))).toEqual(['pa', 'pb']);
    expect(relatedPods(lone, [a, b, lone], pods)).toEqual([]);
  });
});

describe('nextAvailableAt', () => {
  it('is when the first ready pod passes minReadySeconds', () => {
    const rs = replicaSet({ name: 'web', minReadySeconds: 10 });
    const pods = [
      pod({ name: 'a', readySince: '2024-01-01T00:00:55Z' }),
      pod({ name: 'b', readySince: '2024-01-01T00:00:58Z' }),
    ];
    expect(nextAvailableAt(rs, pods, 10_000, NOW)).toBe(Date.parse('2024-01-01T00:01:05Z') + 1);
    expect(nextAvailableAt(replicaSet({ name: 'web' }), pods, 0, NOW)).toBeUndefined();
  });
});

describe('podFromTemplate', () => {
  it('names pods after the ReplicaSet and makes it their controller', () => {
    const rs = replicaSet({ name: 'web', labels: { app: 'web' } });
    const made = podFromTemplate(rs);
    expect(made.metadata).toEqual({
      generateName: 'web-',
      labels: { app: 'web' },
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: 'web',
          uid: 'uid-web',
          controller: true,
          blockOwnerDeletion: true,
        },
      ],
    });
    expect(made.spec?.containers[0]?.image).toBe('nginx');
  });
});
