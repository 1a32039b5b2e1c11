import { isObject, JsonObject, JsonValue } from '../json-value';
import { ApplySchema, listKindAt } from './apply-schema';
import type { FieldSet } from './field-set';
import { listItems } from './list-items';
import { fieldElement, FieldPath } from './path-element';

/** A map or list the removal emptied: upstream leaves null there, which Go never serialises. */
const EMPTIED = Symbol('emptied');
type Kept = JsonValue | typeof EMPTIED;

/**
 * Removes from an object every field and list item that is a member of the set, with everything
 * below it (upstream RemoveItems). A map or list emptied by the removal goes too, but only it: its
 * parent still holds upstream's null, so it stays (as an empty object) rather than vanishing as well.
 */
export function removeItems(object: JsonObject, set: FieldSet, schema: ApplySchema): JsonObject {
  return removeFromObject(object, set, [], [], schema);
}

function removeFromObject(
  object: JsonObject,
  set: FieldSet,
  path: FieldPath,
  names: readonly string[],
  schema: ApplySchema,
): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(object)) {
    const element = fieldElement(key);
    if (set.hasMember(element)) continue;
    const below = set.under(element);
    const kept = below ? removeBelow(value, below, [...path, element], [...names, key], schema) : value;
    if (kept !== EMPTIED) result[key] = kept;
  }
  return result;
}

function removeBelow(
  value: JsonValue,
  set: FieldSet,
  path: FieldPath,
  names: readonly string[],
  schema: ApplySchema,
): Kept {
  if (isObject(value)) {
    const keys = Object.keys(value);
    // Emptied only when every entry was removed: an entry dropped as EMPTIED still holds upstream's null.
    const emptied = keys.length > 0 && keys.every((key) => set.hasMember(fieldElement(key)));
    return emptied ? EMPTIED : removeFromObject(value, set, path, names, schema);
  }
  if (!Array.isArray(value)) return value;
  const kind = listKindAt(schema, names);
  if (kind.type === 'atomic') return value;
  let emptiedOnly = true;
  const items = listItems(kind, value, path, false).flatMap(({ element, value: item }) => {
    if (set.hasMember(element)) return [];
    const below = set.under(element);
    const kept = below ? removeBelow(item, below, [...path, element], names, schema) : item;
    emptiedOnly = false;
    return kept === EMPTIED ? [] : [kept];
  });
  return items.length === 0 && value.length > 0 && emptiedOnly ? EMPTIED : items;
}
