import type { ResourceObject } from '../../objects/resource-object';
import { isRecord, type JsonRecord } from '../../objects/read';

// Defaulters work on a deep copy and fill absent fields. JSON null counts as absent, as a nil pointer does in Go.

export const copyObject = (object: ResourceObject): ResourceObject => structuredClone(object);

const isAbsent = (value: unknown): boolean => value === undefined || value === null;

/** Sets `record[key]` when absent; returns the value now there. */
export function setDefault(record: JsonRecord, key: string, value: unknown): unknown {
  if (isAbsent(record[key])) record[key] = value;
  return record[key];
}

/**
 * The object at `record[key]`, created when absent. A value of another type is left for validation to report,
 * and a detached object is returned so callers can carry on without checks.
 */
export function child(record: JsonRecord, key: string): JsonRecord {
  const value = record[key];
  if (isRecord(value)) return value;
  if (!isAbsent(value)) return {};
  const created: JsonRecord = {};
  record[key] = created;
  return created;
}

/** The object at `record[key]` if there is one (nothing is created). */
export function existingChild(record: JsonRecord, key: string): JsonRecord | undefined {
  const value = record[key];
  return isRecord(value) ? value : undefined;
}

/** The objects of the list at `record[key]`; entries of other types are skipped. */
export function childRecords(record: JsonRecord, key: string): JsonRecord[] {
  const value = record[key];
  return Array.isArray(value) ? value.filter(isRecord) : [];
}
