// Safe reads from stored JSON: printers must never throw on an odd object, so every read has a fallback,
// the way Go's zero values stand in for absent fields.

export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a path of keys and indexes, or undefined when any step is missing. */
export function at(value: unknown, ...path: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step] as unknown;
    } else {
      if (!isRecord(current)) return undefined;
      current = current[step];
    }
  }
  return current;
}

export const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);

export const num = (value: unknown, fallback = 0): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

export const bool = (value: unknown, fallback = false): boolean => (typeof value === 'boolean' ? value : fallback);

export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

export const record = (value: unknown): JsonRecord => (isRecord(value) ? value : {});

/** A string map (labels, selectors, data): non-string values are dropped. */
export function stringMap(value: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, entry] of Object.entries(record(value))) {
    if (typeof entry === 'string') result[key] = entry;
  }
  return result;
}

/** Number of keys of a map field (len(map) in Go). */
export const countKeys = (value: unknown): number => Object.keys(record(value)).length;
