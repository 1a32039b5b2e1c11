import type { KubeObject } from '@ksb/store';

// The Service fields allocation reads and writes. Bodies are decoded JSON that validation has not seen
// yet: any field may be missing or of the wrong type, so every read goes through a typed accessor and
// values of the wrong type count as absent (validation reports them).

export interface ServicePort {
  name?: unknown;
  port?: unknown;
  nodePort?: unknown;
  [field: string]: unknown;
}

export interface ServiceSpec {
  type?: unknown;
  clusterIP?: unknown;
  clusterIPs?: unknown;
  ipFamilies?: unknown;
  ipFamilyPolicy?: unknown;
  ports?: unknown;
  selector?: unknown;
  externalTrafficPolicy?: unknown;
  healthCheckNodePort?: unknown;
  allocateLoadBalancerNodePorts?: unknown;
  [field: string]: unknown;
}

export const HEADLESS = 'None';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const count = (value: unknown): number => (typeof value === 'number' && Number.isInteger(value) ? value : 0);
export const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The spec of a Service to read; an empty one when missing. */
export const readSpec = (service: KubeObject): ServiceSpec => (isRecord(service.spec) ? service.spec : {});

/** The spec of a Service, created empty when missing so it can be filled in. */
export function specOf(service: KubeObject): ServiceSpec {
  if (!isRecord(service.spec)) service.spec = {};
  return service.spec as ServiceSpec;
}

export const portsOf = (spec: ServiceSpec): ServicePort[] =>
  Array.isArray(spec.ports) ? spec.ports.filter((port): port is ServicePort => isRecord(port)) : [];

export const clusterIPOf = (spec: ServiceSpec): string => text(spec.clusterIP);
export const clusterIPsOf = (spec: ServiceSpec): string[] => strings(spec.clusterIPs);
export const nodePortOf = (port: ServicePort): number => count(port.nodePort);
export const healthCheckNodePortOf = (spec: ServiceSpec): number => count(spec.healthCheckNodePort);

/** Everything but ExternalName has cluster IPs (headless ones hold "None"). */
export const needsClusterIP = (spec: ServiceSpec): boolean => spec.type !== 'ExternalName';

export const needsNodePort = (spec: ServiceSpec): boolean => spec.type === 'NodePort' || spec.type === 'LoadBalancer';

/** Whether ports without a nodePort get one (a LoadBalancer may opt out). */
export const allocatesNodePorts = (spec: ServiceSpec): boolean =>
  spec.type === 'NodePort' || (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts !== false);

export const needsHealthCheckNodePort = (spec: ServiceSpec): boolean =>
  spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';

export const isHeadless = (spec: ServiceSpec): boolean =>
  clusterIPOf(spec) === HEADLESS || clusterIPsOf(spec)[0] === HEADLESS;

export const hasSelector = (spec: ServiceSpec): boolean =>
  isRecord(spec.selector) && Object.keys(spec.selector).length > 0;

/** Every node port the service holds, health check port included. */
export function nodePortsHeld(spec: ServiceSpec): number[] {
  const ports = [...portsOf(spec).map(nodePortOf), healthCheckNodePortOf(spec)];
  return [...new Set(ports.filter((port) => port > 0))];
}

/** The cluster IPs the service holds ("None" is not an address; ExternalName services hold none). */
export function clusterIPsHeld(spec: ServiceSpec): string[] {
  if (!needsClusterIP(spec)) return [];
  const ips = [clusterIPOf(spec), ...clusterIPsOf(spec)];
  return [...new Set(ips.filter((ip) => ip !== '' && ip !== HEADLESS))];
}
