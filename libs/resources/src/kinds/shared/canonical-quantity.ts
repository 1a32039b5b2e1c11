// resource.Quantity.String(): the canonical form upstream prints in messages ("0.5" -> "500m",
// "1024Mi" -> "1Gi"). Exact arithmetic in nano units with BigInt, rounding up below 1n as upstream does.

const QUANTITY = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(?:([eE][+-]?[0-9]+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;
const BINARY_EXPONENTS: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DECIMAL_EXPONENTS: Record<string, number> = { n: -9, u: -6, m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DECIMAL_SUFFIXES = new Map<number, string>([
  [-9, 'n'],
  [-6, 'u'],
  [-3, 'm'],
  [0, ''],
  [3, 'k'],
  [6, 'M'],
  [9, 'G'],
  [12, 'T'],
  [15, 'P'],
  [18, 'E'],
]);
const BINARY_SUFFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const NANO = 10n ** 9n;

type Format = 'BinarySI' | 'DecimalSI' | 'DecimalExponent';

const pow10 = (exponent: number): bigint => 10n ** BigInt(exponent);

/** value * 10^9 as an integer, rounded away from zero when finer than nano. */
function toNano(digits: bigint, scale: number, multiplier: bigint, exponent: number): bigint {
  let numerator = digits * multiplier;
  let denominator = 1n;
  const shift = 9 + exponent - scale;
  if (shift >= 0) numerator *= pow10(shift);
  else denominator = pow10(-shift);
  const quotient = numerator / denominator;
  return numerator % denominator === 0n ? quotient : quotient + 1n;
}

function decimal(nano: bigint, format: Format): string {
  let mantissa = nano;
  let exponent = -9;
  while (mantissa % 1000n === 0n && exponent < 18) {
    mantissa /= 1000n;
    exponent += 3;
  }
  if (format === 'DecimalExponent') return `${mantissa}${exponent === 0 ? '' : `e${String(exponent)}`}`;
  return `${mantissa}${DECIMAL_SUFFIXES.get(exponent) ?? ''}`;
}

function binary(nano: bigint): string | undefined {
  const magnitude = nano < 0n ? -nano : nano;
  if (magnitude < 1024n * NANO || nano % NANO !== 0n) return undefined;
  let mantissa = nano / NANO;
  let power = 0;
  while (mantissa % 1024n === 0n && power < BINARY_SUFFIXES.length - 1) {
    mantissa /= 1024n;
    power += 1;
  }
  return `${mantissa}${BINARY_SUFFIXES[power] ?? ''}`;
}

/** The canonical text of a quantity, or the input unchanged when it does not parse. */
export function canonicalQuantity(text: string): string {
  const match = QUANTITY.exec(text.trim());
  if (!match) return text;
  const [, sign = '', whole = '', fraction = '', exponentText, suffix] = match;
  if (whole === '' && fraction === '') return text;
  const digits = BigInt(`${sign === '-' ? '-' : ''}${whole}${fraction}` || '0');
  let nano: bigint;
  let format: Format;
  if (exponentText !== undefined) {
    nano = toNano(digits, fraction.length, 1n, Number(exponentText.slice(1)));
    format = 'DecimalExponent';
  } else if (suffix !== undefined && suffix in BINARY_EXPONENTS) {
    nano = toNano(digits, fraction.length, 1024n ** BigInt(BINARY_EXPONENTS[suffix] ?? 0), 0);
    format = 'BinarySI';
  } else {
    nano = toNano(digits, fraction.length, 1n, suffix === undefined ? 0 : (DECIMAL_EXPONENTS[suffix] ?? 0));
    format = 'DecimalSI';
  }
  if (nano === 0n) return '0';
  return (
    (format === 'BinarySI' ? binary(nano) : undefined) ?? decimal(nano, format === 'BinarySI' ? 'DecimalSI' : format)
  );
}
