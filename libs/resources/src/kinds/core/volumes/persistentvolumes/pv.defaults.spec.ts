import { defaultPersistentVolume } from './pv.defaults';
import { defaultPersistentVolumeClaim } from '../persistentvolumeclaims/pvc.defaults';

describe('volume defaults', () => {
  it('defaults a PersistentVolume', () => {
    const volume = defaultPersistentVolume({ metadata: { name: 'pv' }, spec: { capacity: { storage: '1Gi' } } });
    expect(volume.spec).toEqual({
      capacity: { storage: '1Gi' },
      persistentVolumeReclaimPolicy: 'Retain',
      volumeMode: 'Filesystem',
    });
    expect(volume.status).toEqual({ phase: 'Pending' });
  });

  it('defaults a PersistentVolumeClaim and keeps a bound status', () => {
    const claim = defaultPersistentVolumeClaim({
      metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], volumeMode: 'Block' },
      status: { phase: 'Bound' },
    });
    expect(claim.spec).toEqual({ accessModes: ['ReadWriteOnce'], volumeMode: 'Block' });
    expect(claim.status).toEqual({ phase: 'Bound' });
    expect(defaultPersistentVolumeClaim({ metadata: {} })).toMatchObject({
      spec: { volumeMode: 'Filesystem' },
      status: { phase: 'Pending' },
    });
  });
});
