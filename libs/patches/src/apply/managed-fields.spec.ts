import { PatchError } from '../json-value';
import { FieldSet } from './field-set';
import { decodeManagedFields, encodeManagedFields, formatTime, ManagerFields } from './managed-fields';

const owning = (manager: string, operation: 'Apply' | 'Update', time?: string): ManagerFields => ({
  manager,
  operation,
  apiVersion: 'v1',
  ...(time ? { time } : {}),
  fields: FieldSet.of([['f:data', 'f:a']]),
});

describe('managed fields', () => {
  it('sorts as upstream: Apply first, then by time to the second, then by manager; empty entries dropped', () => {
    const encoded = encodeManagedFields([
      owning('b-updater', 'Update', '2025-01-01T00:00:09Z'),
      owning('z-applier', 'Apply', '2025-01-01T00:00:01Z'),
      owning('a-updater', 'Update', '2025-01-01T00:00:09Z'),
      owning('early', 'Update', '2025-01-01T00:00:01Z'),
      { ...owning('empty', 'Update', '2025-01-01T00:00:00Z'), fields: new FieldSet() },
    ]);
    expect(encoded.map((entry) => entry.manager)).toEqual(['z-applier', 'early', 'a-updater', 'b-updater']);
    expect(Object.keys(encoded[0])).toEqual(['manager', 'operation', 'apiVersion', 'time', 'fieldsType', 'fieldsV1']);
  });

  it('round-trips entries, subresource included', () => {
    const entries = [
      {
        manager: 'kubectl',
        operation: 'Update',
        apiVersion: 'apps/v1',
        time: '2025-01-01T00:00:00Z',
        fieldsType: 'FieldsV1',
        fieldsV1: { 'f:spec': { 'f:replicas': {} } },
        subresource: 'scale',
      },
    ];
    const decoded = decodeManagedFields(entries);
    expect(decoded[0].subresource).toBe('scale');
    expect(encodeManagedFields(decoded)).toEqual(entries);
  });

  it('refuses entries upstream refuses', () => {
    expect(() => decodeManagedFields([{}])).toThrow(new PatchError('operation must be `Apply` or `Update`'));
    expect(() => decodeManagedFields([{ operation: 'Apply', apiVersion: 'v1' }])).toThrow(
      'missing fieldsType in managed fields entry 0',
    );
    expect(() => decodeManagedFields([{ operation: 'Apply', apiVersion: 'v1', fieldsType: 'FieldsV2' }])).toThrow(
      'invalid fieldsType "FieldsV2" in managed fields entry 0',
    );
  });

  it('formats times to the second', () => {
    expect(formatTime(new Date('2025-01-02T03:04:05.678Z'))).toBe('2025-01-02T03:04:05Z');
  });
});
