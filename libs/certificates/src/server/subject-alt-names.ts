import { isIP } from 'node:net';

export interface SubjectAltName {
  type: 'dns' | 'ip';
  value: string;
}

/** Always served, so a kubeconfig pointing at this machine verifies whatever else is configured. */
export const LOCAL_HOSTS = ['localhost', '127.0.0.1', '::1'] as const;

/** The local names plus configured ones, each once, IP literals as IP entries (Go checks those, not DNS). */
export function subjectAltNames(hosts: readonly string[]): SubjectAltName[] {
  const unique = [...new Set([...LOCAL_HOSTS, ...hosts.map((host) => host.trim().toLowerCase())])];
  return unique.filter((host) => host.length > 0).map((value) => ({ type: isIP(value) ? 'ip' : 'dns', value }));
}
