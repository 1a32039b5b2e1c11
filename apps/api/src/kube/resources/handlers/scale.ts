import { formatLabelSelector, labelSelectorFromObject, type LabelSelectorObject } from '@ksb/selectors';
import type { KubeObject } from '@ksb/store';

interface Scalable {
  spec?: { replicas?: number; selector?: LabelSelectorObject };
  status?: { replicas?: number };
}

/** The autoscaling/v1 Scale view of a workload, what `kubectl scale` reads and writes. */
export function scaleOf(object: KubeObject): KubeObject {
  const { spec, status } = object as unknown as Scalable;
  const { name, namespace, uid, resourceVersion, creationTimestamp } = object.metadata;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name, namespace, uid, resourceVersion, creationTimestamp },
    spec: { replicas: spec?.replicas ?? 0 },
    status: {
      replicas: status?.replicas ?? 0,
      selector: spec?.selector ? formatLabelSelector(labelSelectorFromObject(spec.selector)) : '',
    },
  };
}

/** The replicas a Scale body asks for; undefined when it names none. */
export function requestedReplicas(scale: unknown): number | undefined {
  const replicas = (scale as { spec?: { replicas?: unknown } } | null)?.spec?.replicas;
  return typeof replicas === 'number' ? replicas : undefined;
}
