import type { KubeObject } from '@ksb/store';
import type { Pod, Service } from 'kubernetes-types/core/v1';
import {
  findPort,
  isPodReady,
  podsOfService,
  shouldPodBeInEndpoints,
  shouldSetHostname,
} from '../endpoints/service-pods';

/** discovery/v1 EndpointPort as the controller writes it (name "" for unnamed ports, as upstream). */
export interface SlicePort {
  name: string;
  port: number;
  protocol: string;
  appProtocol?: string;
}

export interface SliceEndpoint {
  addresses: string[];
  conditions: { ready: boolean; serving: boolean; terminating: boolean };
  hostname?: string;
  targetRef: { kind: 'Pod'; namespace: string; name: string; uid: string };
  nodeName?: string;
  zone?: string;
}

/** The endpoints of one address type that serve one set of ports: what a group of slices holds. */
export interface EndpointGroup {
  addressType: string;
  ports: SlicePort[];
  endpoints: SliceEndpoint[];
}

export const ZONE_LABEL = 'topology.kubernetes.io/zone';

/** NewPortMapKey: ports identify a group regardless of their order. */
export function portKey(addressType: string, ports: readonly SlicePort[] | null | undefined): string {
  const canonical = (ports ?? []).map((p) => [p.name ?? '', p.port ?? 0, p.protocol ?? 'TCP', p.appProtocol ?? '']);
  return `${addressType}|${JSON.stringify(canonical.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)))}`;
}

/** hashEndpoint: an endpoint is the same one while its addresses, hostname and target keep. */
export const endpointKey = (endpoint: SliceEndpoint): string =>
  JSON.stringify([
    [...endpoint.addresses].sort(),
    endpoint.hostname ?? '',
    endpoint.targetRef?.namespace ?? '',
    endpoint.targetRef?.name ?? '',
  ]);

/** The address types the Service's IP families call for (IPv4 unless stated). */
export const addressTypesOf = (service: Service): string[] =>
  service.spec?.ipFamilies?.length ? [...service.spec.ipFamilies] : ['IPv4'];

const isIPv6 = (ip: string): boolean => ip.includes(':');

function addressesOf(pod: Pod, addressType: string): string[] {
  const ips = pod.status?.podIPs?.length ? pod.status.podIPs.map((p) => p.ip ?? '') : [pod.status?.podIP ?? ''];
  return ips.filter((ip) => ip !== '' && isIPv6(ip) === (addressType === 'IPv6'));
}

/** getEndpointPorts: each Service port the pod resolves, in the Service's order. */
function portsOf(service: Service, pod: Pod): SlicePort[] {
  const ports: SlicePort[] = [];
  for (const servicePort of service.spec?.ports ?? []) {
    const number = findPort(pod, servicePort);
    if (number === undefined) continue;
    ports.push({
      name: servicePort.name ?? '',
      port: number,
      protocol: servicePort.protocol ?? 'TCP',
      ...(servicePort.appProtocol ? { appProtocol: servicePort.appProtocol } : {}),
    });
  }
  return ports;
}

/**
 * podToEndpoint: serving when ready (or publishNotReadyAddresses), ready only when also not
 * terminating, the node's zone when it has one.
 */
function endpointOf(service: Service, pod: Pod, node: KubeObject | undefined, addresses: string[]): SliceEndpoint {
  const publish = service.spec?.publishNotReadyAddresses === true;
  const serving = publish || isPodReady(pod);
  const terminating = Boolean(pod.metadata?.deletionTimestamp);
  const zone = node?.metadata.labels?.[ZONE_LABEL];
  return {
    addresses,
    conditions: { ready: publish || (serving && !terminating), serving, terminating },
    ...(shouldSetHostname(pod, service) ? { hostname: pod.spec?.hostname } : {}),
    targetRef: {
      kind: 'Pod',
      namespace: pod.metadata?.namespace ?? '',
      name: pod.metadata?.name ?? '',
      uid: pod.metadata?.uid ?? '',
    },
    ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
    ...(zone ? { zone } : {}),
  };
}

/**
 * The endpoint groups a Service wants, keyed by portKey: every selected pod that is not terminal and
 * has an address of the type (terminating pods included, flagged), grouped by the ports it serves.
 * A pod whose node is unknown is left out unless the Service publishes not-ready addresses.
 */
export function desiredGroups(
  service: Service,
  pods: readonly Pod[],
  nodes: ReadonlyMap<string, KubeObject>,
): Map<string, EndpointGroup> {
  const groups = new Map<string, EndpointGroup>();
  const publish = service.spec?.publishNotReadyAddresses === true;
  const selected = podsOfService(service, pods).sort((a, b) =>
    (a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1,
  );
  for (const addressType of addressTypesOf(service)) {
    for (const pod of selected) {
      if (!shouldPodBeInEndpoints(pod, true)) continue;
      const node = nodes.get(pod.spec?.nodeName ?? '');
      if (!node && !publish) continue;
      const addresses = addressesOf(pod, addressType);
      if (addresses.length === 0) continue;
      const ports = portsOf(service, pod);
      const key = portKey(addressType, ports);
      const group = groups.get(key) ?? { addressType, ports, endpoints: [] };
      groups.set(key, group);
      group.endpoints.push(endpointOf(service, pod, node, addresses));
    }
  }
  return groups;
}
