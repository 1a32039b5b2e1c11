import type { ErrorCause } from '@ksb/errors';
import {
  dns1123LabelErrors,
  dns1123SubdomainErrors,
  inclusiveRangeError,
  invalidValue,
  requiredValue,
  unsupportedValue,
} from '@ksb/validation';
import { isRecord, record, str } from '../../../objects/read';
import { labelsErrors } from '../../shared/object-meta.validation';
import { containersErrors, initContainersErrors } from './container.validation';
import { tolerationsErrors } from './tolerations.validation';
import { volumesErrors } from './volumes.validation';

// ValidatePodSpec, in upstream's order: volumes, containers, init containers, policies, then the rest.

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const MAX_INT32 = 2147483647;

function policyErrors(value: unknown, supported: readonly string[], path: string): ErrorCause[] {
  const text = str(value);
  if (!text) return [requiredValue(path)];
  return supported.includes(text) ? [] : [unsupportedValue(path, text, supported)];
}

function namedErrors(value: unknown, check: (name: string) => string[], path: string): ErrorCause[] {
  const name = str(value);
  return name ? check(name).map((message) => invalidValue(path, name, message)) : [];
}

export function podSpecErrors(spec: unknown, path: string): ErrorCause[] {
  const podSpec = record(spec);
  const volumes = volumesErrors(podSpec.volumes, `${path}.volumes`);
  const errors = [
    ...volumes.errors,
    ...containersErrors(podSpec.containers, volumes.names, `${path}.containers`),
    ...initContainersErrors(podSpec.initContainers, podSpec.containers, volumes.names, `${path}.initContainers`),
    ...policyErrors(podSpec.restartPolicy, RESTART_POLICIES, `${path}.restartPolicy`),
    ...policyErrors(podSpec.dnsPolicy, DNS_POLICIES, `${path}.dnsPolicy`),
    ...labelsErrors(podSpec.nodeSelector, `${path}.nodeSelector`),
  ];
  if (podSpec.dnsPolicy === 'None' && !isRecord(podSpec.dnsConfig)) {
    errors.push(requiredValue(`${path}.dnsConfig`, 'must provide `dnsConfig` when `dnsPolicy` is None'));
  }
  errors.push(...namedErrors(podSpec.serviceAccountName, dns1123SubdomainErrors, `${path}.serviceAccountName`));
  errors.push(...namedErrors(podSpec.nodeName, dns1123SubdomainErrors, `${path}.nodeName`));
  const deadline = podSpec.activeDeadlineSeconds;
  if (typeof deadline === 'number' && (deadline < 1 || deadline > MAX_INT32)) {
    errors.push(invalidValue(`${path}.activeDeadlineSeconds`, deadline, inclusiveRangeError(1, MAX_INT32)));
  }
  errors.push(...namedErrors(podSpec.hostname, dns1123LabelErrors, `${path}.hostname`));
  errors.push(...namedErrors(podSpec.subdomain, dns1123LabelErrors, `${path}.subdomain`));
  errors.push(...tolerationsErrors(podSpec.tolerations, `${path}.tolerations`));
  return errors;
}
