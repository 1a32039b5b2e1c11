import { isObject, JsonObject, JsonValue, PatchError } from './json-value';
import type { PatchSchema } from './patch-schema';

const DIRECTIVE = '$patch';
const RETAIN_KEYS = '$retainKeys';
const SET_ORDER = '$setElementOrder/';
const DELETE_PRIMITIVES = '$deleteFromPrimitiveList/';

/**
 * Strategic merge patch, what `kubectl apply`, `edit`, `set image` and `rollout restart` send: like a
 * merge patch, but lists with a merge key merge element by element, and directives ($patch,
 * $setElementOrder, $retainKeys, $deleteFromPrimitiveList) steer deletion, replacement and order.
 */
export function applyStrategicMergePatch(original: JsonValue, patch: JsonValue, schema: PatchSchema): JsonValue {
  if (!isObject(patch)) throw new PatchError('strategic merge patch must be a JSON object');
  return mergeMap(isObject(original) ? original : {}, patch, [], schema);
}

function mergeMap(original: JsonObject, patch: JsonObject, path: string[], schema: PatchSchema): JsonValue {
  const directive = patch[DIRECTIVE];
  if (directive === 'delete') return null;
  if (directive === 'replace') return stripDirectives(withoutKey(patch, DIRECTIVE));
  if (directive !== undefined && directive !== 'merge')
    throw new PatchError(`Unknown patch type: ${JSON.stringify(directive)}`);

  const result: JsonObject = { ...original };
  const retain = patch[RETAIN_KEYS];
  if (retain !== undefined) {
    if (!Array.isArray(retain)) throw new PatchError(`${RETAIN_KEYS} must be a list`);
    for (const key of Object.keys(result)) if (!retain.includes(key) && !(key in patch)) delete result[key];
  }
  for (const [key, value] of Object.entries(patch)) {
    if (key === DIRECTIVE || key === RETAIN_KEYS || key.startsWith(SET_ORDER)) continue;
    if (key.startsWith(DELETE_PRIMITIVES)) {
      const field = key.slice(DELETE_PRIMITIVES.length);
      const list = result[field];
      if (Array.isArray(list) && Array.isArray(value)) result[field] = list.filter((item) => !value.includes(item));
      continue;
    }
    if (value === null) {
      delete result[key];
      continue;
    }
    const fieldPath = [...path, key];
    const current = result[key];
    if (Array.isArray(value)) {
      result[key] = mergeList(
        Array.isArray(current) ? current : [],
        value,
        fieldPath,
        schema,
        patch[`${SET_ORDER}${key}`],
      );
    } else if (isObject(value)) {
      const merged = mergeMap(isObject(current) ? current : {}, value, fieldPath, schema);
      if (merged === null) delete result[key];
      else result[key] = merged;
    } else {
      result[key] = value;
    }
  }
  // An order given for a field the patch does not otherwise touch still reorders it.
  for (const [key, order] of Object.entries(patch)) {
    if (!key.startsWith(SET_ORDER)) continue;
    const field = key.slice(SET_ORDER.length);
    if (field in patch || !Array.isArray(result[field]) || !Array.isArray(order)) continue;
    const meta = schema([...path, field]);
    result[field] = reorder(result[field], order, meta?.mergeKey);
  }
  return result;
}

function mergeList(
  original: JsonValue[],
  patch: JsonValue[],
  path: string[],
  schema: PatchSchema,
  order: JsonValue | undefined,
): JsonValue[] {
  const meta = schema(path);
  const replaceAll = patch.some((item) => isObject(item) && item[DIRECTIVE] === 'replace');
  if (replaceAll)
    return stripDirectives(patch.filter((item) => !(isObject(item) && item[DIRECTIVE] === 'replace'))) as JsonValue[];
  if (!meta || !meta.strategy.startsWith('merge')) return stripDirectives(patch) as JsonValue[];

  let merged: JsonValue[];
  if (!meta.mergeKey) {
    // A list of primitives merged as a set: additions are appended, duplicates dropped.
    merged = [...original];
    for (const item of patch) if (!merged.some((existing) => existing === item)) merged.push(item);
  } else {
    const key = meta.mergeKey;
    merged = original.map((item) => structuredClone(item));
    for (const item of patch) {
      if (!isObject(item)) throw new PatchError(`list ${path.join('.')} merges by "${key}": elements must be objects`);
      const id = item[key];
      if (id === undefined)
        throw new PatchError(`map: ${JSON.stringify(item)} does not contain declared merge key: ${key}`);
      const index = merged.findIndex((existing) => isObject(existing) && existing[key] === id);
      if (item[DIRECTIVE] === 'delete') {
        if (index >= 0) merged.splice(index, 1);
        continue;
      }
      if (index >= 0) {
        const next = mergeMap(merged[index] as JsonObject, item, path, schema);
        if (next === null) merged.splice(index, 1);
        else merged[index] = next;
      } else {
        merged.push(stripDirectives(item));
      }
    }
  }
  return Array.isArray(order) ? reorder(merged, order, meta.mergeKey) : merged;
}

/** $setElementOrder: the listed elements first, in the given order; others keep their relative place. */
function reorder(list: JsonValue[], order: JsonValue[], mergeKey: string | undefined): JsonValue[] {
  const idOf = (item: JsonValue): JsonValue => (mergeKey && isObject(item) ? (item[mergeKey] ?? null) : item);
  const wanted = order.map((entry) => (mergeKey && isObject(entry) ? (entry[mergeKey] ?? null) : entry));
  const ordered = wanted.flatMap((id) => list.filter((item) => idOf(item) === id));
  const rest = list.filter((item) => !wanted.includes(idOf(item)));
  return [...ordered, ...rest];
}

function withoutKey(object: JsonObject, key: string): JsonObject {
  const { [key]: _omitted, ...rest } = object;
  return rest;
}

function stripDirectives(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(stripDirectives);
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, inner]) => [key, stripDirectives(inner)]),
  );
}
