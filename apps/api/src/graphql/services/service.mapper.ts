import { at, isRecord, list, stringMap, str } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { metaOf, optionalText } from '../common/object-meta.type';
import type { Endpoint, Service } from './service.type';

const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export function toService(service: KubeObject, sandboxId: string): Service {
  const spec = service.spec;
  const selector = at(spec, 'selector');
  return {
    sandboxId,
    metadata: metaOf(service),
    type: str(at(spec, 'type'), 'ClusterIP'),
    clusterIP: optionalText(at(spec, 'clusterIP')),
    clusterIPs: list(at(spec, 'clusterIPs')).map((ip) => str(ip)),
    externalIPs: list(at(spec, 'externalIPs')).map((ip) => str(ip)),
    externalName: optionalText(at(spec, 'externalName')),
    ports: list(at(spec, 'ports')).map((port) => {
      const number = numberOrNull(at(port, 'port')) ?? 0;
      const targetPort = at(port, 'targetPort');
      return {
        name: optionalText(at(port, 'name')) || null,
        port: number,
        // The API server defaults targetPort to the port.
        targetPort:
          typeof targetPort === 'number' || typeof targetPort === 'string' ? String(targetPort) : String(number),
        nodePort: numberOrNull(at(port, 'nodePort')),
        protocol: str(at(port, 'protocol'), 'TCP'),
      };
    }),
    selector: isRecord(selector) ? stringMap(selector) : null,
    sessionAffinity: str(at(spec, 'sessionAffinity'), 'None'),
    json: service,
  };
}

/** The addresses of a service's EndpointSlices, one Endpoint per address, in slice order. */
export function toEndpoints(slices: readonly KubeObject[]): Endpoint[] {
  return slices.flatMap((slice) => {
    const ports = list(slice.ports).map((port) => ({
      name: optionalText(at(port, 'name')) || null,
      port: numberOrNull(at(port, 'port')),
      protocol: str(at(port, 'protocol'), 'TCP'),
    }));
    return list(slice.endpoints).flatMap((endpoint) => {
      const targetKind = at(endpoint, 'targetRef', 'kind');
      const podName = targetKind === undefined || targetKind === 'Pod' ? at(endpoint, 'targetRef', 'name') : null;
      return list(at(endpoint, 'addresses')).map((address) => ({
        ip: str(address),
        // EndpointConditions: a nil ready means unknown, which consumers take as ready.
        ready: at(endpoint, 'conditions', 'ready') !== false,
        podName: optionalText(podName),
        nodeName: optionalText(at(endpoint, 'nodeName')),
        ports,
      }));
    });
  });
}
