import { isObject, JsonObject, JsonValue } from '../json-value';
import { FieldSet } from './field-set';
import { fieldElement, FieldPath } from './path-element';

/**
 * Fields nobody owns: identity and server bookkeeping (upstream's stripMeta). They are part of the
 * sets while an apply is computed, so pruning never touches them, and dropped before storing.
 */
const SERVER_FIELDS: readonly (readonly string[])[] = [
  ['apiVersion'],
  ['kind'],
  ['metadata'],
  ['metadata', 'name'],
  ['metadata', 'namespace'],
  ['metadata', 'creationTimestamp'],
  ['metadata', 'selfLink'],
  ['metadata', 'uid'],
  ['metadata', 'clusterName'],
  ['metadata', 'generation'],
  ['metadata', 'managedFields'],
  ['metadata', 'resourceVersion'],
];

const STRIPPED = FieldSet.of(SERVER_FIELDS.map((names) => names.map(fieldElement)));

/** Membership difference only: owning `.metadata.labels` is kept though `.metadata` is stripped. */
export const stripServerFields = (set: FieldSet): FieldSet => set.difference(STRIPPED);

export const toFieldPaths = (paths: readonly (readonly string[])[]): FieldPath[] =>
  paths.map((names) => names.map(fieldElement));

/** The object without its managedFields, which never take part in merging or comparing. */
export function withoutManagedFields(object: JsonObject): JsonObject {
  const metadata = object.metadata;
  if (!isObject(metadata) || !('managedFields' in metadata)) return object;
  const { managedFields: _dropped, ...rest } = metadata;
  return { ...object, metadata: rest };
}

export function withManagedFields(object: JsonObject, entries: readonly JsonValue[]): JsonObject {
  if (!isObject(object.metadata) && entries.length === 0) return object;
  const metadata = isObject(object.metadata) ? object.metadata : {};
  const { managedFields: _old, ...rest } = metadata;
  return { ...object, metadata: entries.length > 0 ? { ...rest, managedFields: [...entries] } : rest };
}

/** Drops whole subtrees named by field names (ignored fields, such as status on the main resource). */
export function withoutSubtrees(object: JsonObject, paths: readonly (readonly string[])[]): JsonObject {
  let result = object;
  for (const names of paths) result = dropPath(result, names);
  return result;
}

function dropPath(object: JsonObject, names: readonly string[]): JsonObject {
  const [head, ...rest] = names;
  if (head === undefined || !(head in object)) return object;
  if (rest.length === 0) {
    const { [head]: _dropped, ...kept } = object;
    return kept;
  }
  const inner = object[head];
  return isObject(inner) ? { ...object, [head]: dropPath(inner, rest) } : object;
}
