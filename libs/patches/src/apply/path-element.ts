import { isObject, JsonObject, JsonValue, PatchError } from '../json-value';
import { canonicalJson, compareJson, describeValue } from './json-order';

/**
 * One step of a field path, spelled as FieldsV1 spells it, so a path element is its own map key:
 * `f:<field>` (object field), `k:{"name":"web"}` (associative list item by its key fields, sorted),
 * `v:<json>` (set item), `i:<index>` (list item by position; upstream never records these for
 * built-in kinds, they are only read back).
 */
export type PathElement = string;
export type FieldPath = readonly PathElement[];

export type ParsedElement =
  | { kind: 'field'; name: string }
  | { kind: 'key'; key: JsonObject }
  | { kind: 'value'; value: JsonValue }
  | { kind: 'index'; index: number };

export const fieldElement = (name: string): PathElement => `f:${name}`;
export const keyElement = (key: JsonObject): PathElement => `k:${canonicalJson(key)}`;
export const valueElement = (value: JsonValue): PathElement => `v:${canonicalJson(value)}`;

export function parseElement(element: PathElement): ParsedElement {
  const prefix = element.slice(0, 2);
  const rest = element.slice(2);
  if (prefix === 'f:') return { kind: 'field', name: rest };
  if (prefix === 'i:' && /^\d+$/.test(rest)) return { kind: 'index', index: Number(rest) };
  if (prefix === 'k:' || prefix === 'v:') {
    let parsed: JsonValue;
    try {
      parsed = JSON.parse(rest) as JsonValue;
    } catch {
      throw new PatchError(`invalid path element ${JSON.stringify(element)}: not JSON`);
    }
    if (prefix === 'v:') return { kind: 'value', value: parsed };
    if (isObject(parsed)) return { kind: 'key', key: parsed };
  }
  throw new PatchError(`invalid path element ${JSON.stringify(element)}`);
}

/** The element in canonical spelling (sorted key JSON), so sets read from FieldsV1 compare equal. */
export function normalizeElement(element: PathElement): PathElement {
  const parsed = parseElement(element);
  switch (parsed.kind) {
    case 'key':
      return keyElement(parsed.key);
    case 'value':
      return valueElement(parsed.value);
    case 'field':
    case 'index':
      return element;
  }
}

const KIND_ORDER = { field: 0, key: 1, value: 2, index: 3 } as const;

/** Upstream PathElement.Compare: fields, then keys, then values, then indexes. */
export function compareElements(a: PathElement, b: PathElement): number {
  if (a === b) return 0;
  const [x, y] = [parseElement(a), parseElement(b)];
  if (x.kind !== y.kind) return Math.sign(KIND_ORDER[x.kind] - KIND_ORDER[y.kind]);
  if (x.kind === 'field' && y.kind === 'field') return x.name < y.name ? -1 : x.name > y.name ? 1 : 0;
  if (x.kind === 'key' && y.kind === 'key') return compareJson(x.key, y.key);
  if (x.kind === 'value' && y.kind === 'value') return compareJson(x.value, y.value);
  if (x.kind === 'index' && y.kind === 'index') return Math.sign(x.index - y.index);
  return 0;
}

/** Upstream PathElement.String: `.spec`, `[name="web"]`, `[=value]`, `[0]`. */
export function describeElement(element: PathElement): string {
  const parsed = parseElement(element);
  switch (parsed.kind) {
    case 'field':
      return `.${parsed.name}`;
    case 'key':
      return `[${Object.keys(parsed.key)
        .sort()
        .map((name) => `${name}=${describeValue(parsed.key[name])}`)
        .join(',')}]`;
    case 'value':
      return `[=${describeValue(parsed.value)}]`;
    case 'index':
      return `[${parsed.index}]`;
  }
}

/** A path as the API server prints it in conflicts: `.spec.template.spec.containers[name="web"].image`. */
export const describePath = (path: FieldPath): string => path.map(describeElement).join('');
