import { formatIPv4, parseCidr, parseIPv4 } from './ipv4';

describe('IPv4 arithmetic', () => {
  it('parses dotted quads and formats them back', () => {
    expect(parseIPv4('10.96.0.1')).toBe(10 * 2 ** 24 + 96 * 2 ** 16 + 1);
    expect(parseIPv4('255.255.255.255')).toBe(2 ** 32 - 1);
    expect(formatIPv4(parseIPv4('10.111.255.254') ?? 0)).toBe('10.111.255.254');
    expect(formatIPv4(0)).toBe('0.0.0.0');
  });

  it.each(['10.96.0', '10.96.0.256', '10.096.0.1', '::1', '10.96.0.1 ', '', 'a.b.c.d'])('refuses %j', (text) => {
    expect(parseIPv4(text)).toBeUndefined();
  });

  it('reads CIDRs and refuses host addresses and bad prefixes', () => {
    expect(parseCidr('10.96.0.0/12')).toEqual({ text: '10.96.0.0/12', base: parseIPv4('10.96.0.0'), size: 2 ** 20 });
    expect(() => parseCidr('10.96.0.1/12')).toThrow('not a network address');
    expect(() => parseCidr('10.96.0.0/33')).toThrow('not an IPv4 CIDR');
  });
});
