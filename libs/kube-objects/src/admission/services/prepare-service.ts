import type { ErrorCause } from '@ksb/errors';
import type { KubeObject } from '@ksb/store';
import { dropTypeDependentFields, initIPFamilies, normalizeClusterIPs, patchAllocatedValues } from './service-prepare';
import { readSpec, specOf } from './service-spec';

/**
 * A Service as the API server has it before validation: allocated values kept from the stored object
 * (update), clusterIP and clusterIPs in sync, IP families filled in, values of a former type dropped.
 * Returns field errors for what this cluster cannot serve.
 */
export function prepareService(service: KubeObject, old?: KubeObject): ErrorCause[] {
  const spec = specOf(service);
  const previous = old ? readSpec(old) : undefined;
  if (previous) patchAllocatedValues(spec, previous);
  normalizeClusterIPs(spec, previous);
  const errors = initIPFamilies(spec, previous);
  if (previous) dropTypeDependentFields(spec, previous);
  return errors;
}
