import { negotiate } from './accept';

describe('negotiate', () => {
  it('serves the Table kubectl get asks for', () => {
    const header =
      'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';
    expect(negotiate(header)).toEqual({
      as: 'Table',
      aggregatedDiscovery: false,
      mediaType: 'application/json;as=Table;v=v1;g=meta.k8s.io',
    });
  });

  it('serves aggregated discovery with the exact media type', () => {
    const header =
      'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';
    expect(negotiate(header)).toEqual({
      as: 'Object',
      aggregatedDiscovery: true,
      mediaType: 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
    });
  });

  it('falls back to the plain object', () => {
    expect(negotiate(undefined).as).toBe('Object');
    expect(negotiate('application/vnd.kubernetes.protobuf, */*').as).toBe('Object');
    expect(negotiate('application/json;as=Table;v=v9;g=meta.k8s.io, application/json').as).toBe('Object');
  });
});
