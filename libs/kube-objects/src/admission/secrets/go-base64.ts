// Where Go's base64.StdEncoding (what encoding/json uses for []byte fields such as Secret data) stops
// on bad input, so the API's "illegal base64 data at input byte N" names the same byte. Newlines are
// skipped, as Go does.

const ALPHABET = /^[A-Za-z0-9+/]$/;
const isNewline = (c: string | undefined) => c === '\n' || c === '\r';

/** The offset Go reports for `text`, or undefined when it decodes. */
export function base64ErrorOffset(text: string): number | undefined {
  let si = 0;
  while (si < text.length) {
    const result = quantum(text, si);
    if (typeof result === 'object') return result.error;
    si = result;
  }
  return undefined;
}

/** One 4-character quantum from `si`: the index after it, or where decoding failed. */
function quantum(src: string, start: number): number | { error: number } {
  let si = start;
  for (let j = 0; j < 4; j++) {
    if (si === src.length) {
      if (j === 0) return si;
      return { error: si - j };
    }
    const c = src[si];
    si++;
    if (ALPHABET.test(c)) continue;
    if (isNewline(c)) {
      j--;
      continue;
    }
    if (c !== '=') return { error: si - 1 };
    if (j === 0 || j === 1) return { error: si - 1 };
    if (j === 2) {
      while (si < src.length && isNewline(src[si])) si++;
      if (si === src.length) return { error: src.length };
      if (src[si] !== '=') return { error: si - 1 };
      si++;
    }
    while (si < src.length && isNewline(src[si])) si++;
    if (si < src.length) return { error: si };
    return si;
  }
  return si;
}
