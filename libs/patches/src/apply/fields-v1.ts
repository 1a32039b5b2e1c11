import { isObject, JsonObject, JsonValue, PatchError } from '../json-value';
import { FieldSet } from './field-set';
import { FieldPath, normalizeElement } from './path-element';

const SELF = '.';

/**
 * The FieldsV1 wire format of a field set: nested objects keyed by path element, `{}` for an owned
 * leaf, and `".": {}` when an element is owned itself and also has owned fields below. Elements are
 * written in upstream order (object keys keep insertion order, and none of them look like integers).
 */
export function encodeFieldsV1(set: FieldSet): JsonObject {
  const result: JsonObject = {};
  for (const element of set.elements()) {
    const below = set.under(element);
    if (!below || below.isEmpty()) {
      result[element] = {};
      continue;
    }
    const inner = encodeFieldsV1(below);
    result[element] = set.hasMember(element) ? { [SELF]: {}, ...inner } : inner;
  }
  return result;
}

export function decodeFieldsV1(json: JsonValue): FieldSet {
  const set = new FieldSet();
  if (!isObject(json)) throw new PatchError('FieldsV1 must be a JSON object');
  readLevel(json, [], set);
  return set;
}

function readLevel(json: JsonObject, prefix: FieldPath, set: FieldSet): void {
  for (const [key, value] of Object.entries(json)) {
    if (key === SELF) continue;
    if (!isObject(value)) throw new PatchError(`FieldsV1: the value of ${JSON.stringify(key)} must be an object`);
    const path = [...prefix, normalizeElement(key)];
    // An empty object is an owned leaf; "." marks an element owned together with fields below it.
    if (Object.keys(value).length === 0 || SELF in value) set.insert(path);
    readLevel(value, path, set);
  }
}
