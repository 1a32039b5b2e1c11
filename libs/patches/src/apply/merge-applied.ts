import { isObject, JsonObject, JsonValue } from '../json-value';
import { ApplySchema, isAtomicMapAt, listKindAt } from './apply-schema';
import { listItems } from './list-items';
import { mergeOrder } from './merge-order';
import { fieldElement, FieldPath } from './path-element';

/**
 * Merges an applied configuration into the live object (upstream typed Merge): objects merge field
 * by field, associative lists item by item (by key), sets are unioned, and scalars, atomic lists and
 * atomic maps take the applied value. A null in the configuration unsets the field (upstream stores
 * the Go zero value, which our JSON objects spell as absence). Inputs are not modified.
 */
export function mergeApplied(live: JsonObject, applied: JsonObject, schema: ApplySchema): JsonObject {
  return mergeObjects(live, applied, [], [], schema);
}

function mergeObjects(
  live: JsonObject,
  applied: JsonObject,
  path: FieldPath,
  names: readonly string[],
  schema: ApplySchema,
): JsonObject {
  const result: JsonObject = {};
  const put = (key: string, value: JsonValue | undefined) => {
    if (value !== undefined) result[key] = value;
  };
  for (const [key, value] of Object.entries(live)) {
    const field = [...path, fieldElement(key)];
    put(key, key in applied ? mergeValue(value, applied[key], field, [...names, key], schema) : value);
  }
  for (const [key, value] of Object.entries(applied)) {
    if (!(key in live)) put(key, withoutNulls(value));
  }
  return result;
}

function mergeValue(
  live: JsonValue,
  applied: JsonValue,
  path: FieldPath,
  names: readonly string[],
  schema: ApplySchema,
): JsonValue | undefined {
  if (Array.isArray(live) && Array.isArray(applied)) return mergeLists(live, applied, path, names, schema);
  if (isObject(live) && isObject(applied) && !isAtomicMapAt(schema, names)) {
    return mergeObjects(live, applied, path, names, schema);
  }
  return withoutNulls(applied);
}

function mergeLists(
  live: JsonValue[],
  applied: JsonValue[],
  path: FieldPath,
  names: readonly string[],
  schema: ApplySchema,
): JsonValue[] {
  const kind = listKindAt(schema, names);
  if (kind.type === 'atomic') return withoutNulls(applied) as JsonValue[];
  const pairs = mergeOrder(listItems(kind, live, path, false), listItems(kind, applied, path, true));
  return pairs.map(({ element, live: before, applied: after }) => {
    if (after === undefined) return before as JsonValue;
    if (before === undefined || kind.type === 'set') return withoutNulls(after) as JsonValue;
    return mergeValue(before, after, [...path, element], names, schema) ?? null;
  });
}

/** The configuration's value as stored: null fields dropped at any depth, as Go zero values would be. */
function withoutNulls(value: JsonValue): JsonValue | undefined {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map((item) => (isObject(item) ? (withoutNulls(item) as JsonValue) : item));
  if (!isObject(value)) return value;
  const result: JsonObject = {};
  for (const [key, inner] of Object.entries(value)) {
    const kept = withoutNulls(inner);
    if (kept !== undefined) result[key] = kept;
  }
  return result;
}
