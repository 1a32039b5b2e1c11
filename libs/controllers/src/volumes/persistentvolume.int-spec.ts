import type { TestingModule } from '@nestjs/testing';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { StatefulControllersModule } from '../stateful-controllers.module';
import { statefulTestKit, type StatefulTestKit } from '../statefulset/stateful-test-kit';
import { PersistentVolumeController } from './persistentvolume.controller';
import type { ClaimObject, VolumeObject } from './volume-types';

const claimBody = (name: string, storageClassName?: string) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name },
  spec: {
    accessModes: ['ReadWriteOnce'],
    resources: { requests: { storage: '1Gi' } },
    ...(storageClassName !== undefined ? { storageClassName } : {}),
  },
});

const podBody = (name: string, claimName: string, nodeName?: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name },
  spec: {
    ...(nodeName ? { nodeName } : {}),
    containers: [{ name: 'app', image: 'busybox', command: ['sleep', '3600'] }],
    volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }],
  },
});

describe('PersistentVolumeController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let controller: PersistentVolumeController;
  let kit: StatefulTestKit;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [StatefulControllersModule] });
    controller = moduleRef.get(PersistentVolumeController);
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard' });
    kit = statefulTestKit(moduleRef, sandboxId);
  });

  const claim = async (name: string) => kit.find<ClaimObject>('persistentvolumeclaims', 'default', name);
  const volume = async (name: string) => kit.find<VolumeObject>('persistentvolumes', '', name);

  it('provisions and binds at once for an Immediate class, then writes nothing more', async () => {
    await kit.create('storageclasses.storage.k8s.io', undefined, {
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'fast' },
      provisioner: 'rancher.io/local-path',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
    });
    const created = await kit.create('persistentvolumeclaims', 'default', claimBody('data', 'fast'));
    await kit.settle(controller);

    const bound = (await claim('data'))!;
    const name = `pvc-${created.metadata.uid}`;
    expect(bound.spec?.volumeName).toBe(name);
    expect(bound.status).toMatchObject({
      phase: 'Bound',
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: '1Gi' },
    });
    expect(bound.metadata.finalizers).toEqual(['kubernetes.io/pvc-protection']);
    expect(bound.metadata.annotations).toMatchObject({
      'pv.kubernetes.io/bind-completed': 'yes',
      'pv.kubernetes.io/bound-by-controller': 'yes',
      'volume.kubernetes.io/storage-provisioner': 'rancher.io/local-path',
    });
    const pv = (await volume(name))!;
    expect(pv.metadata.finalizers).toEqual(['kubernetes.io/pv-protection']);
    expect(pv.spec).toMatchObject({
      claimRef: { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data', uid: created.metadata.uid },
      persistentVolumeReclaimPolicy: 'Delete',
      storageClassName: 'fast',
    });
    expect(pv.status?.phase).toBe('Bound');
    expect(await kit.events('data')).toEqual([
      expect.stringMatching(
        /^Waiting for a volume to be created either by the external provisioner 'rancher.io\/local-path'/,
      ),
      'External provisioner is provisioning volume for claim "default/data"',
      `Successfully provisioned volume ${name}`,
    ]);

    const before = await kit.revision();
    await controller.reconcile(kit.sandboxId);
    expect(await kit.revision()).toBe(before);
  });

  it('waits for a scheduled consumer with WaitForFirstConsumer (the default class), then provisions on its node', async () => {
    await kit.create('persistentvolumeclaims', 'default', claimBody('data'));
    await kit.settle(controller);
    const waiting = (await claim('data'))!;
    expect(waiting.spec?.storageClassName).toBe('standard');
    expect(waiting.status?.phase).toBe('Pending');
    expect(await kit.list('persistentvolumes')).toEqual([]);
    expect(await kit.events('data')).toEqual(['waiting for first consumer to be created before binding']);

    await kit.create('pods', 'default', podBody('app', 'data'));
    await kit.settle(controller);
    expect(await kit.list('persistentvolumes')).toEqual([]);
    expect(await kit.events('data')).toHaveLength(1);

    await kit.runPod('default', 'app', { node: 'node-2' });
    await kit.settle(controller);
    const bound = (await claim('data'))!;
    expect(bound.status?.phase).toBe('Bound');
    expect(bound.metadata.annotations?.['volume.kubernetes.io/selected-node']).toBe('node-2');
    const pv = (await volume(bound.spec?.volumeName ?? ''))!;
    expect(pv.spec?.nodeAffinity?.required?.nodeSelectorTerms).toEqual([
      { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-2'] }] },
    ]);
    expect(pv.spec?.hostPath?.path).toBe(`/var/local-path-provisioner/${pv.metadata.name}_default_data`);
  });

  it('keeps an in-use claim, then removes claim and volume (Delete) once its pod is gone', async () => {
    await kit.create('persistentvolumeclaims', 'default', claimBody('data'));
    await kit.create('pods', 'default', podBody('app', 'data', 'node-1'));
    await kit.settle(controller);
    const name = (await claim('data'))!.spec?.volumeName ?? '';
    expect((await volume(name))?.status?.phase).toBe('Bound');

    await kit.delete('persistentvolumeclaims', 'default', 'data');
    await kit.settle(controller);
    expect((await claim('data'))?.metadata.deletionTimestamp).toBeDefined();
    expect((await volume(name))?.status?.phase).toBe('Bound');

    await kit.delete('pods', 'default', 'app');
    await kit.reapPods();
    await kit.settle(controller);
    expect(await claim('data')).toBeUndefined();
    expect(await volume(name)).toBeUndefined();
  });

  it('binds a static volume and keeps it Released with the Retain policy', async () => {
    await kit.create('persistentvolumes', undefined, {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'manual' },
      spec: { capacity: { storage: '5Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/srv/manual' } },
    });
    await kit.create('persistentvolumeclaims', 'default', claimBody('data', ''));
    await kit.settle(controller);
    expect((await claim('data'))?.status).toMatchObject({ phase: 'Bound', capacity: { storage: '5Gi' } });
    expect((await volume('manual'))?.metadata.annotations).toEqual({ 'pv.kubernetes.io/bound-by-controller': 'yes' });

    await kit.delete('persistentvolumeclaims', 'default', 'data');
    await kit.settle(controller);
    const released = (await volume('manual'))!;
    expect(released.status?.phase).toBe('Released');
    expect(released.spec?.claimRef?.name).toBe('data');
    expect(released.metadata.deletionTimestamp).toBeUndefined();
  });
});
