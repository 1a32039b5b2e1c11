import { isObject, JsonValue } from './json-value';

/**
 * JSON merge patch (RFC 7386), what `kubectl label`, `annotate` and `scale` send: objects merge key by
 * key, null deletes a key, anything else (arrays included) replaces.
 */
export function applyMergePatch(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  if (!isObject(patch)) return structuredClone(patch);
  const result = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = applyMergePatch(result[key], value);
  }
  return result;
}
