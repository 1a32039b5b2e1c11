import { DomainError } from '@ksb/errors';
import type { KubeObject } from '@ksb/store';

interface PodParts {
  spec?: { nodeName?: string };
  status?: { conditions?: Array<{ type: string; status: string; lastTransitionTime?: string; lastProbeTime?: null }> };
}

/**
 * What pods/binding does to a pod: sets spec.nodeName once and PodScheduled=True, as the API server's
 * binding storage does. A bound pod stays where it is (409), a pod being deleted cannot be bound.
 */
export function boundPod(current: KubeObject, node: string, now: string): KubeObject {
  const name = current.metadata.name ?? '';
  if (!node) throw new DomainError('INVALID', 'Binding: target.name: Required value');
  const pod = current as KubeObject & PodParts;
  if (pod.spec?.nodeName) {
    throw new DomainError(
      'CONFLICT',
      `Operation cannot be fulfilled on pods/binding "${name}": pod ${name} is already assigned to node "${pod.spec.nodeName}"`,
    );
  }
  if (current.metadata.deletionTimestamp) {
    throw new DomainError(
      'CONFLICT',
      `Operation cannot be fulfilled on pods/binding "${name}": pod ${name} is being deleted, cannot be assigned to a host`,
    );
  }
  const others = (pod.status?.conditions ?? []).filter((condition) => condition.type !== 'PodScheduled');
  return {
    ...current,
    spec: { ...(current.spec as object), nodeName: node },
    status: {
      ...(current.status as object),
      conditions: [...others, { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now }],
    },
  };
}
