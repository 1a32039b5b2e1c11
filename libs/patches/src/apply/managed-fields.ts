import { isObject, JsonObject, JsonValue, PatchError } from '../json-value';
import { FieldSet } from './field-set';
import { decodeFieldsV1, encodeFieldsV1 } from './fields-v1';

export type ManagedFieldsOperation = 'Apply' | 'Update';

/** metadata.managedFields[] as the API serves it (keys in upstream's order). */
export interface ManagedFieldsEntry {
  manager: string;
  operation: ManagedFieldsOperation;
  apiVersion: string;
  time?: string;
  fieldsType: 'FieldsV1';
  fieldsV1: JsonObject;
  subresource?: string;
}

/** A decoded entry: who owns which fields. */
export interface ManagerFields {
  manager: string;
  operation: ManagedFieldsOperation;
  apiVersion: string;
  time?: string;
  subresource?: string;
  fields: FieldSet;
}

/**
 * Upstream's manager identifier: an applier is the same manager whatever version it applies with,
 * an updater is distinguished by API version; both by subresource. Also the sort key of conflicts.
 */
export function managerIdentity(entry: Omit<ManagerFields, 'fields' | 'time'>): string {
  return JSON.stringify({
    manager: entry.manager,
    operation: entry.operation,
    ...(entry.operation === 'Update' ? { apiVersion: entry.apiVersion } : {}),
    ...(entry.subresource ? { subresource: entry.subresource } : {}),
  });
}

/** Decodes metadata.managedFields, refusing entries upstream refuses (operation, apiVersion, fieldsType). */
export function decodeManagedFields(value: JsonValue | undefined): ManagerFields[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PatchError('metadata.managedFields must be a list');
  return value.map((entry, index) => {
    if (!isObject(entry)) throw new PatchError(`managed fields entry ${index} must be an object`);
    const { manager, operation, apiVersion, time, fieldsType, fieldsV1, subresource } = entry;
    if (operation !== 'Apply' && operation !== 'Update') throw new PatchError('operation must be `Apply` or `Update`');
    if (typeof apiVersion !== 'string' || apiVersion === '') throw new PatchError('apiVersion must not be empty');
    if (fieldsType === undefined || fieldsType === '') {
      throw new PatchError(`missing fieldsType in managed fields entry ${index}`);
    }
    if (fieldsType !== 'FieldsV1') {
      throw new PatchError(`invalid fieldsType ${JSON.stringify(fieldsType)} in managed fields entry ${index}`);
    }
    return {
      manager: typeof manager === 'string' ? manager : '',
      operation,
      apiVersion,
      ...(typeof time === 'string' ? { time } : {}),
      ...(typeof subresource === 'string' && subresource !== '' ? { subresource } : {}),
      fields: decodeFieldsV1(fieldsV1 ?? {}),
    };
  });
}

const seconds = (time: string | undefined): number => (time ? Math.floor(Date.parse(time) / 1000) || 0 : 0);
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Encodes entries the way the API server stores them: empty ones dropped, then sorted by operation
 * (Apply before Update), time (to the second, oldest first), manager, apiVersion and subresource.
 */
export function encodeManagedFields(managers: readonly ManagerFields[]): ManagedFieldsEntry[] {
  return managers
    .filter((entry) => !entry.fields.isEmpty())
    .sort(
      (p, q) =>
        byString(p.operation, q.operation) ||
        seconds(p.time) - seconds(q.time) ||
        byString(p.manager, q.manager) ||
        byString(p.apiVersion, q.apiVersion) ||
        byString(p.subresource ?? '', q.subresource ?? ''),
    )
    .map((entry) => ({
      manager: entry.manager,
      operation: entry.operation,
      apiVersion: entry.apiVersion,
      ...(entry.time ? { time: entry.time } : {}),
      fieldsType: 'FieldsV1',
      fieldsV1: encodeFieldsV1(entry.fields),
      ...(entry.subresource ? { subresource: entry.subresource } : {}),
    }));
}

/** The entries as JSON, for metadata.managedFields (the interface has optional members JSON cannot hold). */
export function managedFieldsJson(entries: readonly ManagedFieldsEntry[]): JsonObject[] {
  return entries.map((entry) => {
    const json: JsonObject = { manager: entry.manager, operation: entry.operation, apiVersion: entry.apiVersion };
    if (entry.time !== undefined) json.time = entry.time;
    json.fieldsType = entry.fieldsType;
    json.fieldsV1 = entry.fieldsV1;
    if (entry.subresource !== undefined) json.subresource = entry.subresource;
    return json;
  });
}

/** Kubernetes timestamps are RFC 3339 to the second. */
export const formatTime = (now: Date): string => now.toISOString().replace(/\.\d+Z$/, 'Z');
