import { randomUUID } from 'node:crypto';
import { controllerRefTo, kubeTime } from '@ksb/controller-runtime';
import type { RsObject } from '../replicaset/replicaset-sync';
import { type DeployObject, maxSurge, newRSNewReplicas, replicasOf } from './rollout-math';
import { MAX_REVISION_HISTORY_CHARS, setNewReplicaSetAnnotations } from './revisions';
import { computeHash, POD_TEMPLATE_HASH_LABEL } from './template-hash';

/**
 * The ReplicaSet a Deployment's current template asks for, as getNewReplicaSet builds it: named
 * <deployment>-<pod-template-hash>, the hash in its labels, selector and template, owned by the
 * Deployment, its first size and its revision annotations set.
 */
export function buildNewReplicaSet(
  d: DeployObject,
  oldRSs: readonly RsObject[],
  revision: string,
  now: Date,
): RsObject {
  const template = structuredClone(d.spec?.template ?? {});
  const hash = computeHash(d.spec?.template, d.status?.collisionCount);
  template.metadata ??= {};
  template.metadata.labels = { ...(template.metadata.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
  const selector = structuredClone(d.spec?.selector ?? {});
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
  const minReady = d.spec?.minReadySeconds ?? 0;
  const newRS: RsObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      uid: randomUUID(),
      creationTimestamp: kubeTime(now),
      labels: { ...template.metadata.labels },
      ownerReferences: [controllerRefTo(d)],
    },
    spec: { replicas: 0, ...(minReady ? { minReadySeconds: minReady } : {}), selector, template },
  };
  newRS.spec = { ...newRS.spec, replicas: newRSNewReplicas(d, [...oldRSs, newRS], newRS), selector };
  const replicas = { desired: replicasOf(d), max: replicasOf(d) + maxSurge(d) };
  setNewReplicaSetAnnotations(d, newRS, revision, false, replicas, MAX_REVISION_HISTORY_CHARS);
  return newRS;
}
