import { isObject, JsonObject, JsonValue } from '../json-value';
import { ApplySchema, isAtomicMapAt, listKindAt } from './apply-schema';
import { FieldSet } from './field-set';
import { jsonEquals } from './json-order';
import { listItems } from './list-items';
import { fieldElement, FieldPath, PathElement } from './path-element';

/** Upstream's typed Comparison: which field paths a write added, modified and removed. */
export interface Comparison {
  added: FieldSet;
  modified: FieldSet;
  removed: FieldSet;
}

interface Walk {
  schema: ApplySchema;
  result: Comparison;
  /**
   * Upstream compares a created object against the Go zero value of its kind, in which non-pointer
   * structs (spec, template, strategy) already exist, so they are not recorded as added. JSON has no
   * such skeleton: on creation, an added object holding nested objects or lists is taken for one.
   */
  creation: boolean;
}

/**
 * Compares two versions of an object as upstream does (typed Compare): leaves (scalars, atomic lists
 * and maps, empty containers) are added, modified or removed; objects and list items that appear or
 * disappear as a whole are recorded too, which is why Update entries own `.` of new container items.
 */
export function compareObjects(
  before: JsonObject,
  after: JsonObject,
  schema: ApplySchema,
  options: { creation?: boolean } = {},
): Comparison {
  const result = { added: new FieldSet(), modified: new FieldSet(), removed: new FieldSet() };
  compareNode(before, after, [], [], { schema, result, creation: options.creation ?? false }, false);
  return result;
}

type Side = JsonValue | undefined;

function compareNode(l: Side, r: Side, path: FieldPath, names: readonly string[], walk: Walk, inItem: boolean): void {
  const leaf = () => compareLeaf(l, r, path, walk.result);
  const either = (test: (value: Side) => boolean) => test(l) || test(r);
  const both = (test: (value: Side) => boolean) => (l === undefined || test(l)) && (r === undefined || test(r));

  if (either(Array.isArray)) {
    const kind = listKindAt(walk.schema, names);
    const empty = (value: Side) => value === undefined || (Array.isArray(value) && value.length === 0);
    if (!both(Array.isArray) || kind.type === 'atomic' || both(empty)) return leaf();
    if (kind.type === 'set') {
      forEachItem(l as JsonValue[] | undefined, r as JsonValue[] | undefined, kind, path, (element, a, b) =>
        compareLeaf(a, b, [...path, element], walk.result),
      );
    } else {
      forEachItem(l as JsonValue[] | undefined, r as JsonValue[] | undefined, kind, path, (element, a, b) =>
        compareNode(a, b, [...path, element], names, walk, true),
      );
    }
    return recordWhole(l, r, path, walk, inItem);
  }
  if (either(isObject)) {
    const empty = (value: Side) => value === undefined || (isObject(value) && Object.keys(value).length === 0);
    if (!both(isObject) || isAtomicMapAt(walk.schema, names) || both(empty)) return leaf();
    const [left, right] = [(l ?? {}) as JsonObject, (r ?? {}) as JsonObject];
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      compareNode(left[key], right[key], [...path, fieldElement(key)], [...names, key], walk, inItem);
    }
    return recordWhole(l, r, path, walk, inItem);
  }
  leaf();
}

function compareLeaf(l: Side, r: Side, path: FieldPath, result: Comparison): void {
  if (l === undefined && r === undefined) return;
  if (l === undefined) result.added.insert(path);
  else if (r === undefined) result.removed.insert(path);
  else if (!jsonEquals(l, r)) result.modified.insert(path);
}

/** Upstream's post-item hook: an object or list item that appeared or vanished is itself a path. */
function recordWhole(l: Side, r: Side, path: FieldPath, walk: Walk, inItem: boolean): void {
  if (path.length === 0) return;
  if (l === undefined) {
    const skeleton =
      walk.creation && !inItem && isObject(r) && Object.values(r).some((v) => isObject(v) || Array.isArray(v));
    if (!skeleton) walk.result.added.insert(path);
  } else if (r === undefined) {
    walk.result.removed.insert(path);
  }
}

function forEachItem(
  l: JsonValue[] | undefined,
  r: JsonValue[] | undefined,
  kind: Parameters<typeof listItems>[0],
  path: FieldPath,
  visit: (element: PathElement, left: Side, right: Side) => void,
): void {
  const index = (items: JsonValue[] | undefined) => {
    const byElement = new Map<PathElement, JsonValue>();
    for (const item of listItems(kind, items ?? [], path, false)) {
      if (!byElement.has(item.element)) byElement.set(item.element, item.value);
    }
    return byElement;
  };
  const [left, right] = [index(l), index(r)];
  for (const element of new Set([...left.keys(), ...right.keys()]))
    visit(element, left.get(element), right.get(element));
}
