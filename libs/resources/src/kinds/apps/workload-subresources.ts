import type { SubresourceDefinition } from '../../definition/resource-definition';
import { STATUS_VERBS } from '../../definition/verbs';

/** scale (autoscaling/v1 Scale, what `kubectl scale` reads and writes) and status of a replicated workload. */
export const scaleAndStatus = (kind: string): Record<string, SubresourceDefinition> => ({
  scale: { group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: STATUS_VERBS },
  status: { kind, verbs: STATUS_VERBS },
});
