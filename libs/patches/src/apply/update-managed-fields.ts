import { isObject, JsonObject, JsonValue, PatchError } from '../json-value';
import type { ApplySchema } from './apply-schema';
import { compareObjects } from './compare-objects';
import {
  decodeManagedFields,
  encodeManagedFields,
  formatTime,
  managedFieldsJson,
  managerIdentity,
  ManagerFields,
} from './managed-fields';
import { stripServerFields, withManagedFields, withoutManagedFields, withoutSubtrees } from './object-fields';

export interface UpdateOptions {
  /** The stored object, undefined for a create. */
  before: JsonObject | undefined;
  /**
   * The object about to be stored, after the write (and, to match upstream, after defaulting: the
   * API server records a creator as owning the defaults its decoder filled in).
   */
  after: JsonObject;
  /** fieldManager, or upstream's fallback: the user agent's command name (kubectl-edit, ...). */
  manager: string;
  apiVersion: string;
  now: Date;
  schema: ApplySchema;
  subresource?: string;
  /** Field-name paths this endpoint does not write (see ApplyOptions.ignoredFields). */
  ignoredFields?: readonly (readonly string[])[];
}

/**
 * Managed fields after a non-apply write (create, update, patch), as the API server's field manager
 * records them: the fields the write added or changed now belong to the writer's Update entry and to
 * no one else; removed fields belong to no one. Returns `after` with its metadata.managedFields set.
 *
 * As upstream, managedFields the request itself carries (kubectl's client-side to server-side apply
 * migration rewrites them with a JSON patch) replace the stored ones, `[]` or `[{}]` clears them,
 * and a subresource write cannot change them.
 */
export function updateManagedFields(options: UpdateOptions): JsonObject {
  const { before, after, manager, apiVersion, subresource, schema } = options;
  const requested = isObject(after.metadata) ? after.metadata.managedFields : undefined;
  if (!subresource && isResetRequest(requested)) return withManagedFields(after, []);
  const managers = startingManagers(requested, before, subresource);
  if (!managers) return withManagedFields(after, []);

  const ignored = options.ignoredFields ?? [];
  const comparison = compareObjects(
    withoutSubtrees(before ? withoutManagedFields(before) : {}, ignored),
    withoutSubtrees(withoutManagedFields(after), ignored),
    schema,
    { creation: before === undefined },
  );
  const written = comparison.modified.union(comparison.added);
  const next = managers.map((entry) => ({
    ...entry,
    fields: entry.fields.difference(written).difference(comparison.removed),
  }));

  // Upstream only stamps (and creates) the writer's entry when the write changed something it now owns.
  if (!written.isEmpty()) {
    const identity = managerIdentity({ manager, operation: 'Update', apiVersion, subresource });
    const time = formatTime(options.now);
    const existing = next.find((entry) => managerIdentity(entry) === identity);
    if (existing) {
      existing.fields = existing.fields.union(written);
      existing.time = time;
    } else {
      next.push({
        manager,
        operation: 'Update',
        apiVersion,
        time,
        ...(subresource ? { subresource } : {}),
        fields: written,
      });
    }
  }
  const entries = encodeManagedFields(next.map((entry) => ({ ...entry, fields: stripServerFields(entry.fields) })));
  return withManagedFields(after, managedFieldsJson(entries));
}

/** `managedFields: []` or `[{}]` in a write is upstream's way to clear them. */
function isResetRequest(value: JsonValue | undefined): boolean {
  if (!Array.isArray(value)) return false;
  return value.length === 0 || (value.length === 1 && isObject(value[0]) && Object.keys(value[0]).length === 0);
}

/**
 * Whose fields the write starts from: the request's own managedFields when it carries valid ones
 * (never for subresources), else the stored ones; undefined when the stored ones are unreadable,
 * which upstream answers by resetting them.
 */
function startingManagers(
  requested: JsonValue | undefined,
  before: JsonObject | undefined,
  subresource: string | undefined,
): ManagerFields[] | undefined {
  if (!subresource) {
    const fromRequest = tryDecode(requested);
    if (fromRequest && fromRequest.length > 0) return fromRequest;
  }
  return tryDecode(isObject(before?.metadata) ? before.metadata.managedFields : undefined);
}

function tryDecode(value: JsonValue | undefined): ManagerFields[] | undefined {
  try {
    return decodeManagedFields(value);
  } catch (error) {
    if (error instanceof PatchError) return undefined;
    throw error;
  }
}
