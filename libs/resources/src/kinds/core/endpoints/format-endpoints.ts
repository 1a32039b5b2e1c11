import { at, list, num, str } from '../../../objects/read';
import type { ResourceObject } from '../../../objects/resource-object';
import { joinHostPort } from '../../../printing/host-port';

const MAX_SHOWN = 3;

/** The ENDPOINTS cell: up to three "ip:port" (or bare IPs without ports), then " + N more..."; "<none>" when empty. */
export function formatEndpoints(endpoints: ResourceObject): string {
  const subsets = list(endpoints.subsets);
  if (subsets.length === 0) return '<none>';
  const shown: string[] = [];
  let count = 0;
  for (const subset of subsets) {
    const addresses = list(at(subset, 'addresses')).map((address) => str(at(address, 'ip')));
    const ports = list(at(subset, 'ports'));
    // Headless services may have no ports: their addresses count once, without a port.
    const targets = ports.length === 0 ? [null] : ports.map((port) => num(at(port, 'port')));
    for (const port of targets) {
      count += addresses.length;
      for (const ip of addresses) {
        if (shown.length === MAX_SHOWN) break;
        shown.push(port === null ? ip : joinHostPort(ip, port));
      }
    }
  }
  const text = shown.join(',');
  return count > MAX_SHOWN ? `${text} + ${count - MAX_SHOWN} more...` : text;
}
