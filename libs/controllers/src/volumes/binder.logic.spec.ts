import { EXTERNAL_PROVISIONING, planBinding } from './binder.logic';
import { node, podUsing, pv, pvc, storageClass, world } from './test-fixtures';
import type { ClaimObject, VolumeObject } from './volume-types';

const only = <T>(items: T[]): T => {
  expect(items).toHaveLength(1);
  return items[0];
};
const reasons = (plan: ReturnType<typeof planBinding>) => plan.events.map((event) => event.reason);

describe('planBinding', () => {
  describe('static volumes', () => {
    it('binds a claim to the smallest Available volume that fits, both ways', () => {
      const claim = pvc('data', { storageClassName: '' });
      const plan = planBinding(
        world({ claims: [claim], volumes: [pv('big', '10Gi'), pv('small', '2Gi'), pv('tiny', '512Mi')] }),
      );
      const volume = only(plan.updateVolumes);
      expect(volume.metadata.name).toBe('small');
      expect(volume.spec?.claimRef).toEqual({
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        name: 'data',
        namespace: 'default',
        resourceVersion: '3',
        uid: 'data-uid',
      });
      expect(volume.metadata.annotations).toEqual({ 'pv.kubernetes.io/bound-by-controller': 'yes' });
      expect(volume.status).toEqual({ phase: 'Bound', lastPhaseTransitionTime: '2025-01-01T00:00:00Z' });
      const bound = only(plan.updateClaims);
      expect(bound.spec?.volumeName).toBe('small');
      expect(bound.metadata.annotations).toEqual({
        'pv.kubernetes.io/bind-completed': 'yes',
        'pv.kubernetes.io/bound-by-controller': 'yes',
      });
      expect(bound.status).toEqual({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '2Gi' } });
    });

    it('matches access modes, class and selector', () => {
      const claim = pvc('data', { storageClassName: 'slow', selector: { matchLabels: { disk: 'ssd' } } });
      const volumes = [
        pv('rwx', '1Gi', { accessModes: ['ReadWriteMany'], storageClassName: 'slow' }, { labels: { disk: 'ssd' } }),
        pv('other-class', '1Gi', { storageClassName: 'fast' }, { labels: { disk: 'ssd' } }),
        pv('hdd', '1Gi', { storageClassName: 'slow' }, { labels: { disk: 'hdd' } }),
        pv('ok', '1Gi', { storageClassName: 'slow' }, { labels: { disk: 'ssd' } }),
      ];
      const plan = planBinding(
        world({
          claims: [claim],
          volumes,
          classes: [storageClass('slow', { provisioner: 'kubernetes.io/no-provisioner' })],
        }),
      );
      expect(only(plan.updateVolumes).metadata.name).toBe('ok');
    });

    it('makes a new volume Available and gives it the pv-protection finalizer', () => {
      const fresh = pv('fresh', '1Gi', {}, { finalizers: undefined }, 'Pending');
      const volume = only(planBinding(world({ volumes: [fresh] })).updateVolumes);
      expect(volume.metadata.finalizers).toEqual(['kubernetes.io/pv-protection']);
      expect(volume.status?.phase).toBe('Available');
    });

    it('says so when nothing fits and no class is set', () => {
      const plan = planBinding(
        world({ claims: [pvc('data', { storageClassName: '' })], volumes: [pv('tiny', '1Mi')] }),
      );
      expect(plan.events).toEqual([
        expect.objectContaining({
          reason: 'FailedBinding',
          message: 'no persistent volumes available for this claim and no storage class is set',
          component: 'persistentvolume-controller',
          once: true,
        }),
      ]);
    });
  });

  describe('dynamic provisioning', () => {
    it('assigns the default class to a claim naming none', () => {
      const plan = planBinding(world({ claims: [pvc('data')], classes: [storageClass('standard', {}, true)] }));
      expect(only(plan.updateClaims).spec?.storageClassName).toBe('standard');
    });

    it('provisions at once for an Immediate class: annotations, the volume, the events', () => {
      const claim = pvc('data', { storageClassName: 'fast' });
      const plan = planBinding(
        world({ claims: [claim], classes: [storageClass('fast', { reclaimPolicy: 'Retain' })] }),
      );
      expect(only(plan.updateClaims).metadata.annotations).toEqual({
        'volume.beta.kubernetes.io/storage-provisioner': 'rancher.io/local-path',
        'volume.kubernetes.io/storage-provisioner': 'rancher.io/local-path',
      });
      const volume = only(plan.createVolumes);
      expect(volume.metadata).toEqual({
        name: 'pvc-data-uid',
        annotations: { 'pv.kubernetes.io/provisioned-by': 'rancher.io/local-path' },
        finalizers: ['kubernetes.io/pv-protection'],
      });
      expect(volume.spec).toMatchObject({
        accessModes: ['ReadWriteOnce'],
        capacity: { storage: '1Gi' },
        claimRef: { name: 'data', namespace: 'default', uid: 'data-uid' },
        persistentVolumeReclaimPolicy: 'Retain',
        storageClassName: 'fast',
        volumeMode: 'Filesystem',
      });
      expect(volume.spec?.nodeAffinity).toBeUndefined();
      expect(plan.events.map((event) => [event.reason, event.component, event.message])).toEqual([
        ['ExternalProvisioning', 'persistentvolume-controller', EXTERNAL_PROVISIONING('rancher.io/local-path')],
        [
          'Provisioning',
          'rancher.io/local-path',
          'External provisioner is provisioning volume for claim "default/data"',
        ],
        ['ProvisioningSucceeded', 'rancher.io/local-path', 'Successfully provisioned volume pvc-data-uid'],
      ]);
    });

    it('binds the provisioned volume on the next pass', () => {
      const claim = pvc('data', { storageClassName: 'fast' });
      const classes = [storageClass('fast')];
      const first = planBinding(world({ claims: [claim], classes }));
      const provisioned: VolumeObject = {
        ...first.createVolumes[0],
        metadata: { ...first.createVolumes[0].metadata, uid: 'v', resourceVersion: '9' },
        status: { phase: 'Pending' },
      };
      const second = planBinding(world({ claims: first.updateClaims, volumes: [provisioned], classes }));
      expect(only(second.updateClaims)).toMatchObject({
        spec: { volumeName: 'pvc-data-uid' },
        status: { phase: 'Bound' },
      });
      const volume = only(second.updateVolumes);
      expect(volume.status?.phase).toBe('Bound');
      expect(volume.metadata.annotations?.['pv.kubernetes.io/bound-by-controller']).toBeUndefined();
      expect(second.createVolumes).toEqual([]);
      expect(reasons(second)).toEqual([]);
    });

    it('waits for the first consumer with WaitForFirstConsumer', () => {
      const claim = pvc('data', { storageClassName: 'standard' });
      const classes = [storageClass('standard', { volumeBindingMode: 'WaitForFirstConsumer' })];
      const unscheduled = planBinding(world({ claims: [claim], classes, pods: [podUsing('app', 'data')] }));
      expect(unscheduled.createVolumes).toEqual([]);
      expect(unscheduled.events).toEqual([
        expect.objectContaining({
          reason: 'WaitForFirstConsumer',
          message: 'waiting for first consumer to be created before binding',
          once: true,
        }),
      ]);
    });

    it('provisions on the consumer node once a pod using the claim is scheduled', () => {
      const claim = pvc('data', { storageClassName: 'standard' });
      const classes = [storageClass('standard', { volumeBindingMode: 'WaitForFirstConsumer' })];
      const plan = planBinding(world({ claims: [claim], classes, pods: [podUsing('app', 'data', 'node-2')] }));
      expect(only(plan.updateClaims).metadata.annotations?.['volume.kubernetes.io/selected-node']).toBe('node-2');
      expect(only(plan.createVolumes).spec).toMatchObject({
        hostPath: { path: '/var/local-path-provisioner/pvc-data-uid_default_data', type: 'DirectoryOrCreate' },
        nodeAffinity: {
          required: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['node-2'] }] },
            ],
          },
        },
      });
    });

    it("honours the scheduler's selected-node annotation", () => {
      const claim = pvc(
        'data',
        { storageClassName: 'standard' },
        { annotations: { 'volume.kubernetes.io/selected-node': 'node-1' } },
      );
      const classes = [storageClass('standard', { volumeBindingMode: 'WaitForFirstConsumer' })];
      const plan = planBinding(world({ claims: [claim], classes, nodes: [node('node-1')] }));
      expect(
        only(plan.createVolumes).spec?.nodeAffinity?.required?.nodeSelectorTerms[0].matchExpressions?.[0].values,
      ).toEqual(['node-1']);
    });

    it('binds a static volume usable on the consumer node before provisioning', () => {
      const claim = pvc('data', { storageClassName: 'local' });
      const classes = [
        storageClass('local', {
          provisioner: 'kubernetes.io/no-provisioner',
          volumeBindingMode: 'WaitForFirstConsumer',
        }),
      ];
      const pinned = (name: string, host: string) =>
        pv(name, '1Gi', {
          storageClassName: 'local',
          nodeAffinity: {
            required: {
              nodeSelectorTerms: [
                { matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [host] }] },
              ],
            },
          },
        });
      const plan = planBinding(
        world({
          claims: [claim],
          classes,
          volumes: [pinned('on-1', 'node-1'), pinned('on-2', 'node-2')],
          pods: [podUsing('app', 'data', 'node-2')],
        }),
      );
      expect(only(plan.updateVolumes).metadata.name).toBe('on-2');
      expect(plan.createVolumes).toEqual([]);
    });

    it('reports a missing class', () => {
      const plan = planBinding(world({ claims: [pvc('data', { storageClassName: 'gold' })] }));
      expect(plan.events).toEqual([
        expect.objectContaining({
          type: 'Warning',
          reason: 'ProvisioningFailed',
          message: 'storageclass.storage.k8s.io "gold" not found',
        }),
      ]);
    });

    it('has local-path refuse ReadWriteMany with its own message', () => {
      const plan = planBinding(
        world({
          claims: [pvc('shared', { storageClassName: 'standard', accessModes: ['ReadWriteMany'] })],
          classes: [storageClass('standard')],
        }),
      );
      expect(plan.createVolumes).toEqual([]);
      expect(plan.events.at(-1)).toMatchObject({
        type: 'Warning',
        reason: 'ProvisioningFailed',
        message:
          'failed to provision volume with StorageClass "standard": NodePath only supports ReadWriteOnce and ReadWriteOncePod (1.22+) access modes',
        once: true,
      });
    });
  });

  describe('release and protection', () => {
    const boundVolume = (policy: string) =>
      pv(
        'vol',
        '1Gi',
        { persistentVolumeReclaimPolicy: policy, claimRef: { name: 'data', namespace: 'default', uid: 'data-uid' } },
        {},
        'Bound',
      );

    it('releases a volume whose claim is gone and deletes it with the Delete policy', () => {
      const released = only(planBinding(world({ volumes: [boundVolume('Delete')] })).updateVolumes);
      expect(released.status?.phase).toBe('Released');
      expect(released.metadata.deletionTimestamp).toBe('2025-01-01T00:00:00Z');
      const finishing = only(planBinding(world({ volumes: [released] })).updateVolumes);
      expect(finishing.metadata.finalizers).toEqual([]);
    });

    it('keeps a Released volume with the Retain policy', () => {
      const released = only(planBinding(world({ volumes: [boundVolume('Retain')] })).updateVolumes);
      expect(released.status?.phase).toBe('Released');
      expect(released.metadata.deletionTimestamp).toBeUndefined();
      expect(planBinding(world({ volumes: [released] })).updateVolumes).toEqual([]);
    });

    it('keeps a volume bound while its claim still exists, even being deleted', () => {
      const claim: ClaimObject = {
        ...pvc('data'),
        metadata: { ...pvc('data').metadata, deletionTimestamp: '2025-01-01T00:00:00Z' },
      };
      const plan = planBinding(
        world({ claims: [claim], volumes: [boundVolume('Delete')], pods: [podUsing('app', 'data', 'node-1')] }),
      );
      expect(plan.updateVolumes).toEqual([]);
      expect(plan.updateClaims).toEqual([]);
    });

    it('adds pvc-protection, and lets a deleted claim go once no scheduled pod mounts it', () => {
      const fresh = pvc('data', { storageClassName: '' }, { finalizers: undefined });
      expect(only(planBinding(world({ claims: [fresh] })).updateClaims).metadata.finalizers).toEqual([
        'kubernetes.io/pvc-protection',
      ]);
      const deleting = pvc('data', {}, { deletionTimestamp: '2025-01-01T00:00:00Z' });
      expect(
        planBinding(world({ claims: [deleting], pods: [podUsing('app', 'data', 'node-1')] })).updateClaims,
      ).toEqual([]);
      expect(
        only(planBinding(world({ claims: [deleting], pods: [podUsing('app', 'data')] })).updateClaims).metadata
          .finalizers,
      ).toEqual([]);
    });

    it('marks a bound claim whose volume vanished Lost, once', () => {
      const claim = pvc('data', { volumeName: 'gone' }, { annotations: { 'pv.kubernetes.io/bind-completed': 'yes' } });
      const plan = planBinding(world({ claims: [claim] }));
      expect(only(plan.updateClaims).status?.phase).toBe('Lost');
      expect(plan.events).toEqual([
        expect.objectContaining({
          type: 'Warning',
          reason: 'ClaimLost',
          message: 'Bound claim has lost its PersistentVolume. Data on the volume is lost!',
        }),
      ]);
    });
  });

  it('writes nothing once claims and volumes are bound', () => {
    const claim = pvc('data', { storageClassName: '' });
    const first = planBinding(world({ claims: [claim], volumes: [pv('vol', '1Gi')] }));
    const second = planBinding(world({ claims: first.updateClaims, volumes: first.updateVolumes }));
    expect(second).toEqual({ createVolumes: [], updateClaims: [], updateVolumes: [], events: [] });
  });
});
