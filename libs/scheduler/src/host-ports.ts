import type { Pod } from './types';

/** One entry of framework.HostPortInfo: a host port bound on an address for a protocol. */
export interface HostPort {
  ip: string;
  protocol: string;
  port: number;
}

// HostPortInfo.sanitize: an empty address binds all addresses, an empty protocol is TCP.
const BIND_ALL = '0.0.0.0';

/** The host ports a pod's app containers ask for (upstream ignores init containers and hostPort 0). */
export function podHostPorts(pod: Pod): HostPort[] {
  const ports: HostPort[] = [];
  for (const container of pod.spec?.containers ?? []) {
    for (const port of container.ports ?? []) {
      const hostPort = port.hostPort ?? 0;
      if (hostPort <= 0) continue;
      ports.push({ ip: port.hostIP || BIND_ALL, protocol: port.protocol || 'TCP', port: hostPort });
    }
  }
  return ports;
}

/**
 * HostPortInfo.CheckConflict: a wildcard address conflicts with the same protocol and port on any address;
 * a specific address only with itself and the wildcard.
 */
export function hostPortConflicts(used: readonly HostPort[], wanted: HostPort): boolean {
  return used.some(
    (u) =>
      u.port === wanted.port &&
      u.protocol === wanted.protocol &&
      (wanted.ip === BIND_ALL || u.ip === BIND_ALL || u.ip === wanted.ip),
  );
}
