import { controllerRefTo } from '@ksb/controller-runtime';
import { goJson, hashRevision } from './revision-hash';
import { podRevision, setName } from './statefulset-identity';
import { HASH_LABEL, type PodObject, type RevisionObject, type SetObject, type Template } from './statefulset-types';

// ControllerRevisions of a StatefulSet (stateful_set_control.go getStatefulSetRevisions, history.go).

/**
 * What a revision stores (getPatch): a strategic merge patch that puts the set's pod template back,
 * {"spec":{"template":{...,"$patch":"replace"}}}. `kubectl rollout undo` patches the set with exactly this.
 * The template is encoded from the typed object upstream, so its metadata carries "creationTimestamp": null.
 */
export function revisionData(set: SetObject): Record<string, unknown> {
  const template = structuredClone(set.spec?.template ?? {}) as Record<string, unknown>;
  const metadata = { ...(template.metadata as Record<string, unknown> | undefined) };
  if (!('creationTimestamp' in metadata)) metadata.creationTimestamp = null;
  return { spec: { template: { ...template, metadata, $patch: 'replace' } } };
}

/** The pod template a revision restores (ApplyRevision applied to the template it replaces). */
export function templateOf(revision: RevisionObject): Template {
  const data: unknown = revision.data;
  const stored = (data as { spec?: { template?: Record<string, unknown> } } | undefined)?.spec?.template;
  const { $patch: _directive, ...template } = stored ?? {};
  const metadata: Record<string, unknown> = { ...(template.metadata as Record<string, unknown> | undefined) };
  if (metadata.creationTimestamp === null) delete metadata.creationTimestamp;
  return { ...template, metadata };
}

const rawOf = (revision: RevisionObject): string => goJson(revision.data ?? null);

export const sameData = (a: RevisionObject, b: RevisionObject): boolean => rawOf(a) === rawOf(b);

/** ControllerRevisionName: "<set>-<hash>", the prefix cut to 223 characters. */
const revisionName = (set: SetObject, hash: string): string => `${setName(set).slice(0, 223)}-${hash}`;

/**
 * newRevision: the set's template as revision `number`, named by the hash of its data and the collision count,
 * labelled with the template's labels and the hash, annotated like the set, controlled by the set.
 */
export function newRevision(set: SetObject, number: number, collisionCount: number): RevisionObject {
  const data = revisionData(set);
  const hash = hashRevision(goJson(data), collisionCount);
  return {
    apiVersion: 'apps/v1',
    kind: 'ControllerRevision',
    metadata: {
      name: revisionName(set, hash),
      namespace: set.metadata.namespace,
      labels: { ...set.spec?.template?.metadata?.labels, [HASH_LABEL]: hash },
      annotations: { ...set.metadata.annotations },
      ownerReferences: [controllerRefTo(set)],
    },
    data,
    revision: number,
  };
}

/** SortControllerRevisions: by revision number (stable). */
export const sortRevisions = (revisions: readonly RevisionObject[]): RevisionObject[] =>
  [...revisions].sort((a, b) => a.revision - b.revision);

export interface ResolvedRevisions {
  current: RevisionObject;
  update: RevisionObject;
  collisionCount: number;
  /** A revision to create (the template changed to one never seen). */
  create?: RevisionObject;
  /** An older revision renumbered to be the newest (a rollback to a template seen before). */
  renumber?: RevisionObject;
}

/**
 * getStatefulSetRevisions: the update revision is the newest revision when its data is the set's template, an
 * older equal revision renumbered to come last (rollback), or a new revision; name collisions with a different
 * revision bump the collision count. The current revision is status.currentRevision, or the update revision when
 * the history starts.
 *
 * @param owned the set's revisions (owned or adopted), any order
 * @param byName every revision in the set's namespace, for name collisions
 */
export function resolveRevisions(
  set: SetObject,
  owned: readonly RevisionObject[],
  byName: ReadonlyMap<string, RevisionObject>,
): ResolvedRevisions {
  const revisions = sortRevisions(owned);
  let collisionCount = set.status?.collisionCount ?? 0;
  const last = revisions[revisions.length - 1];
  const next = last ? last.revision + 1 : 1;
  const candidate = newRevision(set, next, collisionCount);
  const equal = revisions.filter((revision) => sameData(revision, candidate));
  const newestEqual = equal[equal.length - 1];
  let update: RevisionObject;
  let create: RevisionObject | undefined;
  let renumber: RevisionObject | undefined;
  if (newestEqual && last && newestEqual === last) {
    update = last;
  } else if (newestEqual) {
    renumber = { ...newestEqual, revision: next };
    update = renumber;
  } else {
    // CreateControllerRevision: a taken name with other data means a hash collision; probe the next count.
    let name = candidate.metadata.name ?? '';
    let existing = byName.get(name);
    while (existing && !sameData(existing, candidate)) {
      collisionCount++;
      name = revisionName(set, hashRevision(goJson(candidate.data), collisionCount));
      existing = byName.get(name);
    }
    if (existing) {
      update = existing;
    } else {
      create = { ...candidate, metadata: { ...candidate.metadata, name } };
      update = create;
    }
  }
  const current = revisions.find((revision) => revision.metadata.name === set.status?.currentRevision) ?? update;
  return {
    current: current.metadata.name === update.metadata.name ? update : current,
    update,
    collisionCount,
    create,
    renumber,
  };
}

/**
 * truncateHistory: revisions no pod, current or update revision uses are history; the oldest of them go until
 * revisionHistoryLimit remain.
 */
export function revisionsToDelete(
  set: SetObject,
  pods: readonly PodObject[],
  owned: readonly RevisionObject[],
  current: RevisionObject,
  update: RevisionObject,
): RevisionObject[] {
  const live = new Set([current.metadata.name, update.metadata.name, ...pods.map(podRevision)]);
  const history = sortRevisions(owned).filter((revision) => !live.has(revision.metadata.name));
  const limit = set.spec?.revisionHistoryLimit ?? 10;
  return history.length <= limit ? [] : history.slice(0, history.length - limit);
}
