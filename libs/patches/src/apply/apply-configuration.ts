import { isObject, JsonObject, PatchError } from '../json-value';
import type { ApplySchema } from './apply-schema';
import { compareObjects } from './compare-objects';
import { ApplyConflict, conflictsWith } from './conflicts';
import { fieldSetOf } from './field-set-of';
import { jsonEquals } from './json-order';
import { allowedConflictsFromLastApplied, KUBECTL_SERVER_SIDE_MANAGER, withLastAppliedFrom } from './last-applied';
import {
  decodeManagedFields,
  encodeManagedFields,
  formatTime,
  managedFieldsJson,
  managerIdentity,
  ManagerFields,
} from './managed-fields';
import { mergeApplied } from './merge-applied';
import {
  stripServerFields,
  toFieldPaths,
  withManagedFields,
  withoutManagedFields,
  withoutSubtrees,
} from './object-fields';
import { pruneDropped } from './prune';

export interface ApplyOptions {
  /** The stored object, undefined when the apply creates it (PATCH on a missing object). */
  live: JsonObject | undefined;
  /** The configuration sent as application/apply-patch+yaml, parsed. */
  applied: JsonObject;
  /** The fieldManager query parameter. */
  manager: string;
  /** The force query parameter: take over conflicting fields instead of failing. */
  force: boolean;
  schema: ApplySchema;
  /** The group/version of the endpoint, e.g. apps/v1; the configuration must use it. */
  apiVersion: string;
  now: Date;
  /** Set when applying through a subresource (status, scale): recorded in the entry. */
  subresource?: string;
  /**
   * Field-name paths this endpoint does not write, e.g. [['status']] on the main resource of a kind
   * with a status subresource (upstream reset fields): dropped from the configuration, never owned.
   */
  ignoredFields?: readonly (readonly string[])[];
}

export interface ApplyResult {
  /** The object to store, with metadata.managedFields; with conflicts, the live object untouched. */
  object: JsonObject;
  /** Fields other managers own that this apply would change; empty when the apply succeeded. */
  conflicts: ApplyConflict[];
  /** Whether anything but managedFields differs from the live object (a no-op apply keeps its time). */
  changed: boolean;
}

/**
 * Server-side apply, as structured-merge-diff's Updater.Apply wrapped by the API server's field
 * manager: merge, prune what this applier dropped, detect conflicts with other owners, move
 * ownership, and record the applier's field set as its Apply entry.
 */
export function applyConfiguration(options: ApplyOptions): ApplyResult {
  const { applied, manager, schema, apiVersion, subresource } = options;
  checkConfiguration(applied, apiVersion);
  const ignoredNames = options.ignoredFields ?? [];
  const config = withoutSubtrees(applied, ignoredNames);
  const live = options.live ? withoutManagedFields(options.live) : undefined;
  const managers = decodeManagedFields(isObject(options.live?.metadata) ? options.live.metadata.managedFields : []);

  const identity = managerIdentity({ manager, operation: 'Apply', apiVersion, subresource });
  const previous = managers.find((entry) => managerIdentity(entry) === identity);
  const others = managers.filter((entry) => entry !== previous);
  const fields = fieldSetOf(config, schema).withoutSubtrees(toFieldPaths(ignoredNames));

  const merged = mergeApplied(structuredClone(live ?? {}), config, schema);
  const result = pruneDropped(merged, previous?.fields, [fields, ...others.map((entry) => entry.fields)], schema);

  const comparison = compareObjects(live ?? {}, result, schema, { creation: live === undefined });
  const touched = comparison.modified.union(comparison.added);
  const owners = others
    .map((owner) => ({ owner, fields: owner.fields.intersection(touched) }))
    .filter(({ fields: owned }) => !owned.isEmpty());
  if (owners.length > 0 && !options.force) {
    const conflicts = conflictsWith(withoutUpgradableConflicts(owners, options));
    if (conflicts.length > 0) return { object: options.live ?? {}, conflicts, changed: false };
  }

  const changedByMerge = live === undefined || !jsonEquals(live, result);
  const applier: ManagerFields = {
    manager,
    operation: 'Apply',
    apiVersion,
    ...(subresource ? { subresource } : {}),
    fields,
  };
  const time = changedByMerge ? formatTime(options.now) : previous?.time;
  if (time !== undefined) applier.time = time;
  const remaining = others.map((entry) => ({
    ...entry,
    fields: entry.fields.difference(touched).difference(comparison.removed),
  }));
  const entries = encodeManagedFields(
    [applier, ...remaining].map((entry) => ({ ...entry, fields: stripServerFields(entry.fields) })),
  );

  const object = manager === KUBECTL_SERVER_SIDE_MANAGER ? withLastAppliedFrom(result, applied) : result;
  return {
    object: withManagedFields(object, managedFieldsJson(entries)),
    conflicts: [],
    changed: live === undefined || !jsonEquals(live, object),
  };
}

function checkConfiguration(applied: JsonObject, apiVersion: string): void {
  const metadata = applied.metadata;
  if (isObject(metadata) && metadata.managedFields !== undefined && metadata.managedFields !== null) {
    throw new PatchError('metadata.managedFields must be nil');
  }
  if (applied.apiVersion !== apiVersion) {
    const given = typeof applied.apiVersion === 'string' ? applied.apiVersion : '';
    throw new PatchError(
      `Incorrect version specified in apply patch. Specified patch version: ${given}, expected: ${apiVersion}`,
    );
  }
}

/**
 * Upstream's client-side to server-side apply upgrade: for `kubectl apply --server-side`, conflicts on
 * fields the last-applied annotation still describes are not conflicts (the apply is forced).
 */
function withoutUpgradableConflicts<T extends { fields: ManagerFields['fields'] }>(
  owners: readonly T[],
  options: ApplyOptions,
): T[] {
  if (options.manager !== KUBECTL_SERVER_SIDE_MANAGER || !options.live) return [...owners];
  const live = withoutManagedFields(options.live);
  const allowed = allowedConflictsFromLastApplied(live, options.apiVersion, options.schema);
  if (!allowed) return [...owners];
  return owners
    .map((owner) => ({ ...owner, fields: owner.fields.difference(allowed) }))
    .filter(({ fields }) => !fields.isEmpty());
}
