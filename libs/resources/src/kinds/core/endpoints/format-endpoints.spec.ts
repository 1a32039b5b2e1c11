import type { ResourceObject } from '../../../objects/resource-object';
import { formatEndpoints } from './format-endpoints';

const endpoints = (subsets?: unknown[]): ResourceObject => ({ metadata: { name: 'web' }, subsets });
const addresses = (...ips: string[]) => ips.map((ip) => ({ ip }));

describe('formatEndpoints', () => {
  it.each([
    [undefined, '<none>'],
    [[], '<none>'],
    [[{ addresses: addresses('10.244.1.5'), ports: [{ port: 80 }] }], '10.244.1.5:80'],
    [[{ addresses: addresses('10.244.1.5', '10.244.2.7'), ports: [{ port: 80 }] }], '10.244.1.5:80,10.244.2.7:80'],
    [[{ addresses: addresses('10.244.1.5'), ports: [{ port: 80 }, { port: 443 }] }], '10.244.1.5:80,10.244.1.5:443'],
    [[{ addresses: addresses('10.244.1.5', '10.244.2.7') }], '10.244.1.5,10.244.2.7'],
    [
      [{ addresses: addresses('10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5'), ports: [{ port: 8080 }] }],
      '10.0.0.1:8080,10.0.0.2:8080,10.0.0.3:8080 + 2 more...',
    ],
    [[{ addresses: addresses('fd00::1'), ports: [{ port: 80 }] }], '[fd00::1]:80'],
    [[{ notReadyAddresses: addresses('10.244.1.5'), ports: [{ port: 80 }] }], ''],
  ])('%j -> %s', (subsets, text) => {
    expect(formatEndpoints(endpoints(subsets))).toBe(text);
  });
});
