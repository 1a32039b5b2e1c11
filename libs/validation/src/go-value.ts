import { compareGoStrings } from './go-strings';
import { goQuote } from './go-quote';

// How field.Error prints a bad value: %v for numbers and booleans, %q for strings, "null" for nil,
// and %#v for structs, maps and slices (which callers pre-render as a GoLiteral).

/** A value already printed the way Go's %#v would print it, e.g. `map[string]string{"app":"web"}`. */
export class GoLiteral {
  constructor(readonly text: string) {}
}

export const goLiteral = (text: string): GoLiteral => new GoLiteral(text);

export function renderGoValue(value: unknown): string {
  if (value instanceof GoLiteral) return value.text;
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null || value === undefined) return 'null';
  // Not reached by the validators, which pre-render composite values; JSON keeps it readable.
  return JSON.stringify(value);
}

/** `%#v` of a map[string]string; fmt prints maps with sorted keys, and nil maps as `(nil)`. */
export function goStringMap(map: Readonly<Record<string, string>> | null | undefined): string {
  if (map === null || map === undefined) return 'map[string]string(nil)';
  const entries = Object.entries(map)
    .sort(([a], [b]) => compareGoStrings(a, b))
    .map(([key, value]) => `${goQuote(key)}:${goQuote(value)}`);
  return `map[string]string{${entries.join(', ')}}`;
}
