import { compareGoStrings } from '@ksb/validation';
import { at, list, str, stringMap } from '../../../objects/read';
import type { ResourceObject } from '../../../objects/resource-object';

// STATUS, ROLES and the address cells of `kubectl get nodes`, as printers.go computes them.

const ROLE_LABEL_PREFIX = 'node-role.kubernetes.io/';
const LEGACY_ROLE_LABEL = 'kubernetes.io/role';

/** "Ready", "NotReady" (False or Unknown), "Unknown" without a Ready condition; cordoned adds SchedulingDisabled. */
export function nodeStatus(node: ResourceObject): string {
  // The last Ready condition wins, as upstream builds a map by type.
  const ready = list(at(node, 'status', 'conditions'))
    .filter((condition) => at(condition, 'type') === 'Ready')
    .pop();
  const status = [ready === undefined ? 'Unknown' : at(ready, 'status') === 'True' ? 'Ready' : 'NotReady'];
  if (at(node, 'spec', 'unschedulable') === true) status.push('SchedulingDisabled');
  return status.join(',');
}

/** Roles from node-role.kubernetes.io/<role> labels and the legacy kubernetes.io/role label, sorted. */
export function nodeRoles(node: ResourceObject): string {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(stringMap(node.metadata.labels))) {
    if (key.startsWith(ROLE_LABEL_PREFIX)) {
      const role = key.slice(ROLE_LABEL_PREFIX.length);
      if (role) roles.add(role);
    } else if (key === LEGACY_ROLE_LABEL && value !== '') {
      roles.add(value);
    }
  }
  return [...roles].sort(compareGoStrings).join(',') || '<none>';
}

/** The first address of a type ("InternalIP", "ExternalIP"), or "<none>". */
export function nodeAddress(node: ResourceObject, type: string): string {
  const address = list(at(node, 'status', 'addresses')).find((candidate) => at(candidate, 'type') === type);
  return address === undefined ? '<none>' : str(at(address, 'address'));
}

/** A status.nodeInfo field, "<unknown>" when empty. */
export const nodeInfo = (node: ResourceObject, field: string): string =>
  str(at(node, 'status', 'nodeInfo', field)) || '<unknown>';
