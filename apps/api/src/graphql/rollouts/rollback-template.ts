import { DomainError } from '@ksb/errors';
import { at, record } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';

const REVISION = 'deployment.kubernetes.io/revision';
const HASH_LABEL = 'pod-template-hash';

const revisionOf = (object: KubeObject): number => Number(object.metadata.annotations?.[REVISION] ?? 0) || 0;

/**
 * The pod template `kubectl rollout undo` puts back: that of the ReplicaSet at `toRevision`, or of the one
 * before the current revision when 0; without the ReplicaSet's pod-template-hash label.
 */
export function rollbackTemplate(
  deployment: KubeObject,
  replicaSets: readonly KubeObject[],
  toRevision: number,
): object {
  const name = deployment.metadata.name ?? '';
  const owned = replicaSets.filter((rs) => revisionOf(rs) > 0).sort((a, b) => revisionOf(b) - revisionOf(a));
  const current = revisionOf(deployment) || (owned[0] ? revisionOf(owned[0]) : 0);
  const target =
    toRevision > 0 ? owned.find((rs) => revisionOf(rs) === toRevision) : owned.find((rs) => revisionOf(rs) < current);
  if (!target) {
    const message =
      toRevision > 0
        ? `unable to find specified revision ${toRevision} in history`
        : `no rollout history found for deployment "${name}"`;
    throw new DomainError(toRevision > 0 ? 'NOT_FOUND' : 'CONFLICT', message);
  }
  const template = structuredClone(record(at(target, 'spec', 'template')));
  const labels = { ...record(at(template, 'metadata', 'labels')) };
  delete labels[HASH_LABEL];
  return { ...template, metadata: { ...record(template.metadata), labels } };
}
