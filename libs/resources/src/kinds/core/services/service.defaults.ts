import type { Defaulter } from '../../../definition/hooks';
import { countKeys, list, str, type JsonRecord } from '../../../objects/read';
import { child, childRecords, copyObject, setDefault } from '../../shared/json-defaults';

// SetDefaults_Service, plus the IP family fields the service registry fills on create (a sandbox is
// single-stack IPv4). ClusterIP and NodePort allocation are not defaults: admission assigns them.

/** clusterIPs[0], or clusterIP when clusterIPs is not given. */
export function primaryClusterIP(spec: JsonRecord): string {
  return str(list(spec.clusterIPs)[0]) || str(spec.clusterIP);
}

/** service.ExternallyAccessible: reachable from outside the cluster, so externalTrafficPolicy applies. */
function externallyAccessible(spec: JsonRecord): boolean {
  return (
    spec.type === 'LoadBalancer' ||
    spec.type === 'NodePort' ||
    (spec.type === 'ClusterIP' && list(spec.externalIPs).length > 0)
  );
}

function defaultPorts(spec: JsonRecord): void {
  for (const port of childRecords(spec, 'ports')) {
    setDefault(port, 'protocol', 'TCP');
    if (port.targetPort === undefined || port.targetPort === null || port.targetPort === 0 || port.targetPort === '') {
      port.targetPort = port.port;
    }
  }
}

function defaultSessionAffinity(spec: JsonRecord): void {
  setDefault(spec, 'sessionAffinity', 'None');
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP') {
    const clientIP = child(child(spec, 'sessionAffinityConfig'), 'clientIP');
    setDefault(clientIP, 'timeoutSeconds', 10800);
  }
}

function defaultIPFamilies(spec: JsonRecord): void {
  if (spec.type === 'ExternalName') return;
  // Headless services without a selector take every family the cluster has.
  const selectorless = primaryClusterIP(spec) === 'None' && countKeys(spec.selector) === 0;
  setDefault(spec, 'ipFamilyPolicy', selectorless ? 'RequireDualStack' : 'SingleStack');
  if (list(spec.ipFamilies).length === 0) spec.ipFamilies = ['IPv4'];
}

export const defaultService: Defaulter = (service) => {
  const copy = copyObject(service);
  const spec = child(copy, 'spec');
  defaultSessionAffinity(spec);
  setDefault(spec, 'type', 'ClusterIP');
  defaultPorts(spec);
  if (externallyAccessible(spec)) setDefault(spec, 'externalTrafficPolicy', 'Cluster');
  if (spec.type === 'ClusterIP' || spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    setDefault(spec, 'internalTrafficPolicy', 'Cluster');
  }
  if (spec.type === 'LoadBalancer') setDefault(spec, 'allocateLoadBalancerNodePorts', true);
  defaultIPFamilies(spec);
  return copy;
};
