import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { at, str } from '../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { withMetadata } from '../shared/with-metadata';

export const LEASES = defineResource({
  group: 'coordination.k8s.io',
  version: 'v1',
  kind: 'Lease',
  plural: 'leases',
  singular: 'lease',
  namespaced: true,
  shortNames: [],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  validate: withMetadata(),
  printer: {
    columns: [NAME_COLUMN, column('Holder', 'Current holder of the lease.'), AGE_COLUMN],
    row: (lease, now) => [lease.metadata.name ?? '', str(at(lease, 'spec', 'holderIdentity')), age(lease, now)],
  },
});
