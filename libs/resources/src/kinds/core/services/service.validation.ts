import type { ErrorCause } from '@ksb/errors';
import { forbiddenValue, invalidValue, requiredValue, unsupportedValue } from '@ksb/validation';
import type { Validator } from '../../../definition/hooks';
import { list, record, str, type JsonRecord } from '../../../objects/read';
import { labelsErrors } from '../../shared/object-meta.validation';
import { withMetadata } from '../../shared/with-metadata';
import { duplicateNodePortErrors, duplicatePortErrors, servicePortsErrors } from './service-ports.validation';
import { isHeadless, serviceTypeErrors } from './service-type.validation';
import { clusterIPUpdateErrors } from './service-update.validation';

// ValidateService (+ ValidateServiceUpdate's cluster IP rule). Allocation of cluster IPs and node ports is
// admission's; the node port range is checked here with the allocator's wording.

const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const TRAFFIC_POLICIES = ['Cluster', 'Local'];
const NODE_PORT_RANGE = { low: 30000, high: 32767 };
const MAX_AFFINITY_SECONDS = 86400;

function sessionAffinityErrors(spec: JsonRecord): ErrorCause[] {
  const affinity = str(spec.sessionAffinity);
  if (!affinity) return [requiredValue('spec.sessionAffinity')];
  if (affinity !== 'ClientIP' && affinity !== 'None') {
    return [unsupportedValue('spec.sessionAffinity', affinity, ['ClientIP', 'None'])];
  }
  const timeout = record(record(spec.sessionAffinityConfig).clientIP).timeoutSeconds;
  if (affinity === 'ClientIP' && typeof timeout === 'number' && (timeout <= 0 || timeout > MAX_AFFINITY_SECONDS)) {
    return [
      invalidValue(
        'spec.sessionAffinityConfig.clientIP.timeoutSeconds',
        timeout,
        `must be greater than 0 and less than ${String(MAX_AFFINITY_SECONDS)}`,
      ),
    ];
  }
  return [];
}

function typeErrors(spec: JsonRecord): ErrorCause[] {
  const type = str(spec.type);
  if (!type) return [requiredValue('spec.type')];
  return SERVICE_TYPES.includes(type) ? [] : [unsupportedValue('spec.type', type, SERVICE_TYPES)];
}

function nodePortErrors(spec: JsonRecord, creating: boolean): ErrorCause[] {
  return list(spec.ports).flatMap((item, index) => {
    const nodePort = record(item).nodePort;
    if (typeof nodePort !== 'number' || nodePort === 0) return [];
    const path = `spec.ports[${String(index)}].nodePort`;
    // On update the registry drops node ports when the type changes to ClusterIP; only a create keeps them.
    if (spec.type === 'ClusterIP')
      return creating ? [forbiddenValue(path, "may not be used when `type` is 'ClusterIP'")] : [];
    if (nodePort >= NODE_PORT_RANGE.low && nodePort <= NODE_PORT_RANGE.high) return [];
    const range = `${String(NODE_PORT_RANGE.low)}-${String(NODE_PORT_RANGE.high)}`;
    return [
      invalidValue(path, nodePort, `provided port is not in the valid range. The range of valid ports is ${range}`),
    ];
  });
}

function trafficPolicyErrors(spec: JsonRecord): ErrorCause[] {
  return (['externalTrafficPolicy', 'internalTrafficPolicy'] as const).flatMap((field) => {
    const policy = spec[field];
    return typeof policy === 'string' && policy !== '' && !TRAFFIC_POLICIES.includes(policy)
      ? [unsupportedValue(`spec.${field}`, policy, TRAFFIC_POLICIES)]
      : [];
  });
}

export const validateService: Validator = withMetadata((service, old) => {
  const spec = record(service.spec);
  const creating = old === undefined;
  const errors: ErrorCause[] = [];
  if (list(spec.ports).length === 0 && !isHeadless(spec) && spec.type !== 'ExternalName') {
    errors.push(requiredValue('spec.ports'));
  }
  errors.push(
    ...serviceTypeErrors(spec, creating),
    ...servicePortsErrors(spec.ports),
    ...labelsErrors(spec.selector, 'spec.selector'),
    ...sessionAffinityErrors(spec),
    ...typeErrors(spec),
    ...nodePortErrors(spec, creating),
    ...duplicateNodePortErrors(spec.ports),
    ...duplicatePortErrors(spec.ports),
    ...trafficPolicyErrors(spec),
  );
  return old ? [...errors, ...clusterIPUpdateErrors(spec, record(old.spec))] : errors;
});
