import { at, list, num, str, stringMap } from '@ksb/resources';
import { formatLabelSelector, labelSelectorFromObject, SelectorError } from '@ksb/selectors';
import type { KubeObject } from '@ksb/store';
import { conditionsOf, metaOf, optionalText } from '../common/object-meta.type';
import type { Deployment, ReplicaSet, StatefulSet } from './workload.type';

/** The annotation the Deployment controller numbers rollouts with (on Deployments and their ReplicaSets). */
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';

/**
 * The selector as a label selector string; null when it selects nothing: an empty or invalid selector of a
 * workload matches no pod (as the controllers treat it), never every pod.
 */
export function selectorStringOf(selector: unknown): string | null {
  try {
    const text = formatLabelSelector(
      labelSelectorFromObject({
        matchLabels: stringMap(at(selector, 'matchLabels')),
        matchExpressions: list(at(selector, 'matchExpressions')).map((expression) => ({
          key: str(at(expression, 'key')),
          operator: str(at(expression, 'operator')),
          values: list(at(expression, 'values')).map((value) => str(value)),
        })),
      }),
    );
    return text || null;
  } catch (error) {
    if (error instanceof SelectorError) return null;
    throw error;
  }
}

const intOrString = (value: unknown): string | null =>
  typeof value === 'number' ? String(value) : optionalText(value);

/** The fields every workload maps alike. */
function workloadOf(object: KubeObject, sandboxId: string) {
  const containers = list(at(object, 'spec', 'template', 'spec', 'containers'));
  const selector = at(object, 'spec', 'selector') ?? null;
  return {
    sandboxId,
    metadata: metaOf(object),
    // spec.replicas defaults to 1 (a stored object always has it; a bare one in a test may not).
    replicas: num(at(object, 'spec', 'replicas'), 1),
    readyReplicas: num(at(object, 'status', 'readyReplicas')),
    availableReplicas: num(at(object, 'status', 'availableReplicas')),
    selector,
    selectorString: selectorStringOf(selector),
    images: containers.map((container) => str(at(container, 'image'))),
    conditions: conditionsOf(object.status),
    json: object,
  };
}

const revisionOf = (object: KubeObject): string | null => object.metadata.annotations?.[REVISION_ANNOTATION] ?? null;

export function toDeployment(deployment: KubeObject, sandboxId: string): Deployment {
  const strategy = at(deployment, 'spec', 'strategy');
  const type = str(at(strategy, 'type'), 'RollingUpdate');
  return {
    ...workloadOf(deployment, sandboxId),
    updatedReplicas: num(at(deployment, 'status', 'updatedReplicas')),
    unavailableReplicas: num(at(deployment, 'status', 'unavailableReplicas')),
    strategy: {
      type,
      maxSurge: intOrString(at(strategy, 'rollingUpdate', 'maxSurge')),
      maxUnavailable: intOrString(at(strategy, 'rollingUpdate', 'maxUnavailable')),
    },
    revision: revisionOf(deployment),
    paused: at(deployment, 'spec', 'paused') === true,
  };
}

export function toReplicaSet(replicaSet: KubeObject, sandboxId: string): ReplicaSet {
  return {
    ...workloadOf(replicaSet, sandboxId),
    currentReplicas: num(at(replicaSet, 'status', 'replicas')),
    revision: revisionOf(replicaSet),
  };
}

export function toStatefulSet(statefulSet: KubeObject, sandboxId: string): StatefulSet {
  return {
    ...workloadOf(statefulSet, sandboxId),
    currentReplicas: num(at(statefulSet, 'status', 'currentReplicas')),
    updatedReplicas: num(at(statefulSet, 'status', 'updatedReplicas')),
    serviceName: str(at(statefulSet, 'spec', 'serviceName')),
    currentRevision: optionalText(at(statefulSet, 'status', 'currentRevision')),
    updateRevision: optionalText(at(statefulSet, 'status', 'updateRevision')),
    podManagementPolicy: str(at(statefulSet, 'spec', 'podManagementPolicy'), 'OrderedReady'),
    updateStrategy: str(at(statefulSet, 'spec', 'updateStrategy', 'type'), 'RollingUpdate'),
  };
}
