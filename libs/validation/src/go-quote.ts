// Go's strconv.Quote (what `%q` prints), so bad values in messages match the API server's text.

const SIMPLE_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '\\"'],
  ['\\', '\\\\'],
  ['\x07', '\\a'],
  ['\b', '\\b'],
  ['\f', '\\f'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
  ['\v', '\\v'],
]);

// unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space only.
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

// Go strings cannot hold lone surrogates; decoders turn them into U+FFFD, which Go prints as is.
const LONE_SURROGATE = /^[\uD800-\uDFFF]$/;

function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).padStart(width, '0');
}

function quoteCharacter(character: string): string {
  const simple = SIMPLE_ESCAPES.get(character);
  if (simple !== undefined) return simple;
  if (LONE_SURROGATE.test(character)) return '\uFFFD';
  if (PRINTABLE.test(character)) return character;
  const codePoint = character.codePointAt(0) ?? 0;
  if (codePoint < 0x80) return `\\x${hex(codePoint, 2)}`;
  if (codePoint <= 0xffff) return `\\u${hex(codePoint, 4)}`;
  return `\\U${hex(codePoint, 8)}`;
}

export function goQuote(value: string): string {
  let quoted = '"';
  for (const character of value) quoted += quoteCharacter(character);
  return `${quoted}"`;
}

/**
 * Go's `%#v` of a []string. Empty renders as nil because upstream copies values with
 * append([]string(nil), ...), which stays nil when there is nothing to copy.
 */
export function goStringSlice(values: readonly string[]): string {
  if (values.length === 0) return '[]string(nil)';
  return `[]string{${values.map(goQuote).join(', ')}}`;
}
