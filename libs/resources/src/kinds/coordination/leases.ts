import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { at, str } from '../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';

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
  printer: {
    columns: [NAME_COLUMN, column('Holder', 'Current holder of the lease.'), AGE_COLUMN],
    row: (lease, now) => [lease.metadata.name ?? '', str(at(lease, 'spec', 'holderIdentity')), age(lease, now)],
  },
});
