import { compareGoStrings } from '@ksb/validation';
import { at, list, num, str } from '../../../objects/read';
import type { ResourceObject } from '../../../objects/resource-object';

// CLUSTER-IP, EXTERNAL-IP and PORT(S) of `kubectl get services`, as printers.go computes them.

/** "80/TCP", "80:30080/TCP" (with a node port), comma-joined; "<none>" without ports. */
export function servicePorts(service: ResourceObject): string {
  const ports = list(at(service, 'spec', 'ports')).map((port) => {
    const protocol = str(at(port, 'protocol'));
    const nodePort = num(at(port, 'nodePort'));
    const number = num(at(port, 'port'));
    return nodePort > 0 ? `${number}:${nodePort}/${protocol}` : `${number}/${protocol}`;
  });
  return ports.join(',') || '<none>';
}

/** spec.clusterIP wins over clusterIPs[0], as the v1 to internal conversion makes it; "None" when headless. */
export function clusterIP(service: ResourceObject): string {
  return str(at(service, 'spec', 'clusterIP')) || str(at(service, 'spec', 'clusterIPs', 0)) || '<none>';
}

/** Load balancer ingress IPs (or host names), de-duplicated and sorted; the server never truncates them. */
function loadBalancerAddresses(service: ResourceObject): string[] {
  const addresses = new Set<string>();
  for (const ingress of list(at(service, 'status', 'loadBalancer', 'ingress'))) {
    const address = str(at(ingress, 'ip')) || str(at(ingress, 'hostname'));
    if (address) addresses.add(address);
  }
  return [...addresses].sort(compareGoStrings);
}

export function externalIP(service: ResourceObject): string {
  const externalIPs = list(at(service, 'spec', 'externalIPs')).map((ip) => str(ip));
  switch (at(service, 'spec', 'type')) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const addresses = [...loadBalancerAddresses(service), ...externalIPs];
      if (addresses.length > 0) return addresses.join(',');
      return '<pending>';
    }
    case 'ExternalName':
      return str(at(service, 'spec', 'externalName'));
    default:
      return '<unknown>';
  }
}
