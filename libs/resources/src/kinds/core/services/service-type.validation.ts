import type { ErrorCause } from '@ksb/errors';
import { dns1123SubdomainErrors, forbiddenValue, invalidValue, requiredValue } from '@ksb/validation';
import { list, record, str, type JsonRecord } from '../../../objects/read';
import { primaryClusterIP } from './service.defaults';

// The checks of ValidateService that depend on spec.type.

/** The kubelet's port: cloud firewalls would expose it with the load balancer. */
const KUBELET_PORT = 10250;

export const isHeadless = (spec: JsonRecord): boolean => primaryClusterIP(spec) === 'None';

function externalNameErrors(spec: JsonRecord, creating: boolean): ErrorCause[] {
  const errors: ErrorCause[] = [];
  // On update the service registry clears these when the type changes; only a create can carry them here.
  if (creating) {
    if (list(spec.clusterIPs).length > 0) {
      errors.push(forbiddenValue('spec.clusterIPs', 'may not be set for ExternalName services'));
    }
    if (list(spec.ipFamilies).length > 0) {
      errors.push(forbiddenValue('spec.ipFamilies', 'may not be set for ExternalName services'));
    }
    if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) {
      errors.push(forbiddenValue('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
    }
  }
  // The CNAME may end with a dot to mark it fully qualified.
  const name = str(spec.externalName).replace(/\.$/, '');
  if (!name) return [...errors, requiredValue('spec.externalName')];
  return [
    ...errors,
    ...dns1123SubdomainErrors(name).map((message) => invalidValue('spec.externalName', name, message)),
  ];
}

export function serviceTypeErrors(spec: JsonRecord, creating: boolean): ErrorCause[] {
  switch (spec.type) {
    case 'LoadBalancer': {
      const errors = list(spec.ports).flatMap((item, index) =>
        record(item).port === KUBELET_PORT
          ? [
              invalidValue(
                `spec.ports[${String(index)}]`,
                KUBELET_PORT,
                `may not expose port ${String(KUBELET_PORT)} externally since it is used by kubelet`,
              ),
            ]
          : [],
      );
      return isHeadless(spec)
        ? [
            ...errors,
            invalidValue('spec.clusterIP', str(spec.clusterIP), "may not be set to 'None' for LoadBalancer services"),
          ]
        : errors;
    }
    case 'NodePort':
      return isHeadless(spec)
        ? [invalidValue('spec.clusterIP', str(spec.clusterIP), "may not be set to 'None' for NodePort services")]
        : [];
    case 'ExternalName':
      return externalNameErrors(spec, creating);
    default:
      return [];
  }
}
