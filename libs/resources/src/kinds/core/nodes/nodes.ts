import { defineResource } from '../../../definition/define-resource';
import { STATUS_VERBS, STORED_VERBS } from '../../../definition/verbs';
import { at, str } from '../../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN, wideColumn } from '../../../printing/columns';
import { age } from '../../../printing/timestamps';
import { nodeAddress, nodeInfo, nodeRoles, nodeStatus } from './node-cells';
import { withMetadata } from '../../shared/with-metadata';

export const NODES = defineResource({
  group: '',
  version: 'v1',
  kind: 'Node',
  plural: 'nodes',
  singular: 'node',
  namespaced: false,
  shortNames: ['no'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: { status: { kind: 'Node', verbs: STATUS_VERBS } },
  validate: withMetadata(),
  printer: {
    columns: [
      NAME_COLUMN,
      column('Status', 'Readiness of the node, and whether it is cordoned.'),
      column('Roles', 'Roles from node-role.kubernetes.io labels.'),
      AGE_COLUMN,
      column('Version', 'Kubelet version.'),
      wideColumn('Internal-IP', 'Internal address of the node.'),
      wideColumn('External-IP', 'External address of the node.'),
      wideColumn('OS-Image', 'Operating system image.'),
      wideColumn('Kernel-Version', 'Kernel version.'),
      wideColumn('Container-Runtime', 'Container runtime and version.'),
    ],
    row: (node, now) => [
      node.metadata.name ?? '',
      nodeStatus(node),
      nodeRoles(node),
      age(node, now),
      str(at(node, 'status', 'nodeInfo', 'kubeletVersion')),
      nodeAddress(node, 'InternalIP'),
      nodeAddress(node, 'ExternalIP'),
      nodeInfo(node, 'osImage'),
      nodeInfo(node, 'kernelVersion'),
      nodeInfo(node, 'containerRuntimeVersion'),
    ],
  },
});
