import { type Cidr, formatIPv4, parseCidr, parseIPv4 } from './ipv4';

/**
 * Values allocated from a contiguous range, as offsets 0..size-1. Dynamic allocations prefer offsets at
 * or above `dynamicFrom`, leaving the bottom of the range to values users ask for (upstream's static
 * subrange, KEP-3070 / KEP-3668), and fall back to the bottom when the top is full.
 */
export interface ValueRange<T> {
  size: number;
  dynamicFrom: number;
  /** The offset of a value, or undefined when it is outside the range. */
  offsetOf(value: T): number | undefined;
  valueAt(offset: number): T;
  /** How upstream names the range in "not in the valid range" messages. */
  describe: string;
}

/** upstream's calculateRangeOffset: size/step clamped to [min, max], 0 for tiny ranges. */
export function staticBand(size: number, min: number, max: number, step: number): number {
  if (size < min) return 0;
  return Math.min(max, Math.max(min, Math.floor(size / step)));
}

/** Usable addresses of a service CIDR: the network and broadcast addresses are never handed out. */
export function ipRange(cidrText: string): ValueRange<string> {
  const cidr: Cidr = parseCidr(cidrText);
  const first = cidr.base + 1;
  const size = Math.max(0, cidr.size - 2);
  return {
    size,
    dynamicFrom: staticBand(size, 16, 256, 16),
    offsetOf: (ip) => {
      const value = parseIPv4(ip);
      if (value === undefined || value < first || value >= first + size) return undefined;
      return value - first;
    },
    valueAt: (offset) => formatIPv4(first + offset),
    describe: cidr.text,
  };
}

/** A port range "min-max", both ends included. */
export function portRange(min: number, max: number): ValueRange<number> {
  const size = max - min + 1;
  return {
    size,
    dynamicFrom: staticBand(size, 16, 128, 32),
    offsetOf: (port) => (Number.isInteger(port) && port >= min && port <= max ? port - min : undefined),
    valueAt: (offset) => min + offset,
    describe: `${min}-${max}`,
  };
}

/**
 * A free offset: from a random start in the dynamic band scanning upwards (wrapping inside the band),
 * then the same in the static band; undefined when the range is full. Random starts keep concurrent
 * allocations apart, so they rarely race for the same value.
 */
export function pickFree(
  range: Pick<ValueRange<unknown>, 'size' | 'dynamicFrom'>,
  isUsed: (offset: number) => boolean,
  random: () => number = Math.random,
): number | undefined {
  const bands: Array<[number, number]> = [
    [range.dynamicFrom, range.size],
    [0, range.dynamicFrom],
  ];
  for (const [from, to] of bands) {
    const width = to - from;
    if (width <= 0) continue;
    const start = Math.floor(random() * width);
    for (let i = 0; i < width; i++) {
      const offset = from + ((start + i) % width);
      if (!isUsed(offset)) return offset;
    }
  }
  return undefined;
}
