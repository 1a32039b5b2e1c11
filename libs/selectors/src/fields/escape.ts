import { SelectorError } from '../selector-error';

// fields.EscapeValue / UnescapeValue: "\", "," and "=" in values are written as "\\", "\," and "\=".

const SPECIAL = /[\\,=]/g;
const ESCAPABLE: ReadonlySet<string> = new Set(['\\', ',', '=']);

/** Escapes an arbitrary literal for use as a field selector value. */
export function escapeFieldValue(value: string): string {
  return value.replace(SPECIAL, (character) => `\\${character}`);
}

/** Decodes an escaped value; unknown escapes and bare "," or "=" are errors, as upstream. */
export function unescapeFieldValue(escaped: string): string {
  let value = '';
  let inSlash = false;
  for (const character of escaped) {
    if (inSlash) {
      if (!ESCAPABLE.has(character)) {
        throw new SelectorError(`invalid field selector: invalid escape sequence: \\${character}`);
      }
      value += character;
      inSlash = false;
    } else if (character === '\\') {
      inSlash = true;
    } else if (character === ',' || character === '=') {
      // Upstream prints the rune with %v, i.e. as its number (44 or 61).
      const codePoint = character.codePointAt(0) ?? 0;
      throw new SelectorError(`invalid field selector: unescaped character in value: ${String(codePoint)}`);
    } else {
      value += character;
    }
  }
  if (inSlash) {
    throw new SelectorError('invalid field selector: invalid escape sequence: \\');
  }
  return value;
}
