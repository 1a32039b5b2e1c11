import { at, list, str } from '../../../objects/read';
import type { ResourceObject } from '../../../objects/resource-object';

// The -o wide cells of a pod: IP, NODE, NOMINATED NODE, READINESS GATES.

/** status.podIP wins over podIPs[0], as the v1 to internal conversion upstream makes it. */
export function podIP(pod: ResourceObject): string {
  return str(at(pod, 'status', 'podIP')) || str(at(pod, 'status', 'podIPs', 0, 'ip')) || '<none>';
}

/** "1/2": gates whose condition is True, of all gates; "<none>" without gates. */
export function readinessGates(pod: ResourceObject): string {
  const gates = list(at(pod, 'spec', 'readinessGates'));
  if (gates.length === 0) return '<none>';
  const conditions = list(at(pod, 'status', 'conditions'));
  const passing = gates.filter((gate) => {
    const condition = conditions.find((candidate) => at(candidate, 'type') === at(gate, 'conditionType'));
    return at(condition, 'status') === 'True';
  }).length;
  return `${passing}/${gates.length}`;
}

export function podWideCells(pod: ResourceObject): string[] {
  return [
    podIP(pod),
    str(at(pod, 'spec', 'nodeName')) || '<none>',
    str(at(pod, 'status', 'nominatedNodeName')) || '<none>',
    readinessGates(pod),
  ];
}
