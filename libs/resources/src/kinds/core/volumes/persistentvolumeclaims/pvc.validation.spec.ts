import type { ResourceObject } from '../../../../objects/resource-object';
import { defaultPersistentVolumeClaim } from './pvc.defaults';
import { CLAIM_UPDATE_MESSAGE, validatePersistentVolumeClaim } from './pvc.validation';

const claim = (spec: Record<string, unknown>, status?: Record<string, unknown>): ResourceObject =>
  defaultPersistentVolumeClaim({
    metadata: { name: 'data', namespace: 'default' },
    spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
    ...(status ? { status } : {}),
  });

const errorsOf = (object: ResourceObject, old?: ResourceObject): string[] =>
  validatePersistentVolumeClaim(object, old).map((error) => `${error.field ?? ''}: ${error.message}`);

describe('validatePersistentVolumeClaim', () => {
  it('accepts a defaulted claim', () => {
    expect(errorsOf(claim({}))).toEqual([]);
  });

  it('requires access modes and a storage request', () => {
    expect(errorsOf(claim({ accessModes: [], resources: {} }))).toEqual([
      'spec.accessModes: Required value: at least 1 access mode is required',
      'spec.resources[storage]: Required value',
    ]);
    expect(errorsOf(claim({ accessModes: ['ReadWriteSometimes'], resources: { requests: { storage: '0' } } }))).toEqual(
      [
        'spec.accessModes: Unsupported value: "ReadWriteSometimes": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"',
        'spec.resources[storage]: Invalid value: "0": must be greater than zero',
      ],
    );
  });

  it('lets the binder set volumeName once and bound claims grow', () => {
    const pending = claim({});
    expect(errorsOf(claim({ volumeName: 'pv-1' }), pending)).toEqual([]);
    const bound = claim({ volumeName: 'pv-1' }, { phase: 'Bound', capacity: { storage: '1Gi' } });
    expect(
      errorsOf(claim({ volumeName: 'pv-1', resources: { requests: { storage: '2Gi' } } }, { phase: 'Bound' }), bound),
    ).toEqual([]);
  });

  it('forbids other changes', () => {
    const bound = claim({ volumeName: 'pv-1' }, { phase: 'Bound', capacity: { storage: '1Gi' } });
    expect(errorsOf(claim({ volumeName: 'pv-2' }, { phase: 'Bound' }), bound)).toEqual([
      `spec: Forbidden: ${CLAIM_UPDATE_MESSAGE}`,
    ]);
    expect(errorsOf(claim({ resources: { requests: { storage: '2Gi' } } }), claim({}))).toEqual([
      `spec: Forbidden: ${CLAIM_UPDATE_MESSAGE}`,
    ]);
    expect(
      errorsOf(claim({ volumeName: 'pv-1', resources: { requests: { storage: '512Mi' } } }, { phase: 'Bound' }), bound),
    ).toEqual(['spec.resources.requests.storage: Forbidden: field can not be less than status.capacity']);
  });
});
