import { isDeepStrictEqual } from 'node:util';
import { controllerRefOf, controllerRefTo, release } from '@ksb/controller-runtime';
import type { KubeObject } from '@ksb/store';
import { REVISION_HASH_LABEL } from './daemon-pods';

// A DaemonSet's revision history (upstream daemon/update.go constructHistory, snapshot, cleanupHistory).

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** JSON with sorted keys: a value's stable text, whatever order its keys were stored in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * controller.ComputeHash: FNV-32a of the template (and collision count), its decimal digits mapped onto
 * the safe alphabet (rand.SafeEncodeString).
 */
export function computeHash(template: unknown, collisionCount?: number): string {
  let hash = 0x811c9dc5;
  const feed = (bytes: Uint8Array) => {
    for (const byte of bytes) {
      hash ^= byte;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  feed(new TextEncoder().encode(canonicalJson(template)));
  if (collisionCount !== undefined) {
    const count = new Uint8Array(4);
    new DataView(count.buffer).setUint32(0, collisionCount >>> 0, true);
    feed(count);
  }
  return [...String(hash >>> 0)].map((digit) => SAFE_ALPHABET[digit.charCodeAt(0) % SAFE_ALPHABET.length]).join('');
}

interface DaemonSetLike extends KubeObject {
  spec?: { template?: { metadata?: { labels?: Record<string, string> } }; revisionHistoryLimit?: number };
  status?: { collisionCount?: number };
}

/** getPatch: the revision's data replaces spec.template wholesale. */
export const revisionData = (ds: DaemonSetLike): object => ({
  spec: { template: { ...ds.spec?.template, $patch: 'replace' } },
});

export const revisionNumber = (revision: KubeObject): number => Number(revision.revision ?? 0);

export interface HistoryPlan {
  /** The revision hash of the current template (the label of the current revision). */
  hash: string;
  /** A new ControllerRevision for the current template. */
  create?: KubeObject;
  /** Adoptions, releases, missing hash labels and the current revision's number bump. */
  updates: KubeObject[];
  /** Duplicates of the current revision. */
  deletes: KubeObject[];
  /** Revisions of earlier templates, still owned. */
  old: KubeObject[];
  /** The current revision's name is taken by another object: bump status.collisionCount. */
  collision: boolean;
}

/**
 * constructHistory: claims the namespace's ControllerRevisions (owned ones that still match, orphans
 * that match), tells the current one (same template data) from old ones, and creates or renumbers the
 * current one so it carries the highest revision.
 */
export function planHistory(
  ds: DaemonSetLike,
  revisions: readonly KubeObject[],
  matches: (labels: Record<string, string> | undefined) => boolean,
): HistoryPlan {
  const uid = ds.metadata.uid;
  const updates = new Map<string, KubeObject>();
  const histories: KubeObject[] = [];
  const inNamespace = revisions.filter((r) => r.metadata.namespace === ds.metadata.namespace);
  for (const revision of inNamespace) {
    const ref = controllerRefOf(revision);
    const labelled = matches(revision.metadata.labels);
    if (ref?.uid === uid) {
      if (labelled || revision.metadata.deletionTimestamp) histories.push(revision);
      else updates.set(revision.metadata.name ?? '', release(revision, ds));
    } else if (!ref && labelled && !revision.metadata.deletionTimestamp && !ds.metadata.deletionTimestamp) {
      const adopted: KubeObject = {
        ...revision,
        metadata: {
          ...revision.metadata,
          ownerReferences: [...((revision.metadata.ownerReferences as object[]) ?? []), controllerRefTo(ds)],
        },
      };
      updates.set(revision.metadata.name ?? '', adopted);
      histories.push(adopted);
    }
  }
  const labelledHistories = histories.map((history): KubeObject => {
    if (history.metadata.labels?.[REVISION_HASH_LABEL]) return history;
    const relabelled: KubeObject = {
      ...history,
      metadata: {
        ...history.metadata,
        labels: { ...history.metadata.labels, [REVISION_HASH_LABEL]: history.metadata.name ?? '' },
      },
    };
    updates.set(history.metadata.name ?? '', relabelled);
    return relabelled;
  });
  const data = revisionData(ds);
  const current = labelledHistories.filter((h) => isDeepStrictEqual(h.data, data));
  const old = labelledHistories.filter((h) => !current.includes(h));
  const next = Math.max(0, ...old.map(revisionNumber)) + 1;
  const plan = { updates: [] as KubeObject[], deletes: [] as KubeObject[], old, collision: false };

  if (current.length === 0) {
    const hash = computeHash(ds.spec?.template, ds.status?.collisionCount);
    const name = `${ds.metadata.name ?? ''}-${hash}`;
    const taken = inNamespace.some((r) => r.metadata.name === name);
    const created: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: {
        name,
        namespace: ds.metadata.namespace,
        labels: { ...ds.spec?.template?.metadata?.labels, [REVISION_HASH_LABEL]: hash },
        ...(ds.metadata.annotations ? { annotations: { ...ds.metadata.annotations } } : {}),
        ownerReferences: [controllerRefTo(ds)],
      },
      data,
      revision: next,
    };
    return { ...plan, hash, updates: [...updates.values()], ...(taken ? { collision: true } : { create: created }) };
  }
  // dedupCurHistories: the highest revision stays current, the duplicates go.
  const sorted = [...current].sort((a, b) => revisionNumber(b) - revisionNumber(a));
  let keep = sorted[0];
  if (revisionNumber(keep) < next) {
    keep = { ...(updates.get(keep.metadata.name ?? '') ?? keep), revision: next };
    updates.set(keep.metadata.name ?? '', keep);
  }
  return {
    ...plan,
    hash: keep.metadata.labels?.[REVISION_HASH_LABEL] ?? '',
    updates: [...updates.values()],
    deletes: sorted.slice(1),
  };
}

/**
 * cleanupHistory: beyond revisionHistoryLimit, the oldest revisions no pod (terminal ones included)
 * still carries the hash of are deleted.
 */
export function historyToDelete(
  old: readonly KubeObject[],
  limit: number,
  liveHashes: ReadonlySet<string>,
): KubeObject[] {
  let toKill = old.length - limit;
  if (toKill <= 0) return [];
  const result: KubeObject[] = [];
  for (const history of [...old].sort((a, b) => revisionNumber(a) - revisionNumber(b))) {
    if (toKill <= 0) break;
    if (liveHashes.has(history.metadata.labels?.[REVISION_HASH_LABEL] ?? '')) continue;
    result.push(history);
    toKill--;
  }
  return result;
}
