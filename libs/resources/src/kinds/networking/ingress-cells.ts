import { compareGoStrings } from '@ksb/validation';
import { at, list, str } from '../../objects/read';
import type { ResourceObject } from '../../objects/resource-object';

const MAX_HOSTS = 3;

/** The HOSTS cell: up to three rule hosts, then " + N more..." counting all rules; "*" when none has a host. */
export function ingressHosts(ingress: ResourceObject): string {
  const rules = list(at(ingress, 'spec', 'rules'));
  const hosts: string[] = [];
  let more = false;
  for (const rule of rules) {
    if (hosts.length === MAX_HOSTS) more = true;
    const host = str(at(rule, 'host'));
    if (!more && host) hosts.push(host);
  }
  if (hosts.length === 0) return '*';
  const text = hosts.join(',');
  return more ? `${text} + ${rules.length - MAX_HOSTS} more...` : text;
}

/** The ADDRESS cell: load balancer IPs or host names, de-duplicated and sorted (never truncated server-side). */
export function ingressAddress(ingress: ResourceObject): string {
  const addresses = new Set<string>();
  for (const entry of list(at(ingress, 'status', 'loadBalancer', 'ingress'))) {
    const address = str(at(entry, 'ip')) || str(at(entry, 'hostname'));
    if (address) addresses.add(address);
  }
  return [...addresses].sort(compareGoStrings).join(',');
}

/** The PORTS cell: 80, plus 443 with TLS. */
export const ingressPorts = (ingress: ResourceObject): string =>
  list(at(ingress, 'spec', 'tls')).length > 0 ? '80, 443' : '80';
