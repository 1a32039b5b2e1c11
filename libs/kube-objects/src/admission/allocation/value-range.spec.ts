import { ipRange, pickFree, portRange, staticBand } from './value-range';

describe('allocation ranges', () => {
  it('hands out the service CIDR without its network and broadcast addresses', () => {
    const range = ipRange('10.96.0.0/12');
    expect(range.size).toBe(2 ** 20 - 2);
    expect(range.offsetOf('10.96.0.1')).toBe(0);
    expect(range.offsetOf('10.96.0.10')).toBe(9);
    expect(range.offsetOf('10.111.255.254')).toBe(range.size - 1);
    expect(range.offsetOf('10.96.0.0')).toBeUndefined();
    expect(range.offsetOf('10.111.255.255')).toBeUndefined();
    expect(range.offsetOf('10.0.0.1')).toBeUndefined();
    expect(range.offsetOf('not-an-ip')).toBeUndefined();
    expect(range.valueAt(255)).toBe('10.96.1.0');
    expect(range.describe).toBe('10.96.0.0/12');
  });

  it('keeps upstream static bands at the bottom of each range', () => {
    expect(ipRange('10.96.0.0/12').dynamicFrom).toBe(256);
    expect(ipRange('10.96.0.0/24').dynamicFrom).toBe(16);
    expect(ipRange('10.96.0.0/29').dynamicFrom).toBe(0);
    expect(portRange(30000, 32767).dynamicFrom).toBe(86);
    expect(staticBand(2768, 16, 128, 32)).toBe(86);
  });

  it('checks ports against the node port range', () => {
    const range = portRange(30000, 32767);
    expect(range.size).toBe(2768);
    expect([range.offsetOf(30000), range.offsetOf(32767)]).toEqual([0, 2767]);
    expect([range.offsetOf(29999), range.offsetOf(32768), range.offsetOf(30000.5)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(range.valueAt(80)).toBe(30080);
    expect(range.describe).toBe('30000-32767');
  });
});

describe('pickFree', () => {
  const range = { size: 10, dynamicFrom: 4 };

  it('starts at a random offset of the dynamic band and scans upwards, wrapping inside it', () => {
    expect(
      pickFree(
        range,
        () => false,
        () => 0,
      ),
    ).toBe(4);
    expect(
      pickFree(
        range,
        () => false,
        () => 0.99,
      ),
    ).toBe(9);
    expect(
      pickFree(
        range,
        (at) => at === 9,
        () => 0.99,
      ),
    ).toBe(4);
    expect(
      pickFree(
        range,
        (at) => at >= 6,
        () => 0.4,
      ),
    ).toBe(4);
  });

  it('falls back to the static band, and reports a full range', () => {
    expect(
      pickFree(
        range,
        (at) => at >= 4,
        () => 0.5,
      ),
    ).toBe(2);
    expect(
      pickFree(
        range,
        (at) => at !== 0,
        () => 0.5,
      ),
    ).toBe(0);
    expect(pickFree(range, () => true)).toBeUndefined();
    expect(
      pickFree(
        { size: 3, dynamicFrom: 0 },
        (at) => at < 2,
        () => 0,
      ),
    ).toBe(2);
  });
});
