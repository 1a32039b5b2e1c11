import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';

// Revision bookkeeping in annotations (deployment/util): which ReplicaSet is which revision, what a
// rolled-back-to ReplicaSet was before, and the replica counts a ReplicaSet was last sized for.

export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
export const DEPRECATED_ROLLBACK_TO = 'deprecated.deployment.rollback.to';

/** Upstream's maxRevHistoryLengthInChars: revision-history is kept to about 2000 characters. */
export const MAX_REVISION_HISTORY_CHARS = 2000;

/** annotationsToSkip: Deployment annotations never copied to its ReplicaSets (nor back on rollback). */
export const ANNOTATIONS_TO_SKIP: ReadonlySet<string> = new Set([
  LAST_APPLIED,
  REVISION,
  REVISION_HISTORY,
  DESIRED_REPLICAS,
  MAX_REPLICAS,
  DEPRECATED_ROLLBACK_TO,
]);

/** Go's strconv.ParseInt: optional sign, decimal digits, int64 range. */
const parseInt64 = (value: string): number | undefined => {
  if (!/^[+-]?\d+$/.test(value)) return undefined;
  const parsed = BigInt(value);
  return parsed > 9223372036854775807n || parsed < -9223372036854775808n ? undefined : Number(parsed);
};

/** Revision: the revision annotation, 0 when absent, undefined when unparsable. */
export function revisionOf(object: { metadata?: { annotations?: Record<string, string> } }): number | undefined {
  const value = object.metadata?.annotations?.[REVISION];
  return value === undefined ? 0 : parseInt64(value);
}

/** MaxRevision: the highest revision among the ReplicaSets (unparsable ones skipped). */
export const maxRevision = (sets: readonly ReplicaSet[]): number =>
  sets.reduce((max, rs) => Math.max(max, revisionOf(rs) ?? 0), 0);

/** LastRevision: the second-highest revision, the one an undo goes back to. */
export function lastRevision(sets: readonly ReplicaSet[]): number {
  let max = 0;
  let second = 0;
  for (const rs of sets) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (v >= max) {
      second = max;
      max = v;
    } else if (v > second) second = v;
  }
  return second;
}

const annotationsOf = (object: { metadata?: { annotations?: Record<string, string> } }): Record<string, string> => {
  object.metadata ??= {};
  object.metadata.annotations ??= {};
  return object.metadata.annotations;
};

/** copyDeploymentAnnotationsToReplicaSet: the Deployment's annotations (all but the skipped) onto it. */
export function copyDeploymentAnnotations(d: Deployment, rs: ReplicaSet): boolean {
  const target = annotationsOf(rs);
  let changed = false;
  for (const [key, value] of Object.entries(d.metadata?.annotations ?? {})) {
    if (ANNOTATIONS_TO_SKIP.has(key) || target[key] === value) continue;
    target[key] = value;
    changed = true;
  }
  return changed;
}

/** SetReplicasAnnotations: desired-replicas and max-replicas; true when either changed. */
export function setReplicasAnnotations(rs: ReplicaSet, desired: number, max: number): boolean {
  const annotations = annotationsOf(rs);
  let changed = false;
  if (annotations[DESIRED_REPLICAS] !== String(desired)) {
    annotations[DESIRED_REPLICAS] = String(desired);
    changed = true;
  }
  if (annotations[MAX_REPLICAS] !== String(max)) {
    annotations[MAX_REPLICAS] = String(max);
    changed = true;
  }
  return changed;
}

/** ReplicasAnnotationsNeedUpdate. */
export const replicasAnnotationsNeedUpdate = (rs: ReplicaSet, desired: number, max: number): boolean =>
  rs.metadata?.annotations?.[DESIRED_REPLICAS] !== String(desired) ||
  rs.metadata?.annotations?.[MAX_REPLICAS] !== String(max);

/**
 * SetNewReplicaSetAnnotations: copies the Deployment's annotations, raises the revision to `newRevision`
 * when it is lower (a ReplicaSet brought back by a rollback keeps its old revisions in revision-history,
 * trimmed from the oldest to fit `historyLimitChars`), and for a ReplicaSet about to be created sets the
 * replica annotations. True when an annotation changed.
 */
export function setNewReplicaSetAnnotations(
  d: Deployment,
  rs: ReplicaSet,
  newRevision: string,
  exists: boolean,
  replicas: { desired: number; max: number },
  historyLimitChars = MAX_REVISION_HISTORY_CHARS,
): boolean {
  let changed = copyDeploymentAnnotations(d, rs);
  const annotations = annotationsOf(rs);
  const oldRevision = annotations[REVISION];
  const had = oldRevision !== undefined;
  let oldRevisionInt = oldRevision === undefined ? undefined : parseInt64(oldRevision);
  if (oldRevisionInt === undefined) {
    // An unparsable revision is left alone; a missing one counts as 0.
    if (oldRevision !== undefined && oldRevision !== '') return false;
    oldRevisionInt = 0;
  }
  const newRevisionInt = parseInt64(newRevision);
  if (newRevisionInt === undefined) return false;
  if (oldRevisionInt < newRevisionInt) {
    annotations[REVISION] = newRevision;
    changed = true;
  }
  if (had && oldRevisionInt < newRevisionInt) {
    const history = annotations[REVISION_HISTORY] ?? '';
    const revisions = history.split(',');
    if ((revisions[0] ?? '').length === 0) {
      annotations[REVISION_HISTORY] = oldRevision ?? '';
    } else {
      let total = history.length + (oldRevision ?? '').length + 1;
      let start = 0;
      while (total > historyLimitChars && start < revisions.length) {
        total -= (revisions[start] ?? '').length + 1;
        start++;
      }
      if (total <= historyLimitChars)
        annotations[REVISION_HISTORY] = [...revisions.slice(start), oldRevision].join(',');
    }
  }
  if (!exists && setReplicasAnnotations(rs, replicas.desired, replicas.max)) changed = true;
  return changed;
}

/** SetDeploymentRevision: the Deployment's revision annotation follows its new ReplicaSet's. */
export function setDeploymentRevision(d: Deployment, revision: string): boolean {
  const annotations = annotationsOf(d);
  if (annotations[REVISION] === revision) return false;
  annotations[REVISION] = revision;
  return true;
}
