import type { ErrorCause } from '@ksb/errors';
import { parseQuantity, QuantityError } from '@ksb/quantity';
import { dns1123SubdomainErrors, forbiddenValue, invalidValue, requiredValue, unsupportedValue } from '@ksb/validation';
import { list, record, str, type JsonRecord } from '../../../../objects/read';
import { canonicalQuantity } from '../../../shared/canonical-quantity';
import { labelSelectorErrors } from '../../../shared/label-selector.validation';

// ValidatePersistentVolumeClaimSpec.

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];

/** The storage request in bytes, undefined when absent or malformed. */
export function storageRequest(spec: JsonRecord): number | undefined {
  const value = record(record(spec.resources).requests).storage;
  try {
    return typeof value === 'string' || typeof value === 'number' ? parseQuantity(String(value)) : undefined;
  } catch (error) {
    if (error instanceof QuantityError) return undefined;
    throw error;
  }
}

function accessModeErrors(spec: JsonRecord): ErrorCause[] {
  const modes = list(spec.accessModes).map((mode) => str(mode));
  if (modes.length === 0) return [requiredValue('spec.accessModes', 'at least 1 access mode is required')];
  const errors = modes
    .filter((mode) => !ACCESS_MODES.includes(mode))
    .map((mode) => unsupportedValue('spec.accessModes', mode, ACCESS_MODES));
  if (modes.includes('ReadWriteOncePod') && new Set(modes).size > 1) {
    errors.push(forbiddenValue('spec.accessModes', 'may not use ReadWriteOncePod with other access modes'));
  }
  return errors;
}

function storageErrors(spec: JsonRecord): ErrorCause[] {
  const path = 'spec.resources[storage]';
  const value = record(record(spec.resources).requests).storage;
  if (value === undefined || value === null) return [requiredValue(path)];
  const bytes = storageRequest(spec);
  if (bytes === undefined || bytes > 0) return [];
  const text = typeof value === 'number' ? String(value) : str(value);
  return [invalidValue(path, canonicalQuantity(text), 'must be greater than zero')];
}

export function claimSpecErrors(spec: JsonRecord): ErrorCause[] {
  const errors = [
    ...accessModeErrors(spec),
    ...labelSelectorErrors(spec.selector, 'spec.selector'),
    ...storageErrors(spec),
  ];
  const className = str(spec.storageClassName);
  if (className) {
    errors.push(...dns1123SubdomainErrors(className).map((m) => invalidValue('spec.storageClassName', className, m)));
  }
  const mode = spec.volumeMode;
  if (typeof mode === 'string' && !VOLUME_MODES.includes(mode)) {
    errors.push(unsupportedValue('spec.volumeMode', mode, VOLUME_MODES));
  }
  return errors;
}
