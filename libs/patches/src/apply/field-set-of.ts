import { isObject, JsonObject, JsonValue, PatchError } from '../json-value';
import { ApplySchema, isAtomicMapAt, listKindAt } from './apply-schema';
import { FieldSet } from './field-set';
import { listItems } from './list-items';
import { fieldElement, FieldPath } from './path-element';

/**
 * The fields an applied configuration sets (upstream ToFieldSet): every scalar (null included),
 * atomic list and atomic map it holds, and every set or associative list item as a whole. Objects
 * are owned through their fields only, so an empty object or an empty associative list claims nothing.
 */
export function fieldSetOf(object: JsonValue, schema: ApplySchema): FieldSet {
  if (!isObject(object)) throw new PatchError('an apply configuration must be a JSON object');
  const set = new FieldSet();
  visitObject(object, [], [], schema, set);
  return set;
}

function visitObject(
  object: JsonObject,
  path: FieldPath,
  names: readonly string[],
  schema: ApplySchema,
  set: FieldSet,
) {
  for (const [key, value] of Object.entries(object)) {
    visitValue(value, [...path, fieldElement(key)], [...names, key], schema, set);
  }
}

function visitValue(value: JsonValue, path: FieldPath, names: readonly string[], schema: ApplySchema, set: FieldSet) {
  if (Array.isArray(value)) {
    const kind = listKindAt(schema, names);
    if (kind.type === 'atomic') {
      set.insert(path);
      return;
    }
    for (const item of listItems(kind, value, path, true)) {
      const itemPath = [...path, item.element];
      set.insert(itemPath);
      if (kind.type === 'map' && isObject(item.value)) visitObject(item.value, itemPath, names, schema, set);
    }
    return;
  }
  if (isObject(value) && !isAtomicMapAt(schema, names)) {
    visitObject(value, path, names, schema, set);
    return;
  }
  set.insert(path);
}
