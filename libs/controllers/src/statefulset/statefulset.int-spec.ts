import type { TestingModule } from '@nestjs/testing';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { StatefulControllersModule } from '../stateful-controllers.module';
import { statefulTestKit, type StatefulTestKit } from './stateful-test-kit';
import { PersistentVolumeController } from '../volumes/persistentvolume.controller';
import { StatefulSetController } from './statefulset.controller';
import type { ClaimObject, PodObject, RevisionObject, SetObject } from './statefulset-types';

const statefulSet = (replicas: number, extra: object = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name: 'web' },
  spec: {
    replicas,
    serviceName: 'web',
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ containerPort: 80, name: 'web' }] }] },
    },
    volumeClaimTemplates: [
      {
        metadata: { name: 'www' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      },
    ],
    ...extra,
  },
});

describe('StatefulSetController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let controller: StatefulSetController;
  let kit: StatefulTestKit;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [StatefulControllersModule] });
    controller = moduleRef.get(StatefulSetController);
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard' });
    kit = statefulTestKit(moduleRef, sandboxId);
  });

  const podNames = async () => (await kit.list<PodObject>('pods', 'default')).map((pod) => pod.metadata.name).sort();
  const claimNames = async () =>
    (await kit.list<ClaimObject>('persistentvolumeclaims', 'default')).map((claim) => claim.metadata.name).sort();
  const set = async () => (await kit.find<SetObject>('statefulsets.apps', 'default', 'web'))!;

  /** Plays the kubelet until every member runs, reconciling between steps. */
  const startAll = async () => {
    for (;;) {
      await kit.settle(controller);
      const waiting = (await kit.list<PodObject>('pods', 'default')).filter(
        (pod) => pod.status?.phase === 'Pending' && !pod.metadata.deletionTimestamp,
      );
      if (!waiting.length) return;
      for (const pod of waiting) await kit.runPod('default', pod.metadata.name ?? '');
    }
  };

  it('creates members in order, each after its predecessor is Running and Ready, claims first', async () => {
    await kit.create('statefulsets.apps', 'default', statefulSet(3));
    await kit.settle(controller);
    expect(await podNames()).toEqual(['web-0']);
    expect(await claimNames()).toEqual(['www-web-0']);
    const web0 = (await kit.find<PodObject>('pods', 'default', 'web-0'))!;
    expect(web0.metadata.labels).toMatchObject({
      app: 'web',
      'statefulset.kubernetes.io/pod-name': 'web-0',
      'apps.kubernetes.io/pod-index': '0',
      'controller-revision-hash': (await set()).status?.updateRevision,
    });
    expect(web0.spec).toMatchObject({
      hostname: 'web-0',
      subdomain: 'web',
      volumes: [{ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } }],
    });
    expect(await kit.events('web')).toEqual([
      'create Claim www-web-0 Pod web-0 in StatefulSet web success',
      'create Pod web-0 in StatefulSet web successful',
    ]);

    await kit.runPod('default', 'web-0', { ready: false });
    await kit.settle(controller);
    expect(await podNames()).toEqual(['web-0']);

    await kit.runPod('default', 'web-0');
    await kit.settle(controller);
    expect(await podNames()).toEqual(['web-0', 'web-1']);

    await kit.runPod('default', 'web-1');
    await kit.settle(controller);
    await kit.runPod('default', 'web-2');
    await kit.settle(controller);
    expect(await claimNames()).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
    const status = (await set()).status;
    expect(status).toMatchObject({
      observedGeneration: 1,
      replicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      currentReplicas: 3,
      updatedReplicas: 3,
      collisionCount: 0,
    });
    expect(status?.currentRevision).toBe(status?.updateRevision);
    const revisions = await kit.list<RevisionObject>('controllerrevisions.apps', 'default');
    expect(revisions.map((revision) => [revision.metadata.name, revision.revision])).toEqual([
      [status?.currentRevision, 1],
    ]);

    // Converged: a second reconcile writes nothing.
    const before = await kit.revision();
    await controller.reconcile(kit.sandboxId);
    expect(await kit.revision()).toBe(before);
  });

  it('brings a deleted member back under its name with the same claim', async () => {
    await kit.create('statefulsets.apps', 'default', statefulSet(3));
    await startAll();
    const claim = (await kit.find<ClaimObject>('persistentvolumeclaims', 'default', 'www-web-1'))!;
    const old = (await kit.find<PodObject>('pods', 'default', 'web-1'))!;

    await kit.delete('pods', 'default', 'web-1');
    await kit.settle(controller);
    expect(await kit.reapPods()).toEqual(['web-1']);
    await kit.settle(controller);

    const web1 = (await kit.find<PodObject>('pods', 'default', 'web-1'))!;
    expect(web1.metadata.uid).not.toBe(old.metadata.uid);
    expect(web1.spec?.volumes?.[0]).toEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-1' } });
    const after = (await kit.find<ClaimObject>('persistentvolumeclaims', 'default', 'www-web-1'))!;
    expect(after.metadata.uid).toBe(claim.metadata.uid);
  });

  it('scales down from the highest ordinal, one at a time, keeping the claims', async () => {
    await kit.create('statefulsets.apps', 'default', statefulSet(3));
    await startAll();
    await kit.patch('statefulsets.apps', 'default', 'web', { spec: { replicas: 1 } });
    await kit.settle(controller);
    const terminating = (await kit.list<PodObject>('pods', 'default')).filter((pod) => pod.metadata.deletionTimestamp);
    expect(terminating.map((pod) => pod.metadata.name)).toEqual(['web-2']);

    expect(await kit.reapPods()).toEqual(['web-2']);
    await kit.settle(controller);
    expect(await kit.reapPods()).toEqual(['web-1']);
    await kit.settle(controller);
    expect(await podNames()).toEqual(['web-0']);
    expect(await claimNames()).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
    expect(await kit.events('web')).toEqual(
      expect.arrayContaining([
        'delete Pod web-2 in StatefulSet web successful',
        'delete Pod web-1 in StatefulSet web successful',
      ]),
    );
    expect((await set()).status).toMatchObject({ replicas: 1, readyReplicas: 1 });
  });

  it('rolls an update from the highest ordinal down to the partition', async () => {
    await kit.create('statefulsets.apps', 'default', statefulSet(3));
    await startAll();
    const first = (await set()).status?.currentRevision;
    await kit.patch('statefulsets.apps', 'default', 'web', {
      spec: {
        updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: { containers: [{ name: 'nginx', image: 'nginx:1.28' }] },
        },
      },
    });
    await kit.settle(controller);
    const second = (await set()).status?.updateRevision;
    expect(second).not.toBe(first);
    expect(await kit.reapPods()).toEqual(['web-2']);
    await startAll();
    expect(await kit.reapPods()).toEqual(['web-1']);
    await startAll();
    expect(await kit.reapPods()).toEqual([]);

    const pods = await kit.list<PodObject>('pods', 'default');
    const revisionOf = (name: string) =>
      pods.find((pod) => pod.metadata.name === name)?.metadata.labels?.['controller-revision-hash'];
    expect([revisionOf('web-0'), revisionOf('web-1'), revisionOf('web-2')]).toEqual([first, second, second]);
    expect(pods.find((pod) => pod.metadata.name === 'web-2')?.spec?.containers[0].image).toBe('nginx:1.28');
    expect((await set()).status).toMatchObject({
      observedGeneration: 2,
      currentRevision: first,
      updateRevision: second,
      currentReplicas: 1,
      updatedReplicas: 2,
      readyReplicas: 3,
    });
    const revisions = await kit.list<RevisionObject>('controllerrevisions.apps', 'default');
    expect(revisions.map((revision) => revision.revision).sort()).toEqual([1, 2]);
    const data = revisions.find((revision) => revision.metadata.name === second)?.data as {
      spec: { template: Record<string, unknown> };
    };
    expect(data.spec.template).toMatchObject({ $patch: 'replace', metadata: { creationTimestamp: null } });

    // Lowering the partition to 0 completes the roll-out; the update revision becomes current.
    await kit.patch('statefulsets.apps', 'default', 'web', {
      spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } } },
    });
    await kit.settle(controller);
    expect(await kit.reapPods()).toEqual(['web-0']);
    await startAll();
    expect((await set()).status).toMatchObject({
      currentRevision: second,
      updateRevision: second,
      currentReplicas: 3,
      updatedReplicas: 3,
    });
  });

  it('gets the claims of its members provisioned on their nodes by the volume binder (default class)', async () => {
    const binder = moduleRef.get(PersistentVolumeController);
    await kit.create('statefulsets.apps', 'default', statefulSet(2, { podManagementPolicy: 'Parallel' }));
    await kit.settle(controller);
    await kit.settle(binder);
    const pending = await kit.list<ClaimObject>('persistentvolumeclaims', 'default');
    expect(pending.map((claim) => [claim.spec?.storageClassName, claim.status?.phase])).toEqual([
      ['standard', 'Pending'],
      ['standard', 'Pending'],
    ]);
    await kit.runPod('default', 'web-0', { node: 'node-1' });
    await kit.runPod('default', 'web-1', { node: 'node-2' });
    await kit.settle(binder);
    await kit.settle(controller);
    const bound = await kit.list<ClaimObject>('persistentvolumeclaims', 'default');
    expect(
      bound.map((claim) => [
        claim.metadata.name,
        claim.status?.phase,
        claim.metadata.annotations?.['volume.kubernetes.io/selected-node'],
      ]),
    ).toEqual([
      ['www-web-0', 'Bound', 'node-1'],
      ['www-web-1', 'Bound', 'node-2'],
    ]);
    expect((await set()).status).toMatchObject({ replicas: 2, readyReplicas: 2 });
  });
});
