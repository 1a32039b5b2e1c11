/**
 * Kubernetes resource quantities ("500m", "2", "4Gi", "1e3"), as resource.Quantity parses them.
 * Values are returned in base units (cores, bytes) as floating point: ample for a simulation.
 */
const SUFFIXES: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

const QUANTITY =
  /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))(?:([eE][+-]?[0-9]+)|(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?)$/;

export class QuantityError extends Error {}

/** Upstream's message for a malformed quantity. */
export const QUANTITY_FORMAT_MESSAGE =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

export function parseQuantity(text: string): number {
  const match = QUANTITY.exec(text.trim());
  if (!match || text.trim() === '') throw new QuantityError(QUANTITY_FORMAT_MESSAGE);
  const number = Number(match[1]);
  if (match[2]) return number * 10 ** Number(match[2].slice(1));
  return number * SUFFIXES[match[3] ?? ''];
}

/** CPU in millicores. */
export const milliCpu = (text: string): number => Math.round(parseQuantity(text) * 1000);

/** Memory as a kubelet reports it: kibibytes ("4194304Ki"). */
export const kibibytes = (text: string): string => `${Math.floor(parseQuantity(text) / 1024)}Ki`;
