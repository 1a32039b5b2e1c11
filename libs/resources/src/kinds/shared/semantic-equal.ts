import { isRecord } from '../../objects/read';

// apiequality.Semantic.DeepEqual on JSON: Go cannot tell an absent field from its zero value, and the forked
// DeepEqual treats nil and empty slices and maps alike, so "", 0, false, null, [] and {} all equal absence.

function isZero(value: unknown): boolean {
  if (value === undefined || value === null || value === '' || value === 0 || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.values(value).every(isZero);
}

export function semanticEqual(left: unknown, right: unknown): boolean {
  if (isZero(left) && isZero(right)) return true;
  if (Array.isArray(left) && Array.isArray(right)) {
    return left.length === right.length && left.every((item, index) => semanticEqual(item, right[index]));
  }
  if (isRecord(left) && isRecord(right)) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].every((key) => semanticEqual(left[key], right[key]));
  }
  return left === right;
}
