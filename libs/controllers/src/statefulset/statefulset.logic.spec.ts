import { planStatefulSet } from './statefulset.logic';
import { claim, input, makeSet, member, observed, revisionOf, withImage } from './test-fixtures';
import { POD_INDEX_LABEL, POD_NAME_LABEL, REVISION_LABEL } from './statefulset-types';

const names = (objects: Array<{ metadata: { name?: string } }>) => objects.map((o) => o.metadata.name);

describe('planStatefulSet', () => {
  describe('creation', () => {
    it('creates the first revision, then web-0 with its claim first (OrderedReady)', () => {
      const set = makeSet();
      const plan = planStatefulSet(input(set, [], []));
      expect(plan.createRevision?.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]+$/);
      expect(plan.createRevision?.revision).toBe(1);
      expect(names(plan.createClaims)).toEqual(['www-web-0']);
      expect(names(plan.createPods)).toEqual(['web-0']);
      expect(plan.events).toEqual([
        {
          type: 'Normal',
          reason: 'SuccessfulCreate',
          message: 'create Claim www-web-0 Pod web-0 in StatefulSet web success',
        },
        { type: 'Normal', reason: 'SuccessfulCreate', message: 'create Pod web-0 in StatefulSet web successful' },
      ]);
    });

    it('gives members their identity: labels, hostname, subdomain, claim volume, controller', () => {
      const set = makeSet();
      const [pod] = planStatefulSet(input(set, [], [])).createPods;
      const revision = planStatefulSet(input(set, [], [])).createRevision!;
      expect(pod.metadata).toMatchObject({
        name: 'web-0',
        generateName: 'web-',
        namespace: 'default',
        labels: {
          app: 'web',
          [POD_NAME_LABEL]: 'web-0',
          [POD_INDEX_LABEL]: '0',
          [REVISION_LABEL]: revision.metadata.name,
        },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', uid: 'web-uid', controller: true },
        ],
      });
      expect(pod.spec).toMatchObject({
        hostname: 'web-0',
        subdomain: 'web',
        volumes: [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } }],
      });
    });

    it('labels claims with the selector on top of the template labels', () => {
      const set = makeSet({
        volumeClaimTemplates: [
          { metadata: { name: 'data', labels: { tier: 'db' } }, spec: { accessModes: ['ReadWriteOnce'] } },
        ],
      });
      const plan = planStatefulSet(input(set, [], []));
      expect(plan.createClaims[0].metadata).toMatchObject({ name: 'data-web-0', labels: { tier: 'db', app: 'web' } });
    });

    it('waits for web-0 to be Running and Ready before creating web-1', () => {
      const set = makeSet();
      const revision = revisionOf(set);
      const current = observed(set, revision);
      const waiting = planStatefulSet(
        input(current, [member(set, 0, revision, 'running')], [revision], [claim('www-web-0')]),
      );
      expect(waiting.createPods).toEqual([]);
      const ready = planStatefulSet(input(current, [member(set, 0, revision)], [revision], [claim('www-web-0')]));
      expect(names(ready.createPods)).toEqual(['web-1']);
      expect(names(ready.createClaims)).toEqual(['www-web-1']);
    });

    it('creates every member at once with Parallel', () => {
      const set = makeSet({ podManagementPolicy: 'Parallel' });
      const plan = planStatefulSet(input(set, [], []));
      expect(names(plan.createPods)).toEqual(['web-0', 'web-1', 'web-2']);
      expect(names(plan.createClaims)).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
    });

    it('recreates a deleted member under its name and reuses its claim', () => {
      const set = makeSet();
      const revision = revisionOf(set);
      const claims = [claim('www-web-0'), claim('www-web-1'), claim('www-web-2')];
      const plan = planStatefulSet(
        input(observed(set, revision), [member(set, 0, revision), member(set, 2, revision)], [revision], claims),
      );
      expect(names(plan.createPods)).toEqual(['web-1']);
      expect(plan.createClaims).toEqual([]);
    });

    it('does not create a member whose claim is being deleted', () => {
      const set = makeSet();
      const plan = planStatefulSet(
        input(set, [], [], [claim('www-web-0', { deletionTimestamp: '2025-01-01T00:00:00Z' })]),
      );
      expect(plan.createPods).toEqual([]);
      expect(plan.events).toContainEqual({
        type: 'Warning',
        reason: 'FailedCreate',
        message: 'create Pod web-0 in StatefulSet web failed error: pvc www-web-0 is being deleted',
      });
    });

    it('deletes a failed member so that it is recreated', () => {
      const set = makeSet({ replicas: 1 });
      const revision = revisionOf(set);
      const plan = planStatefulSet(
        input(observed(set, revision), [member(set, 0, revision, 'failed')], [revision], [claim('www-web-0')]),
      );
      expect(names(plan.deletePods)).toEqual(['web-0']);
      expect(plan.events).toEqual([
        { type: 'Normal', reason: 'SuccessfulDelete', message: 'delete Pod web-0 in StatefulSet web successful' },
      ]);
    });
  });

  describe('scale down', () => {
    const set = makeSet({ replicas: 1 });
    const revision = revisionOf(set);
    const claims = [claim('www-web-0'), claim('www-web-1'), claim('www-web-2')];

    it('removes the highest ordinal first, one at a time, and keeps the claims (Retain)', () => {
      const pods = [0, 1, 2].map((ordinal) => member(set, ordinal, revision));
      const plan = planStatefulSet(input(observed(set, revision), pods, [revision], claims));
      expect(names(plan.deletePods)).toEqual(['web-2']);
      expect(plan.updateClaims.size).toBe(0);
    });

    it('waits while the condemned member terminates', () => {
      const pods = [member(set, 0, revision), member(set, 1, revision), member(set, 2, revision, 'terminating')];
      expect(planStatefulSet(input(observed(set, revision), pods, [revision], claims)).deletePods).toEqual([]);
    });

    it('removes all condemned members at once with Parallel', () => {
      const parallel = makeSet({ replicas: 1, podManagementPolicy: 'Parallel' });
      const pods = [0, 1, 2].map((ordinal) => member(parallel, ordinal, revision));
      expect(names(planStatefulSet(input(observed(parallel, revision), pods, [revision], claims)).deletePods)).toEqual([
        'web-2',
        'web-1',
      ]);
    });

    it('makes the scaled-down pod own its claim when whenScaled is Delete', () => {
      const deleting = makeSet({
        replicas: 1,
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Delete' },
      });
      const pods = [member(deleting, 0, revision), member(deleting, 1, revision)];
      const plan = planStatefulSet(input(observed(deleting, revision), pods, [revision], claims.slice(0, 2)));
      expect(plan.updateClaims.get('www-web-1')?.metadata.ownerReferences).toEqual([
        { apiVersion: 'v1', kind: 'Pod', name: 'web-1', uid: 'pod-1-uid', controller: true, blockOwnerDeletion: true },
      ]);
    });
  });

  describe('retention policy', () => {
    it('gives claims a controller reference to the set when whenDeleted is Delete', () => {
      const set = makeSet({ persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' } });
      const plan = planStatefulSet(input(set, [], []));
      expect(plan.createClaims[0].metadata.ownerReferences).toEqual([
        {
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          name: 'web',
          uid: 'web-uid',
          controller: true,
          blockOwnerDeletion: true,
        },
      ]);
    });

    it('fixes the references of existing claims when the policy changes', () => {
      const set = makeSet({
        replicas: 1,
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Delete', whenScaled: 'Retain' },
      });
      const revision = revisionOf(set);
      const plan = planStatefulSet(
        input(observed(set, revision), [member(set, 0, revision)], [revision], [claim('www-web-0')]),
      );
      expect(plan.updateClaims.get('www-web-0')?.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'StatefulSet' });
      expect(plan.events).toEqual([
        { type: 'Normal', reason: 'SuccessfulUpdate', message: 'update Pod web-0 in StatefulSet web successful' },
      ]);
    });
  });

  describe('rolling update', () => {
    const set = makeSet();
    const old = revisionOf(set, 1);
    const claims = [claim('www-web-0'), claim('www-web-1'), claim('www-web-2')];
    const pods = [0, 1, 2].map((ordinal) => member(set, ordinal, old));

    it('creates the update revision and deletes the highest ordinal first', () => {
      const updated = observed(withImage(set, 'nginx:1.28'), old, {
        replicas: 3,
        readyReplicas: 3,
        currentReplicas: 3,
      });
      const plan = planStatefulSet(input(updated, pods, [old], claims));
      expect(plan.createRevision?.revision).toBe(2);
      expect(plan.createRevision?.metadata.name).not.toBe(old.metadata.name);
      expect(names(plan.deletePods)).toEqual(['web-2']);
      expect(plan.status).toMatchObject({
        currentRevision: old.metadata.name,
        updateRevision: plan.createRevision?.metadata.name,
        currentReplicas: 3,
        observedGeneration: 2,
      });
      expect(plan.status?.updatedReplicas).toBeUndefined();
    });

    it('recreates the deleted member at the update revision, then moves on once it is ready', () => {
      const updatedSet = withImage(set, 'nginx:1.28');
      const next = revisionOf(updatedSet, 2);
      const current = observed(updatedSet, old);
      const recreate = planStatefulSet(input(current, pods.slice(0, 2), [old, next], claims));
      expect(recreate.createPods.map((pod) => pod.metadata.labels?.[REVISION_LABEL])).toEqual([next.metadata.name]);
      expect(recreate.createPods[0].spec?.containers[0].image).toBe('nginx:1.28');
      const moved = planStatefulSet(
        input(current, [...pods.slice(0, 2), member(updatedSet, 2, next)], [old, next], claims),
      );
      expect(names(moved.deletePods)).toEqual(['web-1']);
    });

    it('stops at the partition', () => {
      const partitioned = withImage(
        makeSet({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }),
        'nginx:1.28',
      );
      const next = revisionOf(partitioned, 2);
      const current = observed(partitioned, old);
      const plan = planStatefulSet(
        input(current, [...pods.slice(0, 2), member(partitioned, 2, next)], [old, next], claims),
      );
      expect(plan.deletePods).toEqual([]);
      expect(plan.status).toMatchObject({ currentReplicas: 2, updatedReplicas: 1, currentRevision: old.metadata.name });
    });

    it('gives a recreated member below the partition the current revision', () => {
      const partitioned = withImage(
        makeSet({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } }),
        'nginx:1.28',
      );
      const next = revisionOf(partitioned, 2);
      const plan = planStatefulSet(input(observed(partitioned, old), [pods[0], pods[2]], [old, next], claims));
      expect(plan.createPods[0].metadata.labels?.[REVISION_LABEL]).toBe(old.metadata.name);
      expect(plan.createPods[0].spec?.containers[0].image).toBe('nginx:1.27');
    });

    it('completes: every member updated and ready makes the update revision current', () => {
      const updatedSet = withImage(set, 'nginx:1.28');
      const next = revisionOf(updatedSet, 2);
      const all = [0, 1, 2].map((ordinal) => member(updatedSet, ordinal, next));
      const plan = planStatefulSet(input(observed(updatedSet, old), all, [old, next], claims));
      expect(plan.deletePods).toEqual([]);
      expect(plan.status).toMatchObject({
        currentRevision: next.metadata.name,
        updateRevision: next.metadata.name,
        currentReplicas: 3,
        updatedReplicas: 3,
        readyReplicas: 3,
        availableReplicas: 3,
      });
    });

    it('leaves members alone with OnDelete', () => {
      const onDelete = withImage(makeSet({ updateStrategy: { type: 'OnDelete' } }), 'nginx:1.28');
      const plan = planStatefulSet(input(observed(onDelete, old), pods, [old], claims));
      expect(plan.createRevision).toBeDefined();
      expect(plan.deletePods).toEqual([]);
    });

    it('rolls back by renumbering the earlier revision instead of creating one', () => {
      const updatedSet = withImage(set, 'nginx:1.28');
      const next = revisionOf(updatedSet, 2);
      const rolledBack = { ...set, metadata: { ...set.metadata, generation: 3 } };
      const plan = planStatefulSet(input(observed(rolledBack, next), pods, [old, next], claims));
      expect(plan.createRevision).toBeUndefined();
      expect(plan.updateRevisions).toEqual([expect.objectContaining({ revision: 3, metadata: old.metadata })]);
    });
  });

  describe('history and steady state', () => {
    it('deletes the oldest unused revisions beyond revisionHistoryLimit', () => {
      const set = makeSet({ replicas: 1, revisionHistoryLimit: 1 });
      const revisions = ['1.1', '1.2', '1.3'].map((tag, index) =>
        revisionOf(withImage(set, `nginx:${tag}`), index + 1),
      );
      const current = revisionOf(set, 4);
      const plan = planStatefulSet(
        input(observed(set, current), [member(set, 0, current)], [...revisions, current], [claim('www-web-0')]),
      );
      expect(plan.deleteRevisions.map((revision) => revision.revision)).toEqual([1, 2]);
    });

    it('writes nothing once the set has converged', () => {
      const set = makeSet();
      const revision = revisionOf(set);
      const pods = [0, 1, 2].map((ordinal) => member(set, ordinal, revision));
      const claims = [claim('www-web-0'), claim('www-web-1'), claim('www-web-2')];
      const first = planStatefulSet(input(observed(set, revision), pods, [revision], claims));
      const converged = observed(set, revision, first.status);
      const plan = planStatefulSet(input(converged, pods, [revision], claims));
      expect(plan).toEqual({
        updateRevisions: [],
        deleteRevisions: [],
        createClaims: [],
        updateClaims: new Map(),
        createPods: [],
        updatePods: new Map(),
        deletePods: [],
        events: [],
      });
    });

    it('waits minReadySeconds before counting a member available and creating the next', () => {
      const set = makeSet({ minReadySeconds: 10 });
      const revision = revisionOf(set);
      const young = member(set, 0, revision);
      const readySince = {
        ...young,
        status: {
          ...young.status,
          conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2024-12-31T23:59:55Z' }],
        },
      };
      const plan = planStatefulSet(
        input(observed(set, revision), [readySince], [revision], [claim('www-web-0')], { minReadyMs: 10_000 }),
      );
      expect(plan.createPods).toEqual([]);
      expect(plan.requeueAfterMs).toBe(5001);
      expect(plan.status).toMatchObject({ readyReplicas: 1, availableReplicas: 0 });
    });
  });
});
