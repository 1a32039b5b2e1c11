// strconv.ParseInt(s, 10, 64), which decides what Gt/Lt accept and how they compare.

const DECIMAL = /^[+-]?[0-9]+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The value as a bigint (int64 can exceed Number's exact range), or undefined if Go rejects it. */
export function parseInt64(text: string): bigint | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}
