import type { Deployment, ReplicaSet } from 'kubernetes-types/apps/v1';
import type { KubeObject } from '@ksb/store';
import type { RsObject } from '../replicaset/replicaset-sync';
import { revisionOf } from './revisions';

// The arithmetic of rollouts (deployment/util and controller_utils): surge and unavailability budgets,
// how far the new ReplicaSet may grow, proportional scaling, and the orders ReplicaSets are taken in.

export type DeployObject = Deployment & KubeObject;

/** intstr.IntOrString as JSON carries it. */
export type IntOrString = number | string;

/** GetScaledValueFromIntOrPercent: an int as is, "N%" of total rounded up or down; undefined when invalid. */
export function scaledValue(value: IntOrString | undefined, total: number, roundUp: boolean): number | undefined {
  if (value === undefined) return 0;
  if (typeof value === 'number') return Math.trunc(value);
  if (!value.endsWith('%')) return undefined;
  const digits = value.slice(0, -1);
  if (!/^[+-]?\d+$/.test(digits)) return undefined;
  const scaled = (Number(digits) * total) / 100;
  return roundUp ? Math.ceil(scaled) : Math.floor(scaled);
}

/**
 * ResolveFenceposts: maxSurge rounds up, maxUnavailable down; both 0 would deadlock a rollout, so
 * maxUnavailable becomes 1 then. Zeros when a value is invalid (validation keeps them out).
 */
export function resolveFenceposts(
  maxSurge: IntOrString | undefined,
  maxUnavailable: IntOrString | undefined,
  desired: number,
): { surge: number; unavailable: number } {
  const surge = scaledValue(maxSurge, desired, true);
  const unavailable = scaledValue(maxUnavailable, desired, false);
  if (surge === undefined || unavailable === undefined) return { surge: 0, unavailable: 0 };
  return { surge, unavailable: surge === 0 && unavailable === 0 ? 1 : unavailable };
}

export const replicasOf = (object: { spec?: { replicas?: number } }): number => object.spec?.replicas ?? 1;

export const isRollingUpdate = (d: Deployment): boolean =>
  (d.spec?.strategy?.type ?? 'RollingUpdate') === 'RollingUpdate';

/** MaxSurge: how many pods above the desired count a rolling update may run. */
export function maxSurge(d: Deployment): number {
  if (!isRollingUpdate(d)) return 0;
  const rolling = d.spec?.strategy?.rollingUpdate;
  return resolveFenceposts(rolling?.maxSurge, rolling?.maxUnavailable, replicasOf(d)).surge;
}

/** MaxUnavailable: how many desired pods may be unavailable, at most all of them. */
export function maxUnavailable(d: Deployment): number {
  const replicas = replicasOf(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const rolling = d.spec?.strategy?.rollingUpdate;
  return Math.min(resolveFenceposts(rolling?.maxSurge, rolling?.maxUnavailable, replicas).unavailable, replicas);
}

const sum = (sets: readonly (ReplicaSet | undefined)[], count: (rs: ReplicaSet) => number): number =>
  sets.reduce((total, rs) => total + (rs ? count(rs) : 0), 0);

/** GetReplicaCountForReplicaSets: desired (spec) replicas. */
export const specReplicas = (sets: readonly (ReplicaSet | undefined)[]): number => sum(sets, replicasOf);
/** GetActualReplicaCountForReplicaSets: status.replicas. */
export const actualReplicas = (sets: readonly (ReplicaSet | undefined)[]): number =>
  sum(sets, (rs) => rs.status?.replicas ?? 0);
export const readyReplicas = (sets: readonly (ReplicaSet | undefined)[]): number =>
  sum(sets, (rs) => rs.status?.readyReplicas ?? 0);
export const availableReplicas = (sets: readonly (ReplicaSet | undefined)[]): number =>
  sum(sets, (rs) => rs.status?.availableReplicas ?? 0);

/** FilterActiveReplicaSets: those that want pods. */
export const activeReplicaSets = <T extends ReplicaSet>(sets: readonly (T | undefined)[]): T[] =>
  sets.filter((rs): rs is T => rs !== undefined && replicasOf(rs) > 0);

/**
 * NewRSNewReplicas: how many replicas the new ReplicaSet may have now. Rolling: grow up to
 * replicas + maxSurge pods in total, never past the desired count; Recreate: the desired count.
 */
export function newRSNewReplicas(
  d: Deployment,
  allRSs: readonly (ReplicaSet | undefined)[],
  newRS: ReplicaSet,
): number {
  if (!isRollingUpdate(d)) return replicasOf(d);
  const rolling = d.spec?.strategy?.rollingUpdate;
  const surge = scaledValue(rolling?.maxSurge, replicasOf(d), true) ?? 0;
  const current = specReplicas(allRSs);
  const maxTotal = replicasOf(d) + surge;
  if (current >= maxTotal) return replicasOf(newRS);
  const scaleUp = Math.min(maxTotal - current, replicasOf(d) - replicasOf(newRS));
  return replicasOf(newRS) + scaleUp;
}

const timeOf = (rs: KubeObject): number => {
  const ms = Date.parse(rs.metadata.creationTimestamp ?? '');
  return Number.isNaN(ms) ? 0 : ms;
};

/** ReplicaSetsByCreationTimestamp: oldest first, then by name. */
export const byCreation = (a: KubeObject, b: KubeObject): number =>
  timeOf(a) - timeOf(b) ||
  ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : a.metadata.name === b.metadata.name ? 0 : 1);

/** ReplicaSetsBySizeNewer: larger first, newer first among equals (scale-up order). */
export const bySizeNewer = (a: RsObject, b: RsObject): number => replicasOf(b) - replicasOf(a) || byCreation(b, a);

/** ReplicaSetsBySizeOlder: larger first, older first among equals (scale-down order). */
export const bySizeOlder = (a: RsObject, b: RsObject): number => replicasOf(b) - replicasOf(a) || byCreation(a, b);

/** ReplicaSetsByRevision: lowest revision first; unparsable or equal revisions by creation. */
export function byRevision(a: RsObject, b: RsObject): number {
  const ra = revisionOf(a);
  const rb = revisionOf(b);
  if (ra === undefined || rb === undefined || ra === rb) return byCreation(a, b);
  return ra < rb ? -1 : 1;
}

/**
 * FindActiveOrLatest: the only active ReplicaSet, or the newest when none is active; undefined when
 * several are active.
 */
export function findActiveOrLatest(newRS: RsObject | undefined, oldRSs: RsObject[]): RsObject | undefined {
  if (!newRS && oldRSs.length === 0) return undefined;
  const newestFirst = [...oldRSs].sort((a, b) => byCreation(b, a));
  const active = activeReplicaSets([...newestFirst, newRS]);
  if (active.length === 0) return newRS ?? newestFirst[0];
  return active.length === 1 ? active[0] : undefined;
}

const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';

/** getIntFromAnnotation: strconv.Atoi of the annotation; undefined when absent or not a number. */
export function intAnnotation(rs: ReplicaSet, key: string): number | undefined {
  const value = rs.metadata?.annotations?.[key];
  if (value === undefined || !/^[+-]?\d+$/.test(value)) return undefined;
  return Number(value);
}

export const desiredReplicasAnnotation = (rs: ReplicaSet) => intAnnotation(rs, DESIRED_REPLICAS);
export const maxReplicasAnnotation = (rs: ReplicaSet) => intAnnotation(rs, MAX_REPLICAS);

/** IsSaturated: the new ReplicaSet wants, was told, and has available the desired count. */
export function isSaturated(d: Deployment, rs: ReplicaSet | undefined): boolean {
  if (!rs) return false;
  const desired = desiredReplicasAnnotation(rs);
  if (desired === undefined) return false;
  return (
    replicasOf(rs) === replicasOf(d) &&
    desired === replicasOf(d) &&
    (rs.status?.availableReplicas ?? 0) === replicasOf(d)
  );
}

/** Go's integer.RoundToInt32: half away from zero. */
const roundToInt32 = (value: number): number => (value < 0 ? -Math.round(-value) : Math.round(value));

/** getReplicaSetFraction: this ReplicaSet's share of a scaling event, by its max-replicas annotation. */
function replicaSetFraction(rs: ReplicaSet, d: Deployment): number {
  if (replicasOf(d) === 0) return -replicasOf(rs);
  const deploymentReplicas = replicasOf(d) + maxSurge(d);
  const annotated = maxReplicasAnnotation(rs) ?? d.status?.replicas ?? 0;
  // Upstream notes this never happens (a ReplicaSet scaled from zero has no share); avoid dividing by it.
  if (annotated === 0) return 0;
  const size = (replicasOf(rs) * deploymentReplicas) / annotated;
  return roundToInt32(size) - replicasOf(rs);
}

/** GetProportion: how many replicas this ReplicaSet gains (or loses) in a proportional scale. */
export function proportion(rs: ReplicaSet | undefined, d: Deployment, toAdd: number, added: number): number {
  if (!rs || replicasOf(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}
