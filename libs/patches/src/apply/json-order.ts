import { isObject, JsonValue } from '../json-value';

/** JSON with object keys sorted, so equal values always spell the same (list keys, set items). */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (!isObject(value)) return JSON.stringify(value);
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
  return `{${entries.join(',')}}`;
}

export function jsonEquals(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalJson(a) === canonicalJson(b);
}

// structured-merge-diff's total order of values: numbers, strings, booleans, lists, maps, null.
const rank = (value: JsonValue): number => {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  if (Array.isArray(value)) return 3;
  if (isObject(value)) return 4;
  return 5;
};

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** Upstream value.Compare: orders list keys and set items the way FieldsV1 lists them. */
export function compareJson(a: JsonValue, b: JsonValue): number {
  const byRank = rank(a) - rank(b);
  if (byRank !== 0) return sign(byRank);
  if (typeof a === 'number' && typeof b === 'number') return sign(a - b);
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (Array.isArray(a) && Array.isArray(b)) return compareSequences(a, b, compareJson);
  if (isObject(a) && isObject(b)) {
    const entries = (o: Record<string, JsonValue>) => Object.keys(o).sort();
    const [left, right] = [entries(a), entries(b)];
    return compareSequences(left, right, (x, y) => (x < y ? -1 : x > y ? 1 : compareJson(a[x], b[y])));
  }
  return 0;
}

function compareSequences<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return sign(a.length - b.length);
}

/** Upstream value.ToString, the spelling of key values in conflict paths: [name="web"]. */
export function describeValue(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describeValue).join(',')}]`;
  if (isObject(value))
    return Object.entries(value)
      .map(([key, inner]) => `${key}=${describeValue(inner)}`)
      .join('');
  return String(value);
}
