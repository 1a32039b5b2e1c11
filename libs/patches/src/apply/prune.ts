import type { JsonObject } from '../json-value';
import type { ApplySchema } from './apply-schema';
import { FieldSet } from './field-set';
import { stripServerFields } from './object-fields';
import { removeItems } from './remove-items';

/**
 * Removes what an applier dropped from its configuration (upstream Updater.prune): a field or list
 * item it applied last time, that it does not apply now, and that no manager (applier or updater)
 * owns. Objects count as owned while anything below them is, so a struct goes only as a whole.
 * `owned` includes the applier's new field set.
 */
export function pruneDropped(
  merged: JsonObject,
  lastApplied: FieldSet | undefined,
  owned: readonly FieldSet[],
  schema: ApplySchema,
): JsonObject {
  if (!lastApplied || lastApplied.isEmpty()) return merged;
  const stillOwned = owned.reduce((all, set) => all.union(set), new FieldSet()).withFieldsAsMembers();
  // Never identity or bookkeeping (metadata as a whole included), whatever the configuration omits.
  const dropped = stripServerFields(lastApplied.withFieldsAsMembers().difference(stillOwned));
  return removeItems(merged, dropped, schema);
}
