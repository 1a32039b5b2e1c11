import type { ErrorCause } from '@ksb/errors';
import { forbiddenValue } from '@ksb/validation';
import type { Validator } from '../../../../definition/hooks';
import { parseQuantity, QuantityError } from '@ksb/quantity';
import { record, str, type JsonRecord } from '../../../../objects/read';
import { immutableErrors } from '../../../shared/immutable.validation';
import { semanticEqual } from '../../../shared/semantic-equal';
import { withMetadata } from '../../../shared/with-metadata';
import { claimSpecErrors, storageRequest } from './pvc-spec.validation';

// ValidatePersistentVolumeClaimUpdate: the binder may set volumeName once; a bound claim may change its
// storage request (growth, or shrinking back above status.capacity with RecoverVolumeExpansionFailure, beta in 1.32).

/** Upstream follows this with a diff of the specs, which we do not print. */
export const CLAIM_UPDATE_MESSAGE =
  'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';

function capacity(claim: JsonRecord): number {
  const value = record(record(claim.status).capacity).storage;
  try {
    return typeof value === 'string' ? parseQuantity(value) : 0;
  } catch (error) {
    if (error instanceof QuantityError) return 0;
    throw error;
  }
}

function withoutMutable(spec: JsonRecord, bound: boolean, oldSpec: JsonRecord): JsonRecord {
  const copy: JsonRecord = { ...spec, volumeName: str(oldSpec.volumeName) ? spec.volumeName : undefined };
  if (bound) {
    const resources = record(copy.resources);
    copy.resources = { ...resources, requests: { ...record(resources.requests), storage: undefined } };
    copy.volumeAttributesClassName = undefined;
  }
  return copy;
}

function updateErrors(claim: JsonRecord, old: JsonRecord): ErrorCause[] {
  const spec = record(claim.spec);
  const oldSpec = record(old.spec);
  const bound = record(claim.status).phase === 'Bound';
  const errors: ErrorCause[] = [];
  if (!semanticEqual(withoutMutable(spec, bound, oldSpec), withoutMutable(oldSpec, bound, oldSpec))) {
    errors.push(forbiddenValue('spec', CLAIM_UPDATE_MESSAGE));
  }
  const size = storageRequest(spec) ?? 0;
  if (size < (storageRequest(oldSpec) ?? 0) && size <= capacity(old)) {
    errors.push(forbiddenValue('spec.resources.requests.storage', 'field can not be less than status.capacity'));
  }
  // Upstream checks volumeMode once more, at a path without "spec".
  errors.push(...immutableErrors(spec.volumeMode, oldSpec.volumeMode, 'volumeMode'));
  return errors;
}

export const validatePersistentVolumeClaim: Validator = withMetadata((claim, old) => {
  const errors = claimSpecErrors(record(claim.spec));
  return old ? [...errors, ...updateErrors(claim, old)] : errors;
});
