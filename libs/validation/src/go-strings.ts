// Go compares and measures strings as UTF-8 bytes; these helpers reproduce that on JS strings.

/** Byte length of the UTF-8 encoding (Go's len(s)), used for the "no more than N bytes" limits. */
export function utf8Length(value: string): number {
  let length = 0;
  for (const character of value) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x80) length += 1;
    else if (codePoint < 0x800) length += 2;
    else if (codePoint < 0x10000) length += 3;
    else length += 4;
  }
  return length;
}

/** Go's string ordering: UTF-8 byte order, which equals code point order (not UTF-16 order). */
export function compareGoStrings(left: string, right: string): number {
  const shorter = Math.min(left.length, right.length);
  for (let index = 0; index < shorter; index++) {
    const a = left.codePointAt(index) ?? 0;
    const b = right.codePointAt(index) ?? 0;
    if (a !== b) return a - b;
    if (a > 0xffff) index++;
  }
  return left.length - right.length;
}
