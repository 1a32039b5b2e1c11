import { defaultEndpoints } from './endpoints/endpoints.defaults';
import { defaultLimitRange } from './limitranges/limitrange.defaults';
import { defaultSecret } from './secrets/secret.defaults';
import { defaultEndpointSlice } from '../discovery/endpointslices/endpointslice.defaults';
import { defaultStorageClass } from '../storage/storageclasses/storageclass.defaults';

describe('simple defaults', () => {
  it('types secrets as Opaque unless typed', () => {
    expect(defaultSecret({ metadata: {} }).type).toBe('Opaque');
    expect(defaultSecret({ metadata: {}, type: 'kubernetes.io/tls' }).type).toBe('kubernetes.io/tls');
  });

  it('defaults storage classes', () => {
    expect(defaultStorageClass({ metadata: {}, provisioner: 'x' })).toMatchObject({
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
    });
  });

  it('defaults endpoint and endpoint slice ports to TCP', () => {
    expect(defaultEndpoints({ metadata: {}, subsets: [{ ports: [{ port: 80 }] }] }).subsets).toEqual([
      { ports: [{ port: 80, protocol: 'TCP' }] },
    ]);
    expect(defaultEndpointSlice({ metadata: {}, ports: [{ port: 80 }] }).ports).toEqual([
      { port: 80, name: '', protocol: 'TCP' },
    ]);
  });

  it('derives container defaults of a limit range', () => {
    const limitRange = defaultLimitRange({
      metadata: {},
      spec: { limits: [{ type: 'Container', max: { cpu: '2' }, min: { memory: '64Mi' } }, { type: 'Pod' }] },
    });
    expect(limitRange.spec).toEqual({
      limits: [
        {
          type: 'Container',
          max: { cpu: '2' },
          min: { memory: '64Mi' },
          default: { cpu: '2' },
          defaultRequest: { cpu: '2', memory: '64Mi' },
        },
        { type: 'Pod' },
      ],
    });
  });
});
