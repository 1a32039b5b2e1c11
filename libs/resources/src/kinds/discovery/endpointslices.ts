import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { at, list, num, str } from '../../objects/read';
import type { ResourceObject } from '../../objects/resource-object';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { listWithMore } from '../../printing/lists';
import { age } from '../../printing/timestamps';
import { defaultEndpointSlice } from './endpointslices/endpointslice.defaults';
import { withMetadata } from '../shared/with-metadata';

const MAX_SHOWN = 3;

/** Port numbers (or names, or "*"), at most three. */
function slicePorts(slice: ResourceObject): string {
  const ports = list(slice.ports).map((port) => {
    const number = at(port, 'port');
    if (typeof number === 'number') return String(num(number));
    const name = at(port, 'name');
    return typeof name === 'string' ? name : '*';
  });
  return listWithMore(ports, ports.length, MAX_SHOWN);
}

/** Endpoint addresses, at most three. */
function sliceEndpoints(slice: ResourceObject): string {
  const addresses = list(slice.endpoints).flatMap((endpoint) =>
    list(at(endpoint, 'addresses')).map((address) => str(address)),
  );
  return listWithMore(addresses, addresses.length, MAX_SHOWN);
}

export const ENDPOINT_SLICES = defineResource({
  group: 'discovery.k8s.io',
  version: 'v1',
  kind: 'EndpointSlice',
  plural: 'endpointslices',
  singular: 'endpointslice',
  namespaced: true,
  shortNames: [],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  defaults: defaultEndpointSlice,
  validate: withMetadata(),
  printer: {
    columns: [
      NAME_COLUMN,
      column('AddressType', 'IPv4, IPv6 or FQDN.'),
      column('Ports', 'Ports of the endpoints.'),
      column('Endpoints', 'Addresses of the endpoints.'),
      AGE_COLUMN,
    ],
    row: (slice, now) => [
      slice.metadata.name ?? '',
      str(slice.addressType),
      slicePorts(slice),
      sliceEndpoints(slice),
      age(slice, now),
    ],
  },
});
