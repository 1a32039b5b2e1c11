// resource.Quantity addition and String() for the metrics columns, exact in nano units (BigInt), as Go's
// canonical form: the largest SI suffix keeping an integer mantissa, or a binary one for binary quantities.

const QUANTITY = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))?$/;

const DECIMAL_EXPONENTS: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BINARY_POWERS: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL_SUFFIXES = new Map(Object.entries(DECIMAL_EXPONENTS).map(([suffix, exponent]) => [exponent, suffix]));
const BINARY_SUFFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

const TEN = 10n;
const KIBI = 1024n;
const NANOS_PER_UNIT = 1_000_000_000n;

interface Parsed {
  nanos: bigint;
  binary: boolean;
}

/** Values finer than a nano round up, as Go's canonicalisation does. */
function parse(text: string): Parsed | null {
  const match = QUANTITY.exec(text.trim());
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return null;
  const [, sign, whole, fraction = '', exponentText, suffix = ''] = match;
  let nanos = BigInt(`${whole}${fraction}` || '0');
  const power = BINARY_POWERS[suffix];
  if (power !== undefined) nanos *= KIBI ** BigInt(power);
  const exponent = 9 - fraction.length + (power === undefined ? (DECIMAL_EXPONENTS[suffix] ?? 0) : 0);
  const shift = exponent + (exponentText === undefined ? 0 : Number(exponentText));
  if (shift >= 0) nanos *= TEN ** BigInt(shift);
  else {
    const divisor = TEN ** BigInt(-shift);
    nanos = (nanos + divisor - 1n) / divisor;
  }
  return { nanos: sign === '-' ? -nanos : nanos, binary: power !== undefined };
}

function formatDecimal(nanos: bigint): string {
  if (nanos === 0n) return '0';
  let amount = nanos;
  let exponent = -9;
  while (amount % TEN === 0n && exponent < 18) {
    amount /= TEN;
    exponent += 1;
  }
  // Back down to a multiple of three, where a suffix exists.
  while (exponent % 3 !== 0) {
    amount *= TEN;
    exponent -= 1;
  }
  return `${amount}${DECIMAL_SUFFIXES.get(exponent) ?? ''}`;
}

function formatBinary(nanos: bigint): string {
  const bytes = nanos / NANOS_PER_UNIT;
  // Small or fractional binary quantities print as decimal ones.
  if (nanos % NANOS_PER_UNIT !== 0n || (bytes > -KIBI && bytes < KIBI)) return formatDecimal(nanos);
  let amount = bytes;
  let power = 0;
  while (amount % KIBI === 0n && power < BINARY_SUFFIXES.length - 1) {
    amount /= KIBI;
    power += 1;
  }
  return `${amount}${BINARY_SUFFIXES[power]}`;
}

/** The sum of quantities in the format of the first one; unparsable values count as zero. */
export function sumQuantities(values: readonly string[]): string {
  const parsed = values.map(parse);
  const total = parsed.reduce((sum, value) => sum + (value?.nanos ?? 0n), 0n);
  return parsed[0]?.binary ? formatBinary(total) : formatDecimal(total);
}
