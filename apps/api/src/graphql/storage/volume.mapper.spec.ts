import type { KubeObject } from '@ksb/store';
import { toPersistentVolume, toPersistentVolumeClaim } from './volume.mapper';

describe('volume mappers', () => {
  it('maps a bound claim: capacity and modes from status, the request from spec', () => {
    const claim: KubeObject = {
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data', namespace: 'default' },
      spec: {
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: '5Gi' } },
        storageClassName: 'standard',
        volumeName: 'pv-1',
        volumeMode: 'Filesystem',
      },
      status: { phase: 'Bound', capacity: { storage: '10Gi' }, accessModes: ['ReadWriteOnce', 'ReadOnlyMany'] },
    };
    expect(toPersistentVolumeClaim(claim, 'sb1')).toEqual({
      sandboxId: 'sb1',
      metadata: expect.objectContaining({ name: 'data', namespace: 'default' }) as unknown,
      phase: 'Bound',
      volumeName: 'pv-1',
      storageClassName: 'standard',
      capacity: '10Gi',
      requested: '5Gi',
      accessModes: ['ReadWriteOnce', 'ReadOnlyMany'],
      volumeMode: 'Filesystem',
      json: claim,
    });
  });

  it('maps a pending claim: no volume, no capacity, the requested modes', () => {
    const mapped = toPersistentVolumeClaim(
      {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'wait' },
        spec: { accessModes: ['ReadWriteMany'], resources: { requests: { storage: '1Gi' } }, volumeName: '' },
      },
      'sb1',
    );
    expect(mapped).toMatchObject({
      phase: 'Pending',
      volumeName: null,
      storageClassName: null,
      capacity: null,
      requested: '1Gi',
      accessModes: ['ReadWriteMany'],
    });
  });

  it('maps a persistent volume with its claim as namespace/name', () => {
    const volume: KubeObject = {
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: 'pv-1' },
      spec: {
        capacity: { storage: '10Gi' },
        accessModes: ['ReadWriteOnce'],
        claimRef: { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data', uid: 'c1' },
        persistentVolumeReclaimPolicy: 'Delete',
        storageClassName: 'standard',
        hostPath: { path: '/data/pv-1' },
      },
      status: { phase: 'Bound' },
    };
    expect(toPersistentVolume(volume)).toEqual({
      metadata: expect.objectContaining({ name: 'pv-1', namespace: null }) as unknown,
      phase: 'Bound',
      capacity: '10Gi',
      accessModes: ['ReadWriteOnce'],
      claim: 'default/data',
      reclaimPolicy: 'Delete',
      storageClassName: 'standard',
      volumeMode: null,
      json: volume,
    });
    expect(toPersistentVolume({ metadata: { name: 'free' } })).toMatchObject({
      phase: 'Pending',
      claim: null,
      reclaimPolicy: 'Retain',
      capacity: null,
      accessModes: [],
    });
  });
});
