import { PERSISTENT_VOLUME_CLAIMS } from './persistentvolumeclaims';
import { PERSISTENT_VOLUMES } from './persistentvolumes';
import { accessModes } from './volume-cells';

const NOW = new Date('2025-01-01T00:01:00Z');
const metadata = { name: 'data', creationTimestamp: '2025-01-01T00:00:00Z' };

describe('volume printers', () => {
  it('prints access modes in upstream order, each once', () => {
    expect(accessModes(['ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOnce'])).toBe('RWO,RWX');
    expect(accessModes(['ReadWriteOncePod', 'ReadOnlyMany'])).toBe('ROX,RWOP');
    expect(accessModes(undefined)).toBe('');
  });

  it('prints a bound persistent volume', () => {
    const volume = {
      metadata: { ...metadata, name: 'pvc-123' },
      spec: {
        capacity: { storage: '1Gi' },
        accessModes: ['ReadWriteOnce'],
        persistentVolumeReclaimPolicy: 'Delete',
        claimRef: { namespace: 'default', name: 'data' },
        storageClassName: 'standard',
        volumeMode: 'Filesystem',
      },
      status: { phase: 'Bound' },
    };
    expect(PERSISTENT_VOLUMES.printer.row(volume, NOW)).toEqual([
      'pvc-123',
      '1Gi',
      'RWO',
      'Delete',
      'Bound',
      'default/data',
      'standard',
      '<unset>',
      '',
      '60s',
      'Filesystem',
    ]);
  });

  it('prints Terminating and the beta class annotation', () => {
    const volume = {
      metadata: {
        ...metadata,
        deletionTimestamp: '2025-01-01T00:00:30Z',
        annotations: { 'volume.beta.kubernetes.io/storage-class': 'slow' },
      },
      spec: { storageClassName: 'standard' },
      status: { phase: 'Released' },
    };
    const row = PERSISTENT_VOLUMES.printer.row(volume, NOW);
    expect([row[1], row[4], row[5], row[6], row[10]]).toEqual(['0', 'Terminating', '', 'slow', '<unset>']);
  });

  it('prints claims, with capacity and modes only once bound', () => {
    const pending = {
      metadata,
      spec: {
        accessModes: ['ReadWriteOnce'],
        resources: { requests: { storage: '1Gi' } },
        storageClassName: 'standard',
      },
      status: { phase: 'Pending' },
    };
    expect(PERSISTENT_VOLUME_CLAIMS.printer.row(pending, NOW)).toEqual([
      'data',
      'Pending',
      '',
      '',
      '',
      'standard',
      '<unset>',
      '60s',
      '<unset>',
    ]);
    const bound = {
      ...pending,
      spec: { ...pending.spec, volumeName: 'pvc-123', volumeMode: 'Filesystem' },
      status: { phase: 'Bound', capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'] },
    };
    expect(PERSISTENT_VOLUME_CLAIMS.printer.row(bound, NOW)).toEqual([
      'data',
      'Bound',
      'pvc-123',
      '1Gi',
      'RWO',
      'standard',
      '<unset>',
      '60s',
      'Filesystem',
    ]);
  });
});
