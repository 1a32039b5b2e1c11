/** The usable host offsets of a /24 pod CIDR: .1 is the bridge gateway, .255 broadcast. */
const FIRST = 2;
const LAST = 254;

export interface IpAllocation {
  ips: string[];
  /** Where the next allocation starts: freed addresses are handed out again only after a full round. */
  nextOffset: number;
}

const base = (cidr: string): number[] => cidr.split('/')[0].split('.').map(Number);

/**
 * Allocates `count` pod IPs from the node's pod CIDR, starting at the cursor and skipping addresses in use,
 * as host-local IPAM does. Fewer are returned when the range is full.
 */
export function allocatePodIps(
  podCidr: string,
  cursor: number,
  inUse: ReadonlySet<string>,
  count: number,
): IpAllocation {
  const [a, b, c] = base(podCidr);
  const span = LAST - FIRST + 1;
  const ips: string[] = [];
  let offset = cursor >= FIRST && cursor <= LAST ? cursor : FIRST;
  for (let tried = 0; tried < span && ips.length < count; tried++) {
    const ip = `${a}.${b}.${c}.${offset}`;
    if (!inUse.has(ip)) ips.push(ip);
    offset = offset === LAST ? FIRST : offset + 1;
  }
  return { ips, nextOffset: offset };
}
