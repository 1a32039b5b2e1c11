import type { ErrorCause } from '@ksb/errors';
import { pickFree, type ValueRange } from '../allocation/value-range';
import { goStrings } from './service-prepare';
import {
  allocatesNodePorts,
  clusterIPOf,
  clusterIPsHeld,
  clusterIPsOf,
  healthCheckNodePortOf,
  isHeadless,
  needsClusterIP,
  needsHealthCheckNodePort,
  needsNodePort,
  nodePortOf,
  nodePortsHeld,
  portsOf,
  type ServiceSpec,
} from './service-spec';

export interface AllocationRanges {
  ips: ValueRange<string>;
  ports: ValueRange<number>;
}

/** Values other services of the sandbox hold. */
export interface Taken {
  ips: ReadonlySet<string>;
  ports: ReadonlySet<number>;
}

export interface Allocation {
  /** Values this write takes that the old object did not hold. */
  claimed: { ips: string[]; ports: number[] };
  /** Values the old object held that the new one no longer does. */
  released: { ips: string[]; ports: number[] };
}

/** A value that cannot be had: a field error (Invalid), or the range is full (an internal error upstream). */
export class AllocationError extends Error {
  constructor(
    readonly fieldError: ErrorCause | undefined,
    message: string,
  ) {
    super(message);
  }
}

const invalid = (field: string, value: string, detail: string) =>
  new AllocationError({ field, reason: 'FieldValueInvalid', message: `Invalid value: ${value}: ${detail}` }, detail);

/**
 * Fills a Service's clusterIP/clusterIPs, nodePorts and healthCheckNodePort from the sandbox's ranges,
 * as the API server's allocators do (alloc.go): requested values are honoured when free and in range,
 * missing ones are picked at random. `old` is the stored object on update. Mutates `spec`; throws
 * AllocationError with upstream's wording.
 */
export function allocateService(
  spec: ServiceSpec,
  old: ServiceSpec | undefined,
  taken: Taken,
  ranges: AllocationRanges,
  random: () => number = Math.random,
): Allocation {
  const oldIPs = new Set(old ? clusterIPsHeld(old) : []);
  const oldPorts = new Set(old ? nodePortsHeld(old) : []);
  allocateClusterIP(spec, oldIPs, taken, ranges.ips, random);
  allocateNodePorts(spec, oldPorts, taken, ranges.ports, random, old === undefined);
  const ips = clusterIPsHeld(spec);
  const ports = nodePortsHeld(spec);
  return {
    claimed: { ips: ips.filter((ip) => !oldIPs.has(ip)), ports: ports.filter((port) => !oldPorts.has(port)) },
    released: {
      ips: [...oldIPs].filter((ip) => !ips.includes(ip)),
      ports: [...oldPorts].filter((port) => !ports.includes(port)),
    },
  };
}

function allocateClusterIP(
  spec: ServiceSpec,
  held: ReadonlySet<string>,
  taken: Taken,
  range: ValueRange<string>,
  random: () => number,
): void {
  if (!needsClusterIP(spec) || isHeadless(spec)) return;
  const ips = clusterIPsOf(spec);
  const requested = ips[0] || clusterIPOf(spec);
  if (requested === '') {
    const offset = pickFree(range, (at) => taken.ips.has(range.valueAt(at)), random);
    if (offset === undefined) throw new AllocationError(undefined, 'failed to allocate a serviceIP: range is full');
    const ip = range.valueAt(offset);
    spec.clusterIP = ip;
    spec.clusterIPs = [ip, ...ips.slice(1)];
    return;
  }
  if (held.has(requested)) return;
  const shown = goStrings(ips.length ? ips : [requested]);
  if (range.offsetOf(requested) === undefined) {
    throw invalid(
      'spec.clusterIPs',
      shown,
      `failed to allocate IP ${requested}: the provided IP (${requested}) is not in the valid range. ` +
        `The range of valid IPs is ${range.describe}`,
    );
  }
  if (taken.ips.has(requested)) {
    throw invalid('spec.clusterIPs', shown, `failed to allocate IP ${requested}: provided IP is already allocated`);
  }
}

function allocateNodePorts(
  spec: ServiceSpec,
  held: ReadonlySet<number>,
  taken: Taken,
  range: ValueRange<number>,
  random: () => number,
  creating: boolean,
): void {
  const claimed = new Set<number>();
  const claim = (port: number, field: string): void => {
    // An update may list a node port it holds twice (53/UDP and 53/TCP); a create may not.
    if ((held.has(port) && !claimed.has(port)) || (!creating && claimed.has(port))) {
      claimed.add(port);
      return;
    }
    if (range.offsetOf(port) === undefined) {
      throw invalid(
        field,
        String(port),
        `provided port is not in the valid range. The range of valid ports is ${range.describe}`,
      );
    }
    if (taken.ports.has(port) || claimed.has(port))
      throw invalid(field, String(port), 'provided port is already allocated');
    claimed.add(port);
  };
  const next = (what: string): number => {
    const offset = pickFree(
      range,
      (at) => taken.ports.has(range.valueAt(at)) || claimed.has(range.valueAt(at)),
      random,
    );
    if (offset === undefined) throw new AllocationError(undefined, `failed to allocate ${what}: range is full`);
    const port = range.valueAt(offset);
    claimed.add(port);
    return port;
  };

  if (needsNodePort(spec)) {
    const ports = portsOf(spec);
    // On create, ports with the same number (53/UDP and 53/TCP) share one node port, as upstream's
    // initNodePorts does.
    const byNumber = new Map<unknown, number>();
    ports.forEach((port, i) => {
      const field = `spec.ports[${i}].nodePort`;
      const requested = nodePortOf(port);
      if (requested === 0 && !allocatesNodePorts(spec)) return;
      const shared = creating ? byNumber.get(port.port) : undefined;
      if (requested !== 0) {
        if (shared !== requested) claim(requested, field);
      } else {
        port.nodePort = shared ?? next('a nodePort');
      }
      if (creating && !byNumber.has(port.port)) byNumber.set(port.port, nodePortOf(port));
    });
  }
  if (needsHealthCheckNodePort(spec)) {
    const requested = healthCheckNodePortOf(spec);
    if (requested === 0) {
      spec.healthCheckNodePort = next('a HealthCheck NodePort');
    } else {
      try {
        claim(requested, 'spec.healthCheckNodePort');
      } catch (error) {
        if (!(error instanceof AllocationError)) throw error;
        throw new AllocationError(
          undefined,
          `failed to allocate requested HealthCheck NodePort ${requested}: ${error.message}`,
        );
      }
    }
  }
}
