import { isObject, JsonObject, JsonValue, PatchError } from '../json-value';
import type { ListKind } from './apply-schema';
import { describePath, FieldPath, keyElement, PathElement, valueElement } from './path-element';

export interface ListItem {
  element: PathElement;
  value: JsonValue;
}

/**
 * Names the items of a set or associative list by path element. An applied configuration must name
 * every item (`strict`: missing key fields and duplicates are errors, worded as upstream); a stored
 * object is read leniently, since it was validated when written.
 */
export function listItems(
  kind: Exclude<ListKind, { type: 'atomic' }>,
  items: readonly JsonValue[],
  path: FieldPath,
  strict: boolean,
): ListItem[] {
  const seen = new Set<PathElement>();
  return items.map((value, index) => {
    const element = kind.type === 'set' ? valueElement(value) : keyOf(kind, value, path, index, strict);
    if (strict && seen.has(element)) {
      throw new PatchError(`${describePath(path)}: element ${index}: duplicate entries for ${describeItem(element)}`);
    }
    seen.add(element);
    return { element, value };
  });
}

function keyOf(
  kind: Extract<ListKind, { type: 'map' }>,
  item: JsonValue,
  path: FieldPath,
  index: number,
  strict: boolean,
): PathElement {
  const at = `${describePath(path)}: element ${index}`;
  if (!isObject(item)) {
    if (strict) throw new PatchError(`${at}: associative list with keys has an element that is not a map`);
    return valueElement(item);
  }
  const key: JsonObject = {};
  for (const field of kind.keys) {
    const value = item[field] ?? kind.defaults[field];
    if (value === undefined && strict) {
      throw new PatchError(
        `${at}: associative list with keys has an element that omits key field ${JSON.stringify(field)} (and doesn't have default value)`,
      );
    }
    key[field] = value ?? null;
  }
  return keyElement(key);
}

const describeItem = (element: PathElement): string =>
  element.startsWith('k:') ? `key ${element.slice(2)}` : `value ${element.slice(2)}`;
