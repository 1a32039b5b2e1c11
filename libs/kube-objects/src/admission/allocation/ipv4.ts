// IPv4 addresses as unsigned 32-bit numbers, for allocating service IPs from a CIDR.

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** The address as a number, or undefined unless it is a dotted-quad IPv4 address. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => OCTET.test(part))) return undefined;
  return parts.reduce((value, part) => value * 256 + Number(part), 0);
}

export function formatIPv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.');
}

export interface Cidr {
  text: string;
  /** The network address. */
  base: number;
  /** Number of addresses, network and broadcast included. */
  size: number;
}

export function parseCidr(text: string): Cidr {
  const [address, bits] = text.split('/');
  const base = parseIPv4(address ?? '');
  const prefix = Number(bits);
  if (base === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
    throw new Error(`not an IPv4 CIDR: ${text}`);
  }
  const size = 2 ** (32 - prefix);
  if (base % size !== 0) throw new Error(`not a network address: ${text}`);
  return { text, base, size };
}
