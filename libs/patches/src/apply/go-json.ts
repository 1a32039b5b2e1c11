import type { JsonValue } from '../json-value';
import { canonicalJson } from './json-order';

const GO_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON as Go's encoding/json Encoder writes an unstructured object: map keys sorted, HTML characters
 * and line separators escaped, a trailing newline. The last-applied annotation the API server writes
 * is this text, and kubectl diffs against it verbatim. (Those characters only occur inside strings.)
 */
export function goJsonEncode(value: JsonValue): string {
  return `${canonicalJson(value).replace(/[<>&\u2028\u2029]/g, (char) => GO_ESCAPES[char])}\n`;
}

/** json.Marshal of an unstructured value: as goJsonEncode without the Encoder's trailing newline. */
export function goJsonMarshal(value: JsonValue): string {
  return goJsonEncode(value).slice(0, -1);
}
